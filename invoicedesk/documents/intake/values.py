"""Parsing of printed values: dates, amounts, IBANs, VAT IDs, currencies (no I/O)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from stdnum.eu import vat as eu_vat

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar jänner janvier janv januari",
        "february feb februar février fevrier févr fevr februari",
        "march mar märz maerz mars maart mrt",
        "april apr avril avr",
        "may mai mei",
        "june jun juni juin",
        "july jul juli juillet juil",
        "august aug august août aout augustus",
        "september sep sept septembre",
        "october oct oktober octobre okt",
        "november nov novembre",
        "december dec dezember décembre decembre dez",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b"), "dmy2"),
    (re.compile(rf"\b(\d{{1,2}})\.?\s*({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I), "dMy"),
    (
        re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(\d{{4}})\b", re.I),
        "Mdy",
    ),
)

_AMOUNT_RE = re.compile(
    r"(?<![\d.,])(-?\s?)(\d{1,3}(?:\.\d{3})+,\d{2}|\d{1,3}(?:,\d{3})+\.\d{2}"
    r"|\d{1,3}(?:'\d{3})+\.\d{2}|\d+[.,]\d{2})(?![\d.,]*\d)(-?)"
)
CURRENCY_SYMBOLS: dict[str, str] = {"€": "EUR", "$": "USD", "£": "GBP", "₹": "INR", "CHF": "CHF"}
CURRENCY_CODES = ("EUR", "USD", "GBP", "CHF", "INR", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY")
_CODE_RE = re.compile(r"\b(" + "|".join(CURRENCY_CODES) + r")\b")
_RS_RE = re.compile(r"\bRs\.?\s?-?\s?\d|\bINR\b|₹")
_IBAN_RE = re.compile(r"\b(?=([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b)")
_VAT_RE = re.compile(
    r"\b(?=((?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|GR|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)"
    r"[ .]?U?[0-9A-Z](?:[ .]?[0-9A-Z]){7,13})\b)"
)
_CENT = Decimal("0.01")


def parse_date(text: str) -> date | None:
    """Return the first date written in ``text`` (several numeric and month-name formats)."""
    best: tuple[int, date] | None = None
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            found = _to_date(match.groups(), order)
            if found and (best is None or match.start() < best[0]):
                best = (match.start(), found)
                break
    return best[1] if best else None


def _to_date(groups: tuple[str, ...], order: str) -> date | None:
    try:
        if order == "ymd":
            year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
        elif order in ("dmy", "dmy2"):
            day, month, year = int(groups[0]), int(groups[1]), int(groups[2])
            year += 2000 if order == "dmy2" else 0
        elif order == "dMy":
            day, month, year = int(groups[0]), MONTHS[groups[1].lower()], int(groups[2])
        else:
            month, day, year = MONTHS[groups[0].lower()], int(groups[1]), int(groups[2])
        if not 1990 <= year <= 2100:
            return None
        return date(year, month, day)
    except (ValueError, KeyError):
        return None


def amount_matches(text: str) -> list[tuple[int, int, Decimal]]:
    """Return ``(start, end, amount)`` for every money amount with two decimals in ``text``."""
    found = []
    for match in _AMOUNT_RE.finditer(text):
        found_amount = parse_amount(match.group(2))
        if found_amount is None:
            continue
        if match.group(1).strip() == "-" or match.group(3) == "-":
            found_amount = -found_amount
        found.append((match.start(), match.end(), found_amount))
    return found


def parse_amount(text: str) -> Decimal | None:
    """Parse ``1.234,56``, ``1,234.56``, ``1'234.56`` or ``1234.56`` into a ``Decimal``."""
    cleaned = re.sub(r"[^\d.,'-]", "", text).replace("'", "")
    if not cleaned or not any(ch.isdigit() for ch in cleaned):
        return None
    last_dot, last_comma = cleaned.rfind("."), cleaned.rfind(",")
    if last_comma > last_dot:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def format_amount(amount: Decimal) -> str:
    """Format a ``Decimal`` as a string with '.' and two decimals (``'1234.50'``)."""
    return str(amount.quantize(_CENT, rounding=ROUND_HALF_UP))


def normalize_amount(text: str | None) -> str | None:
    """Parse an XML decimal or printed amount and return it with two decimals, else ``None``."""
    if text is None:
        return None
    amount = parse_amount(text.strip())
    return format_amount(amount) if amount is not None else None


def find_currency(text: str) -> str | None:
    """Return the ISO code of the currency written most often in ``text`` (codes or symbols)."""
    counts: dict[str, int] = {}
    for code in _CODE_RE.findall(text):
        counts[code] = counts.get(code, 0) + 2
    for symbol, code in CURRENCY_SYMBOLS.items():
        if len(symbol) == 1 and symbol in text:
            counts[code] = counts.get(code, 0) + text.count(symbol)
    if _RS_RE.search(text):
        counts["INR"] = counts.get("INR", 0) + 3
    return max(counts, key=lambda code: counts[code]) if counts else None


def find_ibans(text: str) -> list[str]:
    """Return every valid IBAN (checked with schwifty) in ``text``, compact, in text order."""
    found: list[str] = []
    for match in _IBAN_RE.finditer(text.upper()):
        candidate = _shrinking(match.group(1), valid_iban)
        if candidate and candidate not in found:
            found.append(candidate)
    return found


def valid_iban(text: str) -> str | None:
    """Return the compact IBAN if ``text`` is a valid IBAN, else ``None``."""
    try:
        return str(IBAN(text.replace(" ", "")).compact)
    except (SchwiftyException, ValueError):
        return None


def find_vat_ids(text: str) -> list[tuple[int, str]]:
    """Return ``(position, compact VAT ID)`` for every EU VAT ID valid by python-stdnum."""
    found: list[tuple[int, str]] = []
    for match in _VAT_RE.finditer(text.upper()):
        candidate = _shrinking(match.group(1), valid_vat_id)
        if candidate and candidate not in [f[1] for f in found]:
            found.append((match.start(), candidate))
    return found


def _shrinking(raw: str, validate: Callable[[str], str | None]) -> str | None:
    """Validate ``raw``; when that fails, retry without its trailing space-separated parts."""
    parts = raw.split(" ")
    for end in range(len(parts), 0, -1):
        candidate = validate(" ".join(parts[:end]))
        if candidate:
            return candidate
    return None


def valid_vat_id(text: str) -> str | None:
    """Return the compact EU VAT ID if ``text`` is valid (python-stdnum), else ``None``."""
    compact = re.sub(r"[\s.\-]", "", text.upper())
    try:
        return str(eu_vat.validate(compact))
    except Exception:  # stdnum raises several ValidationError subclasses
        return None
