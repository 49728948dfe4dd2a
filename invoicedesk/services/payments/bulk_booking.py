"""Storing and booking a batch of statement lines in bulk, in the caller's transaction.

A bank statement of thousands of lines is imported batch by batch
(:mod:`invoicedesk.services.payments.bank_import`); each batch is one transaction and is
written here with a handful of set-based statements instead of a transaction's worth of
queries per line:

- the lines are matched in memory against the batch's index of the open cases its lines may
  name (:func:`~invoicedesk.services.payments.open_items.batch_index`;
  :func:`~invoicedesk.domain.payments.matching.match_line`, the index lowered as lines book,
  exactly as one line after the other);
- the cases the sure lines pay are locked and re-read in one query, with the credit notes
  offset against them and the date of their latest payment; each allocation is checked against
  that fresh state — the workflow's rule for *Record payment* with the rights read once per
  import, direction, currency, what is open — and a line whose case moved on since the index
  was read waits for a clerk (``proposed``) instead of being booked;
- statement lines, payments, allocations, case updates and history rows are inserted or
  updated with one ``executemany`` each; the history rows are hashed into the audit chains
  (:class:`~invoicedesk.store.audit.ChainHeads`, the last row of every case read in one query);
- each case's payment state comes from the one settle rule
  (:func:`~invoicedesk.services.payments.settle.settlement`) fed with in-memory sums, and a
  paid, delivered and booked invoice completes as :func:`apply_action` would complete it;
- a sure refund of a credit note is booked after the batch's rows, line by line, the way of a
  clerk's booking (payment, and the credit note settled by issue 17's one rule); refused by
  any of its checks, the line is ``proposed``.

A single line booked by a clerk still goes the way of every case action
(:func:`invoicedesk.services.payments.line_booking.book_line`); both write the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from invoicedesk.documents.bank.model import Entry
from invoicedesk.domain.authority import Rights
from invoicedesk.domain.enums import CaseKind, Direction, OutStatus
from invoicedesk.domain.errors import ActionRefused, InvoiceDeskError
from invoicedesk.domain.messages import Message, encode_text, msg, to_record
from invoicedesk.domain.money import round_cents
from invoicedesk.domain.payments.matching import LineFacts, Match, OpenIndex, match_line
from invoicedesk.domain.workflow import (
    Action,
    Actor,
    CaseState,
    check,
    is_active,
    pending_action,
)
from invoicedesk.services.cases.authorize import case_state
from invoicedesk.services.payments.line_booking import book_line
from invoicedesk.services.payments.settle import ZERO, settlement
from invoicedesk.store.audit import ChainHeads, chain_part, lock_chains
from invoicedesk.store.bulk import bulk_insert
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.payments import Payment, PaymentAllocation, StatementLine
from invoicedesk.store.receivables import credits_offset
from invoicedesk.store.types import utcnow

#: ids per ``IN (…)`` list (well below every driver's parameter limit)
_CHUNK = 2000


@dataclass(frozen=True)
class StoredLine:
    """One line of the batch as stored: its id, final state and the cases it names."""

    line_id: int
    state: str
    case_ids: tuple[int, ...]


@dataclass
class _CaseNow:
    """A locked case as this batch sees it: the stored row, then the batch's payments."""

    row: Any
    paid: Decimal
    offsets: Decimal
    last_paid_on: date | None
    status: str
    history: list[dict[str, Any]] = field(default_factory=list)
    changed: bool = False

    @property
    def open(self) -> Decimal:
        covered = self.paid + (self.offsets if self.row.direction == Direction.OUT.value else ZERO)
        return max(ZERO, Decimal(self.row.gross) - covered)

    def state(self) -> CaseState:
        """The workflow's view of the case (the row has the columns ``case_state`` reads),
        with the status this batch has given it."""
        return replace(case_state(cast(Case, self.row)), status=self.status)


def line_facts(entry: Entry) -> LineFacts:
    """What the matching needs of a parsed entry."""
    return LineFacts(
        entry.amount, entry.currency, entry.name, entry.iban, entry.reference, entry.end_to_end_id
    )


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


