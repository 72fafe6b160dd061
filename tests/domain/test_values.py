"""The domain's value classes (domain/values.py) behave as the frozen dataclasses they replaced:
equality and hashing by field, immutability, ``replace``, a readable repr, copies."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from erasmus_planner.domain.catalogue import Edition, RuleDef, Years, load_catalogue
from erasmus_planner.domain.consortium import Consortium
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.report import Agency, Finding, Report
from erasmus_planner.domain.rule_kinds import Outcome


def org(**changes: object) -> Organisation:
    values: dict[str, object] = {"name": "Szkoła nr 5", "country": "PL", "type": "school", "role": "applicant"}
    values.update(changes)
    return Organisation(**values)  # type: ignore[arg-type]


def test_organisations_with_the_same_data_are_equal_whatever_their_id() -> None:
    a, b = org(), org()
    assert a.id != b.id
    assert a == b
    assert a != org(name="Szkoła nr 6")
    assert a != org(oid="E10000001")
    # As with the frozen dataclass: the hash covers the same fields, and ``extra`` (a read-only
    # mapping) makes an organisation unhashable.
    with pytest.raises(TypeError):
        hash(a)


def test_a_value_is_never_equal_to_another_class_or_a_tuple() -> None:
    assert Years(2014, 2020) != (2014, 2020)
    assert Years(2014, 2020) == Years(2014, 2020)
    assert Years(2014, 2020) != Years(2014, 2021)
    assert (org() == "Szkoła nr 5") is False


def test_values_are_immutable() -> None:
    o = org()
    with pytest.raises(AttributeError):
        o.name = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del o.country  # type: ignore[misc]
    with pytest.raises(AttributeError):
        o.undeclared = 1  # type: ignore[attr-defined]
    plan = Plan("cooperation-partnership", 2024, (o,))
    with pytest.raises(AttributeError):
        plan.call_year = 2025  # type: ignore[misc]
    assert plan.call_year == 2024


def test_replace_keeps_every_other_field_and_the_identity() -> None:
    o = org(oid="E10000001", contact={"person": "A"})
    changed = o.with_changes(name="Szkoła nr 7")
    assert changed.name == "Szkoła nr 7" and changed.id == o.id
    assert (changed.oid, changed.contact, changed.role) == ("E10000001", {"person": "A"}, "applicant")
    assert o.name == "Szkoła nr 5"
    assert org().replace(id="fixed").id == "fixed"
    with pytest.raises(TypeError):
        o.replace(colour="red")


def test_plan_edits_make_new_plans() -> None:
    a, b = org(), org(name="Schule", country="DE", role="partner")
    plan = Plan("cooperation-partnership", 2024, (a,), field="school")
    grown = plan.with_partner_added(b)
    assert plan.partners == (a,) and grown.partners == (a, b)
    assert grown.field == "school" and grown.action == plan.action
    assert grown.with_partner_removed(b.id) == plan
    assert plan.with_changes(field="vet") != plan


def test_defaults_are_fresh_or_shared_as_before() -> None:
    # Mutable defaults are new per value, as dataclasses' default_factory=dict made them.
    assert Outcome(True).values is not Outcome(True).values
    assert Edition(Years(2014, 2020)).params == {}
    assert Finding("r", "pass", "m").params == {}
    assert Plan("a", 2024).partners == () and Plan("a", 2024).extra == {}


def test_repr_names_the_class_and_its_fields() -> None:
    assert repr(Years(2014, 2020)) == "Years(first=2014, last=2020)"
    text = repr(org())
    assert text.startswith("Organisation(name='Szkoła nr 5', country='PL', type='school', role='applicant',")
    assert "id='" in text


def test_copies_and_pickles_are_equal_values() -> None:
    o = org(oid="E10000001")
    clone = copy.copy(o)
    assert clone == o and clone.id == o.id
    report = Report("a", None, None, None, 2024, (Finding("r", "fail", "m", partners=("x",), params={"n": 1}),), None)
    assert pickle.loads(pickle.dumps(report)) == report
    assert copy.deepcopy(report) == report


def test_values_from_the_catalogue_compare_and_hash() -> None:
    catalogue = load_catalogue()
    action = catalogue.action("cooperation-partnership")
    assert action.replace(rules=action.rules) == action
    rule: RuleDef = action.rules[0]
    assert rule == rule.replace() and rule.replace(id="other") != rule
    agency = Agency("national-agency", "N", "NA", "DE", "Bonn", "https://x", "why")
    assert hash(agency) == hash(agency.replace()) and agency.replace(city="Köln") != agency


def test_consortium_caches_its_facts_on_the_value() -> None:
    plan = Plan("cooperation-partnership", 2024, (org(), org(name="B", country="DE", role="partner")))
    consortium = Consortium(plan, 2024)
    assert consortium.counted is consortium.counted
    assert consortium == Consortium(plan, 2024)
    with pytest.raises(AttributeError):
        consortium.year = 2025  # type: ignore[misc]


def test_the_domain_does_not_import_dataclasses() -> None:
    """``@dataclass`` imports inspect and exec's each class's methods: a third of a check process."""
    code = "import sys, erasmus_planner.domain.eligibility; print(sorted({'dataclasses', 'inspect'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# The domain modules a check process imports.
TYPING_FREE = (
    "agencies", "catalogue", "consortium", "countries", "eligibility", "errors", "identifiers", "model", "report",
    "resources", "rule_kinds", "values", "vocabulary", "wording",
    # The rule kinds, one module per family: rule_kinds imports them all.
    *(f"rules/{path.stem}" for path in sorted((Path(__file__).parents[2] / "erasmus_planner/domain/rules").glob("*.py"))),
)


@pytest.mark.parametrize("name", TYPING_FREE)
def test_the_domain_imports_typing_only_for_type_checkers(name: str) -> None:
    """``import typing`` costs ~3 ms of every check process: names from it go under
    ``if TYPE_CHECKING:`` (annotations are strings, ``from __future__ import annotations``)."""
    import ast

    import erasmus_planner.domain

    path = Path(erasmus_planner.domain.__file__).parent / f"{name}.py"
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            assert node.module != "typing", f"{name}.py imports typing at run time (line {node.lineno})"
        if isinstance(node, ast.Import):
            assert all(alias.name != "typing" for alias in node.names), f"{name}.py imports typing at run time"
