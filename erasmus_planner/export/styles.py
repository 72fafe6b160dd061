"""Type sizes, greys, status marks and the one escaping function every user string goes through.

Everything here is chosen to survive a black-and-white office printer: statuses are a symbol AND
a word, shading is only ever a second cue, and greys are far enough apart to photocopy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from erasmus_planner.domain.wording import N_
from erasmus_planner.export import fonts

BLACK = colors.black
WHITE = colors.white
DARK = colors.Color(0.25, 0.25, 0.25)
MID = colors.Color(0.55, 0.55, 0.55)
LIGHT = colors.Color(0.86, 0.86, 0.86)
FAINT = colors.Color(0.95, 0.95, 0.95)

BODY_SIZE = 9.0
TABLE_SIZE = 8.0


@dataclass(frozen=True)
class StatusMark:
    symbol: str
    word: str
    # Shading of the status cell: a second cue only, the word and symbol carry the meaning.
    background: colors.Color
    text: colors.Color


# The words are English source texts: the briefing prints them through its wording.
STATUS_MARKS: dict[str, StatusMark] = {
    "pass": StatusMark("✔", N_("PASS", "briefing"), WHITE, BLACK),
    "fail": StatusMark("✘", N_("FAIL", "briefing"), BLACK, WHITE),
    "warn": StatusMark("⚠", N_("WARN", "briefing"), LIGHT, BLACK),
    "info": StatusMark("ℹ", N_("INFO", "briefing"), WHITE, BLACK),
}

CONFIDENCE_WORDS: dict[str, str] = {
    "official": N_("official source", "briefing"),
    "agency-summary": N_("National Agency or secondary summary", "briefing"),
    "unconfirmed": N_("UNCONFIRMED source: not yet verified against the Programme Guide", "briefing"),
}

# Control characters would print as empty boxes (or break a line where the user did not mean it).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: object) -> str:
    """A user value as printable text: ``None`` is empty, control characters become spaces."""
    if text is None:
        return ""
    return _CONTROL.sub(" ", str(text))


def esc(text: object) -> str:
    """Escape a user value for paragraph markup, so ``R&D <Lab>`` prints exactly so.

    ReportLab's Paragraph parses a small XML dialect: an unescaped ``<`` or ``&`` in an
    organisation's name would be read as a tag or an entity, or raise a parse error.
    Line breaks the user typed become ``<br/>`` so they survive paragraph reflow.
    """
    return escape(clean(text).replace("\t", " ")).replace("\r\n", "\n").replace("\n", "<br/>")


def esc_attr(text: object) -> str:
    """Escape a value for a markup attribute (a link target)."""
    return escape(clean(text), {'"': "&quot;"})


def fit(text: str, font_name: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis until it fits ``width`` points."""
    if stringWidth(text, font_name, size) <= width:
        return text
    # No glyph is narrower than a quarter em: cut the hopeless tail at once, then trim.
    text = text[: int(width / (size * 0.25)) + 1]
    while text and stringWidth(text + "…", font_name, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, built once the fonts are registered."""
    family = fonts.register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.3,
        alignment=TA_LEFT,
        splitLongWords=1,  # a 400-character name without spaces still wraps inside its cell
        textColor=BLACK,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)  # type: ignore[arg-type]

    return {
        "body": base,
        "kicker": derive("kicker", fontName=fonts.BOLD, fontSize=8, leading=10, textColor=DARK),
        "title": derive("title", fontName=fonts.BOLD, fontSize=19, leading=23, spaceBefore=2, spaceAfter=3),
        "subtitle": derive("subtitle", fontSize=10.5, leading=14),
        "h1": derive("h1", fontName=fonts.BOLD, fontSize=12.5, leading=16, spaceBefore=12, spaceAfter=5),
        "box-label": derive("box-label", fontName=fonts.BOLD, fontSize=8, leading=10, textColor=DARK),
        "agency": derive("agency", fontName=fonts.BOLD, fontSize=14, leading=17.5),
        "verdict": derive("verdict", fontName=fonts.BOLD, fontSize=15, leading=19),
        "small": derive("small", fontSize=8, leading=10.4),
        # Sources and local names: small and grey rather than italic, which would embed a
        # third font (each costs about 3 ms and 20 kB in every PDF).
        "quiet": derive("quiet", fontSize=7.5, leading=9.8, textColor=DARK),
        "cell": derive("cell", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.25),
        "cell-bold": derive("cell-bold", fontName=fonts.BOLD, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.25),
        "bullet": derive("bullet", fontSize=8.5, leading=11, leftIndent=10, bulletIndent=0, bulletFontName=family),
    }
