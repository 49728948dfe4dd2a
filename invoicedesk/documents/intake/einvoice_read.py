"""Exact read-out of structured e-invoices: ZUGFeRD 1.0, ZUGFeRD 2.x / Factur-X CII, UBL 2.1.

XML with a document type declaration is refused before lxml sees it
(:mod:`invoicedesk.documents.xml_guard`); the rest is parsed with entity resolution and network
access switched off. Paths are
matched by local element names, so ZUGFeRD 1.0 (with and without namespace prefixes), CII and
UBL share one small path helper.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from lxml import etree

from invoicedesk.documents.xml_guard import XmlRefused, refuse_doctype

from .result import EInvoice, ExtractedField, empty_fields
from .values import normalize_amount, valid_iban

EINVOICE_ATTACHMENTS = (
    "factur-x.xml",
    "zugferd-invoice.xml",
    "ZUGFeRD-invoice.xml",
    "xrechnung.xml",
    "order-x.xml",
)
NS_ZUGFERD1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"
NS_CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
NS_UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_UBL_CREDIT = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
_BOM = b"\xef\xbb\xbf"


class EInvoiceError(ValueError):
    """The XML cannot be used as an invoice; ``str(error)`` is a sentence for a clerk."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True
    )


def _xp(path: str) -> str:
    return "/".join(
        f"*[local-name()='{step}']" if step not in (".", "..") else step for step in path.split("/")
    )


def _all(node: etree._Element | None, *paths: str) -> list[etree._Element]:
    if node is None:
        return []
    for path in paths:
        found = node.xpath(_xp(path))
        if found:
            return list(found)
    return []


def _one(node: etree._Element | None, *paths: str) -> etree._Element | None:
    found = _all(node, *paths)
    return found[0] if found else None


def _text(node: etree._Element | None, *paths: str) -> str | None:
    """Return the stripped text of the first non-empty element matching one of ``paths``."""
    if node is None:
        return None
    for path in paths:
        for element in node.xpath(_xp(path)):
            text = (element.text or "").strip()
            if text:
                return text
    return None


def _date(node: etree._Element | None, *paths: str) -> str | None:
    """Return an ISO date from a CII ``DateTimeString`` (format 102) or a UBL ``xs:date``."""
    element = _one(node, *paths)
    if element is None:
        return None
    inner = _one(element, "DateTimeString")
    raw = ((inner if inner is not None else element).text or "").strip()
    digits = raw.replace("-", "")[:8]
    try:
        if len(digits) == 8 and digits.isdigit():
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
    except ValueError:
        return None
    return None


def strip_bom(data: bytes) -> bytes:
    """Remove a UTF-8 byte-order mark and leading whitespace before the XML declaration."""
    data = data.lstrip()
    while data.startswith(_BOM):
        data = data[len(_BOM) :].lstrip()
    return data


def parse_xml(data: bytes) -> etree._Element:
    """Parse untrusted XML bytes safely; raise :class:`EInvoiceError` when it is broken or
    declares a document type."""
    data = strip_bom(data)
    try:
        refuse_doctype(data)
    except XmlRefused as exc:
        raise EInvoiceError(exc.message) from None
    try:
        return etree.parse(io.BytesIO(data), _parser()).getroot()
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise EInvoiceError(f"The e-invoice XML is broken and cannot be read ({exc}).") from exc


def read_einvoice(
    data: bytes, attachment_name: str | None = None
) -> tuple[EInvoice, dict[str, ExtractedField]]:
    """Read an e-invoice XML exactly.

    Returns the :class:`EInvoice` and the header fields (source ``'xml'``, confidence 1).
    Raises :class:`EInvoiceError` for broken XML, orders and other non-invoice XML.
    """
    root = parse_xml(data)
    name = etree.QName(root).localname
    namespace = etree.QName(root).namespace or ""
    if "order" in name.lower() or name == "SCRDMCCBDACIOMessageStructure":
        raise EInvoiceError("This XML is an order, not an invoice.")
    if name in ("CrossIndustryInvoice", "CrossIndustryDocument") or (
        name == "Invoice" and "CBFBUY" in namespace
    ):
        return _read_cii(root, data, attachment_name)
    if name in ("Invoice", "CreditNote") and namespace in (NS_UBL_INVOICE, NS_UBL_CREDIT):
        return _read_ubl(root, data, attachment_name)
    raise EInvoiceError(f"This XML is not an invoice that can be read (root element {name}).")


