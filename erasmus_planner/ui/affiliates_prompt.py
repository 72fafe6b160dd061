"""What becomes of a partner's affiliated entities when it stops being a full partner: it is
removed, or its role changes to one that can have none (an associated partner, an affiliated
entity itself). One question for both, with the same three answers: link them to another full
partner (when there is one), make them full partners, or remove them from the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Union

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner.ui.mnemonics import give_mnemonics

# "remove" / "promote" / "cancel", or ("relink", the full partner's name)
AffiliatesChoice = Union[Literal["remove", "promote", "cancel"], tuple[Literal["relink"], str]]


class AffiliatesPrompt(QDialog):
    """``text``: the question; ``affiliates``: their names, listed; ``hosts``: the full partners they
    can be linked to instead; ``default``: the answer chosen when the dialog opens."""

    def __init__(
        self,
        parent: QWidget | None,
        text: str,
        affiliates: str,
        hosts: Sequence[str],
        default: Literal["remove", "promote", "relink"],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("affiliatesPrompt")
        self.setWindowTitle(self.tr("Affiliated entities"))
        question = QLabel(text)
        question.setWordWrap(True)
        names = QLabel(affiliates)
        names.setWordWrap(True)
        self.relink = QRadioButton(self.tr("&Link them to:"))
        self.relink.setObjectName("affiliatesRelink")
        self.host = QComboBox()
        self.host.setObjectName("affiliatesHost")
        self.host.setAccessibleName(self.tr("Full partner to link them to"))
        for name in hosts:
            self.host.addItem(name, name)
        self.promote = QRadioButton(self.tr("&Make them full partners"))
        self.promote.setObjectName("affiliatesPromote")
        self.remove = QRadioButton(self.tr("&Remove them from the plan"))
        self.remove.setObjectName("affiliatesRemove")
        group = QButtonGroup(self)
        for button in (self.relink, self.promote, self.remove):
            group.addButton(button)
        # Nobody to link them to: the choice is not offered rather than offered and refused.
        self.relink.setVisible(bool(hosts))
        self.host.setVisible(bool(hosts))
        self.relink.toggled.connect(self.host.setEnabled)
        chosen = {"relink": self.relink if hosts else self.promote, "promote": self.promote, "remove": self.remove}[default]
        chosen.setChecked(True)
        self.host.setEnabled(self.relink.isChecked())

        choices = QGridLayout()
        choices.addWidget(self.relink, 0, 0)
        choices.addWidget(self.host, 0, 1)
        choices.addWidget(self.promote, 1, 0, 1, 2)
        choices.addWidget(self.remove, 2, 0, 1, 2)
        choices.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        give_mnemonics(buttons.buttons())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(names)
        layout.addLayout(choices)
        layout.addWidget(buttons)
        chosen.setFocus()

    def answer(self) -> AffiliatesChoice:
        """The answer the dialog holds now (whether or not it was accepted)."""
        if self.relink.isChecked() and self.host.count():
            return ("relink", self.host.currentData())
        return "promote" if self.promote.isChecked() else "remove"

    def ask(self) -> AffiliatesChoice:
        return self.answer() if self.exec() == QDialog.DialogCode.Accepted else "cancel"
