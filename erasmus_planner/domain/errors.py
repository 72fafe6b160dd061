"""Errors the domain raises for input a user can correct."""

from __future__ import annotations


class PlanError(ValueError):
    """A plan (or a piece of one) is not valid; the message says what would be."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)
        self.detail = message
