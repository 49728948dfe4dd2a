"""Taking in supplier invoices: Uploading -> Processing -> Ready or Error.

The file's bytes are stored untouched as the case's attachment in the first transaction, so
nothing is lost whatever happens next. Parsing runs in a sandboxed worker process
(:class:`~invoicedesk.documents.intake.sandbox.ParserPool`); the result is applied in a second
transaction that fills the fields, checks duplicates and validates e-invoices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select

from invoicedesk.documents.intake.completeness import FIELD_LABELS, fields_to_check
from invoicedesk.documents.intake.hints import apply_hints
from invoicedesk.documents.intake.result import FIELD_NAMES, ParseResult
from invoicedesk.domain.enums import Direction, InStatus
from invoicedesk.domain.messages import Message, join_messages, msg, to_record
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import apply_action, load_for_update, record
from invoicedesk.services.cases.attachments import attach, guess_mime, sha256_hex
from invoicedesk.services.incoming.duplicates import Duplicate, find_duplicates
from invoicedesk.services.incoming.supplier_hints import hints_for, store_hints
from invoicedesk.services.incoming.supplier_match import match_supplier
from invoicedesk.store.case_query import search_text_for
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, CaseLine

#: callable(done, total) for progress reports
Progress = Callable[[int, int], None]


class Parser(Protocol):
    """What the intake needs from a parser pool (:class:`ParserPool`)."""

    def submit(self, data: bytes, filename: str) -> Future[ParseResult]:
        """Queue one file; the future always resolves to a result."""
        ...


@dataclass
class IntakeOutcome:
    """What became of one file."""

    file: str
    case_id: int
    status: str
    error: str | None = None
    duplicate_of: list[int] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    einvoice_profile: str | None = None
    validation: dict[str, Any] | None = None
    fields: dict[str, str | None] = field(default_factory=dict)


def receive(db: Database, actor: Actor, filename: str, content: bytes) -> int:
    """Create the case in *Uploading* with the original bytes attached; return its id."""
    name = Path(filename).name or "upload"
    with db.write() as s:
        case = Case(
            direction=Direction.IN.value,
            kind="invoice",
            status=InStatus.UPLOADING.value,
            party_name="",
            search_text=name.lower()[:300],
            source_sha256=sha256_hex(content) if content else None,
            created_by_id=actor.user_id,
            updated_by_id=actor.user_id,
        )
        s.add(case)
        s.flush()
        record(s, case, actor, "create", None, msg("file {name} received", name=name))
        if content:
            kind = "einvoice_xml" if name.lower().endswith(".xml") else "invoice_pdf"
            attach(s, case.id, name, content, actor=actor, kind=kind, mime_type=guess_mime(name))
        return case.id


def start_processing(db: Database, case_id: int) -> None:
    """Move a received case to *Processing*."""
    with db.write() as s:
        apply_action(s, load_for_update(s, case_id), Actor.system(), Action.SYSTEM_PROCESSING)


def _decimal(value: str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _validate(result: ParseResult) -> dict[str, Any] | None:
    if result.einvoice is None or not result.einvoice.xml:
        return None
    from invoicedesk.documents.einvoice.validate import validate_einvoice

    report = validate_einvoice(result.einvoice.xml)
    return {
        "ok": report.ok,
        "xsd_ok": report.xsd_ok,
        "summary": report.summary(),
        "violations": [
            {"rule": v.rule_id, "severity": v.severity, "text": v.text, "location": v.location}
            for v in report.violations[:200]
        ],
    }


def _fill(case: Case, result: ParseResult) -> None:
    value = result.value
    case.number = value("invoice_number")
    case.issue_date = _date(value("invoice_date"))
    case.due_date = _date(value("due_date"))
    case.currency = (value("currency") or "EUR")[:3].upper()
    for name in ("net", "tax", "gross"):
        amount = _decimal(value(name))
        setattr(case, name, amount if amount is not None else Decimal("0"))
    case.payment_reference = value("payment_reference")
    case.search_text = search_text_for(case.number, case.party_name)
    if result.einvoice is not None:
        case.lines = [
            CaseLine(
                position=i + 1,
                description=(line.get("description") or "")[:2000],
                quantity=_decimal(line.get("quantity")) or Decimal("1"),
                unit=(line.get("unit") or "C62")[:8],
                unit_price=_decimal(line.get("unit_price")) or Decimal("0"),
                vat_rate=_decimal(line.get("vat_rate")) or Decimal("0"),
                net=_decimal(line.get("net")) or Decimal("0"),
            )
            for i, line in enumerate(result.einvoice.lines[:500])
        ]


def _extraction(
    result: ParseResult,
    validation: dict[str, Any] | None,
    duplicates: list[Duplicate],
    matched_by: str | None,
) -> dict[str, Any]:
    einv = result.einvoice
    return {
        "fields": {
            name: {"value": f.value, "confidence": f.confidence, "source": f.source}
            for name, f in result.fields.items()
        },
        "einvoice": None
        if einv is None
        else {
            "syntax": einv.syntax,
            "version": einv.version,
            "profile": einv.profile,
            "is_full_invoice": einv.is_full_invoice,
            "type_code": einv.type_code,
            "attachment_name": einv.attachment_name,
        },
        "validation": validation,
        "duplicates": [
            {"case_id": d.case_id, "kind": d.kind, "reason": to_record(d.reason)}
            for d in duplicates
        ],
        "supplier_matched_by": matched_by,
        "pages": result.pages,
        "has_text": result.has_text,
        "notes": [to_record(note) for note in result.notes],
        "words": [list(w) for w in result.words] if einv is None else [],
        "details": einv.details if einv is not None and einv.details else result.details,
        "check_fields": fields_to_check(result.fields) if einv is None else [],
    }


def apply_result(db: Database, case_id: int, result: ParseResult) -> IntakeOutcome:
    """Fill the case from a parse result: *Ready* with fields, or *Error* with the reason."""
    system = Actor.system()
    validation = _validate(result) if result.ok else None
    with db.write() as s:
        case = load_for_update(s, case_id)
        outcome = IntakeOutcome(file="", case_id=case_id, status=case.status)
        if not result.ok:
            case.error_message = result.error or "The file could not be read."
            apply_action(s, case, system, Action.SYSTEM_ERROR, case.error_message)
            outcome.status, outcome.error = case.status, case.error_message
            return outcome
        match = match_supplier(
            s,
            vat_id=result.value("supplier_vat_id"),
            iban=result.value("iban"),
            name=result.value("supplier_name"),
        )
        hints = hints_for(
            s,
            match.party_id if match else None,
            list(result.details.get("vat_ids", [])),
            list(result.details.get("ibans", [])),
            [result.value("supplier_name") or ""],
        )
        if hints and result.einvoice is None:
            result = apply_hints(result, hints)
        case.party_id = match.party_id if match else None
        case.party_name = (match.name if match else result.value("supplier_name")) or ""
        _fill(case, result)
        duplicates = find_duplicates(
            s,
            case_id=case.id,
            sha256=case.source_sha256,
            party_id=case.party_id,
            party_name=case.party_name,
            number=case.number,
            gross=case.gross if result.value("gross") else None,
            issue_date=case.issue_date,
        )
        case.extraction = _extraction(
            result, validation, duplicates, match.matched_by if match else None
        )
        _mark(case, result, validation, duplicates)
        notes = _ready_comment(result, validation, duplicates)
        apply_action(s, case, system, Action.SYSTEM_READY, notes)
        outcome.status = case.status
        outcome.duplicates = [d.__dict__ for d in duplicates]
        outcome.duplicate_of = [d.case_id for d in duplicates]
        outcome.einvoice_profile = result.einvoice.profile if result.einvoice else None
        outcome.validation = validation
        outcome.fields = {name: result.value(name) for name in FIELD_NAMES}
        outcome.fields["supplier_name"] = result.value("supplier_name")
        return outcome


def _mark(
    case: Case, result: ParseResult, validation: dict[str, Any] | None, duplicates: list[Duplicate]
) -> None:
    """The marks the case table shows: read completely, validation findings, duplicate."""
    fatal = [v for v in (validation or {}).get("violations", []) if v["severity"] == "fatal"]
    case.findings = len(fatal) if validation is not None and not validation["ok"] else 0
    case.duplicate_of_id = duplicates[0].case_id if duplicates else None
    if result.einvoice is not None:
        case.readout = "complete"
    else:
        sure = result.has_text and not fields_to_check(result.fields)
        case.readout = "complete" if sure else "check"


def _ready_comment(
    result: ParseResult, validation: dict[str, Any] | None, duplicates: list[Duplicate]
) -> Message:
    parts: list[Message] = []
    einv = result.einvoice
    if einv is not None:
        parts.append(
            msg("e-invoice {version} {profile} read exactly", version=einv.version,
                profile=einv.profile)
        )  # fmt: skip
        if not einv.is_full_invoice:
            parts.append(
                msg("profile {profile} is not a full invoice (no lines)", profile=einv.profile)
            )
    elif result.has_text:
        parts.append(msg("read out from the PDF text"))
        check = fields_to_check(result.fields)
        if check:
            labels = join_messages([FIELD_LABELS[name] for name in check], ", ")
            parts.append(msg("check fields: {fields}", fields=labels))
        else:
            parts.append(msg("read completely"))
    else:
        parts.append(msg("no text in the PDF"))
    if validation is not None and not validation["ok"]:
        rules = ", ".join(
            sorted({v["rule"] for v in validation["violations"] if v["severity"] == "fatal"})[:8]
        )
        parts.append(msg("validation failed: {rules}", rules=rules))
    for dup in duplicates:
        parts.append(
            msg("possible duplicate of case {case} ({reason})", case=dup.case_id,
                reason=dup.reason)
        )  # fmt: skip
    return join_messages(parts, "; ")


def take_in(
    db: Database,
    actor: Actor,
    files: Iterable[tuple[str, bytes]],
    parser: Parser,
    progress: Progress | None = None,
) -> list[IntakeOutcome]:
    """Take in several files: every case is created first, then parsed in the pool."""
    received: list[tuple[str, int, bytes]] = []
    for name, content in files:
        received.append((name, receive(db, actor, name, content), content))
    pending: list[tuple[str, int, Future[ParseResult]]] = []
    for name, case_id, content in received:
        start_processing(db, case_id)
        pending.append((name, case_id, parser.submit(content, name)))
    if progress:  # every case exists now (Processing): the caller may show them
        progress(0, len(pending))
    outcomes: list[IntakeOutcome] = []
    for done, (name, case_id, future) in enumerate(pending, start=1):
        outcome = apply_result(db, case_id, future.result())
        outcome.file = name
        outcomes.append(outcome)
        if progress:
            progress(done, len(pending))
    return outcomes


def read_files(paths: Iterable[Path]) -> list[tuple[str, bytes]]:
    """Read files from disk for :func:`take_in` (unreadable files become empty content)."""
    files: list[tuple[str, bytes]] = []
    for path in paths:
        try:
            files.append((path.name, path.read_bytes()))
        except OSError:
            files.append((path.name, b""))
    return files


def learn_from_correction(db: Database, case_id: int, corrected: dict[str, str | None]) -> bool:
    """Store read-out hints for the case's supplier from the clerk's corrected values."""
    from invoicedesk.documents.intake.hints import learn_hints

    with db.write() as s:
        case = s.get(Case, case_id)
        if case is None or not case.extraction:
            return False
        words = [tuple(w) for w in case.extraction.get("words", [])]
        if not words:
            return False
        learned = learn_hints(words, corrected)
        if not learned:
            return False
        store_hints(s, case.party_id, corrected, learned)
        return True


def case_ids_by_status(db: Database, status: str) -> list[int]:
    """Incoming case ids in one status (for the GUI and tests)."""
    with db.read() as s:
        return list(s.scalars(select(Case.id).where(Case.direction == "in", Case.status == status)))
