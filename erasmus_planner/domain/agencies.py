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

from functools import cache

from erasmus_planner.domain import countries
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.report import Agency
from erasmus_planner.domain.resources import load_csv
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.vocabulary import COMMUNITIES, COMMUNITY_LABELS, FIELD_LABELS, FIELDS, VOCABULARY
from erasmus_planner.domain.wording import ENGLISH, N_, Wording

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Final, Literal

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

# Catalogue context of the reason sentences (domain/wording.py): each is a whole sentence or
# clause, so every language can give it its own word order, cases and agreement.
AGENCY: Final = "agency"


class NoAgency(PlanError):
    """No agency can take the application; the message is one sentence that says why."""


class _Row(Value):
    __slots__ = _fields = (
        "country", "name", "name_local", "acronym", "city", "website", "fields", "from_year", "to_year", "community",
        "kind", "confidence", "note",
    )

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

    def __init__(
        self,
        country: str,
        name: str,
        name_local: str,
        acronym: str,
        city: str,
        website: str,
        fields: frozenset[str],
        from_year: int,
        to_year: int,
        community: str,
        kind: Literal["national-agency", "executive-agency"],
        confidence: str,
        note: str,
    ) -> None:
        _set = object.__setattr__
        _set(self, "country", country)
        _set(self, "name", name)
        _set(self, "name_local", name_local)
        _set(self, "acronym", acronym)
        _set(self, "city", city)
        _set(self, "website", website)
        _set(self, "fields", fields)
        _set(self, "from_year", from_year)
        _set(self, "to_year", to_year)
        _set(self, "community", community)
        _set(self, "kind", kind)
        _set(self, "confidence", confidence)
        _set(self, "note", note)

    def covers(self, call_year: int) -> bool:
        return self.from_year <= call_year <= self.to_year

    @property
    def years(self) -> str:
        return self.years_in(ENGLISH)

    def years_in(self, w: Wording) -> str:
        """"2019 call", "2021–2027 calls"."""
        if self.from_year == self.to_year:
            return w.tr("{year} call", AGENCY).format(year=self.from_year)
        return w.tr("{first}–{last} calls", AGENCY).format(first=self.from_year, last=self.to_year)

    def the_years_in(self, w: Wording) -> str:
        """"the 2019 call", "the 2021–2027 calls" (inside a sentence)."""
        if self.from_year == self.to_year:
            return w.tr("the {year} call", AGENCY).format(year=self.from_year)
        return w.tr("the {first}–{last} calls", AGENCY).format(first=self.from_year, last=self.to_year)


# The columns _Row is made of, in its order (agencies.csv has a source_url column too).
_COLUMNS: Final = (
    "country", "agency_name", "agency_name_local", "acronym", "city", "website", "fields", "from_year", "to_year",
    "community", "kind", "confidence", "note",
)


