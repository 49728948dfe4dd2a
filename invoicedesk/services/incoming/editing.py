"""Editing a supplier invoice in *Ready*: load the editor's data, check arithmetic, save.

Saving records which fields the clerk corrected and learns read-out hints for the supplier,
so that the supplier's next invoice comes out better.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from invoicedesk.documents.intake.completeness import HIGH_CONFIDENCE
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg, stored_text
from invoicedesk.domain.money import round_cents, to_decimal
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import (
    apply_action,
    ensure_version,
    load_for_update,
    record,
)
from invoicedesk.services.cases.authorize import authorize
from invoicedesk.services.cases.edit_marks import close_marks, end_session, mark_edit, take_mark
from invoicedesk.services.incoming.intake import learn_from_correction
from invoicedesk.services.incoming.supplier_match import match_supplier
from invoicedesk.store.case_query import search_text_for
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, CaseLine
from invoicedesk.store.models.documents import Attachment
from invoicedesk.store.types import utcnow

EDITOR_FIELDS = (
    "supplier_name", "supplier_vat_id", "invoice_number", "invoice_date", "due_date",
    "currency", "net", "tax", "gross", "iban",
)  # fmt: skip
LOW_CONFIDENCE = HIGH_CONFIDENCE

#: the amount fields with their names in messages
AMOUNT_NAMES = {"net": msg("net amount"), "tax": msg("tax amount"), "gross": msg("gross amount")}


@dataclass
class EditorLine:
    """A line item in the editor."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    net: Decimal
    cost_account: str = ""
    cost_centre: str = ""


@dataclass
class EditorData:
    """Everything the invoice editor shows."""

    case_id: int
    version: int
    status: str
    fields: dict[str, str]
    confidence: dict[str, float]
    lines: list[EditorLine]
    pdf_attachment_id: int | None
    words: list[tuple[int, float, float, float, float, str]]
    validation: dict[str, Any] | None
    duplicates: list[dict[str, Any]]
    einvoice_profile: str | None
    notes: list[str] = field(default_factory=list)
    #: what was read besides the fields: supplier address, VAT IDs and IBANs on the page ...
    details: dict[str, Any] = field(default_factory=dict)
    #: e-invoice syntax, version and profile (None for plain PDFs)
    einvoice: dict[str, Any] | None = None
    #: how the supplier was recognised ("VAT ID", "IBAN", "name") or None
    matched_by: str | None = None
    #: a scan read by OCR: mean word confidence 0..1 (None for text PDFs and e-invoices)
    ocr_confidence: float | None = None

    def low_confidence(self) -> list[str]:
        """Fields the clerk should look at first."""
        return [n for n in EDITOR_FIELDS if self.confidence.get(n, 1.0) < LOW_CONFIDENCE]

    @property
    def read_completely(self) -> bool:
        """Whether every field was read with high confidence (plain PDFs) or exactly."""
        return not self.low_confidence()


def load_editor(db: Database, case_id: int) -> EditorData:
    """The editor's view of an incoming case."""
    with db.read() as s:
        case = s.get(Case, case_id)
        if case is None or case.direction != "in":
            raise NotFound("There is no incoming case with the id {case_id}.", case_id=case_id)
        extraction = case.extraction or {}
        read = extraction.get("fields", {})
        values = load_values(case)
        corrected = set(extraction.get("corrected", []))
        confidence = {
            name: 1.0 if name in corrected else float((read.get(name) or {}).get("confidence", 0))
            for name in EDITOR_FIELDS
        }
        # a scan's searchable copy first: its pages are the straightened images OCR read,
        # so the words of click-to-fill lie exactly on them
        pdf_id = s.scalar(
            select(Attachment.id)
            .where(Attachment.case_id == case_id, Attachment.mime_type == "application/pdf")
            .order_by((Attachment.kind == "searchable_pdf").desc(), Attachment.id)
            .limit(1)
        )
        lines = [
            EditorLine(line.description, line.quantity, line.unit_price, line.vat_rate,
                       line.net, line.cost_account or "", line.cost_centre or "")
            for line in case.lines
        ]  # fmt: skip
        return EditorData(
            case_id=case.id,
            version=case.version,
            status=case.status,
            fields=values,
            confidence=confidence,
            lines=lines,
            pdf_attachment_id=pdf_id,
            words=[tuple(w) for w in extraction.get("words", [])],
            validation=extraction.get("validation"),
            duplicates=[
                {**dup, "reason": stored_text(dup.get("reason"))}
                for dup in extraction.get("duplicates", [])
            ],
            einvoice_profile=(extraction.get("einvoice") or {}).get("profile"),
            notes=[stored_text(note) for note in extraction.get("notes", [])],
            details=dict(extraction.get("details") or {}),
            einvoice=extraction.get("einvoice"),
            matched_by=extraction.get("supplier_matched_by"),
            ocr_confidence=(extraction.get("ocr") or {}).get("confidence"),
        )


