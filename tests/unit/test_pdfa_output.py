"""PDF/A-3 parts of the invoice PDF that factur-x leaves out, and RFC 2047 subject words."""

from __future__ import annotations

import io
import re
from email import message_from_bytes, policy

import pypdf
import pytest
from PIL import ImageCms

from invoicedesk.documents.einvoice.facturx import render_invoice_pdf
from invoicedesk.documents.pdf.pdfa import SRGB_IDENTIFIER, srgb_profile
from invoicedesk.documents.samples import sample_invoice
from invoicedesk.mail.compose import _header


def test_invoice_pdf_has_srgb_output_intent_and_consistent_metadata() -> None:
    pdf = render_invoice_pdf(sample_invoice(3, "de", seed=1))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.pdf_header == "%PDF-1.6"
    intents = reader.trailer["/Root"]["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == SRGB_IDENTIFIER
    stream = intent["/DestOutputProfile"].get_object()
    assert stream["/N"] == 3 and stream.get_data() == srgb_profile()
    profile = ImageCms.ImageCmsProfile(io.BytesIO(srgb_profile()))
    assert profile.profile.xcolor_space.strip() == "RGB"
    xmp = reader.xmp_metadata.stream.get_data().decode()  # type: ignore[union-attr]
    assert "<pdfaid:part>3</pdfaid:part>" in xmp and "<pdfaid:conformance>B" in xmp
    info = reader.metadata
    assert info is not None
    # every Info entry has its XMP twin with the same value (ISO 19005-3, 6.6.2.3)
    producer = re.search(r"<pdf:Producer>(.*?)</pdf:Producer>", xmp)
    assert producer and info["/Producer"] == producer.group(1)
    assert "/Keywords" not in info and "/Trapped" not in info
    assert info["/Title"] == "Rechnung " + sample_invoice(3, "de", seed=1).number
    assert set(info) <= {"/Author", "/CreationDate", "/Creator", "/ModDate", "/Producer",
                         "/Subject", "/Title"}  # fmt: skip
    names = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    assert names[0] == "factur-x.xml"


@pytest.mark.parametrize(
    "subject",
    ["Rechnung RE-1 von Müller & Söhne GmbH", "ä" * 80, "x" * 30 + "€" * 40 + " ĳ"],
)
def test_encoded_subject_words_round_trip(subject: str) -> None:
    line = _header("Subject", subject)
    assert line.isascii() and all(len(part) <= 78 for part in line.split(b"\r\n"))
    msg = message_from_bytes(line + b"\r\n", policy=policy.default)
    assert msg["Subject"] == subject
