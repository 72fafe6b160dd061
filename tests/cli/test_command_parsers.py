"""A command line that starts with a command builds only that command's module's parsers
(cli/parsing.py, COMMAND_MODULE), and ``check`` / ``suggest`` written plainly are read without
argparse (check_commands.plain_arguments): both must parse, explain and refuse exactly as the
whole parser does."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from erasmus_planner.cli.parsing import COMMAND_MODULE, COMMAND_MODULES, _Parser, build_parser


def commands_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return next(a for a in parser._actions if a.dest == "command").choices  # type: ignore[return-value]


def test_the_table_names_the_module_of_every_command_and_nothing_else() -> None:
    registered = {}
    for module_name in COMMAND_MODULES:
        sub = _Parser(prog="erasmus-planner").add_subparsers(dest="command", parser_class=_Parser)
        importlib.import_module(module_name).register(sub)
        registered.update(dict.fromkeys(sub.choices, module_name))
    assert registered == COMMAND_MODULE


@pytest.mark.parametrize("command", sorted(COMMAND_MODULE))
def test_a_command_parser_is_the_same_alone_as_among_all(command: str) -> None:
    alone, among_all = commands_of(build_parser(command))[command], commands_of(build_parser())[command]
    assert alone.prog == among_all.prog == f"erasmus-planner {command}"
    assert alone.format_help() == among_all.format_help()
    assert alone.format_usage() == among_all.format_usage()


ARGUMENTS = [
    ["check", "plan.json"],
    ["check", "plan.json", "--json", "--lang", "DE"],
    ["check"],
    ["check", "plan.json", "--lang", "xx"],
    ["check", "plan.json", "--bogus"],
    ["check", "plan.json", "--version"],
    ["check", "--help"],
    ["suggest", "plan.json", "--json"],
    ["suggest", "-h"],
    ["agency", "--help"],
    ["actions", "--year", "twenty"],
    ["export", "plan.json", "--help"],
    ["directory", "search", "--help"],
]


def outcome(code: str, argv: list[str]) -> tuple[int, str, str]:
    """``code`` run in a fresh interpreter: exit code, stdout, stderr."""
    result = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=60)
    return result.returncode, result.stdout, result.stderr


PARSE = """
import sys
from erasmus_planner.cli.parsing import build_parser
parser = build_parser({command})
args = vars(parser.parse_args(sys.argv[1:]))
args.pop("handler", None)
print(sorted(args.items()))
"""


@pytest.mark.parametrize("argv", ARGUMENTS, ids=" ".join)
def test_parsing_alone_gives_the_same_result_help_and_errors(argv: list[str]) -> None:
    alone = outcome(PARSE.format(command=repr(argv[0])), argv)
    among_all = outcome(PARSE.format(command="None"), argv)
    assert alone == among_all


def test_check_imports_no_other_command() -> None:
    code = """
