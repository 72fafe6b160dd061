"""Findings, hints and agency reasons in German, French and Turkish: every rule of the catalogue,
passing and failing, every example's check and suggest, and the command line's --lang.

A translated sentence must be whole: no placeholder left, no English template or fragment left
(only the names users typed, ids and the English sources stay as they are), and the same finding
as in English, with the same ids and parameters names.
"""

from __future__ import annotations

import io
import json
import re
import threading
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from consortium_factory import NEUTRAL, OUTSIDER, build, eligible_pool, replace_partner, with_partner
from test_rule_boundaries import OPTIONS  # every (action, call year, field, lot) of the catalogue
from erasmus_planner.cli.main import main as cli_main
from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.eligibility import check, suggest
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.report import Report
from erasmus_planner.domain.vocabulary import AFFILIATED, APPLICANT, ASSOCIATED, PARTNER
from erasmus_planner.services.plan_files import load_plan

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
LANGUAGES = ("de", "fr", "tr")
CATALOGUE = load_catalogue()

# Words only an English sentence has; checked after the names users typed are taken out.
ENGLISH_MARKERS = re.compile(
    r"\b(the|The|and|with|from|not|which|yet|must|should|is|are|was|has|have|been|more|than|only|any|each|of|for|"
    r"to|required|Add|Remove|Let|Choose|applicant|partners?|National Agency|agency|call|calls|Country|Countries|"
    r"Member States?|established|consortium has|education|youth|training|schools?|enterprises?|providers?|"
    r"institutions?|bod(?:y|ies))\b"
)
# Ids stay as they are in every language (plan files and the command line use them).
IDS = sorted(
    {lot.id for a in CATALOGUE.actions.values() for lot in a.lots}
    | {v.id for a in CATALOGUE.actions.values() for v in a.variants}
    | {f for a in CATALOGUE.actions.values() for f in a.fields},
    key=len,
    reverse=True,
)
PLACEHOLDER = re.compile(r"\{\w*\}")
# Kinds that say nothing when all is well (no "pass" finding to look for).
SILENT_WHEN_FINE = {
    "action-years", "field-valid", "lot-valid", "variant-valid", "oid-format", "identifier-missing",
    "duplicates", "eche-not-needed", "associated-could-count", "not-counted", "group-not-counted",
    "excluded-countries", "affiliated-entities",
}  # fmt: skip


# --- plans that drive every rule to pass, fail, warn and inform -----------------------------


def composition_cases(plan: Plan) -> Iterator[Plan]:
    """Take each requirement away, and add the partners rules point at."""
    ps = plan.partners
    yield plan
    yield plan.with_changes(partners=ps[:1])
    yield replace_partner(plan.with_changes(partners=ps[:1]), 0, country=OUTSIDER)
    for type_id in dict.fromkeys(p.type for p in ps):
        i = next(i for i, p in enumerate(ps) if p.type == type_id)
        yield replace_partner(plan, i, type=NEUTRAL)
    yield plan.with_changes(partners=tuple(p.with_changes(country=ps[0].country) for p in ps))
    yield with_partner(plan, "Outside Org", OUTSIDER, "ngo")
    yield with_partner(plan, "Outside Assoc", "UA", "ngo", ASSOCIATED)
    yield with_partner(with_partner(plan, "Excluded Org", "BY", "ngo"), "Town Hall", ps[0].country, "public-body-local")
    yield with_partner(plan, "Outside Uni", "US", "higher-education", eche=False)
    yield with_partner(plan, "Spin-off", ps[0].country, "enterprise-sme", AFFILIATED, affiliated_to=ps[0].name)
    yield with_partner(plan, "Lost Affiliate", ps[0].country, "ngo", AFFILIATED, affiliated_to="Nobody")
    yield with_partner(plan, "Uni Without Charter", ps[0].country, "higher-education", eche=False)
    yield with_partner(plan.with_changes(partners=ps[:1]), "Assoc Eligible", "FR", "school", ASSOCIATED)
    yield replace_partner(plan, 0, role=PARTNER)
    yield plan.with_changes(partners=tuple(p.with_changes(role=APPLICANT) for p in ps))
    twin = with_partner(plan, ps[0].name, ps[0].country, ps[0].type, oid=ps[0].oid, pic=ps[0].pic)
    yield replace_partner(twin, 0, oid="X12", pic="12")
    yield plan.with_changes(partners=tuple(p.with_changes(oid=None, pic=None) for p in ps))
    many = plan
    for i, country in enumerate(eligible_pool(plan.call_year)[:14]):
        many = with_partner(many, f"Extra {i}", country, "school")
    yield many
    for months in (5, 24, 30, 48):  # too short, fine for most, between, the alliances' length
        yield plan.with_changes(duration_months=months)


