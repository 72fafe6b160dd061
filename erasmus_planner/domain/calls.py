"""Call facts: by when, through which form and for how much an application is made.

Per action, field, lot and call year, from ``resources/calls/<action-id>.toml``: each deadline
round (Brussels local time, with its extension if there was one), how to submit, and the grant,
every value with its source and confidence (spec/plan-format.md §4.2).

Deadlines are written in the data as Brussels local time; the UTC offset of that day comes from
the real Europe/Brussels time zone (``zoneinfo``). The TOML snapshot (tools/build_toml_snapshot.py)
holds each deadline's offset as zoneinfo gave it when the snapshot was built, so a ``check``
process, which reports the plan's call, imports neither ``zoneinfo`` nor ``datetime`` (about
4 ms, a tenth of what the process may spend beyond starting Python); an edited file is parsed
and its offsets computed afresh. Days and times are domain/brussels_time.py's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from erasmus_planner.domain.brussels_time import TIME_ZONE, Day, Moment, brussels_offset, parse_local
from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR, load_catalogue
from erasmus_planner.domain.resources import parsed_toml, read_text
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.vocabulary import CONFIDENCES

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on the check path
if TYPE_CHECKING:
    from typing import Any, Final

SUBMIT_VIA: Final[tuple[str, ...]] = ("national-agency-eform", "eacea-eform", "national-agency-form", "funding-tenders-portal")
GRANT_KINDS: Final[tuple[str, ...]] = ("lump-sum", "maximum", "per-unit")
GRANT_PER: Final[tuple[str, ...]] = ("project", "year")
GRANT_UNITS: Final[tuple[str, ...]] = ("school-year",)
# The one route with deadlines of its own: Cooperation Partnerships applied for by European
# NGOs go to the executive agency, with its 17:00 deadlines and the Funding & Tenders Portal.
EUROPEAN_NGO: Final = "european-ngo"
ROUTES: Final[tuple[str, ...]] = (EUROPEAN_NGO,)

_set = object.__setattr__


class CallDataError(ValueError):
    """The shipped call facts are inconsistent (a developer error, caught by the tests)."""


def add_offsets(data: dict[str, Any]) -> dict[str, Any]:
    """Give every deadline of a parsed calls file the UTC offset of its day (``at_offset``,
    ``extended_to_offset``) where it has none yet: the snapshot tool stores them, and a file
    parsed afresh gets them here. Returns ``data``."""
    for i, raw in enumerate(data.get("deadline", ())):
        for key in ("at", "extended_to"):
            if isinstance(raw.get(key), str) and f"{key}_offset" not in raw:
                try:
                    local = parse_local(raw[key])
                except ValueError as exc:
                    raise CallDataError(f"deadline {i + 1}: {exc}") from exc
                raw[f"{key}_offset"] = brussels_offset(*local)
    return data


# --- the facts ---------------------------------------------------------------------------------


class Deadline(Value):
    __slots__ = _fields = ("round", "at", "extended_to", "source", "confidence")

    round: int
    at: Moment
    extended_to: Moment | None
    source: str
    confidence: str

    def __init__(self, round: int, at: Moment, extended_to: Moment | None, source: str, confidence: str) -> None:
        _set(self, "round", round)
        _set(self, "at", at)
        _set(self, "extended_to", extended_to)
        _set(self, "source", source)
        _set(self, "confidence", confidence)

    @property
    def closes(self) -> Moment:
        """When applications close: the extended time if the deadline was extended."""
        return self.extended_to or self.at

    def days_left(self, on: Day) -> int:
        """Whole days from ``on`` to the closing day: 0 on the day itself, negative once past."""
        return self.closes.day.number - on.number

    def to_json(self) -> dict[str, Any]:
        return {
            "round": self.round,
            "at": self.at.iso(),
            "extended_to": self.extended_to.iso() if self.extended_to else None,
            "source": self.source,
            "confidence": self.confidence,
        }


class Submission(Value):
    __slots__ = _fields = ("via", "source", "confidence")

    via: str
    source: str
    confidence: str

    def __init__(self, via: str, source: str, confidence: str) -> None:
        _set(self, "via", via)
        _set(self, "source", source)
        _set(self, "confidence", confidence)

    def to_json(self) -> dict[str, Any]:
        return {"via": self.via, "source": self.source, "confidence": self.confidence}


class Grant(Value):
    """What the EU pays: a lump sum to choose (``amounts_eur``), a maximum (``max_eur`` per
    project or per year; by project length in ``by_duration``; ``per_month_eur`` where the
    maximum grows with the months), or an amount per unit (``amount_eur`` per ``unit``)."""

    __slots__ = _fields = (
        "kind", "amounts_eur", "max_eur", "per", "by_duration", "per_month_eur", "amount_eur", "unit", "source", "confidence",
    )

    kind: str
    amounts_eur: tuple[int, ...]
    max_eur: int | None
    per: str | None
    by_duration: tuple[tuple[int, int], ...]  # (months, max_eur), shortest first
    per_month_eur: int | None
    amount_eur: int | None
    unit: str | None
    source: str
    confidence: str

    def __init__(
        self,
        kind: str,
        source: str,
        confidence: str,
        amounts_eur: tuple[int, ...] = (),
        max_eur: int | None = None,
        per: str | None = None,
        by_duration: tuple[tuple[int, int], ...] = (),
        per_month_eur: int | None = None,
        amount_eur: int | None = None,
        unit: str | None = None,
    ) -> None:
        _set(self, "kind", kind)
        _set(self, "amounts_eur", amounts_eur)
        _set(self, "max_eur", max_eur)
        _set(self, "per", per)
        _set(self, "by_duration", by_duration)
        _set(self, "per_month_eur", per_month_eur)
        _set(self, "amount_eur", amount_eur)
        _set(self, "unit", unit)
        _set(self, "source", source)
        _set(self, "confidence", confidence)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        if self.kind == "lump-sum":
            data["amounts_eur"] = list(self.amounts_eur)
        if self.kind == "per-unit":
            data["amount_eur"] = self.amount_eur
            data["unit"] = self.unit
        if self.max_eur is not None:
            data["max_eur"] = self.max_eur
        elif self.by_duration:
            data["max_eur"] = self.by_duration[-1][1]
        if self.per is not None:
            data["per"] = self.per
        if self.by_duration:
            data["by_duration"] = [{"months": months, "max_eur": amount} for months, amount in self.by_duration]
        if self.per_month_eur is not None:
            data["per_month_eur"] = self.per_month_eur
        data["source"] = self.source
        data["confidence"] = self.confidence
        return data


class CallFacts(Value):
    """The call facts of one action, field, lot and call year, by one route."""

    __slots__ = _fields = ("action", "field", "lot", "call_year", "route", "deadlines", "submission", "grant")

    action: str
    field: str | None
    lot: str | None
    call_year: int
    route: str | None
    deadlines: tuple[Deadline, ...]
    submission: Submission | None
    grant: Grant | None

    def __init__(
        self,
        action: str,
        field: str | None,
        lot: str | None,
        call_year: int,
        route: str | None,
        deadlines: tuple[Deadline, ...],
        submission: Submission | None,
        grant: Grant | None,
    ) -> None:
        _set(self, "action", action)
        _set(self, "field", field)
        _set(self, "lot", lot)
        _set(self, "call_year", call_year)
        _set(self, "route", route)
        _set(self, "deadlines", deadlines)
        _set(self, "submission", submission)
        _set(self, "grant", grant)

    @property
    def submit_via(self) -> str | None:
        return self.submission.via if self.submission else None

    def next_deadline(self, on: Day) -> Deadline | None:
        """The first deadline not yet passed on that day (open all of its closing day), else None."""
        return next((d for d in self.deadlines if d.days_left(on) >= 0), None)

    def to_json(self, on: Day) -> dict[str, Any]:
        upcoming = self.next_deadline(on)
        return {
            "deadlines": [d.to_json() for d in self.deadlines],
            "next_deadline": (
                {"round": upcoming.round, "at": upcoming.closes.iso(), "days_left": upcoming.days_left(on)} if upcoming else None
            ),
            "submit_via": self.submit_via,
            "submission": self.submission.to_json() if self.submission else None,
            "grant": self.grant.to_json() if self.grant else None,
            "route": self.route,
            "time_zone": TIME_ZONE,
            "today": on.iso(),
        }


# --- loading -----------------------------------------------------------------------------------


class _Entry(Value):
    """One ``[[deadline]]``, ``[[submission]]`` or ``[[grant]]`` and where it applies."""

    __slots__ = _fields = ("first", "last", "fields", "lots", "route", "value")

    first: int
    last: int
    fields: frozenset[str] | None
    lots: frozenset[str] | None
    route: str | None
    value: Any

    def __init__(self, first: int, last: int, fields: frozenset[str] | None, lots: frozenset[str] | None, route: str | None, value: Any) -> None:
        _set(self, "first", first)
        _set(self, "last", last)
        _set(self, "fields", fields)
        _set(self, "lots", lots)
        _set(self, "route", route)
        _set(self, "value", value)

    def applies(self, year: int, field: str | None, lot: str | None, route: str | None) -> bool:
        return (
            self.first <= year <= self.last
            and self.route == route
            and (self.fields is None or field in self.fields)
            and (self.lots is None or lot in self.lots)
        )


class _ActionCalls(Value):
    __slots__ = _fields = ("deadlines", "submissions", "grants")

    deadlines: tuple[_Entry, ...]
    submissions: tuple[_Entry, ...]
    grants: tuple[_Entry, ...]

    def __init__(self, deadlines: tuple[_Entry, ...], submissions: tuple[_Entry, ...], grants: tuple[_Entry, ...]) -> None:
        _set(self, "deadlines", deadlines)
        _set(self, "submissions", submissions)
        _set(self, "grants", grants)


def _where(raw: Mapping[str, Any], action_id: str, where: str) -> tuple[int, int, frozenset[str] | None, frozenset[str] | None, str | None]:
    action = load_catalogue().action(action_id)
    if "year" in raw:
        first = last = raw["year"]
    else:
        first, last = raw["years"]
    if not (isinstance(first, int) and isinstance(last, int) and FIRST_YEAR <= first <= last <= LAST_YEAR):
        raise CallDataError(f"{where}: call years must lie within {FIRST_YEAR}-{LAST_YEAR}, first before last")
    if not (action.years.first <= first and last <= action.years.last):
        raise CallDataError(f"{where}: {action.name} are open only in the calls {action.years}")
    fields = frozenset(raw["fields"]) if "fields" in raw else None
    if fields is not None and not fields <= set(action.fields):
        raise CallDataError(f"{where}: fields {sorted(fields - set(action.fields))} are not fields of {action.name}")
    lots = frozenset(raw["lots"]) if "lots" in raw else None
    if lots is not None and not lots <= {lot.id for lot in action.lots}:
        raise CallDataError(f"{where}: lots {sorted(lots - {lot.id for lot in action.lots})} are not lots of {action.name}")
    route = raw.get("route")
    if route is not None and (route not in ROUTES or not action.european_ngo_route):
        raise CallDataError(f"{where}: route {route!r} is not a route of {action.name}")
    if raw.get("confidence") not in CONFIDENCES or not isinstance(raw.get("source"), str) or not raw["source"]:
        raise CallDataError(f"{where}: needs a source and a confidence ({', '.join(CONFIDENCES)})")
    return first, last, fields, lots, route


def _moment(raw: Mapping[str, Any], key: str, where: str) -> Moment:
    try:
        day, hour, minute = parse_local(raw[key])
    except ValueError as exc:
        raise CallDataError(f"{where}: {exc}") from exc
    return Moment(day, hour, minute, raw[f"{key}_offset"])


def _grant(raw: Mapping[str, Any], where: str) -> Grant:
    kind = raw["kind"]
    if kind not in GRANT_KINDS:
        raise CallDataError(f"{where}: kind {kind!r} is not one of {', '.join(GRANT_KINDS)}")
    per = raw.get("per")
    if per is not None and per not in GRANT_PER:
        raise CallDataError(f"{where}: per {per!r} is not one of {', '.join(GRANT_PER)}")
    by_duration = tuple(sorted((int(t["months"]), int(t["max_eur"])) for t in raw.get("by_duration", ())))
    amounts = tuple(int(a) for a in raw.get("amounts_eur", ()))
    if kind == "lump-sum" and not amounts:
        raise CallDataError(f"{where}: a lump sum needs amounts_eur")
    if kind == "maximum" and raw.get("max_eur") is None and not by_duration:
        raise CallDataError(f"{where}: a maximum needs max_eur or by_duration")
    if kind == "per-unit" and (raw.get("amount_eur") is None or raw.get("unit") not in GRANT_UNITS):
        raise CallDataError(f"{where}: an amount per unit needs amount_eur and a unit ({', '.join(GRANT_UNITS)})")
    return Grant(
        kind=kind,
        source=raw["source"],
        confidence=raw["confidence"],
        amounts_eur=amounts,
        max_eur=raw.get("max_eur"),
        per=per,
        by_duration=by_duration,
        per_month_eur=raw.get("per_month_eur"),
        amount_eur=raw.get("amount_eur"),
        unit=raw.get("unit"),
    )


def _parse(action_id: str, data: Mapping[str, Any], file: str) -> _ActionCalls:
    deadlines, submissions, grants = [], [], []
    for i, raw in enumerate(data.get("deadline", ()), start=1):
        where = f"{file}: deadline {i}"
        first, last, fields, lots, route = _where(raw, action_id, where)
        at = _moment(raw, "at", where)
        extended = _moment(raw, "extended_to", where) if "extended_to" in raw else None
        if extended is not None and extended.day.number <= at.day.number:
            raise CallDataError(f"{where}: extended_to must come after at")
        deadline = Deadline(0, at, extended, raw["source"], raw["confidence"])
        deadlines.append(_Entry(first, last, fields, lots, route, deadline))
    for i, raw in enumerate(data.get("submission", ()), start=1):
        where = f"{file}: submission {i}"
        first, last, fields, lots, route = _where(raw, action_id, where)
        if raw.get("via") not in SUBMIT_VIA:
            raise CallDataError(f"{where}: via must be one of {', '.join(SUBMIT_VIA)}")
        submissions.append(_Entry(first, last, fields, lots, route, Submission(raw["via"], raw["source"], raw["confidence"])))
    for i, raw in enumerate(data.get("grant", ()), start=1):
        where = f"{file}: grant {i}"
        first, last, fields, lots, route = _where(raw, action_id, where)
        grants.append(_Entry(first, last, fields, lots, route, _grant(raw, where)))
    for what, entries in (("submission", submissions), ("grant", grants)):
        for i, a in enumerate(entries):
            for b in entries[i + 1 :]:
                if _overlap(a, b):
                    raise CallDataError(f"{file}: two {what} entries apply to the same call ({a.first}-{a.last}, {b.first}-{b.last})")
    return _ActionCalls(tuple(deadlines), tuple(submissions), tuple(grants))


def _overlap(a: _Entry, b: _Entry) -> bool:
    """Whether some call (year, field, lot, route) is covered by both entries."""
    def meet(x: frozenset[str] | None, y: frozenset[str] | None) -> bool:
        return x is None or y is None or bool(x & y)

    return a.first <= b.last and b.first <= a.last and a.route == b.route and meet(a.fields, b.fields) and meet(a.lots, b.lots)


@cache
def _action_calls(action_id: str) -> _ActionCalls:
    file = f"{action_id}.toml"
    try:
        text = read_text("calls", file)
    except FileNotFoundError:  # an action with no call facts recorded yet
        return _ActionCalls((), (), ())
    try:
        data = parsed_toml(f"calls/{file}", text)
        return _parse(action_id, add_offsets(data), f"calls/{file}")
    except CallDataError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"missing key {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
        raise CallDataError(f"calls/{file}: malformed entry ({what})") from exc


def _one(entries: Iterable[_Entry], key: tuple[Any, ...]) -> Any:
    """The value of the entry that applies (loading made sure there is at most one)."""
    return next((e.value for e in entries if e.applies(*key)), None)


def call_facts(action_id: str, field: str | None, lot: str | None, call_year: int, route: str | None = None) -> CallFacts:
    """The deadlines, submission and grant of one action, field, lot and call year (by the
    European-NGO route when ``route`` says so). Facts not recorded are empty or None."""
    calls = _action_calls(action_id)
    key = (call_year, field, lot, route)
    found = sorted((e.value for e in calls.deadlines if e.applies(*key)), key=lambda d: (d.at.day.number, d.at.hour, d.at.minute))
    deadlines = tuple(d.replace(round=i) for i, d in enumerate(found, start=1))
    # The grant does not depend on the route: the same action pays the same by either.
    grant = _one(calls.grants, (call_year, field, lot, None))
    return CallFacts(
        action=action_id,
        field=field,
        lot=lot,
        call_year=call_year,
        route=route,
        deadlines=deadlines,
        submission=_one(calls.submissions, key),
        grant=grant,
    )
