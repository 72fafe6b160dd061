"""The plan JSON format, version 1 (spec/plan-format.md §2): read, validate, write.

Reading is strict about what the spec fixes (vocabularies, countries, types) and names the file,
the partner and the valid choices in every message. Whether the consortium suits its action is
not a question for the reader: an action outside its years or a missing field is the engine's
finding, so that a half-built plan can still be opened. Keys this version does not know are kept
in ``extra`` and written back unchanged.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from erasmus_planner.domain import countries, limits
from erasmus_planner.domain.affiliation import check_affiliations
from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR, Catalogue, load_catalogue
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.identifiers import normalise_oid, normalise_pic
from erasmus_planner.domain.limits import LINE_MAX, NOTES_MAX
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.vocabulary import COMMUNITIES, FIELDS, ORG_TYPE_IDS, ROLES
from erasmus_planner.interchange.files import atomic_write_bytes
from erasmus_planner.interchange.inputs import PLAN_FILE, read_input

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing into every check process
if TYPE_CHECKING:
    from typing import Any, Final

FORMAT: Final = "erasmus-planner-plan"
VERSION: Final = 1

PLAN_KEYS: Final = ("format", "version", "title", "action", "field", "lot", "variant", "call_year", "duration_months", "partners")
PARTNER_KEYS: Final = (
    "name", "country", "type", "role", "oid", "pic", "eche", "city", "community", "established", "contact", "notes",
    "affiliated_to",
)
_PARTNER_KEY_SET: Final = frozenset(PARTNER_KEYS)
_NO_EXTRA: Final[Mapping[str, Any]] = MappingProxyType({})


def _valid(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join(values)


def _optional_str(value: Any, what: str) -> str | None:
    if value.__class__ is str:  # the usual case first: 4,000 calls for a 1,000-partner plan
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise PlanError("{what} must be text, not {kind}", what=what, kind=type(value).__name__)
    return value.strip() or None


def _did_you_mean(what: str, value: object) -> Message | str:
    """' (did you mean DE, Germany?)' when the everyday word a person typed maps to an id."""
    if not isinstance(value, str) or not value.strip():
        return ""
    # Imported here: only a refused plan pays for the spreadsheet vocabulary of everyday words.
    from erasmus_planner.interchange import partner_columns

    if what == "country":
        code, _ = partner_columns.parse_country(value)
        return Message(" (did you mean {code}, {name}?)", code=code, name=_CountryName(code)) if code else ""
    parse = partner_columns.parse_type if what == "type" else partner_columns.parse_role
    found, _ = parse(value)
    return Message(" (did you mean {found!r}?)", found=found) if found and found != value else ""


class _CountryName:
    """A country's name inside an error message, in the language the message is shown in."""

    __slots__ = ("code",)

    def __init__(self, code: str) -> None:
        self.code = code

    def render(self, wording: object = None) -> str:
        return countries.name(self.code, getattr(wording, "language", None))


