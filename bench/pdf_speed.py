"""How long the PDF briefing takes, against the floor of printing the same rows at all.

Run: ``.venv/bin/python bench/pdf_speed.py [--repeat N]`` (it runs itself from a regular install in a
fresh virtual environment, ``out/bench-venv``: see bench/fresh_venv.py).

For 100 and 1,000 partners it times, in the same run:

* ours  — ``briefing_bytes(plan)``: check and suggest, every section, the chart, the per-country
  partner tables, the footers with "Page X of Y";
* floor — a bare ReportLab table of the same partner rows (same six cells, same font, same
  paper and margins, header repeated), built with ``SimpleDocTemplate``: what any PDF of these
  partners costs, with nothing of ours in it.

It prints the best-of-N times and ratio (goal: ours ≤ 3 × floor). It never fails on time.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial

from fresh_venv import describe_interpreter, run_in_fresh_venv  # noqa: E402

run_in_fresh_venv()  # before the package is imported: from here on, the installed copy (bench/fresh_venv.py)

from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from erasmus_planner.domain.model import Organisation, Plan  # noqa: E402
from erasmus_planner.export import (
    briefing_bytes,  # noqa: E402
    fonts,  # noqa: E402
)
from erasmus_planner.export.content import identifiers_text, short_type_label  # noqa: E402
from erasmus_planner.export.pages import BOTTOM_MARGIN, SIDE_MARGIN, TOP_MARGIN, paper_size  # noqa: E402
from erasmus_planner.export.sections.partner_tables import PARTNER_COLUMNS  # noqa: E402
from erasmus_planner.export.styles import TABLE_SIZE  # noqa: E402

GOAL = 3.0
SIZES = (100, 1000)

NAMES = (
    ("Zespół Szkół Łączności im. Mikołaja Kopernika", "PL", "school", "Łódź"),
    ("2ο Γυμνάσιο Θεσσαλονίκης", "GR", "school", "Θεσσαλονίκη"),
    ("Средно училище „Христо Ботев“", "BG", "vet-provider", "Пловдив"),
    ("Şehit Öğretmen Ayşe Yılmaz Anadolu Lisesi", "TR", "school", "İzmir"),
    ("Schulamt der Stadt Münster", "DE", "public-body-local", "Münster"),
    ("Institut Européen de Formation & Recherche", "FR", "ngo", "Clermont-Ferrand"),
)


def make_plan(count: int) -> Plan:
    partners = []
    for i in range(count):
        name, country, type_id, city = NAMES[i % len(NAMES)]
        role = "applicant" if i == 0 else ("associated-partner" if i % 10 == 9 else "partner")
        partners.append(Organisation(f"{name} {i + 1}", country, type_id, role=role, city=city, oid=f"E{10000000 + i}"))
    return Plan(
        action="strategic-partnership",
        field="school",
        call_year=2019,
        partners=tuple(partners),
        title=f"{count} partners",
    )


def floor_pdf(plan: Plan) -> bytes:
    """The same partner rows as one bare table: no sections, no grouping, no footers."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=paper_size("a4"),
        leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        initialFontName=fonts.REGULAR,
    )
    rows = [[title for title, _ in PARTNER_COLUMNS]]
    for number, org in enumerate(plan.partners, start=1):
        rows.append(
            [str(number), org.name, short_type_label(org.type), org.role, org.city or "", identifiers_text(org, "OID")]
        )
    table = Table(rows, colWidths=[doc.width * share for _, share in PARTNER_COLUMNS], repeatRows=1)
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE)])
    )
    doc.build([table])
    return buffer.getvalue()


def best_times(repeat: int, *works: Callable[[], bytes]) -> list[tuple[float, bytes]]:
    """Best time of each piece of work, the runs interleaved so that a burst of load elsewhere
    on the machine hits both sides alike."""
    best = [(float("inf"), b"")] * len(works)
    for _ in range(repeat):
        for i, work in enumerate(works):
            start = time.perf_counter()
            result = work()
            best[i] = min(best[i], (time.perf_counter() - start, result), key=lambda pair: pair[0])
    return best


def pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement; the best is kept (default 5)")
    args = parser.parse_args(argv)

    fonts.register_fonts()
    briefing_bytes(make_plan(5))  # warm-up: font registration, catalogue loading, imports
    floor_pdf(make_plan(5))
    print(describe_interpreter())
    print(f"PDF briefing vs a bare ReportLab table of the same rows (best of {args.repeat}; goal ≤ {GOAL:.0f}×)")
    print(f"{'partners':>9}  {'ours (s)':>9} {'pages':>5}  {'floor (s)':>9} {'pages':>5}  {'ratio':>6}")
    ratios = []
    for count in SIZES:
        plan = make_plan(count)
        (ours, ours_pdf), (floor, floor_bytes) = best_times(
            args.repeat, partial(briefing_bytes, plan), partial(floor_pdf, plan)
        )
        ratio = ours / floor
        ratios.append(ratio)
        verdict = "ok" if ratio <= GOAL else "OVER GOAL"
        times = f"{ours:>9.3f} {pages(ours_pdf):>5}  {floor:>9.3f} {pages(floor_bytes):>5}"
        print(f"{count:>9}  {times}  {ratio:>5.2f}×  {verdict}")
    print(f"median ratio {statistics.median(ratios):.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
