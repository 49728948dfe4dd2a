"""Export payments to booking (DATEV or CSV): each payment once, and once more as its reversal
when it is undone afterwards.

The export record, the file (as a blob), the payment links and the booked marks are one
transaction; the link table's key (payment, reversal) makes sure nothing is exported twice,
also when two workstations export at the same moment (the second one fails and changes
nothing). A DATEV batch belongs to one fiscal year, so one export takes the payments of the
earliest fiscal year waiting; the next export takes the next. An outgoing invoice or credit
note that is *Paid* / *Settled* is marked booked (*Mark booked*, history row) once none of its
payments waits any more — it leaves the desk's *Bookable* and completes when it was delivered.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.documents.booking_csv import fiscal_year_start
from invoicedesk.documents.booking_payments import PaymentRow, datev_payments_file, payments_csv
from invoicedesk.domain.enums import Direction, OutStatus
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import apply_action, load_for_update
from invoicedesk.services.incoming.booking_export import (
    FORMATS,
    ExportResult,
    datev_settings,
    store_export,
)
from invoicedesk.services.permissions import require_clerk
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.payment_exports import BookingExportPayment
from invoicedesk.store.models.payments import Payment, PaymentAllocation
from invoicedesk.store.payment_filters import case_has_payment_to_book, payment_to_book

ZERO = Decimal("0.00")
SUBJECT = "payments"


def _waiting(session: Session) -> list[Payment]:
    """The payments (or reversals) to export, oldest first, locked against a second export."""
    query = (
        select(Payment)
        .where(payment_to_book())
        .order_by(Payment.booked_on, Payment.id)
        .with_for_update()
    )
    return list(session.scalars(query))


def _rows(session: Session, payments: list[Payment]) -> list[PaymentRow]:
    """One row per case each payment settles, and one for a credit left over."""
    parts: dict[int, list[tuple[Case, Decimal]]] = defaultdict(list)
    if payments:
        query = (
            select(PaymentAllocation.payment_id, Case, PaymentAllocation.amount)
            .join(Case, Case.id == PaymentAllocation.case_id)
            .where(PaymentAllocation.payment_id.in_([p.id for p in payments]))
            .order_by(PaymentAllocation.payment_id, PaymentAllocation.id)
        )
        for payment_id, case, amount in session.execute(query):
            parts[payment_id].append((case, amount))
    rows: list[PaymentRow] = []
    for p in payments:
        reversal = p.undone_at is not None

        def row(
            case: Case | None, amount: Decimal, p: Payment = p, rev: bool = reversal
        ) -> PaymentRow:
            return PaymentRow(
                payment_id=p.id,
                reversal=rev,
                booked_on=p.booked_on,
                direction=p.direction,
                amount=amount,
                currency=p.currency,
                party_id=case.party_id if case is not None else p.party_id,
                party_name=p.party_name or (case.party_name if case is not None else ""),
                supplier=case is not None and case.direction == Direction.IN.value,
                case_id=case.id if case is not None else None,
                invoice_number=(case.number or "") if case is not None else "",
                iban=p.iban,
                reference=p.reference,
                source=p.source,
            )

        rows.extend(row(case, amount) for case, amount in parts[p.id])
        rest = p.amount - sum((amount for _, amount in parts[p.id]), ZERO)
        if rest > ZERO:
            rows.append(row(None, rest))
    return rows


def _mark_booked(session: Session, actor: Actor, case_ids: set[int], filename: str) -> None:
    """Paid invoices and settled credit notes with nothing left to export are booked now."""
    for case_id in sorted(case_ids):
        case = load_for_update(session, case_id)
        if (
            case.direction != Direction.OUT.value
            or case.booked
            or case.status not in (OutStatus.PAID.value, OutStatus.SETTLED.value)
        ):
            continue
        waiting = session.scalar(
            select(Case.id).where(Case.id == case_id, case_has_payment_to_book())
        )
        if waiting is None:
            apply_action(
                session, case, actor, Action.MARK_BOOKED, msg("exported in {file}", file=filename)
            )


def export_payments(db: Database, actor: Actor, fmt: str) -> ExportResult:
    """Export the payments waiting for booking (one fiscal year) and record them exported;
    ``case_ids`` of the result are the cases they settle."""
    if fmt not in FORMATS:
        raise ValidationError("Unknown export format {fmt!r}; use datev or csv.", fmt=fmt)
    now = datetime.now(UTC)
    with db.write() as s:
        require_clerk(s, actor, msg("Exporting payments to booking"))
        settings = datev_settings(s)
        payments = _waiting(s)
        if not payments:
            raise ValidationError("There are no payments to export.")
        year = fiscal_year_start(settings, payments[0].booked_on)
        payments = [p for p in payments if fiscal_year_start(settings, p.booked_on) == year]
        rows = _rows(s, payments)
        if fmt == "datev":
            content = datev_payments_file(rows, settings, now, actor.initials)
            filename = f"EXTF_Buchungsstapel_Zahlungen_{now:%Y%m%d_%H%M%S}.csv"
        else:
            content = payments_csv(rows)
            filename = f"payments_{now:%Y%m%d_%H%M%S}.csv"
        total = sum((-p.amount if p.undone_at else p.amount for p in payments), ZERO)
        export = store_export(s, actor, fmt, filename, content, len(payments), total, now, SUBJECT)
        for p in payments:
            s.add(
                BookingExportPayment(
                    payment_id=p.id, reversal=p.undone_at is not None, export_id=export.id
                )
            )
        s.flush()
        case_ids = {r.case_id for r in rows if r.case_id is not None}
        _mark_booked(s, actor, case_ids, filename)
        s.flush()
        return ExportResult(export.id, fmt, filename, content, tuple(sorted(case_ids)), total)


def payments_summary(db: Database) -> tuple[int, Decimal]:
    """How many payments (and reversals) wait for the booking export, and their sum."""
    with db.read() as s:
        amounts = s.execute(
            select(Payment.amount, Payment.undone_at).where(payment_to_book())
        ).all()
    total = sum((-a if undone else a for a, undone in amounts), ZERO)
    return len(amounts), total
