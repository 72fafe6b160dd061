"""What each kind of rule checks. Rules (data) name a kind and give it parameters.

The kinds live in ``domain/rules/``, one module per family of rule (counts, partner types,
applicant, partner countries, charters, call choices, partner identifiers, durations); importing
this module loads every family, so ``KINDS`` maps each kind the rules' TOML may name to its
evaluator. The engine (``domain/eligibility.py``) and the window import from here.
"""

from __future__ import annotations

# Each family registers its kinds in base.KINDS as it is imported (``@kind("…")``).
from erasmus_planner.domain.rules import (  # noqa: F401
    applicant,
    call_choices,
    charters,
    counts,
    durations,
    partner_countries,
    partner_identifiers,
    partner_types,
)
from erasmus_planner.domain.rules.base import KINDS, Context, Evaluator, Outcome, kind
from erasmus_planner.domain.rules.partner_identifiers import (
    IDENTIFIER_PROBLEMS,
    identifier_problem_text,
    required_identifier,
)

__all__ = [
    "IDENTIFIER_PROBLEMS",
    "KINDS",
    "Context",
    "Evaluator",
    "Outcome",
    "identifier_problem_text",
    "kind",
    "required_identifier",
]
