"""Value candidates: every date and amount on the page with the label that owns it.

A value's label is the text left of it on its line (back to the previous value), or — for
values under column headers, as in header boxes and the totals row of a table — the header
above it in the same column. A line that begins with an item description is a table row: its
amounts are line amounts whatever their column is called.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..layout import COLUMN_GAP, Line, overlapping
from ..values import amount_matches, find_dates, is_weekday
from .labels import AMOUNT_ROLES, DATE_ROLES, Role, classify

_LETTERS = re.compile(r"[^\W\d_]{2,}")
_HEADER_REACH = 8
_SUFFIX_WORDS = re.compile(r"^\W{0,3}(ttc|ht|netto|brutto|net|gross|incl|excl)\b", re.I)


@dataclass
class Value:
    """A date or amount found on a line, where it is and what labels it."""

    kind: str  # "date" | "amount"
    value: date | Decimal
    line: int
    start: int
    end: int
    x0: float
    x1: float
    page: int
    top: float
    left: str
    above: str
    role: str | None = None
    strength: float = 0.0
    source: str = "none"  # "left" | "above" | "after" | "none"

    @property
    def amount(self) -> Decimal:
        """The value as an amount (amount candidates only)."""
        assert isinstance(self.value, Decimal)
        return self.value

    @property
    def day(self) -> date:
        """The value as a date (date candidates only)."""
        assert isinstance(self.value, date)
        return self.value


def _left_text(text: str, begin: int, start: int) -> str:
    """The label part of ``text[begin:start]``: the last column cell that has letters."""
    segment = text[begin:start]
    for part in reversed(segment.split(COLUMN_GAP)):
        if _LETTERS.search(part):
            return part.strip(" :")
    return ""


def header_above(lines: list[Line], index: int, x0: float, x1: float) -> str:
    """The nearest text above in the same column that is a header (letters, no amount)."""
    line = lines[index]
    for other in reversed(lines[max(0, index - _HEADER_REACH) : index]):
        if other.page != line.page or line.top - other.bottom > 12 * max(line.height, 6):
            return ""
        if not overlapping(other, x0, x1, slack=2.0):
            continue
        cells = [c for c in other.cells if c.x1 >= x0 - 2 and c.x0 <= x1 + 2]
        if not cells:
            continue
        # the header most over the value (left-aligned headers start where the value starts)
        cell = max(cells, key=lambda c: (min(c.x1, x1) - max(c.x0, x0), -abs(c.x0 - x0)))
        if amount_matches(cell.text) or find_dates(cell.text):
            continue  # another row of the same column: keep looking up
        return cell.text if _LETTERS.search(cell.text) else ""
    return ""


def _spans(line: Line, kind: str, order: str) -> list[tuple[int, int, date | Decimal]]:
    if kind == "amount":
        return [(s, e, v) for s, e, v in amount_matches(line.text)]
    found: list[tuple[int, int, date | Decimal]] = []
    for start, end, value in find_dates(line.text, order):
        before = line.text[:start].rstrip(" ,")
        words = before.split()
        if words and is_weekday(words[-1]):  # "Montag, 12. März 2024": the weekday belongs to it
            start = before.rfind(words[-1])
        found.append((start, end, value))
    return found


def find_values(lines: list[Line], kind: str, order: str = "dmy") -> list[Value]:
    """Every value of ``kind`` ("date" or "amount") on the lines, with its label role;
    numeric dates are read in ``order`` (``"dmy"`` or ``"mdy"``)."""
    roles: tuple[Role, ...] = DATE_ROLES if kind == "date" else AMOUNT_ROLES
    result: list[Value] = []
    for index, line in enumerate(lines):
        spans = _spans(line, kind, order)
        if not spans:
            continue
        lead = _left_text(line.text, 0, spans[0][0])
        table_row = kind == "amount" and bool(lead) and classify(lead, roles) is None
        previous_end = 0
        row_of_columns = len(spans) > 1  # a totals row under headers: the headers name them
        for start, end, value in spans:
            x0, x1 = line.span_x(start, end)
            left = _left_text(line.text, previous_end, start)
            above = "" if table_row else header_above(lines, index, x0, x1)
            if row_of_columns and above and classify(above, roles) is not None:
                left = ""
            found = Value(kind, value, index, start, end, x0, x1, line.page, line.top, left, above)
            _assign_role(found, line.text[end : end + 14], roles, table_row)
            result.append(found)
            previous_end = end
    return result


def _assign_role(value: Value, after: str, roles: tuple[Role, ...], table_row: bool) -> None:
    if table_row:
        value.role, value.source = "line", "row"
        return
    for text, source, factor in ((value.left, "left", 1.0), (value.above, "above", 0.9)):
        role = classify(text, roles) if text else None
        if role:
            value.role, value.strength, value.source = role[0], round(role[1] * factor, 3), source
            return
    suffix = _SUFFIX_WORDS.match(after)
    if suffix:
        role = classify(suffix.group(1), roles)
        if role:
            value.role, value.strength, value.source = role[0], role[1] * 0.8, "after"