def _cii_profile(guideline: str) -> tuple[str, str]:
    """Map a CII guideline ID to ``(version, profile)``."""
    low = guideline.lower()
    if low.startswith("urn:ferd:"):
        tail = low.rsplit(":", 1)[-1]
        profile = {"komfort": "COMFORT"}.get(tail, tail.upper())
        return "ZUGFeRD 1.0", profile
    if "xrechnung" in low:
        return "XRechnung", "XRECHNUNG"
    version = "ZUGFeRD 2.0" if "zugferd.de:2p0" in low else "Factur-X 1.0"
    for marker, profile in (
        ("basicwl", "BASIC WL"),
        ("minimum", "MINIMUM"),
        ("extended", "EXTENDED"),
        ("basic", "BASIC"),
    ):
        if low.endswith(marker):
            return version, profile
    return version, "EN16931"


def _read_cii(
    root: etree._Element, data: bytes, attachment_name: str | None
) -> tuple[EInvoice, dict[str, ExtractedField]]:
    guideline = _text(
        root,
        "ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID",
        "SpecifiedExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID",
    )
    version, profile = _cii_profile(guideline or "")
    if "order-x" in (guideline or "").lower():
        raise EInvoiceError("This XML is an order, not an invoice.")
    if version == "Factur-X 1.0" and (attachment_name or "").lower() == "zugferd-invoice.xml":
        version = "ZUGFeRD 2.0"
    doc = _one(root, "ExchangedDocument", "HeaderExchangedDocument")
    trade = _one(root, "SupplyChainTradeTransaction", "SpecifiedSupplyChainTradeTransaction")
    agreement = _one(trade, "ApplicableHeaderTradeAgreement", "ApplicableSupplyChainTradeAgreement")
    settlement = _one(
        trade, "ApplicableHeaderTradeSettlement", "ApplicableSupplyChainTradeSettlement"
    )
    totals = _one(
        settlement,
        "SpecifiedTradeSettlementHeaderMonetarySummation",
        "SpecifiedTradeSettlementMonetarySummation",
    )
    seller = _one(agreement, "SellerTradeParty")
    currency = _text(settlement, "InvoiceCurrencyCode")
    values = {
        "supplier_name": _text(seller, "Name"),
        "supplier_vat_id": _vat_id(seller),
        "invoice_number": _text(doc, "ID"),
        "invoice_date": _date(doc, "IssueDateTime"),
        "due_date": _date(settlement, "SpecifiedTradePaymentTerms/DueDateDateTime"),
        "currency": currency,
        "net": normalize_amount(_text(totals, "TaxBasisTotalAmount", "LineTotalAmount")),
        "tax": normalize_amount(_tax_total(totals, currency)),
        "gross": normalize_amount(_text(totals, "GrandTotalAmount", "DuePayableAmount")),
        "iban": _iban(
            _all(settlement, "SpecifiedTradeSettlementPaymentMeans"),
            "PayeePartyCreditorFinancialAccount/IBANID",
        ),
        "payment_reference": _text(settlement, "PaymentReference"),
        "buyer_reference": _text(agreement, "BuyerReference"),
    }
    lines = [_cii_line(item) for item in _all(trade, "IncludedSupplyChainTradeLineItem")]
    address = _one(seller, "PostalTradeAddress")
    details = _details(
        [
            _text(address, "LineOne"),
            _line(_text(address, "PostcodeCode"), _text(address, "CityName")),
        ],
        _text(address, "CountryID"),
        _text(_one(agreement, "BuyerTradeParty"), "Name"),
        [_text(note, "Content") for note in _all(doc, "IncludedNote")],
    )
    einvoice = EInvoice(
        syntax="CII",
        version=version,
        profile=profile,
        is_full_invoice=profile not in ("MINIMUM", "BASIC WL"),
        type_code=_text(doc, "TypeCode"),
        attachment_name=attachment_name,
        lines=lines,
        xml=data,
        details=details,
    )
    return einvoice, _as_fields(values)


