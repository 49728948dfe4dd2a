"""Sales orders: create and change them, move them through their stages, turn them into
invoice drafts.

An order takes the customer's preferred invoice delivery (e-mail, print, create only) when it
is made; the clerk may change it per order. Once an order is invoiced (see
:class:`~invoicedesk.store.models.orders.OrderInvoice`) its lines are final.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.characters import check_printable
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.precision import check_line_figures
from invoicedesk.domain.tax import SupplyKind
from invoicedesk.domain.totals import compute_totals
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.orders.order_tax import order_line_tax, priced_line
from invoicedesk.services.outgoing.drafts import DraftInput, DraftLine
from invoicedesk.services.outgoing.tax_treatment import AUTO, TaxSeller
from invoicedesk.services.permissions import require_clerk
from invoicedesk.services.settings.company import seller_for_tax
from invoicedesk.store.database import Database
from invoicedesk.store.models.articles import Article
from invoicedesk.store.models.orders import OrderInvoice, SalesOrder, SalesOrderLine
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

STAGES = ("open", "won", "canceled")
STAGE_LABELS = {"open": "Open", "won": "Won / closed", "canceled": "Canceled"}
DELIVERIES = ("email", "print", "create_only")
DELIVERY_LABELS = {"email": "Email", "print": "Print", "create_only": "Create only"}


@dataclass(frozen=True)
class OrderLineInput:
    """One order line; an ``article_no`` without description/price takes the article's."""

    quantity: Decimal
    article_no: str | None = None
    description: str = ""
    unit_price: Decimal | None = None
    vat_rate: Decimal | None = None
    unit: str | None = None
    discount_percent: Decimal = ZERO


@dataclass(frozen=True)
class OrderInput:
    """An order as entered or imported. ``delivery=None`` takes the customer's preference."""

    party_id: int
    lines: Sequence[OrderLineInput]
    order_date: date
    number: str | None = None
    stage: str = "open"
    closed_on: date | None = None
    approved: bool = False
    delivery: str | None = None
    reverse_charge: bool = False
    currency: str = "EUR"
    customer_reference: str = ""
    notes: str = ""
    shipping_method_id: int | None = None
    origin: str | None = None
    remote_id: str | None = None


@dataclass(frozen=True)
class OrderInfo:
    """One row of the orders list."""

    id: int
    number: str
    customer: str
    party_id: int
    stage: str
    order_date: date
    closed_on: date | None
    approved: bool
    delivery: str
    net: Decimal
    gross: Decimal
    currency: str
    origin: str | None
    invoice_case_id: int | None = None
    line_count: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def _line(
    session: Session,
    pos: int,
    data: OrderLineInput,
    reverse_charge: bool,
    seller: TaxSeller,
    party: Party,
) -> SalesOrderLine:
    article = None
    if data.article_no:
        article = session.scalar(select(Article).where(Article.number == data.article_no.strip()))
    description = data.description.strip() or (article.name if article else "")
    price = data.unit_price if data.unit_price is not None else (article.price if article else None)
    rate = data.vat_rate if data.vat_rate is not None else (article.vat_rate if article else None)
    if not description:
        raise ValidationError(
            "Order line {pos} has neither a description nor a known article.", pos=pos
        )
    if price is None or rate is None:
        raise ValidationError(
            "Order line {pos} ({description}) has no price or VAT rate.",
            pos=pos,
            description=description,
        )
    if data.quantity <= ZERO:
        raise ValidationError(
            "Order line {pos} ({description}) needs a quantity above zero.",
            pos=pos,
            description=description,
        )
    if price < ZERO:
        raise ValidationError(
            "Order line {pos} ({description}) has a negative price.",
            pos=pos,
            description=description,
        )
    check_line_figures(data.quantity, price, data.discount_percent, rate, line=pos)
    check_printable(description, line=pos)
    kind = article.kind if article else SupplyKind.GOODS.value
    treated = order_line_tax(seller, party, rate, kind, pos, reverse_charge)
    return SalesOrderLine(
        position=pos,
        article_id=article.id if article else None,
        article_no=(data.article_no or (article.number if article else None)),
        description=description,
        quantity=data.quantity,
        unit=data.unit or (article.unit if article else "C62"),
        unit_price=price,
        discount_percent=data.discount_percent,
        vat_rate=rate,  # the domestic rate; the category says whether it is charged
        vat_category=treated.category,
        kind=kind,
    )


def order_totals(lines: Sequence[SalesOrderLine]) -> tuple[Decimal, Decimal]:
    """(net, gross) of order lines by the EN 16931 rules the invoice will use."""
    if not lines:
        return ZERO, ZERO
    totals = compute_totals(
        priced_line(ln.quantity, ln.unit_price, ln.discount_percent, ln.vat_rate, ln.vat_category)
        for ln in lines
    )
    return totals.net, totals.gross


