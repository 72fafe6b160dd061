"""The live verdict: banner, checklist, submitting agency and "What else fits?".

Everything shown is read from the session's one ``Report`` (and ``suggest``), redrawn on every
change — and on a change of language (the session then reports in the new language) or of
theme. The banner carries a word and a symbol besides its colour. Choosing a suggestion is an
undoable switch of the plan's action / field / lot.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import Catalogue
from erasmus_planner.domain.eligibility import Suggestion
from erasmus_planner.domain.report import Agency, Finding, Report
from erasmus_planner.services.changes import Changes
from erasmus_planner.ui import catalogue_text, i18n, labels, theme
from erasmus_planner.ui.commands import SetHeaderCommand
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.icons import SYMBOLS, status_icon
from erasmus_planner.ui.rich_list import RichList
from erasmus_planner.ui.wording import escape, relative_font

SuggestionRole: Final = Qt.ItemDataRole.UserRole + 20
_ORDER: Final = {"fail": 0, "warn": 1, "info": 2, "pass": 3}
_CONFIDENCE_MARKS: Final = {
    "official": "",
    "agency-summary": QT_TRANSLATE_NOOP("EligibilityPanel", "◐ From a National Agency summary"),
    "unconfirmed": QT_TRANSLATE_NOOP("EligibilityPanel", "⚠ Source unconfirmed"),
}
MAX_SUGGESTIONS: Final = 8


def option_label(catalogue: Catalogue, action_id: str, field: str | None, lot: str | None) -> str:
    """ "Cooperation Partnerships — School education (KA220-SCH)" """
    action = catalogue.action(action_id)
    parts = [catalogue_text.action_name(action)]
    if field:
        parts.append(labels.field(field))
    lot_def = action.lot(lot) if lot else None
    if lot_def:
        parts.append(catalogue_text.lot_name(action, lot_def))
    return f"{' — '.join(parts)} ({action.code_for(field)})"


class VerdictBanner(i18n.Retranslating, QFrame):
    """ "✓ Eligible" on green or "✗ Not eligible" on red, with what it was checked against."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.icon = QLabel()
        self.icon.setScaledContents(True)
        self._status = "pass"
        self.headline = QLabel()
        self.headline.setObjectName("verdictHeadline")
        self.detail = QLabel()
        self.detail.setObjectName("verdictDetail")
        self.detail.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        # Preferred, not Maximum: its height depends on its width (wrapped lines), and "Maximum"
        # would cap it at the height it needs when wide — cutting lines off in a narrow panel.
        # The lists below take any extra room (they have the stretch).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._apply_fonts()
        self._apply_colours()

    def _apply_fonts(self) -> None:
        self.headline.setFont(relative_font(self.font(), 1.6, bold=True))
        side = self.headline.sizeHint().height()
        self.icon.setFixedSize(side, side)
        self.icon.setPixmap(status_icon(self._status).pixmap(side, side))

    def paintEvent(self, event: QPaintEvent) -> None:
        # Painted, not a style sheet: a style sheet would stop View ▸ Zoom from reaching the labels.
        background, border, _text = theme.banner_colours(self._status)
        width = theme.border_width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, width))
        painter.setBrush(background)
        inset = width / 2 + 0.5
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 6, 6)
        painter.end()

    def _apply_colours(self) -> None:
        """The detail in the banner's text colour, the headline in the verdict's, for the theme."""
        _background, border, text = theme.banner_colours(self._status)
        headline = theme.status_text_colour(self._status) if theme.current() == theme.LIGHT else border
        for label, colour in ((self.detail, text), (self.headline, headline)):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)
        self.update()

    def font_changed(self) -> None:
        self._apply_fonts()

    def palette_changed(self) -> None:  # the theme changed (the labels' own palettes are theirs)
        self._apply_colours()

    def show_report(self, report: Report, checked_against: str) -> None:
        """``checked_against`` may hold one line break: what was checked, then the call year."""
        failures, warnings = len(report.failures), len(report.warnings)
        status = "pass" if report.eligible else "fail"
        word = self.tr("Eligible") if report.eligible else self.tr("Not eligible")
        self.headline.setText(word)  # the icon beside it is the symbol: a tick or a cross
        counts = []
        # The words of the command line's verdict and of the PDF briefing's.
        if failures:
            counts.append(self.tr("%n requirement(s) not met", "", failures))
        if warnings:
            counts.append(self.tr("%n warning(s) to review", "", warnings))
        if not counts:
            counts.append(self.tr("Every requirement is met"))
        self.detail.setText(f"{escape(checked_against).replace(chr(10), '<br>')} · <b>{' · '.join(counts)}</b>")
        self.detail.setAccessibleName(f"{checked_against.replace(chr(10), ', ')}. {' · '.join(counts)}")
        self._status = status
        self.icon.setPixmap(status_icon(status).pixmap(self.icon.size()))
        self._apply_colours()
        self.setAccessibleName(self.tr("Verdict: {symbol} {word}").format(symbol=SYMBOLS[status], word=word))
        self.setAccessibleDescription(self.detail.text().replace("<br>", ". "))
        self.setToolTip(self.tr("Checked against {what}").format(what=checked_against))


