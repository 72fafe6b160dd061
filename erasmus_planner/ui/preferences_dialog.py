"""Edit ▸ Preferences: language, theme, presentation scale, paper size, partner directory.

Built from pages (Picard's options pages): each page ``load``s its fields from a
``Preferences``, ``check``s what was entered (a sentence saying what is wrong, or None) and
``save``s into a new ``Preferences``. OK checks every page before any is saved, so nothing is
half-applied; the window then stores the result and puts it into effect at once — a new
language too, without a restart.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QFrame,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner.services import partner_directory
from erasmus_planner.settings import LANGUAGES, SCALE_RANGE, SYSTEM, Preferences
from erasmus_planner.ui import i18n
from erasmus_planner.ui.partner_feedback import FeedbackLabel, Tone
from erasmus_planner.ui.window_placement import MARGIN, grow_to_content


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def _note(text: str) -> FeedbackLabel:
    note = FeedbackLabel()
    note.setWordWrap(True)
    note.say(text)
    return note


class PreferencesPage(QGroupBox):
    """One group of preferences: ``load``, ``check``, ``save``."""

    NAME: ClassVar[str] = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def row(self, text: str, field: QWidget, note: QWidget | None = None) -> QLabel:
        """A labelled field, with its explanation (if any) right beneath it."""
        label = QLabel(text)
        label.setBuddy(field.focusProxy() or field)
        cell = field
        if note is not None:
            cell = QWidget()
            stack = QVBoxLayout(cell)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(2)
            short = isinstance(field, (QComboBox, QSpinBox))  # a picker keeps its own width
            stack.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft if short else Qt.AlignmentFlag(0))
            stack.addWidget(note)
            cell.setFocusProxy(field.focusProxy() or field)
        self.form.addRow(label, cell)
        return label

    def load(self, preferences: Preferences) -> None:
        raise NotImplementedError

    def check(self) -> str | None:
        """What stops these values from being saved, or None."""
        return None

    def save(self, preferences: Preferences) -> Preferences:
        raise NotImplementedError


class LanguageAndLookPage(PreferencesPage):
    NAME = "languageAndLookPage"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Language and look"))
        self.language = QComboBox()
        self.language.setObjectName("languagePicker")
        self.language.setAccessibleName(self.tr("Language"))
        system = i18n.LANGUAGE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), SYSTEM)
        for code in LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.theme = QComboBox()
        self.theme.setObjectName("themePicker")
        self.theme.setAccessibleName(self.tr("Theme"))
        for value, text in (
            (SYSTEM, self.tr("As the system (light or dark)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high-contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(text, value)
        self.row(self.tr("&Language:"), self.language, _note(self.tr("Changes the window at once; the findings and the PDF briefing follow it.")))
        self.row(self.tr("&Theme:"), self.theme)

    def load(self, preferences: Preferences) -> None:
        _select(self.language, preferences.language)
        _select(self.theme, preferences.theme)

    def save(self, preferences: Preferences) -> Preferences:
        return preferences.with_changes(language=self.language.currentData(), theme=self.theme.currentData())


class PresentationPage(PreferencesPage):
    NAME = "presentationPage"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Presentation mode"))
        self.scale = QSpinBox()
        self.scale.setObjectName("presentationScale")
        self.scale.setAccessibleName(self.tr("Text size in presentation mode"))
        self.scale.lineEdit().setAccessibleName(self.tr("Text size in presentation mode"))
        self.scale.setRange(*SCALE_RANGE)
        self.scale.setSingleStep(25)
        self.scale.setSuffix(" %")
        self.row(
            self.tr("Te&xt size:"),
            self.scale,
            _note(self.tr("View ▸ Presentation Mode (F5) shows the plan full screen, this much larger and in high contrast; Esc leaves it.")),
        )

    def load(self, preferences: Preferences) -> None:
        self.scale.setValue(preferences.presentation_scale)

    def save(self, preferences: Preferences) -> Preferences:
        return preferences.with_changes(presentation_scale=self.scale.value())


class ExportPage(PreferencesPage):
    NAME = "exportPage"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("PDF briefing"))
        self.paper = QComboBox()
        self.paper.setObjectName("paperPicker")
        self.paper.setAccessibleName(self.tr("Paper size"))
        for value, text in (
            ("auto", self.tr("As usual where I am (A4, or Letter in the Americas)")),
            ("a4", "A4"),
            ("letter", self.tr("US Letter")),
        ):
            self.paper.addItem(text, value)
        self.row(self.tr("&Paper size:"), self.paper)

    def load(self, preferences: Preferences) -> None:
        _select(self.paper, preferences.paper)

    def save(self, preferences: Preferences) -> Preferences:
        return preferences.with_changes(paper=self.paper.currentData())


class DirectoryPage(PreferencesPage):
    NAME = "directoryPage"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Partner directory"))
        self.path = QLineEdit()
        self.path.setObjectName("directoryPath")
        self.path.setAccessibleName(self.tr("Partner directory file"))
        self.path.setClearButtonEnabled(True)
        default = partner_directory.default_location()
        self.path.setPlaceholderText(default or self.tr("Not part of this build"))
        self.path.setToolTip(self.tr("Empty: the usual place, {path}").format(path=default or "—"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.setObjectName("directoryBrowse")
        browse.setAccessibleName(self.tr("Choose the partner directory file"))
        browse.clicked.connect(self._browse)
        field = QWidget()
        line = QHBoxLayout(field)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(browse)
        field.setFocusProxy(self.path)
        self.row(
            self.tr("&File:"),
            field,
            _note(self.tr("Names typed in the partner dialog are completed from this file. Leave it empty for the usual place.")),
        )

    def _browse(self) -> None:
        start = self.path.text() or self.path.placeholderText()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Partner directory"),
            start,
            self.tr("Partner directories (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # choosing an existing directory is the point
        )
        if chosen:
            self.path.setText(chosen)

    def load(self, preferences: Preferences) -> None:
        self.path.setText(preferences.directory_path)

    def check(self) -> str | None:
        text = self.path.text().strip()
        if text and not Path(text).expanduser().parent.is_dir():
            return self.tr("The folder of the partner directory does not exist: {folder}").format(
                folder=str(Path(text).expanduser().parent)
            )
        return None

    def save(self, preferences: Preferences) -> Preferences:
        text = self.path.text().strip()
        return preferences.with_changes(directory_path=str(Path(text).expanduser()) if text else "")


class WorkspacePage(PreferencesPage):
    """Preferences ▸ Workspace: the team workspace's address, stored without its password."""

    NAME = "workspacePage"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Team workspace"))
        self.address = QLineEdit()
        self.address.setObjectName("workspaceAddress")
        self.address.setAccessibleName(self.tr("Team workspace address"))
        self.address.setClearButtonEnabled(True)
        self.address.setPlaceholderText("postgresql://alice@db.example.org/planner")
        self.row(
            self.tr("&Address:"),
            self.address,
            _note(self.tr("A PostgreSQL URL or service name. Passwords are asked for, never stored.")),
        )

    def load(self, preferences: Preferences) -> None:
        self.address.setText(preferences.workspace)

    def _parsed(self) -> object | None:
        from erasmus_planner.services.workspace_service import address_of

        return address_of(self.address.text()) if self.address.text().strip() else None

    def check(self) -> str | None:
        from erasmus_planner.domain.errors import PlanError
        from erasmus_planner.ui import labels

        try:
            self._parsed()
        except PlanError as error:
            return labels.error_text(error)
        return None

    def save(self, preferences: Preferences) -> Preferences:
        parsed = self._parsed()
        return preferences.with_changes(workspace=parsed.saved if parsed is not None else "")  # type: ignore[attr-defined]