def next_order_number(session: Session, order_date: date) -> str:
    """The next free ``AU-yyyy-nnnnn`` number (orders need no gapless numbering)."""
    prefix = f"AU-{order_date.year}-"
    last = session.scalar(
        select(SalesOrder.number)
        .where(SalesOrder.number.like(f"{prefix}%"))
        .order_by(SalesOrder.number.desc())
        .limit(1)
    )
    seq = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
    return f"{prefix}{seq:05d}"


def is_invoiced(session: Session, order_id: int) -> int | None:
    """The invoice case of an order, or ``None``."""
    return session.scalar(select(OrderInvoice.case_id).where(OrderInvoice.order_id == order_id))


def apply_order(session: Session, order: SalesOrder, data: OrderInput) -> SalesOrder:
    """Write ``data`` onto an order (new or stored) inside the caller's transaction."""
    party = session.get(Party, data.party_id)
    if party is None or party.kind not in ("customer", "both"):
        raise ValidationError(
            "There is no customer with the id {party_id}.", party_id=data.party_id
        )
    if data.stage not in STAGES:
        raise ValidationError(
            "{stage!r} is not an order stage ({items}).", stage=data.stage, items=", ".join(STAGES)
        )
    delivery = data.delivery or party.preferred_delivery or "email"
    if delivery not in DELIVERIES:
        raise ValidationError(
            "{delivery!r} is not an invoice delivery ({items}).",
            delivery=delivery,
            items=", ".join(DELIVERIES),
        )
    if not data.lines:
        raise ValidationError("An order needs at least one line.")
    if order.id is not None and is_invoiced(session, order.id):
        raise ValidationError(
            "Order {order_number} is invoiced; its lines cannot change.", order_number=order.number
        )
    order.party_id = party.id
    order.number = order.number or data.number or next_order_number(session, data.order_date)
    order.order_date = data.order_date
    order.stage = data.stage
    order.closed_on = data.closed_on if data.stage != "open" else None
    if data.stage == "won" and order.closed_on is None:
        order.closed_on = data.order_date
    order.approved = data.approved
    order.delivery = delivery
    order.reverse_charge = data.reverse_charge
    order.currency = data.currency.upper()
    order.customer_reference = data.customer_reference[:100]
    order.notes = data.notes
    order.shipping_method_id = data.shipping_method_id
    if data.origin:
        order.origin, order.remote_id = data.origin, data.remote_id
    seller = seller_for_tax(session)
    order.lines = [
        _line(session, pos, ln, data.reverse_charge, seller, party)
        for pos, ln in enumerate(data.lines, start=1)
    ]
    order.net, order.gross = order_totals(order.lines)
    order.updated_at = utcnow()
    session.add(order)
    session.flush()
    return order


def create_order(db: Database, actor_id: int | None, data: OrderInput) -> OrderInfo:
    """Create an order in one transaction."""
    with db.write() as s:
        order = apply_order(s, SalesOrder(created_by_id=actor_id), data)
        return _info(s, order)


def set_stage(
    db: Database,
    order_id: int,
    stage: str,
    *,
    closed_on: date | None = None,
    approved: bool | None = None,
) -> OrderInfo:
    """Move an order to another stage (``won`` sets the close date, today by default)."""
    if stage not in STAGES:
        raise ValidationError(
            "{stage!r} is not an order stage ({items}).", stage=stage, items=", ".join(STAGES)
        )
    with db.write() as s:
        order = _load(s, order_id)
        if is_invoiced(s, order.id) and stage != order.stage:
            raise ValidationError(
                "Order {order_number} is invoiced; its stage is final.", order_number=order.number
            )
        order.stage = stage
        closed = closed_on or order.closed_on or date.today()
        order.closed_on = None if stage == "open" else closed
        if approved is not None:
            order.approved = approved
        order.updated_at = utcnow()
        s.flush()
        return _info(s, order)


def _load(session: Session, order_id: int) -> SalesOrder:
    order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFound("There is no order with the id {order_id}.", order_id=order_id)
    return order


def _info(session: Session, o: SalesOrder) -> OrderInfo:
    party = session.get(Party, o.party_id)
    return OrderInfo(
        o.id, o.number, party.name if party else "", o.party_id, o.stage, o.order_date,
        o.closed_on, o.approved, o.delivery, o.net, o.gross, o.currency, o.origin,
        is_invoiced(session, o.id), len(o.lines),
    )  # fmt: skip


def get_order(db: Database, order_id: int) -> OrderInfo:
    """One order's list row."""
    with db.read() as s:
        return _info(s, _load(s, order_id))


