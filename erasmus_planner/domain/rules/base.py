"""What an evaluator receives (``Context``) and returns (``Outcome``), and the registry of
rule kinds the family modules fill with ``@kind("…")``.

An evaluator returns an ``Outcome`` (passed or not, the values its message needs, the partners
involved, how much is missing) or ``None`` when it has nothing to say about this plan (a duplicate
check on a plan without duplicates, an ECHE rule with no university in the consortium).
The registry is complete once ``erasmus_planner.domain.rule_kinds`` has imported every family.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from erasmus_planner.domain.catalogue import ActionDef
from erasmus_planner.domain.consortium import Consortium
from erasmus_planner.domain.report import Finding
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.wording import ENGLISH, Wording

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any

# Catalogue context of the fragments built by the rule kinds (see domain/wording.py).
FINDINGS = "findings"


_set = object.__setattr__


class Context(Value):
    __slots__ = _fields = ("consortium", "action", "year", "field", "lot", "variant", "params", "prior", "wording")

    consortium: Consortium
    action: ActionDef
    year: int
    field: str | None
    lot: str | None
    variant: str | None
    params: Mapping[str, Any]
    prior: Sequence[Finding]  # findings of the rules evaluated before this one
    wording: Wording  # the language the values are written in

    def __init__(
        self,
        consortium: Consortium,
        action: ActionDef,
        year: int,
        field: str | None,
        lot: str | None,
        variant: str | None,
        params: Mapping[str, Any],
        prior: Sequence[Finding] = (),
        wording: Wording = ENGLISH,
    ) -> None:
        _set(self, "consortium", consortium)
        _set(self, "action", action)
        _set(self, "year", year)
        _set(self, "field", field)
        _set(self, "lot", lot)
        _set(self, "variant", variant)
        _set(self, "params", params)
        _set(self, "prior", prior)
        _set(self, "wording", wording)

    def tr(self, text: str) -> str:
        """A fragment of a finding in the context's language."""
        return self.wording.tr(text, FINDINGS)

    def trn(self, singular: str, plural: str, n: int) -> str:
        return self.wording.trn(singular, plural, n, FINDINGS)


class Outcome(Value):
    __slots__ = _fields = ("passed", "values", "partners", "shortfall", "status")

    passed: bool
    values: dict[str, Any]
    partners: tuple[str, ...]
    shortfall: int
    status: str | None  # overrides the rule's failure status (e.g. warn when unsure)

    def __init__(
        self,
        passed: bool,
        values: dict[str, Any] | None = None,
        partners: tuple[str, ...] = (),
        shortfall: int = 0,
        status: str | None = None,
    ) -> None:
        _set(self, "passed", passed)
        _set(self, "values", {} if values is None else values)
        _set(self, "partners", partners)
        _set(self, "shortfall", shortfall)
        _set(self, "status", status)


Evaluator = Callable[[Context], Outcome | None]
KINDS: dict[str, Evaluator] = {}


def kind(name: str) -> Callable[[Evaluator], Evaluator]:
    """Register the decorated evaluator as the rule kind ``name`` (the ``kind`` of the rules' TOML)."""

    def register(fn: Evaluator) -> Evaluator:
        KINDS[name] = fn
        return fn

    return register


def shared(ctx: Context, key: str, compute: Callable[[Context], Outcome | None]) -> Outcome | None:
    """An outcome that depends only on the partners, the call year and the language, worked out
    once per ``suggest`` (every action tried shares it) rather than once per action."""
    return ctx.consortium.fact(f"{key}:{ctx.wording.language}", lambda: compute(ctx))
