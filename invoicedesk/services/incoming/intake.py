"""Taking in supplier invoices: Uploading -> Processing -> Ready or Error, always to the end.

The file's bytes are stored untouched as the case's attachment in the first transaction,
together with the case's lease (:mod:`invoicedesk.services.incoming.leases`), so nothing is
lost whatever happens next. Parsing and e-invoice validation run in a sandboxed worker process
(:class:`~invoicedesk.documents.intake.sandbox.ParserPool`); the result is applied in a second
transaction that fills the fields and checks duplicates, and drops the lease.

Whatever stops the intake between two lines, every file is in one of three states: no case yet
(its transaction did not commit: take it in again), a case being read under a lease (renewed
by a heartbeat while this process lives; once it runs out, the next intake, dispatcher pass or
``invoicedesk intake --recover`` reads it again from the stored bytes), or a finished case.
Taking the same file in again resumes its stuck case instead of making a duplicate. Anything
that goes wrong with one file ends that case in *Error* with the reason; the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.documents.intake.completeness import FIELD_LABELS, fields_to_check
from invoicedesk.documents.intake.hints import apply_hints
from invoicedesk.documents.intake.result import FIELD_NAMES, ParseResult
from invoicedesk.documents.intake.sandbox import SHUT_DOWN
from invoicedesk.domain.enums import Direction, InStatus
from invoicedesk.domain.messages import Message, join_messages, msg, to_record
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import apply_action, load_for_update, record
from invoicedesk.services.cases.attachments import attach, guess_mime, sha256_hex
from invoicedesk.services.incoming import leases
from invoicedesk.services.incoming.duplicates import Duplicate, find_duplicates
from invoicedesk.services.incoming.leases import LEASE, MAX_ATTEMPTS, Heartbeat, LeasedFile
from invoicedesk.services.incoming.supplier_hints import hints_for, store_hints
from invoicedesk.services.incoming.supplier_match import match_supplier
from invoicedesk.services.interruptions import WorkInterrupted, reason_of, stops_the_work
from invoicedesk.store.case_query import search_text_for
from invoicedesk.store.database import Database, db_now, retry_transient
from invoicedesk.store.models.cases import Case, CaseLine
from invoicedesk.store.models.documents import Attachment
from invoicedesk.store.models.incoming import IntakeLease

log = logging.getLogger(__name__)

#: callable(done, total) for progress reports
Progress = Callable[[int, int], None]
#: stuck cases an intake takes up along with its own files
RECOVER_BATCH = 20
#: photos and scans taken in like scanned PDFs
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff")
#: the attachment kind of the searchable copy of a scan (the original stays as it was)
SEARCHABLE = "searchable_pdf"
#: the largest amount a case can store (cents in a signed 64-bit integer, with room to spare)
MAX_AMOUNT = Decimal("1e12")


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
    #: a case left behind by a process that stopped was read to the end by this intake
    resumed: bool = False
    #: e.g. that the file is being read by another process right now
    note: str | None = None
    #: the fields were read from a scan by OCR
    ocr: bool = False
    #: the confidence (0..1) of each field found
    confidence: dict[str, float] = field(default_factory=dict)


def _create(s: Session, actor: Actor, filename: str, content: bytes) -> int:
    """Add the case in *Uploading* with the original bytes attached; return its id."""
    name = Path(filename).name or "upload"
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
        if name.lower().endswith(IMAGE_SUFFIXES):
            kind = "invoice_image"
        attach(s, case.id, name, content, actor=actor, kind=kind, mime_type=guess_mime(name))
    return case.id


@retry_transient
def receive(
    db: Database, actor: Actor, filename: str, content: bytes, *, owner: str | None = None,
    lease: timedelta = LEASE,
) -> int:  # fmt: skip
    """Create the case in *Uploading* with the original bytes attached (and, for an
    ``owner``, its lease) in one transaction; return its id."""
    with db.write() as s:
        case_id = _create(s, actor, filename, content)
        if owner is not None:
            leases.take(s, case_id, owner, lease)
        return case_id


@retry_transient
def _admit(
    db: Database, actor: Actor, name: str, content: bytes, owner: str, lease: timedelta
) -> LeasedFile | IntakeOutcome:
    """One transaction: take up the stuck case of the same file (its reader is gone), or
    report the case that another process is reading right now, or create a new case."""
    with db.write() as s:
        sha = sha256_hex(content) if content else None
        same = Case.source_sha256 == sha if sha else Case.id.is_(None)
        stuck = s.scalar(
            select(Case)
            .outerjoin(IntakeLease, IntakeLease.case_id == Case.id)
            .where(leases.stuck(db_now(s)), same)
            .order_by(Case.id)
            .limit(1)
            .with_for_update(skip_locked=True, of=Case)
        )
        if stuck is not None:
            attempt = leases.take(s, stuck.id, owner, lease)
            note = msg("file {name} taken in again: reading resumed", name=Path(name).name)
            record(s, stuck, actor, "intake_resumed", stuck.status, note)
            return LeasedFile(name, stuck.id, content, resumed=True, attempt=attempt)
        busy = s.execute(
            select(Case.id, Case.status)
            .join(IntakeLease, IntakeLease.case_id == Case.id)
            .where(Case.status.in_(leases.READING), IntakeLease.owner != owner, same)
            .limit(1)
        ).first()
        if busy is not None:
            note = msg("the same file is being read by another process right now; it finishes "
                       "the case there or it is taken up again here")  # fmt: skip
            return IntakeOutcome(name, busy[0], busy[1], note=note)
        case_id = _create(s, actor, name, content)
        leases.take(s, case_id, owner, lease)
        return LeasedFile(name, case_id, content)


@retry_transient
def start_processing(db: Database, case_id: int, owner: str | None = None) -> bool:
    """Move a received case to *Processing* (one already there stays); False when ``owner``
    no longer holds its lease."""
    with db.write() as s:
        case = load_for_update(s, case_id)
        if owner is not None and not leases.owns(s, case_id, owner):
            return False
        if case.status == InStatus.UPLOADING.value:
            apply_action(s, case, Actor.system(), Action.SYSTEM_PROCESSING)
        return True


def _decimal(value: str | None) -> Decimal | None:
    """A stored amount or quantity; ``None`` for text that is none, or one beyond what a
    case can hold (NaN, infinity, 1e30)."""
    if value is None:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() and abs(number) < MAX_AMOUNT else None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None




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
        "ocr": result.ocr,
        "notes": [to_record(note) for note in result.notes],
        "words": [list(w) for w in result.words] if einv is None else [],
        "details": einv.details if einv is not None and einv.details else result.details,
        "check_fields": fields_to_check(result.fields) if einv is None else [],
    }


def _to_error(s: Session, case: Case, reason: str) -> None:
    """End a case being read in *Error* with ``reason`` (history row, lease dropped)."""
    case.error_message = reason
    apply_action(s, case, Actor.system(), Action.SYSTEM_ERROR, reason)
    leases.release(s, case.id)


def _taken_over(case: Case) -> IntakeOutcome:
    note = msg("another process took the case over and finishes it")
    return IntakeOutcome(file="", case_id=case.id, status=case.status, note=note)


@retry_transient
def mark_error(db: Database, case_id: int, reason: str, owner: str | None = None) -> IntakeOutcome:
    """End a case being read in *Error* (unless ``owner`` lost its lease meanwhile)."""
    with db.write() as s:
        case = load_for_update(s, case_id)
        if owner is not None and not leases.owns(s, case_id, owner):
            return _taken_over(case)
        _to_error(s, case, reason)
        return IntakeOutcome(file="", case_id=case_id, status=case.status, error=reason)


@retry_transient
def apply_result(
    db: Database, case_id: int, result: ParseResult, owner: str | None = None
) -> IntakeOutcome:
    """Fill the case from a parse result: *Ready* with fields, or *Error* with the reason.
    With an ``owner``, only while it still holds the case's lease (else nothing changes)."""
    system = Actor.system()
    validation = result.validation if result.ok else None
    with db.write() as s:
        case = load_for_update(s, case_id)
        if owner is not None and not leases.owns(s, case_id, owner):
            return _taken_over(case)
        outcome = IntakeOutcome(file="", case_id=case_id, status=case.status)
        if not result.ok:
            _to_error(s, case, result.error or msg("The file could not be read."))
            outcome.status, outcome.error = case.status, case.error_message
            return outcome
        leases.release(s, case_id)
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
        if result.searchable:
            _attach_searchable(s, case, result.searchable)
        notes = _ready_comment(result, validation, duplicates)
        apply_action(s, case, system, Action.SYSTEM_READY, notes)
        outcome.status = case.status
        outcome.duplicates = [d.__dict__ for d in duplicates]
        outcome.duplicate_of = [d.case_id for d in duplicates]
        outcome.einvoice_profile = result.einvoice.profile if result.einvoice else None
        outcome.validation = validation
        outcome.fields = {name: result.value(name) for name in FIELD_NAMES}
        outcome.fields["supplier_name"] = result.value("supplier_name")
        outcome.ocr = result.ocr is not None
        outcome.confidence = {
            name: round(found.confidence, 3) for name, found in result.fields.items() if found.value
        }
        return outcome


