"""Importing bank statement files: read, recognise repeats, match, book or propose.

Each file is read completely first (:func:`invoicedesk.documents.bank.read.read_statements`);
a broken file ends with its one-line reason and changes nothing. A file's statements are then
stored in one transaction: a statement already imported — the same account and statement
id/sequence, or the same entries — adds nothing and its lines are reported as ``duplicate``.
Every new line is matched (:mod:`invoicedesk.domain.payments.matching`): a sure match is
booked as a payment at once, others wait in the reconciliation with their candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from invoicedesk.documents.bank.model import BankFileError, Entry, Statement
from invoicedesk.documents.bank.read import read_statements
from invoicedesk.domain.messages import msg, to_record
from invoicedesk.domain.payments.matching import LineFacts, Match, OpenIndex, match_line
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.payments.open_items import open_index
from invoicedesk.services.payments.recording import PaymentInput, record_in_session
from invoicedesk.services.permissions import require_clerk
from invoicedesk.store.database import Database
from invoicedesk.store.models.payments import BankStatement, StatementLine


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

    def count(self, state: str) -> int:
        """How many lines ended in ``state``."""
        return sum(1 for line in self.lines if line.state == state)


def facts(entry: Entry | StatementLine) -> LineFacts:
    """What the matching needs of a parsed entry or a stored line."""
    if isinstance(entry, Entry):
        return LineFacts(
            entry.amount,
            entry.currency,
            entry.name,
            entry.iban,
            entry.reference,
            entry.end_to_end_id,
        )
    return LineFacts(
        entry.amount,
        entry.currency,
        entry.counterparty_name,
        entry.counterparty_iban,
        entry.reference,
        entry.end_to_end_id,
    )


def _is_duplicate(session: Session, statement: Statement) -> bool:
    found = session.scalar(
        select(BankStatement.id)
        .where(
            or_(
                (BankStatement.account == statement.account)
                & (BankStatement.statement_key == statement.key),
                BankStatement.entries_sha256 == statement.entries_sha256(),
            )
        )
        .limit(1)
    )
    return found is not None


def _proposal(match: Match) -> list[dict[str, object]] | None:
    if not match.candidates:
        return None
    return [
        {
            "case_id": c.case_id,
            "amount": str(c.amount),
            "score": c.score,
            "reason": to_record(c.reason),
        }
        for c in match.candidates
    ]


def _store_line(
    session: Session,
    actor: Actor,
    stored: BankStatement,
    position: int,
    entry: Entry,
    index: OpenIndex,
) -> LineResult:
    match = match_line(facts(entry), index)
    line = StatementLine(
        statement_id=stored.id,
        position=position,
        booking_date=entry.booking_date,
        value_date=entry.value_date,
        amount=entry.amount,
        currency=entry.currency,
        counterparty_name=entry.name[:200],
        counterparty_iban=entry.iban[:34],
        reference=entry.reference,
        end_to_end_id=entry.end_to_end_id[:64],
        bank_reference=entry.bank_reference[:64],
        state=match.state,
        proposal=_proposal(match),
    )
    session.add(line)
    session.flush()
    if match.auto:
        booked = book_line(session, actor, line, [(c.case_id, c.amount) for c in match.candidates])
        for case_id, part in booked:
            index.settle(case_id, part)
    return LineResult(
        entry.booking_date,
        entry.amount,
        entry.currency,
        entry.end_to_end_id,
        entry.reference,
        entry.name,
        tuple(c.case_id for c in match.candidates),
        line.state,
        line.id,
    )


def book_line(
    session: Session, actor: Actor, line: StatementLine, allocations: list[tuple[int, Decimal]]
) -> list[tuple[int, Decimal]]:
    """Record the payment of a statement line with its parts per case; the line is booked."""
    recorded = record_in_session(
        session,
        actor,
        PaymentInput(
            amount=abs(line.amount),
            booked_on=line.booking_date,
            allocations=allocations,
            direction="in" if line.amount > 0 else "out",
            currency=line.currency,
            party_name=line.counterparty_name,
            iban=line.counterparty_iban,
            reference=line.reference,
            end_to_end_id=line.end_to_end_id,
            source="bank",
            statement_line_id=line.id,
        ),
    )
    line.payment_id = recorded.payment_id
    line.state = "booked"
    return allocations


def import_statements(
    session: Session,
    actor: Actor,
    statements: list[Statement],
    name: str,
    index: OpenIndex | None = None,
) -> FileResult:
    """Store and match the statements of one file in the caller's transaction."""
    require_clerk(session, actor, msg("Importing a bank statement"))
    result = FileResult(name, statements=len(statements))
    index = index if index is not None else open_index(session)
    for statement in statements:
        if _is_duplicate(session, statement):
            result.duplicates += 1
            result.lines.extend(
                LineResult(
                    e.booking_date,
                    e.amount,
                    e.currency,
                    e.end_to_end_id,
                    e.reference,
                    e.name,
                    (),
                    "duplicate",
                )
                for e in statement.entries
            )
            continue
        stored = BankStatement(
            account=statement.account[:64],
            statement_key=statement.key,
            file_format=statement.file_format,
            file_name=name[-260:],
            entries_sha256=statement.entries_sha256(),
            currency=statement.currency,
            imported_by_id=actor.user_id,
        )
        session.add(stored)
        session.flush()
        for position, entry in enumerate(statement.entries, start=1):
            result.lines.append(_store_line(session, actor, stored, position, entry, index))
    return result


def import_file(
    db: Database,
    actor: Actor,
    path: Path,
    data: bytes | None = None,
    parse: Callable[[bytes], list[Statement]] = read_statements,
) -> FileResult:
    """Import one file in its own transaction; a broken file is reported, nothing changes."""
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
    with db.write() as s:
        return import_statements(s, actor, statements, name)


def import_files(db: Database, actor: Actor, paths: Iterable[Path]) -> list[FileResult]:
    """Import several files, each on its own (one broken file does not stop the others)."""
    return [import_file(db, actor, Path(p)) for p in paths]