import contextlib, io, sys
from erasmus_planner.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    main(["check", sys.argv[1], "--json"])
print(sorted(m for m in sys.modules if m.startswith("erasmus_planner.cli.")))
"""
    sample = Path(__file__).resolve().parents[2] / "examples" / "strategic-partnership-school-2019-eligible.json"
    status, out, err = outcome(code, [str(sample)])
    assert status == 0, err
    assert out.strip() == "['erasmus_planner.cli.check_commands', 'erasmus_planner.cli.main']"


@pytest.mark.parametrize("columns", [None, "100", "37", "0", "-5", "wide", ""])
def test_the_terminal_is_measured_as_shutil_measures_it(columns: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from erasmus_planner.cli.parsing import _terminal_columns

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert _terminal_columns() == shutil.get_terminal_size().columns


@pytest.mark.parametrize("columns", ["60", "100", "200"])
def test_help_is_laid_out_as_by_argparse_itself(columns: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import erasmus_planner.cli.parsing as cli_main

    monkeypatch.setenv("COLUMNS", columns)
    ours = build_parser()
    monkeypatch.setattr(cli_main, "_HelpFormatter", argparse.HelpFormatter)
    stock = build_parser()
    assert stock.formatter_class is argparse.HelpFormatter and ours.formatter_class is not argparse.HelpFormatter
    assert ours.format_help() == stock.format_help()
    for name, parser in commands_of(ours).items():
        assert parser.format_help() == commands_of(stock)[name].format_help(), name


# What a check process must not import: each costs every run 0.5-5 ms (pathlib brings fnmatch,
# urllib.parse and ipaddress; typing and dataclasses are slow to import; argparse, shutil and
# tempfile are for other commands; csv: the agency table comes from the snapshot).
NOT_ON_THE_CHECK_PATH = {
    "argparse", "shutil", "tempfile", "dataclasses", "importlib", "importlib.resources", "typing", "datetime",
    "pathlib", "contextlib", "csv", "encodings.utf_8_sig",
}


# In another language the catalogue is read with xml.etree, which imports contextlib.
@pytest.mark.parametrize(("args", "allowed"), [(["--json"], set()), (["--lang", "de"], {"contextlib"})])
def test_check_imports_none_of_the_modules_it_does_not_need(args: list[str], allowed: set[str]) -> None:
    """Run as a regular install runs it: without site (an editable install's path hook imports
    pathlib and more into every process, and would hide a regression), the package and its
    dependencies on the path."""
    import sysconfig

    code = f"""
import io, sys
before = set(sys.modules)
from erasmus_planner.cli.main import main
out, sys.stdout = sys.stdout, io.StringIO()
main(["check", sys.argv[1], *{args!r}])
sys.stdout = out
print(sorted({NOT_ON_THE_CHECK_PATH - allowed!r} & (set(sys.modules) - before)))
print(sorted({NOT_ON_THE_CHECK_PATH!r} & before))
"""
    sample = Path(__file__).resolve().parents[2] / "examples" / "strategic-partnership-school-2019-eligible.json"
    path = os.pathsep.join([str(Path(__file__).resolve().parents[2]), sysconfig.get_paths()["purelib"]])
    env = {**os.environ, "PYTHONPATH": path}
    result = subprocess.run([sys.executable, "-S", "-c", code, str(sample)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    imported, at_start = result.stdout.splitlines()
    assert at_start == "[]"  # the probe is not blind: none of them was there before the check
    assert imported == "[]"


# Words a command line for check / suggest may be made of: plain ones, and every kind that
# argparse reads in its own way (abbreviations, "=", "--", "-", negative numbers, empty words).
WORDS = ["plan.json", "b.json", "--json", "--lang", "de", "DE", "Tr", "xx", "--lang=de", "--js", "--l", "-h", "--help",
         "--", "-", "-1", "", "--json=1", "check"]


def plain_cases() -> list[list[str]]:
    from itertools import permutations

    cases = []
    for size in range(5):
        cases.extend(list(p) for p in permutations(WORDS, size) if size < 4 or "--lang" in p)
    return cases


def test_plain_check_and_suggest_are_read_as_argparse_reads_them(capsys: pytest.CaptureFixture[str]) -> None:
    from erasmus_planner.cli import check_commands

    parsers = {command: build_parser(command) for command in ("check", "suggest")}
    plain_read = 0
    for command in ("check", "suggest"):
        for rest in plain_cases():
            words = [command, *rest]
            plain = check_commands.plain_arguments(words)
            if plain is None:
                continue  # argparse reads it: nothing to compare
            plain_read += 1
            try:
                expected = vars(parsers[command].parse_args(words))
            except SystemExit:
                raise AssertionError(f"read plainly, refused by argparse: {words}") from None
            assert vars(plain) == expected, words
    capsys.readouterr()
    assert plain_read > 300


@pytest.mark.parametrize(
    "words",
    [["check", "p.json"], ["check", "--lang", "DE", "p.json", "--json"], ["suggest", "p.json", "--json"], ["check", "p.json", "--lang", "tr"]],
)
def test_the_usual_command_lines_are_read_plainly(words: list[str]) -> None:
    from erasmus_planner.cli import check_commands

    assert check_commands.plain_arguments(words) is not None
