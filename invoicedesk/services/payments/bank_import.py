"""Importing bank statement files: read, recognise repeats, match, book or propose.

Each file is read completely first (:func:`invoicedesk.documents.bank.read.read_statements`);
a broken file ends with its one-line reason and changes nothing. The clerk's rights are
checked once per import; then each statement is stored **batch by batch**, one transaction per
:data:`BATCH_LINES` lines, each batch matched against an index of only the open cases its lines
may name (:func:`invoicedesk.services.payments.open_items.batch_index`, a set-based look-up of
the lines' number keys, amounts and IBANs)
(:func:`invoicedesk.services.payments.bulk_booking.store_and_book`): its lines matched, stored,
the sure ones booked as payments with their allocations, history rows and payment states.

A statement already imported — the same account and statement id/sequence, or the same
entries — adds nothing and its lines are reported as ``duplicate``. An import that was killed
between two batches left whole batches only (each batch is one transaction): importing the file
again finds the statement, skips the lines stored (reported ``duplicate``) and goes on with the
next position, so nothing is booked twice and nothing is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from invoicedesk.documents.bank.model import BankFileError, Entry, Statement
from invoicedesk.documents.bank.read import read_statements
from invoicedesk.domain.authority import Rights
from invoicedesk.domain.messages import Message, msg
from invoicedesk.domain.payments.matching import LineFacts
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.payments.bulk_booking import line_facts, store_and_book
from invoicedesk.services.payments.open_items import IbanCases, batch_index
from invoicedesk.services.permissions import require_clerk
from invoicedesk.store.database import Database
from invoicedesk.store.match_keys import fill_missing_keys
from invoicedesk.store.models.payments import BankStatement, StatementLine

#: statement lines stored and booked per transaction
BATCH_LINES = 2000


@dataclass(frozen=True)
class LineResult:
    """One statement line as the import left it."""

    date: date
    amount: Decimal
    currency: str
    end_to_end_id: str
    reference: str
    name: str
    matched_case_ids: tuple[int, ...]
    state: str
    line_id: int | None = None


@dataclass
class FileResult:
    """One file: its lines, or the reason it was refused."""

    name: str
    error: str = ""
    statements: int = 0
    duplicates: int = 0
    lines: list[LineResult] = field(default_factory=list)
    #: what the clerk should check although the file was imported (a statement whose
    #: balances and entries do not add up)
    warnings: list[Message] = field(default_factory=list)

    def count(self, state: str) -> int:
        """How many lines ended in ``state``."""
        return sum(1 for line in self.lines if line.state == state)


def facts(entry: Entry | StatementLine) -> LineFacts:
    """What the matching needs of a parsed entry or a stored line."""
    if isinstance(entry, Entry):
        return line_facts(entry)
    return LineFacts(
        entry.amount,
        entry.currency,
        entry.counterparty_name,
        entry.counterparty_iban,
        entry.reference,
        entry.end_to_end_id,
    )


def _stored_statement(session: Session, statement: Statement) -> BankStatement | None:
    """The statement as imported before (same account and key, or the same entries), locked
    until the transaction ends, so two imports of one file take turns."""
    return session.scalar(
        select(BankStatement)
        .where(
            or_(
                (BankStatement.account == statement.account[:64])
                & (BankStatement.statement_key == statement.key),
                BankStatement.entries_sha256 == statement.entries_sha256(),
            )
        )
        .order_by(BankStatement.id)
        .limit(1)
        .with_for_update()
    )


def _lines_stored(session: Session, statement_id: int) -> int:
    """How many lines of the statement are stored (batches are whole: positions 1..n)."""
    return int(
        session.scalar(
            select(func.max(StatementLine.position)).where(
                StatementLine.statement_id == statement_id
            )
        )
        or 0
    )


def _result(
    entry: Entry, state: str, case_ids: tuple[int, ...] = (), line_id: int | None = None
) -> LineResult:
    return LineResult(
        entry.booking_date,
        entry.amount,
        entry.currency,
        entry.end_to_end_id,
        entry.reference,
        entry.name,
        case_ids,
        state,
        line_id,
    )


def import_statements(
    db: Database,
    actor: Actor,
    statements: list[Statement],
    name: str,
    batch_lines: int = BATCH_LINES,
) -> FileResult:
    """Store and match the statements of one file: the clerk's rights are checked once
    (and the number keys of cases written in bulk filled in), then each statement goes in
    batch by batch."""
    with db.read() as s:
        rights = require_clerk(s, actor, msg("Importing a bank statement"))
    with db.write() as s:
        fill_missing_keys(s)
    result = FileResult(name, statements=len(statements))
    for statement in statements:
        if statement.balance_gap:
            result.warnings.append(
                msg(
                    "Statement {statement} does not add up: its entries miss the closing "
                    "balance by {gap}; lines may be missing, check it with the bank.",
                    statement=statement.key,
                    gap=statement.balance_gap,
                )
            )
        import_statement(db, actor, rights, statement, name, result, batch_lines)
    return result


def import_statement(
    db: Database,
    actor: Actor,
    rights: Rights,
    statement: Statement,
    name: str,
    result: FileResult,
    batch_lines: int = BATCH_LINES,
) -> None:
    """Store, match and book one statement, one transaction per batch of lines; a statement
    imported before (completely) is reported ``duplicate``, one imported only in part is
    completed from the first missing line."""
    entries = statement.entries
    done = -1  # lines of the statement dealt with (-1: not looked up yet)
    while done < len(entries):
        start = max(done, 0)
        with db.read() as r:  # outside the write lock; the batch re-reads its cases locked
            index = batch_index(r, [line_facts(e) for e in entries[start : start + batch_lines]])
        with db.write() as s:
            stored = _stored_statement(s, statement)
            seen_before = stored is not None
            if stored is None:
                stored = BankStatement(
                    account=statement.account[:64],
                    statement_key=statement.key,
                    file_format=statement.file_format,
                    file_name=name[-260:],
                    entries_sha256=statement.entries_sha256(),
                    currency=statement.currency,
                    imported_by_id=actor.user_id,
                )
                s.add(stored)
                s.flush()
            have = _lines_stored(s, stored.id) if seen_before else 0
            if done < 0 and seen_before and have >= len(entries):
                result.duplicates += 1  # imported completely before
            # lines stored before (or by an import running alongside): reported, not redone
            result.lines.extend(_result(e, "duplicate") for e in entries[max(done, 0) : have])
            done = max(done, have)
            batch = entries[done : done + batch_lines]
            if batch:
                if done != start:  # lines stored meanwhile: the index of the lines left
                    index = batch_index(s, [line_facts(e) for e in batch])
                index.iban_loader = IbanCases(s)  # cases of an IBAN read under the batch's lock
                stored_lines = store_and_book(s, actor, rights, stored.id, done + 1, batch, index)
                result.lines.extend(
                    _result(e, line.state, line.case_ids, line.line_id)
                    for e, line in zip(batch, stored_lines, strict=True)
                )
            done += len(batch)
            if not batch:
                break


def import_file(
    db: Database,
    actor: Actor,
    path: Path,
    data: bytes | None = None,
    parse: Callable[[bytes], list[Statement]] = read_statements,
    batch_lines: int = BATCH_LINES,
) -> FileResult:
    """Import one file batch by batch; a broken file is reported, nothing changes."""
    name = path.name
    try:
        raw = data if data is not None else path.read_bytes()
        statements = parse(raw)
    except BankFileError as exc:
        return FileResult(name, error=str(exc))
    except OSError as exc:
        return FileResult(
            name, error=str(msg("The file cannot be read: {error}", error=exc.strerror or str(exc)))
        )
    return import_statements(db, actor, statements, name, batch_lines)


def import_files(db: Database, actor: Actor, paths: Iterable[Path]) -> list[FileResult]:
    """Import several files, each on its own (one broken file does not stop the others)."""
    return [import_file(db, actor, Path(p)) for p in paths]
