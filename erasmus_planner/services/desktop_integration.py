"""Putting the planner into a Linux desktop (freedesktop.org): launcher, icons, file type, metainfo.

``install`` copies the files of ``resources/desktop/`` into a data folder (``~/.local/share`` for
the user, ``PREFIX/share`` for everyone), with the launcher's ``Exec`` line pointing at the planner
as it is installed right now (a virtual environment's script, a bundle's executable); then it asks
the desktop's caches to look again, with each tool that is there. ``uninstall`` takes the same
files away. No Qt here: the command line runs this without a display.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.interchange.files import atomic_write_bytes, os_problem

# The planner's ids and icon files (in ``app_identity``, which the window imports at every start
# without this module's installing machinery); re-exported here for the installer's users.
from erasmus_planner.services.app_identity import APP_ID as APP_ID
from erasmus_planner.services.app_identity import ICON_RENDERINGS as ICON_RENDERINGS
from erasmus_planner.services.app_identity import LAUNCHER as LAUNCHER
from erasmus_planner.services.app_identity import MIME_ICON as MIME_ICON
from erasmus_planner.services.app_identity import MIME_TYPE as MIME_TYPE
from erasmus_planner.services.app_identity import desktop_folder as desktop_folder
from erasmus_planner.services.app_identity import icons_folder as icons_folder

def user_data_folder() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share: where a user's own launchers and types live."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def data_folder(prefix: str | os.PathLike[str] | None) -> Path:
    """The ``share`` folder that ``--prefix`` names (``/usr/local`` → ``/usr/local/share``), or the user's."""
    return Path(prefix).absolute() / "share" if prefix is not None else user_data_folder()


def launcher_command() -> list[str]:
    """How a desktop starts this very planner: the bundle's executable, the ``erasmus-planner``
    script beside this Python (a virtual environment or an installed package), the one on PATH,
    or this Python running the package."""
    import shutil

    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).parent / (LAUNCHER + (".exe" if sys.platform == "win32" else ""))
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    on_path = shutil.which(LAUNCHER)
    if on_path:
        return [str(Path(on_path).absolute())]
    return [sys.executable, "-m", "erasmus_planner"]


def quote_exec_argument(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the Desktop Entry spec asks."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`=%")
    if argument and not reserved.intersection(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument).replace("%", "%%")
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    """The shipped desktop entry with ``Exec``/``TryExec`` pointing at ``command``. Then the
    launcher starts the planner that was installed, not whichever ``erasmus-planner`` a login
    shell's PATH happens to find (often none: ``~/.local/bin`` or a venv is not on a desktop's PATH)."""
    template = (desktop_folder() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(quote_exec_argument(a) for a in command) + " %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Placement:
    """One file of the integration: where it comes from (or its text) and where it goes under a
    data folder."""

    relative: Path
    source: Path | None = None
    text: str | None = None

    def data(self) -> bytes:
        return self.text.encode("utf-8") if self.text is not None else self.source.read_bytes()  # type: ignore[union-attr]


def placements(command: list[str] | None = None) -> list[Placement]:
    """Every file ``install`` writes, relative to the data folder."""
    folder = desktop_folder()
    files = [
        Placement(Path("applications", f"{APP_ID}.desktop"), text=desktop_entry(command or launcher_command())),
        Placement(Path("metainfo", f"{APP_ID}.metainfo.xml"), source=folder / f"{APP_ID}.metainfo.xml"),
        Placement(Path("mime", "packages", f"{APP_ID}.xml"), source=folder / f"{APP_ID}.xml"),
    ]
    for name, context, sizes in ICON_RENDERINGS:
        hicolor = Path("icons", "hicolor")
        files.append(Placement(hicolor / "scalable" / context / f"{name}.svg", source=icons_folder() / f"{name}.svg"))
        for size in sizes:
            relative = Path(f"{size}x{size}", context, f"{name}.png")
            files.append(Placement(hicolor / relative, source=icons_folder() / "hicolor" / relative))
    return files


@dataclass
class Outcome:
    """What ``install``/``uninstall`` did, for the one-paragraph answer the command prints."""

    data_folder: Path
    files: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    not_refreshed: list[str] = field(default_factory=list)
    command: list[str] = field(default_factory=list)

    @property
    def searched_by_desktops(self) -> bool:
        """Whether desktops look in this data folder at all ($XDG_DATA_HOME and $XDG_DATA_DIRS)."""
        dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
        searched = [user_data_folder(), *(Path(d) for d in dirs.split(os.pathsep) if d)]
        return any(_same_folder(self.data_folder, d) for d in searched)


def _same_folder(a: Path, b: Path) -> bool:
    return os.path.normpath(os.path.abspath(a)) == os.path.normpath(os.path.abspath(b))


def _require_freedesktop() -> None:
    if sys.platform in ("win32", "darwin"):
        raise PlanError(
            "installing a launcher this way is for Linux desktops; on Windows and macOS the bundle "
            "(make bundle) is the application: see docs/desktop.md"
        )


def install(prefix: str | os.PathLike[str] | None = None, command: list[str] | None = None) -> Outcome:
    """Put launcher, icons, file type and metainfo under ``data_folder(prefix)`` and refresh the
    desktop's caches. A file that cannot be written stops the install with a PlanError naming it;
    files already written stay (a second ``install-desktop`` or an ``uninstall-desktop`` finishes
    the job) and each one is whole, never half-written."""
    _require_freedesktop()
    command = command or launcher_command()
    outcome = Outcome(data_folder(prefix), command=command)
    for item in placements(command):
        target = outcome.data_folder / item.relative
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PlanError("the folder cannot be created ({problem})", problem=os_problem(exc), source=str(target.parent)) from None
        atomic_write_bytes(target, item.data())
        outcome.files.append(target)
    _refresh(outcome)
    return outcome


def uninstall(prefix: str | os.PathLike[str] | None = None) -> Outcome:
    """Remove what ``install`` put under ``data_folder(prefix)`` (files that are not there are
    fine), then refresh the caches."""
    _require_freedesktop()
    outcome = Outcome(data_folder(prefix))
    for item in placements(["erasmus-planner"]):
        target = outcome.data_folder / item.relative
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise PlanError("cannot be removed ({problem})", problem=os_problem(exc), source=str(target)) from None
        outcome.files.append(target)
    _refresh(outcome)
    return outcome


def _refresh_commands(data: Path) -> Iterator[tuple[str, list[str]]]:
    yield "update-desktop-database", ["update-desktop-database", "-q", str(data / "applications")]
    yield "update-mime-database", ["update-mime-database", str(data / "mime")]
    hicolor = data / "icons" / "hicolor"
    # Only a theme that already has a cache (or its index, as /usr/share's does) gets one made:
    # a cache written into a user's own icon folder would hide icons other programs add there later.
    if (hicolor / "icon-theme.cache").exists() or (hicolor / "index.theme").exists():
        yield "gtk-update-icon-cache", ["gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)]


def _refresh(outcome: Outcome) -> None:
    import shutil
    import subprocess

    data = outcome.data_folder
    with contextlib.suppress(OSError):
        os.utime(data / "icons" / "hicolor")  # icon themes watch their folder's time
    for name, argv in _refresh_commands(data):
        if not Path(argv[-1]).exists() or shutil.which(argv[0]) is None:
            outcome.not_refreshed.append(name)
            continue
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.SubprocessError):
            outcome.not_refreshed.append(name)
            continue
        (outcome.refreshed if done.returncode == 0 else outcome.not_refreshed).append(name)

