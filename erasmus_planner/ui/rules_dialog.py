"""Help ▸ Rules and their sources: every rule of the catalogue, where it comes from, how sure we are.

A read-only tree: actions grouped by programme, each with its rules, the call years and fields
they apply to, their parameters, the confidence of their source and the source itself. Rules
resting on unconfirmed sources carry a visible mark, as in the checklist.
"""

from __future__ import annotations


from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import ActionDef, Catalogue, RuleDef
from erasmus_planner.ui import catalogue_text, labels
from erasmus_planner.ui.reference_dialog import ReferenceDialog
from erasmus_planner.ui.window_placement import fit_dialog
from erasmus_planner.ui.wording import escape

CONFIDENCE_LABELS = {
    "official": QT_TRANSLATE_NOOP("RulesDialog", "Official"),
    "agency-summary": QT_TRANSLATE_NOOP("RulesDialog", "◐ Agency summary"),
    "unconfirmed": QT_TRANSLATE_NOOP("RulesDialog", "⚠ Unconfirmed"),
}


CONFIDENCE_HELP = {
    "official": QT_TRANSLATE_NOOP("RulesDialog", "Confirmed in the Programme Guide or the official call text."),
    "agency-summary": QT_TRANSLATE_NOOP("RulesDialog", "Taken from National Agency summaries of the Programme Guide."),
    "unconfirmed": QT_TRANSLATE_NOOP("RulesDialog", "Could not be confirmed: check it with your National Agency."),
}


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("RulesDialog", text)
# The groups rules count, in the words of the checklist (never their ids).
GROUP_NAMES = {
    "school": QT_TRANSLATE_NOOP("RulesDialog", "schools"),
    "hei": QT_TRANSLATE_NOOP("RulesDialog", "higher education institutions"),
    "vet-provider": QT_TRANSLATE_NOOP("RulesDialog", "VET providers"),
    "enterprise": QT_TRANSLATE_NOOP("RulesDialog", "enterprises"),
    "sector-representative": QT_TRANSLATE_NOOP("RulesDialog", "enterprises, industry or sector representatives"),
    "labour-market-actor": QT_TRANSLATE_NOOP("RulesDialog", "labour-market actors"),
    "education-provider": QT_TRANSLATE_NOOP("RulesDialog", "education and training providers"),
    "regulatory-body": QT_TRANSLATE_NOOP("RulesDialog", "bodies with a regulatory function"),
    "public-body": QT_TRANSLATE_NOOP("RulesDialog", "public bodies"),
    "youth-group": QT_TRANSLATE_NOOP("RulesDialog", "youth organisations or groups"),
}


def _group(group: str) -> str:
    return _tr(GROUP_NAMES[group]) if group in GROUP_NAMES else group


def _scope(rule: RuleDef, action: ActionDef | None) -> str:
    """ "calls 2016–2020; Design and delivery of VET": lots and project types by name."""
    parts = [QCoreApplication.translate("RulesDialog", "calls {years}").format(years=rule.years)]
    if rule.fields:
        parts.append(", ".join(labels.field(f) for f in rule.fields))
    lots = [action.lot(lot) if action is not None else None for lot in rule.lots]
    if rule.lots:
        names = [catalogue_text.lot_name(action, lot) if lot is not None and action is not None else i for i, lot in zip(rule.lots, lots)]
        parts.append(QCoreApplication.translate("RulesDialog", "lots: {lots}").format(lots=", ".join(names)))
    if rule.variants:
        variants = [action.variant(v) if action is not None else None for v in rule.variants]
        names = [catalogue_text.variant_name(action, v) if v is not None and action is not None else i for i, v in zip(rule.variants, variants)]
        parts.append(QCoreApplication.translate("RulesDialog", "type: {types}").format(types=", ".join(names)))
    return "; ".join(parts)


