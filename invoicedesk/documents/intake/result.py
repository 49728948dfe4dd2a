"""Plain, picklable result types of the intake read-out (they cross a process boundary)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FIELD_NAMES: tuple[str, ...] = (
    "supplier_name",
    "supplier_vat_id",
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
    "net",
    "tax",
    "gross",
    "iban",
    "payment_reference",
    "buyer_reference",
)
"""Keys of :attr:`ParseResult.fields`, in the order an editor shows them."""

AMOUNT_FIELDS: frozenset[str] = frozenset({"net", "tax", "gross"})
DATE_FIELDS: frozenset[str] = frozenset({"invoice_date", "due_date"})

MAX_WORDS = 5000
MAX_TEXT = 20000

Word = tuple[int, float, float, float, float, str]
"""(page index from 0, x0, top, x1, bottom, text) in PDF points, origin top-left."""


@dataclass(frozen=True)
class ExtractedField:
    """One read-out value.

    ``value`` is a string (dates ISO ``yyyy-mm-dd``, amounts ``1234.50``) or ``None``;
    ``confidence`` lies in 0..1; ``source`` says how it was found: ``'xml'`` (exact
    e-invoice), ``'label'`` (next to a printed label), ``'hint'`` (supplier hint learned from
    a clerk's correction), ``'pattern'`` (a pattern anywhere on the page) or ``'derived'``
    (computed from other fields, e.g. net = gross - tax).
    """

    value: str | None
    confidence: float = 0.0
    source: str = "none"


@dataclass(frozen=True)
class EInvoice:
    """A structured e-invoice read exactly from its XML."""

    syntax: Literal["CII", "UBL"]
    version: str
    profile: str
    is_full_invoice: bool
    type_code: str | None
    attachment_name: str | None
    lines: list[dict[str, str | None]] = field(default_factory=list)
    xml: bytes = b""
    #: the parties and notes for the editor (the same shape as ``ParseResult.details``)
    details: dict[str, Any] = field(default_factory=dict)


def empty_fields() -> dict[str, ExtractedField]:
    """Return a field dict with every known key and no values."""
    return {name: ExtractedField(None) for name in FIELD_NAMES}


@dataclass(frozen=True)
class ParseResult:
    """Outcome of reading one incoming file.

    ``ok`` is False when the file cannot be used; ``error`` then holds one sentence a clerk
    understands. ``notes`` carries remarks that do not stop the intake (e.g. no text layer).
    ``has_text`` refers to the text layer of a PDF (False for bare XML). ``validation`` is the
    XSD and schematron report of an e-invoice (plain data, see
    :meth:`~invoicedesk.documents.einvoice.validate.ValidationReport.as_data`), made in the
    same sandboxed process that read the file. ``details`` holds
    what the editor shows besides the fields (JSON-able): the supplier's address, every VAT ID
    and IBAN found, the buyer's names, for e-invoices the parties, notes and tax breakdown.
    ``kind`` ``'image'`` is a photo or scan file (JPEG, PNG, TIFF), read like a scanned PDF.
    """

    ok: bool
    error: str | None = None
    kind: Literal["pdf", "xml", "image"] = "pdf"
    pages: int = 0
    has_text: bool = False
    encrypted: bool = False
    einvoice: EInvoice | None = None
    fields: dict[str, ExtractedField] = field(default_factory=empty_fields)
    words: list[Word] = field(default_factory=list)
    text: str = ""
    notes: list[str] = field(default_factory=list)
    validation: dict[str, Any] | None = None
    details: dict[str, Any] = field(default_factory=dict)
    #: for a scan read by OCR: engine, mean confidence, pages, turns, per-field confidence
    ocr: dict[str, Any] | None = None
    #: for a scan: a copy of it with the OCR words as an invisible text layer (a PDF)
    searchable: bytes = field(default=b"", repr=False)

    def value(self, name: str) -> str | None:
        """Return the value of field ``name`` (``None`` when not found)."""
        found = self.fields.get(name)
        return found.value if found else None


def failure(
    error: str, *, kind: Literal["pdf", "xml", "image"] = "pdf", **extra: object
) -> ParseResult:
    """Build a ``ParseResult`` with ``ok=False`` and the clerk-readable ``error``."""
    return ParseResult(ok=False, error=error, kind=kind, **extra)  # type: ignore[arg-type]
