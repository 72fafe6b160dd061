"""One row of a Project Results export as a ``FundedProject``, or what keeps it from being one.

Every cell that stops a row is reported with its row, column, value and what would be valid
(the same ``RowProblem`` as partner lists), and the rest of the row is still checked, so one
pass over a file lists every problem in it. Rows of another programme (the platform's sister
lists share the layout) are skipped, not reported. Countries go through the country layer
(``EL``, ``UK``, ``XK`` and English names included), types through the mapping of
``resources/funded/organisation-types.toml``; both are cached, since a list of 100,000 projects
names the same few hundred values half a million times.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from erasmus_planner.domain import countries, limits
from erasmus_planner.domain.catalogue import Catalogue
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.funded_projects import (
    COORDINATOR,
    ActionRef,
    IDENTIFIER_EXAMPLES,
    PARTNER,
    FundedProject,
    Participant,
    parse_identifier,
    resolve_action,
)
from erasmus_planner.domain.platform_types import type_for
from erasmus_planner.interchange.project_results import Layout
from erasmus_planner.interchange.spreadsheets import RowProblem

FIRST_CALL_YEAR: Final = 2014  # Erasmus+ began with the 2014 call
ERASMUS_PLUS: Final = "erasmus+"
_SPACES: Final = re.compile(r"\s+")
Report = Callable[[int | None, str, Message], None]  # (column index, value, what is wrong)
_COUNTRY_HINT: Final = Message("use a two-letter code such as DE, EL or UK, or an English country name")


def _clean(text: str) -> str:
    """One line, single spaces: an address cell may hold a line break, a title double spaces."""
    return _SPACES.sub(" ", text).strip()


def city_of(address: str) -> str:
    """The town of an address written ``street, postcode, town`` (format.md §3); empty if none."""
    for part in reversed(address.split(",")):
        part = part.strip()
        if part and any(ch.isalpha() for ch in part):
            return part if part != address.strip() else ""
    return ""


class RowReader:
    """Reads the rows of one export (one ``Layout``) into funded projects."""

    def __init__(self, layout: Layout, catalogue: Catalogue) -> None:
        self._layout = layout
        self._catalogue = catalogue
        self._countries: dict[str, str | None] = {}
        self._types: dict[str, str] = {}
        self._addresses: dict[str, tuple[str, str]] = {}
        self._actions: dict[tuple[str, str | None, str], ActionRef] = {}
        self._within: set[tuple[str, str]] = set()
        coordinator = tuple(layout.columns.get(f"coordinator.{field}") for field, _ in _GROUP_FIELDS)
        groups = [(0, coordinator), *((n, tuple(fields.get(header) for _, header in _GROUP_FIELDS)) for n, fields in layout.partners)]
        # (first column, position, column of each field or None): the coordinator, then the
        # partner groups by their first column. A row's groups after its last filled cell are
        # empty, and the loop stops there (a row names five organisations on average and has
        # room for a hundred and one).
        firsts = [(min((i for i in columns if i is not None), default=0), position, columns) for position, columns in groups]
        self._groups: tuple[tuple[int, int, tuple[int | None, ...]], ...] = (firsts[0], *sorted(firsts[1:]))

    def _cell(self, cells: Sequence[str], index: int | None) -> str:
        if index is None or index >= len(cells):
            return ""  # rows may be shorter than the header (format.md §2)
        return cells[index]

    def _column(self, cells: Sequence[str], key: str) -> str:
        return self._cell(cells, self._layout.columns.get(key)).strip()

    def is_other_programme(self, cells: Sequence[str]) -> bool:
        programme = self._column(cells, "programme")
        return bool(programme) and programme.casefold() != ERASMUS_PLUS

    def read(self, number: int, cells: Sequence[str]) -> tuple[FundedProject | None, list[RowProblem]]:
        """The row's project, or None and every problem of the row."""
        problems: list[RowProblem] = []
        layout = self._layout

        def problem(index: int | None, value: str, message: Message) -> None:
            problems.append(RowProblem(row=number, column=layout.header(index) if index is not None else "", value=value, message=message))

        id_index = layout.columns["identifier"]
        identifier_text = self._cell(cells, id_index).strip()
        identifier = parse_identifier(identifier_text) if identifier_text else None
        if not identifier_text:
            problem(id_index, "", Message("the project identifier is empty; every project has one, such as {examples}", examples=IDENTIFIER_EXAMPLES))
        elif identifier is None:
            problem(id_index, identifier_text, Message("no known pattern explains this project identifier; valid identifiers look like {examples}", examples=IDENTIFIER_EXAMPLES))
        year = self._call_year(cells, identifier, problem)
        title = _clean(self._column(cells, "title"))
        try:
            limits.check_field("title", title)
        except PlanError as exc:
            problem(layout.columns.get("title"), title[:77] + "…" if len(title) > 80 else title, exc.message)
        participants = self._participants(cells, problem)
        if problems:
            return None, problems
        assert year is not None and identifier is not None
        action_type = self._column(cells, "action_type")
        key = (identifier.code, identifier.field_code, action_type)
        action = self._actions.get(key)
        if action is None:
            action = self._actions[key] = resolve_action(identifier, action_type, self._catalogue)
        return FundedProject(
            identifier=identifier.text,
            title=title,
            call_year=year,
            action=action,
            key_action=self._column(cells, "key_action"),
            action_type=action_type,
            status=self._column(cells, "status"),
            grant=self._column(cells, "grant"),
            website=self._column(cells, "website"),
            card_url=self._column(cells, "card"),
            topics=self._column(cells, "topics"),
            participants=tuple(participants),
        ), []

    def _call_year(self, cells: Sequence[str], identifier: object, problem: Report) -> int | None:
        index = self._layout.columns.get("call_year")
        text = self._cell(cells, index).strip()
        from_identifier = getattr(identifier, "call_year", None)
        if text:
            if not (text.isdigit() and len(text) == 4 and int(text) >= FIRST_CALL_YEAR):
                problem(index, text, Message("not a call year; a call year has four digits, from {first} on", first=FIRST_CALL_YEAR))
                return None
            if from_identifier is not None and int(text) != from_identifier:
                # The two agree in every real row (format.md §7): one of them was edited wrongly.
                problem(index, text, Message("the project identifier says the call year is {year}; one of the two is wrong", year=from_identifier))
                return None
            return int(text)
        if from_identifier is None and identifier is not None:
            problem(index, "", Message("the call year is empty and the project identifier does not say it; write the year, such as 2023"))
        return from_identifier

    def _participants(self, cells: Sequence[str], problem: Report) -> list[Participant]:
        found: list[Participant] = []
        size = len(cells)
        # The index of the last cell that is not empty, at C speed: rows end in hundreds of empty cells.
        last = "\x00".join(cells).rstrip("\x00").count("\x00")
        for first, position, columns in self._groups:
            if first > last:
                if position:
                    break  # this group and every one after it are empty
                first = 0  # the coordinator: reported below when it has no name
            name_i, type_i, address_i, region_i, country_i, website_i = columns
            values = [cells[i] if i is not None and i < size else "" for i in columns]
            name = " ".join(values[0].split())
            if not name:
                if position == 0:
                    problem(name_i, "", Message("the coordinating organisation has no name"))
                elif any(v.strip() for v in values[1:]):
                    problem(name_i, "", Message("Partner {n} has no name while its other columns are filled", n=position))
                continue
            address, city = self._address(values[2])
            if (name, city) not in self._within and not self._within_limits(name_i, address_i, {"name": name, "city": city}, problem):
                continue
            country_text = values[4].strip()
            country = self._country(country_text)
            if country is None:
                message = Message("not a country; {hint}", hint=_COUNTRY_HINT) if country_text else Message("the country is empty; {hint}", hint=_COUNTRY_HINT)
                problem(country_i, country_text, message)
                continue
            label = " ".join(values[1].split())
            found.append(
                Participant(
                    position, COORDINATOR if position == 0 else PARTNER, name, country, self._type(label), label,
                    address, city, " ".join(values[3].split()), values[5].strip(),
                )
            )
        return found

    def _address(self, text: str) -> tuple[str, str]:
        """The address on one line, and its town (cached: one organisation, many projects)."""
        found = self._addresses.get(text)
        if found is None:
            address = " ".join(text.split())
            found = self._addresses[text] = (address, city_of(address))
        return found

    def _within_limits(self, name_i: int | None, address_i: int | None, values: dict[str, str], problem: Report) -> bool:
        """The documented limits (docs/limits.md) on what may reach a plan: a name or town too
        long or with a broken character is a bad row here, as it is in a partner list."""
        ok = True
        for key, value in values.items():
            try:
                limits.check_field(key, value)
            except PlanError as exc:
                problem(name_i if key == "name" else address_i, value if len(value) <= 80 else value[:77] + "…", exc.message)
                ok = False
        if ok:
            self._within.add((values["name"], values["city"]))
        return ok

    def _country(self, text: str) -> str | None:
        if text not in self._countries:
            self._countries[text] = countries.code_from_text(text) if text else None
        return self._countries[text]

    def _type(self, label: str) -> str:
        found = self._types.get(label)
        if found is None:
            found = self._types[label] = type_for(label)
        return found


# Participant field → its column: ``coordinator.<field>``, or ``Partner N <header>``.
_GROUP_FIELDS: Final = (
    ("name", "name"), ("type", "organisation type"), ("address", "address"), ("region", "region"),
    ("country", "country"), ("website", "website"),
)
