"""Parsing of printed values: dates, amounts, IBANs, VAT IDs, currencies (no I/O).

Amounts are recognised in every grouping style suppliers use — ``1.234,56``, ``1,234.56``,
``1 234,56`` (also with no-break, narrow no-break and thin spaces), ``1'234.56`` and
``1’234.56`` — with the currency before or after (``EUR 1.234,56``, ``1.234,56 €``,
``€1,234.56``) and negative as ``-5,00``, ``−5,00``, ``5,00-`` or ``(5.00)``. Month names
come from the CLDR data of babel for German, English, Dutch and French. VAT IDs are validated
with python-stdnum (EU member states, Northern Ireland, the United Kingdom, Switzerland and
Norway), IBANs with schwifty.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.dates import get_day_names, get_month_names
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from stdnum import get_cc_module
from stdnum.eu import vat as eu_vat

LANGUAGES = ("de", "en", "nl", "fr")
SPACES = " \u00a0\u202f\u2009\u2007"
"""Characters that separate groups of thousands as a space (normal, no-break, narrow, thin,
figure space); pdfplumber splits words on them, so in a line's text they are one space."""


_LEGAL_FORMS = re.compile(
    r"\b(gmbh|ag|kg|ohg|e\.?\s?k|e\.?\s?u|ug|co|b\.?\s?v|n\.?\s?v|v\.?\s?o\.?\s?f|ltd|limited|inc"
    r"|llc|plc|llp|dac|sarl|s\.?\s?a\.?\s?r\.?\s?l|sas|eurl|s\.?\s?a|sa|srl|bv|nv|as|asa|og|pvt)\b\.?",
    re.IGNORECASE,
)


def company_key(name: str) -> str:
    """A comparison key for company names: no accents, legal forms, punctuation or case
    (``'Müller & Söhne GmbH'`` -> ``'muller sohne'``)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = _LEGAL_FORMS.sub(" ", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _fold(text: str) -> str:
    """Lower case without accents (``Févr.`` -> ``fevr``)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.lower().strip(".")


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=language).items():
                for key in {name.lower().strip("."), _fold(name)}:
                    table[key] = int(number)
    for extra, number in (("jänner", 1), ("maerz", 3), ("sept", 9), ("mrz", 3), ("dez", 12)):
        table[extra] = number
    return table


MONTHS: dict[str, int] = _month_table()
"""Month names and abbreviations (lower case, with and without accents) -> month number."""
_WEEKDAYS = {
    name.lower()
    for language in LANGUAGES
    for name in get_day_names("wide", locale=language).values()
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th|er|e)?"
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(?<![\d.,])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)"), "dmy"),
    (re.compile(r"(?<![\d.,])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d.,]*\d)"), "dmy2"),
    (
        re.compile(
            rf"(?<!\d)(\d{{1,2}}){_ORDINAL}\.?[\s-]*({_MONTH_RE})\.?[\s,-]+(\d{{4}})(?!\d)", re.I
        ),
        "dMy",
    ),
    (
        re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORDINAL}\s*,?\s*(\d{{4}})(?!\d)", re.I),
        "Mdy",
    ),
)


def parse_date(text: str, order: str = "dmy") -> date | None:
    """Return the first date written in ``text``.

    Numeric dates are read day first unless ``order`` is ``"mdy"`` (learned per supplier);
    ISO dates and dates with month names are unambiguous.
    """
    found = find_dates(text, order)
    return found[0][2] if found else None


def find_dates(text: str, order: str = "dmy") -> list[tuple[int, int, date]]:
    """Every date in ``text`` as ``(start, end, date)``, in text order (no overlaps)."""
    hits: list[tuple[int, int, date]] = []
    for pattern, kind in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            found = _to_date(match.groups(), kind, order)
            if found is None:
                continue
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e, _ in hits):
                continue
            hits.append((start, end, found))
    hits.sort()
    return hits


