"""The rule catalogue: actions, their fields / lots / variants, and their rules, loaded from data.

Every action lives in ``resources/rules/<action-id>.toml``; rules common to all actions in
``_common.toml``; default wording per rule kind in ``_messages.toml``. A new call year is a data
change. ``load_catalogue()`` validates everything against the vocabularies and raises
``CatalogueError`` naming the file and rule, so a bad edit fails the test suite, not a user.
This module reads and checks; what it builds (``ActionDef``, ``RuleDef``, ``Catalogue``, …) is
defined in ``catalogue_model`` and importable from either.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

# The catalogue's values live in catalogue_model; they are re-exported here, where most code
# imports them from.
from erasmus_planner.domain.catalogue_model import FIRST_YEAR as FIRST_YEAR
from erasmus_planner.domain.catalogue_model import LAST_YEAR as LAST_YEAR
from erasmus_planner.domain.catalogue_model import ActionDef as ActionDef
from erasmus_planner.domain.catalogue_model import Catalogue as Catalogue
from erasmus_planner.domain.catalogue_model import CatalogueError as CatalogueError
from erasmus_planner.domain.catalogue_model import Edition as Edition
from erasmus_planner.domain.catalogue_model import LotDef as LotDef
from erasmus_planner.domain.catalogue_model import RuleDef as RuleDef
from erasmus_planner.domain.catalogue_model import VariantDef as VariantDef
from erasmus_planner.domain.catalogue_model import Years as Years
from erasmus_planner.domain.resources import names_in, parsed_toml, read_text
from erasmus_planner.domain.vocabulary import CONFIDENCES, FIELDS, TYPE_GROUPS

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any, Final

def _years(value: Any, where: str) -> Years:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) for v in value)
        or not FIRST_YEAR <= value[0] <= value[1] <= LAST_YEAR
    ):
        raise CatalogueError(f"{where}: years must be [first, last] within {FIRST_YEAR}-{LAST_YEAR}, got {value!r}")
    return Years(value[0], value[1])


def _check_params(kind: str, params: Mapping[str, Any], where: str) -> None:
    groups = []
    if "group" in params:
        groups.append(params["group"])
    groups.extend(params.get("groups", []))
    if "counted_as" in params:
        groups.append(params["counted_as"])
    for group in groups:
        if group not in TYPE_GROUPS:
            raise CatalogueError(f"{where}: unknown type group {group!r}; known: {', '.join(TYPE_GROUPS)}")
    for key in ("min", "max", "min_countries"):
        if key in params and (not isinstance(params[key], int) or params[key] < 0):
            raise CatalogueError(f"{where}: {key} must be a whole number ≥ 0")
    if kind in ("min-organisations", "min-countries", "min-eu-countries", "min-type", "applicant-seniority"):
        if "min" not in params:
            raise CatalogueError(f"{where}: rule kind {kind} needs params.min")
    if kind == "duration" and not params.get("allowed") and not ("min" in params and "max" in params):
        raise CatalogueError(f"{where}: rule kind duration needs params.allowed (a list of months) or params.min and params.max")
    if kind == "max-organisations" and "max" not in params:
        raise CatalogueError(f"{where}: rule kind max-organisations needs params.max")
    if kind in ("min-type", "only-types", "applicant-type", "group-not-counted") and "group" not in params:
        raise CatalogueError(f"{where}: rule kind {kind} needs params.group")
    if kind == "per-country-types" and not params.get("groups"):
        raise CatalogueError(f"{where}: rule kind per-country-types needs params.groups")


def _rule(raw: Mapping[str, Any], file: str, messages: Mapping[str, Mapping[str, str]], action: ActionDef | None) -> RuleDef:
    rule_id = raw.get("id")
    where = f"{file}: rule {rule_id!r}"
    kind = raw.get("kind")
    if kind not in messages:
        raise CatalogueError(f"{where}: unknown kind {kind!r}; known: {', '.join(messages)}")
    confidence = raw.get("confidence")
    if confidence not in CONFIDENCES:
        raise CatalogueError(f"{where}: confidence must be one of {', '.join(CONFIDENCES)}")
    if not raw.get("source"):
        raise CatalogueError(f"{where}: every rule needs a source")
    status = raw.get("status", "fail")
    if status not in ("fail", "warn", "info"):
        raise CatalogueError(f"{where}: status must be fail, warn or info")
    params = MappingProxyType(dict(raw.get("params", {})))
    _check_params(kind, params, where)
    years = _years(raw.get("years"), where)
    fields = tuple(raw.get("fields", ()))
    lots = tuple(raw.get("lots", ()))
    variants = tuple(raw.get("variants", ()))
    if action is not None:
        if action.years.first > years.first or years.last > action.years.last:
            raise CatalogueError(f"{where}: years {years} reach outside the action's years {action.years}")
        for f in fields:
            if f not in action.fields:
                raise CatalogueError(f"{where}: field {f!r} is not a field of {action.id}")
        for lot in lots:
            if action.lot(lot) is None:
                raise CatalogueError(f"{where}: lot {lot!r} is not a lot of {action.id}")
        for variant in variants:
            if action.variant(variant) is None:
                raise CatalogueError(f"{where}: variant {variant!r} is not a variant of {action.id}")
    editions = []
    for ed in raw.get("editions", ()):
        ed_conf = ed.get("confidence")
        if ed_conf is not None and ed_conf not in CONFIDENCES:
            raise CatalogueError(f"{where}: edition confidence must be one of {', '.join(CONFIDENCES)}")
        ed_years = _years(ed.get("years"), where + " edition")
        if ed_years.first < years.first or ed_years.last > years.last:
            raise CatalogueError(f"{where}: edition years {ed_years} outside the rule's years {years}")
        editions.append(
            Edition(years=ed_years, confidence=ed_conf, source=ed.get("source"), params=MappingProxyType(dict(ed.get("params", {}))))
        )
    defaults = messages[kind]
    return RuleDef(
        id=str(rule_id),
        kind=kind,
        years=years,
        message=raw.get("message", defaults["message"]),
        hint=raw.get("hint", defaults["hint"]),
        source=raw["source"],
        confidence=confidence,
        status=status,
        params=params,
        fields=fields,
        lots=lots,
        variants=variants,
        editions=tuple(editions),
        file=file,
    )


def _action(raw: Mapping[str, Any], file: str) -> ActionDef:
    head = raw.get("action")
    if not isinstance(head, Mapping):
        raise CatalogueError(f"{file}: missing [action] table")
    where = f"{file}: action"
    for key in ("id", "name", "programme", "years", "description", "identifier"):
        if key not in head:
            raise CatalogueError(f"{where}: missing {key!r}")
    if f"{head['id']}.toml" != file:
        raise CatalogueError(f"{where}: id {head['id']!r} does not match the file name")
    fields = tuple(head.get("fields", ()))
    for f in fields:
        if f not in FIELDS:
            raise CatalogueError(f"{where}: unknown field {f!r}; known: {', '.join(FIELDS)}")
    codes = {str(k): (v or None) for k, v in head.get("codes", {}).items()}
    for code, code_field in codes.items():
        if code_field is not None and code_field not in fields:
            raise CatalogueError(f"{where}: code {code} names field {code_field!r}, not a field of the action")
    years = _years(head["years"], where)
    lots = tuple(
        LotDef(id=lot["id"], name=lot["name"], years=_years(lot["years"], f"{file}: lot {lot.get('id')}"), code=lot.get("code", ""))
        for lot in raw.get("lot", ())
    )
    variants = tuple(
        VariantDef(
            id=v["id"],
            name=v["name"],
            years=_years(v["years"], f"{file}: variant {v.get('id')}"),
            excluded_fields=tuple(v.get("excluded_fields", ())),
            default=bool(v.get("default", False)),
        )
        for v in raw.get("variant", ())
    )
    if head["identifier"] not in ("OID", "PIC"):
        raise CatalogueError(f"{where}: identifier must be OID or PIC")
    return ActionDef(
        id=head["id"],
        name=head["name"],
        programme=head["programme"],
        years=years,
        centralised=bool(head.get("centralised", False)),
        description=head["description"],
        identifier=head["identifier"],
        codes=MappingProxyType(codes),
        fields=fields,
        lots=lots,
        variants=variants,
        european_ngo_route=bool(head.get("european_ngo_route", False)),
    )


def _load_toml(name: str) -> dict[str, Any]:
    try:
        return parsed_toml(f"rules/{name}", read_text("rules", name))
    except ValueError as exc:  # tomllib.TOMLDecodeError
        raise CatalogueError(f"{name}: {exc}") from exc


class _naming:  # noqa: N801 (used as ``with _naming(file):``, like a function)
    """A missing key or a value of the wrong shape becomes a CatalogueError naming the file,
    like every other mistake in the rules data (not a bare KeyError from deep in the loader).
    A class rather than ``contextlib.contextmanager``: contextlib is not imported by a check."""

    __slots__ = ("file",)

    def __init__(self, file: str) -> None:
        self.file = file

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, (KeyError, TypeError, ValueError, AttributeError)) and not isinstance(exc, CatalogueError):
            what = f"missing key {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
            raise CatalogueError(f"{self.file}: malformed entry ({what})") from exc


@cache
def load_catalogue() -> Catalogue:
    """Load and validate the shipped catalogue (cached: it is immutable)."""
    with _naming("_messages.toml"):
        messages = {k: MappingProxyType(dict(v)) for k, v in _load_toml("_messages.toml").items()}
        for kind, wording in messages.items():
            if not all(isinstance(wording.get(key), str) for key in ("message", "hint")):
                raise CatalogueError(f"_messages.toml: [{kind}] needs a message and a hint, both text")
    with _naming("_common.toml"):
        common_raw = _load_toml("_common.toml")
        common = tuple(_rule(r, "_common.toml", messages, None) for r in common_raw.get("rule", ()))
    actions: dict[str, ActionDef] = {}
    names = [name for name in names_in("rules") if name.endswith(".toml") and not name.startswith("_")]
    for name in names:
        with _naming(name):
            raw = _load_toml(name)
            action = _action(raw, name)
            rules = tuple(_rule(r, name, messages, action) for r in raw.get("rule", ()))
        actions[action.id] = action.replace(rules=rules)
    ordered = {a: actions[a] for a in ACTION_ORDER if a in actions}
    ordered.update({k: v for k, v in actions.items() if k not in ordered})
    with _naming("_titles.toml"):
        titles = {str(k): str(v) for k, v in _load_toml("_titles.toml").items()}
    return Catalogue(
        actions=MappingProxyType(ordered), common_rules=common, messages=MappingProxyType(messages), titles=MappingProxyType(titles)
    )


# The order of spec/plan-format.md §1, which pickers and listings follow.
ACTION_ORDER: Final[tuple[str, ...]] = (
    "strategic-partnership",
    "school-to-school-partnership",
    "school-exchange-partnership",
    "digital-education-readiness",
    "partnership-for-creativity",
    "knowledge-alliance",
    "sector-skills-alliance",
    "cooperation-partnership",
    "small-scale-partnership",
    "alliance-for-innovation",
    "centre-of-vocational-excellence",
)
