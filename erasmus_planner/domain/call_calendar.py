"""The deadlines of every action of one call year: ``erasmus-planner calls`` and Help ▸ Call Calendar.

One row per action and route, with the fields and lots that share the same deadlines and the
same way to submit (Cooperation Partnerships: one row for the National Agency route, one for
European NGOs; Strategic Partnerships: education and training, and youth with its rounds).
"""

from __future__ import annotations

from erasmus_planner.domain.calls import EUROPEAN_NGO, Deadline, Submission, call_facts
from erasmus_planner.domain.catalogue import ActionDef, load_catalogue
from erasmus_planner.domain.values import Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

_set = object.__setattr__
FIRST_ENGO_CALL_YEAR = 2021  # the European-NGO route exists from the 2021 call


class CalendarRow(Value):
    __slots__ = _fields = ("action", "code", "fields", "lots", "call_year", "route", "deadlines", "submission")

    action: str
    code: str
    fields: tuple[str, ...]
    lots: tuple[str, ...]
    call_year: int
    route: str | None
    deadlines: tuple[Deadline, ...]
    submission: Submission | None

    def __init__(
        self,
        action: str,
        code: str,
        fields: tuple[str, ...],
        lots: tuple[str, ...],
        call_year: int,
        route: str | None,
        deadlines: tuple[Deadline, ...],
        submission: Submission | None,
    ) -> None:
        _set(self, "action", action)
        _set(self, "code", code)
        _set(self, "fields", fields)
        _set(self, "lots", lots)
        _set(self, "call_year", call_year)
        _set(self, "route", route)
        _set(self, "deadlines", deadlines)
        _set(self, "submission", submission)

    def to_json(self) -> dict[str, Any]:
        """spec/plan-format.md §4.2: ``field`` / ``lot`` name the one field or lot of the row, or
        are null when the row stands for several (listed in ``fields`` / ``lots``) or none."""
        return {
            "action": self.action,
            "field": self.fields[0] if len(self.fields) == 1 else None,
            "lot": self.lots[0] if len(self.lots) == 1 else None,
            "call_year": self.call_year,
            "deadlines": [d.to_json() for d in self.deadlines],
            "submit_via": self.submission.via if self.submission else None,
            "code": self.code,
            "fields": list(self.fields),
            "lots": list(self.lots),
            "route": self.route,
            "submission": self.submission.to_json() if self.submission else None,
        }


def _code(action: ActionDef, fields: tuple[str, ...]) -> str:
    if not fields or set(fields) == set(action.fields):
        return action.code_for(None)
    codes = dict.fromkeys(action.code_for(f) for f in fields)
    return "/".join(codes)


def action_rows(action: ActionDef, year: int) -> list[CalendarRow]:
    """The rows of one action in one call year (none when the action is not open in it)."""
    if year not in action.years:
        return []
    routes: tuple[str | None, ...] = (None,)
    if action.european_ngo_route and year >= FIRST_ENGO_CALL_YEAR:
        routes = (None, EUROPEAN_NGO)
    lots: tuple[str | None, ...] = tuple(lot.id for lot in action.lots_in(year)) or (None,)
    rows: list[CalendarRow] = []
    for route in routes:
        # (deadlines, submission) → the fields and lots that share them, in the action's order
        groups: dict[tuple[Any, ...], tuple[list[str], list[str]]] = {}
        for field in action.fields or (None,):
            for lot in lots:
                facts = call_facts(action.id, field, lot, year, route)
                fields, lot_ids = groups.setdefault((facts.deadlines, facts.submission), ([], []))
                if field is not None and field not in fields:
                    fields.append(field)
                if lot is not None and lot not in lot_ids:
                    lot_ids.append(lot)
        for (deadlines, submission), (fields, lot_ids) in groups.items():
            rows.append(
                CalendarRow(action.id, _code(action, tuple(fields)), tuple(fields), tuple(lot_ids), year, route, deadlines, submission)
            )
    return rows


def calendar(year: int, action_id: str | None = None) -> list[CalendarRow]:
    """Every deadline of the call year, action by action in the catalogue's order (one action
    with ``action_id``), each row's rounds in date order."""
    catalogue = load_catalogue()
    actions = [catalogue.action(action_id)] if action_id else list(catalogue.actions.values())
    return [row for action in actions for row in action_rows(action, year)]
