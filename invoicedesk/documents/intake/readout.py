"""Read one incoming file in the current process: readability checks, e-invoice (validated
against its XSD and schematron), plain PDF.

This runs inside the sandbox worker (see :mod:`.sandbox`); call it directly only for trusted
files or in tests. It never raises for a bad file: every problem becomes
``ParseResult(ok=False, error=...)``, a note, or a failed validation report.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from typing import Any

import pdfplumber
import pypdf
from pypdf.errors import PyPdfError

from invoicedesk.documents.einvoice.validate import validate_einvoice
from invoicedesk.domain.messages import msg

from .einvoice_read import EInvoiceError, find_embedded_xml, read_einvoice, strip_bom
from .layout import build_lines
from .ocr.engine import OcrUnavailable
from .ocr.images import DPI, ImageRefused, image_kind, open_images, render_pages
from .ocr.scan import ScanReadout, read_out_scan, text_layer_usable
from .plain_read import read_plain
from .result import MAX_TEXT, MAX_WORDS, ExtractedField, ParseResult, Word, empty_fields, failure

MAX_PAGES = 10
"""Only the first pages are given to pdfplumber (invoices put their fields up front)."""
MAX_OCR_PAGES = 3
"""Scans: only the first pages are OCR'd (about a second each on one core)."""

_XML_START = re.compile(rb"<(?:\?xml|!--|[A-Za-z_])")


def sniff(data: bytes) -> str | None:
    """Return ``'pdf'``, ``'xml'``, ``'html'``, ``'image'`` or ``None`` from the first bytes."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if image_kind(data):
        return "image"
    head = strip_bom(data[:4096])
    lowered = head[:512].lower()
    if lowered.startswith(b"<!doctype html") or b"<html" in lowered[:256]:
        return "html"
    if _XML_START.match(head):
        return "xml"
    return None


def read_document(
    data: bytes, filename: str, *, max_pages: int = MAX_PAGES, validate: bool = True
) -> ParseResult:
    """Check and read one file's bytes; ``filename`` is only used for messages. An e-invoice
    is validated too (``validate=False`` skips that)."""
    result = _read(data, filename, max_pages)
    return with_validation(result) if validate else result


def with_validation(result: ParseResult) -> ParseResult:
    """``result`` with the XSD and schematron report of its e-invoice (if it has one). A
    validator that fails to run gives a failed report with the reason, never an exception."""
    if not result.ok or result.einvoice is None or not result.einvoice.xml:
        return result
    try:
        report = validate_einvoice(result.einvoice.xml).as_data()
    except Exception as exc:  # the validators are C and native code: contain any failure
        text = msg("The validation could not run ({error}).", error=type(exc).__name__)
        report = {
            "ok": False,
            "xsd_ok": False,
            "summary": str(text),
            "violations": [{"rule": "VALIDATION", "severity": "fatal", "text": text,
                            "location": ""}],
        }  # fmt: skip
    return replace(result, validation=report)


def _read(data: bytes, filename: str, max_pages: int) -> ParseResult:
    if not data:
        return failure("The file is empty.")
    kind = sniff(data)
    if kind == "html":
        return failure("The file is not a PDF: it is a web page (HTML).")
    if kind is None:
        if filename.lower().endswith(".xml"):
            return failure("The file is not an XML e-invoice.", kind="xml")
        return failure("The file is not a PDF.")
    if kind == "xml":
        return _read_xml(data)
    if kind == "image":
        return _read_image(data)
    return _read_pdf(data, max_pages)


def _read_image(data: bytes) -> ParseResult:
    try:
        images, pages, dpi = open_images(data, MAX_OCR_PAGES)
    except ImageRefused as exc:
        return failure(str(exc), kind="image")
    try:
        scan = read_out_scan(images, dpi)
    except OcrUnavailable as exc:
        return failure(f"The scan cannot be read: {exc}.", kind="image", pages=pages)
    notes: list[str] = [msg("Read from a scan by OCR (confidence {percent} %).",
                 percent=round(100 * scan.ocr["confidence"]))]  # fmt: skip
    if pages > MAX_OCR_PAGES:
        notes.append(
            msg("Only the first {read} of {pages} pages were read.", read=MAX_OCR_PAGES,
                pages=pages)
        )  # fmt: skip
    return _scan_result(scan, "image", pages, notes)


def _scan_result(
    scan: ScanReadout, kind: str, pages: int, notes: list[str], encrypted: bool = False
) -> ParseResult:
    return ParseResult(
        ok=True,
        kind=kind,  # type: ignore[arg-type]
        pages=pages,
        encrypted=encrypted,
        has_text=False,
        fields=scan.fields,
        words=scan.words[:MAX_WORDS],
        text=scan.text[:MAX_TEXT],
        notes=notes,
        details=scan.details,
        ocr=scan.ocr,
        searchable=scan.searchable,
    )


def _ocr_pdf(
    data: bytes, pages: int, password: str | None, notes: list[str]
) -> ParseResult | None:
    """OCR the first pages of a PDF without a usable text layer (``None``: OCR unavailable)."""
    try:
        images = render_pages(data, list(range(min(pages, MAX_OCR_PAGES))), password)
    except Exception:  # pdfium refuses damaged pages with its own error types
        notes.append(msg("The PDF has no text layer and its pages cannot be rendered for OCR."))
        return None
    try:
        scan = read_out_scan(images, DPI)
    except OcrUnavailable as exc:
        notes.append(msg("The PDF has no text layer and OCR is not available ({reason}).",
                         reason=str(exc)))  # fmt: skip
        return None
    notes.append(msg("Read from a scan by OCR (confidence {percent} %).",
                     percent=round(100 * scan.ocr["confidence"])))  # fmt: skip
    if pages > MAX_OCR_PAGES:
        notes.append(
            msg("Only the first {read} of {pages} pages were read.", read=MAX_OCR_PAGES,
                pages=pages)
        )  # fmt: skip
    return _scan_result(scan, "pdf", pages, notes, encrypted=password is not None)


def _read_xml(data: bytes) -> ParseResult:
    try:
        einvoice, fields = read_einvoice(data)
    except EInvoiceError as exc:
        return failure(str(exc), kind="xml")
    except (ValueError, TypeError, AttributeError, RecursionError):
        return failure("The e-invoice XML has an unexpected structure.", kind="xml")
    return ParseResult(ok=True, kind="xml", einvoice=einvoice, fields=fields)


def _open_pdf(data: bytes) -> tuple[pypdf.PdfReader | None, bool, str | None]:
    """Open with pypdf; return ``(reader, encrypted, error)``; empty passwords are tried."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        return None, False, "The PDF is damaged and cannot be read."
    if not reader.is_encrypted:
        return reader, False, None
    try:
        opened = reader.decrypt("")
    except (PyPdfError, NotImplementedError, ValueError, KeyError, TypeError):
        opened = pypdf.PasswordType.NOT_DECRYPTED
    if opened == pypdf.PasswordType.NOT_DECRYPTED:
        return None, True, "The PDF is encrypted with a password."
    return reader, True, None


