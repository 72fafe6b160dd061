"""Funded projects of the Erasmus+ Project Results export: identifiers, actions, participants.

Every project identifier pattern of reference/project-results/format.md §7 is read here, and
the action, field and lot it names are resolved against the rule catalogue (codes such as
KA220-VET are the rule files' own) and ``resources/funded/actions.toml`` (what the rule files
cannot say: the field part of an identifier, centralised codes, ``Action Type`` labels, the
actions the planner has no rules for). Pure values and functions: no file, no database.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from erasmus_planner.domain import countries
from erasmus_planner.domain.platform_types import normalise_label
from erasmus_planner.domain.resources import load_toml
from erasmus_planner.domain.values import Value

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

    from erasmus_planner.domain.catalogue import Catalogue

_set = object.__setattr__

COORDINATOR: Final = "coordinator"
PARTNER: Final = "partner"
PROJECT_ROLES: Final = (COORDINATOR, PARTNER)

DECENTRALISED: Final = "decentralised"  # YYYY-R-CCnn-KAxxx[-FFF]-NNNNNN(NNN): National Agencies
CENTRALISED: Final = "centralised"  # NNNNNN-EPP-1-YYYY-1-CC-EPPKAx-SUFFIX: EACEA, 2014–2020
GRANT_NUMBER: Final = "grant-number"  # 9 digits: EACEA, 2021–2027

_PATTERNS: Final = (
    (DECENTRALISED, re.compile(r"(\d{4})-(\d)-([A-Z]{2})(\d{2})-(KA\d{3})(?:-([A-Z]{2,3}))?-(\d{6,9})")),
    (CENTRALISED, re.compile(r"(\d+)-EPP-\d-(\d{4})-\d-([A-Z]{2})-(EPP(?:KA\d|JMO)|SPO)-([A-Z0-9]+(?:-[A-Z0-9]+)*)")),
    (GRANT_NUMBER, re.compile(r"(\d{9})")),
)
# What a message about an identifier no pattern explains lists as valid.
IDENTIFIER_EXAMPLES: Final = (
    "2014-1-LI01-KA200-000005, 2020-1-CZ01-KA226-HE-094408, 2021-1-DE01-KA220-SCH-000024914, "
    "591848-EPP-1-2017-1-EL-EPPKA2-SSA or a 9-digit grant agreement number such as 101128627"
)


class Identifier(Value):
    """What a project identifier says: its pattern, call year, country and action code.

    ``code`` is the action's official code as the identifier writes it (``KA220-VET``,
    ``KA101``, ``EPPKA2-SSA-B``); empty for a grant number, which carries none. ``country`` is
    the National Agency's country (decentralised) or the applicant's (centralised)."""

    __slots__ = _fields = ("text", "pattern", "call_year", "country", "code", "field_code")

    text: str
    pattern: str
    call_year: int | None
    country: str | None
    code: str
    field_code: str | None

    def __init__(
        self, text: str, pattern: str, call_year: int | None, country: str | None, code: str, field_code: str | None
    ) -> None:
        _set(self, "text", text)
        _set(self, "pattern", pattern)
        _set(self, "call_year", call_year)
        _set(self, "country", country)
        _set(self, "code", code)
        _set(self, "field_code", field_code)


def parse_identifier(text: str) -> Identifier | None:
    """The parts of a project identifier, or None when no known pattern explains it."""
    text = text.strip().upper()
    for pattern, regex in _PATTERNS:
        match = regex.fullmatch(text)
        if match is None:
            continue
        if pattern == DECENTRALISED:
            year, _round, country, _agency, code, field_code, _serial = match.groups()
            full = f"{code}-{field_code}" if field_code else code
            return Identifier(text, pattern, int(year), countries.normalise_code(country) or country, full, field_code)
        if pattern == CENTRALISED:
            _number, year, country, family, suffix = match.groups()
            return Identifier(text, pattern, int(year), countries.normalise_code(country) or country, f"{family}-{suffix}", None)
        return Identifier(text, pattern, None, None, "", None)
    return None


class ActionRef(Value):
    """The planner's action for a funded project, or why there is none.

    ``action`` is None when the project's action is not one the planner has rules for;
    ``not_covered`` then names it ("Key Action 1 (learning mobility of individuals)"), or is
    empty when nothing at all is known of the code. ``field`` / ``lot`` are None where the
    project does not say (KA200 addresses several fields; an SSA code without its lot)."""

    __slots__ = _fields = ("code", "action", "field", "lot", "not_covered", "confidence")

    code: str
    action: str | None
    field: str | None
    lot: str | None
    not_covered: str
    confidence: str

    def __init__(
        self,
        code: str,
        action: str | None,
        field: str | None = None,
        lot: str | None = None,
        not_covered: str = "",
        confidence: str = "official",
    ) -> None:
        _set(self, "code", code)
        _set(self, "action", action)
        _set(self, "field", field)
        _set(self, "lot", lot)
        _set(self, "not_covered", not_covered)
        _set(self, "confidence", confidence)


class _ActionData(Value):
    __slots__ = _fields = ("fields", "centralised", "labels", "not_covered")

    fields: dict[str, str]
    centralised: dict[str, dict[str, Any]]
    labels: dict[str, dict[str, Any]]
    not_covered: tuple[tuple[str, str], ...]

    def __init__(self, fields: dict[str, str], centralised: dict[str, dict[str, Any]], labels: dict[str, dict[str, Any]], not_covered: tuple[tuple[str, str], ...]) -> None:
        _set(self, "fields", fields)
        _set(self, "centralised", centralised)
        _set(self, "labels", labels)
        _set(self, "not_covered", not_covered)


@cache
def _data() -> _ActionData:
    raw = load_toml("funded", "actions.toml")
    return _ActionData(
        fields=dict(raw["fields"]),
        centralised={entry["code"]: entry for entry in raw["centralised"]},
        labels={normalise_label(entry["label"]): entry for entry in raw["action_type"]},
        # Longest prefix first, so EPPKA2-CBHE wins over EPPKA2.
        not_covered=tuple(sorted(((e["prefix"], e["name"]) for e in raw["not_covered"]), key=lambda p: -len(p[0]))),
    )


def field_of_code(field_code: str | None) -> str | None:
    """``VET`` → ``vet``, ``HE`` and ``HED`` → ``higher``; None for no or an unknown field part."""
    return _data().fields.get(field_code or "")


def _from_code(code: str, field_code: str | None, catalogue: Catalogue) -> ActionRef | None:
    data = _data()
    if code in data.centralised:
        entry = data.centralised[code]
        return ActionRef(code, entry["action"], None, entry.get("lot"), confidence=entry.get("confidence", "official"))
    for candidate in (code, code.split("-", 1)[0]) if field_code else (code,):
        resolved = catalogue.resolve_code(candidate)
        if resolved is not None:
            action, code_field = resolved
            return ActionRef(code, action, code_field or field_of_code(field_code))
    return None


def not_covered_name(code: str) -> str:
    """What an action the planner has no rules for is, from its code; empty when unknown."""
    return next((name for prefix, name in _data().not_covered if code.startswith(prefix)), "")


def resolve_action(identifier: Identifier | None, action_type: str, catalogue: Catalogue) -> ActionRef:
    """The action of a project: from its identifier's code, else from its ``Action Type`` label."""
    code = identifier.code if identifier is not None else ""
    if code:
        found = _from_code(code, identifier.field_code if identifier else None, catalogue)
        if found is not None:
            return found
    label = _data().labels.get(normalise_label(action_type)) if action_type else None
    if label is not None and not (code and not_covered_name(code)):
        found = _from_code(label["code"], None, catalogue)
        if found is not None:
            return found.replace(confidence=label.get("confidence", "unconfirmed"), code=code or label["code"])
    return ActionRef(code, None, not_covered=not_covered_name(code))


