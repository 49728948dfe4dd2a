"""Which characters a document can print: the scripts the PDF fonts cover.

The invoice PDF draws with a chain of fonts (DejaVu Sans, then Noto Sans Arabic and Hebrew,
then Droid Sans Fallback for Chinese and Japanese and NanumSquare for Korean; see
:mod:`invoicedesk.documents.pdf.fonts`). A character outside these ranges — an emoji, a
script none of the fonts has, a control character — would print as an empty box, so input
is refused with a clear message instead. ``tests/integration/test_document_figures.py`` checks
that the fonts really have a glyph for every assigned character of these ranges.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from invoicedesk.domain.errors import ValidationError

#: (first, last) code points of the printable blocks
PRINTABLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A/B
    (0x0250, 0x02AF),  # IPA Extensions
    (0x02B0, 0x02E9),  # Spacing Modifier Letters (most)
    (0x0300, 0x034F),  # Combining Diacritical Marks (most)
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x0400, 0x0525),  # Cyrillic and most of Cyrillic Supplement
    (0x0590, 0x05EE),  # Hebrew
    (0x05F0, 0x05FF),
    (0x0600, 0x061C),  # Arabic
    (0x061E, 0x06FF),
    (0x1E00, 0x1EFB),  # Latin Extended Additional
    (0x1F00, 0x1FFF),  # Greek Extended
    (0x2000, 0x2065),  # General Punctuation
    (0x20A0, 0x20B5),  # Currency Symbols (€ and the common ones)
    (0x20B8, 0x20BA),
    (0x20BD, 0x20BD),
    (0x2100, 0x2109),  # Letterlike Symbols (most)
    (0x210B, 0x2149),
    (0x2150, 0x2185),  # Number Forms
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators
    (0x3000, 0x3003),  # CJK Symbols and Punctuation (most)
    (0x3005, 0x3019),
    (0x301C, 0x3029),
    (0x3040, 0x3094),  # Hiragana
    (0x3097, 0x309E),
    (0x30A0, 0x30F6),  # Katakana
    (0x30FB, 0x30FE),
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x4E00, 0x9FA5),  # CJK Unified Ideographs (Unicode 4.1 set)
    (0xAC00, 0xD7A3),  # Hangul Syllables
    (0xFB1D, 0xFB4F),  # Hebrew presentation forms
    (0xFB50, 0xFBC1),  # Arabic Presentation Forms-A (most)
    (0xFBC3, 0xFD3F),
    (0xFD50, 0xFDCE),
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
    (0xFF01, 0xFF5E),  # Fullwidth forms
)
#: invisible format characters that may stand in text (joiners, direction marks)
_FORMAT_OK = frozenset("\u200c\u200d\u200e\u200f")


@lru_cache(maxsize=4096)
def is_printable(char: str) -> bool:
    """True when a document font has a glyph for ``char`` (an assigned character of a range)."""
    code = ord(char)
    if char in _FORMAT_OK:
        return True
    if unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs"):
        return False
    return any(first <= code <= last for first, last in PRINTABLE_RANGES)


def unprintable(text: str, *, multiline: bool = False) -> str | None:
    """The first character of ``text`` no document font can print, or ``None``.

    Line breaks are allowed only in ``multiline`` texts (descriptions, notes).
    """
    for char in text:
        if char in "\n\r" and multiline:
            continue
        if not is_printable(char):
            return char
    return None


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    if char in "\n\r":
        return "a line break"
    return f"U+{ord(char):04X} {name}".strip()


def check_printable(
    text: str | None, *, line: int | None = None, field: str = "", multiline: bool = True
) -> None:
    """Refuse a text with a character the documents cannot print (emoji, a stray line break)."""
    if not text:
        return
    char = unprintable(text, multiline=multiline)
    if char is None:
        return
    if line is not None:
        raise ValidationError(
            "Line {line}: the character {char} cannot be printed on an invoice; remove it.",
            line=line,
            char=_describe(char),
        )
    raise ValidationError(
        "{field}: the character {char} cannot be printed on an invoice; remove it.",
        field=field or "Text",
        char=_describe(char),
    )