def _params(rule: RuleDef, year: int | None) -> str:
    """What the rule asks, in words: "at least 3", "24 or 36 months", "not Belarus, Russia"."""
    params = rule.edition_for(year)[2] if year is not None else rule.params
    months = rule.kind == "duration"
    words: list[str] = []
    for key, value in params.items():
        if key == "min":
            text = translate("RulesDialog", "at least {n} months") if months else translate("RulesDialog", "at least {n}")
            words.append(text.format(n=value))
        elif key == "max":
            text = translate("RulesDialog", "at most {n} months") if months else translate("RulesDialog", "at most {n}")
            words.append(text.format(n=value))
        elif key == "allowed":
            words.append(translate("RulesDialog", "{values} months").format(values=translate("RulesDialog", " or ").join(str(v) for v in value)))
        elif key == "countries":
            words.append(translate("RulesDialog", "not {countries}").format(countries=", ".join(countries.name(c) for c in value)))
        elif key == "groups":
            words.append(translate("RulesDialog", " and ").join(_group(g) for g in value))
        elif key == "counted_as":
            words.append(translate("RulesDialog", "counted as {group}").format(group=_group(value)))
        elif key == "min_countries":
            words.append(translate("RulesDialog", "in at least {n} countries").format(n=value))
        elif key == "from":
            words.append(translate("RulesDialog", "from the {year} call").format(year=value))
        elif key == "except_regions":
            words.append(translate("RulesDialog", "except outermost-region categories {regions}").format(regions=", ".join(map(str, value))))
        elif key == "deadline":
            month, day = (int(part) for part in str(value).split("-"))
            words.append(translate("RulesDialog", "registered before {date}").format(date=QLocale().toString(QDate(2000, month, day), "d MMMM")))
        elif key == "group":
            continue  # the rule's title names it ("Enterprises and sector representatives")
        else:
            words.append(f"{key} {value}")
    return ", ".join(words)


class RulesDialog(ReferenceDialog):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None, *, year: int | None = None, action: str | None = None) -> None:
        self.catalogue = catalogue
        self._focus_action = action
        super().__init__(
            parent,
            names=("rulesDialog", "rulesTree", "rulesYearPicker", "ruleDetail"),
            intro=self.tr(
                "The planner checks each consortium against these rules. Each names its source: the "
                "Programme Guide of the call year where it could be confirmed, otherwise National Agency "
                "summaries (◐). Rules marked ⚠ rest on sources that could not be confirmed: check them with "
                "your National Agency."
            ),
            year_words=(self.tr("Call year"), self.tr("Call &year"), self.tr("Rules")),
            headers=(self.tr("Rule"), self.tr("Applies to"), self.tr("Confidence"), self.tr("Source")),
            widths=(320, 200, 130),
            stretch=3,
            year=year,
            all_years=self.tr("All call years"),
        )
        self.setWindowTitle(self.tr("Rules and their sources"))
        self.detail.setMinimumHeight(self.fontMetrics().height() * 4)
        fit_dialog(self, QSize(1100, 680))
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        year = self.year.currentData()
        focus: QTreeWidgetItem | None = None
        common = QTreeWidgetItem([self.tr("Every action")])
        self._add_rules(common, self.catalogue.common_rules, year, None)
        for action in self.catalogue.actions.values():
            if year is not None and year not in action.years:
                continue
            item = QTreeWidgetItem(
                [
                    f"{catalogue_text.action_name(action)} ({action.primary_code})",
                    QCoreApplication.translate("RulesDialog", "calls {years}").format(years=action.years),
                    "",
                    catalogue_text.action_description(action),
                ]
            )
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            self._add_rules(item, action.rules, year, action)
            if action.id == self._focus_action:
                focus = item
        self.tree.addTopLevelItem(common)
        if focus is not None:
            focus.setExpanded(True)
            self.tree.setCurrentItem(focus)

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None:
            self.detail.clear()
            return
        parts = [f"<b>{escape(item.text(0))}</b> — {escape(item.text(1))}"]
        if item.text(2):
            parts.append(f"{escape(item.text(2))}: {escape(item.data(3, Qt.ItemDataRole.UserRole) or '')}")
        parts.append(escape(item.text(3)))
        self.detail.setText("<br>".join(parts))

    def _add_rules(self, parent: QTreeWidgetItem, rules: tuple[RuleDef, ...], year: int | None, action: ActionDef | None) -> None:
        for rule in rules:
            if year is not None and year not in rule.years:
                continue
            confidence, source, _ = rule.edition_for(year) if year is not None else (rule.confidence, rule.source, None)
            name = catalogue_text.rule_title(self.catalogue, rule.id)
            params = _params(rule, year)
            if params:
                name += f" ({params})"
            if rule.status != "fail":
                name += self.tr(" — advice")
            shown = self.tr(CONFIDENCE_LABELS[confidence]) if confidence in CONFIDENCE_LABELS else confidence
            child = QTreeWidgetItem([name, _scope(rule, action), shown, source])
            child.setToolTip(3, source)
            child.setData(3, Qt.ItemDataRole.UserRole, self.tr(CONFIDENCE_HELP[confidence]) if confidence in CONFIDENCE_HELP else "")
            child.setData(0, Qt.ItemDataRole.UserRole, rule.id)
            parent.addChild(child)
