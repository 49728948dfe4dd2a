"""Factur-X (ZUGFeRD 2, profile EN16931) PDF: the rendered invoice with its CII XML embedded.

The ``factur-x`` library's embedding routine attaches ``factur-x.xml`` (AFRelationship
*Data*), writes the PDF/A-3 XMP metadata with the Factur-X extension schema and marks the file
as PDF/A-3B; :mod:`invoicedesk.documents.pdf.pdfa` adds the sRGB output intent and aligns the Info
dictionary with the XMP. Before embedding, the XML is checked against
the EN16931 XSD with a schema cached for the process.
"""

from __future__ import annotations

from io import BytesIO

from facturx.facturx import _facturx_update_metadata_add_attachment
from pypdf import PdfWriter

from invoicedesk.documents.einvoice.cii import facturx_xml
from invoicedesk.documents.einvoice.validate import xsd_violations
from invoicedesk.documents.formats import DOCUMENT_LOCALES
from invoicedesk.documents.labels import labels
from invoicedesk.documents.model import InvoiceDocument
from invoicedesk.documents.pdf.pdfa import add_output_intent, align_info_with_xmp
from invoicedesk.documents.pdf.render import render_pdf
from invoicedesk.domain.errors import ValidationError


def invoice_xml(doc: InvoiceDocument) -> bytes:
    """The Factur-X EN16931 CII XML of a document (what is embedded in its PDF)."""
    return facturx_xml(doc)


def render_invoice_pdf(doc: InvoiceDocument) -> bytes:
    """Render the document and embed its Factur-X XML; returns the PDF/A-3 bytes.

    Raises :class:`~invoicedesk.domain.errors.ValidationError` if the XML does not match the
    schema (which would be a bug in the XML writer, not a user error).
    """
    pdf = render_pdf(doc)
    xml = facturx_xml(doc)
    problems = xsd_violations(xml)
    if problems:
        first = problems[0]
        raise ValidationError(
            "The e-invoice XML of {doc_number} is invalid: {first_text}",
            doc_number=doc.number,
            first_text=first.text,
        )
    title = f"{labels(doc.language)[doc.type_code]} {doc.number}"
    metadata = {
        "author": doc.seller.name,
        "title": title,
        "subject": f"{title} – {doc.seller.name} – {doc.buyer.name}",
    }
    return embed_facturx(pdf, xml, metadata, DOCUMENT_LOCALES[doc.language].replace("_", "-"))


def embed_facturx(pdf: bytes, xml: bytes, metadata: dict[str, str], lang: str) -> bytes:
    """Attach the XML as ``factur-x.xml`` with factur-x's own routine (AFRelationship, XMP
    with the Factur-X extension schema, PDF/A-3B identification), add the sRGB output intent,
    align the Info dictionary with the XMP, and write the file once.

    This is what ``facturx.generate_from_file`` does, minus its file handling, plus the two
    PDF/A parts it leaves out (:mod:`invoicedesk.documents.pdf.pdfa`).
    """
    writer = PdfWriter(clone_from=BytesIO(pdf))
    writer._header = b"%PDF-1.6"
    _facturx_update_metadata_add_attachment(
        writer, xml, dict(metadata), "factur-x", "en16931", lang=lang
    )
    add_output_intent(writer)
    align_info_with_xmp(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
