"""What the send dialog needs: a preview of the e-mail, and Send / Resend / Notify with the
recipient, CC and text the clerk chose.

Each call is one transaction with a permission check (the workflow's) and the case version the
clerk saw; the e-mail goes to the outbox in the same transaction, and the history row names
the recipients every time (seed 000). The dispatcher sends it; the case becomes *Sent* when the
mail server accepted it.

The preview also says whether the mail server is usable now (so the dialog can offer *Create
only* or setting up the server before anything is issued) and which e-mail of the case is
still on its way (*Send* is refused then; *Resend* replaces it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import CaseKind, Direction
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import Message, msg
from invoicedesk.domain.parties import normalize_email
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.mail.outbox import active_mail
from invoicedesk.services.cases.actions import apply_action, ensure_version, load_for_update
from invoicedesk.services.mail.readiness import readiness_in
from invoicedesk.services.outgoing import mail_texts
from invoicedesk.services.outgoing.drafts import INVOICE_PDF
from invoicedesk.services.outgoing.issuing import invoice_pdf
from invoicedesk.services.settings.company import get_company
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Attachment
from invoicedesk.store.models.parties import Party

Purpose = Literal["send", "resend", "notify"]


@dataclass(frozen=True)
class WaitingMail:
    """An e-mail of the case still on its way: pending, or held for the mail server."""

    outbox_id: int
    status: str
    hold_reason: str | None
    queued_at: datetime
    to: str


@dataclass(frozen=True)
class MailPreview:
    """The e-mail as it would go out now; ``placeholders`` when the number is not known yet.

    ``mail_problem`` explains why e-mails would wait now (no usable mail server; ``mail_hold``
    is its reason code); ``waiting`` is the case's e-mail of this purpose still on its way.
    """

    case_id: int
    version: int
    purpose: Purpose
    to: str
    cc: tuple[str, ...]
    subject: str
    body: str
    attachment: str | None
    language: str
    number: str | None
    placeholders: bool
    mail_problem: str | None = None
    mail_hold: str | None = None
    waiting: WaitingMail | None = None


@dataclass(frozen=True)
class SendResult:
    """After Send / Resend / Notify: the case's state and the queued e-mail."""

    case_id: int
    number: str | None
    status: str
    version: int
    outbox_id: int | None


def split_addresses(text: str) -> list[str]:
    """Addresses typed into one field, separated by commas, semicolons or spaces."""
    return [part for part in text.replace(";", ",").replace(" ", ",").split(",") if part.strip()]


def _party_email(session: Session, case: Case) -> str:
    if case.recipient_email:
        return case.recipient_email
    party = session.get(Party, case.party_id) if case.party_id else None
    return (party.email or "") if party is not None else ""


def _recipient(session: Session, case: Case, address: str | None) -> str:
    """The address typed for this e-mail, else the case's or its customer's; refuses none."""
    recipient = address or _party_email(session, case)
    if not recipient:
        raise ValidationError(
            "{value} has no e-mail address; enter a recipient.",
            value=case.party_name or msg("The customer"),
        )
    return recipient


def _queued(session: Session, case: Case) -> SendResult:
    """The outcome after the action queued the case's e-mail (flushed, with its outbox id)."""
    session.flush()
    outbox_id = session.info.get("outbox_ids", {}).get(case.id)
    return SendResult(case.id, case.number, case.status, case.version, outbox_id)


