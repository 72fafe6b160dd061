"""Importing a partner spreadsheet from the window: what lands in the plan, what is asked first,
and what happens when the plan changes while the file is still being read."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from window_driver import ScriptedPrompts, school, school_partnership, three_schools_partners

from erasmus_planner.services import partner_import
from erasmus_planner.services.plan_files import save_plan

pytest.importorskip("erasmus_planner.interchange.spreadsheets")


def write_sheet(path: Path, *rows: str) -> Path:
    path.write_text("Name,Country,Type,Role,PIC\n" + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def slow_reading(monkeypatch):
    """The spreadsheet is read only when the test says so: the plan can change meanwhile."""
    release = threading.Event()
    read = partner_import.read_partners

    def held_back(path):  # type: ignore[no-untyped-def]
        release.wait(10)
        return read(path)

    monkeypatch.setattr(partner_import, "read_partners", held_back)
    yield release
    release.set()


def finish(qtbot, window, release: threading.Event) -> None:  # type: ignore[no-untyped-def]
    op = window.last_op
    release.set()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    QApplication.processEvents()


def test_closing_the_plan_while_an_import_reads_drops_the_import_quietly(make_window, qtbot, tmp_path, slow_reading):
    sheet = write_sheet(tmp_path / "more.csv", "Iskola Pécs,HU,school,partner,949000011")
    window = make_window(school_partnership(*three_schools_partners()), prompts=ScriptedPrompts(import_path=str(sheet)))
    window.import_action.trigger()
    window.close_plan()
    with qtbot.captureExceptions() as exceptions:
        finish(qtbot, window, slow_reading)
    assert exceptions == []
    assert not window.document.has_plan
    assert "Nothing was imported from more.csv" in window.statusBar().currentMessage()


def test_partners_never_land_in_a_plan_opened_while_the_import_read(make_window, qtbot, tmp_path, slow_reading):
    sheet = write_sheet(tmp_path / "more.csv", "Iskola Pécs,HU,school,partner,949000011")
    other = tmp_path / "other.json"
    save_plan(school_partnership(school("Liceo Roma", "IT", "applicant"), title="Other plan"), other)
    window = make_window(school_partnership(*three_schools_partners()), prompts=ScriptedPrompts(import_path=str(sheet)))
    window.import_action.trigger()
    assert window.open_path(str(other))
    finish(qtbot, window, slow_reading)
    assert [p.name for p in window.document.plan.partners] == ["Liceo Roma"]
    assert not window.document.modified
