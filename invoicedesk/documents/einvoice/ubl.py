"""EN 16931 UBL 2.1 XML (Invoice-2 and CreditNote-2) in the XRechnung 3.0 customisation.

The same document the CII writer (:mod:`invoicedesk.documents.einvoice.cii`) serialises, in
the element order of the UBL 2.1 schema; amounts come from the document's totals (nothing is
recalculated here), texts and codes are shared with the CII writer.
"""

from __future__ import annotations

from datetime import date

from lxml import etree

from invoicedesk.documents.einvoice.cii import (
    EXEMPTION_CODES,
    GUIDELINE_XRECHNUNG_30,
    NEEDS_REASON,
    PEPPOL_BILLING_PROCESS,
    _amount,
    _plain,
    payment_terms_text,
    require_xrechnung_data,
)
from invoicedesk.documents.model import Buyer, DocumentLine, InvoiceDocument, Seller
from invoicedesk.domain.money import round_cents

CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Append ``cbc:Name`` / ``cac:Name`` with optional text and attributes."""
    prefix, local = tag.split(":")
    child = etree.SubElement(parent, f"{{{CBC if prefix == 'cbc' else CAC}}}{local}", attrs or None)
    if text is not None:
        child.text = text
    return child


def _money(parent: etree._Element, tag: str, value: object, currency: str) -> None:
    _el(parent, tag, _amount(value), currencyID=currency)  # type: ignore[arg-type]


def _iso(value: date) -> str:
    return value.isoformat()


def _address(parent: etree._Element, street: str, line2: str, postal: str, city: str,
             country: str, tag: str = "cac:PostalAddress") -> None:  # fmt: skip
    address = _el(parent, tag)
    _el(address, "cbc:StreetName", street)
    if line2:
        _el(address, "cbc:AdditionalStreetName", line2)
    _el(address, "cbc:CityName", city)
    _el(address, "cbc:PostalZone", postal)
    _el(_el(address, "cac:Country"), "cbc:IdentificationCode", country.upper())


def _tax_scheme(parent: etree._Element, company_id: str, scheme: str) -> None:
    tax = _el(parent, "cac:PartyTaxScheme")
    _el(tax, "cbc:CompanyID", company_id)
    _el(_el(tax, "cac:TaxScheme"), "cbc:ID", scheme)


def _seller(parent: etree._Element, seller: Seller, vat_ids: bool) -> None:
    party = _el(_el(parent, "cac:AccountingSupplierParty"), "cac:Party")
    if seller.email:
        _el(party, "cbc:EndpointID", seller.email, schemeID="EM")
    _el(_el(party, "cac:PartyName"), "cbc:Name", seller.name)
    _address(party, seller.street, "", seller.postal_code, seller.city, seller.country)
    if seller.vat_id and vat_ids:
        _tax_scheme(party, seller.vat_id, "VAT")
    if seller.tax_number:
        _tax_scheme(party, seller.tax_number, "FC")
    legal = _el(party, "cac:PartyLegalEntity")
    _el(legal, "cbc:RegistrationName", seller.name)
    if seller.register_number:
        _el(legal, "cbc:CompanyID", seller.register_number)
    contact = _el(party, "cac:Contact")
    _el(contact, "cbc:Name", seller.managing_director or seller.name)
    if seller.phone:
        _el(contact, "cbc:Telephone", seller.phone)
    if seller.email:
        _el(contact, "cbc:ElectronicMail", seller.email)


def _buyer(parent: etree._Element, buyer: Buyer, vat_ids: bool) -> None:
    party = _el(_el(parent, "cac:AccountingCustomerParty"), "cac:Party")
    if buyer.email:
        _el(party, "cbc:EndpointID", buyer.email, schemeID="EM")
    if buyer.customer_number:
        _el(_el(party, "cac:PartyIdentification"), "cbc:ID", buyer.customer_number)
    _el(_el(party, "cac:PartyName"), "cbc:Name", buyer.name)
    _address(party, buyer.street, buyer.address_line2, buyer.postal_code, buyer.city,
             buyer.country)  # fmt: skip
    if buyer.vat_id and vat_ids:
        _tax_scheme(party, buyer.vat_id, "VAT")
    _el(_el(party, "cac:PartyLegalEntity"), "cbc:RegistrationName", buyer.name)
    if buyer.contact:
        _el(_el(party, "cac:Contact"), "cbc:Name", buyer.contact)


def _category(parent: etree._Element, tag: str, code: str, rate: object,
              reason: str | None = None) -> None:  # fmt: skip
    category = _el(parent, tag)
    _el(category, "cbc:ID", code)
    if code != "O" or tag == "cac:TaxCategory":  # BT-119 always (BR-DE-14), BT-152 not for O
        _el(category, "cbc:Percent", _plain(rate))  # type: ignore[arg-type]
    if reason is not None:
        if code in EXEMPTION_CODES:
            _el(category, "cbc:TaxExemptionReasonCode", EXEMPTION_CODES[code])
        _el(category, "cbc:TaxExemptionReason", reason)
    _el(_el(category, "cac:TaxScheme"), "cbc:ID", "VAT")


def _line(parent: etree._Element, line: DocumentLine, doc: InvoiceDocument) -> None:
    credit = doc.is_credit_note
    item_tag = "cac:CreditNoteLine" if credit else "cac:InvoiceLine"
    row = _el(parent, item_tag)
    _el(row, "cbc:ID", str(line.position))
    quantity_tag = "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity"
    _el(row, quantity_tag, _plain(line.quantity), unitCode=line.unit)
    _money(row, "cbc:LineExtensionAmount", line.net, doc.currency)
    if line.period_start and line.period_end:
        period = _el(row, "cac:InvoicePeriod")
        _el(period, "cbc:StartDate", _iso(line.period_start))
        _el(period, "cbc:EndDate", _iso(line.period_end))
    if line.discount_percent:
        basis = line.quantity * line.unit_price
        allowance = _el(row, "cac:AllowanceCharge")
        _el(allowance, "cbc:ChargeIndicator", "false")
        _el(allowance, "cbc:AllowanceChargeReasonCode", "95")
        _el(allowance, "cbc:AllowanceChargeReason", "Discount")
        _el(allowance, "cbc:MultiplierFactorNumeric", _plain(line.discount_percent))
        _money(allowance, "cbc:Amount", round_cents(basis) - line.net, doc.currency)
        _money(allowance, "cbc:BaseAmount", basis, doc.currency)
    item = _el(row, "cac:Item")
    name, _, rest = line.description.partition("\n")
    if rest.strip():
        _el(item, "cbc:Description", rest.strip())
    _el(item, "cbc:Name", name or line.description)
    if line.article_no:
        _el(_el(item, "cac:SellersItemIdentification"), "cbc:ID", line.article_no)
    _category(item, "cac:ClassifiedTaxCategory", line.vat_category, line.vat_rate)
    _el(_el(row, "cac:Price"), "cbc:PriceAmount", _plain(line.unit_price),
        currencyID=doc.currency)  # fmt: skip


def build_ubl_tree(doc: InvoiceDocument) -> etree._Element:
    """The UBL tree of an invoice (Invoice-2) or credit note (CreditNote-2), XRechnung 3.0."""
    credit = doc.is_credit_note
    root_ns = CREDIT_NOTE_NS if credit else INVOICE_NS
    root = etree.Element(
        f"{{{root_ns}}}{'CreditNote' if credit else 'Invoice'}",
        nsmap={None: root_ns, "cbc": CBC, "cac": CAC},
    )
    _el(root, "cbc:CustomizationID", GUIDELINE_XRECHNUNG_30)
    _el(root, "cbc:ProfileID", PEPPOL_BILLING_PROCESS)
    _el(root, "cbc:ID", doc.number)
    _el(root, "cbc:IssueDate", _iso(doc.issue_date))
    if doc.due_date and not credit:
        _el(root, "cbc:DueDate", _iso(doc.due_date))
    _el(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode", doc.type_code)
    for note in doc.notes:
        _el(root, "cbc:Note", note)
    _el(root, "cbc:DocumentCurrencyCode", doc.currency)
    if doc.buyer.reference_for_bt10:
        _el(root, "cbc:BuyerReference", doc.buyer.reference_for_bt10)
    if doc.period_start and doc.period_end:
        period = _el(root, "cac:InvoicePeriod")
        _el(period, "cbc:StartDate", _iso(doc.period_start))
        _el(period, "cbc:EndDate", _iso(doc.period_end))
    if doc.preceding_invoice_number:
        ref = _el(_el(root, "cac:BillingReference"), "cac:InvoiceDocumentReference")
        _el(ref, "cbc:ID", doc.preceding_invoice_number)
        if doc.preceding_invoice_date:
            _el(ref, "cbc:IssueDate", _iso(doc.preceding_invoice_date))
    vat_ids = "O" not in doc.categories  # BR-O-02: no VAT identifiers
    _seller(root, doc.seller, vat_ids)
    _buyer(root, doc.buyer, vat_ids)
    if doc.delivery_date or "K" in doc.categories:
        delivery = _el(root, "cac:Delivery")
        if doc.delivery_date:
            _el(delivery, "cbc:ActualDeliveryDate", _iso(doc.delivery_date))
        if "K" in doc.categories:  # BR-IC-12: the deliver-to address (BR-DE-10, -11)
            buyer = doc.buyer
            location = _el(delivery, "cac:DeliveryLocation")
            _address(location, buyer.street, buyer.address_line2, buyer.postal_code, buyer.city,
                     buyer.country, tag="cac:Address")  # fmt: skip
    means = _el(root, "cac:PaymentMeans")
    if doc.seller.iban and not credit:
        _el(means, "cbc:PaymentMeansCode", "58")
        _el(means, "cbc:PaymentID", doc.reference)
        account = _el(means, "cac:PayeeFinancialAccount")
        _el(account, "cbc:ID", doc.seller.iban.replace(" ", ""))
        if doc.seller.bic:
            _el(_el(account, "cac:FinancialInstitutionBranch"), "cbc:ID", doc.seller.bic)
    else:
        _el(means, "cbc:PaymentMeansCode", "1")
    terms = payment_terms_text(doc)
    if terms:
        _el(_el(root, "cac:PaymentTerms"), "cbc:Note", terms)
    tax_total = _el(root, "cac:TaxTotal")
    _money(tax_total, "cbc:TaxAmount", doc.totals.tax, doc.currency)
    for row in doc.totals.breakdown:
        cat = row.category.value
        sub = _el(tax_total, "cac:TaxSubtotal")
        _money(sub, "cbc:TaxableAmount", row.basis, doc.currency)
        _money(sub, "cbc:TaxAmount", row.tax, doc.currency)
        reason = doc.exemption_text(cat) if cat in NEEDS_REASON else None
        _category(sub, "cac:TaxCategory", cat, row.rate, reason)
    total = _el(root, "cac:LegalMonetaryTotal")
    _money(total, "cbc:LineExtensionAmount", doc.totals.net, doc.currency)
    _money(total, "cbc:TaxExclusiveAmount", doc.totals.net, doc.currency)
    _money(total, "cbc:TaxInclusiveAmount", doc.totals.gross, doc.currency)
    _money(total, "cbc:PayableAmount", doc.amount_due, doc.currency)
    for line in doc.lines:
        _line(root, line, doc)
    return root


def xrechnung_ubl(doc: InvoiceDocument) -> bytes:
    """XRechnung 3.0 UBL XML of a document (needs a Leitweg-ID or buyer reference)."""
    require_xrechnung_data(doc)
    tree = build_ubl_tree(doc)
    return bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True))
