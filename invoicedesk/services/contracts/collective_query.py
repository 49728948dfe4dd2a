"""Reading collective invoices: the pending contract invoices, the collective-invoices list,
the rows of the login popup and the PDF preview of an unsent collective invoice."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from invoicedesk.documents import labels as lb
from invoicedesk.domain.enums import CaseKind, Direction, OutStatus
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.services.contracts.collective import group_labels
from invoicedesk.services.contracts.collective_settings import read_settings
from invoicedesk.services.outgoing import mail_texts
from invoicedesk.services.outgoing.drafts import draft_meta
from invoicedesk.services.outgoing.issuing import (
    build_snapshot,
    document_from_snapshot,
    invoice_pdf,
    layout_options,
)
from invoicedesk.services.settings.company import company_logo, get_company
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.collective import ContractInvoice
from invoicedesk.store.models.contracts import ServiceContract
from invoicedesk.store.models.parties import Party
from invoicedesk.store.models.users import User

#: statuses of collective invoices not yet handed to the customer (the shipped preset's)
UNSENT = (OutStatus.DRAFT.value, OutStatus.ISSUED.value)


@dataclass(frozen=True)
class PendingInvoice:
    """A pending contract invoice (one contract, one period, no number yet)."""

    id: int
    contract_id: int
    contract_number: str
    contract_title: str
    party_id: int
    party_name: str
    period_start: date
    period_end: date
    billing_date: date
    net: Decimal
    gross: Decimal
    currency: str


@dataclass(frozen=True)
class CollectiveRow:
    """One line of the collective-invoices list and of the login popup."""

    id: int
    version: int
    number: str | None
    status: str
    party_name: str
    period_start: date | None
    period_end: date | None
    net: Decimal
    gross: Decimal
    currency: str
    send_date: date | None
    created_at: datetime
    created_by: str
    created_by_id: int | None
    parts: int
    error: str | None


def list_pending(db: Database, *, party_id: int | None = None) -> list[PendingInvoice]:
    """Pending contract invoices by customer, period and contract."""
    with db.read() as s:
        query = (
            select(ContractInvoice, ServiceContract.number, ServiceContract.title, Party.name)
            .join(ServiceContract, ServiceContract.id == ContractInvoice.contract_id)
            .join(Party, Party.id == ContractInvoice.party_id)
            .where(ContractInvoice.status == "pending")
            .order_by(Party.name, ContractInvoice.period_start, ServiceContract.number)
        )
        if party_id is not None:
            query = query.where(ContractInvoice.party_id == party_id)
        return [
            PendingInvoice(
                id=inv.id,
                contract_id=inv.contract_id,
                contract_number=number,
                contract_title=title,
                party_id=inv.party_id,
                party_name=name,
                period_start=inv.period_start,
                period_end=inv.period_end,
                billing_date=inv.billing_date,
                net=inv.net,
                gross=inv.gross,
                currency=inv.currency,
            )
            for inv, number, title, name in s.execute(query)
        ]


def list_collective(
    db: Database,
    *,
    unsent: bool = True,
    no_send_date: bool = False,
    created_by_id: int | None = None,
    limit: int | None = None,
) -> list[CollectiveRow]:
    """Collective invoices, the next to be sent first (those without a send date last)."""
    with db.read() as s:
        return _rows(
            s, unsent=unsent, no_send_date=no_send_date, created_by_id=created_by_id, limit=limit
        )


def _rows(
    s: Session,
    *,
    unsent: bool,
    no_send_date: bool,
    created_by_id: int | None,
    limit: int | None,
) -> list[CollectiveRow]:
    creator = aliased(User)
    parts = (
        select(func.count())
        .where(ContractInvoice.collective_case_id == Case.id)
        .correlate(Case)
        .scalar_subquery()
    )
    query = (
        select(Case, creator.initials, parts)
        .outerjoin(creator, creator.id == Case.created_by_id)
        .where(Case.direction == Direction.OUT.value, Case.kind == CaseKind.COLLECTIVE.value)
        .order_by(Case.send_date.is_(None), Case.send_date, Case.party_name, Case.id)
    )
    if unsent:
        query = query.where(Case.status.in_(UNSENT))
    if no_send_date:
        query = query.where(Case.send_date.is_(None), Case.status == OutStatus.DRAFT.value)
    if created_by_id is not None:
        query = query.where(Case.created_by_id == created_by_id)
    if limit is not None:
        query = query.limit(limit)
    return [
        CollectiveRow(
            id=c.id,
            version=c.version,
            number=c.number,
            status=c.status,
            party_name=c.party_name,
            period_start=c.period_start,
            period_end=c.period_end,
            net=c.net,
            gross=c.gross,
            currency=c.currency,
            send_date=c.send_date,
            created_at=c.created_at,
            created_by=initials or "SYS",
            created_by_id=c.created_by_id,
            parts=int(count or 0),
            error=c.error_message,
        )
        for c, initials, count in s.execute(query)
    ]


def popup_rows(db: Database, user_id: int) -> list[CollectiveRow]:
    """The collective invoices without a send date the login popup lists for this user:
    all of them, or only the user's own when the admin chose "only the creators"."""
    with db.read() as s:
        settings = read_settings(s)
        mine = user_id if settings.popup_for == "creators" else None
        return _rows(s, unsent=True, no_send_date=True, created_by_id=mine, limit=None)