def _line(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _details(
    address: list[str | None], country: str | None, buyer: str | None, notes: list[str | None]
) -> dict[str, Any]:
    """The editor's details of an e-invoice: the seller's address, the buyer, the notes."""
    return {
        "supplier": {"address": [a for a in address if a], "country": country},
        "buyer_names": [buyer] if buyer else [],
        "notes": [n for n in notes if n][:20],
    }


def _vat_id(seller: etree._Element | None) -> str | None:
    if seller is None:
        return None
    for element in _all(seller, "SpecifiedTaxRegistration/ID"):
        if element.get("schemeID") == "VA" and (element.text or "").strip():
            return str(element.text).strip()
    return None


def _tax_total(totals: etree._Element | None, currency: str | None) -> str | None:
    """BT-110: the ``TaxTotalAmount`` in the invoice currency (a second one may be BT-111)."""
    elements = _all(totals, "TaxTotalAmount")
    for element in elements:
        if element.get("currencyID") in (None, currency) and (element.text or "").strip():
            return str(element.text)
    return str(elements[0].text) if elements and elements[0].text else None


def _iban(means: Sequence[etree._Element], path: str) -> str | None:
    for mean in means:
        raw = _text(mean, path)
        if raw:
            return valid_iban(raw) or raw.replace(" ", "")
    return None


def _cii_line(item: etree._Element) -> dict[str, str | None]:
    quantity = _one(
        item,
        "SpecifiedLineTradeDelivery/BilledQuantity",
        "SpecifiedSupplyChainTradeDelivery/BilledQuantity",
    )
    return {
        "description": _text(item, "SpecifiedTradeProduct/Name"),
        "quantity": (quantity.text or "").strip() if quantity is not None else None,
        "unit": quantity.get("unitCode") if quantity is not None else None,
        "unit_price": _text(
            item,
            "SpecifiedLineTradeAgreement/NetPriceProductTradePrice/ChargeAmount",
            "SpecifiedSupplyChainTradeAgreement/NetPriceProductTradePrice/ChargeAmount",
        ),
        "net": _text(
            item,
            "SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount",
            "SpecifiedSupplyChainTradeSettlement/SpecifiedTradeSettlementMonetarySummation/LineTotalAmount",
        ),
        "vat_rate": _text(
            item,
            "SpecifiedLineTradeSettlement/ApplicableTradeTax/RateApplicablePercent",
            "SpecifiedSupplyChainTradeSettlement/ApplicableTradeTax/ApplicablePercent",
        ),
    }


def _ubl_profile(customization: str) -> tuple[str, str]:
    low = customization.lower()
    if "xrechnung" in low:
        return "XRechnung", "XRECHNUNG"
    if "peppol" in low:
        return "PEPPOL BIS 3.0", "EN16931"
    if "extended" in low:
        return "UBL 2.1", low.rsplit(":", 1)[-1].upper()
    return "UBL 2.1", "EN16931"


def _read_ubl(
    root: etree._Element, data: bytes, attachment_name: str | None
) -> tuple[EInvoice, dict[str, ExtractedField]]:
    credit = etree.QName(root).localname == "CreditNote"
    version, profile = _ubl_profile(_text(root, "CustomizationID") or "")
    supplier = _one(root, "AccountingSupplierParty/Party")
    currency = _text(root, "DocumentCurrencyCode")
    totals = _one(root, "LegalMonetaryTotal")
    vat_id = None
    for scheme in _all(supplier, "PartyTaxScheme"):
        if (_text(scheme, "TaxScheme/ID") or "VAT").upper() == "VAT":
            vat_id = _text(scheme, "CompanyID")
            break
    means = _all(root, "PaymentMeans")
    values = {
        "supplier_name": _text(supplier, "PartyLegalEntity/RegistrationName", "PartyName/Name"),
        "supplier_vat_id": vat_id,
        "invoice_number": _text(root, "ID"),
        "invoice_date": _date(root, "IssueDate"),
        "due_date": _date(root, "DueDate", "PaymentMeans/PaymentDueDate"),
        "currency": currency,
        "net": normalize_amount(_text(totals, "TaxExclusiveAmount", "LineExtensionAmount")),
        "tax": normalize_amount(_ubl_tax(root, currency)),
        "gross": normalize_amount(_text(totals, "TaxInclusiveAmount", "PayableAmount")),
        "iban": _iban(means, "PayeeFinancialAccount/ID"),
        "payment_reference": next(
            (_text(m, "PaymentID") for m in means if _text(m, "PaymentID")), None
        ),
        "buyer_reference": _text(root, "BuyerReference"),
    }
    line_tag = "CreditNoteLine" if credit else "InvoiceLine"
    quantity_tag = "CreditedQuantity" if credit else "InvoicedQuantity"
    lines = []
    for item in _all(root, line_tag):
        quantity = _one(item, quantity_tag)
        lines.append(
            {
                "description": _text(item, "Item/Name"),
                "quantity": (quantity.text or "").strip() if quantity is not None else None,
                "unit": quantity.get("unitCode") if quantity is not None else None,
                "unit_price": _text(item, "Price/PriceAmount"),
                "net": _text(item, "LineExtensionAmount"),
                "vat_rate": _text(item, "Item/ClassifiedTaxCategory/Percent"),
            }
        )
    postal = _one(supplier, "PostalAddress")
    buyer = _one(root, "AccountingCustomerParty/Party")
    details = _details(
        [
            _text(postal, "StreetName"),
            _line(_text(postal, "PostalZone"), _text(postal, "CityName")),
        ],
        _text(postal, "Country/IdentificationCode"),
        _text(buyer, "PartyLegalEntity/RegistrationName", "PartyName/Name"),
        [note.text for note in _all(root, "Note")],
    )
    einvoice = EInvoice(
        syntax="UBL",
        version=version,
        profile=profile,
        is_full_invoice=True,
        type_code=_text(root, "CreditNoteTypeCode" if credit else "InvoiceTypeCode"),
        attachment_name=attachment_name,
        lines=lines,
        xml=data,
        details=details,
    )
    return einvoice, _as_fields(values)


def _ubl_tax(root: etree._Element, currency: str | None) -> str | None:
    """BT-110: the document-level ``TaxTotal/TaxAmount`` in the document currency."""
    for element in _all(root, "TaxTotal/TaxAmount"):
        if element.get("currencyID") in (None, currency) and (element.text or "").strip():
            return str(element.text)
    return None


def _as_fields(values: dict[str, str | None]) -> dict[str, ExtractedField]:
    fields = empty_fields()
    for key, value in values.items():
        fields[key] = ExtractedField(value, 1.0, "xml") if value else ExtractedField(None)
    return fields


def find_embedded_xml(reader: object) -> tuple[str, bytes] | None:
    """Return ``(name, bytes)`` of the e-invoice XML embedded in a ``pypdf.PdfReader``."""
    attachments: dict[str, list[bytes]] = getattr(reader, "attachments", {}) or {}
    by_lower = {name.lower(): name for name in attachments}
    for wanted in EINVOICE_ATTACHMENTS:
        name = by_lower.get(wanted.lower())
        if name and attachments[name]:
            return name, attachments[name][0]
    for name, contents in attachments.items():
        if name.lower().endswith(".xml") and contents and b"CrossIndustry" in contents[0][:4000]:
            return name, contents[0]
    return None
