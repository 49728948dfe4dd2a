"""E-mail subjects and bodies per customer language (de, en, nl), payment-terms wording, and
queuing the mails of outgoing cases in the outbox (same transaction as the action).

Templates use ``str.format`` placeholders: ``{number}``, ``{customer}``, ``{company}``,
``{gross}``, ``{due_date}``, ``{issue_date}``, ``{reference}``, ``{invoice_number}``.
Unknown languages fall back to German, missing placeholders to an empty text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from invoicedesk.documents.formats import for_language
from invoicedesk.domain.errors import ActionRefused, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import round_cents
from invoicedesk.domain.parties import normalize_email
from invoicedesk.domain.skonto import Skonto
from invoicedesk.domain.workflow import ACTION_LABELS, Action, Actor
from invoicedesk.mail.outbox import active_mail, enqueue, withdraw
from invoicedesk.services.cases.actions import ensure_version, load_for_update, record
from invoicedesk.services.cases.authorize import authorize
from invoicedesk.services.outgoing.drafts import INVOICE_PDF
from invoicedesk.services.outgoing.einvoice_delivery import mail_attachments
from invoicedesk.services.settings.company import get_company
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.parties import Party

LANGUAGES = ("de", "en", "nl")
#: ``session.info`` key: keyword arguments (``to``, ``cc``, ``text``) for the e-mail that a
#: SEND or NOTIFY_CUSTOMER action queues in this transaction (set by the send dialog's service)
MAIL_OPTIONS = "mail_options"
#: placeholders a clerk may keep in an edited text; filled in when the e-mail is queued
TEXT_PLACEHOLDERS = ("number", "issue_date", "due_date", "gross", "reference", "customer")
DEFAULT_LANGUAGE = "de"


class MessageKind(StrEnum):
    """The mails the outgoing side sends; also the outbox ``kind``."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    ORDER_RECEIVED = "order_received"


@dataclass(frozen=True)
class Message:
    """A rendered subject and plain-text body."""

    subject: str
    body: str


_TEMPLATES: dict[str, dict[MessageKind, tuple[str, str]]] = {
    "de": {
        MessageKind.INVOICE: (
            "Rechnung {number} von {company}",
            "Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Rechnung {number} vom {issue_date} über {gross}.\n"
            "Bitte überweisen Sie den Betrag bis zum {due_date} unter Angabe des "
            "Verwendungszwecks {reference}.\n\n"
            "Mit freundlichen Grüßen\n{company}\n",
        ),
        MessageKind.CREDIT_NOTE: (
            "Gutschrift {number} von {company}",
            "Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Gutschrift {number} vom {issue_date} über {gross} "
            "zur Rechnung {invoice_number}.\n\n"
            "Mit freundlichen Grüßen\n{company}\n",
        ),
        MessageKind.ORDER_RECEIVED: (
            "Ihr Auftrag bei {company}",
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihren Auftrag. Wir haben ihn erhalten und bearbeiten ihn.\n\n"
            "Mit freundlichen Grüßen\n{company}\n",
        ),
    },
    "en": {
        MessageKind.INVOICE: (
            "Invoice {number} from {company}",
            "Dear Sir or Madam,\n\n"
            "please find attached our invoice {number} of {issue_date} for {gross}.\n"
            "Please transfer the amount by {due_date}, quoting the reference {reference}.\n\n"
            "Kind regards\n{company}\n",
        ),
        MessageKind.CREDIT_NOTE: (
            "Credit note {number} from {company}",
            "Dear Sir or Madam,\n\n"
            "please find attached our credit note {number} of {issue_date} for {gross} "
            "relating to invoice {invoice_number}.\n\n"
            "Kind regards\n{company}\n",
        ),
        MessageKind.ORDER_RECEIVED: (
            "Your order with {company}",
            "Dear Sir or Madam,\n\n"
            "thank you for your order. We have received it and are working on it.\n\n"
            "Kind regards\n{company}\n",
        ),
    },
    "nl": {
        MessageKind.INVOICE: (
            "Factuur {number} van {company}",
            "Geachte heer, mevrouw,\n\n"
            "bijgaand ontvangt u onze factuur {number} van {issue_date} ten bedrage van "
            "{gross}.\nWij verzoeken u het bedrag vóór {due_date} over te maken onder "
            "vermelding van {reference}.\n\n"
            "Met vriendelijke groet\n{company}\n",
        ),
        MessageKind.CREDIT_NOTE: (
            "Creditnota {number} van {company}",
            "Geachte heer, mevrouw,\n\n"
            "bijgaand ontvangt u onze creditnota {number} van {issue_date} ten bedrage van "
            "{gross} bij factuur {invoice_number}.\n\n"
            "Met vriendelijke groet\n{company}\n",
        ),
        MessageKind.ORDER_RECEIVED: (
            "Uw opdracht bij {company}",
            "Geachte heer, mevrouw,\n\n"
            "hartelijk dank voor uw opdracht. Wij hebben deze ontvangen en gaan ermee aan "
            "de slag.\n\n"
            "Met vriendelijke groet\n{company}\n",
        ),
    },
}

