"""How the PDF briefing's time grows with the partners, up to the documented 20,000, beside the floor.

Run: ``.venv/bin/python bench/export_scale.py [--repeat N] [--sizes 1000,5000,20000]``
(measured from a regular install in a fresh virtual environment, bench/fresh_venv.py).

For each size it times, in the same run and interleaved:

* ours  — ``briefing_bytes(plan)``: check and suggest, every section, the partner tables by
  country with their heading and labels repeated on every page, the footers "Page X of Y";
* floor — the bare ReportLab floor of printing those rows at all: the same six cells per
  partner drawn with ``canvas.drawString`` in the same font, size and paper, a new page every
  page-full. No tables, no wrapping, no layout engine: what any PDF of the rows costs.

Plans: partners spread over six countries (as bench/pdf_speed.py), and the worst case for a
table — all of them in one country, one table 20,000 rows long. It prints seconds, pages, the
ratio to the floor and the growth: (time per partner at this size) / (time per partner at the
smallest size); 1.0 is perfectly linear. The goal (issue 12): 20,000 partners in under a minute,
growth close to 1. It never fails on time.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fresh_venv import describe_interpreter, run_in_fresh_venv  # noqa: E402

run_in_fresh_venv()  # before the package is imported: from here on, the installed copy

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from erasmus_planner.domain.model import Organisation, Plan  # noqa: E402
from erasmus_planner.export import briefing_bytes, fonts  # noqa: E402
from erasmus_planner.export.content import identifiers_text, short_type_label  # noqa: E402
from erasmus_planner.export.pages import BOTTOM_MARGIN, SIDE_MARGIN, TOP_MARGIN, paper_size  # noqa: E402
from erasmus_planner.export.sections.partner_tables import PARTNER_COLUMNS  # noqa: E402
from erasmus_planner.export.styles import TABLE_SIZE  # noqa: E402

GOAL_SECONDS = 60.0
NAMES = (
    ("Zespół Szkół Łączności im. Mikołaja Kopernika", "PL", "school", "Łódź"),
    ("2ο Γυμνάσιο Θεσσαλονίκης", "GR", "school", "Θεσσαλονίκη"),
    ("Средно училище „Христо Ботев“", "BG", "vet-provider", "Пловдив"),
    ("Şehit Öğretmen Ayşe Yılmaz Anadolu Lisesi", "TR", "school", "İzmir"),
    ("Schulamt der Stadt Münster", "DE", "public-body-local", "Münster"),
    ("Institut Européen de Formation & Recherche", "FR", "ngo", "Clermont-Ferrand"),
)


def make_plan(count: int, *, one_country: bool = False) -> Plan:
    partners = []
    for i in range(count):
        name, country, type_id, city = NAMES[i % len(NAMES)]
        role = "applicant" if i == 0 else ("associated-partner" if i % 10 == 9 else "partner")
        partners.append(
            Organisation(f"{name} {i + 1}", "PL" if one_country else country, type_id, role=role, city=city, oid=f"E{10000000 + i}")
        )
    return Plan(action="strategic-partnership", field="school", call_year=2019, partners=tuple(partners), title=f"{count} partners")


def floor_pdf(plan: Plan) -> tuple[bytes, int]:
    """The same rows' cells drawn as plain strings, a page-full at a time: (PDF, pages)."""
    fonts.register_fonts()
    width, height = paper_size("a4")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=fonts.REGULAR)
    text_width = width - 2 * SIDE_MARGIN
    lefts, x = [], SIDE_MARGIN
    for _, share in PARTNER_COLUMNS:
        lefts.append(x)
        x += text_width * share
    line = TABLE_SIZE * 1.25 + 5  # one line of text with the cell padding
    pages, y = 1, height - TOP_MARGIN
    canvas.setFont(fonts.REGULAR, TABLE_SIZE)
    for number, org in enumerate(plan.partners, start=1):
        if y - line < BOTTOM_MARGIN:
            canvas.showPage()
            canvas.setFont(fonts.REGULAR, TABLE_SIZE)
            pages, y = pages + 1, height - TOP_MARGIN
        y -= line
        cells = (str(number), org.name, short_type_label(org.type), org.role, org.city or "", identifiers_text(org, "OID"))
        for left, cell in zip(lefts, cells, strict=True):
            canvas.drawString(left, y, cell)
    canvas.save()
    return buffer.getvalue(), pages


def ours_pdf(plan: Plan) -> tuple[bytes, int]:
    pdf = briefing_bytes(plan)
    return pdf, len(re.findall(rb"/Type\s*/Page(?!s)", pdf))  # pages, without a PDF reader in the bench's environment


def best_times(repeat: int, *works: Callable[[], tuple[bytes, int]]) -> list[tuple[float, float, int]]:
    """Best wall-clock and CPU time of each piece of work (and its pages), the runs interleaved so
    that a burst of load elsewhere on the machine hits both sides alike. CPU time is the steadier
    figure on a shared machine; wall-clock is what a user waits."""
    best = [(float("inf"), float("inf"), 0)] * len(works)
    for _ in range(repeat):
        for i, work in enumerate(works):
            wall, cpu = time.perf_counter(), time.process_time()
            _, pages = work()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[i] = (min(best[i][0], wall), min(best[i][1], cpu), pages)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best is kept (default 2)")
    parser.add_argument("--sizes", default="1000,5000,20000", help="partner counts (default 1000,5000,20000)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]

    print(describe_interpreter())
    ours_pdf(make_plan(5))  # warm-up: font registration, catalogue loading, imports
    floor_pdf(make_plan(5))
    print(f"PDF briefing vs the bare ReportLab floor (drawString of the same cells), best of {args.repeat}")
    print("wall-clock and CPU seconds; ratio and growth from CPU time (growth 1.00 = linear)")
    header = f"{'ours wall':>9} {'cpu':>6} {'pages':>5}  {'floor wall':>10} {'cpu':>6} {'pages':>5}"
    print(f"{'plan':>22}  {header}  {'ratio':>6}  {'growth':>6}")
    for one_country in (False, True):
        first: float | None = None
        for count in sizes:
            plan = make_plan(count, one_country=one_country)
            (wall, cpu, ours_pages), (floor_wall, floor_cpu, floor_pages) = best_times(
                args.repeat, partial(ours_pdf, plan), partial(floor_pdf, plan)
            )
            per_partner = cpu / count
            first = first if first is not None else per_partner
            label = f"{count:,} {'in one country' if one_country else 'in 6 countries'}"
            verdict = "" if wall <= GOAL_SECONDS else "  OVER A MINUTE"
            print(
                f"{label:>22}  {wall:>9.2f} {cpu:>6.2f} {ours_pages:>5}  {floor_wall:>10.2f} {floor_cpu:>6.2f} {floor_pages:>5}  "
                f"{cpu / floor_cpu:>5.1f}×  {per_partner / first:>5.2f}{verdict}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
