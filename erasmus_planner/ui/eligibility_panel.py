"""The live verdict: banner, checklist, submitting agency and "What else fits?".

Everything shown is read from the session's one ``Report`` (and ``suggest``), redrawn on every
change — and on a change of language (the session then reports in the new language) or of
theme. The banner carries a word and a symbol besides its colour. "What else fits?" is
``what_else_fits.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidgetItem, QScrollArea, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from erasmus_planner.domain import countries
from erasmus_planner.domain.brussels_time import today
from erasmus_planner.domain.call_wording import fact_lines
from erasmus_planner.domain.calls import CallFacts
from erasmus_planner.domain.report import Agency, Finding, Report
from erasmus_planner.domain.wording import wording
from erasmus_planner.services.changes import Changes
from erasmus_planner.ui import i18n, theme
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.icons import SYMBOLS, status_icon
from erasmus_planner.ui.rich_list import RichList
from erasmus_planner.ui.what_else_fits import SuggestionRole, WhatElseFits, option_label
from erasmus_planner.ui.wording import escape, relative_font

__all__ = ["AgencyCard", "EligibilityPanel", "SuggestionRole", "VerdictBanner", "option_label"]

_ORDER: Final = {"fail": 0, "warn": 1, "info": 2, "pass": 3}
_CONFIDENCE_MARKS: Final = {
    "official": "",
    "agency-summary": QT_TRANSLATE_NOOP("EligibilityPanel", "◐ From a National Agency summary"),
    "unconfirmed": QT_TRANSLATE_NOOP("EligibilityPanel", "⚠ Source unconfirmed"),
}
_MARGINS: Final = (6, 6, 6, 6)
_SPACING: Final = 8
_FINDINGS_SHOWN: Final = 2  # findings the checklist always has room for (else the panel scrolls)
FINDING_ROLE: Final = Qt.ItemDataRole.UserRole + 7  # the Finding behind a row of the checklist


class VerdictBanner(i18n.Retranslating, QFrame):
    """ "✓ Eligible" on green or "✗ Not eligible" on red, with what it was checked against."""

    shown = Signal(str, str)  # the status ("pass" or "fail") and its word, after each report

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
        self._show(status, word, checked_against, " · ".join(counts))

    def show_pending(self, word: str, what_to_do: str, checked_against: str) -> None:
        """Nothing to judge yet (no partners, no lot): a neutral banner that says what to do,
        not a red "Not eligible" over a plan just begun."""
        self._show("info", word, checked_against, what_to_do)

    def _show(self, status: str, word: str, checked_against: str, summary: str) -> None:
        self.headline.setText(word)
        self.detail.setText(f"{escape(checked_against).replace(chr(10), '<br>')} · <b>{escape(summary)}</b>")
        self.detail.setAccessibleName(f"{checked_against.replace(chr(10), ', ')}. {summary}")
        self._status = status
        self.icon.setPixmap(status_icon(status).pixmap(self.icon.size()))
        self._apply_colours()
        self.setAccessibleName(self.tr("Verdict: {symbol} {word}").format(symbol=SYMBOLS[status], word=word))
        self.setAccessibleDescription(self.detail.text().replace("<br>", ". "))
        self.setToolTip(self.tr("Checked against {what}").format(what=checked_against))
        self.shown.emit(status, word)

    def verdict(self) -> tuple[str, str]:
        """The status shown and its word ("" before the first report)."""
        return self._status, self.headline.text()


class AgencyCard(i18n.Retranslating, QFrame):
    """Where the application goes: name, city, website, the reason, and alternatives; then by
    when (the next deadline, counted from today), how to submit and the grant."""

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
        self.call = QLabel()
        self.call.setObjectName("agencyCall")
        self.call.setWordWrap(True)
        self.call.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._call: tuple[CallFacts | None, str | None] = (None, None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(3)
        layout.addWidget(self.caption)
        layout.addWidget(self.name)
        layout.addWidget(self.body)
        layout.addWidget(self.call)
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
        self.call.setAccessibleName(self.tr("Deadline, how to submit and the grant"))

    def _apply_fonts(self) -> None:
        caption = relative_font(self.font(), 0.85, bold=True)
        caption.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.caption.setFont(caption)
        self.name.setFont(relative_font(self.font(), 1.15, bold=True))

    def font_changed(self) -> None:
        self._apply_fonts()
        self.show_call(*self._call)  # presentation mode (a font change) shows fewer lines

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
        city = wording(language or "en").tr(agency.city, "agency")  # "Brussels" is "Brüssel" in German
        place = ", ".join(p for p in (city, countries.name(agency.country, language) if agency.country else "") if p)
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


    def show_call(self, call: CallFacts | None, language: str | None = None) -> None:
        """The next deadline with the days left from today, how to submit and the grant, each
        with its source in the tooltip; unconfirmed values say so. In presentation mode (a
        projector) only the deadline is shown, so the verdict, the agency and the checklist
        stay in view together; the rest is in the tooltip."""
        self._call = (call, language)
        if call is None:
            self.call.clear()
            self.call.setToolTip("")
            return
        lines = fact_lines(call, today(), wording(language or "en"))
        shown = lines[:1] if theme.controller().presentation else lines
        self.call.setText("<br>".join(f"<b>{escape(label)}</b> {escape(text)}" for label, text, _, _ in shown))
        tips = [f"{label} {text}" for label, text, _, _ in lines[len(shown):]]
        tips += [f"{label} {_source(source, confidence)}" for label, _, source, confidence in lines if source]
        self.call.setToolTip("\n".join(tips))
        self.call.setAccessibleDescription(". ".join(f"{label} {text}" for label, text, _, _ in lines))


def _source(source: str, confidence: str) -> str:
    """A value's source with how sure it is, for a tooltip."""
    mark = _CONFIDENCE_MARKS.get(confidence, "")
    return f"{source} — {QCoreApplication.translate('EligibilityPanel', mark)}" if mark else source