# Hosts that many organisations share (a Facebook group, a free site builder's own pages): a
# website there says nothing about which organisation it is.
SHARED_HOSTS: Final = frozenset({
    "facebook.com", "m.facebook.com", "instagram.com", "linkedin.com", "twitter.com", "x.com", "youtube.com",
    "google.com", "sites.google.com", "docs.google.com", "drive.google.com", "wordpress.com", "blogspot.com",
    "wixsite.com", "wix.com", "weebly.com", "eu.europa.eu", "ec.europa.eu", "europa.eu", "erasmus-plus.ec.europa.eu",
    "linktr.ee", "padlet.com", "twinspace.etwinning.net", "etwinning.net",
})


def website_host(website: str | None) -> str | None:
    """The host of a website as people write it (``www.x.li``, ``http://x.li/``), without
    ``www.``, lower case; None when there is none, or when it is a host many organisations
    share (``SHARED_HOSTS``), since then it tells no organisation from another."""
    text = (website or "").strip()
    if not text:
        return None
    if "://" not in text:
        text = "http://" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.removeprefix("www.")
    return None if host in SHARED_HOSTS else host


class Participant(Value):
    """One organisation of a funded project as the file gives it.

    ``position`` is 0 for the coordinator and N for ``Partner N``; ``type_as_written`` is the
    file's own label (kept whatever it mapped to, so an unmapped label can be shown)."""

    __slots__ = _fields = (
        "position", "role", "name", "country", "type", "type_as_written", "address", "city", "region", "website",
    )

    position: int
    role: str
    name: str
    country: str
    type: str
    type_as_written: str
    address: str
    city: str
    region: str
    website: str

    def __init__(
        self,
        position: int,
        role: str,
        name: str,
        country: str,
        type: str,
        type_as_written: str = "",
        address: str = "",
        city: str = "",
        region: str = "",
        website: str = "",
    ) -> None:
        _set(self, "position", position)
        _set(self, "role", role)
        _set(self, "name", name)
        _set(self, "country", country)
        _set(self, "type", type)
        _set(self, "type_as_written", type_as_written)
        _set(self, "address", address)
        _set(self, "city", city)
        _set(self, "region", region)
        _set(self, "website", website)