PAGES: tuple[type[PreferencesPage], ...] = (LanguageAndLookPage, PresentationPage, ExportPage, DirectoryPage, WorkspacePage)


class PreferencesDialog(QDialog):
    """Shows ``preferences``; after OK, :meth:`preferences` is the edited copy."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)  # the window's text size
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.windowTitle())
        self._original = preferences
        self._result = preferences
        self.pages = [page() for page in PAGES]
        self.problem = FeedbackLabel()
        self.problem.setObjectName("preferencesProblem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        # The pages scroll where the screen is shorter than they are (800×600 in presentation
        # mode); the problem line and the buttons stay in view below them.
        content = QWidget()
        pages = QVBoxLayout(content)
        pages.setContentsMargins(0, 0, 0, 0)
        for page in self.pages:
            page.load(preferences)
            pages.addWidget(page)
        pages.addStretch(1)
        self.scroll = QScrollArea(objectName="preferencesPages")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # As wide as the pages need (the scroll area does not ask for it) and 70 characters, up to
        # the screen's width; the pages scroll only up and down.
        screen = (parent.screen() if parent is not None else None) or self.screen()
        widest = screen.availableGeometry().width() - 2 * MARGIN
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.scroll.setMinimumWidth(min(content.minimumSizeHint().width() + bar, widest - 24))
        self.setMinimumWidth(min(max(self.fontMetrics().horizontalAdvance("0" * 70), self.minimumSizeHint().width()), 980, widest))
        self.pages[0].language.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_content(self, self.scroll)

    def restore_defaults(self) -> None:
        defaults = Preferences(zoom=self._original.zoom)
        for page in self.pages:
            page.load(defaults)

    def accept(self) -> None:
        for page in self.pages:  # every page checked before any is saved
            problem = page.check()
            if problem:
                self.problem.say(problem, Tone.ERROR)
                return
        result = self._original
        for page in self.pages:
            result = page.save(result)
        self._result = result
        super().accept()

    def preferences(self) -> Preferences:
        return self._result