def parse_partner(raw: Any, *, index: int, year: int) -> Organisation:
    """One partner object → Organisation; messages name the partner by number and name."""
    # The partner's label ("partner 3 (Name)") is built only when something is wrong.
    # (JSON objects are dicts: the exact-class test spares the ABC check for 1,000 partners.)
    if raw.__class__ is not dict and not isinstance(raw, Mapping):
        raise PlanError("{partner} must be an object with name, country, type and role", partner=partner_label(index))
    name = raw.get("name")
    if not (isinstance(name, str) and name.strip()):
        raise PlanError('{partner} has no name; every partner needs a non-empty "name"', partner=partner_label(index))
    for key in ("country", "type", "role"):
        if key not in raw or raw[key] in (None, ""):
            raise PlanError('{partner} has no "{key}"', partner=partner_label(index, name), key=key)
    country = countries.normalise_code(raw["country"]) if isinstance(raw["country"], str) else None
    if not country:
        raise PlanError(
            "{partner}: {value!r} is not a country code{did_you_mean}; "
            "use the two-letter ISO 3166 code (for example DE, PL, GR or EL, GB or UK)",
            partner=partner_label(index, name), value=raw["country"], did_you_mean=_did_you_mean("country", raw["country"]),
        )
    org_type = raw["type"]
    if org_type not in ORG_TYPE_IDS:
        raise PlanError(
            "{partner}: unknown type {value!r}{did_you_mean}; valid types: {valid}",
            partner=partner_label(index, name), value=org_type, did_you_mean=_did_you_mean("type", org_type), valid=_valid(ORG_TYPE_IDS),
        )
    role = raw["role"]
    if role not in ROLES:
        raise PlanError(
            "{partner}: unknown role {value!r}{did_you_mean}; valid roles: {valid}",
            partner=partner_label(index, name), value=role, did_you_mean=_did_you_mean("role", role), valid=_valid(ROLES),
        )
    community = raw.get("community")
    if community is not None and community not in COMMUNITIES:
        raise PlanError(
            "{partner}: community {value!r} is not one of {valid} (or null)",
            partner=partner_label(index, name), value=community, valid=_valid(COMMUNITIES),
        )
    eche = raw.get("eche", False)
    if eche is None:
        eche = False
    if not isinstance(eche, bool):
        raise PlanError('{partner}: "eche" must be true or false', partner=partner_label(index, name))
    contact = raw.get("contact")
    if contact is not None and contact.__class__ is not dict and not isinstance(contact, Mapping):
        raise PlanError('{partner}: "contact" must be an object (person, email, …) or null', partner=partner_label(index, name))
    notes = raw.get("notes", "") or ""
    if not isinstance(notes, str):
        raise PlanError('{partner}: "notes" must be text', partner=partner_label(index, name))
    try:
        oid = normalise_oid(_optional_str(raw.get("oid"), "\"oid\""))
        pic = normalise_pic(_optional_str(raw.get("pic"), "\"pic\""))
        city = _optional_str(raw.get("city"), "\"city\"")
        established = _optional_str(raw.get("established"), "\"established\"")
        # The documented limits (docs/limits.md), worded as on every other way in.
        if len(name) > LINE_MAX or len(notes) > NOTES_MAX or (city is not None and len(city) > LINE_MAX):
            limits.check_field("name", name)
            limits.check_field("city", city or "")
            limits.check_field("notes", notes)
        if contact:
            _check_contact(contact)
        affiliated_to = _optional_str(raw.get("affiliated_to"), "\"affiliated_to\"")
    except PlanError as exc:
        raise PlanError("{partner}: {problem}", partner=partner_label(index, name), problem=exc) from None
    # Keys this version does not know; most partners have none and share one empty mapping.
    if raw.keys() <= _PARTNER_KEY_SET:
        extra = _NO_EXTRA
    else:
        extra = MappingProxyType({k: v for k, v in raw.items() if k not in _PARTNER_KEY_SET})
        limits.check_depth(dict(extra), depth=3)  # the partner is level 3 of the plan
    # Positional, in the order of Organisation's fields (name, country, type, role, oid, pic,
    # eche, city, community, established, contact, notes, extra, id, affiliated_to): keywords cost a tenth of the
    # reading of a 1,000-partner plan.
    return Organisation(
        name.strip(),
        country,
        org_type,
        role,
        oid,
        pic,
        eche,
        city,
        community,
        established,
        MappingProxyType(dict(contact)) if contact is not None else None,
        notes,
        extra,
        None,
        affiliated_to,
    )


def _check_contact(contact: Mapping[str, Any]) -> None:
    for key, value in contact.items():
        if value.__class__ is str and len(value) <= LINE_MAX and value.isascii() and "\x00" not in value:
            # What check_field would find in the usual contact (every contact field's limit is
            # LINE_MAX; ASCII holds no half surrogate): nothing. Skipped for 2,000 values of a
            # 1,000-partner plan (~1.5 ms of every check).
            continue
        if isinstance(value, str):
            limits.check_field(f"contact.{key}", value)
        elif isinstance(value, (dict, list)):
            limits.check_depth(value, depth=5)  # plan, partners, partner, contact, this value


