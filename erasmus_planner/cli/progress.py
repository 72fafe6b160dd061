"""A progress line on standard error while a long command works (``export`` of a large plan).

Drawn only when standard error is a terminal: a script or a pipe gets no progress text, only
the command's usual output. One line, rewritten at most four times a second, cleared at the end.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class TerminalProgress:
    """``progress(done, total)`` as "Writing the briefing: 42 % (page 120 of 286)"-style lines."""

    def __init__(self, what: str, stream: TextIO | None = None, *, every: float = 0.25) -> None:
        self.what = what
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self._shown = 0.0
        self._width = 0
        try:
            self.active = self.stream.isatty()
        except (AttributeError, ValueError):
            self.active = False

    def __call__(self, done: int, total: int) -> None:
        if not self.active or total <= 0:
            return
        now = time.monotonic()
        if now - self._shown < self.every and done < total:
            return
        self._shown = now
        line = f"{self.what}: {100 * done // total} %"
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def close(self) -> None:
        """Clear the line, so that what the command prints next starts clean."""
        if self.active and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
