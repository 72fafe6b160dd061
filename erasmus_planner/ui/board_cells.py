"""What the Team Board shows in each cell of a plan's row: short enough for a 1024-pixel projector
at presentation size, with everything left out in the cell's tooltip.

A verdict is one badge word ("Eligible", "Not eligible (3)") whose tooltip lists what fails;
times are compact ("today 14:05", "3 Dec"), the full moment in the tooltip; a cell holds at most
two lines (the board's rows are two lines high).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate

# Column order (the board's headings are in the same order).
NAME, ACTION, VERDICT, AGENCY, DEADLINE, SAVED = range(6)


def headings() -> list[str]:
    return [
        translate("MainWindow", "Team plan"), translate("MainWindow", "Action, year"), translate("MainWindow", "Verdict"),
        translate("MainWindow", "Agency"), translate("MainWindow", "Deadline"), translate("MainWindow", "Last saved"),
    ]


def heading_tips() -> list[str]:
    """What a short heading means, in its tooltip."""
    return [
        "", "", translate("MainWindow", "Whether the plan meets the action's rules today (the rules not met in the tooltip)"),
        translate("MainWindow", "The National Agency or EACEA the application goes to"),
        translate("MainWindow", "Next deadline"), translate("MainWindow", "Last saved, or who is editing the plan now"),
    ]


@dataclass(frozen=True)
class Cell:
    text: str
    tooltip: str = ""
    status: str | None = None  # the verdict's badge: "pass", "fail" or "info"


def row_cells(row: Any, action_name: str, language: str, now: datetime.datetime) -> list[Cell]:
    """The six cells of one board row, ``now`` being the board's reading time (local)."""
    info, summary = row.info, row.info.summary
    title = summary.title if summary.title and summary.title != info.name else ""
    name = Cell(f"{info.name}\n{title}" if title else info.name, f"{info.name}\n{title}" if title else info.name)
    action = f"{action_name} {summary.call_year}"
    agency = (row.agency["acronym"] or row.agency["name"]) if row.agency else "—"
    agency_tip = f"{row.agency['name']} ({row.agency['country']})" if row.agency and row.agency.get("name") else ""
    return [name, Cell(action, action), verdict_cell(row), Cell(agency, agency_tip), deadline_cell(row, language, now), saved_cell(info, language, now)]


def verdict_cell(row: Any) -> Cell:
    if row.problem:
        return Cell(translate("MainWindow", "Unreadable"), translate("MainWindow", "The stored plan cannot be read: {why}").format(why=row.problem), "info")
    if row.eligible:
        return Cell(translate("MainWindow", "Eligible"), translate("MainWindow", "Every rule of the action is met."), "pass")
    failing = "\n".join(f"• {text}" for text in row.failing)
    heading = translate("MainWindow", "Not eligible: %n rule(s) not met", "", row.failures)
    return Cell(translate("MainWindow", "Not eligible ({count})").format(count=row.failures), f"{heading}\n{failing}" if failing else heading, "fail")


def deadline_cell(row: Any, language: str, now: datetime.datetime) -> Cell:
    deadline = row.next_deadline
    if not deadline:
        return Cell("—", translate("MainWindow", "No deadline ahead for this call year"))
    day = datetime.date.fromisoformat(str(deadline["at"])[:10])
    days = int(deadline["days_left"])
    left = translate("MainWindow", "today") if days == 0 else translate("MainWindow", "%n day(s) left", "", days)
    full = translate("MainWindow", "{date} ({days} days)").format(date=day.isoformat(), days=days)
    return Cell(f"{compact_day(day, now.date(), language)}\n{left}", full)


def saved_cell(info: Any, language: str, now: datetime.datetime) -> Cell:
    """Who is editing, when someone is (it matters more than who saved last); else who saved when."""
    if info.lease:
        since = compact_when(info.lease.since, now, language)
        tip = translate("MainWindow", "“{name}” is being edited by {user} since {time}.").format(
            name=info.name, user=info.lease.holder, time=_full(info.lease.since)
        )
        return Cell(f"✎ {info.lease.holder}\n" + translate("MainWindow", "since {when}").format(when=since), tip)
    tip = translate("MainWindow", "{when} by {who}").format(when=_full(info.updated_at), who=info.updated_by)
    return Cell(f"{compact_when(info.updated_at, now, language)}\n{info.updated_by}", tip)


def compact_when(moment: datetime.datetime, now: datetime.datetime, language: str) -> str:
    """A moment as a board reads it: "today 14:05" for today's, else its day ("3 Dec")."""
    local = moment.astimezone(now.tzinfo)
    if local.date() == now.date():
        return translate("MainWindow", "today {time}").format(time=local.strftime("%H:%M"))
    return compact_day(local.date(), now.date(), language)


def compact_day(day: datetime.date, today: datetime.date, language: str) -> str:
    """"3 Dec" in this year, "3 Dec 2027" in another, month names in the board's language."""
    # The formats are translated: German writes "3. Dez.", Turkish "3 Ara".
    form = translate("MainWindow", "d MMM") if day.year == today.year else translate("MainWindow", "d MMM yyyy")
    return QLocale(language).toString(QDate(day.year, day.month, day.day), form)


def _full(moment: datetime.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
