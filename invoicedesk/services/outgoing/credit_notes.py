"""Credit notes (UNTDID 1001 type 381) and the cancellation of issued invoices.

Sign convention (EN 16931): a credit note carries **positive** quantities and amounts; the
document type 381 says that the money flows back. This is what the Factur-X writer, the PDF
("Gutschrift / Credit note / Creditnota") and most receiving systems expect; negative amounts
are only for corrections on an invoice (380). In the case table a credit note's ``gross`` is
therefore positive too and its ``kind`` is ``credit_note``.

A credit note copies lines from the invoice's frozen snapshot (never from the live draft data),
references the invoice (``credit_for_id``, BT-25/BT-26), is numbered in the series
``credit_note`` and issued at once (number, snapshot, PDF) in the same transaction.
Positions that were already credited cannot be credited twice.

A credit note is a credit (:mod:`invoicedesk.services.outgoing.settlement`): one for an invoice
that is not paid yet is offset against it at once (*Settled*; its PDF says the amount is
offset, or - for a cancellation - that the invoice is cancelled); one for a paid invoice says
the amount will be refunded and waits to be settled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import CaseKind, Direction, OutStatus, PaymentStatus
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.totals import LineInput, VatCategory, compute_totals
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.mail.outbox import withdraw_for_case
from invoicedesk.services.cases.actions import (
    SPECIAL_HANDLERS,
    add_notes,
    ensure_version,
    load_for_update,
    record,
)
from invoicedesk.services.cases.authorize import authorize
from invoicedesk.services.outgoing import mail_texts
from invoicedesk.services.outgoing.issuing import issue_case
from invoicedesk.services.outgoing.settlement import settle_in_session
from invoicedesk.services.permissions import require_clerk
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, CaseLine


@dataclass(frozen=True)
class CreditLine:
    """Which invoice line to credit (by position) and how much; ``None`` = all that is left."""

    position: int
    quantity: Decimal | None = None


@dataclass(frozen=True)
class CreditNoteResult:
    """The issued credit note and the invoice it refers to."""

    case_id: int
    number: str
    invoice_id: int
    invoice_number: str
    gross: Decimal
    version: int
    outbox_id: int | None = None


def credited_quantities(session: Session, invoice_id: int) -> dict[int, Decimal]:
    """Quantities per invoice position already credited by issued credit notes."""
    done: dict[int, Decimal] = {}
    snapshots = session.scalars(
        select(Case.snapshot).where(
            Case.credit_for_id == invoice_id,
            Case.kind == CaseKind.CREDIT_NOTE.value,
            Case.number.is_not(None),
        )
    )
    for snap in snapshots:
        credited = ((snap or {}).get("extra") or {}).get("credited") or {}
        for pos, qty in credited.items():
            done[int(pos)] = done.get(int(pos), ZERO) + Decimal(qty)
    return done


def _selection(
    session: Session, invoice: Case, lines: Sequence[CreditLine] | None
) -> list[tuple[dict[str, Any], Decimal]]:
    """Invoice snapshot lines with the quantity to credit; refuses over-crediting."""
    snap_lines = {int(ln["position"]): ln for ln in (invoice.snapshot or {}).get("lines", [])}
    done = credited_quantities(session, invoice.id)
    wanted = lines if lines is not None else [CreditLine(p) for p in sorted(snap_lines)]
    chosen: list[tuple[dict[str, Any], Decimal]] = []
    for item in wanted:
        line = snap_lines.get(item.position)
        if line is None:
            raise ValidationError(
                "Invoice {invoice_number} has no line {item_position}.",
                invoice_number=invoice.number,
                item_position=item.position,
            )
        remaining = Decimal(line["quantity"]) - done.get(item.position, ZERO)
        qty = remaining if item.quantity is None else item.quantity
        if qty <= ZERO and lines is None:
            continue
        if qty <= ZERO or qty > remaining:
            raise ValidationError(
                "Line {item_position} of invoice {invoice_number} can be credited with "
                "at most {value}, not {value2}.",
                item_position=item.position,
                invoice_number=invoice.number,
                value=remaining.normalize(),
                value2=qty.normalize(),
            )
        chosen.append((line, qty))
    return chosen


def credit_in_session(
    session: Session,
    invoice: Case,
    actor: Actor,
    lines: Sequence[CreditLine] | None,
    reason: str,
    *,
    cancellation: bool = False,
) -> Case | None:
    """Create and issue a credit note for ``invoice`` in the caller's transaction.

    Returns ``None`` when ``lines`` is ``None`` and everything is already credited. An unpaid
    invoice gets the credit offset at once (the credit note is *Settled*); ``cancellation``
    says on the PDF that the invoice is cancelled.
    """
    require_clerk(session, actor, msg("Credit note"))
    if invoice.direction != Direction.OUT.value or invoice.number is None:
        raise ValidationError("Only an issued outgoing invoice can be credited.")
    if invoice.kind == CaseKind.CREDIT_NOTE.value:
        raise ValidationError(
            "{invoice_number} is itself a credit note.", invoice_number=invoice.number
        )
    if invoice.status == OutStatus.CANCELED.value:
        raise ValidationError(
            "Invoice {invoice_number} is canceled and already credited.",
            invoice_number=invoice.number,
        )
    if not reason.strip():
        raise ValidationError("A credit note needs a reason.")
    chosen = _selection(session, invoice, lines)
    if not chosen:
        if lines is None:
            return None
        raise ValidationError("Choose at least one line to credit.")
    inputs = [
        LineInput(
            quantity=qty,
            unit_price=Decimal(ln["unit_price"]),
            vat_rate=Decimal(ln["vat_rate"]),
            vat_category=VatCategory(ln["vat_category"]),
            discount_percent=Decimal(ln["discount_percent"]),
        )
        for ln, qty in chosen
    ]
    totals = compute_totals(inputs)
    exemption = (invoice.snapshot or {}).get("exemption_reason")
    paid = invoice.payment_status == PaymentStatus.PAID.value
    credit = Case(
        direction=Direction.OUT.value,
        kind=CaseKind.CREDIT_NOTE.value,
        status=OutStatus.DRAFT.value,
        party_id=invoice.party_id,
        party_name=invoice.party_name,
        search_text=invoice.party_name.lower(),
        currency=invoice.currency,
        language=invoice.language,
        reverse_charge=invoice.reverse_charge,
        delivery_date=invoice.delivery_date,
        period_start=invoice.period_start,
        period_end=invoice.period_end,
        recipient_email=invoice.recipient_email,
        credit_for_id=invoice.id,
        notes=reason.strip(),
        net=totals.net,
        tax=totals.tax,
        gross=totals.gross,
        created_by_id=actor.user_id,
        snapshot={
            "draft": {
                "exemption_reason": exemption,
                "extra": {
                    "credited": {str(ln["position"]): str(q) for ln, q in chosen},
                    # printed: "will be refunded" only for a paid invoice
                    "invoice_paid": paid,
                    "cancellation": cancellation,
                },
            }
        },
        lines=[
            CaseLine(
                position=pos,
                article_no=ln.get("article_no"),
                description=ln["description"],
                quantity=qty,
                unit=ln["unit"],
                unit_price=Decimal(ln["unit_price"]),
                discount_percent=Decimal(ln["discount_percent"]),
                vat_rate=Decimal(ln["vat_rate"]),
                vat_category=ln["vat_category"],
                net=net,
            )
            for pos, ((ln, qty), net) in enumerate(zip(chosen, totals.line_nets, strict=True), 1)
        ],
    )
    session.add(credit)
    session.flush()
    record(
        session, credit, actor, "create_draft", None,
        msg("credit note for {number}", number=invoice.number),
    )  # fmt: skip
    issue_case(session, credit, actor, today=session.info.get("issue_today"))
    record(session, credit, actor, Action.CREATE_ONLY, OutStatus.DRAFT.value, msg("issued"))
    if not paid:
        authorize(session, actor, Action.SETTLE, credit)
        on = credit.issue_date or date.today()
        settle_in_session(session, credit, actor, "offset", on, invoice,
                          adjust_invoice=not cancellation)  # fmt: skip
        credit.status = OutStatus.SETTLED.value
        record(session, credit, actor, Action.SETTLE, OutStatus.ISSUED.value,
               msg("offset against invoice {number}", number=invoice.number))  # fmt: skip
    return credit


def create_credit_note(
    db: Database,
    actor: Actor,
    invoice_case_id: int,
    *,
    reason: str,
    lines: Sequence[CreditLine] | None = None,
    send: bool = False,
    expected_version: int | None = None,
) -> CreditNoteResult:
    """Issue a credit note for some or all remaining lines of an invoice (one transaction).

    With ``send`` the credit note's e-mail is queued too. The invoice keeps its status; its
    history records the credit note.
    """
    with db.write() as s:
        invoice = load_for_update(s, invoice_case_id)
        ensure_version(s, invoice, expected_version)
        credit = credit_in_session(s, invoice, actor, lines, reason)
        if credit is None:
            raise ValidationError(
                "Invoice {invoice_number} is already fully credited.", invoice_number=invoice.number
            )
        outbox_id = mail_texts.queue_document_mail(s, credit, actor) if send else None
        comment = f"credit note {credit.number}: {reason.strip()}"
        record(s, invoice, actor, "credit_note", invoice.status, comment)
        s.flush()
        return CreditNoteResult(
            credit.id,
            credit.number or "",
            invoice.id,
            invoice.number or "",
            credit.gross,
            credit.version,
            outbox_id,
        )


def _cancel(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """CANCEL: drafts are just canceled; an issued invoice is credited in full first and its
    payment reference becomes invalid. E-mails of the case not yet handed to a mail server are
    withdrawn; the history (and the action's notes) say which, and which came too late."""
    if case.number is not None and case.kind != CaseKind.CREDIT_NOTE.value:
        credit_in_session(session, case, actor, None, comment or "cancellation", cancellation=True)
        case.payment_reference_valid = False
    case.status = OutStatus.CANCELED.value
    _withdraw_mail(session, case, actor)


def _withdraw_mail(session: Session, case: Case, actor: Actor) -> None:
    result = withdraw_for_case(session, case.id)
    notes = [
        msg("e-mail to {to} withdrawn: it will not be sent", to=", ".join(row.to_addrs))
        for row in result.withdrawn
    ] + [
        msg("the e-mail to {to} was already being handed to the mail server and could not be "
            "withdrawn; check the outbox", to=", ".join(row.to_addrs))
        for row in result.too_late
    ]  # fmt: skip
    for note in notes:
        record(session, case, actor, "mail_withdrawn", case.status, note)
    add_notes(session, notes)


def register_handlers() -> None:
    """Put the CANCEL handler into ``SPECIAL_HANDLERS``."""
    SPECIAL_HANDLERS[Action.CANCEL] = _cancel
