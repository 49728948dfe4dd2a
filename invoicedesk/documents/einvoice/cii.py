"""EN 16931 Cross Industry Invoice (CII) XML: Factur-X profile EN16931 and XRechnung 3.0.

The tree is built with lxml in the element order of the CII D16B schema. Amounts come from the
document's totals (computed by :mod:`invoicedesk.domain.totals`); nothing is recalculated here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree

from invoicedesk.documents.labels import skonto_sentence
from invoicedesk.documents.model import Buyer, DocumentLine, InvoiceDocument, Seller
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import round_cents

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
GUIDELINE_FACTURX_EN16931 = "urn:cen.eu:en16931:2017"
GUIDELINE_XRECHNUNG_30 = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
PEPPOL_BILLING_PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"

#: VATEX codes (CEF code list) for the zero-rate categories that have one
EXEMPTION_CODES = {"AE": "VATEX-EU-AE", "K": "VATEX-EU-IC", "G": "VATEX-EU-G", "O": "VATEX-EU-O"}
#: categories whose VAT breakdown needs an exemption reason (BR-AE-10, BR-E-10, BR-IC-10 ...)
NEEDS_REASON = frozenset({"AE", "E", "K", "G", "O"})

_CLARK: dict[str, str] = {}


def _q(tag: str) -> str:
    """Clark name ``{uri}local`` of a prefixed tag, cached."""
    name = _CLARK.get(tag)
    if name is None:
        prefix, local = tag.split(":")
        name = _CLARK[tag] = f"{{{NS[prefix]}}}{local}"
    return name


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Append a child element with optional text and attributes."""
    child = etree.SubElement(parent, _q(tag), attrs or None)
    if text is not None:
        child.text = text
    return child


def _amount(value: Decimal) -> str:
    """An amount with exactly two decimals."""
    return f"{round_cents(value):.2f}"


def _plain(value: Decimal) -> str:
    """A quantity, price or rate without exponent and without needless trailing zeros."""
    text = format(value.normalize(), "f")
    return text if "." not in text or len(text.split(".")[1]) <= 4 else f"{value:.4f}"


def _date(parent: etree._Element, tag: str, value: date) -> None:
    """``<tag><udt:DateTimeString format="102">YYYYMMDD</udt:DateTimeString></tag>``."""
    _el(_el(parent, tag), "udt:DateTimeString", value.strftime("%Y%m%d"), format="102")


def _address(
    parent: etree._Element, street: str, postal: str, city: str, country: str, line2: str = ""
) -> None:
    addr = _el(parent, "ram:PostalTradeAddress")
    _el(addr, "ram:PostcodeCode", postal)
    _el(addr, "ram:LineOne", street)
    if line2:
        _el(addr, "ram:LineTwo", line2)
    _el(addr, "ram:CityName", city)
    _el(addr, "ram:CountryID", country.upper())


def _seller(parent: etree._Element, seller: Seller, vat_ids: bool) -> None:
    party = _el(parent, "ram:SellerTradeParty")
    _el(party, "ram:Name", seller.name)
    if seller.register_number:
        _el(_el(party, "ram:SpecifiedLegalOrganization"), "ram:ID", seller.register_number)
    if seller.phone or seller.email:
        contact = _el(party, "ram:DefinedTradeContact")
        _el(contact, "ram:PersonName", seller.managing_director or seller.name)
        if seller.phone:
            tel = _el(contact, "ram:TelephoneUniversalCommunication")
            _el(tel, "ram:CompleteNumber", seller.phone)
        if seller.email:
            mail = _el(contact, "ram:EmailURIUniversalCommunication")
            _el(mail, "ram:URIID", seller.email)
    _address(party, seller.street, seller.postal_code, seller.city, seller.country)
    if seller.email:
        _el(_el(party, "ram:URIUniversalCommunication"), "ram:URIID", seller.email, schemeID="EM")
    if seller.vat_id and vat_ids:
        _el(_el(party, "ram:SpecifiedTaxRegistration"), "ram:ID", seller.vat_id, schemeID="VA")
    if seller.tax_number:
        reg = _el(party, "ram:SpecifiedTaxRegistration")
        _el(reg, "ram:ID", seller.tax_number, schemeID="FC")


def _buyer(parent: etree._Element, tag: str, buyer: Buyer, with_tax: bool = True) -> None:
    party = _el(parent, tag)
    if buyer.customer_number and tag == "ram:BuyerTradeParty":
        _el(party, "ram:ID", buyer.customer_number)
    _el(party, "ram:Name", buyer.name)
    _address(
        party, buyer.street, buyer.postal_code, buyer.city, buyer.country, buyer.address_line2
    )
    if buyer.email and tag == "ram:BuyerTradeParty":
        _el(_el(party, "ram:URIUniversalCommunication"), "ram:URIID", buyer.email, schemeID="EM")
    if buyer.vat_id and with_tax:
        _el(_el(party, "ram:SpecifiedTaxRegistration"), "ram:ID", buyer.vat_id, schemeID="VA")


