"""Open Recent and the welcome view offer only plans that are still there."""

from __future__ import annotations

from pathlib import Path

from erasmus_planner.interchange import plan_json
from erasmus_planner.ui.settings import AppSettings
from window_driver import school_partnership, three_schools_partners


def test_a_deleted_plan_is_no_longer_offered(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kept, deleted = tmp_path / "kept.json", tmp_path / "deleted.json"
    for path in (kept, deleted):
        plan_json.save(school_partnership(*three_schools_partners()), path)
    window = make_window()
    window.settings.add_recent_plan(kept)
    window.settings.add_recent_plan(deleted)
    deleted.unlink()

    window._fill_recent_menu()
    offered = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert "kept.json" in offered and "deleted.json" not in offered
    assert window.settings.existing_recent_plans() == [str(kept.resolve())]
    # Still remembered, so a crash-recovery snapshot of the missing plan can be found at start.
    assert str(deleted.resolve()) in window.settings.recent_plans()


def test_existing_recent_plans_reads_the_disk_each_time(tmp_path: Path) -> None:
    settings = AppSettings.in_file(tmp_path / "settings.ini")
    plan = tmp_path / "plan.json"
    plan.write_text("{}", encoding="utf-8")
    settings.add_recent_plan(plan)
    assert settings.existing_recent_plans() == [str(plan.resolve())]
    plan.unlink()
    assert settings.existing_recent_plans() == []
