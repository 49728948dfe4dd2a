"""A payment reminder as plain data: the invoice it is about (letterhead, buyer, language, layout
come from it) and the amounts of this level, for :mod:`invoicedesk.documents.pdf.reminder`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from invoicedesk.documents.model import InvoiceDocument
from invoicedesk.domain.dunning import InterestPart


@dataclass(frozen=True)
class ReminderLetter:
    """One reminder of one invoice: ``title`` and ``letter`` are the level's texts with the
    values filled in; ``total`` is what the customer is asked to pay by ``pay_by``."""

    invoice: InvoiceDocument
    level: int
    title: str
    letter: str
    reminder_date: date
    pay_by: date
    days_overdue: int
    open_amount: Decimal
    fee: Decimal
    earlier_fees: Decimal
    interest_parts: tuple[InterestPart, ...]
    total: Decimal
    consumer: bool

    @property
    def interest(self) -> Decimal:
        """The default interest charged (the parts added up)."""
        return sum((p.amount for p in self.interest_parts), Decimal("0.00"))

    @property
    def reference(self) -> str:
        """The remittance text: the invoice's payment reference or number."""
        return self.invoice.reference
