"""Which payments went to booking (DATEV or CSV) in which export, and their reversals.

A payment is exported once (``reversal`` false); a payment undone after it was exported is
exported once more as its reversal (``reversal`` true, the booking turned round). The primary
key (payment, reversal) makes each of the two happen at most once, whichever workstation
exports.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base


class BookingExportPayment(Base):
    """A payment (or its reversal) in an export to booking."""

    __tablename__ = "booking_export_payments"

    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), primary_key=True)
    reversal: Mapped[bool] = mapped_column(Boolean, primary_key=True, default=False)
    export_id: Mapped[int] = mapped_column(ForeignKey("booking_exports.id", ondelete="CASCADE"))
