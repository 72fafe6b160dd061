"""Days and Brussels local times, for the call deadlines (domain/calls.py).

Plain values rather than ``datetime``: a ``check`` process reports the plan's call without
importing ``datetime`` or ``zoneinfo`` (about 4 ms). ``day_number`` is ``date.toordinal``;
tests/domain/test_calls.py holds the two to each other. Only ``brussels_offset`` asks the real
Europe/Brussels time zone, and it runs when the TOML snapshot is built or a calls file was
edited since.
"""

from __future__ import annotations

import time

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.values import Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on the check path
if TYPE_CHECKING:
    from typing import Final

TIME_ZONE: Final = "Europe/Brussels"

_set = object.__setattr__


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if _leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def day_number(year: int, month: int, day: int) -> int:
    """``datetime.date(year, month, day).toordinal()``, without importing datetime."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + (month > 2 and _leap(year)) + day


class Day(Value):
    """A calendar date (what ``Wording.date`` writes out: it reads year, month and day)."""

    __slots__ = _fields = ("year", "month", "day")

    year: int
    month: int
    day: int

    def __init__(self, year: int, month: int, day: int) -> None:
        if not (1 <= month <= 12 and 1 <= day <= days_in_month(year, month)):
            raise ValueError(f"{year:04d}-{month:02d}-{day:02d} is not a date")
        _set(self, "year", year)
        _set(self, "month", month)
        _set(self, "day", day)

    @property
    def number(self) -> int:
        return day_number(self.year, self.month, self.day)

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()


def today() -> Day:
    """Today's date where the planner runs (the local calendar day)."""
    now = time.localtime()
    return Day(now.tm_year, now.tm_mon, now.tm_mday)


def parse_day(text: str, *, option: str = "--today") -> Day:
    """``YYYY-MM-DD`` (the form of ``--today``); anything else is a PlanError saying so."""
    parts = text.strip().split("-")
    if len(parts) == 3 and [len(p) for p in parts] == [4, 2, 2] and all(p.isascii() and p.isdigit() for p in parts):
        try:
            return Day(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            pass
    raise PlanError("{option}: {value!r} is not a date; write it as YYYY-MM-DD, for example 2026-03-05", option=option, value=text)


def brussels_offset(day: Day, hour: int, minute: int) -> str:
    """The UTC offset of Brussels local time on that day at that time, as ``+01:00`` / ``+02:00``."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    offset = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(TIME_ZONE)).utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class Moment(Value):
    """A Brussels local time with the UTC offset of its day."""

    __slots__ = _fields = ("day", "hour", "minute", "offset")

    day: Day
    hour: int
    minute: int
    offset: str

    def __init__(self, day: Day, hour: int, minute: int, offset: str) -> None:
        _set(self, "day", day)
        _set(self, "hour", hour)
        _set(self, "minute", minute)
        _set(self, "offset", offset)

    @property
    def clock(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"

    def iso(self) -> str:
        return f"{self.day.iso()}T{self.clock}:00{self.offset}"


def parse_local(text: str) -> tuple[Day, int, int]:
    """``"2022-03-23 12:00"`` (Brussels local time) → its day, hour and minute; ValueError otherwise."""
    try:
        date_part, clock = text.split(" ")
        hour, minute = (int(x) for x in clock.split(":"))
        day = parse_day(date_part)
    except (ValueError, PlanError) as exc:
        raise ValueError(f"{text!r} is not a Brussels local time written 'YYYY-MM-DD HH:MM'") from exc
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(f"{text!r} has no such time of day")
    return day, hour, minute