def _table(model: type[Any]) -> Table:
    """The Core table of a model (for ``executemany`` inserts and updates)."""
    return cast(Table, model.__table__)


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _lock_cases(session: Session, ids: list[int]) -> dict[int, _CaseNow]:
    """Lock and read the cases (one query per chunk), what offsets them and their last
    payment's date."""
    cols = _table(Case).c
    found: dict[int, Any] = {}
    for part in _chunks(ids):
        query = (
            select(
                cols.id,
                cols.direction,
                cols.kind,
                cols.status,
                cols.currency,
                cols.gross,
                cols.paid_amount,
                cols.number,
                cols.delivered,
                cols.booked,
                cols.due_date,
                cols.party_id,
                cols.party_name,
                cols.created_by_id,
                cols.edited_by_id,
                cols.checked_by_id,
            )
            .where(cols.id.in_(part))
            .order_by(cols.id)
            .with_for_update()
        )
        found.update((row.id, row) for row in session.execute(query))
    offsets: dict[int, Decimal] = {}
    last: dict[int, date] = {}
    for part in _chunks(list(found)):
        offsets.update(credits_offset(session, part))
        last.update(
            (int(cid), day)
            for cid, day in session.execute(
                select(PaymentAllocation.case_id, func.max(Payment.booked_on))
                .join(Payment, Payment.id == PaymentAllocation.payment_id)
                .where(PaymentAllocation.case_id.in_(part), Payment.undone_at.is_(None))
                .group_by(PaymentAllocation.case_id)
            )
        )
    return {
        cid: _CaseNow(row, row.paid_amount, offsets.get(cid, ZERO), last.get(cid), row.status)
        for cid, row in found.items()
    }


def _can_take(
    case: _CaseNow | None, rights: Rights, direction: str, currency: str, part: Decimal
) -> bool:
    """The checks of a recorded payment (``recording._check_case`` and the workflow's rule),
    against the locked case as this batch has left it."""
    if case is None or part <= ZERO:
        return False
    row = case.row
    expected = "in" if row.direction == Direction.OUT.value else "out"
    if row.kind == CaseKind.CREDIT_NOTE.value or direction != expected:
        return False
    if row.currency != currency or case.status == OutStatus.CANCELED.value:
        return False
    try:
        check(Action.RECORD_PAYMENT, case.state(), rights)
    except ActionRefused:
        return False
    return part <= case.open


def _is_credit_note(case: _CaseNow | None) -> bool:
    return case is not None and case.row.kind == CaseKind.CREDIT_NOTE.value


def _book_refund(
    session: Session, actor: Actor, line_id: int, parts: list[tuple[int, Decimal]]
) -> bool:
    """Book a sure refund line to its credit note as a clerk's booking does
    (:func:`~invoicedesk.services.payments.line_booking.book_line`: the payment, and the credit
    note settled by the one rule, every check of it); refused, nothing of it is kept."""
    try:
        with session.begin_nested():
            line = session.get(StatementLine, line_id)
            assert line is not None
            book_line(session, actor, line, parts)
    except InvoiceDeskError:
        return False
    return True


def _history(
    case: _CaseNow, actor: Actor, action: Action, before: str, comment: Message, at: datetime
) -> None:
    """One history row as :func:`~invoicedesk.services.cases.actions.record` writes it."""
    case.history.append(
        {
            "case_id": case.row.id,
            "at": at,
            "user_id": actor.user_id,
            "action": str(action),
            "from_status": before,
            "to_status": case.status,
            "comment": str(comment),
            "comment_record": encode_text(comment),
            "changed_fields": None,
        }
    )


