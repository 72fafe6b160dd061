"""Briefings built once per test session: layout is the slow part, reading back is cheap."""

from __future__ import annotations

import pytest
from briefing_plans import many_partners_plan, pages_text, scripts_plan

from erasmus_planner.export import briefing_bytes

DATE = "29 November 2025"


@pytest.fixture(scope="session")
def scripts_pdf() -> bytes:
    return briefing_bytes(scripts_plan(), title_date=DATE)


@pytest.fixture(scope="session")
def thousand_pdf() -> bytes:
    return briefing_bytes(many_partners_plan(1000), title_date=DATE)


@pytest.fixture(scope="session")
def thousand_pages(thousand_pdf: bytes) -> list[str]:
    return pages_text(thousand_pdf)
