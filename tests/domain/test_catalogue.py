"""The rules data: every file loads and validates against the vocabularies, every action and code
of the spec is there, and a broken file is refused with a message naming it."""

from __future__ import annotations

import re
import shutil
import string
import tomllib
from pathlib import Path

import pytest

from consortium_factory import OUTSIDER, build, org, replace_partner
from erasmus_planner.domain import catalogue as catalogue_module
from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR, CatalogueError, load_catalogue
from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.resources import resource
from erasmus_planner.domain.rule_kinds import KINDS
from erasmus_planner.domain.vocabulary import AFFILIATED, ASSOCIATED, CONFIDENCES, FIELDS, TYPE_GROUPS

CATALOGUE = load_catalogue()
RULE_FILES = sorted(p.name for p in resource("rules").iterdir() if p.name.endswith(".toml"))
ALL_RULES = [
    pytest.param(action, rule, id=f"{action.id}:{rule.id}:{rule.years}")
    for action in CATALOGUE.actions.values()
    for rule in action.rules
]
COMMON_RULES = [pytest.param(rule, id=f"common:{rule.id}:{rule.years}") for rule in CATALOGUE.common_rules]


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_rules_file_is_valid_toml(name: str) -> None:
    data = tomllib.loads(resource("rules", name).read_text(encoding="utf-8"))
    assert data
    if not name.startswith("_"):
        assert data["action"]["id"] == name.removesuffix(".toml")
        assert data["action"]["id"] in CATALOGUE.actions


def test_every_action_file_is_in_the_catalogue() -> None:
    files = {n.removesuffix(".toml") for n in RULE_FILES if not n.startswith("_")}
    assert files == set(CATALOGUE.actions)


def test_every_kind_has_an_evaluator_and_default_wording() -> None:
    assert set(CATALOGUE.messages) == set(KINDS)
    for kind, wording in CATALOGUE.messages.items():
        assert wording["message"], kind
        assert "hint" in wording, kind


