"""Hash chains over the status history and the admin log, and the maintenance switch.

Every row of an audited table (:class:`~invoicedesk.store.models.cases.StatusHistory`,
:class:`~invoicedesk.store.models.audit.AdminLog`) carries two SHA-256 hashes, computed here by
the application:

- ``row_hash`` = H(previous ``row_hash`` of the same case (history) or subject (admin log),
  the row's own columns) — each case's history is a chain of its own;
- ``chain_hash`` = H(previous ``chain_hash`` of the same part of the table, ``row_hash``) —
  the table chain over all cases, in the order of the ids, kept in ``CHAIN_PARTS`` parts
  (history: part ``case_id % 16``; the column ``chain_part`` names it; rows written before
  migration 22a are all part 0, which goes on from them); ``invoicedesk audit verify`` reports
  at the end of each day one seal over the heads of all parts (:func:`seal`), which an auditor
  may write down.

Audited rows are not added to the session directly but queued with :func:`append`; just before
the transaction commits (``before_commit``) the queue is written under one lock per part it
extends (PostgreSQL advisory locks, taken in one order; SQLite writers are serialised anyway),
so every row links to the row of its part committed before it, whatever locks the transaction
took earlier. Writers of different parts no longer wait for each other's commit. The
triggers of migration 16b refuse UPDATE and DELETE on these tables; :func:`maintenance` lets
a maintenance job (a benchmark's clean-up) pass them inside its own transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Integer, cast, delete, event, func, insert, select
from sqlalchemy.orm import Session

from invoicedesk.store.models.audit import AdminLog, AuditMaintenance
from invoicedesk.store.models.cases import StatusHistory
from invoicedesk.store.types import utcnow

#: prefix of every hashed text: the canonical form's version
HASH_VERSION = "invoicedesk-audit-1"
#: the hash a chain starts from
GENESIS = "0" * 64
#: PostgreSQL advisory locks serialising the appends to one part of a chain: the two-key form,
#: this constant ("ID" + 16) and a number per table and part (:func:`_lock_id`)
ADVISORY_KEY = 0x49_44_00_16
#: the audited tables in the order of their lock numbers
_LOCK_TABLES = ("status_history", "admin_log")
_QUEUE = "invoicedesk.audit_queue"


def canonical(value: Any) -> Any:
    """A value in the form that is hashed (the same whether fresh or read back)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    return value


