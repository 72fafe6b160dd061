"""The service the window calls from a worker thread: progress, cancel, and nothing half-written."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from briefing_plans import many_partners_plan, pages_text, scripts_plan

from erasmus_planner.domain.eligibility import check, suggest
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.export import BriefingCancelled, briefing_bytes, write_briefing


def test_writes_a_pdf_and_reports_progress_up_to_the_total(tmp_path: Path) -> None:
    out = tmp_path / "briefing.pdf"
    seen: list[tuple[int, int]] = []
    write_briefing(scripts_plan(), out, progress=lambda done, total: seen.append((done, total)))
    assert out.read_bytes().startswith(b"%PDF-")
    assert seen, "no progress reported"
    dones = [done for done, _ in seen]
    assert dones == sorted(dones), "progress went backwards"
    assert all(0 <= done <= total for done, total in seen)
    assert seen[-1][0] == seen[-1][1], "the last report is not 'finished'"
    assert all(done < total for done, total in seen[:-1]), "'finished' reported before the file was written"
    assert list(tmp_path.iterdir()) == [out], "a temporary file was left behind"


def test_cancel_during_layout_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "big.pdf"
    pages_laid_out = threading.Event()
    progress: list[int] = []

    def on_progress(done: int, total: int) -> None:
        progress.append(done)
        if done >= 6:  # several pages of the partner table are laid out
            pages_laid_out.set()

    with pytest.raises(BriefingCancelled):
        write_briefing(many_partners_plan(1000), out, progress=on_progress, cancelled=pages_laid_out.is_set)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    assert max(progress) < 20, "cancel was not noticed until the layout had finished"


def test_cancel_keeps_the_previous_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "briefing.pdf"
    out.write_bytes(b"the briefing printed yesterday")
    with pytest.raises(BriefingCancelled):
        write_briefing(scripts_plan(), out, cancelled=lambda: True)
    assert out.read_bytes() == b"the briefing printed yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "briefing.pdf"
    out.write_bytes(b"old")
    write_briefing(scripts_plan(), out)
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")


def test_an_unwritable_folder_is_a_plan_error_naming_the_file(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "briefing.pdf"
    with pytest.raises(PlanError, match="briefing.pdf"):
        write_briefing(scripts_plan(), out)


def test_an_unknown_paper_is_refused_with_the_choices() -> None:
    with pytest.raises(PlanError, match="a4, letter"):
        briefing_bytes(scripts_plan(), paper="a3")


def test_the_window_can_pass_the_report_and_suggestions_it_already_has() -> None:
    plan = scripts_plan()
    report = check(plan)
    stale = report.replace(findings=report.findings[:1])
    text = "".join(pages_text(briefing_bytes(plan, report=stale, suggestions=suggest(plan)[:1])))
    assert report.findings[0].message.split(":")[0] in text
    assert report.findings[1].message.split(";")[0] not in text  # the report given is the one printed


def test_date_may_be_given_as_text_or_a_date() -> None:
    import datetime as dt

    assert (
        "ERASMUS+ CONSORTIUM BRIEFING · 3 March 2025"
        in pages_text(briefing_bytes(scripts_plan(), title_date=dt.date(2025, 3, 3)))[0]
    )
    assert "Workshop, Kraków" in pages_text(briefing_bytes(scripts_plan(), title_date="Workshop, Kraków"))[0]


def test_exports_from_two_threads_at_once_both_succeed(tmp_path: Path) -> None:
    """Font registration is process-wide; two exports racing to it must not break either."""
    errors: list[BaseException] = []

    def export(name: str) -> None:
        try:
            write_briefing(scripts_plan(), tmp_path / name)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=export, args=(f"{i}.pdf",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.pdf", "1.pdf"]