def _attach_searchable(s: Session, case: Case, content: bytes) -> None:
    """Store the searchable copy of a scan beside the original (once per case)."""
    exists = s.scalar(
        select(Attachment.id).where(Attachment.case_id == case.id, Attachment.kind == SEARCHABLE)
    )
    if exists is not None:
        return
    original = s.scalar(
        select(Attachment.filename).where(Attachment.case_id == case.id).order_by(Attachment.id)
    )
    stem = Path(original or "scan").stem
    attach(s, case.id, f"{stem} (searchable).pdf", content, actor=Actor.system(),
           kind=SEARCHABLE, mime_type="application/pdf")  # fmt: skip


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
        sure = (result.has_text or result.ocr is not None) and not fields_to_check(result.fields)
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
    elif result.has_text or result.ocr is not None:
        if result.ocr is not None:
            percent = round(100 * float(result.ocr.get("confidence", 0)))
            parts.append(msg("read from a scan (OCR confidence {percent} %)", percent=percent))
        else:
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
    *,
    lease: timedelta = LEASE,
    recover: int = RECOVER_BATCH,
    on_stored: Callable[[int], None] | None = None,
) -> list[IntakeOutcome]:
    """Take in several files and read each to the end (*Ready* or *Error*).

    Every case is created (or, for a file whose earlier intake stopped, taken up again) with
    its lease first — ``on_stored(index)`` is called once the ``index``-th file is safe in the
    database — then read in the pool. Up to ``recover`` cases left behind by stopped intakes
    are read along. Raises :class:`WorkInterrupted` — saying exactly what was committed — when
    the database is lost part-way.
    """
    files = list(files)
    owner = leases.new_owner()
    outcomes: list[IntakeOutcome] = []  # files being read elsewhere, then those read here
    items: list[LeasedFile] = []
    admitted = elsewhere = 0
    with Heartbeat(db, owner, lease):
        try:
            for name, content in files:
                item = _admit(db, actor, name, content, owner, lease)
                if isinstance(item, LeasedFile):
                    items.append(item)
                else:
                    outcomes.append(item)
                    elsewhere += 1
                if on_stored is not None:
                    on_stored(admitted)
                admitted += 1
            if recover:
                items += leases.claim_expired(db, owner, lease, recover)
            read_leased(db, owner, items, parser, progress, into=outcomes)
        except Exception as exc:
            if not stops_the_work(exc):
                raise
            done = len(outcomes) - elsewhere
            raise intake_stopped(exc, done, len(items) - done, len(files) - admitted) from exc
    return outcomes