def structural_cases(plan: Plan) -> Iterator[Plan]:
    """Fields, lots, variants, years, dates of establishment and every agency route."""
    year = plan.call_year
    for established in (None, "old", str(year - 2), str(year - 5), f"{year - 1}-06-01"):
        yield replace_partner(plan, 0, established=established)
    yield plan.with_changes(field=None)
    yield plan.with_changes(field="youth" if plan.field != "youth" else "higher")
    yield plan.with_changes(lot=None)
    yield plan.with_changes(lot="design-delivery")
    yield plan.with_changes(variant="good-practice")
    yield plan.with_changes(variant="nonsense")
    yield plan.with_changes(call_year=2014 if year > 2017 else 2026)
    for community in (None, "fr", "de"):
        yield replace_partner(plan, 0, country="BE", community=community)
    yield replace_partner(plan, 0, type="european-ngo")
    for country in (OUTSIDER, "GB", "EE", "GR", "RS", "TR", "LU", "IS"):
        yield replace_partner(plan, 0, country=country)


def all_plans() -> list[Plan]:
    plans = []
    seen_years: set[tuple[str, int]] = set()
    for option in OPTIONS:
        base = build(*option)
        plans.extend(composition_cases(base))
        if (option[0], option[1]) not in seen_years:  # once per action and year is enough
            seen_years.add((option[0], option[1]))
            plans.extend(structural_cases(base))
    plans.append(build("cooperation-partnership", 2021, "youth").with_changes(call_year=2013))
    return plans


@pytest.fixture(scope="module")
def reports() -> dict[str, list[Report]]:
    plans = all_plans()
    return {language: [check(plan, language=language) for plan in plans] for language in ("en", *LANGUAGES)} | {
        "_plans": plans  # type: ignore[dict-item]
    }


# --- what a translated text must be ----------------------------------------------------------


def without_names(text: str, plan: Plan) -> str:
    """The text without what users typed (names, title, quoted values) and without ids."""
    for name in sorted({p.name for p in plan.partners} | {plan.title}, key=len, reverse=True):
        if name:
            text = text.replace(name, "")
    text = re.sub(r"'[^']*'", "", text)
    for identifier in IDS:
        # ids shown beside their translated label for command-line users: "Schulbildung (school)"
        text = re.sub(rf"\({re.escape(identifier)}\)", "", text)
        text = re.sub(rf"\b{re.escape(identifier)}\b(?= \()", "", text)
    return text