def arithmetic_warnings(fields: dict[str, str], lines: list[EditorLine]) -> list[str]:
    """Live checks: net + tax = gross, and the lines add up to the net amount."""
    warnings: list[str] = []
    missing = [
        label for name, label in AMOUNT_NAMES.items() if not (fields.get(name) or "").strip()
    ]
    if len(missing) == 1:
        warnings.append(msg("Enter the {amount}.", amount=missing[0]))
    elif len(missing) == 2:
        warnings.append(msg("Enter the {first} and {second}.", first=missing[0], second=missing[1]))
    elif missing:
        warnings.append(msg("Enter the net, tax and gross amounts."))
    try:
        net = to_decimal(fields.get("net") or "0", AMOUNT_NAMES["net"])
        tax = to_decimal(fields.get("tax") or "0", AMOUNT_NAMES["tax"])
        gross = to_decimal(fields.get("gross") or "0", AMOUNT_NAMES["gross"])
    except ValidationError as exc:
        return [exc.message]
    if not missing and round_cents(net + tax) != round_cents(gross):
        warnings.append(
            msg(
                "Net {net} + tax {tax} = {sum}, but the gross amount is {gross}.",
                net=net,
                tax=tax,
                sum=net + tax,
                gross=gross,
            )
        )
    if lines:
        line_total = round_cents(sum((line.net for line in lines), Decimal("0")))
        if line_total != round_cents(net):
            warnings.append(
                msg(
                    "The lines add up to {total}, but the net amount is {net}.",
                    total=line_total,
                    net=net,
                )
            )
    return warnings


def _parse_date(value: str, what: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            "The {what} {value!r} is not a date (yyyy-mm-dd).", what=what, value=value
        ) from None


