"""Invoice numbers in remittance texts, found however the payer typed them.

A number like ``RE-2026-00090`` is reduced to its *key*: the runs of letters and of digits,
leading zeros dropped (``RE|2026|90``). A remittance text is reduced the same way to a run of
tokens, and every window of it is a possible key, so ``RE 2026 00090``, ``re2026-90`` and
``Rechnung RE/2026/090 und RE-2026-91`` all find their invoices. The *short key* drops the
letters (``2026|90``): a weaker hint, taken only with a matching amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: a letter run, or a digit run without its leading zeros (``0090`` -> ``90``, ``000`` -> ``0``)
_TOKEN = re.compile(r"([A-Za-z]+)|0*(\d+)")
#: the longest key a number may have (RE-2026-00090 has three parts)
MAX_PARTS = 5


def tokens(text: str) -> list[str]:
    """The letter and digit runs of ``text``, upper-case, digits without leading zeros."""
    return [letters.upper() if letters else digits for letters, digits in _TOKEN.findall(text)]


def number_key(number: str) -> str:
    """The key of an invoice number (``RE-2026-00090`` -> ``RE|2026|90``)."""
    return "|".join(tokens(number))


def short_key(number: str) -> str | None:
    """The key without letters (``2026|90``); ``None`` when that would be one bare number
    of fewer than four digits (too likely to appear by chance)."""
    return keys(number)[1]


def keys(number: str) -> tuple[str, str | None]:
    """:func:`number_key` and :func:`short_key` of ``number``, read once (the open-items
    index of a bank import takes both of 100,000 invoices)."""
    runs = tokens(number)
    return "|".join(runs), _short(runs)


def _short(runs: list[str]) -> str | None:
    digits = [t for t in runs if t.isdigit()]
    if not digits:
        return None
    if len(digits) == 1 and len(digits[0]) < 4:
        return None
    return "|".join(digits)


def windows(text: str, max_parts: int = MAX_PARTS) -> Iterator[str]:
    """Every run of up to ``max_parts`` consecutive tokens of ``text``, as keys."""
    runs = tokens(text)
    for start in range(len(runs)):
        for size in range(1, max_parts + 1):
            if start + size > len(runs):
                break
            yield "|".join(runs[start : start + size])


def digit_windows(text: str, max_parts: int = MAX_PARTS) -> Iterator[str]:
    """Runs of consecutive digit tokens of ``text`` (letters in between break a run)."""
    runs = tokens(text)
    for start in range(len(runs)):
        if not runs[start].isdigit():
            continue
        for size in range(1, max_parts + 1):
            part = runs[start : start + size]
            if len(part) < size or not part[-1].isdigit():
                break
            yield "|".join(part)


def normalize_iban(value: str | None) -> str:
    """An IBAN without spaces, upper-case (``""`` for none)."""
    return re.sub(r"\s+", "", value or "").upper()


def name_words(name: str) -> frozenset[str]:
    """The significant words of a party name (legal forms and short words dropped)."""
    stop = {"GMBH", "AG", "KG", "OHG", "UG", "EK", "CO", "MBH", "LTD", "INC", "BV", "SRL", "SA"}
    return frozenset(
        w
        for w in (t.upper() for t in re.findall(r"[^\W\d_]+", name))
        if len(w) > 2 and w not in stop
    )


def names_agree(a: str, b: str) -> bool:
    """Whether two party names share most of their significant words."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    common = len(wa & wb)
    return common >= max(1, min(len(wa), len(wb)) - (1 if min(len(wa), len(wb)) > 2 else 0))
