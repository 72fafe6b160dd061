"""What the rule catalogue is made of: actions with their lots, variants and editions, rules, and
the catalogue that holds them — immutable values, with the questions the engines ask of them.

``domain.catalogue`` reads them from ``resources/rules/`` and checks them (``load_catalogue``) and
re-exports every name here, so either import path works.
"""

from __future__ import annotations

from collections.abc import Mapping

from erasmus_planner.domain.values import Value

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
