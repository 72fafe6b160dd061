"""The details of an unexpected error, written where the platform keeps an application's logs.

A user never sees a traceback; they see one sentence and where the details are, to attach to a
report. Both the command line (exit 4) and the window's crash dialog write through here. No Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Final

from erasmus_planner import __version__

APP_NAME: Final = "erasmus-planner"
KEEP: Final = 20  # the newest logs kept; older ones are removed when a new one is written


def log_folder() -> Path:
    """~/.local/state/erasmus-planner/log on Linux, ~/Library/Logs/erasmus-planner on macOS,
    %LOCALAPPDATA%\\erasmus-planner\\Logs on Windows (platformdirs)."""
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def details(error: BaseException, *, context: str = "") -> str:
    """What a developer needs to understand the error: versions, where it was, the traceback."""
    import datetime
    import platform
    import traceback

    lines = [
        f"Erasmus+ Consortium Planner {__version__}",
        f"Time: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Frozen bundle: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
    ]
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None:
        lines.append(f"Qt {qt.qVersion()}, PySide6 {getattr(sys.modules.get('PySide6'), '__version__', '?')}")
    if context:
        lines.append(f"While: {context}")
    lines.append("")
    lines.extend(traceback.format_exception(type(error), error, error.__traceback__))
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def exception_of(kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> BaseException:
    """The exception of a ``sys.excepthook`` triple, with its traceback attached."""
    error = value if value is not None else kind()
    return error.with_traceback(tb) if tb is not None else error


def write(error: BaseException, *, context: str = "", folder: Path | None = None) -> Path | None:
    """Write ``details`` to a new log file and return its path; None when no log can be written
    (a full disk, a read-only home): the caller then says so instead of naming a file."""
    import datetime

    folder = folder if folder is not None else log_folder()
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        n = 1
        while path.exists():  # two errors in the same second
            n += 1
            path = folder / f"crash-{stamp}-{os.getpid()}-{n}.log"
        path.write_text(details(error, context=context), encoding="utf-8")
    except OSError:
        return None
    _prune(folder)
    return path


def _prune(folder: Path) -> None:
    try:
        logs = sorted(folder.glob("crash-*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in logs[KEEP:]:
            old.unlink()
    except OSError:
        pass  # an old log that stays is harmless


def one_line(error: BaseException, log: Path | None) -> str:
    """The command line's sentence for an unexpected error: what, that nothing was written, and
    where the details are."""
    what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if log is not None:
        return f"erasmus-planner: unexpected error ({what}); nothing was written. Details are in {log} — please attach it to a report."
    return (
        f"erasmus-planner: unexpected error ({what}); nothing was written, and no log could be written to "
        f"{log_folder()}. Run again with ERASMUS_PLANNER_DEBUG=1 to see the details, and please report it."
    )