def _to_date(groups: tuple[str, ...], kind: str, order: str) -> date | None:
    try:
        if kind == "ymd":
            year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
        elif kind in ("dmy", "dmy2"):
            first, second, year = int(groups[0]), int(groups[2]), int(groups[3])
            day, month = (second, first) if order == "mdy" else (first, second)
            year += 2000 if kind == "dmy2" else 0
        elif kind == "dMy":
            day, month, year = int(groups[0]), MONTHS[_fold(groups[1])], int(groups[2])
        else:
            month, day, year = MONTHS[_fold(groups[0])], int(groups[1]), int(groups[2])
        if not 1990 <= year <= 2100:
            return None
        return date(year, month, day)
    except (ValueError, KeyError):
        return None


def is_weekday(word: str) -> bool:
    """Whether ``word`` is the name of a weekday (``Montag,``, ``vendredi``)."""
    return word.strip(",.").lower() in _WEEKDAYS


_CURRENCY_WORD = r"(?:EUR|CHF|GBP|USD|NOK|SEK|DKK|PLN|CZK|INR|€|£|\$|₹|kr\.?|Fr\.|Rs\.?)"
_GROUP = rf"[.,'’{SPACES}]"
_NUMBER = (
    rf"\d{{1,3}}(?P<g>{_GROUP})\d{{3}}(?:(?P=g)\d{{3}})*(?P<d>[.,])\d{{2}}"  # 12.345,67
    r"|\d+(?P<d2>[.,])\d{2}"  # 12345,67
    rf"|\d{{1,3}}(?P<g3>[.,'’])\d{{3}}(?:(?P=g3)\d{{3}})*[.,]-{{1,2}}"  # 1.234,-
    r"|\d{1,3},-{1,2}"  # 12,-
)
_AMOUNT_RE = re.compile(
    rf"(?<![\w.,'’/-])(?P<open>\()?(?P<sign>[-−–]\s?)?(?:{_CURRENCY_WORD}\s?)?(?P<sign2>[-−]\s?)?"
    rf"(?P<num>{_NUMBER})"
    rf"(?![\d.,'’]*\d)(?P<after>(?:\s?{_CURRENCY_WORD})?(?P<trail>-(?!\d))?(?P<close>\))?)",
    re.I,
)
_PERCENT_AFTER = re.compile(r"\s?%")
CURRENCY_SYMBOLS: dict[str, str] = {"€": "EUR", "$": "USD", "£": "GBP", "₹": "INR", "CHF": "CHF"}
CURRENCY_CODES = ("EUR", "USD", "GBP", "CHF", "INR", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY")
_CODE_RE = re.compile(r"\b(" + "|".join(CURRENCY_CODES) + r")\b")
_RS_RE = re.compile(r"\bRs\.?\s?-?\s?\d|\bINR\b|₹")
_KRONE_RE = re.compile(r"(?<!\w)kr\.?\s?\d|\d\s?kr\b")
_CENT = Decimal("0.01")


def amount_matches(text: str) -> list[tuple[int, int, Decimal]]:
    """Return ``(start, end, amount)`` for every money amount in ``text`` (percentages and
    numbers without two decimals are left out)."""
    found = []
    for match in _AMOUNT_RE.finditer(text):
        if _PERCENT_AFTER.match(text, match.end("num")):
            continue
        value = _number(match)
        if value is None:
            continue
        negative = bool(match.group("sign") or match.group("sign2") or match.group("trail"))
        if match.group("open") and match.group("close"):
            negative = True
        found.append((match.start(), match.end(), -value if negative else value))
    return found


def _number(match: re.Match[str]) -> Decimal | None:
    raw = match.group("num")
    if raw.endswith("-"):  # 1.234,- means whole units
        raw = raw.rstrip("-").rstrip(".,") + ".00"
        raw = re.sub(r"[.,'’]", "", raw[:-3]) + ".00"
        return Decimal(raw)
    decimal_mark = match.group("d") or match.group("d2")
    group = match.group("g")
    if group is not None and group == decimal_mark:
        return None
    digits = re.sub(rf"[.,'’{SPACES}]", "", raw[:-3])
    try:
        return Decimal(f"{digits}.{raw[-2:]}")
    except InvalidOperation:
        return None


def parse_amount(text: str) -> Decimal | None:
    """Parse one printed amount (any grouping, decimal comma or point, sign) into a Decimal."""
    found = amount_matches(text.strip())
    if found:
        return found[0][2]
    cleaned = re.sub(r"[^\d.,'’\-−]", "", text).replace("'", "").replace("’", "")
    cleaned = cleaned.replace("−", "-")
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


def find_currency(text: str, country: str | None = None) -> str | None:
    """Return the ISO code of the currency written most often in ``text`` (codes or symbols);
    ``kr`` counts as the krone of ``country`` (NO, SE, DK) when that is known."""
    counts: dict[str, int] = {}
    for code in _CODE_RE.findall(text):
        counts[code] = counts.get(code, 0) + 2
    for symbol, code in CURRENCY_SYMBOLS.items():
        if len(symbol) == 1 and symbol in text:
            counts[code] = counts.get(code, 0) + text.count(symbol)
    if _RS_RE.search(text):
        counts["INR"] = counts.get("INR", 0) + 3
    krone = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}.get(country or "")
    if krone and _KRONE_RE.search(text):
        counts[krone] = counts.get(krone, 0) + len(_KRONE_RE.findall(text))
    return max(counts, key=lambda code: counts[code]) if counts else None