class AgencyCard(i18n.Retranslating, QFrame):
    """Where the application goes: name, city, website, the reason, and alternatives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agencyCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.caption.setObjectName("agencyCaption")
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.name = QLabel()
        self.name.setObjectName("agencyName")
        self.name.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("agencyDetails")
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(3)
        layout.addWidget(self.caption)
        layout.addWidget(self.name)
        layout.addWidget(self.body)
        # Preferred, not Maximum: its height depends on its width (wrapped lines), and "Maximum"
        # would cap it at the height it needs when wide — cutting lines off in a narrow panel.
        # The lists below take any extra room (they have the stretch).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._apply_fonts()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Submitting agency"))
        self.caption.setText(self.tr("SUBMIT TO"))
        self.body.setAccessibleName(self.tr("Agency details and website"))

    def _apply_fonts(self) -> None:
        caption = relative_font(self.font(), 0.85, bold=True)
        caption.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.caption.setFont(caption)
        self.name.setFont(relative_font(self.font(), 1.15, bold=True))

    def font_changed(self) -> None:
        self._apply_fonts()

    def palette_changed(self) -> None:
        # A rich-text label keeps the link colour it was laid out with: lay it out again.
        text = self.body.text()
        self.body.clear()
        self.body.setText(text)

    def show_agency(self, agency: Agency | None, why_none: str, language: str | None = None) -> None:
        if agency is None:
            self.name.setText(self.tr("Not known yet"))
            self.body.setText(escape(why_none))
            self.setAccessibleDescription(why_none)
            return
        title = agency.name + (f" ({agency.acronym})" if agency.acronym and agency.acronym not in agency.name else "")
        self.name.setText(escape(title))
        lines = []
        if agency.name_local and agency.name_local != agency.name:
            lines.append(f"<i>{escape(agency.name_local)}</i>")
        place = ", ".join(p for p in (agency.city, countries.name(agency.country, language) if agency.country else "") if p)
        website = f' · <a href="{escape(agency.website)}">{escape(agency.website.split("://")[-1].rstrip("/"))}</a>' if agency.website else ""
        lines.append(escape(place) + website)
        lines.append(f"<span>{escape(agency.reason)}</span>")
        if agency.alternatives:
            alternatives = "; ".join(
                f"{escape(a.name)}" + (f" ({escape(a.valid)})" if a.valid else "") for a in agency.alternatives
            )
            lines.append(self.tr("Also possible: {names}").format(names=alternatives))
        self.body.setText("<br>".join(lines))
        self.setAccessibleDescription(f"{title}. {place}. {agency.reason}")


class SuggestionsList(RichList):
    """Enter switches to the chosen suggestion, like a click (see ``EligibilityPanel``)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemClicked.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class EligibilityPanel(i18n.Retranslating, QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eligibilityPanel")
        self.document = document
        self.catalogue = document.session.catalogue

        self.banner = VerdictBanner()
        self.agency = AgencyCard()
        self.findings = RichList("findingsList", "")
        self.findings.setMinimumHeight(140)
        self.suggestions = SuggestionsList("suggestionsList", "")
        self.suggestions.setMinimumHeight(100)
        self.suggestions.itemClicked.connect(self._suggestion_chosen)
        self.findings_heading = self._heading(self.findings)
        self.suggestions_heading = self._heading(self.suggestions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.agency)
        layout.addWidget(self.findings_heading)
        layout.addWidget(self.findings, 3)
        layout.addWidget(self.suggestions_heading)
        layout.addWidget(self.suggestions, 2)
        self._suggestions_wanted = True

        # "What else fits?" checks every action: drawn just after the checklist, so an edit
        # shows its verdict first and several quick edits cost one pass.
        self._suggestions_timer = QTimer(self)
        self._suggestions_timer.setSingleShot(True)
        self._suggestions_timer.setInterval(0)
        self._suggestions_timer.timeout.connect(self.refresh_suggestions)

        document.changed.connect(self._document_changed)
        self.retranslate()

    @staticmethod
    def _heading(buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        return label

    def retranslate(self) -> None:
        """Headings and names in the current language, and the report again (the session now
        writes its findings in that language)."""
        self.findings_heading.setText(f"<b>{escape(self.tr('Checklist'))}</b>")
        self.suggestions_heading.setText(f"<b>{escape(self.tr('What else fits?'))}</b>")
        self.findings.setAccessibleName(self.tr("Checklist"))
        self.suggestions.setAccessibleName(self.tr("What else fits?"))
        self.suggestions.setToolTip(self.tr("Click a row or press Enter to switch the plan to that action"))
        if self.document.has_plan:
            self.refresh()

    def palette_changed(self) -> None:
        if self.document.has_plan:
            self._fill_findings(self.document.session.report)  # the confidence marks' colour

    def set_suggestions_visible(self, visible: bool) -> None:
        """View ▸ What else fits? (hidden in presentation mode unless asked for)."""
        self._suggestions_wanted = visible
        self.suggestions_heading.setVisible(visible)
        self.suggestions.setVisible(visible)
        if visible and self.document.has_plan:
            self._suggestions_timer.start()

    def _document_changed(self, changes: Changes) -> None:
        if changes.affects_report and self.document.has_plan:
            self.refresh()

    def refresh(self) -> None:
        session = self.document.session
        report = session.report
        plan = session.plan
        against = option_label(self.catalogue, plan.action, plan.field, plan.lot) + "\n" + self.tr("{year} call").format(
            year=plan.call_year
        )
        self.banner.show_report(report, against)
        why_none = next((f.message for f in report.findings if f.rule == "agency"), "")
        self.agency.show_agency(report.agency, why_none, session.language)
        self._fill_findings(report)
        if self._suggestions_wanted:
            self._suggestions_timer.start()

    def _fill_findings(self, report: Report) -> None:
        current = self.findings.currentRow()
        self.findings.clear()
        for finding in sorted(
            (f for f in report.findings if f.rule != "agency"), key=lambda f: _ORDER.get(f.status, 9)
        ):
            self._add_finding(finding)
        if 0 <= current < self.findings.count():
            self.findings.setCurrentRow(current)

    def _add_finding(self, finding: Finding) -> None:
        status_word = {"pass": self.tr("Met"), "fail": self.tr("Not met"), "warn": self.tr("Warning"), "info": self.tr("Note")}
        mark = self.tr(_CONFIDENCE_MARKS[finding.confidence]) if _CONFIDENCE_MARKS.get(finding.confidence) else ""
        # Problems in bold; met rules in plain text, so the eye goes to what needs doing.
        message = escape(finding.message)
        parts = [message if finding.status in ("pass", "info") else f"<b>{message}</b>"]
        plain = [f"{status_word.get(finding.status, finding.status)}: {finding.message}"]
        if finding.hint:
            parts.append(f"→ {escape(finding.hint)}")
            plain.append(finding.hint)
        source_line = f"<small><span class='muted'>{escape(finding.source)}</span></small>" if finding.source else ""
        if mark:
            colour = theme.status_text_colour("warn").name()
            source_line = f"<small><b style='color:{colour}'>{escape(mark)}</b> · </small>" + source_line
            plain.append(mark)
        if source_line:
            parts.append(source_line)
            plain.append(self.tr("Source: {source}").format(source=finding.source))
        self.findings.add_row(status_icon(finding.status), "\n".join(plain), "<br>".join(parts), finding.source)

    def refresh_suggestions(self) -> None:
        if not self.document.has_plan:
            return
        self._suggestions_timer.stop()
        plan = self.document.plan
        self.suggestions.clear()
        shown = 0
        for suggestion in self.document.session.suggestions:
            if (suggestion.action, suggestion.field, suggestion.lot) == (plan.action, plan.field, plan.lot):
                continue
            self._add_suggestion(suggestion)
            shown += 1
            if shown == MAX_SUGGESTIONS:
                break
        if not shown:
            item = QListWidgetItem(self.tr("No other action is open in the {year} call for this field.").format(year=plan.call_year))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestions.addItem(item)

    def _add_suggestion(self, suggestion: Suggestion) -> None:
        label = option_label(self.catalogue, suggestion.action, suggestion.field, suggestion.lot)
        if suggestion.eligible:
            detail = self.tr("Eligible with these partners")
            status = "pass"
        else:
            first = suggestion.missing[0] if suggestion.missing else ""
            more = len(suggestion.missing) - 1
            detail = first + (self.tr(" (and {n} more)").format(n=more) if more > 0 else "")
            status = "fail"
        item = self.suggestions.add_row(
            status_icon(status),
            f"{label}. {detail}",
            f"<b>{escape(label)}</b><br><small>{escape(detail)}</small>",
            "\n".join(suggestion.missing) or detail,
        )
        item.setData(SuggestionRole, (suggestion.action, suggestion.field, suggestion.lot))

    def _suggestion_chosen(self, item: QListWidgetItem) -> None:
        target = item.data(SuggestionRole)
        if not target:
            return
        action, field, lot = target
        plan = self.document.plan
        if (plan.action, plan.field, plan.lot) == (action, field, lot):
            return
        self.document.push(SetHeaderCommand(self.document, action=action, field=field, lot=lot, variant=None))