def extract_words(data: bytes, *, password: str | None, max_pages: int) -> list[Word]:
    """Return the words (with positions) of the first ``max_pages`` pages via pdfplumber."""
    words: list[Word] = []
    with pdfplumber.open(io.BytesIO(data), password=password) as pdf:
        for number, page in enumerate(pdf.pages[:max_pages]):
            for word in page.extract_words():
                words.append(
                    (
                        number,
                        round(float(word["x0"]), 2),
                        round(float(word["top"]), 2),
                        round(float(word["x1"]), 2),
                        round(float(word["bottom"]), 2),
                        str(word["text"]),
                    )
                )
            page.close()
    return words


def _read_pdf(data: bytes, max_pages: int) -> ParseResult:
    reader, encrypted, error = _open_pdf(data)
    if reader is None:
        return failure(error or "The PDF cannot be read.", encrypted=encrypted)
    notes: list[str] = []
    if encrypted:
        notes.append(msg("The PDF is encrypted but opens without a password; it was read."))
    try:
        pages = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError):
        return failure("The PDF is damaged: its pages cannot be found.", encrypted=encrypted)
    if pages == 0:
        return failure("The PDF has no pages.", encrypted=encrypted)
    einvoice, fields = None, empty_fields()
    details: dict[str, Any] = {}
    try:
        embedded = find_embedded_xml(reader)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        embedded = None
        notes.append(msg("The attachments of the PDF could not be read."))
    if embedded:
        name, xml = embedded
        try:
            einvoice, fields = read_einvoice(xml, name)
        except (EInvoiceError, ValueError, TypeError, AttributeError, RecursionError) as exc:
            if "order" in str(exc):
                return failure(str(exc), encrypted=encrypted, pages=pages)
            notes.append(
                msg(
                    "The PDF carries an e-invoice XML ({name}) that cannot be used: {error} "
                    "The fields were read from the printed page.",
                    name=name,
                    error=str(exc),
                )
            )
    try:
        words = extract_words(data, password="" if encrypted else None, max_pages=max_pages)
    except Exception:  # pdfminer raises many unrelated types on malformed input
        if einvoice is None:
            return failure("The PDF is damaged and its text cannot be read.", pages=pages)
        words = []
        notes.append(msg("The text of the printed page could not be read."))
    if einvoice is None and not text_layer_usable(words):
        scanned = _ocr_pdf(data, pages, "" if encrypted else None, list(notes))
        if scanned is not None:
            return scanned
    text = "\n".join(line.text for line in build_lines(words))
    if einvoice is None:
        if words:
            fields, details = read_plain(words, text)
        else:
            notes.append(msg("The PDF has no text layer (probably a scan); type the fields in."))
    if pages > max_pages:
        notes.append(
            msg("Only the first {read} of {pages} pages were read.", read=max_pages, pages=pages)
        )
    return ParseResult(
        ok=True,
        kind="pdf",
        pages=pages,
        has_text=bool(words),
        encrypted=encrypted,
        einvoice=einvoice,
        fields=fields,
        words=words[:MAX_WORDS],
        text=text[:MAX_TEXT],
        notes=notes,
        details=details,
    )


__all__ = ["MAX_PAGES", "ExtractedField", "extract_words", "read_document", "sniff"]
