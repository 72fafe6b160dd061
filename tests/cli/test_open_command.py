"""``open`` on a machine without a display: a plan or language that is wrong is one line and
exit 2, never "printing the check of …" followed by nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasmus_planner.cli.main import main


@pytest.fixture(autouse=True)
def no_display(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.chdir(tmp_path)  # where out/main-window.png would go


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_plan_that_is_not_there_is_one_line_and_exit_2(capsys, tmp_path):
    code, out, err = run(capsys, "open", str(tmp_path / "missing.json"))
    assert code == 2
    assert out == ""
    assert err.splitlines() == [f"erasmus-planner: {tmp_path / 'missing.json'}: no such file"]
    assert not (tmp_path / "out").exists()


def test_no_plan_says_what_would_help(capsys):
    code, out, err = run(capsys)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("erasmus-planner: no display found, and the desktop application needs one; give a plan")


def test_an_unknown_language_is_refused_before_anything_is_printed(capsys, tmp_path):
    plan = Path(__file__).resolve().parents[2] / "examples" / "strategic-partnership-school-2019-eligible.json"
    code, out, err = run(capsys, "open", str(plan), "--lang", "xx")
    assert (code, out) == (2, "")
    assert "--lang 'xx' is not an interface language" in err


# --- a bare plan file, as a file manager runs it (`erasmus-planner plan.epplan`) ------------------
# Run as the process a file manager starts: in this process the window's fallback would create
# the test run's QApplication on a plain off-screen platform (tests/conftest.py sets up screens).


def start(tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "erasmus_planner", *argv], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    return done.returncode, done.stdout, done.stderr


def test_a_bare_plan_file_is_opened_as_open_does(tmp_path):
    plan = Path(__file__).resolve().parents[2] / "examples" / "strategic-partnership-school-2019-eligible.json"
    bare = start(tmp_path, str(plan))
    assert bare[0] == 0, bare[2]
    assert bare[1].startswith(f"No display found: printing the check of {plan}")
    assert (tmp_path / "out" / "main-window.png").is_file()
    assert bare == start(tmp_path, "open", str(plan))


def test_a_bare_plan_file_given_as_a_file_url_is_opened_too(tmp_path):
    plan = tmp_path / "Plan für 2026.json"
    plan.write_bytes((Path(__file__).resolve().parents[2] / "examples" / "knowledge-alliance-2019-ineligible.json").read_bytes())
    code, out, err = start(tmp_path, plan.as_uri())
    assert code == 0, err
    assert f"printing the check of {plan} " in out


def test_a_bare_plan_file_that_is_not_there_is_one_line_and_exit_2(capsys, tmp_path):
    code, out, err = run(capsys, str(tmp_path / "gone.epplan"))
    assert (code, out) == (2, "")
    assert err == f"erasmus-planner: {tmp_path / 'gone.epplan'}: no such file\n"


def test_a_mistyped_command_is_still_a_mistyped_command(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["chek", "plan.json"])
    assert stop.value.code == 2
    assert "invalid choice: 'chek'" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["open", "check"])
@pytest.mark.parametrize("name", ["partners.csv", "Partners.XLSX"])
def test_a_spreadsheet_given_as_a_plan_names_the_import_partners_command(capsys, tmp_path, command, name):
    sheet = tmp_path / name
    sheet.write_text("Name,Country,Type,Role\nFirma Nowak,PL,Enterprise,partner\n", encoding="utf-8")
    code, out, err = run(capsys, command, str(sheet))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"erasmus-planner: {sheet}: this is a spreadsheet, not a plan (plans are .json or .epplan files); "
        f"to add the partners it lists to a plan: erasmus-planner import-partners {sheet} --into PLAN"
    ]
    code, out, err = run(capsys, command, str(sheet), "--lang", "de")
    assert code == 2 and f"Tabelle, kein Plan" in err and f"erasmus-planner import-partners {sheet} --into PLAN" in err
