"""The real file dialogs (Qt's own, off screen) start where that kind of dialog was last pointed:
partner lists in Downloads, briefings in their shared folder — not in the plan's folder each time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from erasmus_planner.ui.prompts import Prompts
from erasmus_planner.ui.settings import AppSettings


def answer(chosen: Path, seen: list[str]) -> None:
    """Once the dialog is up: note the folder it opened in, choose ``chosen``, accept."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(Path(dialog.directory().absolutePath()).as_posix())
        dialog.selectFile(str(chosen))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_each_kind_of_file_dialog_starts_where_it_was_last_pointed(qtbot, tmp_path: Path) -> None:
    plans, downloads, handouts = tmp_path / "plans", tmp_path / "Downloads", tmp_path / "handouts"
    for folder in (plans, downloads, handouts):
        folder.mkdir()
    (downloads / "partners.csv").write_text("Name;Country\n", encoding="utf-8")
    settings = AppSettings.in_file(tmp_path / "settings.ini")
    prompts = Prompts(folders=settings)
    seen: list[str] = []

    answer(downloads / "partners.csv", seen)
    assert prompts.import_path(None, str(plans)) == str(downloads / "partners.csv")
    answer(handouts / "Green skills-briefing.pdf", seen)
    assert prompts.export_pdf_path(None, str(plans / "Green skills-briefing.pdf")) == str(handouts / "Green skills-briefing.pdf")
    # Next time: each starts in its own folder, whatever the plan's folder is.
    answer(downloads / "partners.csv", seen)
    prompts.import_path(None, str(plans))
    answer(handouts / "x.pdf", seen)
    prompts.export_pdf_path(None, str(plans / "Another-briefing.pdf"))
    assert seen == [p.as_posix() for p in (plans, plans, downloads, handouts)]
    # Remembered between sessions, in the settings.
    assert AppSettings.in_file(tmp_path / "settings.ini").dialog_folder("import") == str(downloads)


def test_a_remembered_folder_that_is_gone_gives_way_to_the_plans_folder(qtbot, tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "list.csv").write_text("Name\n", encoding="utf-8")
    settings = AppSettings.in_file(tmp_path / "settings.ini")
    settings.set_dialog_folder("import", tmp_path / "unplugged-usb-stick")
    seen: list[str] = []
    answer(plans / "list.csv", seen)
    Prompts(folders=settings).import_path(None, str(plans))
    assert seen == [plans.as_posix()]