_TERMS: dict[str, tuple[str, str, str]] = {
    # (immediately, within n days, within n days with a cash discount: the Skonto sentence
    # with its amounts follows on the document, see ``labels.skonto_sentence``)
    "de": (
        "Zahlbar sofort ohne Abzug.",
        "Zahlbar innerhalb von {days} Tagen bis {due} ohne Abzug.",
        "Zahlbar innerhalb von {days} Tagen bis {due}.",
    ),
    "en": (
        "Payable immediately without deduction.",
        "Payable within {days} days by {due} net.",
        "Payable within {days} days by {due}.",
    ),
    "nl": (
        "Direct te betalen zonder aftrek.",
        "Te betalen binnen {days} dagen, uiterlijk {due}.",
        "Te betalen binnen {days} dagen, uiterlijk {due}.",
    ),
}


class _Blank(dict[str, Any]):
    """Format mapping that renders unknown placeholders as empty text."""

    def __missing__(self, key: str) -> str:
        return ""


def language_of(value: str | None) -> str:
    """A supported language code for ``value`` (``"de-AT"`` -> ``"de"``; else German)."""
    code = (value or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def format_date(language: str, value: date | None) -> str:
    """A date as the documents of that language print it (``21.12.2026``, ``21/12/2026``)."""
    return "" if value is None else for_language(language_of(language)).date(value)


def format_money(language: str, value: Decimal, currency: str = "EUR") -> str:
    """An amount with currency: ``1.234,50 EUR`` (de, nl) or ``1,234.50 EUR`` (en)."""
    return for_language(language_of(language)).money(round_cents(value), currency)


def render(
    language: str, kind: MessageKind, *, session: Session | None = None, **values: object
) -> Message:
    """The subject and body of a mail of ``kind`` in ``language`` with ``values`` filled in.

    With a ``session``, the company's own texts (settings, ``mail_texts``) replace the built-in
    ones where it has any.
    """
    subject, body = _TEMPLATES[language_of(language)][kind]
    if session is not None:
        from invoicedesk.services.settings.registry import MAIL_TEXTS, get_setting

        own = get_setting(session, MAIL_TEXTS).get(language_of(language), kind.value)
        if own is not None:
            subject, body = own
    mapping = _Blank(values)
    return Message(subject.format_map(mapping), body.format_map(mapping))


def payment_terms_text(language: str, days: int, due: date, skonto: Skonto | None = None) -> str:
    """The payment-terms sentence printed on the invoice (BT-20), dates in its language."""
    lang = language_of(language)
    immediately, within, discounted = _TERMS[lang]
    if skonto is not None:
        return discounted.format(days=days, due=format_date(lang, due))
    if days <= 0:
        return immediately
    return within.format(days=days, due=format_date(lang, due))


# --- queuing mails in the outbox (inside the action's transaction) ----------------------------


def fill_placeholders(text: str, values: dict[str, object]) -> str:
    """Replace the known ``{placeholder}`` words of an edited text; other braces stay as typed."""
    for name in TEXT_PLACEHOLDERS:
        if name in values:
            text = text.replace("{" + name + "}", str(values[name] or ""))
    return text


def _enqueue(session: Session, **fields: Any) -> int:
    """Hand one mail to the outbox (:mod:`invoicedesk.mail.outbox`) in the caller's transaction."""
    return enqueue(session, **fields)


def _recipient(session: Session, case: Case, to: str | None) -> str:
    """The validated address: ``to``, else the case's recipient, else the customer's."""
    address = to or case.recipient_email
    if not address and case.party_id:
        party = session.get(Party, case.party_id)
        address = party.email if party else None
    if not address:
        raise ValidationError(
            "Case {value} has no e-mail address; enter the recipient first.",
            value=case.number or case.id,
        )
    return normalize_email(address)


def _remember(session: Session, case: Case, outbox_id: int) -> int:
    session.info.setdefault("outbox_ids", {})[case.id] = outbox_id
    return outbox_id


DOCUMENT = "document"


def _make_way(session: Session, case: Case, outbox_kind: str) -> None:
    """One document e-mail on its way per case: *Resend* replaces one that still waits
    (pending or held); any other kind is refused while one is on its way."""
    waiting = active_mail(session, case.id, DOCUMENT)
    if waiting is None:
        return
    if outbox_kind == "resend" and waiting.status in ("pending", "held"):
        withdraw(session, case.id, [DOCUMENT], "replaced by a resend")
        return
    if waiting.status in ("pending", "held"):
        reason = msg("its e-mail is already waiting to be sent; Resend replaces it")
    else:
        reason = msg("its e-mail is being handed to the mail server right now")
    label = ACTION_LABELS[Action.RESEND if outbox_kind == "resend" else Action.SEND]
    raise ActionRefused(label, reason)


def queue_document_mail(
    session: Session,
    case: Case,
    actor: Actor,
    *,
    to: str | None = None,
    cc: Sequence[str] = (),
    text: str | None = None,
    outbox_kind: str = "invoice",
) -> int:
    """Queue the issued document's e-mail with its PDF; returns the outbox row id.

    The subject and body come from the customer's language; ``text`` replaces the body.
    A document e-mail still waiting is replaced by a resend and refuses any other send.
    """
    _make_way(session, case, outbox_kind)
    company = get_company(session)
    address = _recipient(session, case, to)
    copies = [normalize_email(c) for c in cc if c.strip()]
    kind = MessageKind.CREDIT_NOTE if case.kind == "credit_note" else MessageKind.INVOICE
    snap = case.snapshot or {}
    values: dict[str, object] = {
        "number": case.number,
        "customer": case.party_name,
        "company": company.name,
        "gross": format_money(case.language, case.gross, case.currency),
        "issue_date": format_date(case.language, case.issue_date),
        "due_date": format_date(case.language, case.due_date),
        "reference": case.payment_reference or case.number,
        "invoice_number": snap.get("preceding_invoice_number") or "",
    }
    msg = render(case.language, kind, session=session, **values)
    if text and text.strip():
        text = fill_placeholders(text, values)
    outbox_id = _enqueue(
        session,
        case_id=case.id,
        kind=outbox_kind,
        to=[address],
        cc=copies,
        subject=msg.subject,
        body_text=text if text and text.strip() else msg.body,
        attachments=mail_attachments(session, case, INVOICE_PDF),
        reply_to=company.reply_to,
    )
    return _remember(session, case, outbox_id)


def resend(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    to: str | None = None,
    cc: Sequence[str] = (),
    text: str | None = None,
    expected_version: int | None = None,
) -> int:
    """*Resend* with an optionally changed recipient (kept for later sends), CC and text.

    Returns the outbox id. History records the recipient every time.
    """
    with db.write() as s:
        case = load_for_update(s, case_id)
        ensure_version(s, case, expected_version)
        authorize(s, actor, Action.RESEND, case)  # knows whether its e-mail is on its way
        if to:
            case.recipient_email = normalize_email(to)
        outbox_id = queue_document_mail(s, case, actor, cc=cc, text=text, outbox_kind="resend")
        comment = f"resent to {_recipient(s, case, None)}"
        if cc:
            comment += f", cc {', '.join(cc)}"
        record(s, case, actor, Action.RESEND, case.status, comment)
        return outbox_id


def resend_handler(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """RESEND through ``perform_action``: the stored recipient, the standard text."""
    queue_document_mail(session, case, actor, outbox_kind="resend")


def notify_handler(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """NOTIFY_CUSTOMER: queue the "order received" mail (no attachment).

    Recipient, CC and text may come from the send dialog through ``session.info``
    (:data:`MAIL_OPTIONS`); the case's stored recipient does not change.
    """
    company = get_company(session)
    options = session.info.get(MAIL_OPTIONS, {})
    msg = render(
        case.language,
        MessageKind.ORDER_RECEIVED,
        session=session,
        company=company.name,
        customer=case.party_name,
    )
    text = options.get("text")
    outbox_id = _enqueue(
        session,
        case_id=case.id,
        kind="notify",
        to=[_recipient(session, case, options.get("to"))],
        cc=[normalize_email(c) for c in options.get("cc", ()) if c.strip()],
        subject=msg.subject,
        body_text=text if text and text.strip() else msg.body,
        attachments=[],
        reply_to=company.reply_to,
    )
    _remember(session, case, outbox_id)
