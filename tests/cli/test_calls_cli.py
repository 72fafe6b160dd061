"""The call facts on the command line (spec/plan-format.md §4.2): ``check --json`` gains
``call``, the text report one line for it, ``check`` and ``export`` take ``--today``, and
``erasmus-planner calls`` lists every deadline of a call year."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "strategic-partnership-school-2019-eligible.json"  # deadline 21 March 2019, 12:00
KA210 = ROOT / "examples" / "small-scale-partnership-youth-2022-eligible.json"
NGO = ROOT / "examples" / "cooperation-partnership-youth-2024-european-ngo-eligible.json"
CALL_KEYS = {"deadlines", "next_deadline", "submit_via", "grant"}
CALL_ADDED = {"submission", "route", "time_zone", "today"}
ROW_KEYS = {"action", "field", "lot", "call_year", "deadlines", "submit_via"}
ROW_ADDED = {"code", "fields", "lots", "route", "submission"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "erasmus_planner", *args], capture_output=True, text=True, timeout=120, encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("today", "next_deadline"),
    [
        ("2019-01-01", {"round": 1, "at": "2019-03-21T12:00:00+01:00", "days_left": 79}),
        ("2019-03-20", {"round": 1, "at": "2019-03-21T12:00:00+01:00", "days_left": 1}),
        ("2019-03-21", {"round": 1, "at": "2019-03-21T12:00:00+01:00", "days_left": 0}),
        ("2019-03-22", None),
    ],
)
def test_check_json_gains_the_call_as_of_today(today: str, next_deadline: dict | None) -> None:
    result = run("check", str(SAMPLE), "--json", "--today", today)
    assert result.returncode == 0, result.stderr
    call = json.loads(result.stdout)["call"]
    assert CALL_KEYS <= set(call) <= CALL_KEYS | CALL_ADDED
    assert call["next_deadline"] == next_deadline
    assert call["deadlines"] == [
        {"round": 1, "at": "2019-03-21T12:00:00+01:00", "extended_to": None, "source": call["deadlines"][0]["source"], "confidence": "official"}
    ]
    assert call["submit_via"] == "national-agency-eform"
    assert call["grant"]["kind"] == "maximum" and call["grant"]["max_eur"] == 450000
    assert call["today"] == today


@pytest.mark.parametrize(
    ("today", "words"),
    [
        ("2019-01-01", "Deadline: 21 March 2019, 12:00 Brussels time (UTC+01:00) — 79 days left"),
        ("2019-03-20", "— 1 day left"),
        ("2019-03-21", "— closes today"),
        ("2019-03-22", "Deadline: the deadlines of the 2019 call have passed (the last closed on 21 March 2019)"),
    ],
)
def test_the_text_report_gives_one_line_for_the_call(today: str, words: str) -> None:
    result = run("check", str(SAMPLE), "--today", today)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())  # the line is wrapped at 100 columns
    assert words in text
    assert "Submit: the eForm, submitted online to the National Agency" in text
    assert "Grant: at most EUR 450,000 per project (EUR 12,500 per month)" in text


def test_the_second_round_and_the_language() -> None:
    result = run("check", str(KA210), "--today", "2022-05-01", "--lang", "de")
    text = " ".join(result.stdout.split())
    assert "Frist: 4. Oktober 2022, 12:00 Uhr Brüsseler Zeit (UTC+02:00) — noch 156 Tage · Runde 2 von 2" in text
    assert "Zuschuss: ein Pauschalbetrag von 30.000 oder 60.000 EUR" in text


def test_a_european_ngo_gets_the_executive_agency_deadline_at_17() -> None:
    call = json.loads(run("check", str(NGO), "--json", "--today", "2024-01-10").stdout)["call"]
    assert call["route"] == "european-ngo" and call["submit_via"] == "funding-tenders-portal"
    assert call["next_deadline"] == {"round": 1, "at": "2024-03-05T17:00:00+01:00", "days_left": 55}


@pytest.mark.parametrize("command", [["check", str(SAMPLE)], ["export", str(SAMPLE), "-o", "x.pdf"], ["calls"]])
@pytest.mark.parametrize("value", ["2019-02-30", "21.03.2019", "tomorrow"])
def test_a_bad_today_is_bad_input(command: list[str], value: str) -> None:
    result = run(*command, "--today", value)
    assert result.returncode == 2
    assert f"--today: {value!r} is not a date; write it as YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_takes_today(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    result = run("export", str(SAMPLE), "-o", str(out), "--today", "2019-01-01")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_calls_2022_json_lists_the_two_rounds_of_small_scale_partnerships() -> None:
    result = run("calls", "--year", "2022", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    for row in rows:
        assert ROW_KEYS <= set(row) <= ROW_KEYS | ROW_ADDED and row["call_year"] == 2022
    ka210 = [r for r in rows if r["action"] == "small-scale-partnership"]
    assert len(ka210) == 1 and ka210[0]["code"] == "KA210" and ka210[0]["fields"] == ["school", "vet", "adult", "youth"]
    assert [(d["round"], d["at"]) for d in ka210[0]["deadlines"]] == [
        (1, "2022-03-23T12:00:00+01:00"), (2, "2022-10-04T12:00:00+02:00")
    ]
    assert {r["action"] for r in rows} == {
        "cooperation-partnership", "small-scale-partnership", "alliance-for-innovation", "centre-of-vocational-excellence"
    }
    assert [r["route"] for r in rows if r["action"] == "cooperation-partnership"] == [None, "european-ngo"]


def test_calls_for_one_action_by_its_code_in_text() -> None:
    result = run("calls", "--year", "2016", "--action", "KA205", "--today", "2016-03-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:6] == [
        "Deadlines of the 2016 call (Brussels time):",
        "",
        "Strategic Partnerships (KA205) · Youth",
        "  Round 1: 2 February 2016, 12:00 Brussels time (UTC+01:00) — closed",
        "  Round 2: 26 April 2016, 12:00 Brussels time (UTC+02:00) — 56 days left",
        "  Round 3: 4 October 2016, 12:00 Brussels time (UTC+02:00) — 217 days left",
    ]


def test_calls_of_an_action_not_open_that_year_says_when_it_is() -> None:
    result = run("calls", "--year", "2022", "--action", "KA201")
    assert result.returncode == 0
    assert "Strategic Partnerships are not open in the 2022 call (they are open in 2014–2020)." in result.stdout
    assert json.loads(run("calls", "--year", "2022", "--action", "KA201", "--json").stdout) == []


@pytest.mark.parametrize(("args", "words"), [(["--action", "KA999"], "KA210"), (["--year", "2030"], "2014-2027")])
def test_calls_bad_input_names_what_is_valid(args: list[str], words: str) -> None:
    result = run("calls", *args)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr


def test_the_check_process_still_imports_no_zoneinfo_nor_datetime() -> None:
    """The offsets come from the snapshot: the call costs the check process no time zone code."""
    code = (
        "import contextlib, io, sys\n"
        "from erasmus_planner.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['check', sys.argv[1], '--json']) == 0\n"
        "print(sorted({'zoneinfo', 'datetime', '_strptime'} & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(KA210)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
