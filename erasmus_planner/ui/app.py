"""Starting the desktop application, and rendering its window to a PNG without a display."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from erasmus_planner import __version__
from erasmus_planner.domain.errors import PlanError

ORGANISATION = "Erasmus+ Consortium Planner"
APPLICATION = "erasmus-planner"


def _application(argv: Sequence[str] | None = None):  # type: ignore[no-untyped-def]
    """The one QApplication of this process (created on first use, named for QSettings)."""
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        import gc

        gc.disable()  # until the window has started: see _started
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, _started)  # the event loop's first turn (exec or processEvents)
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        QApplication.setApplicationDisplayName("Erasmus+ Consortium Planner")
        from erasmus_planner.services.app_identity import APP_ID
        from erasmus_planner.ui.icons import app_icon

        # The launcher's name: Wayland's app id and X11's hint, so the desktop shows the planner's
        # icon and name for the running window and groups it with its launcher.
        QApplication.setDesktopFileName(APP_ID)
        QApplication.setWindowIcon(app_icon())
        QLocale.setDefault(QLocale.system())
    return app


def _started() -> None:
    """Python's cycle collector back on, with what the start made set aside for good.

    Starting the window makes ~40,000 objects that live as long as the process (modules, Qt's
    types and enums, the window's widgets) and no garbage cycles (none were found when the
    collector ran after the first paint); collecting on the way scanned them over and over,
    ~10 ms of the start (bench/startup.py). Frozen, later collections no longer scan them."""
    import gc

    gc.freeze()
    gc.enable()


def check_language(lang: str | None) -> None:
    """Refuse an unknown ``--lang`` before any window exists (PlanError: one line, exit 2)."""
    if lang:
        from erasmus_planner.ui.i18n import resolve

        resolve(lang)


def run(plan_path: str | None, *, lang: str | None = None) -> int:
    """The desktop application: the welcome view, or ``plan_path`` opened. Returns the exit code.

    The language is ``lang`` (``--lang``, for this run only), else the one chosen in Preferences,
    else the system's; the theme and the zoom come from Preferences.
    """
    check_language(lang)
    from erasmus_planner.ui import single_instance

    # One planner per user: while one runs, the plan goes to its window and this process ends.
    instance = single_instance.claim(plan_path)
    if instance.forwarded:
        what = f"{plan_path} opens in its window" if plan_path else "its window is brought to the front"
        keeps = " (it keeps its own language: change it in Edit > Preferences)" if lang else ""
        print(f"The planner is already running: {what}{keeps}.")
        return 0
    app = _application()
    from erasmus_planner.ui.crash_report import CrashGuard, Safety, window_work

    window = None
    guard = CrashGuard(lambda: window_work(window) if window is not None else Safety("no-plan"), lambda: window).install()
    try:
        window = _main_window(plan_path, lang)
        from PySide6.QtCore import QTimer

        from erasmus_planner.ui.open_requests import FileOpenEvents, OpenRequests

        requests = OpenRequests(window, window.open_path, lambda: window.document.session.path)
        app.installEventFilter(FileOpenEvents(requests, parent=app))
        window.show()
        guard.announce_previous_fault(window)
        # Listening for the next starts once the window is up: QtNetwork is not on the way to the
        # first paint (a start meanwhile waits on the election's lock, then hands its plan over).
        QTimer.singleShot(0, lambda: instance.serve(requests))
        return int(app.exec())
    except Exception as exc:  # the window could not even start: said in a dialog and a log, exit 4
        if os.environ.get("ERASMUS_PLANNER_DEBUG"):
            raise
        from erasmus_planner.services.crash_log import one_line

        print(one_line(exc, guard.report_and_wait(exc, "starting the desktop window")), file=sys.stderr)
        return 4
    finally:
        instance.release()
        guard.uninstall()


def _main_window(plan_path: str | None, lang: str | None):  # type: ignore[no-untyped-def]
    from erasmus_planner.services.file_place import unsaved_work
    from erasmus_planner.ui import i18n
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.settings import AppSettings

    settings = AppSettings()
    language = i18n.use_language(i18n.resolve(lang or settings.preferences().language))
    window = MainWindow(settings=settings, recovery=unsaved_work(), language=language)
    # The plan is opened before the window appears: its first paint is the plan, not a flash
    # of the welcome view.
    if plan_path:
        window.open_path(plan_path, ask_to_save=False)
    else:
        window.offer_recovery_at_start()
    return window


def render_screenshot(
    plan_path: str | os.PathLike[str],
    out_png: str | os.PathLike[str],
    *,
    size: tuple[int, int] = (1400, 900),
    presentation: bool = False,
    lang: str | None = None,
) -> None:
    """Render the main window with ``plan_path`` open to ``out_png``, off screen.

    Raises PlanError (naming the file) for a plan that cannot be read or a PNG that cannot be
    written; nothing is written then. The picture is in English unless ``lang`` says otherwise
    (never the user's own preferences: screenshots are reproducible).
    """
    out = Path(out_png)
    if out.suffix.lower() != ".png":
        raise PlanError("the screenshot is written as PNG: give a file name ending in .png", source=str(out))
    if not out.parent.exists():
        raise PlanError("the folder does not exist", source=str(out.parent))
    check_language(lang)
    from erasmus_planner.services.plan_session import PlanSession

    session = PlanSession(use_locks=False)  # only reads the plan: never locks it
    # Opened for editing (so the picture shows the window as one works in it), never locked.
    session.open(plan_path)  # fails before any window exists

    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    previous = qInstallMessageHandler(_quiet_offscreen_notes)
    try:
        _render(app, session, out, size=size, presentation=presentation, lang=lang)
    finally:
        qInstallMessageHandler(previous)


def _quiet_offscreen_notes(mode, context, message: str) -> None:  # type: ignore[no-untyped-def]
    """Qt's off-screen platform notes that it cannot pass size hints to a window manager it does
    not have; said on every screenshot, it would read like a problem. Everything else is shown."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _render(app, session, out: Path, *, size: tuple[int, int], presentation: bool, lang: str | None) -> None:  # type: ignore[no-untyped-def]
    from erasmus_planner.ui import i18n

    before = i18n.current()
    language = i18n.use_language(i18n.resolve(lang or "en"))
    try:
        _render_in(app, session, out, size=size, presentation=presentation, language=language)
    finally:
        if i18n.current() != before:  # in process (tests), the caller keeps its own language
            i18n.use_language(before)


def _render_in(app, session, out: Path, *, size: tuple[int, int], presentation: bool, language: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings, Qt, QTemporaryDir

    from erasmus_planner.ui.document import PlanDocument
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.settings import AppSettings

    scratch = QTemporaryDir()  # settings of a screenshot never touch the user's own
    settings = AppSettings(QSettings(str(Path(scratch.path()) / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(PlanDocument(session), settings=settings, language=language)
    window.set_zoom(100, announce=False)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the size asked for, not the screen's
    window.resize(*size)
    if presentation:
        window.set_presentation(True, full_screen=False)  # the size asked for, as a projector shows it
    window.setWindowModified(False)
    window.show()
    window.partners.table.setFocus()  # as after opening a plan: no text cursor in the picture
    for _ in range(3):  # layout, then the deferred "What else fits?", then repaint
        app.processEvents()
    window.panel.refresh_suggestions()
    app.processEvents()
    image = window.grab()
    tmp = out.with_name(f".{out.name}.tmp.png")
    if not image.save(str(tmp), "PNG"):
        raise PlanError("the screenshot could not be written there", source=str(out))
    os.replace(tmp, out)
    window.document.undo_stack.setClean()
    window.close()
    # No deleteLater(): the window belongs to Python and goes with its last reference. A deferred
    # delete posted for it as well crashed a later event loop (seen after three screenshots taken
    # in one process, at the next test's processEvents).
    app.processEvents()
