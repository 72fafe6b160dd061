"""One undo command per user edit (Orange canvas style): ``redo`` calls a session use case and
``undo`` its inverse, both through ``PlanDocument.apply`` so every view refreshes the same way.

Commands keep the values they need (the removed organisation and its row, the header before the
change) when they are created, never after: ``QUndoStack.push`` runs ``redo`` immediately.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from erasmus_planner.domain.catalogue import Catalogue
from erasmus_planner.domain.model import Organisation, PartnerId
from erasmus_planner.domain.vocabulary import FIELD_LABELS, PARTNER
from erasmus_planner.ui import catalogue_text, labels
from erasmus_planner.ui.document import PlanDocument

if TYPE_CHECKING:  # the prompt's module (a dialog, QMessageBox's mnemonics) loads with the first question
    from erasmus_planner.ui.affiliates_prompt import AffiliatesChoice

# Consecutive title edits merge into one undo step (typing a title is one change to a user).
_TITLE_MERGE_ID = 1001
# Typing "2019" into the call-year picker selects 2027, 2014 and 2019 on the way: call years
# chosen within the keyboard's search interval of each other are one undo step too.
_YEAR_MERGE_ID = 1002


_NAME_IN_MENU = 40  # characters of a partner's name in "Undo Add partner “…”"


def _short(name: str) -> str:
    """A name as the Edit menu shows it: whole up to a menu's width, then cut with an ellipsis."""
    name = " ".join(name.split())
    return name if len(name) <= _NAME_IN_MENU else name[: _NAME_IN_MENU - 1].rstrip() + "…"


class _DocumentCommand(QUndoCommand):
    def __init__(self, document: PlanDocument, text: str) -> None:
        super().__init__(text)
        self.document = document


class AddPartnersCommand(_DocumentCommand):
    """Add one or more organisations at a row (the end by default): the dialog, an import."""

    def __init__(self, document: PlanDocument, orgs: Sequence[Organisation], index: int | None = None) -> None:
        if len(orgs) == 1:
            text = QCoreApplication.translate("commands", "Add partner “{name}”").format(name=_short(orgs[0].name))
        else:
            text = QCoreApplication.translate("commands", "Add {count} partners").format(count=len(orgs))
        super().__init__(document, text)
        self.orgs = tuple(orgs)
        self.index = index

    def redo(self) -> None:
        self.document.apply(lambda s: s.add_partners(self.orgs, self.index))

    def undo(self) -> None:
        self.document.apply(lambda s: s.remove_partners(o.id for o in self.orgs))


def _affiliate_fates(
    linked: Sequence[Organisation], affiliates: AffiliatesChoice
) -> tuple[set[PartnerId], list[tuple[Organisation, Organisation]]]:
    """What ``affiliates`` (an answer of ``AffiliatesPrompt``) does to the affiliated entities
    ``linked`` of a partner that stops being a full one: the ids to remove, and the entities to
    edit as (as it was, as it will be) — undo edits each back."""
    if affiliates == "remove":
        return {a.id for a in linked}, []
    if isinstance(affiliates, tuple):  # ("relink", another full partner's name)
        return set(), [(a, a.with_changes(affiliated_to=affiliates[1])) for a in linked]
    return set(), [(a, a.with_changes(role=PARTNER, affiliated_to=None)) for a in linked]


class _PartnersCommand(_DocumentCommand):
    """Partners edited (``edited``: before, after) and removed (``removed``: row, organisation)
    in one step; undo puts each removed one back at its own row and edits the others back."""

    edited: list[tuple[Organisation, Organisation]]
    removed: list[tuple[int, Organisation]]

    def redo(self) -> None:
        def change(session):  # type: ignore[no-untyped-def]
            changes = None
            # Edits first: a renamed partner's affiliated entities follow its new name, and an
            # entity's own fate (below) is written over that.
            for _, after in self.edited:
                changes = session.edit_partner(after)
            if self.removed:
                changes = session.remove_partners(org.id for _, org in self.removed)
            return changes

        self.document.apply(change)

    def undo(self) -> None:
        def put_back(session):  # type: ignore[no-untyped-def]
            changes = None
            for index, org in self.removed:  # ascending rows: each lands where it was
                changes = session.add_partner(org, index)
            for before, _ in reversed(self.edited):
                changes = session.edit_partner(before)
            return changes

        self.document.apply(put_back)