_NAME_IN_LABEL: Final = 80  # characters of a name in "partner 3 (…)": a 300-character name is cut


def partner_label(index: int, name: str | None = None) -> Message:
    """How messages name a partner: by its number in the file, and its name when it has one."""
    if name:
        name = " ".join(name.split())
        shown = name if len(name) <= _NAME_IN_LABEL else name[: _NAME_IN_LABEL - 1] + "…"
        return Message("partner {number} ({name})", number=index + 1, name=shown)
    return Message("partner {number}", number=index + 1)


def require_single_applicant(partners: Sequence[Organisation]) -> None:
    """The command line's strictness: a plan it checks has exactly one applicant (the window
    opens any plan and lets the checklist say so)."""
    applicants = [p for p in partners if p.is_applicant]
    if not applicants:
        raise PlanError('no partner has the role "applicant"; mark exactly one organisation as the applicant')
    if len(applicants) > 1:
        names = ", ".join(p.name for p in applicants)
        raise PlanError('{count} partners have the role "applicant" ({names}); exactly one may apply', count=len(applicants), names=names)


def parse_plan(data: Any, *, catalogue: Catalogue | None = None, require_applicant: bool = False) -> Plan:
    """A decoded JSON document → Plan, or PlanError saying what is wrong and what is valid."""
    catalogue = catalogue or load_catalogue()
    if not isinstance(data, Mapping):
        raise PlanError("the file must contain one JSON object (a plan), not a list or a value")
    if data.get("format") != FORMAT:
        raise PlanError('"format" must be {format!r}; this does not look like a plan file', format=FORMAT)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PlanError('"version" must be a whole number (this program writes version {version})', version=VERSION)
    if version > VERSION:
        raise PlanError(
            "this plan was written in format version {version}, newer than this program understands "
            "(version {ours}); open it with a newer version of the planner",
            version=version, ours=VERSION,
        )
    action_text = data.get("action")
    if not isinstance(action_text, str) or not action_text.strip():
        raise PlanError('"action" is missing; valid actions: {valid}', valid=_valid(list(catalogue.actions)))
    resolved = catalogue.resolve_code(action_text)
    if resolved is None:
        raise PlanError(
            "unknown action {value!r}; valid actions: {valid} (official codes such as KA203 or KA220-YOU are accepted too)",
            value=action_text, valid=_valid(list(catalogue.actions)),
        )
    action_id, implied_field = resolved
    action = catalogue.action(action_id)
    field = data.get("field")
    if field is not None and field not in FIELDS:
        raise PlanError("unknown field {value!r}; valid fields: {valid}", value=field, valid=_valid(FIELDS))
    if implied_field is not None:
        if field is not None and field != implied_field:
            raise PlanError(
                'the code {code} means the field {implied!r}, but "field" says {field!r}',
                code=action_text, implied=implied_field, field=field,
            )
        field = implied_field
    lot = data.get("lot")
    if lot is not None and action.lot(lot) is None:
        lots = _valid([lt.id for lt in action.lots]) or Message("none: this action has no lots")
        raise PlanError("unknown lot {value!r} for {action}; valid lots: {valid}", value=lot, action=action.name, valid=lots)
    variant = data.get("variant")
    if variant is not None and action.variant(variant) is None:
        variants = _valid([v.id for v in action.variants]) or Message("none: this action has no variants")
        raise PlanError(
            "unknown variant {value!r} for {action}; valid variants: {valid}", value=variant, action=action.name, valid=variants
        )
    call_year = data.get("call_year")
    if call_year is None:
        call_year = action.years.last
    if not isinstance(call_year, int) or isinstance(call_year, bool) or not FIRST_YEAR <= call_year <= LAST_YEAR:
        raise PlanError('"call_year" must be a year from {first} to {last}, not {value!r}', first=FIRST_YEAR, last=LAST_YEAR, value=call_year)
    duration = data.get("duration_months")
    if duration is not None and (
        not isinstance(duration, int) or isinstance(duration, bool) or not 0 < duration <= limits.DURATION_MAX
    ):
        raise PlanError(
            '"duration_months" must be a whole number of months from 1 to {limit}, or null (not {value!r})',
            limit=limits.DURATION_MAX, value=duration,
        )
    title = data.get("title") or ""
    if not isinstance(title, str):
        raise PlanError('"title" must be text')
    limits.check_field("title", title)
    raw_partners = data.get("partners")
    if not isinstance(raw_partners, list):
        raise PlanError('"partners" must be a list of organisations')
    limits.check_partner_count(len(raw_partners))
    partners = tuple(parse_partner(p, index=i, year=call_year) for i, p in enumerate(raw_partners))
    check_affiliations(partners)
    if require_applicant:
        require_single_applicant(partners)
    extra = {k: v for k, v in data.items() if k not in PLAN_KEYS}
    if extra:
        limits.check_depth(extra)
    return Plan(
        action=action_id,
        call_year=call_year,
        partners=partners,
        title=title,
        field=field,
        lot=lot,
        variant=variant,
        duration_months=duration,
        extra=MappingProxyType(extra),
    )


