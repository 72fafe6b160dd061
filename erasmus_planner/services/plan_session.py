"""The open plan and every use case that changes it — no Qt here.

The window (through its undo commands), the tests and any future front end change a plan only by
calling these methods. Each returns a ``Changes`` saying what moved; the verdict (``report``) and
"What else fits?" (``suggestions``) are recomputed lazily, once per plan value, however many views
ask for them.

Plans are immutable values, so "the current plan" is just a reference that each operation
replaces; undo commands keep the values they need and call the inverse operation.
"""

from __future__ import annotations

import datetime
import inspect
import os
import typing
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, Final

from erasmus_planner.domain import limits
from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR, ActionDef, Catalogue, load_catalogue
from erasmus_planner.domain.eligibility import Suggestion, check, suggest
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation, PartnerId, Plan
from erasmus_planner.domain.report import Report
from erasmus_planner.domain.vocabulary import FIELDS
from erasmus_planner.services.changes import DOCUMENT, EVERYTHING, HEADER, PARTNERS, Changes
from erasmus_planner.services.file_place import FilePlace
from erasmus_planner.services.plan_places import Claim, InUse, PlanPlace, Stored, Version

# What ``set_header`` may change; the rest of a plan is its partners.
HEADER_KEYS: Final[tuple[str, ...]] = ("title", "call_year", "action", "field", "lot", "variant", "duration_months")

DEFAULT_ACTION: Final = "cooperation-partnership"


@cache
def _speaks(function: Callable[..., Any]) -> bool:
    """Whether a domain function takes ``language=`` (findings in de/fr/tr); older domain
    builds do not, and then everything they say is English."""
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False
    if "language" in parameters:
        return True
    # ``**options: Unpack[SomeOptions]``: the keyword is a key of the TypedDict.
    for parameter in parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            try:
                hint = typing.get_type_hints(function, include_extras=True).get(parameter.name)
            except Exception:  # noqa: BLE001 - an unresolvable annotation: assume English only
                return False
            return any("language" in typing.get_type_hints(arg) for arg in typing.get_args(hint) if _is_typed_dict(arg))
    return False


def _is_typed_dict(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, dict) and hasattr(value, "__optional_keys__")


def in_language(function: Callable[..., Any], *args: Any, language: str, **kwargs: Any) -> Any:
    """Call ``function`` with ``language=`` when it takes one (English needs no keyword)."""
    if language != "en" and _speaks(function):
        kwargs["language"] = language
    return function(*args, **kwargs)


def default_call_year(today: datetime.date | None = None) -> int:
    """This year's call, within the years the catalogue knows."""
    year = (today or datetime.date.today()).year
    return max(FIRST_YEAR, min(LAST_YEAR, year))


def fit_header(action: ActionDef, plan: Plan, explicit: Iterable[str]) -> Plan:
    """Bring field, lot and variant in line with the plan's action and call year.

    Only the keys the caller did not set explicitly move: a field the new action does not have is
    cleared (or set, when the action has exactly one), a lot not open that year likewise, a variant
    that does not exist for that field and year is dropped. What the caller chose is kept even when
    wrong, so the checklist can say why it is wrong.
    """
    explicit = set(explicit)
    changes: dict[str, Any] = {}
    field = plan.field
    if "field" not in explicit:
        if not action.has_fields:
            field = None
        elif field not in action.fields:
            field = action.fields[0] if len(action.fields) == 1 else None
        changes["field"] = field
    if "lot" not in explicit:
        lots = [lot.id for lot in action.lots_in(plan.call_year)]
        lot = plan.lot if plan.lot in lots else (lots[0] if len(lots) == 1 else None)
        changes["lot"] = lot
    if "variant" not in explicit and plan.variant is not None:
        variants = [v.id for v in action.variants_in(plan.call_year, field)]
        changes["variant"] = plan.variant if plan.variant in variants else None
    return plan.with_changes(**changes) if changes else plan


