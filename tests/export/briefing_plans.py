"""Plans and PDF readers for the briefing tests."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from erasmus_planner.domain.model import Organisation, Plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SAMPLE = EXAMPLES / "strategic-partnership-school-2019-eligible.json"
MARKUP_NAME = 'R&D <Lab> "Alpha" & Sons'

# One name per script the planner's users write in, with a city in the same script.
SCRIPTS: tuple[tuple[str, str, str, str], ...] = (
    ("Zespół Szkół Łączności im. Mikołaja Kopernika", "PL", "school", "Łódź"),
    ("2ο Γυμνάσιο Θεσσαλονίκης", "GR", "school", "Θεσσαλονίκη"),
    ("Средно училище „Христо Ботев“", "BG", "school", "Пловдив"),
    ("Şehit Öğretmen Ayşe Yılmaz Anadolu Lisesi", "TR", "school", "İzmir"),
    ("Schulamt der Stadt Münster", "DE", "public-body-local", "Münster"),
)


def org(name: str, country: str, type: str = "school", role: str = "partner", **kw: object) -> Organisation:
    return Organisation(name=name, country=country, type=type, role=role, **kw)  # type: ignore[arg-type]


def plan_of(partners: list[Organisation], *, title: str = "Green skills for rural schools", **kw: object) -> Plan:
    kw.setdefault("action", "strategic-partnership")
    kw.setdefault("field", "school")
    kw.setdefault("call_year", 2019)
    return Plan(partners=tuple(partners), title=title, duration_months=24, **kw)  # type: ignore[arg-type]


def scripts_plan(extra: list[Organisation] | None = None) -> Plan:
    """Applicant in Poland, partners in Greece, Bulgaria, Türkiye and Germany."""
    partners = [
        org(name, country, type, role="applicant" if i == 0 else "partner", city=city, oid=f"E1012345{i}")
        for i, (name, country, type, city) in enumerate(SCRIPTS)
    ]
    return plan_of(partners + (extra or []))


def many_partners_plan(count: int) -> Plan:
    """``count`` organisations, names in every script, numbered so that each is distinct."""
    partners = []
    for i in range(count):
        name, country, type, city = SCRIPTS[i % len(SCRIPTS)]
        role = "applicant" if i == 0 else ("associated-partner" if i % 9 == 8 else "partner")
        partners.append(org(f"{name} {i + 1}", country, type, role=role, city=city, oid=f"E{10000000 + i}"))
    return plan_of(partners, title=f"{count} partners")


def pages_text(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text() for page in reader.pages]


def squash(text: str) -> str:
    """Text without any whitespace: where a line wraps is layout, not content."""
    return "".join(text.split())