def list_orders(db: Database, stage: str | None = None, limit: int = 1000) -> list[OrderInfo]:
    """Orders, newest first, optionally of one stage."""
    with db.read() as s:
        query = (
            select(SalesOrder, Party.name, OrderInvoice.case_id)
            .join(Party, Party.id == SalesOrder.party_id)
            .outerjoin(OrderInvoice, OrderInvoice.order_id == SalesOrder.id)
            .order_by(SalesOrder.order_date.desc(), SalesOrder.id.desc())
            .limit(limit)
        )
        if stage:
            query = query.where(SalesOrder.stage == stage)
        return [
            OrderInfo(
                o.id,
                o.number,
                name,
                o.party_id,
                o.stage,
                o.order_date,
                o.closed_on,
                o.approved,
                o.delivery,
                o.net,
                o.gross,
                o.currency,
                o.origin,
                case_id,
                len(o.lines),
            )
            for o, name, case_id in s.execute(query)
        ]


def draft_input(order: SalesOrder, references: str = "") -> DraftInput:
    """The invoice draft of an order: its lines, reverse charge and currency; ``references``
    (order and delivery note numbers) become the invoice's note."""
    notes = "\n".join(p for p in (references, order.notes.strip()) if p)
    return DraftInput(
        party_id=order.party_id,
        lines=tuple(
            DraftLine(
                description=ln.description,
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                vat_rate=ln.vat_rate,
                vat_category=AUTO,  # decided again for the customer as it is now
                unit=ln.unit,
                discount_percent=ln.discount_percent,
                article_no=ln.article_no,
                kind=ln.kind,
            )
            for ln in order.lines
        ),
        notes=notes,
        delivery_date=order.closed_on,
        reverse_charge=order.reverse_charge,
        currency=order.currency,
    )


# --- editing from the orders list (clerks only) ----------------------------------------------


@dataclass(frozen=True)
class StoredOrder:
    """An order as the editor loads it: its input, number, version and whether it is invoiced."""

    id: int
    number: str
    version: int
    data: OrderInput
    invoiced: bool


def load_order(db: Database, order_id: int) -> StoredOrder:
    """An order as :class:`OrderInput`, for the order editor."""
    with db.read() as s:
        o = _load(s, order_id)
        lines = tuple(
            OrderLineInput(
                ln.quantity,
                ln.article_no,
                ln.description,
                ln.unit_price,
                ln.vat_rate,
                ln.unit,
                ln.discount_percent,
            )
            for ln in o.lines
        )
        data = OrderInput(
            party_id=o.party_id, lines=lines, order_date=o.order_date, number=o.number,
            stage=o.stage, closed_on=o.closed_on, approved=o.approved, delivery=o.delivery,
            reverse_charge=o.reverse_charge, currency=o.currency,
            customer_reference=o.customer_reference, notes=o.notes,
            shipping_method_id=o.shipping_method_id,
        )  # fmt: skip
        return StoredOrder(o.id, o.number, o.version, data, is_invoiced(s, o.id) is not None)


def create_order_as(db: Database, actor: Actor, data: OrderInput) -> OrderInfo:
    """Create an order for a clerk (permission checked) in one transaction."""
    with db.read() as s:
        require_clerk(s, actor, msg("Creating an order"))
    return create_order(db, actor.user_id, data)


def update_order(
    db: Database, actor: Actor, order_id: int, data: OrderInput, expected_version: int
) -> OrderInfo:
    """Change an order that is not invoiced yet; refuses when someone changed it meanwhile."""
    with db.write() as s:
        require_clerk(s, actor, msg("Changing an order"))
        order = _load(s, order_id)
        if order.version != expected_version:
            raise ValidationError(
                "Order {order_number} was changed by someone else meanwhile; nothing was "
                "saved. Close the editor and open the order again.",
                order_number=order.number,
            )
        apply_order(s, order, data)
        return _info(s, order)


def change_stage(db: Database, actor: Actor, order_id: int, stage: str) -> OrderInfo:
    """:func:`set_stage` for a clerk (permission checked)."""
    with db.read() as s:
        require_clerk(s, actor, msg("Changing the stage of an order"))
    return set_stage(db, order_id, stage)


def set_approved(db: Database, actor: Actor, order_id: int, approved: bool) -> OrderInfo:
    """Set or clear the *approved for invoicing* flag of an order not invoiced yet."""
    with db.write() as s:
        require_clerk(s, actor, msg("Approving an order for invoicing"))
        order = _load(s, order_id)
        if is_invoiced(s, order.id) is not None:
            raise ValidationError(
                "Order {order_number} is invoiced already.", order_number=order.number
            )
        if approved and order.stage == "canceled":
            raise ValidationError(
                "Order {order_number} is canceled; it cannot be invoiced.",
                order_number=order.number,
            )
        order.approved = approved
        order.updated_at = utcnow()
        s.flush()
        return _info(s, order)
