"""The briefing's typeface: DejaVu Sans, shipped in ``resources/fonts`` and embedded in every PDF.

ReportLab's built-in fonts (Helvetica…) cover Latin-1 only, so a Greek, Bulgarian, Turkish or
Polish partner name would lose letters. DejaVu Sans covers Latin Extended, Greek and Cyrillic
and has the check / cross / warning signs the checklist prints. TrueType fonts registered
with ReportLab are always embedded (as subsets), so the PDF reads the same on any machine.
"""

from __future__ import annotations

import threading
from importlib.resources import as_file

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from erasmus_planner.domain.resources import resource

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"

# ReportLab font name → file in resources/fonts.
FONT_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()

_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with letters beyond U+FFFF (𝕊, emoji) written as the UTF-16
    pair PDF asks for: ReportLab writes five hex digits, which readers reject, so such a name
    could not be searched or copied out of the briefing."""
    text: str = _reportlab_to_unicode(fontname, subset)
    for code, value in enumerate(subset):
        if value > 0xFFFF:
            pair = chr(value).encode("utf-16-be").hex().upper()
            text = text.replace(f"<{code:02X}> <{value:X}>", f"<{code:02X}> <{pair}>")
    return text
_registered = False


def register_fonts() -> str:
    """Register the family once per process (the window exports from a worker thread); return its name."""
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # type: ignore[assignment]
        for font_name, file_name in FONT_FILES.items():
            # as_file gives a real path even when the package is zipped; TTFont reads the whole
            # file while constructing, so the path need not outlive this block.
            with as_file(resource("fonts", file_name)) as path:
                pdfmetrics.registerFont(TTFont(font_name, str(path)))
        # <b> and <i> inside paragraph markup find the bold and oblique faces through the family.
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE)
        _registered = True
        return FAMILY


def missing_glyphs(text: str, font_name: str = REGULAR) -> set[str]:
    """Characters of ``text`` the font cannot draw (whitespace aside): they would print as blanks."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    cmap = font.face.charToGlyph  # type: ignore[attr-defined]
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in cmap}
