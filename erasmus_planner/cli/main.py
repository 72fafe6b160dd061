"""Entry point of ``erasmus-planner``: parses the command and turns every error into one line.

Each command lives in its own module with ``register(subparsers)``; modules import only the
domain at top level and load Qt or ReportLab inside the handler that needs them, so ``check``
stays fast and works on a machine without a display. The parser itself is in ``parsing.py``;
``check`` and ``suggest`` written plainly do not need it.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

from erasmus_planner.cli import EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_UNEXPECTED
from erasmus_planner.domain.errors import PlanError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    import argparse
    from typing import NoReturn

# Commands that, run as a process of their own, read a plan, print and end (see _short_process).
SHORT_COMMANDS = frozenset({"check", "suggest"})
# What a file manager runs for a plan (``erasmus-planner plan.epplan``) is taken as ``open``.
PLAN_SUFFIXES = (".epplan", ".json")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser (``cli/parsing.py``): every command, or with ``command`` only
    the commands of that command's module."""
    from erasmus_planner.cli import parsing

    return parsing.build_parser(command)


def _in_language(error: PlanError, language: str | None) -> str:
    """With ``--lang de`` the problem is said in German too, like the report it stands for;
    English when no language is asked for, or when the language itself is the problem."""
    if not language:
        return str(error)
    from erasmus_planner.domain.wording import Wording

    try:
        return error.text(Wording(language))
    except PlanError:
        return str(error)


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    words = sys.argv[1:] if argv is None else list(argv)
    if words and words[0] in ("check", "suggest"):
        # The plain spellings of the commands every coordinator runs, read without argparse
        # (~4 ms of importing and building parsers); anything else goes to argparse below.
        from erasmus_planner.cli.check_commands import plain_arguments

        plain = plain_arguments(words)
        if plain is not None:
            return plain
    from erasmus_planner.cli.parsing import COMMAND_MODULE, build_parser

    # A command first: only its module's parsers. Otherwise (--help, --version, no command, an
    # unknown one) every command's.
    if words and words[0] not in COMMAND_MODULE and _names_a_plan(words[0]):
        words = ["open", *words]
    parser = build_parser(words[0] if words and words[0] in COMMAND_MODULE else None)
    args = parser.parse_args(words)
    if args.command is None:
        args = parser.parse_args(["open", *words])
    return args


def _names_a_plan(word: str) -> bool:
    """A first word that is a plan file rather than a command: one ending in a plan's extension,
    or a file: URL (a file manager's %u), whether or not it exists (``open`` then says why it
    cannot be opened); a word that is neither stays a mistyped command."""
    return word.lower().endswith(PLAN_SUFFIXES) or word.startswith("file:")


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None and sys.argv[1:2] and sys.argv[1] in SHORT_COMMANDS:
        _end_process(_short_process(sys.argv[1:]))
    args = _arguments(argv)
    try:
        return int(args.handler(args) or 0)
    except PlanError as exc:
        print(f"erasmus-planner: {_in_language(exc, getattr(args, 'lang', None))}", file=sys.stderr)
        return int(getattr(exc, "exit_code", EXIT_BAD_INPUT))  # workspace errors: 3, 5, 6 (spec §4.4)
    except KeyboardInterrupt:
        print("erasmus-planner: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback in front of a user
        if os.environ.get("ERASMUS_PLANNER_DEBUG"):
            raise
        from erasmus_planner.services import crash_log

        log = crash_log.write(exc, context=f"erasmus-planner {getattr(args, 'command', None) or ''}".strip())
        print(crash_log.one_line(exc, log), file=sys.stderr)
        return EXIT_UNEXPECTED


def _short_process(words: list[str]) -> int:
    """``check`` or ``suggest`` as the process's own command (the ``erasmus-planner`` script,
    ``python -m erasmus_planner``), with the cyclic garbage collector off: the process builds
    some 100,000 objects (the plan, the rules, the report), keeps nearly all of them until it
    ends and makes no cycles worth collecting, so the ~20 collections it would run find nothing
    and cost ~3 ms of a ~40 ms process. Called with arguments (tests, the window's fallback),
    ``main`` keeps the collector on."""
    gc.disable()
    return main(words)


def _end_process(code: int) -> NoReturn:
    """End a short process as soon as its output is written: without tearing down every module
    and object first (~6 ms, as long as the check itself), which nothing needs here — these
    commands hold no lock, write no file and register nothing to run at exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (``| head``), as in main: not an error
        code = 0
    except OSError as exc:  # a full disk, a closed descriptor: said in one line, as every error
        print(f"erasmus-planner: the output could not be written ({exc.strerror or exc})", file=sys.stderr)
        code = EXIT_BAD_INPUT
    try:
        sys.stderr.flush()
    except OSError:
        pass
    os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
