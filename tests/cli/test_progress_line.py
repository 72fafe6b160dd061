"""The progress line of long commands: on a terminal only, rewritten in place, cleared at the end."""

from __future__ import annotations

import io

from erasmus_planner.cli.progress import TerminalProgress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_one_line_rewritten_and_cleared() -> None:
    screen = Terminal()
    progress = TerminalProgress("Writing plan.pdf", screen, every=0)
    for done in range(0, 11):
        progress(done, 10)
    progress.close()
    text = screen.getvalue()
    assert "\n" not in text and text.count("\r") >= 11
    assert "Writing plan.pdf: 50 %" in text and "Writing plan.pdf: 100 %" in text
    assert text.endswith("\r" + " " * len("Writing plan.pdf: 100 %") + "\r")


def test_a_pipe_or_a_file_gets_no_progress_text() -> None:
    pipe = io.StringIO()
    progress = TerminalProgress("Writing plan.pdf", pipe, every=0)
    progress(5, 10)
    progress.close()
    assert pipe.getvalue() == ""


def test_the_line_is_drawn_at_most_a_few_times_a_second() -> None:
    screen = Terminal()
    progress = TerminalProgress("Writing", screen, every=60)
    for done in range(1, 1000):
        progress(done, 1000)
    progress(1000, 1000)  # the end is always shown
    assert screen.getvalue().count("\r") == 2
