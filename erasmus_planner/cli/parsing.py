"""The command line's argparse parser: every command, or only the one being run.

Kept apart from ``main`` so that ``check PLAN`` and ``suggest PLAN`` in their plain spellings
(``check_commands.plain_arguments``) run without importing argparse at all.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Any

from erasmus_planner import __version__
from erasmus_planner.cli import EXIT_BAD_INPUT

# Command modules, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "erasmus_planner.cli.open_command",
    "erasmus_planner.cli.check_commands",
    "erasmus_planner.cli.agency_commands",
    "erasmus_planner.cli.calls_command",
    "erasmus_planner.cli.export_command",
    "erasmus_planner.cli.convert_command",
    "erasmus_planner.cli.directory_commands",
    "erasmus_planner.cli.funded_commands",
    "erasmus_planner.cli.screenshot_command",
    "erasmus_planner.cli.workspace_commands",
    "erasmus_planner.cli.desktop_commands",
)
# The module that registers each command. A command line that starts with one of these builds
# only that module's parsers: the same parser for that command (its arguments, help and error
# messages do not depend on the other commands), without importing and building the other
# commands (~4 ms of every ``check``). tests/cli/test_command_parsers.py keeps this table true.
COMMAND_MODULE: dict[str, str] = {
    "open": "erasmus_planner.cli.open_command",
    "check": "erasmus_planner.cli.check_commands",
    "suggest": "erasmus_planner.cli.check_commands",
    "agency": "erasmus_planner.cli.agency_commands",
    "actions": "erasmus_planner.cli.agency_commands",
    "calls": "erasmus_planner.cli.calls_command",
    "export": "erasmus_planner.cli.export_command",
    "convert": "erasmus_planner.cli.convert_command",
    "directory": "erasmus_planner.cli.directory_commands",
    "import-partners": "erasmus_planner.cli.directory_commands",
    "screenshot": "erasmus_planner.cli.screenshot_command",
    "workspace": "erasmus_planner.cli.workspace_commands",
    "audit": "erasmus_planner.cli.funded_commands",
    "candidates": "erasmus_planner.cli.funded_commands",
    "new": "erasmus_planner.cli.funded_commands",
    "install-desktop": "erasmus_planner.cli.desktop_commands",
    "uninstall-desktop": "erasmus_planner.cli.desktop_commands",
}


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil (and zlib, bz2 and lzma
    with it, ~2 ms of every command): COLUMNS when it is a positive number, else the width of
    the terminal on standard output, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, measuring the terminal as argparse does but without shutil (argparse
    makes one for every option it registers, to check its metavar)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None) -> None:
        if width is None:
            width = _terminal_columns() - 2  # what HelpFormatter does when no width is given
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        # Exactly one line, exit 2, like every other bad input (argparse would add the usage
        # block above it); the line says where the usage is.
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser; with ``command`` (a key of ``COMMAND_MODULE``), one that
    knows only the commands of that command's module (the whole one if that module is absent)."""
    parser = _Parser(
        prog="erasmus-planner",
        description=(
            "Plan Erasmus+ Key Action 2 consortia offline: check a consortium against its action's rules, "
            "see which agency the application goes to, and export a briefing. "
            "Without a command, opens the desktop application."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in (COMMAND_MODULE[command],) if command is not None else COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a command still being built is simply absent
            raise
        module.register(sub)
    if command is not None and command not in sub.choices:
        return build_parser()
    return parser