def row_digest(previous: str, values: Mapping[str, Any], fields: Sequence[str]) -> str:
    """The ``row_hash`` of a row with ``values`` after a row hashed ``previous``."""
    body = json.dumps(
        {name: canonical(values.get(name)) for name in fields},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{HASH_VERSION}|{previous}|{body}".encode()).hexdigest()


def chain_digest(previous: str, row_hash: str) -> str:
    """The ``chain_hash`` of a row after a row whose chain hash was ``previous``."""
    return hashlib.sha256(f"{HASH_VERSION}|{previous}|{row_hash}".encode()).hexdigest()


def _key(model: Any, values: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(values.get(name) for name in model.CHAIN_KEY)


def chain_part(model: Any, values: Mapping[str, Any]) -> int:
    """The part of ``model``'s table chain a row with ``values`` extends."""
    if model.CHAIN_PARTS == 1:
        return 0
    return int(values[model.CHAIN_KEY[0]]) % int(model.CHAIN_PARTS)


def seal(heads: Mapping[int, str]) -> str:
    """One hash over the heads of all parts of a table chain (the figure a day ends with).

    A table with rows in part 0 only (every table before migration 22a) is sealed by that
    part's head itself, the figure ``audit verify`` reported before the chain had parts.
    """
    if not heads:
        return GENESIS
    if set(heads) == {0}:
        return heads[0]
    body = "|".join(f"{part}:{heads[part]}" for part in sorted(heads))
    return hashlib.sha256(f"{HASH_VERSION}|seal|{body}".encode()).hexdigest()


class ChainHeads:
    """The last hashes of one audited table, read under the lock and advanced row by row."""

    def __init__(
        self,
        session: Session,
        model: Any,
        *,
        fresh_keys: bool = False,
        keys: Collection[tuple[Any, ...]] = (),
    ) -> None:
        """Read the heads of the parts the ``keys`` extend (locked by the caller); with one
        chain ``keys`` its last row too, in the same query (the common commit: one history
        row); with more, all of them in one more query."""
        self.session, self.model, self.fresh_keys = session, model, fresh_keys
        table = model.__table__
        self._table = table
        self._rows: dict[tuple[Any, ...], str] = {}
        self.chains: dict[int, str] = {}
        if len(keys) == 1 and not fresh_keys:
            (key,) = tuple(keys)
            part = chain_part(model, dict(zip(model.CHAIN_KEY, key, strict=True)))
            last = select(table.c.row_hash).order_by(table.c.id.desc()).limit(1)
            for name, value in zip(model.CHAIN_KEY, key, strict=True):
                last = last.where(table.c[name] == value)
            chain, previous = session.execute(
                select(self._head(part), last.scalar_subquery())
            ).one()
            self._rows[key] = previous or GENESIS
            self.chains[part] = chain or GENESIS
        else:
            self.preload(keys)

    def _head(self, part: int) -> Any:
        table = self._table
        return (
            select(table.c.chain_hash)
            .where(table.c.chain_part == part)
            .order_by(table.c.id.desc())
            .limit(1)
            .scalar_subquery()
        )

    def chain(self, part: int) -> str:
        """The ``chain_hash`` of the last row of part ``part`` (read once, then advanced)."""
        if part not in self.chains:
            self.chains[part] = self.session.execute(select(self._head(part))).scalar() or GENESIS
        return self.chains[part]

    def preload(self, keys: Collection[tuple[Any, ...]]) -> None:
        """Read the last ``row_hash`` of many chains in one query (a billing run's chunk)."""
        missing = [key for key in keys if key not in self._rows]
        if len(missing) < 2 or len(self.model.CHAIN_KEY) != 1:
            return
        table = self._table
        column = table.c[self.model.CHAIN_KEY[0]]
        values = [key[0] for key in missing]
        last = select(func.max(table.c.id)).where(column.in_(values)).group_by(column)
        found = self.session.execute(select(column, table.c.row_hash).where(table.c.id.in_(last)))
        for value, row_hash in found:
            self._rows[(value,)] = row_hash
        for key in missing:
            self._rows.setdefault(key, GENESIS)

    def previous_row_hash(self, key: tuple[Any, ...]) -> str:
        """The ``row_hash`` of the last row of the chain ``key`` (case or subject)."""
        if key not in self._rows and self.fresh_keys:
            self._rows[key] = GENESIS
        if key not in self._rows:
            table = self._table
            query = select(table.c.row_hash).order_by(table.c.id.desc()).limit(1)
            for name, value in zip(self.model.CHAIN_KEY, key, strict=True):
                query = query.where(table.c[name] == value)
            self._rows[key] = self.session.execute(query).scalar() or GENESIS
        return self._rows[key]

    def link(self, values: Mapping[str, Any]) -> tuple[str, str, int]:
        """(row_hash, chain_hash, chain_part) for the next row with ``values``; advances the
        heads."""
        key = _key(self.model, values)
        part = chain_part(self.model, values)
        row_hash = row_digest(self.previous_row_hash(key), values, self.model.AUDIT_FIELDS)
        self.chains[part] = chain_digest(self.chain(part), row_hash)
        self._rows[key] = row_hash
        return row_hash, self.chains[part], part


def _lock_id(model: Any, part: int) -> int:
    return _LOCK_TABLES.index(model.__tablename__) * 1000 + part


def lock_chains(session: Session, parts: Collection[tuple[Any, int]]) -> None:
    """Serialise appends to these parts (model, part) of the audit chains until the transaction
    ends (PostgreSQL), taking the locks in one order so that two writers never deadlock."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for lock in sorted({_lock_id(model, part) for model, part in parts}):
        session.execute(
            select(func.pg_advisory_xact_lock(cast(ADVISORY_KEY, Integer), cast(lock, Integer)))
        )


def append(session: Session, row: Any) -> None:
    """Queue an audited row; it is hashed and inserted just before the session commits."""
    session.info.setdefault(_QUEUE, []).append(row)


def queued(session: Session, model: type[Any]) -> list[Any]:
    """Rows of ``model`` queued in this transaction and not written yet."""
    return [row for row in session.info.get(_QUEUE, []) if isinstance(row, model)]


def chain_rows(
    session: Session, model: Any, rows: Sequence[dict[str, Any]], *, fresh_keys: bool = False
) -> None:
    """Fill ``row_hash`` and ``chain_hash`` of plain rows (dicts, in id order) about to be bulk
    inserted in this transaction (demo data, benchmarks). ``fresh_keys``: the rows belong to
    new cases (or subjects) only, so no earlier row of theirs is looked up."""
    lock_chains(session, {(model, chain_part(model, values)) for values in rows})
    heads = ChainHeads(session, model, fresh_keys=fresh_keys)
    for values in rows:
        values["row_hash"], values["chain_hash"], values["chain_part"] = heads.link(values)


@event.listens_for(Session, "before_commit")
def _write_queue(session: Session) -> None:
    """Hash and add the queued audit rows (the commit's flush inserts them)."""
    rows = session.info.pop(_QUEUE, [])
    # audited rows added to the session directly (not through append) are chained too
    strays = [
        obj for obj in session.new
        if isinstance(obj, StatusHistory | AdminLog) and obj.row_hash is None
    ]  # fmt: skip
    for obj in strays:
        session.expunge(obj)
        obj.at = obj.at or utcnow()  # the column defaults, filled in now: they are hashed
        if isinstance(obj, StatusHistory) and obj.comment is None:
            obj.comment = ""
    rows += sorted(strays, key=lambda obj: obj.at)
    if not rows:
        return
    session.flush()  # the cases the rows refer to are written (and have their ids)
    values = [{name: getattr(row, name) for name in type(row).AUDIT_FIELDS} for row in rows]
    parts = {(type(row), chain_part(type(row), v)) for row, v in zip(rows, values, strict=True)}
    lock_chains(session, parts)
    heads: dict[type[Any], ChainHeads] = {}
    for model in {type(row) for row in rows}:
        keys = {_key(model, v) for row, v in zip(rows, values, strict=True) if type(row) is model}
        heads[model] = ChainHeads(session, model, keys=keys)
    for row, row_values in zip(rows, values, strict=True):
        row.row_hash, row.chain_hash, row.chain_part = heads[type(row)].link(row_values)
    # added in chain order: the flush inserts them in this order, so the ids follow the chain
    session.add_all(rows)


@event.listens_for(Session, "after_rollback")
def _drop_queue(session: Session) -> None:
    """A rolled-back transaction writes none of its queued rows."""
    session.info.pop(_QUEUE, None)


@contextmanager
def maintenance(session: Session | Connection) -> Iterator[None]:
    """Let UPDATE and DELETE pass the protecting triggers inside this block of the session's
    transaction (benchmark clean-ups; never the application's own work).

    The switch is a row of ``audit_maintenance``, inserted here and deleted again in the same
    transaction: no other session ever sees it, and a failure rolls it back with the rest.
    """
    session.execute(insert(AuditMaintenance).values(active=True))
    try:
        yield
    finally:
        # only this transaction's row is visible to it (another one's is not yet committed)
        session.execute(delete(AuditMaintenance))
