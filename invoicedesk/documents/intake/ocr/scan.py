"""Reading scanned pages: OCR words become the same positioned words a text PDF gives, so the
read-out, the learning per supplier and click-to-fill work on scans unchanged; the OCR
confidence of the words behind each field caps that field's confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from ..result import ExtractedField, Word
from .engine import version
from .prepare import upright

GARBAGE_SHARE = 0.5
"""A text layer is unusable when fewer than this share of its characters are letters, digits
or ordinary punctuation (e.g. ``(cid:12)`` glyph soup) or it has almost no words."""
MIN_WORDS = 8
PAD = 0.12
_ORDINARY = re.compile(r"[\w.,:;/€$£%()\-+&@'\"#*]")
_CID = re.compile(r"\(cid:\d+\)")


_IBAN_START = re.compile(r"^([A-Z]{2})([0-9OIlS]{2})(?=[0-9A-Z]*$)")
_DIGIT_LIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
_NUMBERISH = re.compile(r"^[\d.,'’€$%-]*[\d][\d.,'’€$%OoIl-]*$")


def repair(text: str) -> str:
    """Undo the usual OCR confusions where only a digit can stand: the check digits of an
    IBAN (``DEO8`` → ``DE08``) and letters inside a number (``1O5,00`` → ``105,00``)."""
    if text == ";":  # a comma in a date ("August 3, 2014") that noise turned into ";"
        return ","
    match = _IBAN_START.match(text)
    if match and len(text) >= 4:
        text = match.group(1) + match.group(2).translate(_DIGIT_LIKE).replace("S", "5") + text[4:]
    if _NUMBERISH.match(text) and sum(ch.isdigit() for ch in text) >= 2:
        text = text.translate(_DIGIT_LIKE)
    return text


_ID_START = re.compile(r"^[A-Z]{2}[0-9]")
_CONFUSABLE = {"0": "O", "O": "0", "1": "I", "I": "1", "5": "S", "S": "5", "8": "B", "B": "8"}


def _single_swaps(text: str) -> list[str]:
    return [text[:i] + _CONFUSABLE[ch] + text[i + 1:]
            for i, ch in enumerate(text) if i >= 2 and ch in _CONFUSABLE]  # fmt: skip


def checksum_repair(words: list[Word]) -> list[Word]:
    """Mend IBANs and VAT IDs that OCR split or misread, where their check digits say how:
    an IBAN cut in two words (``GB21NWBK6016131 1932935``) becomes one word, a VAT ID with one
    confused character (``IE87184800`` for ``IE8718480O``) is corrected when exactly one
    swap validates. Text that validates as it is stays untouched."""
    from ..values import find_ibans, valid_iban, valid_vat_id

    result = list(words)
    index = 0
    while index < len(result):
        page, x0, top, x1, bottom, text = result[index]
        if _ID_START.match(text) and not valid_iban(text) and not valid_vat_id(text):
            line = [result[index]]
            for follower in result[index + 1 : index + 8]:
                if follower[0] != page or abs(follower[2] - top) > (bottom - top) / 2:
                    break
                line.append(follower)
            merged = False
            for end in range(len(line), 1, -1):
                parts = [w[5] for w in line[:end]]
                joined = "".join(parts)
                if valid_iban(joined) and not find_ibans(" ".join(parts)):
                    last = line[end - 1]
                    result[index : index + end] = [(page, x0, top, last[3], bottom, joined)]
                    merged = True
                    break
            if not merged:
                fixed = [v for v in _single_swaps(text) if valid_vat_id(v) or valid_iban(v)]
                if len(fixed) == 1:
                    result[index] = (page, x0, top, x1, bottom, fixed[0])
        index += 1
    return result


def text_layer_usable(words: list[Word]) -> bool:
    """Whether the words of a PDF's text layer can be read out as they are (no OCR)."""
    if len(words) < MIN_WORDS:
        return False
    text = "".join(_CID.sub("\x00", w[5]) for w in words)
    if not text:
        return False
    ordinary = len(_ORDINARY.findall(text))
    return ordinary / len(text) >= GARBAGE_SHARE


@dataclass
class ScanRead:
    """The OCR of the pages of one file."""

    words: list[Word] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    pages: list[Image.Image] = field(default_factory=list)
    sizes: list[tuple[float, float]] = field(default_factory=list)
    turned: list[int] = field(default_factory=list)
    dpi: int = 200

    @property
    def confidence(self) -> float:
        """Mean confidence over all words, weighted by their length."""
        weight = sum(len(w[5]) for w in self.words)
        if not weight:
            return 0.0
        pairs = zip(self.words, self.confidences, strict=True)
        return sum(c * len(w[5]) for w, c in pairs) / weight

    def summary(self) -> dict[str, Any]:
        """What the case keeps: ``{"engine", "confidence", "pages", "turned"}``."""
        return {
            "engine": version(),
            "confidence": round(self.confidence, 3),
            "pages": len(self.pages),
            "turned": self.turned,
        }


