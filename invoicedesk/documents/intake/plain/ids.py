"""The invoice number and the references: identifier tokens and the labels that own them.

Every token that looks like an identifier (letters, digits and ``- / . _``, at least one digit,
no date) is owned by the label left of it in its cell, by the cell before it, or by a header
above it. The invoice number is the token with the strongest invoice-number label
(``Rechnungsnummer``, ``Invoice No.``, ``Factuurnummer``, ``Facture n°``, a title such as
``Rechnung Nr.``); customer, order, delivery-note, VAT and register numbers have labels of
their own and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout import Line
from ..values import amount_matches, find_dates, parse_date
from .candidates import header_above
from .labels import ID_ROLES, classify

_TOKEN = re.compile(r"[#]?[A-Za-z0-9][A-Za-z0-9/_.\-]*[A-Za-z0-9]")
_PREFIX = re.compile(r"^(?:n[°º]|nr\.?|no\.?|#)", re.I)
_REFERENCE_LABELS = {
    "payment_reference": re.compile(
        r"verwendungszweck|zahlungsreferenz|payment\s+reference|betalingskenmerk"
        r"|r[ée]f[ée]rence\s+(?:de\s+)?paiement|remittance",
        re.I,
    ),
    "buyer_reference": re.compile(
        r"ihr\s+zeichen|ihre\s+referenz|your\s+reference|uw\s+referentie|votre\s+r[ée]f[ée]rence"
        r"|leitweg",
        re.I,
    ),
}


@dataclass(frozen=True)
class IdPick:
    """A chosen identifier with its confidence."""

    value: str
    confidence: float


def _is_id(token: str) -> bool:
    return (
        len(token) >= 3
        and any(ch.isdigit() for ch in token)
        and parse_date(token) is None
        and not re.fullmatch(r"\d{1,2}[.,]\d{1,2}", token)
    )


def _tokens(line: Line) -> list[tuple[int, int, str]]:
    """Identifier-like tokens of a line that are not part of a date or an amount."""
    taken = [(s, e) for s, e, _ in find_dates(line.text)]
    taken += [(s, e) for s, e, _ in amount_matches(line.text)]
    found = []
    for match in _TOKEN.finditer(line.text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        token, start = match.group(0), match.start()
        prefix = _PREFIX.match(token)
        if prefix and len(token) > prefix.end():
            token, start = token[prefix.end() :], start + prefix.end()
        token = token.lstrip("#")
        if _is_id(token):
            found.append((start, start + len(token), token))
    return found


def _owner(lines: list[Line], index: int, start: int, previous_end: int) -> tuple[str, float]:
    """The identifier role of a token: from the label left of it in its cell, the cell before
    it, or the header above it (the first of these that is an identifier label)."""
    line = lines[index]
    cell = line.cell_at(start)
    texts = [line.text[max(previous_end, cell.start if cell else 0) : start].strip()]
    cells_before = [c for c in line.cells if c.end <= start and c.end > previous_end]
    if cells_before:
        texts.append(cells_before[-1].text)
    x0, x1 = line.span_x(start, start + 1)
    texts.append(header_above(lines, index, x0, x1 + 30))
    for text in texts:
        role = classify(text, ID_ROLES) if re.search(r"[^\W\d_]{2,}", text) else None
        if role:
            return role
    return ("", 0.0)


def pick_invoice_number(lines: list[Line]) -> IdPick | None:
    """The token with the strongest invoice-number label (first one on ties)."""
    best: tuple[float, int, str] | None = None
    values: set[str] = set()
    for index, line in enumerate(lines):
        previous_end = 0
        for start, end, token in _tokens(line):
            role = _owner(lines, index, start, previous_end)
            previous_end = end
            if role[0] != "invoice_number":
                continue
            values.add(token)
            if best is None or role[1] > best[0]:
                best = (role[1], index, token)
    if best is None:
        return None
    strength, _index, token = best
    confidence = 0.95 if strength >= 0.9 else strength
    if len(values) > 1 and strength < 0.9:
        confidence = min(confidence, 0.5)
    return IdPick(token, round(confidence, 2))


def pick_reference(lines: list[Line], field_name: str) -> IdPick | None:
    """A payment or buyer reference: the text after its label on the same line."""
    pattern = _REFERENCE_LABELS[field_name]
    for line in lines:
        match = pattern.search(line.text)
        if match:
            rest = line.text[match.end() :].strip(" :#").split("  ")[0].strip()
            if rest:
                return IdPick(rest, 0.8)
    return None
