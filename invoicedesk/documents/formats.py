"""Amounts, quantities, percentages and dates in one locale's style (babel), and reading numbers
typed in that style or in the plain one.

The GUI uses it with the user-interface locale (``invoicedesk.gui.common.formats.ui``), the
documents and mails with the document language (:func:`for_language`)::

    >>> Formats("de_DE").money(Decimal("1234.5"), "EUR")
    '1.234,50 EUR'
    >>> Formats("en_GB").date(date(2026, 12, 1))
    '01/12/2026'
    >>> Formats("de_DE").parse_decimal("39.90")   # the plain form is read too
    Decimal('39.90')
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal

#: the locale of each document language (as the printed documents use them)
DOCUMENT_LOCALES = {"de": "de_DE", "en": "en_GB", "nl": "nl_NL"}
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")


class Formats:
    """The formats of one locale (``de_DE``, ``en_GB``, ``nl``; unknown ones fall back to
    ``de_DE``, the company's own)."""

    def __init__(self, locale: str) -> None:
        try:
            self.locale = Locale.parse(locale.replace("-", "_") or "de_DE")
        except (UnknownLocaleError, ValueError):
            self.locale = Locale.parse("de_DE")
        self.decimal_sign = self.locale.number_symbols.get("latn", {}).get("decimal", ".")
        self.group_sign = self.locale.number_symbols.get("latn", {}).get("group", ",")
        self.date_pattern = _four_digit_year(self.locale.date_formats["short"].pattern)

    # --- writing ---------------------------------------------------------------------------

    def amount(self, value: Decimal | float | int) -> str:
        """Two decimals with grouping: ``1.234,50`` / ``1,234.50``."""
        return _number(self.locale, "#,##0.00", _dec(value))

    def money(self, value: Decimal | float | int, currency: str = "EUR") -> str:
        """An amount and its currency code: ``1.234,50 EUR`` (lists, e-mails)."""
        return f"{self.amount(value)} {currency}" if currency else self.amount(value)

    def money_sign(self, value: Decimal | float | int, currency: str = "EUR") -> str:
        """An amount as a printed document shows it: the euro as its sign, other currencies by
        their code, after a non-breaking space (``1.234,50\u00a0€``, ``1,234.50\u00a0CHF``)."""
        return f"{self.amount(value)}\u00a0{'€' if currency == 'EUR' else currency}"

    def quantity(self, value: Decimal | float | int) -> str:
        """A quantity as entered, up to four decimals: ``1,5`` / ``2`` / ``0,3333``."""
        return _number(self.locale, "#,##0.####", _dec(value))

    def price(self, value: Decimal | float | int) -> str:
        """A unit price: at least two, at most four decimals (``12,50`` / ``0,333``)."""
        return _number(self.locale, "#,##0.00##", _dec(value))

    def percent(self, value: Decimal | float | int) -> str:
        """A rate given in percent (``19`` -> ``19 %`` in German, ``19%`` in English)."""
        number = _number(self.locale, "0.##", _dec(value))
        pattern = self.locale.percent_formats.get(None)
        spaced = pattern is not None and "\u00a0%" in pattern.pattern
        return f"{number}\u00a0%" if spaced else f"{number}%"

    def date(self, value: date | None, empty: str = "—") -> str:
        """A date in the locale's numeric form with four-digit year: ``01.12.2026`` /
        ``01/12/2026`` / ``12/01/2026`` (US)."""
        if value is None:
            return empty
        return _date(self.locale, self.date_pattern, value)

    # --- reading ---------------------------------------------------------------------------

    def period(self, start: dt.date | None, end: dt.date | None, empty: str = "—") -> str:
        """A billing period by its months in this locale: ``Dez 2026–Jan 2027``,
        ``Jan–Apr 2027``, ``Mrz 2027`` (German); ``Dec 2026–Jan 2027`` (English)."""
        if start is None or end is None:
            return empty
        from babel.dates import format_date

        def month(value: dt.date, with_year: bool) -> str:
            return format_date(value, format="LLL y" if with_year else "LLL", locale=self.locale)

        if (start.year, start.month) == (end.year, end.month):
            return month(end, True)
        return f"{month(start, start.year != end.year)}–{month(end, True)}"

    def parse_decimal(self, text: str) -> Decimal:
        """A number typed in this locale's style (``1.234,50`` in German) or in the plain one
        (``1234.50``); raises ``ValueError`` when it is none."""
        raw = text.strip().translate(_SPACES)
        if raw.startswith("+"):
            raw = raw[1:]
        if not raw:
            raise ValueError(text)
        dec, group = self.decimal_sign, self.group_sign
        if dec in raw and group in raw:  # both: the last one is the decimal sign
            if raw.rfind(dec) < raw.rfind(group):
                dec, group = group, dec
            raw = raw.replace(group, "").replace(dec, ".")
        elif dec != "." and dec in raw:
            raw = raw.replace(dec, ".")
        elif group in raw and _is_grouped(raw, group):
            raw = raw.replace(group, "")
        elif raw.count(group) == 1 and group in ",.":  # "39,90" in English: a decimal comma
            raw = raw.replace(group, ".")
        try:
            number = Decimal(raw)
        except InvalidOperation:
            raise ValueError(text) from None
        if not number.is_finite():
            raise ValueError(text)
        return number


@lru_cache(maxsize=8192)
def _number(locale: Locale, pattern: str, value: Decimal) -> str:
    """``value`` in ``pattern`` (cached: a billing run prints the same figures many times)."""
    return format_decimal(value, format=pattern, locale=locale)


@lru_cache(maxsize=4096)
def _date(locale: Locale, pattern: str, value: date) -> str:
    from babel.dates import format_date

    return format_date(value, format=pattern, locale=locale)


def _dec(value: Decimal | float | int) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _is_grouped(raw: str, group: str) -> bool:
    """``1.234`` / ``-12.345.678``: digit groups of three after a first group of one to three
    (not starting with 0), so ``39.90`` and ``0.333`` are plain decimals."""
    body = raw[1:] if raw.startswith("-") else raw
    parts = body.split(group)
    first, rest = parts[0], parts[1:]
    return (
        bool(rest)
        and 1 <= len(first) <= 3
        and first.isdigit()
        and not first.startswith("0")
        and all(len(p) == 3 and p.isdigit() for p in rest)
    )


def _four_digit_year(pattern: str) -> str:
    """CLDR's short date with two-digit day and month and a four-digit year."""
    pattern = re.sub(r"y+", "yyyy", pattern)
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    return re.sub(r"(?<!M)M(?!M)", "MM", pattern)


@lru_cache(maxsize=16)
def formats(locale: str) -> Formats:
    """The (shared) formats of ``locale``."""
    return Formats(locale)


def for_language(language: str) -> Formats:
    """The formats of a document language (``de``, ``en``, ``nl``; others: German)."""
    return formats(DOCUMENT_LOCALES.get((language or "de")[:2].lower(), "de_DE"))
