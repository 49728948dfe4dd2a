"""Factur-X (ZUGFeRD 2, profile EN16931) PDF: the rendered invoice with its CII XML embedded.

The ``factur-x`` library (``generate_from_file`` on an in-memory file) attaches
``factur-x.xml`` (AFRelationship *Data*), writes the PDF/A-3 XMP metadata with the Factur-X
extension schema and marks the file as PDF/A-3B. Before embedding, the XML is checked against
the EN16931 XSD with a schema cached for the process.
"""

from __future__ import annotations

from io import BytesIO

import facturx

from invoicedesk.documents.einvoice_validate import xsd_violations
from invoicedesk.documents.facturx_xml import facturx_xml
from invoicedesk.documents.labels import LOCALES, labels
from invoicedesk.documents.model import InvoiceDocument
from invoicedesk.documents.pdf_render import render_pdf
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
        raise ValidationError(f"The e-invoice XML of {doc.number} is invalid: {first.text}")
    title = f"{labels(doc.language)[doc.type_code]} {doc.number}"
    metadata = {
        "author": doc.seller.name,
        "keywords": "Factur-X, ZUGFeRD, EN 16931, Invoice",
        "title": title,
        "subject": f"{title} – {doc.seller.name} – {doc.buyer.name}",
    }
    buffer = _RewriteBuffer(pdf)
    facturx.generate_from_file(
        buffer,
        xml,
        flavor="factur-x",
        level="en16931",
        check_xsd=False,
        pdf_metadata=metadata,
        lang=LOCALES[doc.language].replace("_", "-"),
    )
    return buffer.getvalue()


class _RewriteBuffer(BytesIO):
    """The PDF handed to ``facturx.generate_from_file``: read by pypdf, then rewritten in place.

    ``generate_from_binary`` (factur-x 7.8 with pypdf 6) writes the new PDF at the position
    where pypdf stopped reading, leaving part of the old file in front of the new one (twice
    the size and a wrong header). Here the first write starts the file afresh; it also spares
    the temporary file on disk.
    """

    def write(self, data: bytes) -> int:  # type: ignore[override]
        """First write: empty the buffer, then hand later writes straight to ``BytesIO``."""
        self.seek(0)
        self.truncate()
        self.write = super().write  # type: ignore[method-assign, assignment]
        return self.write(data)