def problems_of(text: str, english: str, plan: Plan) -> list[str]:
    found = []
    if PLACEHOLDER.search(text):
        found.append("placeholder left")
    if text == english:
        found.append("same as English")
    marker = ENGLISH_MARKERS.search(without_names(text, plan))
    if marker:
        found.append(f"English word {marker.group(0)!r}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_finding_of_every_rule_reads_in_the_language(reports, language: str) -> None:  # type: ignore[no-untyped-def]
    wrong = []
    for plan, english, translated in zip(reports["_plans"], reports["en"], reports[language], strict=True):
        assert [f.rule for f in translated.findings] == [f.rule for f in english.findings]
        for mine, theirs in zip(translated.findings, english.findings, strict=True):
            assert (mine.status, mine.message_id, mine.hint_id, mine.source) == (
                theirs.status, theirs.message_id, theirs.hint_id, theirs.source,
            )  # fmt: skip
            assert set(mine.params) == set(theirs.params)
            for text, original in ((mine.message, theirs.message), (mine.hint, theirs.hint)):
                if original:
                    wrong += [(mine.rule, p, text) for p in problems_of(text, original, plan)]
        if english.agency is not None:
            assert translated.agency is not None
            wrong += [("agency", p, translated.agency.reason) for p in problems_of(translated.agency.reason, english.agency.reason, plan)]
    assert not wrong, "\n".join(map(str, wrong[:10]))


def test_every_rule_of_the_catalogue_was_driven_to_fail_and_to_pass(reports) -> None:  # type: ignore[no-untyped-def]
    statuses: dict[str, set[str]] = {}
    for report in reports["en"]:
        for finding in report.findings:
            statuses.setdefault(finding.rule, set()).add(finding.status)
    rules = {r.id: r.kind for a in CATALOGUE.actions for r in CATALOGUE.rules_for(a)}
    never_failed = [r for r in rules if not statuses.get(r, set()) - {"pass"}]
    never_passed = [r for r, kind in rules.items() if kind not in SILENT_WHEN_FINE and "pass" not in statuses.get(r, set())]
    assert not never_failed and not never_passed, (never_failed, never_passed)
    assert {"agency"} <= set(statuses)  # reasons why no agency can be named were rendered too


def test_every_way_an_agency_is_named_or_refused_was_rendered(reports) -> None:  # type: ignore[no-untyped-def]
    reasons = {f.message_id for r in reports["en"] for f in r.findings if f.rule == "agency"}
    reasons |= {r.agency.reason for r in reports["en"] if r.agency}
    for start in ("No applicant yet", "Erasmus+ calls run", "No field chosen", "Switzerland is not a Programme Country"):
        assert any(reason.startswith(start) for reason in reasons), start
    for part in ("are centralised", "submitted by European NGOs", "language community", "(French Community)", "changed hands"):
        assert any(part in reason for reason in reasons), part


@pytest.mark.skipif(not EXAMPLES, reason="no examples")
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_example_checks_and_suggests_in_the_language(language: str) -> None:
    wrong = []
    for path in EXAMPLES:
        plan = load_plan(path)
        english, translated = check(plan), check(plan, language=language)
        for mine, theirs in zip(translated.findings, english.findings, strict=True):
            for text, original in ((mine.message, theirs.message), (mine.hint, theirs.hint)):
                if original:
                    wrong += [(path.name, mine.rule, p) for p in problems_of(text, original, plan)]
        for mine_s, theirs_s in zip(suggest(plan, language=language), suggest(plan), strict=True):
            assert (mine_s.action, mine_s.field, mine_s.lot, mine_s.eligible) == (
                theirs_s.action, theirs_s.field, theirs_s.lot, theirs_s.eligible,
            )  # fmt: skip
            for text, original in zip(mine_s.missing, theirs_s.missing, strict=True):
                wrong += [(path.name, "suggest", p) for p in problems_of(text, original, plan)]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", "Mindestens 3 Organisationen aus Programmländern sind als Antragsteller oder Vollpartner erforderlich"),
        ("fr", "Au moins 3 organisations des pays participant au programme sont requises"),
        ("tr", "en az 3 kuruluş gereklidir"),
    ],
)
def test_a_known_minimum_reads_naturally(language: str, words: str) -> None:
    plan = build("strategic-partnership", 2019, "school")
    found = check(plan.with_changes(partners=plan.partners[:2]), language=language)
    message = next(f.message for f in found.findings if f.rule == "min-organisations")
    assert words in message, message


def test_number_agreement_follows_the_count_in_german() -> None:
    plan = build("alliance-for-innovation", 2024, lot="education-enterprises")
    i = next(i for i, o in enumerate(plan.partners) if o.type == "vet-provider")
    one = next(f for f in check(replace_partner(plan, i, type=NEUTRAL), language="de").findings if f.rule == "min-vet-providers")
    assert one.message.startswith("Mindestens 1 Einrichtung der beruflichen Bildung aus ")
    assert " ist als Antragsteller oder Vollpartner erforderlich" in one.message
    assert one.hint.startswith("Fügen Sie 1 weitere Einrichtung der beruflichen Bildung als Vollpartner aus einem EU-Mitgliedstaat")


def test_country_names_come_in_the_language() -> None:
    plan = build("cooperation-partnership", 2022, "adult")
    one_country = plan.with_changes(partners=tuple(p.with_changes(country="DE") for p in plan.partners))
    messages = {lang: next(f.message for f in check(one_country, language=lang).findings if f.rule == "min-countries") for lang in LANGUAGES}
    assert "(Deutschland)" in messages["de"] and "(Allemagne)" in messages["fr"] and "(Almanya)" in messages["tr"]


# --- no global state ----------------------------------------------------------------------


