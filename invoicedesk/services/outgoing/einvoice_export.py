"""The e-invoice XML of an issued document on request (``invoicedesk invoice xml``)."""

from __future__ import annotations

from lxml import etree
from sqlalchemy import select

from invoicedesk.domain.errors import NotFound
from invoicedesk.services.outgoing.einvoice_delivery import einvoice_xml, stored_einvoice, writer
from invoicedesk.services.outgoing.issuing import document_from_snapshot
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case

_CII_ROOT = "{urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100}CrossIndustryInvoice"


def _stored_format(xml: bytes) -> str:
    """``xrechnung-cii`` or ``xrechnung-ubl``: the syntax of a stored XRechnung."""
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    return "xrechnung-cii" if root.tag == _CII_ROOT else "xrechnung-ubl"


def xml_by_number(db: Database, number: str, fmt: str) -> bytes:
    """The e-invoice XML of an issued document in ``fmt``: the XRechnung stored when it was
    issued if it is the one asked for, else written afresh from the frozen snapshot (an
    XRechnung is checked with the official rules first)."""
    writer(fmt)  # refuses an unknown format first
    with db.read() as s:
        case = s.scalar(select(Case).where(Case.direction == "out", Case.number == number))
        if case is None or not case.snapshot:
            raise NotFound(
                "There is no issued invoice or credit note with the number {number}.",
                number=number,
            )
        stored = stored_einvoice(s, case.id)
        if stored is not None and _stored_format(stored) == fmt:
            return bytes(stored)
        doc = document_from_snapshot(case.snapshot)
    return einvoice_xml(doc, fmt)
