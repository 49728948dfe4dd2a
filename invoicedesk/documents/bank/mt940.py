"""MT940 statements as German banks write them, read with the ``mt-940`` library.

The library splits the file into statements (``:20:`` blocks) and reads the structured
``:86:`` details (``?20``-``?29`` remittance text, ``?31`` IBAN, ``?32``/``?33`` name, the
SEPA keywords ``EREF+``, ``SVWZ+``). This module adds what a bookkeeping import needs on top:
a text in UTF-8 or Latin-1 with stray control characters, a check that each block names an
account and ends with its closing balance (a cut or garbled file is refused, not half-read), and
the account as an IBAN where the bank gave bank code and account number.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import mt940
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from invoicedesk.documents.bank.model import BankFileError, Entry, Statement

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")
_BLZ_ACCOUNT = re.compile(r"^(\d{8})/(\d{1,13})(?:[A-Z]{3})?$")


def decode(data: bytes) -> str:
    """The file's text: UTF-8 when it is, else Latin-1; control characters dropped."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return _CONTROL.sub("", text.lstrip("\ufeff"))


def _account(raw: str) -> str:
    value = re.sub(r"\s+", "", raw or "").upper()
    if _IBAN.match(value):
        return value
    found = _BLZ_ACCOUNT.match(value)
    if not found:
        raise BankFileError("The account {account!r} (:25:) is no bank account.", account=raw[:40])
    blz, number = found.groups()
    if len(number.lstrip("0")) <= 10:
        try:
            return str(IBAN.generate("DE", bank_code=blz, account_code=number.lstrip("0")))
        except SchwiftyException:
            pass
    return value


def _decimal(amount: Any) -> Decimal:
    """The library's amount as a Decimal."""
    return Decimal(str(amount.amount))


def _balance(data: dict[str, Any], *names: str) -> Any:
    return next((data[n] for n in names if data.get(n) is not None), None)


def read_mt940(data: bytes) -> list[Statement]:
    """Every statement of an MT940 file (raises :class:`BankFileError`)."""
    text = decode(data)
    if ":20:" not in text or ":25:" not in text:
        raise BankFileError("The file holds no MT940 statement (no :20: and :25: fields).")
    try:
        blocks = mt940.parse_statements(text, options=mt940.Options.all())
    except Exception as exc:  # the library raises plain exceptions of many kinds
        raise BankFileError(
            "The MT940 file cannot be read: {error}", error=str(exc)[:200]
        ) from None
    statements = [_statement(b) for b in blocks if b.data or b.transactions]
    if not statements:
        raise BankFileError("The file holds no MT940 statement (no :20: and :25: fields).")
    return statements


def _statement(block: Any) -> Statement:
    head = block.data
    reference = str(head.get("transaction_reference") or "").strip()
    if not reference:
        raise BankFileError("A statement of the file has no reference (:20:).")
    account = _account(str(head.get("account_identification") or ""))
    opening = _balance(head, "final_opening_balance", "intermediate_opening_balance")
    closing = _balance(head, "final_closing_balance", "intermediate_closing_balance")
    currency = str(getattr(getattr(opening or closing, "amount", None), "currency", "") or "EUR")
    entries = tuple(_entry(t.data, currency) for t in block.transactions)
    if closing is None:
        raise BankFileError(
            "Statement {reference} has no closing balance (:62:); the file is cut or garbled.",
            reference=reference,
        )
    gap = None
    if opening is not None and closing is not None:
        moved = sum((e.amount for e in entries), Decimal(0))
        gap = _decimal(closing.amount) - _decimal(opening.amount) - moved
    year = getattr(getattr(closing or opening, "date", None), "year", "")
    number = f"{head.get('statement_number') or ''} {year}".strip()
    return Statement(
        "mt940",
        account,
        f"{reference} {number}",
        str(head.get("sequence_number") or ""),
        currency,
        entries,
        gap,
    )


def _entry(data: dict[str, Any], currency: str) -> Entry:
    amount = data.get("amount")
    booked = data.get("entry_date") or data.get("date")
    if amount is None or booked is None:
        raise BankFileError("An entry (:61:) has no amount or no date.")
    valued = data.get("date")
    purpose = " ".join(str(data[k]) for k in ("purpose", "additional_purpose") if data.get(k))
    e2e = str(data.get("end_to_end_reference") or "")
    name = " ".join(str(data.get("applicant_name") or "").split())
    return Entry(
        booking_date=date(booked.year, booked.month, booked.day),
        amount=_decimal(amount).quantize(Decimal("0.01")),
        currency=str(getattr(amount, "currency", "") or currency),
        value_date=date(valued.year, valued.month, valued.day) if valued else None,
        name=name,
        iban=str(data.get("applicant_iban") or "").replace(" ", "").upper(),
        reference=purpose or str(data.get("transaction_details") or ""),
        end_to_end_id="" if e2e.upper() == "NONREF" else e2e[:64],
        bank_reference=str(data.get("bank_reference") or "")[:64],
    )
