"""Links in the colour of the theme in use, also after the theme changes.

Qt lays rich text out once: an ``<a href>`` in a QLabel or a text browser keeps the link colour
of the palette at the time its text was set. After a switch from light to dark, a link set in the
light theme stays dark blue on the dark background (about 2:1). After every palette change the
theme controller calls ``recolour_links``: labels lay their text out again, text documents get
the new link colour on every anchor (read-only ones: a text a user edits is left alone) — wherever they are (the main window, the partner directory,
any dialog that is open).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit


def _has_link(text: str) -> bool:
    return "<a " in text or "<a\n" in text


def recolour_links(app: QApplication) -> None:
    for widget in app.allWidgets():
        if isinstance(widget, QLabel):
            text = widget.text()
            if widget.textFormat() != Qt.TextFormat.PlainText and _has_link(text):
                widget.clear()  # setText with the same text would change nothing
                widget.setText(text)
        elif isinstance(widget, QTextEdit) and widget.isReadOnly():  # what a user typed is left alone
            _recolour_document(widget)


def _recolour_document(editor: QTextEdit) -> None:
    document = editor.document()
    modified = document.isModified()
    colour = QApplication.palette(editor).color(QPalette.ColorRole.Link)  # its own palette follows later
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor() and fragment.charFormat().foreground().color() != colour:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                recoloured = QTextCharFormat()
                recoloured.setForeground(colour)
                cursor.mergeCharFormat(recoloured)
            iterator += 1
        block = block.next()
    document.setModified(modified)