def plain_json(value: Any) -> Any:
    """MappingProxy / tuple → dict / list, recursively, for json.dumps."""
    if isinstance(value, Mapping):
        return {k: plain_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_json(v) for v in value]
    return value


def partner_to_dict(org: Organisation) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": org.name,
        "country": org.country,
        "type": org.type,
        "role": org.role,
        "oid": org.oid,
        "pic": org.pic,
        "eche": org.eche,
        "city": org.city,
        "community": org.community,
    }
    if org.established is not None:
        data["established"] = org.established
    data["contact"] = plain_json(org.contact) if org.contact is not None else None
    data["notes"] = org.notes
    if org.affiliated_to is not None:  # only on affiliated entities: other partners' files are unchanged
        data["affiliated_to"] = org.affiliated_to
    data.update(plain_json(org.extra))
    return data


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "title": plan.title,
        "action": plan.action,
        "field": plan.field,
        "lot": plan.lot,
        "variant": plan.variant,
        "call_year": plan.call_year,
        "duration_months": plan.duration_months,
        "partners": [partner_to_dict(p) for p in plan.partners],
    }
    data.update(plain_json(plan.extra))
    return data


def dumps(plan: Plan) -> str:
    return json.dumps(plan_to_dict(plan), ensure_ascii=False, indent=2) + "\n"


def decode_json(text: str) -> Any:
    """``json.loads`` within the documented limits: numbers of at most ``DIGITS_MAX`` digits,
    finite, no NaN; nesting refused beyond ``DEPTH_MAX`` (the plan's own fields are checked as
    they are parsed, the rest here). Every refusal is a PlanError; json's own is passed on."""
    try:
        return json.loads(text, parse_int=limits.check_number, parse_float=_finite, parse_constant=_no_constant)
    except RecursionError:
        raise limits.too_deep() from None


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise PlanError("the number {value} in the file is too large", value=text[:30])
    return value


def _no_constant(text: str) -> float:
    raise PlanError("{value} is not a number JSON allows; write null or a number", value=text)


# JSON escapes of a NUL character or of half a surrogate pair: only these can put text into a
# plan that no file can store (UTF-8 input itself cannot hold them).
_SUSPECT_ESCAPE: Final = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")