@cache
def _rows() -> tuple[_Row, ...]:
    rows = []
    # csv.reader and the header's positions rather than DictReader (a Python loop per row): the
    # same rows, read in every check process. Blank lines are skipped, as DictReader does.
    records = iter(load_csv("agencies.csv"))  # csv.reader's rows, from the snapshot
    header = next(records)
    (
        country, name, name_local, acronym, city, website, fields, from_year, to_year, community, kind_at, confidence,
        note,
    ) = (header.index(column) for column in _COLUMNS)
    for record in records:
        if not record:
            continue
        kind = record[kind_at]
        if kind not in (NATIONAL, EXECUTIVE):
            raise ValueError(f"agencies.csv: unknown kind {kind!r} for {record[name]}")
        rows.append(
            _Row(
                record[country],
                record[name],
                record[name_local],
                record[acronym],
                record[city],
                record[website],
                frozenset(record[fields].split(";")),
                int(record[from_year]),
                int(record[to_year]),
                record[community],
                kind,  # type: ignore[arg-type]  # checked just above
                record[confidence],
                record[note],
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


# A field as it sits inside a reason ("… responsible for school education").
_FIELD_WORDS: Final[dict[str, str]] = {
    "school": N_("school education", AGENCY),
    "vet": N_("vocational education and training", AGENCY),
    "higher": N_("higher education", AGENCY),
    "adult": N_("adult education", AGENCY),
    "youth": N_("youth", AGENCY),
}
# A Belgian community inside a reason: the agency it runs, and the community after "belongs to".
_COMMUNITY_AGENCY: Final[dict[str, str]] = {
    "nl": N_("the Flemish Community's National Agency", AGENCY),
    "fr": N_("the French Community's National Agency", AGENCY),
    "de": N_("the German-speaking Community's National Agency", AGENCY),
}
_THE_COMMUNITY: Final[dict[str, str]] = {
    "nl": N_("the Flemish Community", AGENCY),
    "fr": N_("the French Community", AGENCY),
    "de": N_("the German-speaking Community", AGENCY),
}


def _field_words(field: str, w: Wording = ENGLISH) -> str:
    return w.tr(_FIELD_WORDS[field], AGENCY)


def _community(community: str, w: Wording) -> str:
    return w.tr(COMMUNITY_LABELS[community], VOCABULARY)


def _executive(call_year: int, reason: str, w: Wording) -> Agency:
    for row in _rows():
        if row.kind == EXECUTIVE and row.covers(call_year):
            return _agency(row, reason, valid=row.years_in(w))
    raise NoAgency(w.tr("The agency directory has no executive agency for the {year} call.", AGENCY).format(year=call_year))


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
    wording: Wording | None = None,
) -> Agency:
    """The agency the application goes to, with a one-sentence reason.

    ``action_name`` is the action's plural display name in English ("Strategic Partnerships"),
    used in the reason. ``european_ngo_route`` says the action offers the European-NGO route to
    the executive agency (Cooperation Partnerships 2021+). The reason (and a NoAgency message)
    is written in ``wording``'s language, English by default. Raises NoAgency when no agency
    can take it.
    """
    w = wording or ENGLISH

    def say(sentence: str, **values: object) -> str:
        return w.tr(sentence, AGENCY).format(**values)

    action = w.tr(action_name, VOCABULARY)
    if not FIRST_CALL_YEAR <= call_year <= LAST_CALL_YEAR:
        raise NoAgency(
            say(
                "Erasmus+ calls run from {first} to {last}, so no agency takes applications to a {year} call.",
                first=FIRST_CALL_YEAR,
                last=LAST_CALL_YEAR,
                year=call_year,
            )
        )
    if centralised:
        return _executive(
            call_year, say("{action} are centralised: proposals go to the executive agency in Brussels.", action=action), w
        )
    if european_ngo_route and applicant_type == EUROPEAN_NGO and call_year >= _FIRST_ENGO_CALL_YEAR:
        return _executive(
            call_year,
            say(
                "{action} submitted by European NGOs go to the executive agency in Brussels through the Funding & "
                "Tenders Portal, not to a National Agency.",
                action=action,
            ),
            w,
        )

    if applicant_country is None:
        raise NoAgency(say("No applicant yet: the agency follows from the applicant's country."))
    code = countries.normalise_code(applicant_country)
    if code is None:
        raise NoAgency(
            say("{code} is not a country code, so the applicant's National Agency is unknown.", code=repr(applicant_country))
        )
    country = countries.name(code, w.language)
    if not countries.is_eligible(code, call_year):
        if countries.is_old_programme(call_year):
            sentence = N_(
                "{country} is not a Programme Country in the {year} call, so no National Agency there can take the "
                "application; the applicant must be established in a Programme Country.",
                AGENCY,
            )
        else:
            sentence = N_(
                "{country} is not an EU Member State or associated country in the {year} call, so no National Agency "
                "there can take the application; the applicant must be established in an EU Member State or "
                "associated country.",
                AGENCY,
            )
        raise NoAgency(say(sentence, country=country, year=call_year))
    # The ids plan files use; in other languages each with its label, as the ids are English words.
    fields = ", ".join(FIELDS if w.is_source else (f"{f} ({w.tr(FIELD_LABELS[f], VOCABULARY)})" for f in FIELDS))
    if field is None:
        raise NoAgency(
            say("No field chosen: in {country} the National Agency depends on the field ({fields}).", country=country,
                fields=fields)
        )
    if field not in FIELDS:
        raise NoAgency(
            say("{field} is not a field; the National Agency is chosen by one of {fields}.", field=repr(field), fields=fields)
        )
    if community is not None and community not in COMMUNITIES:
        raise NoAgency(
            say("{community} is not a Belgian language community; use one of {communities}.", community=repr(community),
                communities=", ".join(COMMUNITIES))
        )

    field_words = _field_words(field, w)
    for_field = [r for r in _rows() if r.country == code and field in r.fields]
    matches = [r for r in for_field if r.covers(call_year)]
    if not matches:
        if for_field:
            # A gap in the directory (Greek youth in the 2015 and 2016 calls): say which calls do have one.
            spans = w.tr(" and ", AGENCY).join(r.the_years_in(w) for r in for_field)
            names = " / ".join(dict.fromkeys(r.acronym or r.name for r in for_field))
            raise NoAgency(
                say(
                    "{country} has no National Agency for {field} in the {year} call ({names} covers {spans}), so the "
                    "application cannot be submitted there.",
                    country=country,
                    field=field_words,
                    year=call_year,
                    names=names,
                    spans=spans,
                )
            )
        raise NoAgency(
            say("The agency directory has no National Agency in {country} for {field}.", country=country, field=field_words)
        )

    by_community = code == "BE"
    if by_community and community is not None:
        matches = [r for r in matches if r.community == community]
    if not matches:
        raise NoAgency(say("The agency directory has no Belgian agency for {field} in that community.", field=field_words))

    if by_community and community is None:
        # Flemish first: the most common case, and a stable order for the alternatives.
        matches.sort(key=lambda r: COMMUNITIES.index(r.community))
        main, others = matches[0], matches[1:]
        reason = say(
            "{action} are decentralised: the applicant is established in {country}, where the agency depends on the "
            "applicant's language community, so the application goes to {community_agency} for {field} unless the "
            "applicant belongs to {other_communities}; choose the community to decide.",
            action=action,
            country=country,
            community_agency=w.tr(_COMMUNITY_AGENCY[main.community], AGENCY),
            field=field_words,
            other_communities=w.tr(" or ", AGENCY).join(w.tr(_THE_COMMUNITY[r.community], AGENCY) for r in others),
        )

        def in_community(row: _Row) -> str:
            return f"{_community(row.community, w)}; {row.years_in(w)}"

        alternatives = tuple(_agency(r, valid=in_community(r)) for r in others)
        return _agency(main, reason, valid=in_community(main), alternatives=alternatives)

    main, others = matches[0], matches[1:]
    if by_community:
        reason = say(
            "{action} are decentralised: the applicant is established in {country} ({community}), so the application "
            "goes to the National Agency there responsible for {field}",
            action=action,
            country=country,
            community=_community(main.community, w),
            field=field_words,
        )
    else:
        reason = say(
            "{action} are decentralised: the applicant is established in {country}, so the application goes to the "
            "National Agency there responsible for {field}",
            action=action,
            country=country,
            field=field_words,
        )
    if others:
        # Rows overlap where the hand-over date is unknown or falls inside the call year.
        if len(others) == 1:
            reason += say(
                "; responsibility changed hands on a date that is uncertain or falls within the {year} call, so the "
                "other agency is listed with the calls covered",
                year=call_year,
            )
        else:
            reason += say(
                "; responsibility changed hands on a date that is uncertain or falls within the {year} call, so the "
                "other agencies are listed with the calls covered",
                year=call_year,
            )
    if main.confidence == "unconfirmed":
        reason += say("; this assignment is unconfirmed, so check it with the agency")
    reason += say(".")
    if not others:
        return _agency(main, reason, valid=main.years_in(w))

    def dated(row: _Row) -> str:
        # The notes of rows that overlap are translated too ("agency" context); others never show.
        return f"{row.years_in(w)} — {w.tr(row.note, AGENCY)}" if row.note else row.years_in(w)

    return _agency(main, reason, valid=dated(main), alternatives=tuple(_agency(r, valid=dated(r)) for r in others))
