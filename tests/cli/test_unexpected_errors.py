"""A fault of the planner itself (not of the input) on the command line: one line that says so and
names the log with the details, exit 4 — never a traceback, never a silent exit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from erasmus_planner.cli import convert_command
from erasmus_planner.cli.main import EXIT_UNEXPECTED, main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "knowledge-alliance-2019-ineligible.json"


@pytest.fixture
def failing_convert(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    def fail(args):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("division by zero in the converter")

    monkeypatch.setattr(convert_command, "run_convert", fail)
    monkeypatch.delenv("ERASMUS_PLANNER_DEBUG", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # platformdirs' log folder on Linux
    return tmp_path / "state" / "erasmus-planner" / "log"


@pytest.mark.skipif(os.name != "posix", reason="the log folder is moved through XDG_STATE_HOME")
def test_an_unexpected_error_is_one_line_naming_the_log_and_exit_4(failing_convert: Path, capsys, tmp_path) -> None:
    code = main(["convert", str(EXAMPLE), str(tmp_path / "out.epplan")])
    captured = capsys.readouterr()
    assert code == EXIT_UNEXPECTED == 4
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    (log,) = failing_convert.glob("crash-*.log")
    assert captured.err == (
        "erasmus-planner: unexpected error (ZeroDivisionError: division by zero in the converter); nothing was "
        f"written. Details are in {log} — please attach it to a report.\n"
    )
    details = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in details and "in fail" in details
    assert "While: erasmus-planner convert" in details
    assert not (tmp_path / "out.epplan").exists()


@pytest.mark.skipif(os.name != "posix", reason="the log folder is moved through XDG_STATE_HOME")
def test_when_no_log_can_be_written_the_line_says_so(failing_convert: Path, capsys, tmp_path) -> None:
    failing_convert.parent.mkdir(parents=True)
    failing_convert.write_text("a file where the log folder would be")
    code = main(["convert", str(EXAMPLE), str(tmp_path / "out.epplan")])
    err = capsys.readouterr().err
    assert code == 4 and err.count("\n") == 1
    assert f"no log could be written to {failing_convert}" in err and "ERASMUS_PLANNER_DEBUG=1" in err


def test_with_debug_set_the_traceback_is_shown_to_the_developer(failing_convert: Path, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("ERASMUS_PLANNER_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["convert", str(EXAMPLE), str(tmp_path / "out.epplan")])