def login_popup_rows(db: Database, user_id: int, roles: tuple[str, ...]) -> list[CollectiveRow]:
    """The rows the popup shows by itself right after login: none when the admin switched the
    popup off or the user holds none of the roles it is meant for (settings "Login popup")."""
    from invoicedesk.services.settings.registry import LOGIN_POPUP, load_setting

    rule = load_setting(db, LOGIN_POPUP)
    if not rule.enabled or not set(roles) & set(rule.roles):
        return []
    return popup_rows(db, user_id)


def preview_pdf(db: Database, case_id: int) -> tuple[str, bytes]:
    """(file name, PDF) of a collective invoice: the stored one once issued, else a preview
    of how it will look on its send date (numbered "DRAFT", no e-invoice attached)."""
    with db.read() as s:
        case = s.get(Case, case_id)
        if case is None or case.kind != CaseKind.COLLECTIVE.value:
            raise NotFound("Case {case_id} is not a collective invoice.", case_id=case_id)
        if case.number is not None:
            name, content, _sha = invoice_pdf(s, case_id)
            return name, content
        if not case.lines:
            raise ValidationError("The collective invoice has no lines to show.")
        party = s.get(Party, case.party_id) if case.party_id else None
        if party is None:
            raise ValidationError("The collective invoice has no customer.")
        company = get_company(s)
        meta = draft_meta(case)
        meta["extra"] = {
            **(meta.get("extra") or {}),
            "groups": group_labels(case.lines, case.language),
        }
        issue_day = case.send_date or date.today()
        days = meta.get("payment_terms_days")
        days = int(days if days is not None else party.payment_terms_days or 14)
        due = issue_day + timedelta(days=days)
        terms = case.payment_terms or mail_texts.payment_terms_text(case.language, days, due)
        snapshot = build_snapshot(
            case,
            company,
            party,
            number="",
            issue_date=issue_day,
            due_date=due,
            payment_terms=terms,
            meta=meta,
            preceding=None,
        )
        doc = document_from_snapshot(snapshot, company_logo(s, company), layout_options(s))
        from invoicedesk.documents.pdf.render import render_pdf  # reportlab only when shown

        mark = lb.labels(doc.language)["draft_mark"]
        # a draft is not payable: no EPC QR code (it would carry "DRAFT" as the reference)
        layout = replace(doc.layout, show_payment_qr=False, watermark=mark)
        return f"preview-{case.id}.pdf", render_pdf(replace(doc, number=mark, layout=layout))
