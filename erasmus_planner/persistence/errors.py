"""Kinds of PlanError the storage layer tells apart: a caller may overwrite a damaged file when
saving, but never someone else's file or a newer document it cannot read back."""

from __future__ import annotations

from erasmus_planner.domain.errors import PlanError


class NotOurFile(PlanError):
    """Something else (not SQLite, or another program's SQLite database): never overwritten."""


class DamagedFile(PlanError):
    """A plan document or an empty file that cannot be read back (truncated, corrupted)."""


class FileTooNew(PlanError):
    """Written by a newer version of the planner: refused, and never overwritten."""