def read_scan(images: list[Image.Image], dpi: int, first_page: int = 0) -> ScanRead:
    """OCR each image (upright and straightened first); words in PDF points."""
    result = ScanRead(dpi=dpi)
    to_points = 72 / dpi
    for offset, image in enumerate(images):
        page_image, found, turned = upright(image, dpi)
        result.pages.append(page_image)
        result.sizes.append((page_image.width * to_points, page_image.height * to_points))
        result.turned.append(turned)
        for x0, top, x1, bottom, text, confidence in found.words:
            # ink boxes are lower than a text layer's font boxes (ascent to descent): widen
            # them, so that the read-out's column gaps (relative to the height) mean the same
            pad = (bottom - top) * PAD
            top, bottom = top - pad, bottom + pad
            result.words.append(
                (
                    first_page + offset,
                    round(x0 * to_points, 2),
                    round(top * to_points, 2),
                    round(x1 * to_points, 2),
                    round(bottom * to_points, 2),
                    repair(text),
                )
            )
            result.confidences.append(confidence)
    return result


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _value_keys(name: str, value: str) -> list[str]:
    if name in ("invoice_date", "due_date") and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        year, month, day = value.split("-")
        return [year, year[2:], str(int(day)), day, str(int(month)), month]
    return [_key(value)]


def field_confidences(fields: dict[str, ExtractedField], scan: ScanRead) -> dict[str, float]:
    """The OCR confidence behind each field found: the lowest confidence of the words that
    make up its value (the page's mean when no word can be matched, e.g. a computed value)."""
    keyed = [(_key(w[5]), c) for w, c in zip(scan.words, scan.confidences, strict=True)]
    result: dict[str, float] = {}
    for name, found in fields.items():
        if not found.value:
            continue
        keys = [k for k in _value_keys(name, found.value) if k]
        if not keys:
            continue
        main = keys[0]
        support = [
            c
            for word, c in keyed
            if len(word) >= 2 and (word in main or main in word or word in keys[1:])
            and (len(word) >= 3 or len(main) <= 4)
        ]  # fmt: skip
        result[name] = round(min(support) if support else scan.confidence, 3)
    return result


def with_ocr_confidence(
    fields: dict[str, ExtractedField], confidences: dict[str, float]
) -> dict[str, ExtractedField]:
    """``fields`` whose confidence is capped by the OCR confidence behind them."""
    return {
        name: ExtractedField(f.value, min(f.confidence, confidences[name]), f.source)
        if name in confidences
        else f
        for name, f in fields.items()
    }


def _merge_confidences(scan: ScanRead, repaired: list[Word]) -> tuple[list[Word], list[float]]:
    confidences: list[float] = []
    source = 0
    for word in repaired:
        start = source
        consumed = ""
        while source < len(scan.words) and len(consumed) < len(word[5]):
            consumed += scan.words[source][5]
            source += 1
        confidences.append(min(scan.confidences[start:source] or [0.0]))
    return repaired, confidences


@dataclass
class ScanReadout:
    """Everything the read-out of a scan gives the intake."""

    words: list[Word]
    text: str
    fields: dict[str, ExtractedField]
    details: dict[str, Any]
    ocr: dict[str, Any]
    searchable: bytes


def read_out_scan(images: list[Image.Image], dpi: int) -> ScanReadout:
    """OCR the page images and read the invoice fields from the words, as for a text PDF."""
    from ..layout import build_lines
    from ..plain_read import read_plain
    from .searchable import searchable_pdf

    scan = read_scan(images, dpi)
    if len(scan.words) == len(repaired := checksum_repair(scan.words)):
        scan.words = repaired
    else:  # words merged: their confidences too (the lowest of the parts)
        scan.words, scan.confidences = _merge_confidences(scan, repaired)
    text = "\n".join(line.text for line in build_lines(scan.words))
    if scan.words:
        fields, details = read_plain(scan.words, text)
    else:
        from ..result import empty_fields

        fields, details = empty_fields(), {}
    confidences = field_confidences(fields, scan)
    fields = with_ocr_confidence(fields, confidences)
    ocr = scan.summary() | {"fields": confidences}
    searchable = searchable_pdf(scan.pages, scan.sizes, scan.words)
    return ScanReadout(scan.words, text, fields, details, ocr, searchable)