def loads(text: str, *, source: str = "<text>", require_applicant: bool = False) -> Plan:
    try:
        data = decode_json(text)
        if _SUSPECT_ESCAPE.search(text):
            refuse_bad_characters(data)
        return parse_plan(data, require_applicant=require_applicant)
    except json.JSONDecodeError as exc:
        raise PlanError(
            "not valid JSON at line {line}, column {column}: {problem}",
            line=exc.lineno, column=exc.colno, problem=_json_problem(exc, text), source=source,
        ) from None
    except PlanError as exc:
        raise PlanError(exc.message, source=source) from None


def refuse_bad_characters(data: Any) -> None:
    """Refuse a plan (decoded, not yet parsed) with a NUL character or a broken surrogate in any
    text, naming the partner and the field (``limits.bad_character``)."""
    if not isinstance(data, Mapping):
        return
    partners = data.get("partners")
    for index, partner in enumerate(partners if isinstance(partners, list) else ()):
        if isinstance(partner, Mapping):
            where = _bad_text_in(partner)
            if where is not None:
                name = partner.get("name")
                label = partner_label(index, name if isinstance(name, str) and limits.bad_character(name) is None else None)
                raise PlanError("{partner}: {problem}", partner=label, problem=where)
    where = _bad_text_in({k: v for k, v in data.items() if k != "partners"})
    if where is not None:
        raise where


def _bad_text_in(value: Mapping[str, Any]) -> PlanError | None:
    stack: list[tuple[str, Any]] = list(value.items())
    while stack:
        key, item = stack.pop()
        if isinstance(item, str):
            problem = limits.bad_character(item) or limits.bad_character(key)
        elif isinstance(item, Mapping):
            stack.extend((f"{key}.{k}", v) for k, v in item.items())
            problem = None
        elif isinstance(item, list):
            stack.extend((key, v) for v in item)
            problem = None
        else:
            problem = limits.bad_character(key)
        if problem is not None:
            return PlanError(
                "there is {problem} in {what}, which cannot be stored; retype it", problem=problem, what=limits.field_words(key)
            )
    return None


# The json module's messages, as a person who edited the file by hand would need them.
_JSON_PROBLEMS: Final = (
    ("Unterminated string", Message("a text in quotes is not closed")),
    ("Expecting property name enclosed in double quotes", Message("a key must be in double quotes (or there is a comma too many before this)")),
    ("Expecting ',' delimiter", Message("a comma is missing between two values")),
    ("Expecting ':' delimiter", Message("a colon is missing after a key")),
    ("Expecting value", Message("a value is missing (or there is a comma too many)")),
    ("Extra data", Message("there is more after the end of the plan")),
    ("Invalid control character", Message("a line break or tab inside a text must be written as \\n or \\t")),
)


def _json_problem(exc: json.JSONDecodeError, text: str) -> Message:
    problem = next((plain for start, plain in _JSON_PROBLEMS if exc.msg.startswith(start)), exc.msg)
    if not text[exc.pos :].strip() or exc.msg.startswith("Unterminated string") and "\n" not in text[exc.pos :]:
        return Message("{problem}; the file seems cut short", problem=problem)
    return problem if isinstance(problem, Message) else Message("{problem}", problem=problem)


def read_text_file(path: str | os.PathLike[str]) -> str:
    """Read a UTF-8 text file, turning every OS problem into a PlanError naming the file."""
    raw = read_input(path, PLAN_FILE)
    # "utf-8-sig" by hand: a leading byte-order mark dropped, then UTF-8, as that codec does
    # (error positions alike), without importing it into every check process.
    if raw[:3] == b"\xef\xbb\xbf":
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PlanError(
            "is not UTF-8 text (byte {byte}); a plan file is JSON written in UTF-8", byte=exc.start, source=str(path)
        ) from None


def load(path: str | os.PathLike[str], *, require_applicant: bool = False) -> Plan:
    return loads(read_text_file(path), source=str(path), require_applicant=require_applicant)


def save(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write atomically: a temporary file in the same folder, flushed, then renamed over the old one."""
    atomic_write_bytes(path, dumps(plan).encode("utf-8"))
