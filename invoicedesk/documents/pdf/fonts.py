"""The PDF fonts: a fallback chain, so that every character of a name or text is drawn.

DejaVu Sans covers Latin, Greek and Cyrillic; Noto Sans Arabic and Noto Sans Hebrew (SIL OFL)
follow, then Droid Sans Fallback (Apache 2.0) for Chinese and Japanese and NanumSquare (SIL
OFL) for Korean Hangul. Each is a
TrueType font in ``resources/fonts/`` with its licence and is embedded as a subset. A text is
drawn in runs: every character in the first font of the chain that has a glyph for it, so no
``.notdef`` box is ever written (which PDF/A-3 forbids, ISO 19005-3, 6.2.11.8). Right-to-left
text (Arabic, Hebrew) is shaped (``arabic-reshaper``) and put in visual order (``python-bidi``)
before it is drawn. Which characters the chain prints is
:data:`invoicedesk.domain.characters.PRINTABLE_RANGES`; input outside it is refused.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from arabic_reshaper import reshape
from bidi import get_display
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from invoicedesk.config import resources_dir

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
#: fallbacks after the main font, regular and bold (the CJK font has no bold cut)
CHAINS: dict[str, tuple[str, ...]] = {
    FONT: (FONT, "NotoSansArabic", "NotoSansHebrew", "DroidSansFallback", "NanumSquare"),
    BOLD: (BOLD, "NotoSansArabic-Bold", "NotoSansHebrew-Bold", "DroidSansFallback",
           "NanumSquare"),
}
FILES = {
    FONT: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew": "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold": "NotoSansHebrew-Bold.ttf",
    "DroidSansFallback": "DroidSansFallbackFull.ttf",
    "NanumSquare": "NanumSquareR.ttf",
}
#: what is drawn for a character no font of the chain has
REPLACEMENT = "\ufffd"
_LOCK = threading.Lock()
_ready = False
_fallbacks_ready = False


def register_fonts() -> None:
    """Register the main fonts with reportlab (once per process); the fallbacks follow on
    the first text that needs them (:func:`_register_fallbacks`: parsing the 4 MB CJK font
    costs about a second, which a worker rendering German invoices never pays)."""
    global _ready
    if _ready:
        return
    with _LOCK:
        if _ready:
            return
        folder = resources_dir() / "fonts"
        for name in (FONT, BOLD):
            pdfmetrics.registerFont(TTFont(name, str(folder / FILES[name])))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
        # binary streams: ASCII85 only inflates the file by a quarter and costs time
        rl_config.useA85 = 0
        _ready = True


def _register_fallbacks() -> None:
    """Register the fallback fonts (once per process, on first need)."""
    global _fallbacks_ready
    if _fallbacks_ready:
        return
    register_fonts()
    with _LOCK:
        if _fallbacks_ready:
            return
        folder = resources_dir() / "fonts"
        for name, filename in FILES.items():
            if name not in (FONT, BOLD):
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        _fallbacks_ready = True


@lru_cache(maxsize=16)
def coverage(name: str) -> frozenset[int]:
    """The code points a font of the chains has a glyph for (registering it if needed)."""
    if name in (FONT, BOLD):
        register_fonts()
    else:
        _register_fallbacks()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def _is_rtl(char: str) -> bool:
    return "\u0590" <= char <= "\u08ff" or "\ufb1d" <= char <= "\ufeff"


@lru_cache(maxsize=8192)
def visual(text: str) -> str:
    """``text`` as drawn: Arabic shaped and right-to-left runs in visual order."""
    if text.isascii() or not any(_is_rtl(c) for c in text):
        return text
    return str(get_display(reshape(text)))


@lru_cache(maxsize=8192)
def runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``(font, piece)`` runs of a text already in visual order: each character in the first
    font of the chain that has it; one that no font has (the input check refuses those, but
    older or imported data may hold one) becomes U+FFFD, never the ``.notdef`` glyph.
    """
    chain = CHAINS.get(font, (font,))
    if text.isascii():
        return ((font, text),)
    main = coverage(chain[0])
    if all(ord(c) in main or c.isspace() for c in text):
        return ((font, text),)
    _register_fallbacks()
    result: list[tuple[str, str]] = []
    for char in text:
        name = next((f for f in chain if ord(char) in coverage(f)), "")
        if not name:  # data from before the input check (an import): a visible mark, no box
            name, char = chain[0], REPLACEMENT if ord(REPLACEMENT) in main else "?"
        if char == " " and result:
            name = result[-1][0]  # a space stays in the run it separates
        if result and result[-1][0] == name:
            result[-1] = (name, result[-1][1] + char)
        else:
            result.append((name, char))
    return tuple(result)


def width(text: str, font: str, size: float) -> float:
    """Width of a text in points as :func:`draw` draws it."""
    if text.isascii():
        return float(pdfmetrics.stringWidth(text, font, size))
    return sum(
        float(pdfmetrics.stringWidth(piece, name, size)) for name, piece in runs(visual(text), font)
    )


def draw(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    align: str = "L",
) -> None:
    """Draw a text with the fallback chain of ``font`` (the canvas' current font at ``size``):
    ``align`` L (from x), R (ending at x) or C (centred on x). Leaves ``font`` set."""
    pieces = runs(visual(text), font)
    if len(pieces) == 1 and pieces[0][0] == font:  # one font, already set by the caller
        if align == "L":
            canvas.drawString(x, y, pieces[0][1])
        elif align == "R":
            canvas.drawRightString(x, y, pieces[0][1])
        else:
            canvas.drawCentredString(x, y, pieces[0][1])
        return
    if align != "L":
        total = sum(float(pdfmetrics.stringWidth(p, n, size)) for n, p in pieces)
        x -= total if align == "R" else total / 2
    for name, piece in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += float(pdfmetrics.stringWidth(piece, name, size))
    canvas.setFont(font, size)