def _line(parent: etree._Element, line: DocumentLine) -> None:
    item = _el(parent, "ram:IncludedSupplyChainTradeLineItem")
    _el(_el(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(line.position))
    product = _el(item, "ram:SpecifiedTradeProduct")
    if line.article_no:
        _el(product, "ram:SellerAssignedID", line.article_no)
    name, _, rest = line.description.partition("\n")
    _el(product, "ram:Name", name or line.description)
    if rest.strip():
        _el(product, "ram:Description", rest.strip())
    agreement = _el(item, "ram:SpecifiedLineTradeAgreement")
    _el(
        _el(agreement, "ram:NetPriceProductTradePrice"), "ram:ChargeAmount", _plain(line.unit_price)
    )
    delivery = _el(item, "ram:SpecifiedLineTradeDelivery")
    _el(delivery, "ram:BilledQuantity", _plain(line.quantity), unitCode=line.unit)
    settlement = _el(item, "ram:SpecifiedLineTradeSettlement")
    tax = _el(settlement, "ram:ApplicableTradeTax")
    _el(tax, "ram:TypeCode", "VAT")
    _el(tax, "ram:CategoryCode", line.vat_category)
    if line.vat_category != "O":
        _el(tax, "ram:RateApplicablePercent", _plain(line.vat_rate))
    if line.period_start and line.period_end:
        period = _el(settlement, "ram:BillingSpecifiedPeriod")
        _date(period, "ram:StartDateTime", line.period_start)
        _date(period, "ram:EndDateTime", line.period_end)
    if line.discount_percent:
        basis = round_cents(line.quantity * line.unit_price)
        allowance = _el(settlement, "ram:SpecifiedTradeAllowanceCharge")
        _el(_el(allowance, "ram:ChargeIndicator"), "udt:Indicator", "false")
        _el(allowance, "ram:CalculationPercent", _plain(line.discount_percent))
        _el(allowance, "ram:BasisAmount", _amount(basis))
        _el(allowance, "ram:ActualAmount", _amount(basis - line.net))
        _el(allowance, "ram:ReasonCode", "95")
        _el(allowance, "ram:Reason", "Discount")
    summation = _el(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
    _el(summation, "ram:LineTotalAmount", _amount(line.net))


def exemption_text(doc: InvoiceDocument, category: str) -> str:
    """Exemption reason (BT-120) of a zero-rate category (see ``InvoiceDocument``)."""
    return doc.exemption_text(category)


def payment_terms_text(doc: InvoiceDocument) -> str:
    """BT-20: the cash discount as the XRechnung line ``#SKONTO#TAGE=7#PROZENT=2.00#`` (with
    its line break, BR-DE-18), then the printed payment terms."""
    lines = []
    skonto = doc.skonto if not doc.is_credit_note else None
    if skonto is not None:
        lines.append(f"#SKONTO#TAGE={skonto.days}#PROZENT={skonto.percent:.2f}#")
    if doc.payment_terms:
        lines.append(doc.payment_terms)
    if skonto is not None:
        lines.append(skonto_sentence(doc.language, skonto, doc.currency))
    return "\n".join(lines)


def _settlement(parent: etree._Element, doc: InvoiceDocument, payment_means_required: bool) -> None:
    settlement = _el(parent, "ram:ApplicableHeaderTradeSettlement")
    if not doc.is_credit_note:
        _el(settlement, "ram:PaymentReference", doc.reference)
    _el(settlement, "ram:InvoiceCurrencyCode", doc.currency)
    seller = doc.seller
    if not doc.is_credit_note and seller.iban:
        means = _el(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _el(means, "ram:TypeCode", "58")
        account = _el(means, "ram:PayeePartyCreditorFinancialAccount")
        _el(account, "ram:IBANID", seller.iban.replace(" ", ""))
        if seller.bic:
            bank = _el(means, "ram:PayeeSpecifiedCreditorFinancialInstitution")
            _el(bank, "ram:BICID", seller.bic)
    elif payment_means_required:
        _el(_el(settlement, "ram:SpecifiedTradeSettlementPaymentMeans"), "ram:TypeCode", "1")
    for row in doc.totals.breakdown:
        cat = row.category.value
        tax = _el(settlement, "ram:ApplicableTradeTax")
        _el(tax, "ram:CalculatedAmount", _amount(row.tax))
        _el(tax, "ram:TypeCode", "VAT")
        if cat in NEEDS_REASON:
            _el(tax, "ram:ExemptionReason", exemption_text(doc, cat))
        _el(tax, "ram:BasisAmount", _amount(row.basis))
        _el(tax, "ram:CategoryCode", cat)
        if cat in EXEMPTION_CODES:
            _el(tax, "ram:ExemptionReasonCode", EXEMPTION_CODES[cat])
        # BT-119 also for "not subject" (0): XRechnung BR-DE-14 demands it
        _el(tax, "ram:RateApplicablePercent", _plain(row.rate))
    if doc.period_start and doc.period_end:
        period = _el(settlement, "ram:BillingSpecifiedPeriod")
        _date(period, "ram:StartDateTime", doc.period_start)
        _date(period, "ram:EndDateTime", doc.period_end)
    text = payment_terms_text(doc)
    if text or doc.due_date:
        terms = _el(settlement, "ram:SpecifiedTradePaymentTerms")
        if text:
            _el(terms, "ram:Description", text)
        if doc.due_date:
            _date(terms, "ram:DueDateDateTime", doc.due_date)
    totals = doc.totals
    summation = _el(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _el(summation, "ram:LineTotalAmount", _amount(totals.net))
    _el(summation, "ram:TaxBasisTotalAmount", _amount(totals.net))
    _el(summation, "ram:TaxTotalAmount", _amount(totals.tax), currencyID=doc.currency)
    _el(summation, "ram:GrandTotalAmount", _amount(totals.gross))
    _el(summation, "ram:DuePayableAmount", _amount(doc.amount_due))
    if doc.preceding_invoice_number:
        ref = _el(settlement, "ram:InvoiceReferencedDocument")
        _el(ref, "ram:IssuerAssignedID", doc.preceding_invoice_number)
        if doc.preceding_invoice_date:
            issued = _el(ref, "ram:FormattedIssueDateTime")
            stamp = doc.preceding_invoice_date.strftime("%Y%m%d")
            _el(issued, "qdt:DateTimeString", stamp, format="102")


def build_cii_tree(
    doc: InvoiceDocument, guideline: str = GUIDELINE_FACTURX_EN16931
) -> etree._Element:
    """The CII tree of a document for the given guideline (BT-24)."""
    xrechnung = guideline == GUIDELINE_XRECHNUNG_30
    root = etree.Element(_q("rsm:CrossIndustryInvoice"), nsmap=NS)
    context = _el(root, "rsm:ExchangedDocumentContext")
    if xrechnung:
        process = _el(context, "ram:BusinessProcessSpecifiedDocumentContextParameter")
        _el(process, "ram:ID", PEPPOL_BILLING_PROCESS)
    _el(_el(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", guideline)

    header = _el(root, "rsm:ExchangedDocument")
    _el(header, "ram:ID", doc.number)
    _el(header, "ram:TypeCode", doc.type_code)
    _date(header, "ram:IssueDateTime", doc.issue_date)
    for note in doc.notes:
        _el(_el(header, "ram:IncludedNote"), "ram:Content", note)
    seller = doc.seller
    register = [p for p in (seller.managing_director, seller.register_court) if p]
    if register:
        reg_note = _el(header, "ram:IncludedNote")
        _el(reg_note, "ram:Content", " · ".join([*register, seller.register_number or ""]).strip())
        _el(reg_note, "ram:SubjectCode", "REG")

    transaction = _el(root, "rsm:SupplyChainTradeTransaction")
    for line in doc.lines:
        _line(transaction, line)

    agreement = _el(transaction, "ram:ApplicableHeaderTradeAgreement")
    bt10 = doc.buyer.reference_for_bt10
    if bt10:
        _el(agreement, "ram:BuyerReference", bt10)
    # BR-O-02: documents "not subject to VAT" carry no VAT identifiers
    vat_ids = "O" not in doc.categories
    _seller(agreement, seller, vat_ids)
    _buyer(agreement, "ram:BuyerTradeParty", doc.buyer, with_tax=vat_ids)

    delivery = _el(transaction, "ram:ApplicableHeaderTradeDelivery")
    if "K" in doc.categories:
        _buyer(delivery, "ram:ShipToTradeParty", doc.buyer, with_tax=False)
    if doc.delivery_date:
        _date(
            _el(delivery, "ram:ActualDeliverySupplyChainEvent"),
            "ram:OccurrenceDateTime",
            doc.delivery_date,
        )
    _settlement(transaction, doc, payment_means_required=xrechnung)
    return root


def _serialise(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def facturx_xml(doc: InvoiceDocument) -> bytes:
    """Factur-X / ZUGFeRD 2 XML of profile EN16931 (COMFORT) as UTF-8 bytes."""
    return _serialise(build_cii_tree(doc, GUIDELINE_FACTURX_EN16931))


def require_xrechnung_data(doc: InvoiceDocument) -> None:
    """Refuse an XRechnung without what its rules demand before any XML is written: a
    Leitweg-ID or buyer reference (BR-DE-15), the seller's phone and e-mail (BR-DE-5..7)."""
    if not doc.buyer.reference_for_bt10:
        raise ValidationError(
            "XRechnung {doc_number} needs a Leitweg-ID or buyer reference.", doc_number=doc.number
        )
    if not (doc.seller.phone and doc.seller.email):
        raise ValidationError(
            "An XRechnung needs the company's phone number and e-mail address; enter them in "
            "the settings."
        )


def xrechnung_xml(doc: InvoiceDocument) -> bytes:
    """XRechnung 3.0 CII XML; the buyer must have a Leitweg-ID or buyer reference (BR-DE-15)."""
    require_xrechnung_data(doc)
    return _serialise(build_cii_tree(doc, GUIDELINE_XRECHNUNG_30))
