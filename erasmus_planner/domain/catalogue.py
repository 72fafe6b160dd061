"""The rule catalogue: actions, their fields / lots / variants, and their rules, loaded from data.

Every action lives in ``resources/rules/<action-id>.toml``; rules common to all actions in
``_common.toml``; default wording per rule kind in ``_messages.toml``. A new call year is a data
change. ``load_catalogue()`` validates everything against the vocabularies and raises
``CatalogueError`` naming the file and rule, so a bad edit fails the test suite, not a user.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from erasmus_planner.domain.resources import names_in, parsed_toml, read_text
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.vocabulary import CONFIDENCES, FIELDS, TYPE_GROUPS

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any, Final

FIRST_YEAR: Final = 2014
LAST_YEAR: Final = 2027

_set = object.__setattr__


class CatalogueError(ValueError):
    """The shipped rules data is inconsistent (a developer error, caught by the tests)."""


class Years(Value):
    __slots__ = _fields = ("first", "last")

    first: int
    last: int

    def __init__(self, first: int, last: int) -> None:
        _set(self, "first", first)
        _set(self, "last", last)

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.first <= year <= self.last

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}–{self.last}"

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(range(self.first, self.last + 1))


class LotDef(Value):
    __slots__ = _fields = ("id", "name", "years", "code")

    id: str
    name: str
    years: Years
    code: str

    def __init__(self, id: str, name: str, years: Years, code: str = "") -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "years", years)
        _set(self, "code", code)


class VariantDef(Value):
    __slots__ = _fields = ("id", "name", "years", "excluded_fields", "default")

    id: str
    name: str
    years: Years
    excluded_fields: tuple[str, ...]
    default: bool

    def __init__(
        self, id: str, name: str, years: Years, excluded_fields: tuple[str, ...] = (), default: bool = False
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "years", years)
        _set(self, "excluded_fields", excluded_fields)
        _set(self, "default", default)


class Edition(Value):
    """Overrides of a rule's source, confidence or parameters for some of its years."""

    __slots__ = _fields = ("years", "confidence", "source", "params")

    years: Years
    confidence: str | None
    source: str | None
    params: Mapping[str, Any]

    def __init__(
        self, years: Years, confidence: str | None = None, source: str | None = None, params: Mapping[str, Any] | None = None
    ) -> None:
        _set(self, "years", years)
        _set(self, "confidence", confidence)
        _set(self, "source", source)
        _set(self, "params", {} if params is None else params)


class RuleDef(Value):
    __slots__ = _fields = (
        "id", "kind", "years", "message", "hint", "source", "confidence", "status", "params", "fields", "lots",
        "variants", "editions", "file",
    )

    id: str
    kind: str
    years: Years
    message: str
    hint: str
    source: str
    confidence: str
    status: str  # what a violation produces: fail, warn or info
    params: Mapping[str, Any]
    fields: tuple[str, ...]
    lots: tuple[str, ...]
    variants: tuple[str, ...]
    editions: tuple[Edition, ...]
    file: str

    def __init__(
        self,
        id: str,
        kind: str,
        years: Years,
        message: str,
        hint: str,
        source: str,
        confidence: str,
        status: str = "fail",
        params: Mapping[str, Any] | None = None,
        fields: tuple[str, ...] = (),
        lots: tuple[str, ...] = (),
        variants: tuple[str, ...] = (),
        editions: tuple[Edition, ...] = (),
        file: str = "",
    ) -> None:
        _set(self, "id", id)
        _set(self, "kind", kind)
        _set(self, "years", years)
        _set(self, "message", message)
        _set(self, "hint", hint)
        _set(self, "source", source)
        _set(self, "confidence", confidence)
        _set(self, "status", status)
        _set(self, "params", {} if params is None else params)
        _set(self, "fields", fields)
        _set(self, "lots", lots)
        _set(self, "variants", variants)
        _set(self, "editions", editions)
        _set(self, "file", file)

    def applies(self, *, year: int, field: str | None, lot: str | None, variant: str | None) -> bool:
        if year not in self.years:
            return False
        if self.fields and field not in self.fields:
            return False
        if self.lots and lot not in self.lots:
            return False
        return not (self.variants and variant not in self.variants)

    def edition_for(self, year: int) -> tuple[str, str, Mapping[str, Any]]:
        """(confidence, source, params) in force for that call year."""
        for edition in self.editions:
            if year in edition.years:
                params = {**self.params, **edition.params}
                return (edition.confidence or self.confidence, edition.source or self.source, params)
        return self.confidence, self.source, self.params