def save_editor(
    db: Database,
    actor: Actor,
    case_id: int,
    expected_version: int,
    fields: dict[str, str],
    lines: list[EditorLine] | None = None,
    *,
    finish: bool = False,
    autosave: bool = False,
) -> int:
    """Save the clerk's values (and finish editing when asked); returns the new version.

    An ``autosave`` writes no history row: it notes the changed fields in the actor's edit
    mark (:mod:`invoicedesk.services.cases.edit_marks`), which the separation of duties counts;
    an explicit save writes the session's one ``edited`` row (with the autosaved fields), and
    finishing also records the other users' open sessions of the case."""
    issue_date = _parse_date(fields.get("invoice_date", ""), msg("invoice date"))
    due_date = _parse_date(fields.get("due_date", ""), msg("due date"))
    amounts = {
        name: round_cents(to_decimal(fields.get(name) or "0", what))
        for name, what in AMOUNT_NAMES.items()
    }
    corrected: dict[str, str | None] = {}
    with db.write() as s:
        case = load_for_update(s, case_id)
        ensure_version(s, case, expected_version)
        authorize(s, actor, Action.EDIT, case)
        before = load_values(case)
        for name in EDITOR_FIELDS:
            if fields.get(name, "") != before.get(name, ""):
                corrected[name] = fields.get(name) or None
        supplier = fields.get("supplier_name", "").strip()
        match = match_supplier(
            s,
            vat_id=fields.get("supplier_vat_id") or None,
            iban=fields.get("iban") or None,
            name=supplier or None,
        )
        case.party_id = match.party_id if match else None
        case.party_name = match.name if match else supplier
        case.number = fields.get("invoice_number", "").strip() or None
        case.issue_date, case.due_date = issue_date, due_date
        case.currency = (fields.get("currency") or "EUR").strip().upper()[:3]
        case.net, case.tax, case.gross = amounts["net"], amounts["tax"], amounts["gross"]
        case.search_text = search_text_for(case.number, case.party_name)
        changed = set(corrected)
        if lines is not None and _line_values(lines) != _line_values(case.lines):
            changed.add("lines")
        if lines is not None:
            case.lines = [
                CaseLine(position=i + 1, description=line.description, quantity=line.quantity,
                         unit_price=line.unit_price, vat_rate=line.vat_rate, net=line.net,
                         cost_account=line.cost_account or None,
                         cost_centre=line.cost_centre or None)
                for i, line in enumerate(lines)
            ]  # fmt: skip
        extraction = dict(case.extraction or {})
        extraction["corrected"] = sorted(set(extraction.get("corrected", [])) | set(corrected))
        read = dict(extraction.get("fields", {}))
        for name in ("supplier_vat_id", "iban"):
            read[name] = {**(read.get(name) or {}), "value": fields.get(name) or None}
        extraction["fields"] = read
        case.extraction = extraction
        if autosave:  # no history row: the session's mark notes the fields (edit_marks)
            mark_edit(s, case, actor, changed)
            case.updated_at, case.updated_by_id = utcnow(), actor.user_id
        else:  # one row for the session: this save's fields and those autosaved before it
            changed |= set(take_mark(s, case_id, actor))
            if finish:
                close_marks(s, case)  # other users' sessions of the case end here too
            comment = (
                msg("edited: {fields}", fields=", ".join(sorted(changed)))
                if changed
                else msg("saved")
            )
            record(s, case, actor, Action.EDIT, case.status, comment, changed_fields=changed)
        if finish and not autosave:
            apply_action(s, case, actor, Action.FINISH_EDIT)
        s.flush()
        version = case.version
    if corrected:
        learn_from_correction(db, case_id, {**fields, **corrected})
    return version


def begin_session(db: Database, actor: Actor, case_id: int) -> EditorData:
    """Open the editor: a session of the actor on this case that never ended (the editor was
    killed) is recorded first, then the editor's data is loaded."""
    end_session(db, actor, case_id, recovered=True)
    return load_editor(db, case_id)


def end_editing(db: Database, actor: Actor, case_id: int) -> int:
    """The editor closes: its autosaved changes become the session's one history row."""
    return end_session(db, actor, case_id)


def _line_values(lines: Sequence[EditorLine | CaseLine]) -> list[tuple[object, ...]]:
    """What a line says, for telling whether a save changed the lines."""
    return [
        (line.description, line.quantity, line.unit_price, line.vat_rate, line.net,
         line.cost_account or "", line.cost_centre or "")
        for line in lines
    ]  # fmt: skip


def _amount_text(case: Case, name: str) -> str:
    """An amount for the editor; empty when nothing was read and nobody entered one (not 0.00)."""
    value: Decimal = getattr(case, name)
    extraction = case.extraction or {}
    read = (extraction.get("fields", {}).get(name) or {}).get("value")
    if value == 0 and not read and name not in extraction.get("corrected", []):
        return ""
    return f"{value:.2f}"


def load_values(case: Case) -> dict[str, str]:
    """The stored values of a case in the editor's string form."""
    read = (case.extraction or {}).get("fields", {})
    return {
        "supplier_name": case.party_name,
        "supplier_vat_id": (read.get("supplier_vat_id") or {}).get("value") or "",
        "invoice_number": case.number or "",
        "invoice_date": case.issue_date.isoformat() if case.issue_date else "",
        "due_date": case.due_date.isoformat() if case.due_date else "",
        "currency": case.currency,
        "net": _amount_text(case, "net"),
        "tax": _amount_text(case, "tax"),
        "gross": _amount_text(case, "gross"),
        "iban": (read.get("iban") or {}).get("value") or "",
    }
