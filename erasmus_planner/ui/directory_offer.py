"""The offer to update the partner directory after a partner from it was edited in the plan.

A bar above the partner table, never a dialog: the edit is done and the coordinator goes on
working; the offer waits until it is taken ("Update Directory Entry"), turned down ("Not Now"),
or made stale by the next change to the plan.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from erasmus_planner.ui import i18n

# The organisation's details in the words of the interface (the directory compares these).
FIELD_WORDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("DirectoryOfferBar", "name"),
    "country": QT_TRANSLATE_NOOP("DirectoryOfferBar", "country"),
    "type": QT_TRANSLATE_NOOP("DirectoryOfferBar", "type"),
    "oid": QT_TRANSLATE_NOOP("DirectoryOfferBar", "OID"),
    "pic": QT_TRANSLATE_NOOP("DirectoryOfferBar", "PIC"),
    "eche": QT_TRANSLATE_NOOP("DirectoryOfferBar", "ECHE"),
    "city": QT_TRANSLATE_NOOP("DirectoryOfferBar", "city"),
    "community": QT_TRANSLATE_NOOP("DirectoryOfferBar", "language community"),
    "established": QT_TRANSLATE_NOOP("DirectoryOfferBar", "founding date"),
    "contact": QT_TRANSLATE_NOOP("DirectoryOfferBar", "contact"),
    "notes": QT_TRANSLATE_NOOP("DirectoryOfferBar", "notes"),
    "extra": QT_TRANSLATE_NOOP("DirectoryOfferBar", "other data"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DirectoryOfferBar", text)


def field_words(fields: tuple[str, ...] | list[str]) -> str:
    """ "city", "city and PIC", "name, city and PIC" in the interface's language."""
    words = [_tr(FIELD_WORDS.get(f, f)) for f in fields]
    if len(words) <= 1:
        return "".join(words)
    return _tr("{first} and {last}").format(first=_tr(", ").join(words[:-1]), last=words[-1])


class DirectoryOfferBar(i18n.Retranslating, QFrame):
    accepted = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryOfferBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.message = QLabel()
        self.message.setObjectName("directoryOfferMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.update_button = QPushButton()
        self.update_button.setObjectName("directoryOfferUpdate")
        self.update_button.clicked.connect(self._accept)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("directoryOfferDismiss")
        self.dismiss_button.clicked.connect(self._dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.message, 1)
        row.addWidget(self.update_button)
        row.addWidget(self.dismiss_button)
        self._name = ""
        self._fields: tuple[str, ...] = ()
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Partner directory"))
        self.update_button.setText(self.tr("&Update Directory Entry"))
        self.dismiss_button.setText(self.tr("Not Now"))
        self._say()


    def offer(self, name: str, fields: tuple[str, ...]) -> None:
        """Show the offer for partner ``name`` whose ``fields`` differ from its directory entry."""
        self._name, self._fields = name, tuple(fields)
        self._say()
        self.show()

    def _say(self) -> None:
        if not self._name:
            return
        text = self.tr("“{name}” is in your partner directory with another {details}. Update the directory entry too?").format(
            name=self._name, details=field_words(self._fields)
        )
        self.message.setText(text)
        self.setAccessibleDescription(text)

    def withdraw(self) -> None:
        self._name, self._fields = "", ()
        self.hide()

    def _accept(self) -> None:
        self.withdraw()
        self.accepted.emit()

    def _dismiss(self) -> None:
        self.withdraw()
        self.dismissed.emit()