class ActionDef(Value):
    __slots__ = _fields = (
        "id", "name", "programme", "years", "centralised", "description", "identifier", "codes", "fields", "lots",
        "variants", "european_ngo_route", "rules",
    )

    id: str
    name: str
    programme: str
    years: Years
    centralised: bool
    description: str
    identifier: str  # which identifier applications use: OID or PIC
    codes: Mapping[str, str | None]
    fields: tuple[str, ...]
    lots: tuple[LotDef, ...]
    variants: tuple[VariantDef, ...]
    european_ngo_route: bool
    rules: tuple[RuleDef, ...]

    def __init__(
        self,
        id: str,
        name: str,
        programme: str,
        years: Years,
        centralised: bool,
        description: str,
        identifier: str,
        codes: Mapping[str, str | None],
        fields: tuple[str, ...] = (),
        lots: tuple[LotDef, ...] = (),
        variants: tuple[VariantDef, ...] = (),
        european_ngo_route: bool = False,
        rules: tuple[RuleDef, ...] = (),
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "programme", programme)
        _set(self, "years", years)
        _set(self, "centralised", centralised)
        _set(self, "description", description)
        _set(self, "identifier", identifier)
        _set(self, "codes", codes)
        _set(self, "fields", fields)
        _set(self, "lots", lots)
        _set(self, "variants", variants)
        _set(self, "european_ngo_route", european_ngo_route)
        _set(self, "rules", rules)

    @property
    def has_fields(self) -> bool:
        return bool(self.fields)

    def lots_in(self, year: int) -> tuple[LotDef, ...]:
        return tuple(lot for lot in self.lots if year in lot.years)

    def variants_in(self, year: int, field: str | None) -> tuple[VariantDef, ...]:
        return tuple(v for v in self.variants if year in v.years and field not in v.excluded_fields)

    def default_variant(self) -> str | None:
        return next((v.id for v in self.variants if v.default), None)

    def lot(self, lot_id: str) -> LotDef | None:
        return next((lot for lot in self.lots if lot.id == lot_id), None)

    def variant(self, variant_id: str) -> VariantDef | None:
        return next((v for v in self.variants if v.id == variant_id), None)

    @property
    def primary_code(self) -> str:
        return next(iter(self.codes), self.id)

    def code_for(self, field: str | None) -> str:
        """The official code of this action in that field: KA201, KA220-YOU, EPPKA2-KA…"""
        for code, code_field in self.codes.items():
            if code_field and code_field == field:
                return code
        return self.primary_code


class Catalogue(Value):
    __slots__ = _fields = ("actions", "common_rules", "messages", "titles")

    actions: Mapping[str, ActionDef]
    common_rules: tuple[RuleDef, ...]
    messages: Mapping[str, Mapping[str, str]]
    titles: Mapping[str, str]

    def __init__(
        self,
        actions: Mapping[str, ActionDef],
        common_rules: tuple[RuleDef, ...],
        messages: Mapping[str, Mapping[str, str]],
        titles: Mapping[str, str] | None = None,
    ) -> None:
        _set(self, "actions", actions)
        _set(self, "common_rules", common_rules)
        _set(self, "messages", messages)
        _set(self, "titles", {} if titles is None else titles)

    def title(self, rule_id: str) -> str:
        """The rule's short English title ("Smallest number of countries"), or its id."""
        return self.titles.get(rule_id, rule_id)

    def action(self, action_id: str) -> ActionDef:
        return self.actions[action_id]

    def rules_for(self, action_id: str) -> tuple[RuleDef, ...]:
        """Structural rules first (action, field, applicant), then the action's composition rules,
        then the warnings, which may look back at the composition findings."""
        common_blocking = tuple(r for r in self.common_rules if r.status == "fail")
        common_advice = tuple(r for r in self.common_rules if r.status != "fail")
        return common_blocking + self.actions[action_id].rules + common_advice

    def actions_in(self, year: int) -> tuple[ActionDef, ...]:
        return tuple(a for a in self.actions.values() if year in a.years)

    def resolve_code(self, text: str) -> tuple[str, str | None] | None:
        """An action id or official code → (action id, field implied by the code, if any)."""
        key = text.strip()
        if key in self.actions:
            return key, None
        upper = key.upper()
        for action in self.actions.values():
            for code, code_field in action.codes.items():
                if code.upper() == upper:
                    return action.id, code_field or None
        return None


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