class EditPartnerCommand(_PartnersCommand):
    """Edit one partner. When it stops being a full partner (an associated partner now), its
    affiliated entities are linked to another full partner, made full partners or removed, as
    ``affiliates`` says — in the same undo step."""

    def __init__(self, document: PlanDocument, new: Organisation, *, affiliates: AffiliatesChoice = "promote") -> None:
        super().__init__(document, QCoreApplication.translate("commands", "Edit partner “{name}”").format(name=_short(new.name)))
        plan = document.plan
        self.old = plan.partner(new.id)
        self.new = new
        linked = plan.affiliates_of(self.old) if not new.is_full else ()
        gone, fates = _affiliate_fates(linked, affiliates)
        self.edited = [(self.old, new), *fates]
        self.removed = sorted(((plan.index_of(pid), plan.partner(pid)) for pid in gone), key=lambda x: x[0])


class RemovePartnersCommand(_PartnersCommand):
    """Remove partners. The affiliated entities of a removed partner go with it
    (``affiliates="remove"``), are linked to another full partner (``("relink", name)``) or stay
    as full partners (``"promote"``)."""

    def __init__(self, document: PlanDocument, partner_ids: Sequence[PartnerId], *, affiliates: AffiliatesChoice = "remove") -> None:
        plan = document.plan
        ids = set(partner_ids)
        linked = [a for pid in partner_ids for a in plan.affiliates_of(plan.partner(pid)) if a.id not in ids]
        gone, self.edited = _affiliate_fates(linked, affiliates)
        ids |= gone
        self.removed = sorted(((plan.index_of(pid), plan.partner(pid)) for pid in ids), key=lambda x: x[0])
        if len(self.removed) == 1:
            text = QCoreApplication.translate("commands", "Remove partner “{name}”").format(name=_short(self.removed[0][1].name))
        else:
            text = QCoreApplication.translate("commands", "Remove {count} partners").format(count=len(self.removed))
        super().__init__(document, text)


class SetHeaderCommand(_DocumentCommand):
    """Change title, call year, action, field, lot or variant; undo restores all of them."""

    def __init__(self, document: PlanDocument, text: str | None = None, **changes: Any) -> None:
        super().__init__(document, text or describe_header_change(changes, document.session.catalogue))
        self.before = document.session.header()
        self.changes = changes
        self.made_at = time.monotonic()

    def redo(self) -> None:
        if self.id() == _YEAR_MERGE_ID:
            # From the header before the first year of a typed run: a lot or project type that
            # a year passed through on the way did not have is not lost.
            def set_year(session):  # type: ignore[no-untyped-def]
                session.set_header(**self.before)
                return session.set_header(**self.changes)

            self.document.apply(set_year)
            return
        self.document.apply(lambda s: s.set_header(**self.changes))

    def undo(self) -> None:
        self.document.apply(lambda s: s.set_header(**self.before))

    def id(self) -> int:
        if set(self.changes) == {"title"}:
            return _TITLE_MERGE_ID
        if set(self.changes) == {"call_year"}:
            return _YEAR_MERGE_ID
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetHeaderCommand) or other.id() != self.id() or self.id() == -1:
            return False
        if self.id() == _YEAR_MERGE_ID:
            interval = QCoreApplication.instance().keyboardInputInterval() / 1000 if QCoreApplication.instance() else 0.4
            if other.made_at - self.made_at > interval:
                return False  # a year chosen again later is a change of its own
            self.changes = dict(other.changes)
            self.made_at = other.made_at
            self.setText(other.text())
            self.redo()  # the years passed through leave no trace
            return True
        self.changes = dict(other.changes)
        return True


def describe_header_change(changes: dict[str, Any], catalogue: Catalogue) -> str:
    """The undo menu's words for a header change: "Undo Set action to Knowledge Alliances"."""
    if "action" in changes:
        name = catalogue_text.action_name(catalogue.action(changes["action"]))
        field = changes.get("field")
        suffix = f" ({labels.field(field)})" if field in FIELD_LABELS else ""
        return QCoreApplication.translate("commands", "Switch to {action}").format(action=name + suffix)
    if set(changes) == {"title"}:
        return QCoreApplication.translate("commands", "Change title")
    if "call_year" in changes:
        return QCoreApplication.translate("commands", "Set call year to {year}").format(year=changes["call_year"])
    if "field" in changes:
        field = changes["field"]
        return QCoreApplication.translate("commands", "Set field to {field}").format(field=labels.field(field) if field else QCoreApplication.translate("commands", "none"))
    if "lot" in changes:
        return QCoreApplication.translate("commands", "Change lot")
    if "variant" in changes:
        return QCoreApplication.translate("commands", "Change project type")
    return QCoreApplication.translate("commands", "Change plan details")
