"""What a bank statement file says, independent of its format."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from invoicedesk.domain.errors import InvoiceDeskError


class BankFileError(InvoiceDeskError):
    """The file is no statement we can read; ``str(error)`` is one line for the clerk."""


@dataclass(frozen=True)
class Entry:
    """One booked line: ``amount`` signed (credits positive)."""

    booking_date: date
    amount: Decimal
    currency: str
    value_date: date | None = None
    name: str = ""
    iban: str = ""
    reference: str = ""
    end_to_end_id: str = ""
    bank_reference: str = ""

    def fingerprint(self) -> str:
        """The line's identity for recognising the same entries imported again."""
        return "|".join(
            (
                self.booking_date.isoformat(),
                str(self.amount),
                self.currency,
                self.iban,
                self.reference,
                self.end_to_end_id,
                self.bank_reference,
            )
        )


@dataclass(frozen=True)
class Statement:
    """One statement of a file (a CAMT ``Stmt``, an MT940 ``:20:`` block)."""

    file_format: str
    account: str
    statement_id: str
    sequence: str
    currency: str
    entries: tuple[Entry, ...] = field(default_factory=tuple)
    #: closing balance - opening balance - the entries, when the file gives both balances
    #: (MT940 ``:60:``/``:62:``); anything but zero means lines are missing or wrong
    balance_gap: Decimal | None = None

    @property
    def key(self) -> str:
        """Statement id and sequence as the bank numbered them."""
        return f"{self.statement_id}/{self.sequence}"[:120]

    def entries_sha256(self) -> str:
        """A hash over the account and every entry (the same entries, the same statement)."""
        digest = hashlib.sha256(self.account.encode())
        for entry in self.entries:
            digest.update(b"\n" + entry.fingerprint().encode())
        return digest.hexdigest()
