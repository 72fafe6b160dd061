"""The agency resolver: which agency a KA2 application is submitted to, and why.

The agency is derived, never typed in (architecture, "Decisions already taken"): a centralised
action goes to the executive agency in Brussels; a decentralised one goes to the National Agency of
the applicant's country that is responsible for the field in that call year, and in Belgium to the
agency of the applicant's language community. The facts live in ``resources/agencies.csv`` (one row
per agency and span of call years, derived from reference/national-agencies.csv and its notes), so
a renamed agency is a data change, not a code change.

Where an agency changed on a date that is not known (Estonia 2021, for instance) the CSV lets the
rows overlap; the resolver then answers with the first row and lists the others as alternatives
rather than guess.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from typing import Final, Literal

from erasmus_planner.domain import countries
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.report import Agency
from erasmus_planner.domain.resources import read_text
from erasmus_planner.domain.vocabulary import COMMUNITIES, COMMUNITY_LABELS, FIELD_LABELS, FIELDS

FIRST_CALL_YEAR: Final = 2014
LAST_CALL_YEAR: Final = 2027

NATIONAL: Final = "national-agency"
EXECUTIVE: Final = "executive-agency"

# The executive agency's rows carry the pseudo-country ``EU`` in the CSV so that they never match
# an applicant's country; the Agency they produce names the country it sits in (spec/plan-format.md
# §3 shows ``"country": "BE"`` for it).
_EXECUTIVE_ROW_COUNTRY: Final = "EU"
_EXECUTIVE_SEAT: Final = "BE"

# Applications from European NGOs go to the executive agency only from the 2021 call on (KA220
# "submitted by European NGOs"); before that a European NGO applied to its own National Agency.
_FIRST_ENGO_CALL_YEAR: Final = 2021
EUROPEAN_NGO: Final = "european-ngo"


class NoAgency(PlanError):
    """No agency can take the application; the message is one sentence that says why."""


@dataclass(frozen=True)
class _Row:
    country: str
    name: str
    name_local: str
    acronym: str
    city: str
    website: str
    fields: frozenset[str]
    from_year: int
    to_year: int
    community: str
    kind: Literal["national-agency", "executive-agency"]
    confidence: str
    note: str

    def covers(self, call_year: int) -> bool:
        return self.from_year <= call_year <= self.to_year

    @property
    def years(self) -> str:
        if self.from_year == self.to_year:
            return f"{self.from_year} call"
        return f"{self.from_year}–{self.to_year} calls"


@cache
def _rows() -> tuple[_Row, ...]:
    rows = []
    for raw in csv.DictReader(io.StringIO(read_text("agencies.csv"))):
        kind = raw["kind"]
        if kind not in (NATIONAL, EXECUTIVE):
            raise ValueError(f"agencies.csv: unknown kind {kind!r} for {raw['agency_name']}")
        rows.append(
            _Row(
                country=raw["country"],
                name=raw["agency_name"],
                name_local=raw["agency_name_local"],
                acronym=raw["acronym"],
                city=raw["city"],
                website=raw["website"],
                fields=frozenset(raw["fields"].split(";")),
                from_year=int(raw["from_year"]),
                to_year=int(raw["to_year"]),
                community=raw["community"],
                kind=kind,  # type: ignore[arg-type]  # checked just above
                confidence=raw["confidence"],
                note=raw["note"],
            )
        )
    return tuple(rows)


def _agency(row: _Row, reason: str = "", *, valid: str = "", alternatives: tuple[Agency, ...] = ()) -> Agency:
    return Agency(
        kind=row.kind,
        name=row.name,
        acronym=row.acronym,
        country=_EXECUTIVE_SEAT if row.kind == EXECUTIVE else row.country,
        city=row.city,
        website=row.website,
        reason=reason,
        name_local=row.name_local,
        alternatives=alternatives,
        valid=valid or row.years,
    )


def all_agencies() -> tuple[Agency, ...]:
    """Every row of the directory, in file order, for listings (``reason`` is empty)."""
    return tuple(_agency(row) for row in _rows())


def _field_words(field: str) -> str:
    # "School education" → "school education", to sit inside a sentence.
    label = FIELD_LABELS[field]
    return label[0].lower() + label[1:]


def _executive(call_year: int, reason: str) -> Agency:
    for row in _rows():
        if row.kind == EXECUTIVE and row.covers(call_year):
            return _agency(row, reason)
    raise NoAgency(f"The agency directory has no executive agency for the {call_year} call.")


def resolve_agency(
    *,
    action_name: str,
    centralised: bool,
    field: str | None,
    call_year: int,
    applicant_country: str | None,
    applicant_type: str | None = None,
    community: str | None = None,
    european_ngo_route: bool = False,
) -> Agency:
    """The agency the application goes to, with a one-sentence reason.

    ``action_name`` is the action's plural display name ("Strategic Partnerships"), used in the
    reason. ``european_ngo_route`` says the action offers the European-NGO route to the executive
    agency (Cooperation Partnerships 2021+). Raises NoAgency when no agency can take it.
    """
    if not FIRST_CALL_YEAR <= call_year <= LAST_CALL_YEAR:
        raise NoAgency(
            f"Erasmus+ calls run from {FIRST_CALL_YEAR} to {LAST_CALL_YEAR}, so no agency takes applications "
            f"to a {call_year} call."
        )
    if centralised:
        return _executive(
            call_year, f"{action_name} are centralised: proposals go to the executive agency in Brussels."
        )
    if european_ngo_route and applicant_type == EUROPEAN_NGO and call_year >= _FIRST_ENGO_CALL_YEAR:
        return _executive(
            call_year,
            f"{action_name} submitted by European NGOs go to the executive agency in Brussels "
            "through the Funding & Tenders Portal, not to a National Agency.",
        )

    if applicant_country is None:
        raise NoAgency("No applicant yet: the agency follows from the applicant's country.")
    code = countries.normalise_code(applicant_country)
    if code is None:
        raise NoAgency(f"{applicant_country!r} is not a country code, so the applicant's National Agency is unknown.")
    country = countries.name(code)
    if not countries.is_eligible(code, call_year):
        word = countries.eligible_word(call_year)
        # "a Programme Country" (2014-2020), "an EU Member State or associated country" (2021+).
        article = "an" if word[0] in "AEIOU" else "a"
        raise NoAgency(
            f"{country} is not {article} {word} in the {call_year} call, so no National Agency there can take "
            f"the application; the applicant must be established in {article} {word}."
        )
    if field is None:
        raise NoAgency(
            f"No field chosen: in {country} the National Agency depends on the field ({', '.join(FIELDS)})."
        )
    if field not in FIELDS:
        raise NoAgency(f"{field!r} is not a field; the National Agency is chosen by one of {', '.join(FIELDS)}.")
    if community is not None and community not in COMMUNITIES:
        raise NoAgency(f"{community!r} is not a Belgian language community; use one of {', '.join(COMMUNITIES)}.")

    for_field = [r for r in _rows() if r.country == code and field in r.fields]
    matches = [r for r in for_field if r.covers(call_year)]
    if not matches:
        if for_field:
            # A gap in the directory (Greek youth in the 2015 and 2016 calls): say which calls do have one.
            spans = " and ".join(f"the {r.years}" for r in for_field)
            names = " / ".join(dict.fromkeys(r.acronym or r.name for r in for_field))
            raise NoAgency(
                f"{country} has no National Agency for {_field_words(field)} in the {call_year} call "
                f"({names} covers {spans}), so the application cannot be submitted there."
            )
        raise NoAgency(f"The agency directory has no National Agency in {country} for {_field_words(field)}.")

    head = f"{action_name} are decentralised: the applicant is established in {country}"
    tail = f"the application goes to the National Agency there responsible for {_field_words(field)}"
    by_community = code == "BE"
    if by_community and community is not None:
        matches = [r for r in matches if r.community == community]
        head += f" ({COMMUNITY_LABELS[community]})"
    if not matches:
        raise NoAgency(f"The agency directory has no Belgian agency for {_field_words(field)} in that community.")

    if by_community and community is None:
        # Flemish first: the most common case, and a stable order for the alternatives.
        matches.sort(key=lambda r: COMMUNITIES.index(r.community))
        main, others = matches[0], matches[1:]
        reason = (
            f"{head}, where the agency depends on the applicant's language community, so the application goes "
            f"to the {COMMUNITY_LABELS[main.community]}'s National Agency for {_field_words(field)} unless the "
            f"applicant belongs to {' or '.join('the ' + COMMUNITY_LABELS[r.community] for r in others)}; "
            "choose the community to decide."
        )
        alternatives = tuple(
            _agency(r, valid=f"{COMMUNITY_LABELS[r.community]}; {r.years}") for r in others
        )
        return _agency(main, reason, valid=f"{COMMUNITY_LABELS[main.community]}; {main.years}", alternatives=alternatives)

    main, others = matches[0], matches[1:]
    reason = f"{head}, so {tail}"
    if others:
        # Rows overlap where the hand-over date is unknown or falls inside the call year.
        reason += (
            f"; responsibility changed hands on a date that is uncertain or falls within the {call_year} call, "
            f"so {'the other agency is' if len(others) == 1 else 'the other agencies are'} listed with the calls covered"
        )
    if main.confidence == "unconfirmed":
        reason += "; this assignment is unconfirmed, so check it with the agency"
    reason += "."
    if not others:
        return _agency(main, reason)

    def dated(row: _Row) -> str:
        return f"{row.years} — {row.note}" if row.note else row.years

    return _agency(main, reason, valid=dated(main), alternatives=tuple(_agency(r, valid=dated(r)) for r in others))