def _apply(case: _CaseNow, actor: Actor, part: Decimal, day: date, at: datetime) -> None:
    """Add one allocation to the case: settle it by the one rule, write its history row and,
    once paid, delivered and booked, complete it (as ``apply_action`` does)."""
    left = case.open - part
    before = case.status
    case.paid += part
    case.last_paid_on = max(case.last_paid_on or day, day)
    result = settlement(
        case.row.direction, case.status, case.row.gross, case.paid, case.offsets, case.last_paid_on
    )
    case.status = result.status or case.status  # a payment never re-opens a case
    case.changed = True
    comment = msg(
        "payment of {amount} on {day} ({source}); open: {left}",
        amount=part,
        day=day,
        source="bank",
        left=left,
    )
    _history(case, actor, Action.RECORD_PAYMENT, before, comment, at)
    row = case.row
    done = case.status == OutStatus.PAID.value and row.delivered and row.booked
    if row.direction == Direction.OUT.value and done:
        check(Action.SYSTEM_COMPLETE, case.state(), Rights.system())
        case.status = OutStatus.COMPLETED.value
        _history(
            case, Actor.system(), Action.SYSTEM_COMPLETE, OutStatus.PAID.value,
            msg("paid, delivered, booked"), at,
        )  # fmt: skip


def _update_cases(session: Session, actor: Actor, cases: list[_CaseNow], at: datetime) -> None:
    """Write the cases' payment state, status and derived columns (one ``executemany``)."""
    if not cases:
        return
    table = _table(Case)
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            paid_amount=bindparam("b_paid"),
            payment_status=bindparam("b_state"),
            paid_on=bindparam("b_paid_on"),
            status=bindparam("b_status"),
            active=bindparam("b_active"),
            pending_action=bindparam("b_pending"),
            updated_at=bindparam("b_at"),
            updated_by_id=bindparam("b_by"),
            version=table.c.version + 1,
        )
    )
    rows = []
    for case in cases:
        row = case.row
        result = settlement(
            row.direction, case.status, row.gross, case.paid, case.offsets, case.last_paid_on
        )
        rows.append(
            {
                "b_id": row.id,
                "b_paid": case.paid,
                "b_state": result.payment_status.value,
                "b_paid_on": result.paid_on,
                "b_status": case.status,
                "b_active": is_active(case.status),
                "b_pending": pending_action(
                    Direction(row.direction), case.status, row.delivered, row.booked, row.kind
                ).value,
                "b_at": at,
                "b_by": actor.user_id,
            }
        )
    session.connection().execute(statement, rows)


