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
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR, Catalogue, load_catalogue
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.identifiers import normalise_oid, normalise_pic
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.vocabulary import COMMUNITIES, FIELDS, ORG_TYPE_IDS, ROLES
from erasmus_planner.interchange.files import atomic_write_bytes, reading

FORMAT: Final = "erasmus-planner-plan"
VERSION: Final = 1

PLAN_KEYS: Final = ("format", "version", "title", "action", "field", "lot", "variant", "call_year", "duration_months", "partners")
PARTNER_KEYS: Final = (
    "name", "country", "type", "role", "oid", "pic", "eche", "city", "community", "established", "contact", "notes",
)


def _valid(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join(values)


def _optional_str(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise PlanError(f"{what} must be text, not {type(value).__name__}")
    return value.strip() or None


def _did_you_mean(what: str, value: object) -> str:
    """' (did you mean DE, Germany?)' when the everyday word a person typed maps to an id."""
    if not isinstance(value, str) or not value.strip():
        return ""
    # Imported here: only a refused plan pays for the spreadsheet vocabulary of everyday words.
    from erasmus_planner.interchange import partner_columns

    if what == "country":
        code, _ = partner_columns.parse_country(value)
        return f" (did you mean {code}, {countries.name(code)}?)" if code else ""
    parse = partner_columns.parse_type if what == "type" else partner_columns.parse_role
    found, _ = parse(value)
    return f" (did you mean {found!r}?)" if found and found != value else ""


def parse_partner(raw: Any, *, index: int, year: int) -> Organisation:
    """One partner object → Organisation; messages name the partner by number and name."""
    label = f"partner {index + 1}"
    if not isinstance(raw, Mapping):
        raise PlanError(f"{label} must be an object with name, country, type and role")
    name = raw.get("name")
    if isinstance(name, str) and name.strip():
        label = f"partner {index + 1} ({name.strip()})"
    else:
        raise PlanError(f"{label} has no name; every partner needs a non-empty \"name\"")
    for key in ("country", "type", "role"):
        if key not in raw or raw[key] in (None, ""):
            raise PlanError(f"{label} has no \"{key}\"")
    if countries.normalise_code(raw["country"]) if isinstance(raw["country"], str) else None:
        country = countries.parse_code(raw["country"])
    else:
        raise PlanError(
            f"{label}: {raw['country']!r} is not a country code{_did_you_mean('country', raw['country'])}; "
            "use the two-letter ISO 3166 code (for example DE, PL, GR or EL, GB or UK)"
        )
    org_type = raw["type"]
    if org_type not in ORG_TYPE_IDS:
        raise PlanError(
            f"{label}: unknown type {org_type!r}{_did_you_mean('type', org_type)}; valid types: {_valid(ORG_TYPE_IDS)}"
        )
    role = raw["role"]
    if role not in ROLES:
        raise PlanError(f"{label}: unknown role {role!r}{_did_you_mean('role', role)}; valid roles: {_valid(ROLES)}")
    community = raw.get("community")
    if community is not None and community not in COMMUNITIES:
        raise PlanError(f"{label}: community {community!r} is not one of {_valid(COMMUNITIES)} (or null)")
    eche = raw.get("eche", False)
    if eche is None:
        eche = False
    if not isinstance(eche, bool):
        raise PlanError(f"{label}: \"eche\" must be true or false")
    contact = raw.get("contact")
    if contact is not None and not isinstance(contact, Mapping):
        raise PlanError(f"{label}: \"contact\" must be an object (person, email, …) or null")
    notes = raw.get("notes", "") or ""
    if not isinstance(notes, str):
        raise PlanError(f"{label}: \"notes\" must be text")
    try:
        oid = normalise_oid(_optional_str(raw.get("oid"), "\"oid\""))
        pic = normalise_pic(_optional_str(raw.get("pic"), "\"pic\""))
        city = _optional_str(raw.get("city"), "\"city\"")
        established = _optional_str(raw.get("established"), "\"established\"")
    except PlanError as exc:
        raise PlanError(f"{label}: {exc.detail}") from None
    extra = {k: v for k, v in raw.items() if k not in PARTNER_KEYS}
    return Organisation(
        name=name.strip(),
        country=country,
        type=org_type,
        role=role,
        oid=oid,
        pic=pic,
        eche=eche,
        city=city,
        community=community,
        established=established,
        contact=MappingProxyType(dict(contact)) if contact is not None else None,
        notes=notes,
        extra=MappingProxyType(extra),
    )


def require_single_applicant(partners: Sequence[Organisation]) -> None:
    """The command line's strictness: a plan it checks has exactly one applicant (the window
    opens any plan and lets the checklist say so)."""
    applicants = [p for p in partners if p.is_applicant]
    if not applicants:
        raise PlanError("no partner has the role \"applicant\"; mark exactly one organisation as the applicant")
    if len(applicants) > 1:
        names = ", ".join(p.name for p in applicants)
        raise PlanError(f"{len(applicants)} partners have the role \"applicant\" ({names}); exactly one may apply")


def parse_plan(data: Any, *, catalogue: Catalogue | None = None, require_applicant: bool = False) -> Plan:
    """A decoded JSON document → Plan, or PlanError saying what is wrong and what is valid."""
    catalogue = catalogue or load_catalogue()
    if not isinstance(data, Mapping):
        raise PlanError("the file must contain one JSON object (a plan), not a list or a value")
    if data.get("format") != FORMAT:
        raise PlanError(f"\"format\" must be {FORMAT!r}; this does not look like a plan file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PlanError("\"version\" must be a whole number (this program writes version 1)")
    if version > VERSION:
        raise PlanError(
            f"this plan was written in format version {version}, newer than this program understands "
            f"(version {VERSION}); open it with a newer version of the planner"
        )
    action_text = data.get("action")
    if not isinstance(action_text, str) or not action_text.strip():
        raise PlanError(f"\"action\" is missing; valid actions: {_valid(list(catalogue.actions))}")
    resolved = catalogue.resolve_code(action_text)
    if resolved is None:
        raise PlanError(
            f"unknown action {action_text!r}; valid actions: {_valid(list(catalogue.actions))} "
            "(official codes such as KA203 or KA220-YOU are accepted too)"
        )
    action_id, implied_field = resolved
    action = catalogue.action(action_id)
    field = data.get("field")
    if field is not None and field not in FIELDS:
        raise PlanError(f"unknown field {field!r}; valid fields: {_valid(FIELDS)}")
    if implied_field is not None:
        if field is not None and field != implied_field:
            raise PlanError(f"the code {action_text} means the field {implied_field!r}, but \"field\" says {field!r}")
        field = implied_field
    lot = data.get("lot")
    if lot is not None and action.lot(lot) is None:
        lots = [lt.id for lt in action.lots] or ["none: this action has no lots"]
        raise PlanError(f"unknown lot {lot!r} for {action.name}; valid lots: {_valid(lots)}")
    variant = data.get("variant")
    if variant is not None and action.variant(variant) is None:
        variants = [v.id for v in action.variants] or ["none: this action has no variants"]
        raise PlanError(f"unknown variant {variant!r} for {action.name}; valid variants: {_valid(variants)}")
    call_year = data.get("call_year")
    if call_year is None:
        call_year = action.years.last
    if not isinstance(call_year, int) or isinstance(call_year, bool) or not FIRST_YEAR <= call_year <= LAST_YEAR:
        raise PlanError(f"\"call_year\" must be a year from {FIRST_YEAR} to {LAST_YEAR}, not {call_year!r}")
    duration = data.get("duration_months")
    if duration is not None and (not isinstance(duration, int) or isinstance(duration, bool) or duration <= 0):
        raise PlanError("\"duration_months\" must be a whole number of months, or null")
    title = data.get("title") or ""
    if not isinstance(title, str):
        raise PlanError("\"title\" must be text")
    raw_partners = data.get("partners")
    if not isinstance(raw_partners, list):
        raise PlanError("\"partners\" must be a list of organisations")
    partners = tuple(parse_partner(p, index=i, year=call_year) for i, p in enumerate(raw_partners))
    if require_applicant:
        require_single_applicant(partners)
    extra = {k: v for k, v in data.items() if k not in PLAN_KEYS}
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


def loads(text: str, *, source: str = "<text>", require_applicant: bool = False) -> Plan:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanError(f"not valid JSON at line {exc.lineno}, column {exc.colno}: {_json_problem(exc, text)}", source=source) from None
    try:
        return parse_plan(data, require_applicant=require_applicant)
    except PlanError as exc:
        raise PlanError(exc.detail, source=source) from None


# The json module's messages, as a person who edited the file by hand would need them.
_JSON_PROBLEMS: Final = (
    ("Unterminated string", "a text in quotes is not closed"),
    ("Expecting property name enclosed in double quotes", "a key must be in double quotes (or there is a comma too many before this)"),
    ("Expecting ',' delimiter", "a comma is missing between two values"),
    ("Expecting ':' delimiter", "a colon is missing after a key"),
    ("Expecting value", "a value is missing (or there is a comma too many)"),
    ("Extra data", "there is more after the end of the plan"),
    ("Invalid control character", "a line break or tab inside a text must be written as \\n or \\t"),
)


def _json_problem(exc: json.JSONDecodeError, text: str) -> str:
    problem = next((plain for start, plain in _JSON_PROBLEMS if exc.msg.startswith(start)), exc.msg)
    if not text[exc.pos :].strip() or exc.msg.startswith("Unterminated string") and "\n" not in text[exc.pos :]:
        problem += "; the file seems cut short"
    return problem


def read_text_file(path: Path) -> str:
    """Read a UTF-8 text file, turning every OS problem into a PlanError naming the file."""
    with reading(path, what="plan file"):
        raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanError(
            f"is not UTF-8 text (byte {exc.start}); a plan file is JSON written in UTF-8", source=str(path)
        ) from None


def load(path: str | os.PathLike[str], *, require_applicant: bool = False) -> Plan:
    path = Path(path)
    return loads(read_text_file(path), source=str(path), require_applicant=require_applicant)


def save(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write atomically: a temporary file in the same folder, flushed, then renamed over the old one."""
    atomic_write_bytes(Path(path), dumps(plan).encode("utf-8"))
