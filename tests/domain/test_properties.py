"""Properties that hold for every consortium, checked on generated ones (hypothesis).

- The order of the partners never changes the verdict, the (rule, status) pairs or the agency.
- Adding a full partner from an eligible country never turns a minimum from pass to fail.
- Any Unicode name (markup, right-to-left text, emoji, format braces) passes through check,
  suggest, the text report and the JSON file unharmed.
- The JSON file gives back the plan it was made from, unknown keys included.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erasmus_planner.cli.text_report import render_report, render_suggestions
from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.eligibility import check, suggest
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.report import Report
from erasmus_planner.domain.vocabulary import APPLICANT, ASSOCIATED, COMMUNITIES, ORG_TYPE_IDS, PARTNER
from erasmus_planner.interchange import plan_json

CATALOGUE = load_catalogue()
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MINIMUM_KINDS = frozenset({"min-organisations", "min-countries", "min-type", "min-eu-countries"})

# Countries whose status changes over the years, never counts, or is excluded somewhere.
COUNTRIES = ["DE", "FR", "PL", "GR", "BG", "AT", "IT", "NO", "TR", "RS", "GB", "CH", "UA", "MA", "US", "BY", "RU"]

OPTIONS = [
    (action.id, year, field, lot)
    for action in CATALOGUE.actions.values()
    for year in action.years
    for field in action.fields or (None,)
    for lot in [lot.id for lot in action.lots_in(year)] or [None]
]

# Names: anything printable-or-not that is not blank, plus the awkward ones on purpose.
AWKWARD_NAMES = [
    "<b>Bold & Co</b>",
    "{name} {0} {count!r}",
    "%s %d %%",
    "مدرسة الأمل",
    "בית ספר",
    "Ecole \u202eevil\u202c",
    "🎓 School of 🚀 Rockets",
    "Zespół Szkół nr 1 im. Łukasiewicza",
    "Ζ" * 300,
    "line\nbreak",
    "tab\tand\x00null",
]
names = st.one_of(st.sampled_from(AWKWARD_NAMES), st.text(min_size=1, max_size=40)).map(str.strip).filter(bool)


@st.composite
def organisations(draw: st.DrawFn, year: int | None = None, role: str | None = None, eligible_only: bool = False) -> Organisation:
    pool = list(countries.eligible_countries(year)) if eligible_only and year else COUNTRIES
    return Organisation(
        name=draw(names),
        country=draw(st.sampled_from(pool)),
        type=draw(st.sampled_from(ORG_TYPE_IDS)),
        role=role or draw(st.sampled_from([PARTNER, PARTNER, PARTNER, ASSOCIATED])),
        eche=draw(st.booleans()),
        established=draw(st.sampled_from([None, "1990", "2024", "2024-03-05", "2025-12-31", "not a date"])),
        oid=draw(st.sampled_from([None, "E10123456", "E1012345", "10123456"])),
        pic=draw(st.sampled_from([None, "949999999", "94999"])),
        community=draw(st.sampled_from([None, *COMMUNITIES])),
    )


@st.composite
def plans(draw: st.DrawFn, max_partners: int = 12) -> Plan:
    action, year, field, lot = draw(st.sampled_from(OPTIONS))
    applicants = draw(st.sampled_from([1, 1, 1, 1, 0, 2]))
    partners = [draw(organisations(role=APPLICANT)) for _ in range(applicants)]
    partners += draw(st.lists(organisations(), min_size=0, max_size=max_partners))
    partners = draw(st.permutations(partners))
    variant = draw(st.sampled_from([None, None, *[v.id for v in CATALOGUE.action(action).variants]]))
    return Plan(action=action, call_year=year, partners=tuple(partners), field=field, lot=lot, variant=variant)


def verdict(report: Report) -> tuple[bool, Counter[tuple[str, str]], str | None]:
    agency = report.agency.name if report.agency else None
    return report.eligible, Counter((f.rule, f.status) for f in report.findings), agency


@SETTINGS
@given(plan=plans(), data=st.data())
def test_reordering_partners_never_changes_the_report(plan: Plan, data: st.DataObject) -> None:
    shuffled = plan.with_changes(partners=tuple(data.draw(st.permutations(plan.partners))))
    assert verdict(check(shuffled)) == verdict(check(plan))
    same = [(s.action, s.field, s.lot, s.eligible, s.shortfall) for s in suggest(plan)]
    assert [(s.action, s.field, s.lot, s.eligible, s.shortfall) for s in suggest(shuffled)] == same


def _minimums(report: Report) -> dict[str, str]:
    return {f.rule: f.status for f in report.findings if f.params.get("_kind") in MINIMUM_KINDS}


@SETTINGS
@given(plan=plans(), data=st.data())
def test_adding_a_full_partner_from_an_eligible_country_never_breaks_a_minimum(plan: Plan, data: st.DataObject) -> None:
    newcomer = data.draw(organisations(year=plan.call_year, role=PARTNER, eligible_only=True))
    index = data.draw(st.integers(min_value=0, max_value=len(plan.partners)))
    before = _minimums(check(plan))
    after = _minimums(check(plan.with_partner_added(newcomer, index)))
    for rule, status in before.items():
        if status == "pass":
            assert after[rule] == "pass", rule


@SETTINGS
@given(plan=plans(max_partners=8))
def test_any_unicode_name_survives_check_suggest_and_the_text_report(plan: Plan) -> None:
    report = check(plan)
    text = render_report(plan, report, CATALOGUE)
    assert "Verdict: " in text
    suggestions = suggest(plan)
    assert "ELIGIBLE" in render_suggestions(plan, suggestions, CATALOGUE).upper()
    assert json.loads(json.dumps(report.to_json(), ensure_ascii=False))["eligible"] is report.eligible
    json.dumps([s.to_json() for s in suggestions], ensure_ascii=False)
    # A name is quoted as it is: never taken for a message placeholder or escaped.
    applicant = plan.applicant
    if applicant is not None:
        single = next(f for f in report.findings if f.rule == "single-applicant")
        assert single.message.endswith(f": {applicant.name}.")


# --- the JSON file -------------------------------------------------------------------------

# Text a plan file can hold: anything but a NUL character (docs/limits.md).
storable = st.characters(exclude_characters="\x00", exclude_categories=("Cs",))  # no lone surrogates: a plan refuses them (limits)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(storable, max_size=20))
json_values = st.recursive(
    json_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(storable, max_size=8), inner, max_size=3), max_leaves=8
)
stripped = st.text(storable, min_size=1, max_size=30).map(str.strip).filter(bool)
storable_names = names.filter(lambda name: "\x00" not in name)


def unknown_keys(known: tuple[str, ...]) -> st.SearchStrategy[dict[str, object]]:
    return st.dictionaries(st.text(storable, min_size=1, max_size=12).filter(lambda k: k not in known), json_values, max_size=3)


@st.composite
def valid_plans(draw: st.DrawFn) -> Plan:
    action, year, field, lot = draw(st.sampled_from(OPTIONS))
    partners = []
    for i in range(draw(st.integers(min_value=0, max_value=6))):
        partners.append(
            Organisation(
                name=draw(storable_names),
                country=draw(st.sampled_from(COUNTRIES)),
                type=draw(st.sampled_from(ORG_TYPE_IDS)),
                role=APPLICANT if i == 0 else draw(st.sampled_from([PARTNER, ASSOCIATED])),
                oid=draw(st.sampled_from([None, "E10123456"])),
                pic=draw(st.sampled_from([None, "949999999"])),
                eche=draw(st.booleans()),
                city=draw(st.one_of(st.none(), stripped)),
                community=draw(st.sampled_from([None, *COMMUNITIES])),
                established=draw(st.sampled_from([None, "2001", "2019-05-01"])),
                contact=draw(st.one_of(st.none(), st.fixed_dictionaries({"person": stripped, "email": st.just("a@example.org")}))),
                notes=draw(st.text(storable, max_size=30)),
                extra=draw(unknown_keys(plan_json.PARTNER_KEYS)),
            )
        )
    return Plan(
        action=action,
        call_year=year,
        partners=tuple(partners),
        title=draw(st.text(storable, max_size=40)),
        field=field,
        lot=lot,
        variant=draw(st.sampled_from([None, *[v.id for v in CATALOGUE.action(action).variants]])),
        duration_months=draw(st.one_of(st.none(), st.integers(min_value=1, max_value=48))),
        extra=draw(unknown_keys(plan_json.PLAN_KEYS)),
    )


@SETTINGS
@given(plan=valid_plans())
def test_json_round_trip_gives_back_the_plan(plan: Plan) -> None:
    text = plan_json.dumps(plan)
    again = plan_json.loads(text)
    assert again == plan
    assert plan_json.dumps(again) == text
    for original, read in zip(plan.partners, again.partners, strict=True):
        assert dict(read.extra) == dict(original.extra)
    assert dict(again.extra) == dict(plan.extra)


@pytest.mark.parametrize("blank", ["", " ", "\t", "\u3000", "\n \u00a0"])
def test_blank_names_are_refused_by_the_reader(blank: str) -> None:
    document = {
        "format": "erasmus-planner-plan",
        "version": 1,
        "action": "KA220-SCH",
        "call_year": 2023,
        "partners": [{"name": blank, "country": "DE", "type": "school", "role": "applicant"}],
    }
    with pytest.raises(PlanError, match=r"partner 1 has no name"):
        plan_json.loads(json.dumps(document))


def _fold_name_reference(text: str) -> str:
    """The first, obviously correct, version of fold_name: the fast one must agree with it."""
    import re
    import unicodedata

    from erasmus_planner.domain.identifiers import _SPECIAL_LETTERS

    text = text.casefold().translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", stripped).split())


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), st.sampled_from(AWKWARD_NAMES), st.text(alphabet=st.characters(categories=["Mn", "Mc", "Me", "Ll", "Lu", "Zs"]))))
def test_fast_fold_name_agrees_with_the_reference(text: str) -> None:
    from erasmus_planner.domain.identifiers import fold_name

    assert fold_name(text) == _fold_name_reference(text)