def _insert_returning(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their ids in the rows' order.

    PostgreSQL: the ids are taken from the table's sequence in one query and the rows go in by
    ``COPY`` (an ``INSERT … RETURNING`` of thousands of rows spends most of its time in the
    driver turning the statement's placeholders into PostgreSQL's); SQLite: one
    ``executemany`` with ``RETURNING``."""
    if not rows:
        return []
    if session.get_bind().dialect.name == "postgresql":
        sequence = func.pg_get_serial_sequence(table.name, "id")
        ids = [
            int(i)
            for i in session.scalars(
                select(func.nextval(sequence)).select_from(func.generate_series(1, len(rows)))
            )
        ]
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        bulk_insert(session, table, rows)
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [int(i) for i in session.connection().execute(statement, rows).scalars()]


def store_and_book(
    session: Session,
    actor: Actor,
    rights: Rights,
    statement_id: int,
    first_position: int,
    entries: Sequence[Entry],
    index: OpenIndex,
) -> list[StoredLine]:
    """Match ``entries`` (positions from ``first_position``), store them as lines of the
    statement and book the sure ones — all in the caller's transaction."""
    at = utcnow()
    matches = []
    for entry in entries:
        match = match_line(line_facts(entry), index)
        if match.auto:
            for c in match.candidates:
                index.settle(c.case_id, c.amount)
        matches.append(match)
    wanted = sorted({c.case_id for m in matches if m.auto for c in m.candidates})
    cases = _lock_cases(session, wanted)
    states: list[str] = []
    bookings: list[tuple[int, list[tuple[int, Decimal]]]] = []
    refunds: list[tuple[int, list[tuple[int, Decimal]]]] = []
    for entry, match in zip(entries, matches, strict=True):
        state = match.state
        if match.auto:
            direction = "in" if entry.amount > ZERO else "out"
            parts = [(c.case_id, c.amount) for c in match.candidates]
            if any(_is_credit_note(cases.get(cid)) for cid, _ in parts):
                # booked below the way of a clerk's booking (settled by the one rule)
                refunds.append((len(states), parts))
                states.append("proposed")
                continue
            amount = abs(entry.amount)
            sure = round_cents(amount) == amount and sum(p for _, p in parts) <= amount
            sure = sure and all(
                _can_take(cases.get(cid), rights, direction, entry.currency, part)
                for cid, part in parts
            )
            if sure:
                for cid, part in parts:
                    _apply(cases[cid], actor, part, entry.booking_date, at)
                bookings.append((len(states), parts))
            else:  # the case moved on since the index was read: a clerk decides
                state = "proposed"
                for cid, _ in parts:
                    index.open.pop(cid, None)
        states.append(state)
    line_ids = _insert_returning(
        session,
        _table(StatementLine),
        [
            {
                "statement_id": statement_id,
                "position": first_position + n,
                "booking_date": e.booking_date,
                "value_date": e.value_date,
                "amount": e.amount,
                "currency": e.currency,
                "counterparty_name": e.name[:200],
                "counterparty_iban": e.iban[:34],
                "reference": e.reference,
                "end_to_end_id": e.end_to_end_id[:64],
                "bank_reference": e.bank_reference[:64],
                "state": state,
                "proposal": _proposal(m),
            }
            for n, (e, m, state) in enumerate(zip(entries, matches, states, strict=True))
        ],
    )
    payment_ids = _insert_returning(
        session,
        _table(Payment),
        [_payment_row(actor, entries[n], line_ids[n], parts, cases) for n, parts in bookings],
    )
    if bookings:
        lines = _table(StatementLine)
        session.connection().execute(
            update(lines)
            .where(lines.c.id == bindparam("b_id"))
            .values(payment_id=bindparam("b_p")),
            [
                {"b_id": line_ids[n], "b_p": pid}
                for (n, _), pid in zip(bookings, payment_ids, strict=True)
            ],
        )
        bulk_insert(
            session,
            _table(PaymentAllocation),
            [
                {"payment_id": pid, "case_id": cid, "amount": part}
                for (_, parts), pid in zip(bookings, payment_ids, strict=True)
                for cid, part in parts
            ],
        )
    touched = [c for c in cases.values() if c.changed]
    _update_cases(session, actor, touched, at)
    _write_history(session, [row for c in touched for row in c.history])
    for n, parts in refunds:
        if _book_refund(session, actor, line_ids[n], parts):
            states[n] = "booked"
        else:  # refused (rights, a part refund, the credit note moved on): a clerk decides
            for cid, _ in parts:
                index.open.pop(cid, None)
    return [
        StoredLine(line_id, state, tuple(c.case_id for c in m.candidates))
        for line_id, state, m in zip(line_ids, states, matches, strict=True)
    ]


def _payment_row(
    actor: Actor,
    entry: Entry,
    line_id: int,
    parts: list[tuple[int, Decimal]],
    cases: dict[int, _CaseNow],
) -> dict[str, Any]:
    """The payment of a booked line, as ``recording.record_in_session`` fills it."""
    rows = [cases[cid].row for cid, _ in parts]
    return {
        "direction": "in" if entry.amount > ZERO else "out",
        "amount": abs(entry.amount),
        "currency": entry.currency,
        "booked_on": entry.booking_date,
        "party_id": next((r.party_id for r in rows if r.party_id is not None), None),
        "party_name": entry.name[:200] or (rows[0].party_name if rows else ""),
        "iban": entry.iban[:34],
        "reference": entry.reference,
        "end_to_end_id": entry.end_to_end_id[:64],
        "source": "bank",
        "statement_line_id": line_id,
        "created_by_id": actor.user_id,
    }


def _write_history(session: Session, rows: list[dict[str, Any]]) -> None:
    """Hash the rows into the audit chains (under the locks of the parts they extend) and
    insert them in chain order, so their ids follow the chain."""
    if not rows:
        return
    lock_chains(session, {(StatusHistory, chain_part(StatusHistory, row)) for row in rows})
    heads = ChainHeads(session, StatusHistory, keys={(row["case_id"],) for row in rows})
    for row in rows:
        row["row_hash"], row["chain_hash"], row["chain_part"] = heads.link(row)
    bulk_insert(session, _table(StatusHistory), rows)
