"""Checking the audit trail: recompute every hash chain and name each row that breaks one.

The status history and the admin log are append-only in the database (migration 16b) and
hash-chained by the application (:mod:`invoicedesk.store.audit`). :func:`verify_audit_trail`
reads every row twice — once in id order for the chain over the whole table, once per case or
subject for the row chains — and recomputes both hashes, so a row changed or deleted after
the triggers were dropped is found (the row itself, or the one after a deleted row). It also
reports, per day, how many rows the table chain grew by and its hash at the end of that day:
an auditor who wrote those down can later tell whether the whole chain was recomputed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.messages import msg
from invoicedesk.store.audit import GENESIS, chain_digest, row_digest, seal
from invoicedesk.store.database import Database
from invoicedesk.store.models.audit import AdminLog
from invoicedesk.store.models.cases import StatusHistory

AUDITED = (StatusHistory, AdminLog)
_BATCH = 5000


@dataclass(frozen=True)
class BrokenRow:
    """A row whose stored hash does not match the recomputed one."""

    table: str
    id: int
    #: the case id (history) or ``area:subject`` (admin log)
    chain: str
    problem: str


@dataclass(frozen=True)
class DayHead:
    """The table chain at the end of one day (UTC)."""

    table: str
    day: str
    rows: int
    chain_hash: str


@dataclass
class AuditReport:
    """What :func:`verify_audit_trail` found."""

    rows: dict[str, int] = field(default_factory=dict)
    broken: list[BrokenRow] = field(default_factory=list)
    days: list[DayHead] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every chain is intact."""
        return not self.broken


def _stream(session: Session, model: Any, order: list[Any]) -> Iterator[Any]:
    columns = [model.id, model.at, model.row_hash, model.chain_hash, model.chain_part]
    columns += [getattr(model, name) for name in model.AUDIT_FIELDS if name != "at"]
    result = session.execute(select(*columns).order_by(*order).execution_options(yield_per=_BATCH))
    yield from result


def _chain_name(model: Any, row: Any) -> str:
    return ":".join(str(getattr(row, name)) for name in model.CHAIN_KEY)


def _check_table_chain(session: Session, model: Any, report: AuditReport) -> None:
    """Each part of the table chain in id order; at each day's end the seal of all parts."""
    table = model.__tablename__
    heads: dict[int, str] = {}
    count, day_rows = 0, 0
    day: str | None = None
    for row in _stream(session, model, [model.id]):
        count += 1
        row_day = row.at.date().isoformat()
        if day is not None and row_day != day:
            report.days.append(DayHead(table, day, day_rows, seal(heads)))
            day_rows = 0
        day, day_rows = row_day, day_rows + 1
        previous = heads.get(row.chain_part, GENESIS)
        if chain_digest(previous, row.row_hash) != row.chain_hash:
            report.broken.append(
                BrokenRow(
                    table,
                    row.id,
                    _chain_name(model, row),
                    msg(
                        "it does not follow the row before it in the table (a row before it was "
                        "deleted or changed)"
                    ),
                )
            )
        heads[row.chain_part] = row.chain_hash
    if day is not None:
        report.days.append(DayHead(table, day, day_rows, seal(heads)))
    report.rows[table] = count


def _check_row_chains(session: Session, model: Any, report: AuditReport) -> None:
    table = model.__tablename__
    order = [getattr(model, name) for name in model.CHAIN_KEY] + [model.id]
    key: tuple[Any, ...] | None = None
    previous = GENESIS
    for row in _stream(session, model, order):
        row_key = tuple(getattr(row, name) for name in model.CHAIN_KEY)
        if row_key != key:
            key, previous = row_key, GENESIS
        values = {name: getattr(row, name) for name in model.AUDIT_FIELDS}
        if row_digest(previous, values, model.AUDIT_FIELDS) != row.row_hash:
            report.broken.append(
                BrokenRow(
                    table,
                    row.id,
                    _chain_name(model, row),
                    msg(
                        "its content does not match its hash (the row was changed, or the row "
                        "before it in its chain was deleted)"
                    ),
                )
            )
        previous = row.row_hash


def verify_audit_trail(db: Database) -> AuditReport:
    """Recompute every chain of the status history and the admin log."""
    report = AuditReport()
    with db.read() as s:
        for model in AUDITED:
            _check_row_chains(s, model, report)
            _check_table_chain(s, model, report)
    report.broken.sort(key=lambda b: (b.table, b.id))
    return report
