"""What the window shows when no plan is open: three ways to start, and the recent plans."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner.ui import i18n
from erasmus_planner.ui.icons import app_icon
from erasmus_planner.ui.wording import relative_font

PathRole = Qt.ItemDataRole.UserRole


class WelcomeView(i18n.Retranslating, QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, has_sample: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel("Erasmus+ Consortium Planner")  # the application's name, in every language
        self.title = title
        self.tagline = tagline = QLabel()
        tagline.setWordWrap(True)

        self.new_button = self._button(self.new_requested)
        self.open_button = self._button(self.open_requested)
        self.sample_button = self._button(self.sample_requested)
        self.sample_button.setVisible(has_sample)
        self.new_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        for b in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.setObjectName("recentPlans")
        self.recent.setMaximumHeight(180)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(PathRole)))
        self.recent_label.setBuddy(self.recent)

        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(720)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        heading = QHBoxLayout()
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        heading.addSpacing(12)
        heading.addWidget(title, 1, Qt.AlignmentFlag.AlignVCenter)
        inner = QVBoxLayout(card)
        inner.setSpacing(14)
        inner.addLayout(heading)
        inner.addWidget(tagline)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        inner.addSpacing(12)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.set_recent([])
        self._apply_fonts()
        self.retranslate()

    def retranslate(self) -> None:
        self.tagline.setText(
            self.tr(
                "Build a Key Action 2 consortium partner by partner, and see at once whether it is "
                "eligible and which agency the application goes to. Everything stays on this computer."
            )
        )
        for button, text, tip in (
            (self.new_button, self.tr("&New plan"), self.tr("Start an empty plan for this year's call")),
            (self.open_button, self.tr("&Open…"), self.tr("Open a plan file (.epplan or .json)")),
            (self.sample_button, self.tr("Open &sample"), self.tr("Open a worked example: a 2019 school Strategic Partnership")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setAccessibleDescription(tip)
        self.recent_label.setText(f"<b>{self.tr('Recent plans')}</b>")
        self.recent.setAccessibleName(self.tr("Recent plans"))

    def _apply_fonts(self) -> None:
        self.title.setFont(relative_font(self.font(), 2.0, bold=True))

    def font_changed(self) -> None:
        self._apply_fonts()

    def _button(self, signal: Signal) -> QPushButton:  # type: ignore[type-arg]
        button = QPushButton("Open sample")  # measured with a typical text; words come in retranslate
        button.setMinimumHeight(button.sizeHint().height() + 8)
        button.setMinimumWidth(140)
        button.clicked.connect(signal.emit)
        return button

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}   —   {Path(path).parent}")
            item.setData(PathRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
