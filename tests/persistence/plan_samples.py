"""Plans for the persistence tests: a hand-written one, a large one, and hypothesis strategies."""

from __future__ import annotations

import os
from pathlib import Path
from types import MappingProxyType

from hypothesis import strategies as st

from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR, load_catalogue
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.vocabulary import COMMUNITIES, FIELDS, ORG_TYPE_IDS, ROLES
from erasmus_planner.interchange.plan_json import PARTNER_KEYS, PLAN_KEYS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
V1_FIXTURE = FIXTURES / "plan-schema-v1.epplan"


def sample_plan() -> Plan:
    return Plan(
        action="strategic-partnership",
        call_year=2019,
        field="school",
        title="Green skills for rural schools",
        duration_months=24,
        extra=MappingProxyType({"budget_hint": {"currency": "EUR", "amount": 150000}, "tags": ["rural"]}),
        partners=(
            Organisation(
                "Łódź Technical School No. 3", "PL", "school", "applicant", oid="E10123456", city="Łódź",
                contact=MappingProxyType({"person": "A. Nowak", "email": "a.nowak@example.org"}),
                notes="Coordinator since 2015", extra=MappingProxyType({"website": "https://example.org"}),
            ),
            Organisation("Gymnasium Köln-Süd", "DE", "school", pic="949999999", city="Köln"),
            Organisation("Athénée Royal de Liège", "BE", "school", community="fr", established="1950-09-01"),
        ),
    )


def large_plan(count: int, *, title: str = "Large") -> Plan:
    partners = tuple(
        Organisation(f"Organisation {i} Łódź", ("PL", "DE", "FR", "ES")[i % 4], ORG_TYPE_IDS[i % len(ORG_TYPE_IDS)],
                     "applicant" if i == 0 else "partner", city="Köln", notes="n" * (i % 7))
        for i in range(count)
    )
    return Plan(action="cooperation-partnership", call_year=2023, field="adult", title=title, partners=partners)


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every entry below ``folder`` with its bytes (None for folders): what "nothing changed" means."""
    result: dict[str, bytes | None] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            result[os.path.relpath(os.path.join(root, name), folder)] = None
        for name in files:
            full = os.path.join(root, name)
            result[os.path.relpath(full, folder)] = Path(full).read_bytes()
    return result


# --- hypothesis ----------------------------------------------------------------------------------

_CATALOGUE = load_catalogue()
_COUNTRIES = ("AT", "BE", "BG", "DE", "EL", "ES", "FR", "GB", "UK", "HU", "IS", "MK", "NO", "PL", "RS", "TR", "CH", "UA", "XK", "US")

# Any text a plan can hold: no NUL character, no half of a surrogate pair, numbers of at most
# twenty digits (docs/limits.md; tests/hostile refuses the rest).
text = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=24)
stripped = text.map(str.strip).filter(bool)
json_scalars = (
    st.none() | st.booleans() | st.integers(-(10**19), 10**19) | st.floats(allow_nan=False, allow_infinity=False) | text
)
json_values = st.recursive(
    json_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3), max_leaves=6
)


@st.composite
def organisations(draw: st.DrawFn) -> Organisation:
    from erasmus_planner.domain.countries import normalise_code

    return Organisation(
        name=draw(stripped),
        country=normalise_code(draw(st.sampled_from(_COUNTRIES))) or "DE",
        type=draw(st.sampled_from(ORG_TYPE_IDS)),
        role=draw(st.sampled_from(ROLES)),
        oid=draw(st.none() | st.from_regex(r"E[0-9]{8}", fullmatch=True)),
        pic=draw(st.none() | st.from_regex(r"[0-9]{9}", fullmatch=True)),
        eche=draw(st.booleans()),
        city=draw(st.none() | stripped),
        community=draw(st.none() | st.sampled_from(COMMUNITIES)),
        established=draw(st.none() | st.from_regex(r"(19|20)[0-9]{2}(-0[1-9]-1[0-9])?", fullmatch=True)),
        contact=draw(st.none() | st.dictionaries(text, json_values, max_size=3).map(MappingProxyType)),
        notes=draw(text),
        extra=draw(st.dictionaries(text.filter(lambda k: k not in PARTNER_KEYS), json_values, max_size=2).map(MappingProxyType)),
    )


def _linked(draw: st.DrawFn, partners: list[Organisation]) -> tuple[Organisation, ...]:
    """Each affiliated entity linked to a full partner whose name no other full partner has
    (spec §4.1); with none to link to, it becomes a full partner itself."""
    full = [p.name for p in partners if p.is_full]
    hosts = [name for name in full if full.count(name) == 1]
    return tuple(
        (p.replace(affiliated_to=draw(st.sampled_from(hosts))) if hosts else p.replace(role="partner")) if p.is_affiliated else p
        for p in partners
    )


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    action = _CATALOGUE.action(draw(st.sampled_from(list(_CATALOGUE.actions))))
    return Plan(
        action=action.id,
        call_year=draw(st.integers(FIRST_YEAR, LAST_YEAR)),
        partners=_linked(draw, draw(st.lists(organisations(), max_size=5))),
        title=draw(text),
        field=draw(st.none() | st.sampled_from(FIELDS)),
        lot=draw(st.none() | st.sampled_from([lot.id for lot in action.lots] or [None])),
        variant=draw(st.none() | st.sampled_from([v.id for v in action.variants] or [None])),
        duration_months=draw(st.none() | st.integers(1, 60)),
        extra=draw(st.dictionaries(text.filter(lambda k: k not in PLAN_KEYS), json_values, max_size=3).map(MappingProxyType)),
    )
