"""The reminder of one invoice as a document: its PDF (on the invoice's letterhead, in the
customer's language) and its e-mail text, with the level's texts filled in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from invoicedesk.documents.formats import for_language
from invoicedesk.documents.model import InvoiceDocument
from invoicedesk.documents.reminder import ReminderLetter
from invoicedesk.domain.errors import ValidationError
from invoicedesk.services.dunning.due import DueReminder
from invoicedesk.services.dunning.settings import DunningSettings
from invoicedesk.services.outgoing.issuing import (
    build_snapshot,
    document_from_snapshot,
    layout_options,
)
from invoicedesk.services.settings.company import company_logo, get_company
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.parties import Party


class _Blank(dict[str, Any]):
    """Unknown placeholders stay empty (the settings check them before storing)."""

    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True)
class ReminderMail:
    """The e-mail of a reminder: subject and body in the customer's language."""

    subject: str
    body: str


def invoice_document(session: Session, case: Case) -> InvoiceDocument:
    """The invoice as issued (its frozen snapshot; for an invoice issued before snapshots were
    kept, the same built from the case, its customer and the company as they are now)."""
    company = get_company(session)
    logo, layout = company_logo(session, company), layout_options(session)
    if case.snapshot and "seller" in case.snapshot:
        return document_from_snapshot(case.snapshot, logo, layout)
    party = session.get(Party, case.party_id) if case.party_id else None
    if party is None or case.number is None or case.issue_date is None:
        raise ValidationError(
            "Invoice {number} has no customer or issue date to write a reminder to.",
            number=case.number or case.id,
        )
    snapshot = build_snapshot(
        case, company, party, number=case.number, issue_date=case.issue_date,
        due_date=case.due_date, payment_terms=case.payment_terms, meta={}, preceding=None,
    )  # fmt: skip
    snapshot["payment_reference"] = case.payment_reference or case.number
    return document_from_snapshot(snapshot, logo, layout)


def pay_by(settings: DunningSettings, day: date) -> date:
    """The day a reminder written on ``day`` asks to be paid by."""
    return day + timedelta(days=settings.pay_within_days)


def _values(item: DueReminder, company: str, day: date, until: date) -> dict[str, Any]:
    f, cur = for_language(item.language), item.currency
    return {
        "customer": item.customer,
        "company": company,
        "number": item.number,
        "issue_date": f.date(item.issue_date, empty=""),
        "due_date": f.date(item.due_date),
        "days_overdue": item.days_overdue,
        "open_amount": f.money_sign(item.open_amount, cur),
        "fee": f.money_sign(item.fee + item.earlier_fees, cur),
        "interest": f.money_sign(item.interest, cur),
        "total": f.money_sign(item.total, cur),
        "pay_by": f.date(until),
        "level": item.title,
        "day": f.date(day),
    }


def reminder_letter(
    session: Session, case: Case, item: DueReminder, settings: DunningSettings, day: date
) -> ReminderLetter:
    """The printable reminder of ``item`` (the invoice's letterhead, the level's texts)."""
    doc = invoice_document(session, case)
    text = settings.levels[item.level - 1].text(item.language)
    until = pay_by(settings, day)
    values = _Blank(_values(item, doc.seller.name, day, until))
    return ReminderLetter(
        invoice=doc,
        level=item.level,
        title=text.title.format_map(values),
        letter=text.letter.format_map(values),
        reminder_date=day,
        pay_by=until,
        days_overdue=item.days_overdue,
        open_amount=item.open_amount,
        fee=item.fee,
        earlier_fees=item.earlier_fees,
        interest_parts=item.interest_parts,
        total=item.total,
        consumer=item.consumer,
    )


def reminder_mail(
    item: DueReminder, settings: DunningSettings, company: str, day: date
) -> ReminderMail:
    """The e-mail of ``item``'s reminder in the customer's language."""
    text = settings.levels[item.level - 1].text(item.language)
    values = _Blank(_values(item, company, day, pay_by(settings, day)))
    return ReminderMail(text.subject.format_map(values), text.body.format_map(values))
