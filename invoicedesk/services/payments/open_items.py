"""The cases a bank statement line may pay, read once per import into the matching's index.

Only cases that can still take money: issued outgoing invoices (not credit notes) that are
not paid or cancelled, with what credit notes offset against them taken off (a fully credited
invoice has nothing open and is left out; issue 17 offsets a credit note for an unpaid invoice
when it is issued), approved or booked supplier invoices not yet paid, and credit notes
waiting to be refunded (a debit line refunds them in full; see
:mod:`invoicedesk.services.payments.refunds`).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import CaseKind, Direction, InStatus, OutStatus, PaymentStatus
from invoicedesk.domain.payments.matching import PAYABLE, RECEIVABLE, OpenIndex, OpenItem
from invoicedesk.services.payments.settle import PAYABLE_OUT, ZERO
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.credits import CreditSettlement
from invoicedesk.store.models.parties import Party

PAYABLE_IN = (InStatus.APPROVED.value, InStatus.BOOKED.value)
#: credit notes a refund settles: issued, not yet refunded or offset
REFUNDABLE = (OutStatus.ISSUED.value, OutStatus.SENT.value, OutStatus.SEND_FAILED.value)


def open_items(session: Session, case_ids: list[int] | None = None) -> list[OpenItem]:
    """Every case that can still be paid (or those of ``case_ids``)."""
    # credit notes offset against invoices (issue 17) lower what is open
    offsets = {
        int(cid): Decimal(total)
        for cid, total in session.execute(
            select(CreditSettlement.invoice_case_id, func.sum(CreditSettlement.amount))
            .where(CreditSettlement.method == "offset")
            .group_by(CreditSettlement.invoice_case_id)
        )
        if cid is not None
    }
    query = (
        select(
            Case.id,
            Case.direction,
            Case.number,
            Case.gross,
            Case.paid_amount,
            Case.currency,
            Case.party_name,
            Party.iban,
            Case.payment_reference,
            Case.kind,
        )
        .outerjoin(Party, Party.id == Case.party_id)
        .where(
            Case.number.is_not(None),
            Case.payment_status != PaymentStatus.PAID.value,
            or_(
                and_(
                    Case.direction == Direction.OUT.value,
                    Case.kind != CaseKind.CREDIT_NOTE.value,
                    Case.status.in_([s.value for s in PAYABLE_OUT]),
                ),
                and_(Case.direction == Direction.IN.value, Case.status.in_(PAYABLE_IN)),
                and_(
                    Case.direction == Direction.OUT.value,
                    Case.kind == CaseKind.CREDIT_NOTE.value,
                    Case.payment_status == PaymentStatus.CREDIT.value,
                    Case.status.in_(REFUNDABLE),
                ),
            ),
        )
    )
    if case_ids is not None:
        query = query.where(Case.id.in_(case_ids))
    items = []
    for (
        cid,
        direction,
        number,
        gross,
        paid,
        currency,
        name,
        iban,
        reference,
        kind,
    ) in session.execute(query):
        refund = kind == CaseKind.CREDIT_NOTE.value
        left = gross if refund else gross - paid - offsets.get(cid, ZERO)
        if left <= ZERO:
            continue
        items.append(
            OpenItem(
                case_id=cid,
                side=RECEIVABLE if direction == Direction.OUT.value and not refund else PAYABLE,
                number=number or "",
                open_amount=left,
                currency=currency,
                party_name=name or "",
                party_iban=iban or "",
                references=(reference,) if reference and reference != number else (),
                whole=refund,
            )
        )
    return items


def open_index(session: Session) -> OpenIndex:
    """The matching's index over every case that can still be paid."""
    return OpenIndex.build(open_items(session))