class PlanSession:
    """The plan being edited, where it lives, and whether it may be written there.

    Where plans live is a ``PlanPlace`` (files by default). While a plan is open for editing the
    session holds the place's claim on it (a plan file's lock), so two windows never both write
    one plan, and it keeps the version it read or wrote, so a save can notice a plan someone
    else wrote meanwhile (``document_controller``).
    """

    def __init__(
        self,
        plan: Plan | None = None,
        path: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = False,
        catalogue: Catalogue | None = None,
        use_locks: bool = True,
        place: PlanPlace | None = None,
    ) -> None:
        self.catalogue = catalogue or load_catalogue()
        self.place: PlanPlace = place if place is not None else FilePlace(use_locks=use_locks)
        self._claim: Claim | None = None
        self._plan: Plan | None = None
        self._path: Any = None  # a PurePath (a Path for files)
        self._version: Version | None = None
        self._read_only = read_only
        if plan is not None:
            self.load(plan, path, read_only=read_only)
        self._report: tuple[Plan, str, Report] | None = None
        self._suggestions: tuple[Plan, str, list[Suggestion]] | None = None
        # The language findings, hints and agency reasons are written in ("en", "de", "fr", "tr").
        self.language = "en"

    # --- what views read ---------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        if self._plan is None:
            raise PlanError("no plan is open")
        return self._plan

    @property
    def has_plan(self) -> bool:
        return self._plan is not None

    @property
    def path(self) -> Path | None:
        """Where the plan lives (a path for a plan file; None: nowhere yet)."""
        return self._path

    @property
    def version(self) -> Version | None:
        """The version of the plan at ``path`` this session read or wrote last."""
        return self._version

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def action(self) -> ActionDef:
        return self.catalogue.action(self.plan.action)

    @property
    def report(self) -> Report:
        """The checklist of the current plan (computed once per plan value and language)."""
        plan, language = self.plan, self.language
        if self._report is None or self._report[0] is not plan or self._report[1] != language:
            self._report = (plan, language, in_language(check, plan, self.catalogue, language=language))
        return self._report[2]

    @property
    def suggestions(self) -> list[Suggestion]:
        """The same partners against every action of the call year, best fits first."""
        plan, language = self.plan, self.language
        if self._suggestions is None or self._suggestions[0] is not plan or self._suggestions[1] != language:
            self._suggestions = (plan, language, in_language(suggest, plan, self.catalogue, language=language))
        return self._suggestions[2]

    def header(self) -> dict[str, Any]:
        """The current header values, as ``set_header`` takes them (what undo restores)."""
        plan = self.plan
        return {key: getattr(plan, key) for key in HEADER_KEYS}

    def display_name(self) -> str:
        """What a title bar calls this plan: its file name, else its title, else "Untitled plan"."""
        if self._path is not None:
            return self._path.name
        if self._plan is not None and self._plan.title.strip():
            return self._plan.title.strip()
        return "Untitled plan"

    # --- documents -----------------------------------------------------------------------

    def new(self, *, call_year: int | None = None, action: str = DEFAULT_ACTION, title: str = "") -> Changes:
        """A fresh, empty plan aimed at this year's call (not yet saved anywhere)."""
        year = call_year or default_call_year()
        action_def = self.catalogue.action(action)
        plan = fit_header(action_def, Plan(action=action, call_year=year, title=title), ())
        return self.load(plan, None)

    def load(self, plan: Plan, path: str | os.PathLike[str] | None, *, read_only: bool = False) -> Changes:
        """Make ``plan`` the open plan, living at ``path`` (a recovered plan, a plan read elsewhere).

        Unless ``read_only``, the place's claim on ``path`` is taken for this session; when
        another window or computer has it, its PlanError (``PlanLocked`` for files) is raised
        and nothing changes.
        """
        target = self.place.locate(path) if path is not None else None
        claim = self._claim_for(target) if target is not None and not read_only else None
        if target is None:
            version = None
        elif self._path is not None and self.place.same(target, self._path):
            version = self._version  # the same plan's state elsewhere (recovered work)
        else:
            version = self.place.version(target)
        if claim is not self._claim:
            self._release_claim()
        self._claim = claim
        self._plan = plan
        self._path = target
        self._version = version
        self._read_only = read_only
        return EVERYTHING

    def open(self, path: str | os.PathLike[str], *, read_only: bool = False) -> Changes:
        """Read a plan; every problem is a PlanError naming it. Nothing changes on error."""
        location = self.place.locate(path)
        return self.load_stored(self.place.read(location), location, read_only=read_only)

    def load_stored(self, stored: Stored, location: Any, *, read_only: bool = False) -> Changes:
        """Make the plan read from ``location`` the open plan, at the version it was read."""
        changes = self.load(stored.plan, location, read_only=read_only)
        self._version = stored.version
        return changes

    def save(self, path: str | os.PathLike[str] | None = None) -> Changes:
        """Write the plan (a complete new state, never half) to ``path`` or where it lives; it
        then lives there, claimed by this session."""
        target = self.place.locate(path) if path is not None else self._path
        if target is None:
            raise PlanError("the plan has no file yet; choose where to save it")
        if path is None and self._read_only:
            raise PlanError("the plan was opened read-only; save it under another name", source=str(target))
        claim = self._claim_for(target)  # before writing: never overwrite a plan open elsewhere
        try:
            version = self.place.write(target, self.plan, copied_from=self._path)
        except BaseException:
            if claim is not None and claim is not self._claim:
                claim.release()  # the new place was never written: it stays free
            raise
        if claim is not self._claim:
            self._release_claim()
            self._claim = claim
        self._path = target
        self._version = version
        self._read_only = False
        return DOCUMENT

    def close(self) -> Changes:
        self._release_claim()
        self._plan = None
        self._path = None
        self._version = None
        self._read_only = False
        return EVERYTHING

    def _claim_for(self, location: Any) -> Claim | None:
        """The claim on ``location``: the one this session holds, or a new one (None where the
        place takes none). Raises the place's PlanError when another holds it."""
        if self._claim is not None and self.place.same(self._claim.location, location):
            return self._claim
        claim = self.place.claim(location)
        if isinstance(claim, InUse):
            raise claim.error
        return claim

    def _release_claim(self) -> None:
        claim, self._claim = self._claim, None
        if claim is not None:
            claim.release()

    # --- partners ------------------------------------------------------------------------

    def add_partner(self, org: Organisation, index: int | None = None) -> Changes:
        return self.add_partners((org,), index)

    def add_partners(self, orgs: Sequence[Organisation], index: int | None = None) -> Changes:
        """Insert organisations (at ``index``, else at the end), keeping their order."""
        plan = self.plan
        limits.check_partner_count(len(plan.partners) + len(orgs))
        known = {p.id for p in plan.partners}
        for org in orgs:
            if org.id in known:
                raise ValueError(f"partner {org.name!r} is already in the plan")
            limits.check_organisation(org)
            known.add(org.id)
        position = len(plan.partners) if index is None else max(0, min(index, len(plan.partners)))
        partners = plan.partners[:position] + tuple(orgs) + plan.partners[position:]
        self._plan = plan.with_changes(partners=partners)
        return PARTNERS

    def edit_partner(self, org: Organisation) -> Changes:
        """Replace the partner with the same id by ``org``."""
        self.plan.partner(org.id)  # KeyError when it is not there: a programming error
        limits.check_organisation(org)
        self._plan = self.plan.with_partner_replaced(org)
        return PARTNERS

    def remove_partner(self, partner_id: PartnerId) -> Changes:
        return self.remove_partners((partner_id,))

    def remove_partners(self, partner_ids: Iterable[PartnerId]) -> Changes:
        ids = set(partner_ids)
        plan = self.plan
        for partner_id in ids:
            plan.partner(partner_id)
        self._plan = plan.with_changes(partners=tuple(p for p in plan.partners if p.id not in ids))
        return PARTNERS

    # --- header --------------------------------------------------------------------------

    def set_header(self, **changes: Any) -> Changes:
        """Change title, call year, action, field, lot, variant or duration.

        Changing the action or the call year also moves field / lot / variant that no longer
        exist there (see ``fit_header``), unless the caller sets them too.
        """
        unknown = set(changes) - set(HEADER_KEYS)
        if unknown:
            raise TypeError(f"set_header() got unknown keys: {', '.join(sorted(unknown))}")
        self._validate_header(changes)
        plan = self.plan.with_changes(**changes)
        if {"action", "call_year", "field"} & set(changes):
            plan = fit_header(self.catalogue.action(plan.action), plan, changes)
        self._plan = plan
        return HEADER

    def _validate_header(self, changes: dict[str, Any]) -> None:
        if "action" in changes and changes["action"] not in self.catalogue.actions:
            raise PlanError("unknown action {value!r}; actions: {valid}", value=changes["action"], valid=", ".join(self.catalogue.actions))
        if "call_year" in changes:
            year = changes["call_year"]
            if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
                raise PlanError("call year {value!r} is outside {first}-{last}", value=year, first=FIRST_YEAR, last=LAST_YEAR)
        if changes.get("field") is not None and changes["field"] not in FIELDS:
            raise PlanError("unknown field {value!r}; fields: {valid}", value=changes["field"], valid=", ".join(FIELDS))
        if "title" in changes and not isinstance(changes["title"], str):
            raise TypeError("title must be text")
        if "title" in changes:
            limits.check_field("title", changes["title"])
