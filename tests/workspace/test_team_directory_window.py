"""View ▸ Partner Directory on a team workspace (issue 15 item 4: "the directory searches the
workspace … and the local one"): while the window is connected, the Directory view offers the
team's shared directory beside the user's own. An editor imports the real funded-project sample
into it through the window; a colleague who is a viewer finds the organisations there with
their track record and experience filter — and the server refuses the viewer's import, said in
the window, nothing written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from erasmus_planner.persistence.directory import PartnerDirectory  # noqa: E402

from .conftest import Team  # noqa: E402
from .test_window import Answers, _quick_retries, open_window  # noqa: E402,F401 (fixtures)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from funded_exports import KA200, KA200_COORDINATOR, all_rows, write_csv  # noqa: E402


class ImportAnswers(Answers):
    def directory_import_path(self, parent, directory):  # type: ignore[no-untyped-def]
        return self._answer("directory_import_path")

    def import_with_problems(self, parent, name, good, problems):  # type: ignore[no-untyped-def]
        return self._answer("import_with_problems", name, good, *problems)


def directory_view(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.directory_actions.directory_window
    qtbot.waitUntil(lambda: view is not None and view.isVisible(), timeout=3000)
    return view


def choose(qtbot, view, source: str) -> None:  # type: ignore[no-untyped-def]
    combo = view.source.combo
    with qtbot.waitSignal(view.refreshed, timeout=15_000):
        combo.setCurrentIndex(combo.findData(source))


def make_import_window(open_window, member, csv: Path):  # type: ignore[no-untyped-def]
    window, prompts = open_window(member)
    window.prompts = ImportAnswers(**prompts.answers, directory_import_path=str(csv))
    return window, window.prompts


def test_the_directory_view_shows_the_teams_directory_beside_ones_own(open_window, team: Team, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor, viewer = team.member("editor"), team.member("viewer")
    csv = write_csv(tmp_path / "funded.csv", all_rows())
    ben, _ = make_import_window(open_window, editor, csv)
    ben.use_directory(str(tmp_path / "ben-own.sqlite3"))
    view = directory_view(qtbot, ben)
    assert view.source.isVisible()
    assert [view.source.combo.itemData(i) for i in range(view.source.combo.count())] == ["own", "team"]
    assert "Team workspace" in view.source.combo.itemText(1) and editor.password not in view.source.combo.itemText(1)

    choose(qtbot, view, "team")
    with qtbot.waitSignal(view.refreshed, timeout=60_000):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.importer.last_op is not None and not view.importer.last_op.running, timeout=60_000)
    assert "Imported 4 funded projects from funded.csv" in view.status.text()
    with PartnerDirectory(editor.url) as shared:
        assert shared.project_count() == 4  # in the team's directory on the server…
    assert not (tmp_path / "ben-own.sqlite3").exists()  # …not in Ben's own

    # Ana, a viewer, sees them in the team's directory with the track record and the filters.
    ana, ana_prompts = make_import_window(open_window, viewer, csv)
    ana.use_directory(str(tmp_path / "ana-own.sqlite3"))
    mine = directory_view(qtbot, ana)
    assert mine.model.rowCount() == 0  # her own directory is empty
    choose(qtbot, mine, "team")
    assert mine.model.rowCount() == 20
    with qtbot.waitSignal(mine.refreshed, timeout=15_000):
        mine.filters.action.setCurrentIndex(mine.filters.action.findData("strategic-partnership"))
    with qtbot.waitSignal(mine.refreshed, timeout=15_000):
        mine.filters.role.setCurrentIndex(mine.filters.role.findData("coordinator"))
    assert [mine.model.entry(row).organisation.name for row in range(mine.model.rowCount())] == [KA200_COORDINATOR]
    assert KA200 in mine.details.toHtml()

    # Her import is refused by the server, said in the window; the team's directory is as it was.
    mine.importer.start()
    qtbot.waitUntil(lambda: not mine.importer.last_op.running, timeout=60_000)
    qtbot.waitUntil(lambda: "error" in ana_prompts.questions(), timeout=5_000)
    (_title, message), = [details for question, details in ana_prompts.asked if question == "error"]
    assert "does not allow" in message and viewer.password not in message
    with PartnerDirectory(editor.url) as shared:
        assert shared.project_count() == 4

    # Back to her own directory: the team's entries are not there.
    choose(qtbot, mine, "own")
    assert mine.model.rowCount() == 0
