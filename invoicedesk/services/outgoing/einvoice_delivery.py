"""E-invoices for customers who require one: XRechnung (CII or UBL) next to the PDF.

A customer marked as requiring XRechnung (``Party.einvoice``, with its Leitweg-ID) gets the
XML of every issued invoice and credit note as an attachment of the case and of its e-mail;
the Factur-X PDF goes along as the readable copy. The XML is written and checked with the
official EN 16931 and XRechnung rules while the invoice is issued, in the same transaction: a
fatal finding stops issuing and sending with the rule's text, and nothing is left half done.
Everyone else gets the Factur-X PDF alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.documents.model import InvoiceDocument
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.cases.attachments import attach
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Attachment, Blob
from invoicedesk.store.models.parties import Party

#: attachment kind of an issued document's e-invoice XML
EINVOICE_XML = "einvoice_xml"
XML_MIME = "application/xml"
Format = Literal["factur-x", "xrechnung-cii", "xrechnung-ubl"]
FORMATS: tuple[str, ...] = ("factur-x", "xrechnung-cii", "xrechnung-ubl")
#: what a customer may require (``""``: the Factur-X PDF is enough)
CUSTOMER_SYNTAXES: tuple[str, ...] = ("", "xrechnung-cii", "xrechnung-ubl")


def writer(fmt: str) -> Callable[[InvoiceDocument], bytes]:
    """The XML writer of a format (loaded on first use, like the PDF renderer)."""
    if fmt == "factur-x":
        from invoicedesk.documents.einvoice.cii import facturx_xml

        return facturx_xml
    if fmt == "xrechnung-cii":
        from invoicedesk.documents.einvoice.cii import xrechnung_xml

        return xrechnung_xml
    if fmt == "xrechnung-ubl":
        from invoicedesk.documents.einvoice.ubl import xrechnung_ubl

        return xrechnung_ubl
    raise ValidationError(
        "{fmt!r} is not an e-invoice format; use {items}.", fmt=fmt, items=", ".join(FORMATS)
    )


def einvoice_xml(doc: InvoiceDocument, fmt: str) -> bytes:
    """The XML of a document in ``fmt``; an XRechnung is checked with the official rules
    first (:class:`ValidationError` with the first fatal rule's text)."""
    xml = writer(fmt)(doc)
    if fmt.startswith("xrechnung"):
        from invoicedesk.documents.einvoice.xrechnung_check import require_valid

        require_valid(xml, doc.number)
    return xml


def attach_einvoice(
    session: Session, case: Case, doc: InvoiceDocument, party: Party | None, actor: Actor
) -> None:
    """Attach the XRechnung a customer requires to the issued case (nothing for others)."""
    fmt = (party.einvoice if party is not None else "") or ""
    if not fmt:
        return
    xml = einvoice_xml(doc, fmt)
    attach(session, case.id, f"{doc.number}.xml", xml, actor=actor, kind=EINVOICE_XML,
           mime_type=XML_MIME)  # fmt: skip


def mail_attachments(session: Session, case: Case, pdf_kind: str) -> list[tuple[str, str, str]]:
    """(file name, MIME type, sha256) of what an issued document's e-mail carries: the
    XRechnung XML first when there is one, then the PDF."""
    rows = session.execute(
        select(Attachment.filename, Attachment.mime_type, Attachment.blob_sha256, Attachment.kind)
        .where(Attachment.case_id == case.id, Attachment.kind.in_((EINVOICE_XML, pdf_kind)))
        .order_by(Attachment.id)
    ).all()
    if not any(r[3] == pdf_kind for r in rows):
        raise NotFound("Case {case_id} has no invoice PDF; it is not issued yet.", case_id=case.id)
    ordered = sorted(rows, key=lambda r: r[3] != EINVOICE_XML)
    return [(str(r[0]), str(r[1] or XML_MIME), str(r[2])) for r in ordered]


def stored_einvoice(session: Session, case_id: int) -> bytes | None:
    """The XRechnung XML stored with an issued case, if it has one."""
    return session.scalar(
        select(Blob.content)
        .join(Attachment, Attachment.blob_sha256 == Blob.sha256)
        .where(Attachment.case_id == case_id, Attachment.kind == EINVOICE_XML)
    )

