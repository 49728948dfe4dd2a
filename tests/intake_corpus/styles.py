"""How numbers, amounts and dates are written: the styles of the test invoices.

Each style has a ``holdout`` flag: held-out styles are only drawn for the held-out part of
the corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
NNBSP = "\u202f"
MINUS = "\u2212"


@dataclass(frozen=True)
class NumberStyle:
    """Thousands separator and decimal mark; ``ttf`` when the glyphs need an embedded font."""

    name: str
    group: str
    decimal: str
    ttf: bool = False
    holdout: bool = False

    def number(self, value: Decimal, places: int = 2) -> str:
        """``value`` (absolute) with this grouping and ``places`` decimals."""
        quantum = Decimal(1).scaleb(-places)
        text = f"{abs(value).quantize(quantum, rounding=ROUND_HALF_UP):f}"
        whole, _, frac = text.partition(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        joined = self.group.join(groups)
        return f"{joined}{self.decimal}{frac}" if places else joined


#: number styles per locale family (the first ones are the common ones)
NUMBER_STYLES: dict[str, tuple[NumberStyle, ...]] = {
    "de": (
        NumberStyle("de-dot", ".", ","),
        NumberStyle("de-plain", "", ","),
        NumberStyle("de-space", " ", ","),
        NumberStyle("de-nbsp", NBSP, ",", ttf=True),
        NumberStyle("de-thin", "\u2009", ",", ttf=True, holdout=True),
    ),
    "ch": (
        NumberStyle("ch-apos", "'", "."),
        NumberStyle("ch-rsquo", "\u2019", ".", ttf=True),
        NumberStyle("ch-nnbsp", NNBSP, ".", ttf=True, holdout=True),
    ),
    "fr": (
        NumberStyle("fr-nnbsp", NNBSP, ",", ttf=True),
        NumberStyle("fr-nbsp", NBSP, ",", ttf=True),
        NumberStyle("fr-space", " ", ","),
        NumberStyle("fr-dot", ".", ",", holdout=True),
    ),
    "nl": (
        NumberStyle("nl-dot", ".", ","),
        NumberStyle("nl-plain", "", ","),
        NumberStyle("nl-space", " ", ",", holdout=True),
    ),
    "en": (
        NumberStyle("en-comma", ",", "."),
        NumberStyle("en-plain", "", "."),
        NumberStyle("en-space", " ", ".", holdout=True),
    ),
    "no": (
        NumberStyle("no-space", " ", ","),
        NumberStyle("no-nbsp", NBSP, ",", ttf=True),
    ),
}


@dataclass(frozen=True)
class MoneyStyle:
    """Where the currency goes and how a negative amount is written."""

    currency: str  # "code-before", "code-after", "symbol-before", "symbol-before-space",
    # "symbol-after", "none"
    negative: str  # "minus", "unicode-minus", "trailing", "parens"
    holdout: bool = False


SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "NOK": "kr"}


def money(value: Decimal, numbers: NumberStyle, style: MoneyStyle, currency: str) -> str:
    """An amount as printed: number, currency placement and negative style."""
    text = numbers.number(value)
    symbol = SYMBOLS.get(currency, currency)
    placement = style.currency
    if placement == "code-before":
        text = f"{currency} {text}"
    elif placement == "code-after":
        text = f"{text} {currency}"
    elif placement == "symbol-before":
        text = f"{symbol}{text}" if len(symbol) == 1 else f"{symbol} {text}"
    elif placement == "symbol-before-space":
        text = f"{symbol} {text}"
    elif placement == "symbol-after":
        text = f"{text} {symbol}"
    if value < 0:
        if style.negative == "minus":
            text = f"-{text}"
        elif style.negative == "unicode-minus":
            text = f"{MINUS}{text}"
        elif style.negative == "trailing":
            text = f"{text}-"
        else:
            text = f"({text})"
    return text


MONTHS = {
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}
SHORT_MONTHS = {
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "nl": [
        "jan.",
        "feb.",
        "mrt.",
        "apr.",
        "mei",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
}
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}


def _ordinal_en(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@dataclass(frozen=True)
class DateStyle:
    """One way to write a date; ``order`` says which fields come first in numeric styles."""

    name: str
    languages: tuple[str, ...]
    holdout: bool = False

    def write(self, value: date, language: str) -> str:
        """``value`` in this style and ``language`` (month names)."""
        d, m, y = value.day, value.month, value.year
        month = MONTHS[language][m - 1]
        short = SHORT_MONTHS[language][m - 1]
        name = self.name
        if name == "dd.mm.yyyy":
            return f"{d:02d}.{m:02d}.{y}"
        if name == "d.m.yyyy":
            return f"{d}.{m}.{y}"
        if name == "dd.mm.yy":
            return f"{d:02d}.{m:02d}.{y % 100:02d}"
        if name == "dd/mm/yyyy":
            return f"{d:02d}/{m:02d}/{y}"
        if name == "dd-mm-yyyy":
            return f"{d:02d}-{m:02d}-{y}"
        if name == "d-m-yyyy":
            return f"{d}-{m}-{y}"
        if name == "yyyy-mm-dd":
            return f"{y}-{m:02d}-{d:02d}"
        if name == "mm/dd/yyyy":
            return f"{m:02d}/{d:02d}/{y}"
        if name == "d month yyyy":
            if language == "fr" and d == 1:
                return f"1er {month} {y}"
            return f"{d}. {month} {y}" if language == "de" else f"{d} {month} {y}"
        if name == "d mon yyyy":
            return f"{d}. {short} {y}" if language == "de" else f"{d} {short} {y}"
        if name == "month d, yyyy":
            return f"{month} {d}, {y}"
        if name == "mon d, yyyy":
            return f"{short} {d}, {y}"
        if name == "dth month yyyy":
            return f"{_ordinal_en(d)} {month} {y}"
        if name == "dd-mon-yyyy":
            return f"{d:02d}-{SHORT_MONTHS['en'][m - 1]}-{y}"
        if name == "weekday d month yyyy":
            weekday = WEEKDAYS[language][value.weekday()]
            sep = ". " if language == "de" else " "
            return f"{weekday}, {d}{sep}{month} {y}"
        raise ValueError(name)


DATE_STYLES: tuple[DateStyle, ...] = (
    DateStyle("dd.mm.yyyy", ("de", "nl", "fr")),
    DateStyle("d.m.yyyy", ("de",)),
    DateStyle("dd.mm.yy", ("de",)),
    DateStyle("dd/mm/yyyy", ("en", "fr")),
    DateStyle("dd-mm-yyyy", ("nl",)),
    DateStyle("d-m-yyyy", ("nl",)),
    DateStyle("yyyy-mm-dd", ("de", "en", "nl", "fr")),
    DateStyle("d month yyyy", ("de", "en", "nl", "fr")),
    DateStyle("d mon yyyy", ("en", "nl", "de")),
    DateStyle("month d, yyyy", ("en",)),
    DateStyle("dth month yyyy", ("en",), holdout=True),
    DateStyle("mon d, yyyy", ("en",), holdout=True),
    DateStyle("dd-mon-yyyy", ("en",), holdout=True),
    DateStyle("weekday d month yyyy", ("de", "fr", "nl"), holdout=True),
)
US_DATE = DateStyle("mm/dd/yyyy", ("en",))


def pick(rng: random.Random, options: tuple[object, ...] | list[object], holdout: bool) -> object:
    """Choose among the options allowed for this part of the corpus.

    The development part never sees held-out options; the held-out part prefers them (two of
    three draws) but also uses the others, as real mail would.
    """
    allowed = [o for o in options if not getattr(o, "holdout", False)]
    held = [o for o in options if getattr(o, "holdout", False)]
    if holdout and held and rng.random() < 0.67:
        return rng.choice(held)
    return rng.choice(allowed or list(options))
