"""The invoice date and the due date: labels by priority, payment terms, plausibility.

The invoice date is the date labelled as such (``Rechnungsdatum``, ``Invoice date``,
``Factuurdatum``, ``Date de facture``), else one with a plain date label that is no order,
delivery, print or period date, else the date after the title (``Facture n° 12 du 2 juillet
2015``) or after the place (``München, 12.03.2024``); a date without any label is the last
resort. The due date is the date labelled as due (``Fällig am``, ``Payable by``,
``Vervaldatum``, ``Échéance``) or is computed from the payment terms (``zahlbar innerhalb von
14 Tagen``, ``net 30``, ``binnen 30 dagen``, ``à 30 jours``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..layout import Line
from .candidates import Value

_PAYMENT_CONTEXT = re.compile(
    r"zahl|[üu]berweis|f[äa]llig|netto|skonto|ziel|\bpay|payment|terms|\bdue\b|settle|betal"
    r"|voldoen|termijn|paie|r[èe]gle|r[ée]gl|[ée]ch[ée]ance|d[ée]lai|conditions",
    re.I,
)
_DAYS = re.compile(
    r"(?<![\d.,])(\d{1,3})\s*(tage|tagen|days?|dagen|jours|j\.|wochen|weeks?|weken|semaines)\b"
    r"(?!\s*%)",
    re.I,
)
_NET_DAYS = re.compile(
    r"\bnet(?:to)?\s+(\d{1,3})\b(?!\s?[.,'’\d]|\s*%)|(?<![\d.,])(\d{1,3})\s*(?:tage|tagen|days|dagen|jours)"
    r"\s+(?:rein\s+)?(?:netto|net)\b",
    re.I,
)
_IMMEDIATE = re.compile(
    r"sofort\s+(?:f[äa]llig|zahlbar)|ohne\s+abzug\s+sofort|due\s+(?:up)?on\s+receipt"
    r"|payable\s+immediately|due\s+immediately|direct\s+opeisbaar|per\s+omgaande"
    r"|[àa]\s+r[ée]ception|comptant",
    re.I,
)
_WEEKS = ("wochen", "weeks", "week", "weken", "semaines")


@dataclass(frozen=True)
class DatePick:
    """A chosen date, how sure the choice is and how it was found."""

    value: date
    confidence: float
    source: str


def pick_invoice_date(dates: list[Value]) -> DatePick | None:
    """The invoice date among the date candidates (see the module docstring)."""
    labelled = [d for d in dates if d.role == "invoice_date"]
    if labelled:
        best = max(labelled, key=lambda d: (d.strength, -d.page, -d.top))
        confidence = 0.95 if best.strength >= 0.9 else round(best.strength, 2)
        if len({d.day for d in labelled}) == 1:  # one date has an issue label: no rival
            confidence = max(confidence, round(best.strength + 0.15, 2))
        return DatePick(best.day, confidence, "label")
    free = [d for d in dates if d.role is None and d.page == 0]
    if free:
        first = min(free, key=lambda d: (d.page, d.top, d.x0))
        return DatePick(first.day, 0.4, "pattern")
    return None


def payment_days(lines: list[Line]) -> tuple[int, str] | None:
    """The payment term in days from text such as ``zahlbar innerhalb von 14 Tagen``,
    ``net 30`` or ``à 30 jours`` (with a cash-discount term, the net term), and the sentence."""
    for line in lines:
        text = line.text
        if _IMMEDIATE.search(text):
            return 0, text
        if not _PAYMENT_CONTEXT.search(text):
            continue
        net = _NET_DAYS.search(text)
        if net:
            return int(net.group(1) or net.group(2)), text
        found = [
            int(m.group(1)) * (7 if m.group(2).lower() in _WEEKS else 1)
            for m in _DAYS.finditer(text)
        ]
        if found:
            return max(found), text
    return None


def pick_due_date(
    dates: list[Value], lines: list[Line], invoice_date: date | None
) -> DatePick | None:
    """The due date: labelled, else the invoice date plus the payment term."""
    labelled = [d for d in dates if d.role == "due_date"]
    terms = payment_days(lines)
    computed = invoice_date + timedelta(days=terms[0]) if terms and invoice_date else None
    if labelled:
        plausible = [d for d in labelled if invoice_date is None or d.day >= invoice_date]
        best = max(plausible or labelled, key=lambda d: (d.strength, -d.page, -d.top))
        confidence = 0.95 if best.day == computed else 0.9 if plausible else 0.5
        return DatePick(best.day, confidence, "label")
    if computed is not None:
        return DatePick(computed, 0.85, "terms")
    return None


_NUMERIC = re.compile(r"(?<![\d.,])(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?!\d)")


def date_order(text: str) -> str:
    """``"mdy"`` when the numeric dates of a page can only be month first (``03/25/2024``),
    else ``"dmy"``."""
    day_first = month_first = 0
    for match in _NUMERIC.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    return "mdy" if month_first > day_first else "dmy"