@pytest.mark.parametrize(("action", "rule"), ALL_RULES)
def test_action_rule_fits_its_action_and_the_vocabularies(action, rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.kind in KINDS
    assert rule.confidence in CONFIDENCES
    assert rule.status in ("fail", "warn", "info")
    assert rule.source.strip() and rule.message.strip()
    if rule.status == "fail":
        assert rule.hint.strip(), "a blocking rule must say what to do"
    assert action.years.first <= rule.years.first <= rule.years.last <= action.years.last
    assert set(rule.fields) <= set(action.fields) <= set(FIELDS)
    assert all(action.lot(lot) is not None for lot in rule.lots)
    assert all(action.variant(v) is not None for v in rule.variants)
    for lot in rule.lots:  # a rule for a lot must share at least one year with it
        assert set(action.lot(lot).years) & set(rule.years), lot
    for edition in rule.editions:
        assert rule.years.first <= edition.years.first <= edition.years.last <= rule.years.last
        assert edition.confidence is None or edition.confidence in CONFIDENCES
    for year in rule.years:
        _, source, params = rule.edition_for(year)
        assert source.strip()
        for group in [params.get("group"), params.get("counted_as"), *params.get("groups", [])]:
            assert group is None or group in TYPE_GROUPS
        for key in ("min", "max"):
            assert key not in params or (isinstance(params[key], int) and params[key] >= 0)
        for code in params.get("countries", []):
            assert re.fullmatch(r"[A-Z]{2}", code)


@pytest.mark.parametrize("rule", COMMON_RULES)
def test_common_rule_is_valid(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.kind in KINDS and rule.confidence in CONFIDENCES and rule.source.strip()
    assert FIRST_YEAR <= rule.years.first <= rule.years.last <= LAST_YEAR
    assert not rule.fields and not rule.lots


def test_no_two_rules_with_one_id_apply_at_once() -> None:
    """A report names each rule once: rules sharing an id must not overlap in year, field and lot."""
    for action in CATALOGUE.actions.values():
        for year in action.years:
            for field in action.fields or (None,):
                for lot in [lot.id for lot in action.lots_in(year)] or [None]:
                    ids = [
                        r.id
                        for r in CATALOGUE.rules_for(action.id)
                        if r.applies(year=year, field=field, lot=lot, variant=action.default_variant())
                    ]
                    assert len(ids) == len(set(ids)), (action.id, year, field, lot, ids)


# --- every placeholder a template uses is one its rule fills --------------------------------


def _scenarios() -> list:  # type: ignore[type-arg]
    """Plans that make every rule speak: minimal, one short, and with every kind of trouble."""
    plans = []
    for action in CATALOGUE.actions.values():
        for year in action.years:
            for field in action.fields or (None,):
                for lot in [lot.id for lot in action.lots_in(year)] or [None]:
                    plan = build(action.id, year, field, lot)
                    plans.append(plan)
                    plans.append(plan.with_changes(partners=(plan.partners[0], org("Stadt Wien", "AT", "public-body-local", ASSOCIATED))))
                    trouble = plan
                    for extra in (
                        org("ETH Zürich", OUTSIDER, "higher-education", eche=False),
                        org("Київський університет", "UA", "higher-education", eche=False),
                        org("Minsk Tractor", "BY", "enterprise-large"),
                        org("Acme Inc.", "US", "enterprise-sme"),
                        org("Uniwersytet Wrocławski", "PL", "higher-education", eche=False, oid="E123"),
                        org("Stadt Wien", "AT", "public-body-local", ASSOCIATED),
                        org("Gemeente Utrecht", "NL", "public-body-local"),
                        org("Spin-off GmbH", "DE", "enterprise-sme", AFFILIATED, affiliated_to=plan.partners[0].name),
                        org("Lost affiliate", "DE", "ngo", AFFILIATED, affiliated_to="Nobody"),
                    ):
                        trouble = trouble.with_partner_added(extra)
                    trouble = trouble.with_partner_added(trouble.partners[1].with_changes(id=org("x", "DE", "ngo").id))
                    plans.append(replace_partner(trouble, 0, established=None))
                    plans.append(plan.with_changes(field=None if action.fields else "higher", lot="nonsense", variant="good-practice"))
                    plans.extend(plan.with_changes(duration_months=months) for months in (5, 30, 48))
    return plans


SCENARIOS = _scenarios()


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_placeholder_of_every_rule_is_filled() -> None:
    """The renderer leaves unknown placeholders blank, so a misspelt one would vanish silently."""
    spoken: set[tuple[str, str]] = set()
    for plan in SCENARIOS:
        for finding in check(plan).findings:
            if finding.rule == "agency":
                continue
            spoken.add((plan.action, finding.rule))
            for template in (finding.message_id, finding.hint_id if finding.status != "pass" else ""):
                missing = _placeholders(template) - set(finding.params)
                assert not missing, (plan.action, finding.rule, missing, template)
    # Every rule of every action spoke at least once in these scenarios.
    for action in CATALOGUE.actions.values():
        for rule in (*action.rules, *CATALOGUE.common_rules):
            if rule.kind == "action-years":
                continue  # speaks only outside the action's years (tested in test_years.py)
            if rule.kind == "affiliated-entities" and action.years.first >= rule.edition_for(action.years.first)[2]["from"]:
                continue  # speaks only before affiliated entities exist (test_affiliated_entities.py)
            assert (action.id, rule.id) in spoken, (action.id, rule.id)


# --- the spec's actions and codes ----------------------------------------------------------

SPEC_ACTIONS = {
    "strategic-partnership": ({"KA200", "KA201", "KA202", "KA203", "KA204", "KA205"}, ("school", "vet", "higher", "adult", "youth"), ()),
    "school-to-school-partnership": ({"KA219"}, ("school",), ()),
    "school-exchange-partnership": ({"KA229"}, ("school",), ()),
    "digital-education-readiness": ({"KA226"}, ("school", "vet", "higher"), ()),
    "partnership-for-creativity": ({"KA227"}, ("school", "adult", "youth"), ()),
    "knowledge-alliance": ({"EPPKA2-KA"}, (), ()),
    "sector-skills-alliance": ({"EPPKA2-SSA"}, (), ("skills-needs", "design-delivery", "blueprint", "vocational-excellence")),
    "cooperation-partnership": ({"KA220-SCH", "KA220-VET", "KA220-HED", "KA220-ADU", "KA220-YOU"}, ("school", "vet", "higher", "adult", "youth"), ()),
    "small-scale-partnership": ({"KA210-SCH", "KA210-VET", "KA210-ADU", "KA210-YOU"}, ("school", "vet", "adult", "youth"), ()),
    "alliance-for-innovation": ({"ERASMUS-EDU-PI-ALL-INNO"}, (), ("education-enterprises", "blueprint", "stem-skills-foundries")),
    "centre-of-vocational-excellence": ({"ERASMUS-EDU-PEX-COVE"}, (), ()),
}


def test_catalogue_lists_the_spec_actions_in_spec_order() -> None:
    assert list(CATALOGUE.actions) == list(SPEC_ACTIONS)


@pytest.mark.parametrize("action_id", SPEC_ACTIONS)
def test_spec_action_has_its_codes_fields_and_lots(action_id: str) -> None:
    codes, fields, lots = SPEC_ACTIONS[action_id]
    action = CATALOGUE.action(action_id)
    assert codes <= set(action.codes)
    assert action.fields == fields
    assert tuple(lot.id for lot in action.lots) == lots
    for code in codes:
        resolved = CATALOGUE.resolve_code(code)
        assert resolved is not None and resolved[0] == action_id
        assert CATALOGUE.resolve_code(code.lower()) == resolved  # codes are case-insensitive


@pytest.mark.parametrize(
    ("code", "action", "field"),
    [
        ("KA201", "strategic-partnership", "school"),
        ("KA203", "strategic-partnership", "higher"),
        ("KA205", "strategic-partnership", "youth"),
        ("KA200", "strategic-partnership", None),
        ("KA220-YOU", "cooperation-partnership", "youth"),
        ("KA220-HED", "cooperation-partnership", "higher"),
        ("KA210-VET", "small-scale-partnership", "vet"),
        (" ka229 ", "school-exchange-partnership", "school"),
        ("KA226", "digital-education-readiness", None),
        ("strategic-partnership", "strategic-partnership", None),
    ],
)
def test_official_codes_resolve(code: str, action: str, field: str | None) -> None:
    assert CATALOGUE.resolve_code(code) == (action, field)


def test_unknown_code_resolves_to_nothing() -> None:
    assert CATALOGUE.resolve_code("KA999") is None
    assert CATALOGUE.resolve_code("KA210-HED") is None  # no small-scale partnership in higher education


@pytest.mark.parametrize(
    ("action", "field", "code"),
    [("strategic-partnership", "higher", "KA203"), ("cooperation-partnership", "youth", "KA220-YOU"), ("knowledge-alliance", None, "EPPKA2-KA")],
)
def test_code_for_a_field(action: str, field: str | None, code: str) -> None:
    assert CATALOGUE.action(action).code_for(field) == code


@pytest.mark.parametrize(
    ("action", "year", "lots"),
    [
        ("sector-skills-alliance", 2014, ()),
        ("sector-skills-alliance", 2015, ()),
        ("sector-skills-alliance", 2016, ("design-delivery",)),
        ("sector-skills-alliance", 2017, ("skills-needs", "design-delivery", "blueprint")),
        ("sector-skills-alliance", 2019, ("design-delivery", "blueprint", "vocational-excellence")),
        ("sector-skills-alliance", 2020, ("design-delivery", "blueprint")),
        ("alliance-for-innovation", 2025, ("education-enterprises", "blueprint")),
        ("alliance-for-innovation", 2026, ("education-enterprises", "blueprint", "stem-skills-foundries")),
    ],
)
def test_lots_by_call_year(action: str, year: int, lots: tuple[str, ...]) -> None:
    assert tuple(lot.id for lot in CATALOGUE.action(action).lots_in(year)) == lots


def test_variants_by_year_and_field() -> None:
    sp = CATALOGUE.action("strategic-partnership")
    assert [v.id for v in sp.variants_in(2015, "school")] == ["innovation"]
    assert [v.id for v in sp.variants_in(2016, "school")] == ["innovation", "good-practice"]
    assert [v.id for v in sp.variants_in(2019, "higher")] == ["innovation"]
    assert sp.default_variant() == "innovation"


def test_centralised_actions_and_identifiers() -> None:
    centralised = {a.id for a in CATALOGUE.actions.values() if a.centralised}
    assert centralised == {"knowledge-alliance", "sector-skills-alliance", "alliance-for-innovation", "centre-of-vocational-excellence"}
    assert all(CATALOGUE.action(a).identifier == "PIC" for a in centralised)


# --- a broken rules file is refused, naming the file ----------------------------------------


@pytest.fixture
def rules_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped rules that the loader reads instead of the real ones."""
    folder = tmp_path / "rules"
    folder.mkdir()
    for name in RULE_FILES:
        (folder / name).write_text(resource("rules", name).read_text(encoding="utf-8"), encoding="utf-8")

    def fake_read_text(*parts: str) -> str:
        assert parts[0] == "rules"
        return folder.joinpath(*parts[1:]).read_text(encoding="utf-8")

    def fake_names_in(*parts: str) -> list[str]:
        assert parts == ("rules",)
        return sorted(p.name for p in folder.iterdir())

    monkeypatch.setattr(catalogue_module, "read_text", fake_read_text)
    monkeypatch.setattr(catalogue_module, "names_in", fake_names_in)
    return folder


def load_uncached():  # type: ignore[no-untyped-def]
    return catalogue_module.load_catalogue.__wrapped__()


def test_the_copy_loads_like_the_original(rules_copy: Path) -> None:
    assert list(load_uncached().actions) == list(CATALOGUE.actions)


KA = "knowledge-alliance.toml"


@pytest.mark.parametrize(
    ("file", "old", "new", "words"),
    [
        (KA, 'kind = "min-type"', 'kind = "min-typo"', "unknown kind 'min-typo'"),
        (KA, 'group = "hei"', 'group = "universities"', "unknown type group 'universities'"),
        (KA, 'confidence = "official"', 'confidence = "sure"', "confidence must be one of"),
        (KA, "years = [2014, 2020]\nparams = { min = 6 }", "years = [2014, 2021]\nparams = { min = 6 }", "reach outside the action's years"),
        (KA, "params = { min = 6 }", "params = { max = 6 }", "needs params.min"),
        (KA, "params = { min = 6 }", 'params = { min = "six" }', "min must be a whole number"),
        (KA, 'id = "knowledge-alliance"', 'id = "knowledge-alliances"', "does not match the file name"),
        (KA, 'source = "Programme Guide, Part B, Knowledge Alliances, eligibility criteria"\n', 'source = ""\n', "every rule needs a source"),
        (KA, "[[rule]]", "[[rule]\n", ""),  # TOML syntax error
        ("strategic-partnership.toml", 'fields = ["youth"]', 'fields = ["sport"]', "field 'sport' is not a field of strategic-partnership"),
        ("sector-skills-alliance.toml", 'lots = ["blueprint"]', 'lots = ["blue-print"]', "lot 'blue-print' is not a lot"),
        ("sector-skills-alliance.toml", 'name = "Blueprint for sectoral cooperation on skills"\n', "", "missing key 'name'"),
        ("cooperation-partnership.toml", 'editions = [{ years = [2026, 2026], confidence = "official"', 'editions = [{ years = [2020, 2026], confidence = "official"', "edition"),
        ("cooperation-partnership.toml", "params = { min = 3 }", "params = 3", ""),
        ("centre-of-vocational-excellence.toml", 'params = { groups = ["sector-representative", "vet-provider"], min_countries = 4 }', "params = { groups = [], min_countries = 4 }", "needs params.groups"),
        ("centre-of-vocational-excellence.toml", "min_countries = 4 }", "min_countries = -4 }", "min_countries must be a whole number"),
        ("_messages.toml", '[min-type]\nmessage = "', '[min-type]\nmessages = "', ""),
        ("_common.toml", 'kind = "duplicates"', 'kind = "duplicate"', "unknown kind 'duplicate'"),
    ],
)
def test_broken_rules_file_is_refused_naming_the_file(rules_copy: Path, file: str, old: str, new: str, words: str) -> None:
    path = rules_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the shipped {file} changed: update this test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as raised:
        load_uncached()
    message = str(raised.value)
    assert message.startswith(f"{file}:"), message
    assert words in message, message


def test_an_extra_unknown_action_file_is_refused(rules_copy: Path) -> None:
    shutil.copy(rules_copy / KA, rules_copy / "mystery-alliance.toml")
    with pytest.raises(CatalogueError, match=r"^mystery-alliance\.toml: .*does not match the file name"):
        load_uncached()


def test_catalogue_tests_use_the_real_loader(rules_copy: Path) -> None:
    """The monkeypatch replaces only where files are read, not how they are checked."""
    (rules_copy / KA).write_text((rules_copy / KA).read_text(encoding="utf-8").replace("min = 6", "min = 7"), encoding="utf-8")
    assert load_uncached().action("knowledge-alliance").rules[0].params["min"] == 7
    assert CATALOGUE.action("knowledge-alliance").rules[0].params["min"] == 6


def test_shipped_catalogue_is_what_check_uses() -> None:
    assert check(build("knowledge-alliance", 2016)).eligible


def test_every_rule_has_a_title() -> None:
    rule_ids = {r.id for a in CATALOGUE.actions for r in CATALOGUE.rules_for(a)}
    assert rule_ids <= set(CATALOGUE.titles), sorted(rule_ids - set(CATALOGUE.titles))
    assert not set(CATALOGUE.titles) - rule_ids, "titles of rules that no longer exist"
    assert CATALOGUE.title("min-countries") == "Smallest number of countries"
