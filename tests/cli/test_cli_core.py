"""The command line as a script sees it (spec/plan-format.md §3): ``python -m erasmus_planner``
in a subprocess, exit codes 0/1/2, the exact ``--json`` shapes, one clear line for bad input."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from erasmus_planner.cli.main import build_parser

ELIGIBLE: dict[str, Any] = {
    "format": "erasmus-planner-plan",
    "version": 1,
    "title": "Entrepreneurial engineering",
    "action": "knowledge-alliance",
    "call_year": 2019,
    "partners": [
        {"name": "Technische Universität München", "country": "DE", "type": "higher-education", "role": "applicant", "eche": True, "pic": "999111222"},
        {"name": "Politecnico di Milano", "country": "IT", "type": "higher-education", "role": "partner", "eche": True, "pic": "999111223"},
        {"name": "Nordic Robotics Oy", "country": "FI", "type": "enterprise-sme", "role": "partner", "pic": "999111224"},
        {"name": "IKEA Industry Poland", "country": "PL", "type": "enterprise-large", "role": "partner", "pic": "999111225"},
        {"name": "Camera di Commercio di Milano", "country": "IT", "type": "social-partner", "role": "partner", "pic": "999111226"},
        {"name": "Σύνδεσμος Βιομηχανιών Ελλάδος", "country": "EL", "type": "social-partner", "role": "partner", "pic": "999111227"},
    ],
}

CHECK_KEYS = {"eligible", "action", "field", "lot", "variant", "call_year", "agency", "call", "findings"}
AGENCY_KEYS = {"kind", "name", "acronym", "country", "city", "reason"}
AGENCY_ADDED = {"website", "alternatives"}  # additions to the spec's keys, never renames
FINDING_KEYS = {"rule", "status", "message", "hint", "source"}
FINDING_ADDED = {"confidence"}
SUGGESTION_KEYS = {"action", "field", "lot", "call_year", "eligible", "missing"}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "erasmus_planner", *args], capture_output=True, text=True, timeout=120, cwd=cwd, encoding="utf-8"
    )


def write(tmp_path: Path, data: Any, name: str = "plan.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def ineligible() -> dict[str, Any]:
    data = copy.deepcopy(ELIGIBLE)
    data["partners"][3]["type"] = "research-institute"  # one enterprise short
    return data


# --- check ----------------------------------------------------------------------------------


def test_check_eligible_exits_0_and_prints_verdict_findings_and_agency(tmp_path: Path) -> None:
    result = run("check", str(write(tmp_path, ELIGIBLE)))
    assert result.returncode == 0, result.stderr
    assert "Verdict: ELIGIBLE" in result.stdout
    assert "[PASS] At least 2 enterprises" in result.stdout
    assert "Submit to: European Education and Culture Executive Agency (EACEA)" in result.stdout or "Executive Agency" in result.stdout
    assert result.stderr == ""


def test_check_ineligible_exits_1_and_says_what_to_add(tmp_path: Path) -> None:
    result = run("check", str(write(tmp_path, ineligible())))
    assert result.returncode == 1, result.stderr
    assert "Verdict: NOT ELIGIBLE — 1 requirement not met." in result.stdout
    assert "[FAIL] At least 2 enterprises are required" in result.stdout
    assert "What to do: Add a small, medium or large enterprise" in result.stdout
    assert result.stderr == ""


def assert_check_shape(data: dict[str, Any]) -> None:
    assert set(data) == CHECK_KEYS
    assert isinstance(data["eligible"], bool) and isinstance(data["call_year"], int)
    for key in ("action", "field", "lot", "variant"):
        assert data[key] is None or isinstance(data[key], str)
    agency = data["agency"]
    assert agency is None or (AGENCY_KEYS <= set(agency) <= AGENCY_KEYS | AGENCY_ADDED)
    if agency is not None:
        assert agency["kind"] in ("national-agency", "executive-agency")
        assert all(isinstance(agency[k], str) for k in AGENCY_KEYS)
    assert data["findings"]
    for finding in data["findings"]:
        assert FINDING_KEYS <= set(finding) <= FINDING_KEYS | FINDING_ADDED
        assert finding["status"] in ("pass", "fail", "warn", "info")
        assert all(isinstance(finding[k], str) for k in FINDING_KEYS)
    assert data["eligible"] is not any(f["status"] == "fail" for f in data["findings"])


@pytest.mark.parametrize(("plan", "code"), [(ELIGIBLE, 0), (ineligible(), 1)])
def test_check_json_shape(tmp_path: Path, plan: dict[str, Any], code: int) -> None:
    result = run("check", str(write(tmp_path, plan)), "--json")
    assert result.returncode == code, result.stderr
    data = json.loads(result.stdout)
    assert_check_shape(data)
    assert (data["action"], data["field"], data["lot"], data["variant"], data["call_year"]) == ("knowledge-alliance", None, None, None, 2019)
    assert data["agency"]["kind"] == "executive-agency" and data["agency"]["city"] == "Brussels"
    if code == 1:
        failure = next(f for f in data["findings"] if f["status"] == "fail")
        assert failure["rule"] == "min-enterprises"
        assert failure["message"] == "At least 2 enterprises are required as applicant or full partners from Programme Countries; the consortium has 1 (Nordic Robotics Oy)."
        assert failure["hint"].startswith("Add a small, medium or large enterprise from any Programme Country")
        assert failure["source"].startswith("Programme Guide, Part B, Knowledge Alliances")


def test_check_json_national_agency_and_no_agency(tmp_path: Path) -> None:
    school = {
        "format": "erasmus-planner-plan", "version": 1, "action": "KA201", "call_year": 2019,
        "partners": [
            {"name": "Szkoła Podstawowa nr 3", "country": "PL", "type": "school", "role": "applicant"},
            {"name": "2ο Γυμνάσιο Ηρακλείου", "country": "EL", "type": "school", "role": "partner"},
            {"name": "Grundschule am Park", "country": "DE", "type": "school", "role": "partner"},
        ],
    }
    data = json.loads(run("check", str(write(tmp_path, school)), "--json").stdout)
    assert_check_shape(data)
    assert data["field"] == "school" and data["agency"]["kind"] == "national-agency" and data["agency"]["country"] == "PL"

    school["partners"][0]["country"] = "CH"
    result = run("check", str(write(tmp_path, school, "swiss.json")), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert_check_shape(data)
    assert data["agency"] is None
    assert any(f["rule"] == "agency" and f["status"] == "info" for f in data["findings"])


# --- suggest --------------------------------------------------------------------------------


def test_suggest_json_shape_and_order(tmp_path: Path) -> None:
    result = run("suggest", str(write(tmp_path, ELIGIBLE)), "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert isinstance(items, list) and items
    for item in items:
        assert set(item) == SUGGESTION_KEYS
        assert item["call_year"] == 2019 and isinstance(item["eligible"], bool)
        assert isinstance(item["missing"], list) and all(isinstance(m, str) and m for m in item["missing"])
        assert item["eligible"] is (item["missing"] == [])
    verdicts = [item["eligible"] for item in items]
    assert verdicts == sorted(verdicts, reverse=True)  # eligible first
    assert {"action": "knowledge-alliance", "field": None, "lot": None, "call_year": 2019, "eligible": True, "missing": []} in items
    assert {(i["action"], i["lot"]) for i in items} >= {("sector-skills-alliance", "blueprint"), ("strategic-partnership", None)}


def test_suggest_text_lists_best_fits_first(tmp_path: Path) -> None:
    result = run("suggest", str(write(tmp_path, ineligible())))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("The same 6 partners against every action of the 2019 call")
    assert " 1. " in lines[2] and "ELIGIBLE" in lines[2]


# --- agency and actions ---------------------------------------------------------------------


def test_agency_json(tmp_path: Path) -> None:
    result = run("agency", "--country", "DE", "--action", "KA203", "--year", "2019", "--json")
    assert result.returncode == 0, result.stderr
    agency = json.loads(result.stdout)
    assert AGENCY_KEYS <= set(agency) <= AGENCY_KEYS | AGENCY_ADDED
    assert agency["kind"] == "national-agency" and agency["acronym"] == "NA DAAD" and agency["city"] == "Bonn"
    assert agency["reason"].endswith(".")


def test_agency_text_for_a_centralised_action() -> None:
    result = run("agency", "--country", "FR", "--action", "knowledge-alliance", "--year", "2016")
    assert result.returncode == 0, result.stderr
    assert "Education, Audiovisual and Culture Executive Agency" in result.stdout
    assert "Why: " in result.stdout


def test_actions_json_lists_every_action_with_rules_and_sources() -> None:
    result = run("actions", "--json")
    assert result.returncode == 0, result.stderr
    actions = json.loads(result.stdout)
    assert [a["id"] for a in actions][:3] == ["strategic-partnership", "school-to-school-partnership", "school-exchange-partnership"]
    for action in actions:
        assert action["rules"] and all(r["source"] and r["confidence"] for r in action["rules"])
    year = json.loads(run("actions", "--year", "2026", "--json").stdout)
    assert {a["id"] for a in year} == {"cooperation-partnership", "small-scale-partnership", "alliance-for-innovation", "centre-of-vocational-excellence"}
    lots = next(a for a in year if a["id"] == "alliance-for-innovation")["lots"]
    assert [lot["id"] for lot in lots] == ["education-enterprises", "blueprint", "stem-skills-foundries"]


def test_actions_text() -> None:
    result = run("actions", "--year", "2019")
    assert result.returncode == 0
    assert "School Exchange Partnerships [school-exchange-partnership]" in result.stdout
    assert "Alliances for Innovation" not in result.stdout


# --- bad input: one line, naming what is wrong, exit 2 ----------------------------------------


def bad_plans(tmp_path: Path) -> list[tuple[str, list[str], tuple[str, ...]]]:
    """(case, arguments, words the one line must contain)."""

    def plan(name: str, edit) -> str:  # type: ignore[no-untyped-def]
        data = copy.deepcopy(ELIGIBLE)
        edit(data)
        return str(write(tmp_path, data, name))

    (tmp_path / "folder.json").mkdir()
    (tmp_path / "latin1.json").write_bytes('{"name": "Caf\u00e9"}'.encode("latin-1"))
    write(tmp_path, '{\n  "format": "erasmus-planner-plan",\n  "version": 1,\n  "action": ]\n}', "malformed.json")
    write(tmp_path, "name,country\n", "plan.csv")
    return [
        ("missing file", ["check", str(tmp_path / "missing.json")], ("missing.json", "no such file")),
        ("folder", ["check", str(tmp_path / "folder.json")], ("folder.json", "folder")),
        ("not UTF-8", ["check", str(tmp_path / "latin1.json")], ("latin1.json", "UTF-8")),
        ("malformed JSON", ["check", str(tmp_path / "malformed.json")], ("malformed.json", "line 4, column 13")),
        ("wrong extension", ["check", str(tmp_path / "plan.csv")], ("plan.csv", ".json or .epplan")),
        ("unknown type", ["check", plan("type.json", lambda d: d["partners"][2].update(type="company"))], ("type.json", "partner 3 (Nordic Robotics Oy)", "unknown type 'company'", "enterprise-sme")),
        ("unknown action", ["check", plan("action.json", lambda d: d.update(action="KA2"))], ("action.json", "unknown action 'KA2'", "knowledge-alliance")),
        ("unknown lot", ["check", plan("lot.json", lambda d: d.update(action="sector-skills-alliance", lot="lot1"))], ("lot.json", "unknown lot 'lot1'", "design-delivery")),
        ("invalid country", ["check", plan("country.json", lambda d: d["partners"][1].update(country="Italy"))], ("country.json", "partner 2 (Politecnico di Milano)", "'Italy' is not a country code")),
        ("no applicant", ["check", plan("none.json", lambda d: d["partners"][0].update(role="partner"))], ("none.json", "applicant")),
        ("two applicants", ["suggest", plan("two.json", lambda d: d["partners"][1].update(role="applicant"))], ("two.json", "Technische Universität München, Politecnico di Milano")),
        ("higher version", ["check", plan("v2.json", lambda d: d.update(version=2))], ("v2.json", "version 2", "newer")),
        ("bad --year (agency)", ["agency", "--country", "DE", "--action", "KA203", "--year", "20x9"], ("--year", "'20x9' is not a year", "2014-2027")),
        ("bad --year (actions)", ["actions", "--year", "2031"], ("--year", "2031", "2014-2027")),
        ("unknown agency country", ["agency", "--country", "ZZ", "--action", "KA203"], ("--country", "'ZZ' is not a country code")),
        ("unknown agency action", ["agency", "--country", "DE", "--action", "KA999"], ("unknown action 'KA999'", "strategic-partnership")),
        ("agency without field", ["agency", "--country", "DE", "--action", "strategic-partnership"], ("need --field", "school")),
        ("missing argument", ["check"], ("PLAN",)),
        ("unknown command", ["chekc"], ("chekc", "check")),
    ]


def test_every_bad_input_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    problems = []
    for case, args, words in bad_plans(tmp_path):
        result = run(*args, cwd=tmp_path)
        lines = result.stderr.splitlines()
        ok = (
            result.returncode == 2
            and len(lines) == 1
            and lines[0].startswith("erasmus-planner")
            and "Traceback" not in result.stderr
            and all(w in lines[0] for w in words)
            and result.stdout == ""
        )
        if not ok:
            problems.append(f"{case}: exit {result.returncode}, stderr {result.stderr!r}")
    assert not problems, "\n".join(problems)


# --- help -----------------------------------------------------------------------------------


def commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return list(sub.choices)  # type: ignore[union-attr]


def test_the_core_commands_are_registered() -> None:
    assert {"check", "suggest", "agency", "actions"} <= set(commands())


@pytest.mark.parametrize("args", [["--help"], *[[name, "--help"] for name in commands()]], ids=lambda a: " ".join(a))
def test_every_help_exits_0(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: erasmus-planner")
    assert result.stderr == ""


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("erasmus-planner ")
