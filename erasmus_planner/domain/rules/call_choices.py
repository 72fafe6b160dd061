"""What the plan chose of the call: an action open that year, a field it exists in, an open lot,
a project type (variant) available then. Each problem comes with its fix."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from erasmus_planner.domain.rules.base import FINDINGS, Context, Outcome, kind
from erasmus_planner.domain.rules.phrasing import action_name, base_values
from erasmus_planner.domain.vocabulary import FIELD_LABELS, VOCABULARY
from erasmus_planner.domain.wording import N_, Wording

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any


@kind("action-years")
def action_years(ctx: Context) -> Outcome | None:
    if ctx.year in ctx.action.years:
        return None
    return Outcome(False, {**base_values(ctx), "years": str(ctx.action.years)})


def _choices(ids: Iterable[str], labels: Mapping[str, str] | None, w: Wording) -> str:
    """'School education (school), Youth (youth)': the words people read first, the id the
    command line and plan files use after them."""
    return ", ".join(f"{w.tr(labels[i], VOCABULARY)} ({i})" if labels and i in labels else i for i in ids)


def _fix(ctx: Context, detail: str, fix: str, status: str | None = None, **values: Any) -> Outcome:
    """A field / lot / variant problem: the whole detail sentence and the fix, both filled in."""
    values = {"action": action_name(ctx), "year": ctx.year, **values}
    return Outcome(False, {"detail": ctx.tr(detail).format(**values), "fix": ctx.tr(fix).format(**values)}, status=status)


# The fixes the field / lot / variant checks suggest.
_CHOOSE = N_("Choose one of them.", FINDINGS)
_CLEAR_FIELD = N_("Clear the field.", FINDINGS)
_CLEAR_LOT = N_("Clear the lot.", FINDINGS)


@kind("field-valid")
def field_valid(ctx: Context) -> Outcome | None:
    action = ctx.action
    if not action.has_fields:
        if ctx.field is None:
            return None
        detail = N_("{action} have no fields; the field {field} is ignored", FINDINGS)
        return _fix(ctx, detail, _CLEAR_FIELD, "warn", field=repr(ctx.field))
    if ctx.field in action.fields:
        return None
    choices = _choices(action.fields, FIELD_LABELS, ctx.wording)
    if ctx.field is None:
        return _fix(ctx, N_("{action} need a field: {choices}", FINDINGS), _CHOOSE, choices=choices)
    detail = N_("{action} do not exist in the field {field}; fields: {choices}", FINDINGS)
    return _fix(ctx, detail, _CHOOSE, choices=choices, field=repr(ctx.field))


@kind("lot-valid")
def lot_valid(ctx: Context) -> Outcome | None:
    action = ctx.action
    open_lots = action.lots_in(ctx.year)
    names = {lot.id: lot.name for lot in open_lots}
    if not open_lots:
        if ctx.lot is None:
            return None
        detail = N_("{action} have no lots in the {year} call; the lot {lot} does not apply", FINDINGS)
        return _fix(ctx, detail, _CLEAR_LOT, lot=repr(ctx.lot))
    if ctx.lot in names:
        return None
    choices = _choices(names, names, ctx.wording)
    if ctx.lot is None:
        return _fix(ctx, N_("{action} of the {year} call are applied for in a lot: {choices}", FINDINGS), _CHOOSE,
                    choices=choices)
    lot = action.lot(ctx.lot)
    when = ctx.tr(" (it exists in the calls {years})").format(years=lot.years) if lot else ""
    detail = N_("The lot {lot} is not open in the {year} call{when}; lots that year: {choices}", FINDINGS)
    return _fix(ctx, detail, _CHOOSE, lot=repr(ctx.lot), when=when, choices=choices)


@kind("variant-valid")
def variant_valid(ctx: Context) -> Outcome | None:
    if ctx.variant is None:
        return None
    action = ctx.action
    open_variants = action.variants_in(ctx.year, ctx.field)
    if any(v.id == ctx.variant for v in open_variants):
        return None
    known = action.variant(ctx.variant)
    w = ctx.wording
    choices = _choices((v.id for v in open_variants), {v.id: v.name for v in open_variants}, w) or ctx.tr("none")
    if known is None:
        detail = N_("{action} have no project type {variant}; types: {choices}", FINDINGS)
        return _fix(ctx, detail, _CHOOSE, variant=repr(ctx.variant), choices=choices)
    name = w.tr(known.name, VOCABULARY)
    if ctx.field in known.excluded_fields:
        field_label = w.tr(FIELD_LABELS[ctx.field], VOCABULARY) if ctx.field in FIELD_LABELS else ctx.field
        detail = N_("'{name}' projects are not available in {field}", FINDINGS)
        return _fix(ctx, detail, _CHOOSE, name=name, field=field_label, choices=choices)
    detail = N_("'{name}' projects exist in the calls {years}, not in {year}", FINDINGS)
    return _fix(ctx, detail, _CHOOSE, name=name, years=known.years, choices=choices)