class _Content(QWidget):
    """What the panel scrolls: tells the panel its new width (the lists' room follows it)."""

    def __init__(self, resized: Callable[[], None]) -> None:
        super().__init__()
        self._resized = resized

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized()


class EligibilityPanel(i18n.Retranslating, QWidget):
    """The verdict, the agency, the checklist and "What else fits?", in a column that scrolls
    vertically when the window is too short for it (never sideways, never drawn over each
    other), or — when the window gives it the whole width (``arrange``) — in two columns:
    verdict and checklist on the left, agency and "What else fits?" on the right."""

    # Find in Directory on a failing finding: who in the partner directory would fix it.
    find_in_directory = Signal(object)  # Finding

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eligibilityPanel")
        self.document = document
        self.catalogue = document.session.catalogue

        self.banner = VerdictBanner()
        self.agency = AgencyCard()
        self.findings = RichList("findingsList", "")
        self.findings_heading = QLabel()
        self.findings_heading.setBuddy(self.findings)
        # Beside the heading, not under the list: the panel needs no more height for it.
        self.find_button = QToolButton()
        self.find_button.setObjectName("findInDirectoryButton")
        self.find_button.setAutoRaise(True)
        self.find_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.checklist_header = QWidget()
        header_row = QHBoxLayout(self.checklist_header)
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.addWidget(self.findings_heading, 1)
        header_row.addWidget(self.find_button)
        self.find_button.clicked.connect(self._find_in_directory)
        self.findings.itemActivated.connect(lambda item: self._find_in_directory(item))
        self.findings.currentItemChanged.connect(lambda *_: self._update_find_button())
        self.what_else = WhatElseFits(document, self)
        self.suggestions = self.what_else.list
        self.suggestions_heading = self.what_else.heading

        self.content = _Content(self._fit_lists)
        self.content.setObjectName("eligibilityContent")
        self.columns = QHBoxLayout(self.content)
        self.columns.setContentsMargins(*_MARGINS)
        self.columns.setSpacing(12)
        self._left, self._right = QVBoxLayout(), QVBoxLayout()
        for column in (self._left, self._right):
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(_SPACING)
            self.columns.addLayout(column, 1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("eligibilityScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.content)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the lists inside it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.two_columns: bool | None = None
        self.arrange(two_columns=False)

        document.changed.connect(self._document_changed)
        self.retranslate()

    # --- arrangement ------------------------------------------------------------------------------

    def arrange(self, *, two_columns: bool) -> None:
        """One column (beside the partners) or two (the panel has the window's width)."""
        if two_columns == self.two_columns:
            return
        self.two_columns = two_columns
        parts: list[tuple[QWidget, int]] = [
            (self.banner, 0), (self.checklist_header, 0), (self.findings, 3),
            (self.agency, 0), (self.what_else.header, 0), (self.suggestions, 2),
        ]
        for widget, _stretch in parts:
            for column in (self._left, self._right):
                column.removeWidget(widget)
        if two_columns:
            placed = [(self._left, parts[:3]), (self._right, parts[3:])]
        else:  # the verdict, the agency, then the lists
            placed = [(self._left, [parts[0], parts[3], parts[1], parts[2], parts[4], parts[5]])]
        for column, widgets in placed:
            for widget, stretch in widgets:
                column.addWidget(widget, stretch)
        self.columns.setStretch(1, 1 if two_columns else 0)
        self._fit_lists()

    def needed_height(self, width: int) -> int:
        """The height this panel needs, ``width`` pixels wide in one column, to show the whole
        verdict, the whole agency card and the checklist's first two findings without scrolling
        (the window chooses its layout with it; "What else fits?" may shrink to a row)."""
        left, top, right, bottom = _MARGINS
        inner = width - left - right
        parts = [
            self.banner.heightForWidth(inner),
            self.agency.heightForWidth(inner),
            self.checklist_header.sizeHint().height(),
            self.findings.rows_height(_FINDINGS_SHOWN, inner),
        ]
        if self.what_else.wanted:
            parts += [self.what_else.header.sizeHint().height(), self.suggestions.minimumHeight()]
        return top + bottom + sum(parts) + _SPACING * (len(parts) - 1)

    def _fit_lists(self) -> None:
        """The checklist never shrinks below its first two findings: past that, the panel scrolls."""
        if self.two_columns:
            width = max(self.findings.width(), 1)
        else:
            width = max(self.content.width() - _MARGINS[0] - _MARGINS[2], 1)
        self.findings.setMinimumHeight(max(self.findings.rows_height(_FINDINGS_SHOWN, width), 80))

    # --- words -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Headings and names in the current language, and the report again (the session now
        writes its findings in that language)."""
        self.findings_heading.setText(f"<b>{escape(self.tr('Checklist'))}</b>")
        self.find_button.setText(self.tr("Find in &Directory…"))
        self.find_button.setAccessibleName(self.find_button.text().replace("&", ""))
        self.find_button.setToolTip(self.tr("Organisations of the partner directory that would make the selected failing rule pass"))
        self.findings.setAccessibleName(self.tr("Checklist"))
        self.what_else.retranslate()
        if self.document.has_plan:
            self.refresh()

    def palette_changed(self) -> None:
        if self.document.has_plan:
            self._fill_findings(self.document.session.report)  # the confidence marks' colour

    def font_changed(self) -> None:
        self._fit_lists()  # larger text, taller findings

    def set_suggestions_visible(self, visible: bool) -> None:
        """View ▸ What else fits? (hidden in presentation mode unless asked for)."""
        self.what_else.set_wanted(visible)

    # --- the report --------------------------------------------------------------------------------

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
        if not plan.partners:
            self.banner.show_pending(
                self.tr("Add partners to start"), self.tr("Add the applicant first; the checklist says what this action needs"), against
            )
        elif plan.lot is None and session.action.lots_in(plan.call_year):
            self.banner.show_pending(self.tr("Choose a lot"), self.tr("The checks depend on the lot: choose it above"), against)
        else:
            self.banner.show_report(report, against)
        why_none = next((f.message for f in report.findings if f.rule == "agency"), "")
        self.agency.show_agency(report.agency, why_none, session.language)
        self.agency.show_call(report.call, session.language)
        self._fill_findings(report)
        self.what_else.refresh_soon()

    def _fill_findings(self, report: Report) -> None:
        current = self.findings.currentRow()
        self.findings.clear()
        for finding in sorted(
            (f for f in report.findings if f.rule != "agency"), key=lambda f: _ORDER.get(f.status, 9)
        ):
            self._add_finding(finding)
        if 0 <= current < self.findings.count():
            self.findings.setCurrentRow(current)
        self._update_find_button()
        self._fit_lists()

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
            source_line = f"<small><b class='mark'>{escape(mark)}</b> · </small>" + source_line
            plain.append(mark)
        if source_line:
            parts.append(source_line)
            plain.append(self.tr("Source: {source}").format(source=finding.source))
        item = self.findings.add_row(status_icon(finding.status), "\n".join(plain), "<br>".join(parts), finding.source)
        item.setData(FINDING_ROLE, finding)

    # --- Find in Directory -------------------------------------------------------------------------

    def _failing(self, item: QListWidgetItem | None = None) -> Finding | None:
        """The finding Find in Directory is for: the chosen one if it fails, else the first that does."""
        chosen = item if item is not None else self.findings.currentItem()
        finding = chosen.data(FINDING_ROLE) if chosen is not None else None
        if finding is not None and finding.status == "fail":
            return finding
        if item is not None:
            return None  # activating a met rule finds nothing
        rows = (self.findings.item(row).data(FINDING_ROLE) for row in range(self.findings.count()))
        return next((f for f in rows if f is not None and f.status == "fail"), None)

    def _update_find_button(self) -> None:
        self.find_button.setEnabled(self._failing() is not None)

    def _find_in_directory(self, item: QListWidgetItem | None = None) -> None:
        finding = self._failing(item if isinstance(item, QListWidgetItem) else None)
        if finding is not None:
            self.find_in_directory.emit(finding)

    def refresh_suggestions(self) -> None:
        self.what_else.refresh()
