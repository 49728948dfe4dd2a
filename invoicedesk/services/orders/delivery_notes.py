"""Delivery notes: an order's numbered delivery note PDF, stored once and attached to the
order's invoice case (now, or when the invoice is made later)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.documents.model import Buyer, DocumentLine, InvoiceDocument, Seller
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.cases.attachments import store_blob
from invoicedesk.services.numbering import next_number
from invoicedesk.services.outgoing import mail_texts
from invoicedesk.services.outgoing.issuing import _SELLER_KEYS, layout_options
from invoicedesk.services.settings.company import company_logo, get_company
from invoicedesk.store.database import Database
from invoicedesk.store.models.articles import ShippingMethod
from invoicedesk.store.models.config import NumberSeries
from invoicedesk.store.models.documents import Attachment, Blob
from invoicedesk.store.models.orders import DeliveryNote, OrderInvoice, SalesOrder
from invoicedesk.store.models.parties import Party

#: attachment kind of a delivery note on the invoice case
DELIVERY_NOTE = "delivery_note"
SERIES = ("delivery_note", "Delivery notes", "LS-{yyyy}-{seq:05}")


@dataclass(frozen=True)
class DeliveryNoteInfo:
    """A stored delivery note."""

    id: int
    order_id: int
    number: str
    issued_on: date
    sha256: str


def ensure_series(session: Session) -> None:
    """Create the delivery note number series (``LS-yyyy-nnnnn``) if it is missing."""
    code, name, pattern = SERIES
    if session.scalar(select(NumberSeries.id).where(NumberSeries.code == code)) is None:
        session.add(NumberSeries(code=code, name=name, pattern=pattern, reset_yearly=True))
        session.flush()


def note_document(session: Session, order: SalesOrder, number: str, day: date) -> InvoiceDocument:
    """The order as a renderable document (seller, buyer, lines) for the delivery note."""
    company = get_company(session)
    party = session.get(Party, order.party_id)
    if party is None:
        raise NotFound(
            "The customer of order {order_number} is missing.", order_number=order.number
        )
    if not order.lines:
        raise ValidationError(
            "Order {order_number} has no lines to deliver.", order_number=order.number
        )
    seller = Seller(
        **{key: getattr(company, key) for key in _SELLER_KEYS},
        logo=company_logo(session, company),
    )
    buyer = Buyer(
        name=party.name,
        street=party.street,
        postal_code=party.postal_code,
        city=party.city,
        country=party.country,
        customer_number=str(party.id),
        contact=party.contact_person,
    )
    lines = [
        DocumentLine(
            position=ln.position,
            description=ln.description,
            quantity=ln.quantity,
            unit=ln.unit,
            unit_price=ln.unit_price,
            vat_rate=ln.vat_rate,
            vat_category=ln.vat_category,
            discount_percent=ln.discount_percent,
            article_no=ln.article_no,
        )
        for ln in order.lines
    ]
    return InvoiceDocument.create(
        lines=lines,
        type_code="380",
        number=number,
        issue_date=day,
        seller=seller,
        buyer=buyer,
        currency=order.currency,
        language=mail_texts.language_of(party.language),
        layout=layout_options(session),
    )


def attach_to_invoice(session: Session, note: DeliveryNote, case_id: int, actor: Actor) -> None:
    """Attach the delivery note's PDF to the invoice case (same stored file, no copy)."""
    session.add(
        Attachment(
            case_id=case_id,
            blob_sha256=note.blob_sha256,
            filename=f"{note.number}.pdf",
            mime_type="application/pdf",
            kind=DELIVERY_NOTE,
            created_by_id=actor.user_id,
        )
    )


def create_delivery_note(
    db: Database, actor: Actor, order_id: int, *, today: date | None = None
) -> DeliveryNoteInfo:
    """Number, render and store the delivery note of an order (one per order).

    If the order is already invoiced, the note is attached to the invoice case as well.
    """
    with db.write() as s:
        order = s.get(SalesOrder, order_id)
        if order is None:
            raise NotFound("There is no order with the id {order_id}.", order_id=order_id)
        if order.stage == "canceled":
            raise ValidationError(
                "Order {order_number} is canceled; nothing is delivered.", order_number=order.number
            )
        existing = s.scalar(select(DeliveryNote).where(DeliveryNote.order_id == order_id))
        if existing is not None:
            raise ValidationError(
                "Order {order_number} already has the delivery note {existing_number}.",
                order_number=order.number,
                existing_number=existing.number,
            )
        ensure_series(s)
        day = today or date.today()
        doc = note_document(s, order, "", day)
        number = next_number(s, SERIES[0], day)
        shipping = (
            s.get(ShippingMethod, order.shipping_method_id) if order.shipping_method_id else None
        )
        from invoicedesk.documents.pdf.delivery_note import (  # reportlab: only when used
            DeliveryNoteData,
            render_delivery_note,
        )

        pdf = render_delivery_note(
            doc,
            DeliveryNoteData(
                number=number,
                order_number=order.number,
                issued_on=day,
                customer_reference=order.customer_reference,
                shipping=shipping.name if shipping else "",
            ),
        )
        note = DeliveryNote(
            order_id=order.id,
            number=number,
            issued_on=day,
            blob_sha256=store_blob(s, pdf),
            created_by_id=actor.user_id,
        )
        s.add(note)
        s.flush()
        case_id = s.scalar(select(OrderInvoice.case_id).where(OrderInvoice.order_id == order_id))
        if case_id is not None:
            attach_to_invoice(s, note, case_id, actor)
        return DeliveryNoteInfo(note.id, order.id, number, day, note.blob_sha256)


def delivery_note_pdf(db: Database, order_id: int) -> tuple[str, bytes]:
    """The stored delivery note of an order: (file name, PDF bytes)."""
    with db.read() as s:
        row = s.execute(
            select(DeliveryNote.number, Blob.content)
            .join(Blob, Blob.sha256 == DeliveryNote.blob_sha256)
            .where(DeliveryNote.order_id == order_id)
        ).first()
        if row is None:
            raise NotFound("Order {order_id} has no delivery note yet.", order_id=order_id)
        return f"{row[0]}.pdf", bytes(row[1])