def test_two_languages_checked_at_once_give_independent_results() -> None:
    plan = replace_partner(build("cooperation-partnership", 2023, "school"), 0, country="CH")
    expected = {lang: check(plan, language=lang).to_json() for lang in ("en", *LANGUAGES)}
    results: dict[str, list[dict[str, object]]] = {lang: [] for lang in expected}

    def work(language: str) -> None:
        for _ in range(15):
            results[language].append(check(plan, language=language).to_json())

    threads = [threading.Thread(target=work, args=(lang,)) for lang in expected]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for language, found in results.items():
        assert all(result == expected[language] for result in found), language
    assert len({json.dumps(e, sort_keys=True) for e in expected.values()}) == 4  # four different texts


def test_a_german_check_leaves_english_untouched() -> None:
    plan = build("strategic-partnership", 2019, "school")
    short = plan.with_changes(partners=plan.partners[:1])
    before = check(short).to_json()
    check(short, language="de")
    suggest(short, language="tr")
    assert check(short).to_json() == before


# --- the command line ---------------------------------------------------------------------


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli_main(list(args))
    return code, out.getvalue()


SAMPLE = ROOT / "examples" / "strategic-partnership-adult-2017-ineligible.json"


@pytest.mark.skipif(not SAMPLE.exists(), reason="example not written")
@pytest.mark.parametrize(
    ("language", "verdict", "checklist"),
    [
        ("de", "Bewertung: NICHT FÖRDERFÄHIG — 2 Anforderungen nicht erfüllt.", "Prüfliste:"),
        ("fr", "Conclusion : NON ÉLIGIBLE — 2 exigences non remplies.", "Liste de contrôle :"),
        ("tr", "Sonuç: UYGUN DEĞİL — 2 koşul karşılanmadı.", "Kontrol listesi:"),
    ],
)
def test_check_lang_prints_the_text_report_in_the_language(language: str, verdict: str, checklist: str) -> None:
    code, text = run("check", str(SAMPLE), "--lang", language)
    assert code == 1
    assert verdict in text and checklist in text
    assert "Verdict" not in text and "What to do" not in text and "Submit to" not in text
    english_code, english = run("check", str(SAMPLE))
    assert english_code == 1 and "Verdict: NOT ELIGIBLE — 2 requirements not met." in english


@pytest.mark.skipif(not SAMPLE.exists(), reason="example not written")
@pytest.mark.parametrize("language", LANGUAGES)
def test_check_and_suggest_json_keep_their_keys_and_translate_their_texts(language: str) -> None:
    _, english = run("check", str(SAMPLE), "--json")
    _, translated = run("check", str(SAMPLE), "--json", "--lang", language)
    theirs, mine = json.loads(english), json.loads(translated)
    assert mine.keys() == theirs.keys() and mine["eligible"] == theirs["eligible"]
    assert [f.keys() for f in mine["findings"]] == [f.keys() for f in theirs["findings"]]
    assert all(m["message"] != t["message"] for m, t in zip(mine["findings"], theirs["findings"], strict=True))
    assert [m["source"] for m in mine["findings"]] == [t["source"] for t in theirs["findings"]]  # sources stay English
    assert mine["agency"]["reason"] != theirs["agency"]["reason"]
    _, english_suggest = run("suggest", str(SAMPLE), "--json")
    _, translated_suggest = run("suggest", str(SAMPLE), "--json", "--lang", language)
    theirs_s, mine_s = json.loads(english_suggest), json.loads(translated_suggest)
    assert [s.keys() for s in mine_s] == [s.keys() for s in theirs_s]
    assert [s["missing"] for s in mine_s] != [s["missing"] for s in theirs_s]


def test_an_unknown_lang_is_refused_by_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli_main(["check", str(SAMPLE), "--lang", "xx"])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "--lang" in error and all(f"'{lang}'" in error for lang in ("en", "de", "fr", "tr"))


@pytest.mark.parametrize("value", ["X12", "E1234", "E12A45678", "E123456789", "12", "12345678X", "1234567890"])
def test_every_identifier_problem_has_a_translation(value: str) -> None:
    """The problem sentences come from domain/identifiers.py; each must be a catalogue entry."""
    from erasmus_planner.domain.identifiers import oid_problem, pic_problem
    from erasmus_planner.domain.rule_kinds import IDENTIFIER_PROBLEMS, identifier_problem_text
    from erasmus_planner.domain.wording import Wording

    for problem in filter(None, (oid_problem(value), pic_problem(value))):
        assert re.sub(r"(?<= )\d+$", "{n}", problem) in IDENTIFIER_PROBLEMS, problem
        for language in LANGUAGES:
            translated = identifier_problem_text(problem, Wording(language))
            assert translated != problem and not PLACEHOLDER.search(translated)