def read_leased(
    db: Database,
    owner: str,
    items: list[LeasedFile],
    parser: Parser,
    progress: Progress | None = None,
    *,
    into: list[IntakeOutcome] | None = None,
) -> list[IntakeOutcome]:
    """Read cases whose lease ``owner`` holds: *Processing*, parse in the pool, apply. The
    outcomes are appended to ``into`` as they are committed (and returned)."""
    outcomes = [] if into is None else into
    pending: list[tuple[LeasedFile, Future[ParseResult] | None]] = []
    for item in items:
        if item.attempt > MAX_ATTEMPTS:
            pending.append((item, None))
        elif start_processing(db, item.case_id, owner):
            pending.append((item, parser.submit(item.content, item.name)))
    if progress:  # every case exists now (Processing): the caller may show them
        progress(0, len(pending))
    for done, (item, future) in enumerate(pending, start=1):
        outcome = _finish(db, owner, item, future)
        outcome.file, outcome.resumed = item.name, item.resumed
        outcomes.append(outcome)
        if progress:
            progress(done, len(pending))
    return outcomes


def _finish(
    db: Database, owner: str, item: LeasedFile, future: Future[ParseResult] | None
) -> IntakeOutcome:
    """Apply one file's result; anything that goes wrong ends its case in *Error*."""
    if future is None:
        reason = msg("The file could not be read in {attempts} attempts: each time, the process "
                     "reading it stopped. Use Read again to try once more.",
                     attempts=MAX_ATTEMPTS)  # fmt: skip
        return mark_error(db, item.case_id, reason, owner)
    try:
        result = future.result()
        if result is SHUT_DOWN:  # the application quits: the lease runs out, recovery reads it
            note = msg("the application stopped before the file was read; it is read later")
            return IntakeOutcome(item.name, item.case_id, InStatus.PROCESSING.value, note=note)
        return apply_result(db, item.case_id, result, owner)
    except Exception as exc:
        if stops_the_work(exc):
            raise
        log.exception("intake of %s (case %s) failed", item.name, item.case_id)
        reason = msg("The read-out could not be stored ({error}).", error=reason_of(exc))
        return mark_error(db, item.case_id, reason, owner)


def intake_stopped(exc: BaseException, done: int, stored: int, missing: int) -> WorkInterrupted:
    """The error of an intake that lost the database: what was committed, how to go on."""
    return WorkInterrupted(
        "The intake stopped after {done} of {total} files were read to the end; {stored} more "
        "are stored and are read again automatically (or with `invoicedesk intake --recover`); "
        "{missing} were not taken in. Reason: {reason}.",
        done=done,
        total=done + stored + missing,
        stored=stored,
        missing=missing,
        reason=reason_of(exc),
    )


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