def preview_mail(db: Database, case_id: int, purpose: Purpose) -> MailPreview:
    """The recipient, subject and text the e-mail of ``purpose`` would have.

    For a draft the number, dates and reference are not known before issuing: the text keeps
    ``{number}``, ``{issue_date}``, ``{due_date}`` and ``{reference}``, which are filled in when
    the e-mail is queued (also in a text the clerk edited).
    """
    with db.read() as s:
        case = s.get(Case, case_id)
        if case is None or case.direction != Direction.OUT.value:
            raise NotFound("There is no outgoing case with the id {case_id}.", case_id=case_id)
        company = get_company(s)
        lang = mail_texts.language_of(case.language)
        draft = case.number is None
        if purpose == "notify":
            kind = mail_texts.MessageKind.ORDER_RECEIVED
        elif case.kind == CaseKind.CREDIT_NOTE.value:
            kind = mail_texts.MessageKind.CREDIT_NOTE
        else:
            kind = mail_texts.MessageKind.INVOICE
        snap = case.snapshot or {}
        msg = mail_texts.render(
            lang,
            kind,
            session=s,
            number="{number}" if draft else case.number,
            customer=case.party_name,
            company=company.name,
            gross=mail_texts.format_money(lang, case.gross, case.currency),
            issue_date="{issue_date}" if draft else mail_texts.format_date(lang, case.issue_date),
            due_date="{due_date}" if draft else mail_texts.format_date(lang, case.due_date),
            reference="{reference}" if draft else (case.payment_reference or case.number),
            invoice_number=snap.get("preceding_invoice_number") or "",
        )
        attachment = None
        if purpose != "notify":
            attachment = s.scalar(
                select(Attachment.filename).where(
                    Attachment.case_id == case.id, Attachment.kind == INVOICE_PDF
                )
            ) or ("{number}.pdf" if draft else None)
            party = s.get(Party, case.party_id) if case.party_id else None
            if attachment and party is not None and party.einvoice:  # the XRechnung goes first
                attachment = f"{attachment.removesuffix('.pdf')}.xml, {attachment}"
        ready = readiness_in(s)
        return MailPreview(
            case_id=case.id,
            version=case.version,
            purpose=purpose,
            to=_party_email(s, case),
            cc=(),
            subject=msg.subject,
            body=msg.body,
            attachment=attachment,
            language=lang,
            number=case.number,
            placeholders=draft and purpose != "notify",
            mail_problem=None if ready.ready else ready.detail,
            mail_hold=ready.hold,
            waiting=_waiting(s, case.id, "notify" if purpose == "notify" else "document"),
        )


def _waiting(session: Session, case_id: int, purpose: str) -> WaitingMail | None:
    row = active_mail(session, case_id, purpose)
    if row is None:
        return None
    to = ", ".join(row.to_addrs)
    return WaitingMail(row.id, row.status, row.hold_reason, row.created_at, to)


def document_pdf(db: Database, case_id: int) -> tuple[str, bytes]:
    """The stored PDF of an issued case (file name, content) for printing or saving."""
    with db.read() as s:
        name, content, _sha = invoice_pdf(s, case_id)
        return name, content


def _comment(to: str, cc: Sequence[str]) -> Message:
    if cc:
        return msg("e-mail to {to}, cc {cc}", to=to, cc=", ".join(cc))
    return msg("e-mail to {to}", to=to)


def _clean(to: str | None, cc: Sequence[str]) -> tuple[str | None, list[str]]:
    address = normalize_email(to) if to and to.strip() else None
    copies = [normalize_email(c) for c in cc if c.strip()]
    return address, copies


def send_document(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    to: str | None = None,
    cc: Sequence[str] = (),
    text: str | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> SendResult:
    """*Send*: issue the draft if needed and queue its e-mail, in one transaction.

    A changed recipient is kept on the case for later sends; CC and text are for this e-mail.
    """
    address, copies = _clean(to, cc)
    with db.write() as s:
        case = load_for_update(s, case_id)
        ensure_version(s, case, expected_version)
        if address:
            case.recipient_email = address
        recipient = _recipient(s, case, address)
        s.info["issue_today"] = today
        s.info[mail_texts.MAIL_OPTIONS] = {"cc": copies, "text": text}
        apply_action(s, case, actor, Action.SEND, _comment(recipient, copies))
        return _queued(s, case)


def resend_document(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    to: str | None = None,
    cc: Sequence[str] = (),
    text: str | None = None,
    expected_version: int | None = None,
) -> SendResult:
    """*Resend* with an editable recipient (kept for later sends), CC and text."""
    address, copies = _clean(to, cc)
    outbox_id = mail_texts.resend(
        db, actor, case_id, to=address, cc=copies, text=text, expected_version=expected_version
    )
    with db.read() as s:
        case = s.get(Case, case_id)
        assert case is not None
        return SendResult(case.id, case.number, case.status, case.version, outbox_id)


def notify_customer(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    to: str | None = None,
    cc: Sequence[str] = (),
    text: str | None = None,
    expected_version: int | None = None,
) -> SendResult:
    """*Notify customer* ("order received") to the chosen recipient, recorded in the history."""
    address, copies = _clean(to, cc)
    with db.write() as s:
        case = load_for_update(s, case_id)
        ensure_version(s, case, expected_version)
        recipient = _recipient(s, case, address)
        s.info[mail_texts.MAIL_OPTIONS] = {"to": address, "cc": copies, "text": text}
        apply_action(s, case, actor, Action.NOTIFY_CUSTOMER, _comment(recipient, copies))
        return _queued(s, case)
