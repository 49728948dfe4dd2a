"""Issuing outgoing documents: gapless numbers, the frozen snapshot, the Factur-X PDF.

Everything happens in the caller's transaction: the counter row of the number series is locked
(``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite the ``BEGIN IMMEDIATE`` write transaction
already holds the database lock) and only released by the commit, so a rolled-back issue
leaves no gap and two clerks never draw the same number.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.documents.layout_options import DEFAULT_LAYOUT, LayoutOptions
from invoicedesk.documents.model import (
    TYPE_CREDIT_NOTE,
    TYPE_INVOICE,
    Buyer,
    DocumentLine,
    InvoiceDocument,
    Seller,
)
from invoicedesk.domain.enums import CaseKind, OutStatus
from invoicedesk.domain.errors import ConfigurationError, NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.parties import normalize_vat_id
from invoicedesk.domain.skonto import Skonto
from invoicedesk.domain.totals import VatCategory
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import (
    SPECIAL_HANDLERS,
    apply_action,
    ensure_version,
    load_for_update,
)
from invoicedesk.services.cases.attachments import attach
from invoicedesk.services.cases.edit_marks import close_marks
from invoicedesk.services.numbering import draw_number
from invoicedesk.services.outgoing import mail_texts
from invoicedesk.services.outgoing.customers import ensure_customer_number
from invoicedesk.services.outgoing.drafts import (
    INVOICE_PDF,
    draft_meta,
    require_reverse_charge_ids,
)
from invoicedesk.services.outgoing.einvoice_delivery import attach_einvoice
from invoicedesk.services.settings.company import CompanySettings, company_logo, get_company
from invoicedesk.services.settings.registry import PDF_OPTIONS, get_setting
from invoicedesk.store.case_query import search_text_for
from invoicedesk.store.database import Database, retry_transient
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Attachment, Blob
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

Delivery = Literal["email", "print", "create_only"]
PDF = "application/pdf"
#: ``session.info`` key: keyword arguments for the e-mail a SEND / NOTIFY action queues
MAIL_OPTIONS = mail_texts.MAIL_OPTIONS


@dataclass(frozen=True)
class IssueResult:
    """The outcome of issuing: number, status, PDF attachment and queued mail (if any)."""

    case_id: int
    number: str
    status: str
    version: int
    pdf_attachment_id: int | None
    outbox_id: int | None


def layout_options(session: Session) -> LayoutOptions:
    """The company's PDF options (Settings → PDF) as the renderer's plain data."""
    return get_setting(session, PDF_OPTIONS).layout()


def render_invoice_pdf(doc: InvoiceDocument) -> bytes:
    """The invoice PDF with its Factur-X XML (reportlab and factur-x load on first use, so the
    desk does not carry them until it issues an invoice)."""
    from invoicedesk.documents.einvoice.facturx import render_invoice_pdf as render

    return render(doc)


# --- snapshot and document -------------------------------------------------------------------

_SELLER_KEYS = (
    "name", "street", "postal_code", "city", "country", "vat_id", "tax_number",
    "register_court", "register_number", "managing_director", "email", "phone", "website",
    "iban", "bic", "bank_name", "small_business",
)  # fmt: skip


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def build_snapshot(
    case: Case,
    company: CompanySettings,
    party: Party,
    *,
    number: str,
    issue_date: date,
    due_date: date | None,
    payment_terms: str,
    meta: dict[str, Any],
    preceding: Case | None,
    skonto: Skonto | None = None,
) -> dict[str, Any]:
    """The frozen JSON of an issued document: seller, buyer, lines, totals, dates, texts.

    A credit note repeats the buyer of the invoice it corrects, as frozen there.
    """
    credit = case.kind == CaseKind.CREDIT_NOTE.value
    seller = {key: getattr(company, key) for key in _SELLER_KEYS}
    seller["logo_sha256"] = company.logo_sha256
    snapshot: dict[str, Any]
    lines = [
        {
            "position": ln.position,
            "article_no": ln.article_no,
            "description": ln.description,
            "quantity": str(ln.quantity),
            "unit": ln.unit,
            "unit_price": str(ln.unit_price),
            "vat_rate": str(ln.vat_rate),
            "vat_category": ln.vat_category,
            "discount_percent": str(ln.discount_percent),
            "net": str(ln.net),
            "period_start": _iso(ln.period_start),
            "period_end": _iso(ln.period_end),
        }
        for ln in case.lines
    ]
    snapshot = {
        "format": 1,
        "type_code": TYPE_CREDIT_NOTE if credit else TYPE_INVOICE,
        "number": number,
        "issue_date": issue_date.isoformat(),
        "due_date": _iso(due_date),
        "delivery_date": _iso(case.delivery_date),
        "period_start": _iso(case.period_start),
        "period_end": _iso(case.period_end),
        "currency": case.currency,
        "language": mail_texts.language_of(case.language),
        "seller": seller,
        "buyer": {
            "name": party.name,
            "street": party.street,
            "address_line2": party.address_line2 or "",
            "postal_code": party.postal_code,
            "city": party.city,
            "country": party.country,
            "vat_id": normalize_vat_id(party.vat_id) if party.vat_id else None,
            "email": case.recipient_email or party.email,
            "leitweg_id": party.leitweg_id,
            "customer_number": party.customer_number or str(party.id),
            "contact": party.contact_person,
        },
        "lines": lines,
        "totals": {"net": str(case.net), "tax": str(case.tax), "gross": str(case.gross)},
        "payment_reference": None,
        "payment_terms": payment_terms,
        "notes": [case.notes] if case.notes.strip() else [],
        "exemption_reason": meta.get("exemption_reason"),
        "skonto": skonto.to_json() if skonto else None,
        # the tax decision's warnings and the clerk's overrides, as they stood when issued
        "tax_warnings": list(meta.get("tax_warnings") or []),
        "preceding_invoice_number": preceding.number if preceding else None,
        "preceding_invoice_date": _iso(preceding.issue_date) if preceding else None,
        "extra": meta.get("extra") or {},
    }
    if preceding is not None and preceding.snapshot:
        snapshot["buyer"] = dict(preceding.snapshot["buyer"])
    return snapshot


def document_from_snapshot(
    snapshot: dict[str, Any],
    logo: bytes | None = None,
    layout: LayoutOptions = DEFAULT_LAYOUT,
) -> InvoiceDocument:
    """Rebuild the renderable document from a snapshot; checks totals against the stored ones.

    ``logo`` and ``layout`` (the company's PDF options) only change how the PDF looks.
    """
    seller = {key: snapshot["seller"].get(key) for key in _SELLER_KEYS}
    seller["small_business"] = bool(seller["small_business"])
    groups = (snapshot.get("extra") or {}).get("groups") or {}  # collective: period headings
    lines = [
        DocumentLine(
            position=int(ln["position"]),
            description=ln["description"],
            quantity=Decimal(ln["quantity"]),
            unit=ln["unit"],
            unit_price=Decimal(ln["unit_price"]),
            vat_rate=Decimal(ln["vat_rate"]),
            vat_category=ln["vat_category"],
            discount_percent=Decimal(ln["discount_percent"]),
            article_no=ln.get("article_no"),
            period_start=_day(ln.get("period_start")),
            period_end=_day(ln.get("period_end")),
            group=groups.get(str(ln["position"])),
        )
        for ln in snapshot["lines"]
    ]
    doc = InvoiceDocument.create(
        lines=lines,
        type_code=snapshot["type_code"],
        number=snapshot["number"] or "DRAFT",
        issue_date=_day(snapshot["issue_date"]),
        seller=Seller(**seller, logo=logo),
        buyer=Buyer(**snapshot["buyer"]),
        currency=snapshot["currency"],
        language=snapshot["language"],
        delivery_date=_day(snapshot.get("delivery_date")),
        period_start=_day(snapshot.get("period_start")),
        period_end=_day(snapshot.get("period_end")),
        due_date=_day(snapshot.get("due_date")),
        payment_reference=snapshot.get("payment_reference"),
        payment_terms=snapshot.get("payment_terms") or None,
        notes=tuple(snapshot.get("notes") or ()),
        preceding_invoice_number=snapshot.get("preceding_invoice_number"),
        preceding_invoice_date=_day(snapshot.get("preceding_invoice_date")),
        exemption_reason=snapshot.get("exemption_reason"),
        skonto=Skonto.from_json(snapshot.get("skonto")),
        layout=layout,
        **_credit_wording(snapshot),
    )
    stored = snapshot["totals"]
    if (str(doc.totals.net), str(doc.totals.gross)) != (stored["net"], stored["gross"]):
        raise ValidationError(
            "The totals of {doc_number} ({totals_gross}) do not match the stored amount "
            "({stored}); save the draft again.",
            doc_number=doc.number,
            totals_gross=doc.totals.gross,
            stored=stored["gross"],
        )
    return doc


def _credit_wording(snapshot: dict[str, Any]) -> dict[str, bool]:
    """A credit note's wording: cancellation, and refund only when the invoice was paid (set
    by :mod:`invoicedesk.services.outgoing.credit_notes`; older ones: refund)."""
    extra = snapshot.get("extra") or {}
    return {
        "cancellation": bool(extra.get("cancellation")),
        "refund_due": bool(extra.get("invoice_paid", True)),
    }


def issue_case(session: Session, case: Case, actor: Actor, *, today: date | None = None) -> None:
    """Issue a draft inside the caller's transaction: number, snapshot, PDF, status ISSUED.

    Does nothing when the case already has a number (a created-only invoice being sent).
    """
    if case.number is not None:
        return
    close_marks(session, case)  # the draft's open editing sessions end here (edit marks)
    doc = freeze_issue(session, case, today=today)
    # the XRechnung a customer requires is written and checked first: a broken rule stops
    # issuing (and sending) before anything is stored
    party = session.get(Party, case.party_id) if case.party_id else None
    attach_einvoice(session, case, doc, party, actor)
    attach(
        session,
        case.id,
        f"{doc.number}.pdf",
        render_invoice_pdf(doc),
        actor=actor,
        kind=INVOICE_PDF,
        mime_type=PDF,
    )


def freeze_issue(
    session: Session,
    case: Case,
    *,
    today: date | None = None,
    company: CompanySettings | None = None,
    logo: bytes | None = None,
    layout: LayoutOptions | None = None,
) -> InvoiceDocument:
    """Issue a draft without its PDF: number, frozen snapshot, status ISSUED; returns the
    document to render.

    The caller renders it (:func:`render_invoice_pdf`, possibly in another process) and
    attaches the PDF. ``company``, ``logo`` and ``layout`` (the PDF options) may be passed in
    when many drafts are issued in one go, so they are read once.
    """
    if case.number is not None:
        raise ValidationError(
            "Case {case_id} is already issued as {case_number}.",
            case_id=case.id,
            case_number=case.number,
        )
    if not case.lines:
        raise ValidationError(
            "Case {case_id} has no lines; add at least one before issuing.", case_id=case.id
        )
    party = session.get(Party, case.party_id) if case.party_id else None
    if party is None:
        raise ValidationError(
            "Case {case_id} has no customer; choose one before issuing.", case_id=case.id
        )
    company = company or get_company(session)
    categories = {line.vat_category for line in case.lines}
    if case.reverse_charge or VatCategory.REVERSE_CHARGE.value in categories:
        require_reverse_charge_ids(party)
        if not company.vat_id:
            raise ConfigurationError("Reverse charge needs the company's own VAT ID.")
    issue_date = today or date.today()
    meta = draft_meta(case)
    credit = case.kind == CaseKind.CREDIT_NOTE.value
    days = meta.get("payment_terms_days")
    if days is None:
        days = party.payment_terms_days if party.payment_terms_days is not None else 14
    due = None if credit else issue_date + timedelta(days=int(days))
    skonto = None
    if not credit and meta.get("skonto"):
        terms_ = meta["skonto"]
        skonto = Skonto.of(Decimal(terms_["percent"]), int(terms_["days"]), issue_date, case.gross)
    terms = case.payment_terms or (
        ""
        if due is None
        else mail_texts.payment_terms_text(case.language, int(days), due, skonto)
    )
    preceding = session.get(Case, case.credit_for_id) if case.credit_for_id else None
    ensure_customer_number(session, party)
    # everything that can fail on bad data happens before the counter is locked
    snapshot = build_snapshot(
        case,
        company,
        party,
        number="",
        issue_date=issue_date,
        due_date=due,
        payment_terms=terms,
        meta=meta,
        preceding=preceding,
        skonto=skonto,
    )
    if logo is None:
        logo = company_logo(session, company)
    if layout is None:
        layout = layout_options(session)
    doc = document_from_snapshot(snapshot, logo, layout)  # validates before the counter is locked
    series_id, number = draw_number(session, CaseKind(case.kind).value, issue_date)
    snapshot["number"] = number
    snapshot["payment_reference"] = None if credit else number
    case.number = number
    case.series_id = series_id
    case.issue_date = issue_date
    case.issued_at = utcnow()
    case.due_date = due
    case.payment_terms = terms
    case.payment_reference = snapshot["payment_reference"]
    case.payment_reference_valid = not credit
    if credit:  # a credit, not a receivable (services.outgoing.settlement)
        case.payment_status = "credit"
    case.snapshot = snapshot
    case.search_text = search_text_for(number, case.party_name)
    case.status = OutStatus.ISSUED.value
    return replace(doc, number=number, payment_reference=snapshot["payment_reference"])


def invoice_pdf(session: Session, case_id: int) -> tuple[str, bytes, str]:
    """The stored PDF of an issued case: (file name, content, sha256)."""
    row = session.execute(
        select(Attachment.filename, Blob.content, Blob.sha256)
        .join(Blob, Blob.sha256 == Attachment.blob_sha256)
        .where(Attachment.case_id == case_id, Attachment.kind == INVOICE_PDF)
    ).first()
    if row is None:
        raise NotFound("Case {case_id} has no invoice PDF; it is not issued yet.", case_id=case_id)
    return str(row[0]), bytes(row[1]), str(row[2])


@retry_transient
def issue_invoice(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    delivery: Delivery = "email",
    expected_version: int | None = None,
    today: date | None = None,
) -> IssueResult:
    """Issue a draft (and queue its e-mail, or record the print) in one transaction.

    ``email`` takes the *Send* action, ``create_only`` and ``print`` take *Create only*
    (``print`` then records *Print*; the GUI does the printing). The status becomes ISSUED;
    the dispatcher moves e-mailed cases to SENT once the mail server accepted the message.
    """
    if delivery not in ("email", "print", "create_only"):
        raise ValidationError(
            "Unknown delivery {delivery!r}; use email, print or create_only.", delivery=delivery
        )
    with db.write() as s:
        case = load_for_update(s, case_id)
        ensure_version(s, case, expected_version)
        s.info["issue_today"] = today
        apply_action(s, case, actor, Action.SEND if delivery == "email" else Action.CREATE_ONLY)
        if delivery == "print":
            apply_action(s, case, actor, Action.PRINT, msg("printed"))
        s.flush()
        pdf_id = s.scalar(
            select(Attachment.id).where(
                Attachment.case_id == case.id, Attachment.kind == INVOICE_PDF
            )
        )
        outbox_id = s.info.get("outbox_ids", {}).get(case.id)
        return IssueResult(case.id, case.number or "", case.status, case.version, pdf_id, outbox_id)


# --- action handlers -------------------------------------------------------------------------


def _send(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """SEND: issue if still a draft, then queue the e-mail with the PDF."""
    issue_case(session, case, actor, today=session.info.get("issue_today"))
    case.status = OutStatus.ISSUED.value
    # recipient, CC and text chosen in the send dialog (invoicedesk.services.outgoing.sending)
    mail_texts.queue_document_mail(session, case, actor, **session.info.get(MAIL_OPTIONS, {}))


def _create_only(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """CREATE_ONLY: issue without sending."""
    issue_case(session, case, actor, today=session.info.get("issue_today"))


def _print(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """PRINT: only the history row (written by ``apply_action``); the GUI prints."""


def register_handlers() -> None:
    """Put SEND, CREATE_ONLY, PRINT, RESEND and NOTIFY_CUSTOMER into ``SPECIAL_HANDLERS``."""
    SPECIAL_HANDLERS[Action.SEND] = _send
    SPECIAL_HANDLERS[Action.CREATE_ONLY] = _create_only
    SPECIAL_HANDLERS[Action.PRINT] = _print
    SPECIAL_HANDLERS[Action.RESEND] = mail_texts.resend_handler
    SPECIAL_HANDLERS[Action.NOTIFY_CUSTOMER] = mail_texts.notify_handler