class FundedProject(Value):
    """One row of the export: the project, its action as the planner knows it, its participants."""

    __slots__ = _fields = (
        "identifier", "title", "call_year", "action", "key_action", "action_type", "status", "grant", "website",
        "card_url", "topics", "participants",
    )

    identifier: str
    title: str
    call_year: int
    action: ActionRef
    key_action: str
    action_type: str
    status: str
    grant: str
    website: str
    card_url: str
    topics: str
    participants: tuple[Participant, ...]

    def __init__(
        self,
        identifier: str,
        title: str,
        call_year: int,
        action: ActionRef,
        key_action: str = "",
        action_type: str = "",
        status: str = "",
        grant: str = "",
        website: str = "",
        card_url: str = "",
        topics: str = "",
        participants: tuple[Participant, ...] = (),
    ) -> None:
        _set(self, "identifier", identifier)
        _set(self, "title", title)
        _set(self, "call_year", call_year)
        _set(self, "action", action)
        _set(self, "key_action", key_action)
        _set(self, "action_type", action_type)
        _set(self, "status", status)
        _set(self, "grant", grant)
        _set(self, "website", website)
        _set(self, "card_url", card_url)
        _set(self, "topics", topics)
        _set(self, "participants", participants)

    @property
    def coordinator(self) -> Participant | None:
        return next((p for p in self.participants if p.role == COORDINATOR), None)


def card_url_for(identifier: str) -> str:
    """The project's card on the Erasmus+ Project Results platform (format.md §3a)."""
    return f"https://erasmus-plus.ec.europa.eu/projects/search/details/{identifier}"


class PastProject(Value):
    """One funded project in an organisation's track record, as the directory shows it."""

    __slots__ = _fields = ("identifier", "title", "action", "field", "code", "call_year", "role", "card_url")

    identifier: str
    title: str
    action: str | None
    field: str | None
    code: str
    call_year: int
    role: str
    card_url: str

    def __init__(
        self,
        identifier: str,
        title: str,
        action: str | None,
        field: str | None,
        code: str,
        call_year: int,
        role: str,
        card_url: str = "",
    ) -> None:
        _set(self, "identifier", identifier)
        _set(self, "title", title)
        _set(self, "action", action)
        _set(self, "field", field)
        _set(self, "code", code)
        _set(self, "call_year", call_year)
        _set(self, "role", role)
        _set(self, "card_url", card_url or card_url_for(identifier))

    def to_json(self) -> dict[str, Any]:
        """The object of spec §4.3 (``directory search --json``), with the code and card beside."""
        return {
            "identifier": self.identifier,
            "title": self.title,
            "action": self.action,
            "field": self.field,
            "call_year": self.call_year,
            "role": self.role,
            "code": self.code,
            "card_url": self.card_url,
        }


class Experience(Value):
    """"Took part in such a project": an action (and field) or another action's code, a role, a
    first call year. Any part may be None (``--role coordinator`` alone: coordinated anything)."""

    __slots__ = _fields = ("action", "field", "code", "role", "since")

    action: str | None
    field: str | None
    code: str | None
    role: str | None
    since: int | None

    def __init__(
        self,
        action: str | None = None,
        field: str | None = None,
        code: str | None = None,
        role: str | None = None,
        since: int | None = None,
    ) -> None:
        _set(self, "action", action)
        _set(self, "field", field)
        _set(self, "code", code)
        _set(self, "role", role)
        _set(self, "since", since)


_CODE: Final = re.compile(r"(?:EPP)?(?:KA\d{1,3}|JMO|SPO)(?:-[A-Z0-9]+)*|[A-Z]+(?:-[A-Z0-9]+)+")


def experience(text: str | None, catalogue: Catalogue, *, role: str | None = None, since: int | None = None) -> Experience:
    """``--experience KA220-VET --role coordinator --since 2022`` as an ``Experience``.

    ``text`` is an action id or an official code of the catalogue (``KA203``, ``KA220-VET``,
    ``knowledge-alliance``), or the code of an action the planner has no rules for but the
    export lists (``KA101``, ``EPPKA3-PI-FORWARD``). PlanError when it is neither."""
    from erasmus_planner.domain.errors import PlanError

    if role is not None and role not in PROJECT_ROLES:
        raise PlanError("unknown role {value!r}; valid roles in a funded project: {valid}", value=role, valid=", ".join(PROJECT_ROLES))
    if since is not None and not 2014 <= since <= 2100:
        raise PlanError("{value} is not a call year; Erasmus+ call years start at 2014", value=since)
    if not text or not text.strip():
        return Experience(role=role, since=since)
    resolved = catalogue.resolve_code(text)
    if resolved is not None:
        return Experience(action=resolved[0], field=resolved[1], role=role, since=since)
    code = text.strip().upper()
    if code in _data().centralised:
        entry = _data().centralised[code]
        return Experience(action=entry["action"], role=role, since=since)
    if _CODE.fullmatch(code):
        return Experience(code=code, role=role, since=since)
    raise PlanError(
        "{value!r} is neither an action nor an action's code; use an action id such as cooperation-partnership or a "
        "code such as KA220-VET, KA203 or KA101",
        value=text,
    )
