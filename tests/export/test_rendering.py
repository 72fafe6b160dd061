"""The briefing as printed: rendered by poppler, checked pixel by pixel for ink in the margins.

Skipped where poppler's ``pdftoppm`` is not installed (``apt-get install poppler-utils``).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from briefing_plans import MARKUP_NAME, org, scripts_plan

from erasmus_planner.export import write_briefing

PDFTOPPM = shutil.which("pdftoppm")
pytestmark = pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")

DPI = 50
MARGIN_MM = 15  # office printers print reliably from 15 mm in
INK = 245  # grey levels below this are ink (anti-aliasing leaves near-white pixels at edges)


def render_gray(pdf: Path, out_prefix: Path, first: int | None = None, last: int | None = None) -> list[Path]:
    args = [PDFTOPPM, "-gray", "-r", str(DPI)]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    subprocess.run([*args, str(pdf), str(out_prefix)], check=True, capture_output=True)  # type: ignore[list-item]
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.pgm"))


def read_pgm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:  # magic, width, height, maxval; separated by whitespace
        while data[pos : pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos : pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1 : pos + 1 + width * height]


def ink_in_margins(path: Path) -> list[str]:
    width, height, pixels = read_pgm(path)
    margin = int(MARGIN_MM / 25.4 * DPI)
    problems = []
    for y in range(height):
        row = pixels[y * width : (y + 1) * width]
        in_band = y < margin or y >= height - margin
        cols = range(width) if in_band else (*range(margin), *range(width - margin, width))
        dark = [x for x in cols if row[x] < INK]
        if dark:
            problems.append(f"y={y}: ink at x={dark[:5]}")
    return problems


def dark_share(path: Path) -> float:
    _, _, pixels = read_pgm(path)
    return sum(1 for p in pixels if p < 128) / len(pixels)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_nothing_is_printed_within_15_mm_of_the_edge(paper: str, tmp_path: Path) -> None:
    """Long names, long cities and identifiers wrap inside their cells instead of running off."""
    long_word = "Ż" * 400
    plan = scripts_plan(
        [
            org(long_word, "PL", "ngo", city="Szczebrzeszyn-Wielkie-Przedmieście-Kolonia", oid="E" + "9" * 60),
            org(MARKUP_NAME + " " * 3 + "x" * 300, "FR", "enterprise-sme"),
        ]
    ).with_changes(title="A very long plan title " * 12)
    pdf = tmp_path / "briefing.pdf"
    write_briefing(plan, pdf, paper=paper)
    pages = render_gray(pdf, tmp_path / "page")
    assert pages
    for page in pages:
        assert ink_in_margins(page) == [], page.name


def test_first_page_renders_with_ink_on_it(tmp_path: Path) -> None:
    pdf = tmp_path / "briefing.pdf"
    write_briefing(scripts_plan(), pdf)
    [page] = render_gray(pdf, tmp_path / "first", 1)
    width, height, _ = read_pgm(page)
    assert abs(width - 210 / 25.4 * DPI) <= 1 and abs(height - 297 / 25.4 * DPI) <= 1  # A4
    assert 0.01 < dark_share(page) < 0.5  # text and boxes, not a blank or a black page