_IBAN_RE = re.compile(r"\b(?=([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b)")


def find_ibans(text: str) -> list[str]:
    """Return every valid IBAN (checked with schwifty) in ``text``, compact, in text order."""
    return [iban for _, iban in find_iban_positions(text)]


def find_iban_positions(text: str) -> list[tuple[int, str]]:
    """``(position, compact IBAN)`` of every valid IBAN in ``text`` (each once)."""
    found: list[tuple[int, str]] = []
    for match in _IBAN_RE.finditer(text.upper()):
        candidate = _shrinking(match.group(1), valid_iban)
        if candidate and candidate not in [f[1] for f in found]:
            found.append((match.start(), candidate))
    return found


def valid_iban(text: str) -> str | None:
    """Return the compact IBAN if ``text`` is a valid IBAN, else ``None``."""
    try:
        return str(IBAN(text.replace(" ", "")).compact)
    except (SchwiftyException, ValueError):
        return None


_EU = "AT|BE|BG|CY|CZ|DE|DK|EE|EL|GR|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI"
_VAT_RE = re.compile(
    rf"(?<![A-Z0-9])(?=((?:{_EU}|GB|CHE|NO)[ .\-]?U?[0-9A-Z](?:[ .\-]?[0-9A-Z]){{6,13}}"
    r"(?:\s?(?:MWST|TVA|IVA|MVA))?))"
)
_NON_EU = {"GB": "gb", "CH": "ch", "NO": "no"}
_SUFFIX = re.compile(r"(MWST|TVA|IVA|MVA)$")


def find_vat_ids(text: str) -> list[tuple[int, str]]:
    """``(position, VAT ID)`` of every valid VAT ID in ``text`` (see :func:`valid_vat_id`)."""
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
    """Return the VAT ID in a canonical form if it is valid (python-stdnum), else ``None``.

    The canonical form is the country prefix and the number without separators and without
    the Swiss (``MWST``/``TVA``/``IVA``) and Norwegian (``MVA``) suffixes:
    ``CHE-123.456.788 MWST`` -> ``CHE123456788``.
    """
    compact = re.sub(r"[\s.\-]", "", text.upper())
    country = "CH" if compact.startswith("CHE") else compact[:2]
    try:
        if country in _NON_EU:
            module = get_cc_module(_NON_EU[country], "vat")
            if module is None:
                return None
            if country == "NO":
                number = _SUFFIX.sub("", compact)
                return "NO" + str(module.validate(number[2:] + "MVA"))[:9]
            if country == "CH":
                return "CHE" + str(module.validate(_SUFFIX.sub("", compact) + "MWST"))[3:12]
            return "GB" + str(module.validate(compact))[-9:]
        if _SUFFIX.search(compact):
            return None
        return str(eu_vat.validate(compact))
    except Exception:  # stdnum raises several ValidationError subclasses
        return None
