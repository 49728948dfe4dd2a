"""Per-supplier hints learned from a clerk's corrections, and applying them to a new read-out.

A hint set is a JSON-able dict, stored per supplier by the caller::

    {"version": 1, "fields": {"invoice_number": {"label": "Beleg", "direction": "right",
      "dx": 12.0, "dy": 0.0, "n_words": 1, "box": [0, 310.0, 80.0, 360.0, 90.0]}, ...}}

For each corrected field, :func:`learn_hints` finds the words that hold the correct value, the
label text left of them (same line) or above them (column header), and their offset from the
label; ``box`` is the value's position (page, x0, top, x1, bottom) as a fallback for the next
invoice of the same layout. Supplier name, VAT ID, IBAN and currency also keep the corrected
value itself (``constant``), since they rarely change between invoices of one supplier.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .layout import Line, build_lines
from .plain_read import parse_value
from .result import AMOUNT_FIELDS, ExtractedField, ParseResult, Word
from .values import MONTHS, parse_amount, parse_date

HINTS_VERSION = 1
TEXT_FIELDS = frozenset({"supplier_name", "buyer_reference", "payment_reference"})
CONSTANT_FIELDS = frozenset({"supplier_name", "supplier_vat_id", "iban", "currency"})
_MAX_VALUE_WORDS = 6
_HAS_LETTER = re.compile(r"[^\W\d_]{2,}")


def _same(field_name: str, text: str, wanted: str, order: str = "dmy") -> bool:
    """True when ``text`` written on the page means the corrected value ``wanted``."""
    if field_name in AMOUNT_FIELDS:
        amount = parse_amount(text) if re.search(r"\d[.,]\d{2}\b", text) else None
        return amount is not None and amount == parse_amount(wanted)
    if field_name.endswith("_date"):
        found = parse_date(text, order)
        return found is not None and found.isoformat() == wanted

    def squash(value: str) -> str:
        return re.sub(r"[\s#:]", "", value).casefold()

    return squash(text) == squash(wanted)


def _locate(
    lines: list[Line], field_name: str, wanted: str, order: str = "dmy"
) -> tuple[int, int, int] | None:
    """Return ``(line index, first word, end word)`` of the words that spell ``wanted``."""
    for index, line in enumerate(lines):
        for first in range(len(line.words)):
            head = line.words[first][5].strip(".,:").lower()
            if field_name not in TEXT_FIELDS and not (
                any(ch.isdigit() for ch in head) or head in MONTHS
            ):
                continue
            for end in range(first + 1, min(first + _MAX_VALUE_WORDS, len(line.words)) + 1):
                text = " ".join(w[5] for w in line.words[first:end])
                if _same(field_name, text, wanted, order):
                    return index, first, end
    return None


def _label_for(lines: list[Line], index: int, first: int) -> dict[str, Any] | None:
    """Find the label of a value: words just left of it, else the header above it."""
    line, value = lines[index], lines[index].words[first]
    left = line.words[:first][-3:]
    while left and not _HAS_LETTER.search(left[0][5]):
        left = left[1:]
    if left and _HAS_LETTER.search(" ".join(w[5] for w in left)) and value[1] - left[-1][3] < 400:
        return {
            "label": " ".join(w[5] for w in left),
            "direction": "right",
            "dx": round(value[1] - left[-1][3], 1),
            "dy": 0.0,
        }
    for above in reversed(lines[max(0, index - 2) : index]):
        if above.page != line.page:
            continue
        over = [w for w in above.words if w[3] >= value[1] - 2 and w[1] <= value[3] + 2]
        if over and _HAS_LETTER.search(" ".join(w[5] for w in over)):
            return {
                "label": " ".join(w[5] for w in over),
                "direction": "below",
                "dx": round(value[1] - over[0][1], 1),
                "dy": round(value[2] - over[0][2], 1),
            }
    return None


def learn_hints(words: list[Word], corrected_fields: dict[str, str | None]) -> dict[str, Any]:
    """Derive a JSON-able hint set from a read-out's ``words`` and the clerk's final values."""
    lines = build_lines(words)
    learned: dict[str, Any] = {}
    order = "dmy"
    for name, value in corrected_fields.items():
        if not value:
            continue
        entry: dict[str, Any] = {}
        if name in CONSTANT_FIELDS:
            entry["constant"] = value
        located = _locate(lines, name, value, order)
        if located is None and name.endswith("_date") and _locate(lines, name, value, "mdy"):
            order = "mdy"  # the supplier writes the month first (03/25/2024)
            located = _locate(lines, name, value, order)
        if located:
            index, first, end = located
            found = lines[index].words[first:end]
            entry["n_words"] = end - first
            entry["box"] = [
                found[0][0],
                min(w[1] for w in found),
                min(w[2] for w in found),
                max(w[3] for w in found),
                max(w[4] for w in found),
            ]
            entry.update(_label_for(lines, index, first) or {})
        if entry:
            learned[name] = entry
    return {"version": HINTS_VERSION, "fields": learned, "date_order": order}


def _phrase(words: list[Word], start: int, n_words: int, field_name: str) -> str:
    if field_name in TEXT_FIELDS:
        return " ".join(w[5] for w in words[start : start + n_words])
    return " ".join(w[5] for w in words[start:])


def _by_label(lines: list[Line], field_name: str, entry: dict[str, Any], order: str) -> str | None:
    label = str(entry["label"]).casefold()
    for index, line in enumerate(lines):
        position = line.text.casefold().find(label)
        if position < 0:
            continue
        label_words = line.words_in_span(position, position + len(label))
        x0, x1 = label_words[0][1], label_words[-1][3]
        if entry.get("direction") == "right":
            target, candidates = x1 + float(entry["dx"]), [line]
        else:
            target = x0 + float(entry["dx"])
            top = label_words[0][2] + float(entry["dy"])
            candidates = [
                other
                for other in lines[index + 1 : index + 4]
                if other.page == line.page and abs(other.top - top) < max(line.height, 4)
            ]
        for other in candidates:
            starts = [
                i for i, w in enumerate(other.words) if w[1] >= (x1 if other is line else 0) - 1
            ]
            if not starts:
                continue
            start = min(starts, key=lambda i: abs(other.words[i][1] - target))
            if abs(other.words[start][1] - target) > 40:
                continue
            text = _phrase(other.words, start, int(entry.get("n_words", 1)), field_name)
            value = parse_value(field_name, text, order)
            if value:
                return value
    return None


def _by_box(words: list[Word], field_name: str, entry: dict[str, Any], order: str) -> str | None:
    page, x0, top, x1, _bottom = entry["box"]
    inside = [
        w
        for w in words
        if w[0] == page and w[1] >= x0 - 30 and w[3] <= x1 + 60 and abs(w[2] - top) < 4
    ]
    if not inside:
        return None
    inside.sort(key=lambda w: w[1])
    text = _phrase(inside, 0, int(entry.get("n_words", 1)), field_name)
    return parse_value(field_name, text, order)


def apply_hints(result: ParseResult, hints: dict[str, Any]) -> ParseResult:
    """Return ``result`` with fields re-read using a supplier's hints (source ``'hint'``).

    E-invoices (exact XML values) and results without words are returned unchanged.
    """
    if not hints or result.einvoice is not None or not result.words:
        return result
    lines = build_lines(result.words)
    fields = dict(result.fields)
    order = str(hints.get("date_order", "dmy"))
    for name, entry in dict(hints.get("fields", {})).items():
        if name not in fields or not isinstance(entry, dict):
            continue
        found: ExtractedField | None = None
        if name == "supplier_name" and entry.get("constant"):
            found = ExtractedField(str(entry["constant"]), 0.95, "hint")
        if found is None and entry.get("label"):
            value = _by_label(lines, name, entry, order)
            found = ExtractedField(value, 0.9, "hint") if value else None
        if found is None and entry.get("box"):
            value = _by_box(result.words, name, entry, order)
            found = ExtractedField(value, 0.75, "hint") if value else None
        if found is None and entry.get("constant"):
            found = ExtractedField(str(entry["constant"]), 0.7, "hint")
        if found is not None:
            fields[name] = found
    return replace(result, fields=fields)
