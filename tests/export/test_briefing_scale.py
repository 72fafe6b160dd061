"""The briefing at the documented limits: time that grows linearly with the partners (the work
counted, not timed — a machine's speed must not make a test pass or fail), a progress bar that
moves evenly to the end, and a title too long for the title block cut there with a note."""

from __future__ import annotations

import io

import pypdf
import pytest
from briefing_plans import org, pages_text, plan_of, squash
from reportlab.platypus import Table

from erasmus_planner.domain import limits
from erasmus_planner.export import briefing_bytes
from erasmus_planner.export.sections import opening


def one_country(count: int) -> object:
    """``count`` partners, all in Poland: one country table as long as the plan."""
    partners = [org(f"Szkoła Podstawowa nr {i + 1}", "PL", role="applicant" if i == 0 else "partner", city="Łódź") for i in range(count)]
    return plan_of([*partners, org("Lycée Jean Moulin", "FR"), org("Colegio San José", "ES")])


def rows_laid_out(count: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """(rows of every table built — ours and the pieces ReportLab splits off —, pages) while
    exporting a plan of ``count`` partners in one country."""
    built = []
    real = Table.__init__

    def counting(self: Table, data: list, *args: object, **kwargs: object) -> None:
        built.append(len(data))
        real(self, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Table, "__init__", counting)
    pdf = briefing_bytes(one_country(count))
    return sum(built), len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_a_long_country_table_is_laid_out_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # ReportLab alone rebuilds the rest of a table at every page: 1,200 rows over ~30 pages are
    # ~18,000 rows built, 2,400 over ~60 pages ~72,000 — four times the work for twice the rows.
    small, small_pages = rows_laid_out(1200, monkeypatch)
    large, large_pages = rows_laid_out(2400, monkeypatch)
    assert large_pages >= 2 * small_pages - 2
    assert large <= 2.2 * small, (small, large)
    assert large <= 4 * 2400  # each row measured once and drawn once, with a header per page


def test_progress_moves_evenly_to_the_end_and_counts_the_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    reports: list[tuple[int, int]] = []
    pdf = briefing_bytes(one_country(1500), progress=lambda done, total: reports.append((done, total)))
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    done = [d for d, _ in reports]
    assert done == sorted(done) and reports[-1][0] == reports[-1][1]
    final_total = reports[-1][1]
    # Measuring the rows (fifteen hundreds) and each page are steps: no long silence anywhere.
    assert final_total >= pages + 15
    assert len(set(done)) >= pages
    assert all(total == final_total for _, total in reports[len(reports) // 3 :])  # settled once the tables are measured


def test_a_title_longer_than_the_title_block_prints_is_cut_there_with_a_note() -> None:
    title = ("Strengthening digital and green competences of rural teachers " * 10)[: limits.TITLE_MAX]
    pdf = briefing_bytes(plan_of([org("Szkoła Podstawowa nr 1", "PL", role="applicant"), org("Lycée Jean Moulin", "FR")], title=title))
    first = squash(pages_text(pdf)[0])
    assert squash(title[:100]) in first and squash(title) not in first
    assert squash(f"all {limits.TITLE_MAX} characters of it are in the plan") in first
    assert "…" in pages_text(pdf)[0]
    assert pypdf.PdfReader(io.BytesIO(pdf)).metadata.title == f"{title}: consortium briefing"


def test_a_title_that_fits_is_printed_whole_without_a_note() -> None:
    title = "T" * opening.TITLE_PRINTED
    text = squash(pages_text(briefing_bytes(plan_of([org("Szkoła Podstawowa nr 1", "PL", role="applicant")], title=title)))[0])
    assert title in text and "shortened" not in text
