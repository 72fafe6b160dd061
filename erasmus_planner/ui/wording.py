"""Small wording helpers for the interface: number agreement and short labels for tables."""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QFont

from erasmus_planner.domain.vocabulary import ROLE_LABELS, type_label

# Few words for a table cell; the full label (vocabulary.ORG_TYPES) goes in the tooltip.
SHORT_TYPE_LABELS: Final[dict[str, str]] = {
    "school": "School",
    "vet-provider": "VET provider",
    "higher-education": "Higher education",
    "adult-education": "Adult education",
    "youth-organisation": "Youth organisation",
    "informal-youth-group": "Informal youth group",
    "enterprise-sme": "SME",
    "enterprise-large": "Large enterprise",
    "social-enterprise": "Social enterprise",
    "public-body-local": "Local authority",
    "public-body-regional": "Regional authority",
    "public-body-national": "National authority",
    "ngo": "NGO",
    "european-ngo": "European NGO",
    "foundation": "Foundation",
    "research-institute": "Research institute",
    "social-partner": "Social partner",
    "qualification-body": "Qualification body",
    "guidance-body": "Guidance service",
    "other": "Other",
}
SHORT_ROLE_LABELS: Final[dict[str, str]] = {
    "applicant": "Applicant",
    "partner": "Full partner",
    "associated-partner": "Associated",
}


def plural(count: int, singular: str, plural_form: str) -> str:
    """ "1 organisation", "3 organisations" """
    return f"{count} {singular if count == 1 else plural_form}"


def short_type(type_id: str) -> str:
    return SHORT_TYPE_LABELS.get(type_id) or type_label(type_id)


def short_role(role: str) -> str:
    return SHORT_ROLE_LABELS.get(role) or ROLE_LABELS.get(role, role)


def relative_font(base: QFont, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """``base`` scaled by ``factor``: headings stay in proportion when View ▸ Zoom changes the text size.

    Containers call it from ``changeEvent`` on ``QEvent.FontChange`` (a child with its own point
    size no longer follows its parent's font, so the parent re-derives it).
    """
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font
