"""Every button of every message box answers to Alt and a letter, as menus and forms do.

Qt's standard buttons carry a mnemonic only on some platforms and in some languages ("Save",
"Discard" and "Cancel" have none on Linux), and a button made from a sentence has none unless
its text was written with one. When a message box is about to be shown, each of its buttons that
has no "&" gets one: the first letter of its text that no other button of the box uses. The
window's questions (``prompts.py``) are ``MessageBox``es.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def mnemonic_of(text: str) -> str:
    """The letter after the "&" of ``text`` (lower case), or "" (a "&&" is a literal ampersand)."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else ""


def give_mnemonics(buttons: Iterable[QAbstractButton]) -> None:
    """Give each button without a mnemonic the first free letter of its text."""
    buttons = list(buttons)
    taken = {mnemonic_of(b.text()) for b in buttons} - {""}
    for button in buttons:
        text = button.text()
        if not text or mnemonic_of(text):
            continue
        for index, char in enumerate(text):
            if char.isalnum() and char.lower() not in taken:
                taken.add(char.lower())
                button.setText(text[:index] + "&" + text[index:])
                break


class MessageBox(QMessageBox):
    """A ``QMessageBox`` whose buttons get their mnemonics as it is shown."""

    def showEvent(self, event: QShowEvent) -> None:
        give_mnemonics(self.buttons())
        super().showEvent(event)


def ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton) -> QMessageBox.StandardButton:
    """``QMessageBox.question`` / ``warning`` / ``information``, with mnemonics."""
    box = MessageBox(icon, title, text, buttons, parent)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())
