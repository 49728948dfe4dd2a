"""Every e-invoice of the shared data set is read exactly; invalid ones never crash."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from lxml import etree

from invoicedesk.documents.intake.readout import read_document

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
EINVOICE = DATA / "einvoice"
pytestmark = pytest.mark.skipif(
    not EINVOICE.is_dir(), reason=f"shared test data missing: {EINVOICE}"
)

RAM12 = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
UDT15 = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15"
RAM100 = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT100 = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"

SUM1 = "//ram:ApplicableSupplyChainTradeSettlement/ram:SpecifiedTradeSettlementMonetarySummation"
SUM_RC = "//ApplicableSupplyChainTradeSettlement/SpecifiedTradeSettlementMonetarySummation"
SELLER_VA = "//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"
UBL_SELLER = "/*/cac:AccountingSupplierParty/cac:Party"
CII_NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": RAM100,
    "udt": UDT100,
}

# Independent XPaths per syntax: (namespaces, {value: xpath}).
SYNTAX = {
    "cii": (
        {
            "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
            "ram": RAM100,
            "udt": UDT100,
        },
        {
            "invoice_number": "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID",
            "invoice_date": "//rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString",
            "due_date": "//ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString",
            "currency": "//ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode",
            "net": "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxBasisTotalAmount",
            "gross": "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount",
            "supplier_vat_id": SELLER_VA,
        },
    ),
    "zf1": (
        {"rsm": "urn:ferd:CrossIndustryDocument:invoice:1p0", "ram": RAM12, "udt": UDT15},
        {
            "invoice_number": "/rsm:CrossIndustryDocument/rsm:HeaderExchangedDocument/ram:ID",
            "invoice_date": "//rsm:HeaderExchangedDocument/ram:IssueDateTime/udt:DateTimeString",
            "due_date": "//ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString",
            "currency": "//ram:ApplicableSupplyChainTradeSettlement/ram:InvoiceCurrencyCode",
            "net": f"{SUM1}/ram:TaxBasisTotalAmount",
            "gross": f"{SUM1}/ram:GrandTotalAmount",
            "supplier_vat_id": SELLER_VA,
        },
    ),
    "zf1rc": (  # ZUGFeRD 1.0 release candidate: unqualified child elements
        {"rsm": "urn:un:unece:uncefact:data:standard:CBFBUY:5"},
        {
            "invoice_number": "/rsm:Invoice/rsm:HeaderExchangedDocument/ID",
            "invoice_date": "/rsm:Invoice/rsm:HeaderExchangedDocument/IssueDateTime",
            "due_date": "//SpecifiedTradePaymentTerms/DueDateDateTime",
            "currency": "//ApplicableSupplyChainTradeSettlement/InvoiceCurrencyCode",
            "net": f"{SUM_RC}/TaxBasisTotalAmount",
            "gross": f"{SUM_RC}/GrandTotalAmount",
            "supplier_vat_id": "//SellerTradeParty/SpecifiedTaxRegistration/ID[@schemeID='VA']",
        },
    ),
    "ubl": (
        {"cbc": CBC, "cac": CAC},
        {
            "invoice_number": "/*/cbc:ID",
            "invoice_date": "/*/cbc:IssueDate",
            "due_date": "/*/cbc:DueDate | /*/cac:PaymentMeans/cbc:PaymentDueDate",
            "currency": "/*/cbc:DocumentCurrencyCode",
            "net": "/*/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount",
            "gross": "/*/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount",
            "supplier_vat_id": f"{UBL_SELLER}/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']"
            "/cbc:CompanyID",
        },
    ),
}
GUIDELINE = "//*[local-name()='GuidelineSpecifiedDocumentContextParameter']/*[local-name()='ID']"


def _files() -> list[Path]:
    if not EINVOICE.is_dir():
        return []
    return sorted(
        p for p in EINVOICE.rglob("*") if p.suffix in (".pdf", ".xml") and "invalid" not in p.parts
    )


def _xml_of(path: Path) -> bytes:
    if path.suffix == ".xml":
        return path.read_bytes()
    attachments = pypdf.PdfReader(path).attachments
    name = next(n for n in attachments if n.lower().endswith(".xml"))
    return attachments[name][0]


def _syntax(root: etree._Element) -> str:
    namespace = etree.QName(root).namespace or ""
    if "CrossIndustryInvoice" in namespace:
        return "cii"
    if namespace.startswith("urn:ferd:"):
        return "zf1"
    if "CBFBUY" in namespace:
        return "zf1rc"
    return "ubl"


def _normal(key: str, text: str | None) -> object:
    if text is None or not text.strip():
        return None
    text = text.strip()
    if key.endswith("_date"):
        digits = text.replace("-", "")
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    if key in ("net", "gross"):
        return Decimal(text)
    return text


def _expected_profile(name: str) -> str | None:
    low = name.lower().replace("-", "").replace("_", "")
    for marker, profile in (
        ("minimum", "MINIMUM"),
        ("basicwl", "BASIC WL"),
        ("xrechnung", "XRECHNUNG"),
        ("testoutxr", "XRECHNUNG"),
        ("ctcfr", "EXTENDED-CTC-FR"),
        ("extended", "EXTENDED"),
        ("comfort", "COMFORT"),
        ("en16931", "EN16931"),
        ("basic", "BASIC"),
    ):
        if marker in low:
            return profile
    return None


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_einvoice_read_exactly(path: Path) -> None:
    """Header values equal those read from the XML with plain XPath."""
    result = read_document(path.read_bytes(), path.name)
    assert result.ok, result.error
    assert result.einvoice is not None
    root = etree.fromstring(_xml_of(path).lstrip(b"\xef\xbb\xbf"))
    namespaces, paths = SYNTAX[_syntax(root)]
    for key, xpath in paths.items():
        hits = root.xpath(xpath, namespaces=namespaces)
        expected = _normal(key, hits[0].text if hits else None)
        found = result.value(key)
        if expected is None:
            continue
        if isinstance(expected, date):
            assert found == expected.isoformat(), key
        elif isinstance(expected, Decimal):
            assert found is not None and Decimal(found) == expected, key
        else:
            assert found == expected, key
    profile = _expected_profile(path.name)
    if profile:
        assert result.einvoice.profile == profile
    guideline = root.xpath(GUIDELINE)
    if guideline and "minimum" in (guideline[0].text or ""):
        assert result.einvoice.profile == "MINIMUM"
    full = result.einvoice.profile not in ("MINIMUM", "BASIC WL")
    assert result.einvoice.is_full_invoice is full
    if result.einvoice.profile in ("EN16931", "EXTENDED", "XRECHNUNG"):
        assert result.einvoice.lines, "full profiles carry lines"


def test_versions_and_attachment_names() -> None:
    """Versions follow the guideline ID and the embedded file name; a BOM does not matter."""
    zugferd = EINVOICE / "zugferd"
    expectations = {
        "ZUGFeRD_1p0_COMFORT_Einfach.pdf": ("ZUGFeRD 1.0", "COMFORT", "ZUGFeRD-invoice.xml"),
        "zugferd_2p0_BASIC_Einfach.pdf": ("ZUGFeRD 2.0", "BASIC", "zugferd-invoice.xml"),
        "Facture_FR_BASICWL.pdf": ("Factur-X 1.0", "BASIC WL", "factur-x.xml"),
        "MustangGnuaccountingBeispielRE-20201121_508_withBOM.pdf": (
            "Factur-X 1.0",
            "EN16931",
            "factur-x.xml",
        ),
    }
    for name, (version, profile, attachment) in expectations.items():
        result = read_document((zugferd / name).read_bytes(), name)
        assert result.einvoice is not None, name
        assert (result.einvoice.version, result.einvoice.profile) == (version, profile)
        assert result.einvoice.attachment_name == attachment
        assert result.einvoice.xml.lstrip(b"\xef\xbb\xbf").startswith(b"<?xml")
    plain = read_document(
        (zugferd / "MustangGnuaccountingBeispielRE-20201121_508.pdf").read_bytes(), "x.pdf"
    )
    bom = read_document(
        (zugferd / "MustangGnuaccountingBeispielRE-20201121_508_withBOM.pdf").read_bytes(), "y.pdf"
    )
    assert plain.fields == bom.fields


def test_ubl_credit_note_and_xrechnung() -> None:
    """A UBL credit note is read with its type code and lines; XRechnung CII is flagged."""
    credit = EINVOICE / "xml-rechnung" / "ubl-tc434-creditnote1.xml"
    result = read_document(credit.read_bytes(), credit.name)
    assert result.einvoice is not None and result.einvoice.syntax == "UBL"
    assert result.einvoice.type_code == "381" and result.einvoice.lines
    xr = EINVOICE / "drafthorse" / "zugferd_2p3_XRECHNUNG_Einfach.xml"
    result = read_document(xr.read_bytes(), xr.name)
    assert result.einvoice is not None
    assert (result.einvoice.version, result.einvoice.profile) == ("XRechnung", "XRECHNUNG")
    assert result.value("buyer_reference") == "04011000-12345-34"
    assert result.value("iban") == "DE02120300000000202051"


@pytest.mark.parametrize(
    "path",
    sorted((EINVOICE / "invalid").glob("*.*")) if EINVOICE.is_dir() else [],
    ids=lambda p: p.name,
)
def test_invalid_einvoices_never_crash(path: Path) -> None:
    """Invalid e-invoices end ok=False with a reason, or ok=True for the validator."""
    result = read_document(path.read_bytes(), path.name)
    if result.ok:
        assert result.einvoice is not None or result.notes
    else:
        assert result.error and result.error.endswith(".")


def test_order_x_is_refused() -> None:
    """An Order-X order is refused with a clear sentence."""
    order = EINVOICE / "invalid" / "order-x-basic.xml"
    result = read_document(order.read_bytes(), order.name)
    assert not result.ok
    assert result.error == "This XML is an order, not an invoice."


def test_broken_embedded_xml_falls_back_to_page_text() -> None:
    """A PDF whose XML is broken is read from its printed page, with a note saying so."""
    path = EINVOICE / "invalid" / "factur-x-invalid-xml-encoding-attribute.pdf"
    result = read_document(path.read_bytes(), path.name)
    assert result.ok and result.einvoice is None and result.has_text
    assert any("cannot be used" in note for note in result.notes)
