"""Every command's --help reads the same way: one metavar and the same list for a language."""

from __future__ import annotations

import pytest

from erasmus_planner.cli.main import build_parser, main

COMMANDS_WITH_LANG = ("check", "suggest", "export", "screenshot", "open")


@pytest.mark.parametrize("command", COMMANDS_WITH_LANG)
def test_every_lang_option_is_spelled_alike(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--lang LANG" in text
    assert "en, de, fr, tr" in text


def test_every_command_has_a_description():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name, sub in commands.items():
        assert sub.description and sub.description.endswith("."), name
