"""Bulk booking of a statement: the same bookings as one line after the other, whole batches
only, and an import killed in the middle (a real process, SIGKILL) completed by importing the
file again without booking anything twice."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from invoicedesk.bench.camt_writer import Line, camt053
from invoicedesk.documents.bank.read import read_statements
from invoicedesk.domain.payments.matching import RECEIVABLE, match_line
from invoicedesk.services.audit_trail import verify_audit_trail
from invoicedesk.services.demo.cases import generate
from invoicedesk.services.payments.bank_import import facts, import_file
from invoicedesk.services.payments.line_booking import book_line
from invoicedesk.services.payments.open_items import open_index, open_items
from invoicedesk.store.audit import queued
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.payments import (
    BankStatement,
    Payment,
    PaymentAllocation,
    StatementLine,
)
from tests.integration.test_bank_matching import DAY, _statement

D = Decimal


class _Rollback(Exception):
    """Ends the line-by-line reference run without keeping anything."""


def _line_by_line(db: Any, actor: Any, data: bytes) -> tuple[dict[int, dict[int, D]], dict]:
    """The reference: each line matched and booked on its own through the case actions
    (``book_line``, the path a clerk's booking takes), then rolled back. Returns the
    allocations per statement position and the state of every case afterwards."""
    (statement,) = read_statements(data)
    booked: dict[int, dict[int, D]] = {}
    states: dict[int, tuple[Any, ...]] = {}
    try:
        with db.write() as s:
            index = open_index(s)
            stored = BankStatement(
                account="REFERENCE", statement_key="ref", file_format="camt", entries_sha256="0"
            )
            s.add(stored)
            s.flush()
            for position, entry in enumerate(statement.entries, start=1):
                match = match_line(facts(entry), index)
                if not match.auto:
                    continue
                line = StatementLine(
                    statement_id=stored.id,
                    position=position,
                    booking_date=entry.booking_date,
                    amount=entry.amount,
                    currency=entry.currency,
                    state="proposed",
                )
                s.add(line)
                s.flush()
                parts = [(c.case_id, c.amount) for c in match.candidates]
                for case_id, part in book_line(s, actor, line, parts):
                    index.settle(case_id, part)
                booked[position] = dict(parts)
            s.flush()
            states = _case_states(s)
            raise _Rollback
    except _Rollback:
        pass
    return booked, states


def _case_states(s: Any) -> dict[int, tuple[Any, ...]]:
    cases = s.execute(
        select(Case.id, Case.status, Case.payment_status, Case.paid_amount, Case.paid_on)
    ).all()
    history = s.execute(
        select(StatusHistory.case_id, StatusHistory.action, StatusHistory.from_status,
               StatusHistory.to_status, StatusHistory.comment)
        .order_by(StatusHistory.case_id, StatusHistory.id)
    ).all()  # fmt: skip
    trail: dict[int, list[tuple[Any, ...]]] = {}
    for case_id, *rest in history:
        trail.setdefault(case_id, []).append(tuple(rest))
    for row in queued(s, StatusHistory):  # written at commit (the reference never commits)
        trail.setdefault(row.case_id, []).append(
            (row.action, row.from_status, row.to_status, row.comment)
        )
    return {cid: (*rest, tuple(trail.get(cid, ()))) for cid, *rest in cases}


def test_bulk_books_what_line_by_line_books(db, users) -> None:  # type: ignore[no-untyped-def]
    """The generated statement of the matching test (47 sure lines, none wrong): the bulk
    import in batches of 7 lines books every line to the same cases with the same amounts and
    leaves every case in the same state with the same history as booking line after line."""
    generate(db, 400, seed=3)
    lines = _statement(db, random.Random(20))
    data = camt053([ln for ln, *_ in lines], statement_id="GEN-BULK")
    clerk = users["clara"].actor()
    expected, expected_states = _line_by_line(db, clerk, data)
    assert len(expected) >= 47

    result = import_file(db, clerk, Path("bulk.xml"), data, batch_lines=7)
    with db.read() as s:
        got: dict[int, dict[int, D]] = {}
        for position, case_id, amount in s.execute(
            select(StatementLine.position, PaymentAllocation.case_id, PaymentAllocation.amount)
            .join(Payment, Payment.statement_line_id == StatementLine.id)
            .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
        ):
            got.setdefault(position, {})[case_id] = amount
        states = _case_states(s)
        linked = s.scalar(select(func.count()).where(StatementLine.payment_id == Payment.id))
    assert got == expected
    assert states == expected_states
    assert linked == len(expected) == result.count("booked")
    assert verify_audit_trail(db).ok


def test_a_case_changed_since_the_index_was_read_is_proposed_not_booked(db, users) -> None:  # type: ignore[no-untyped-def]
    """A line whose invoice another clerk cancelled while the statement was imported (after
    the open items were read) waits for a clerk instead of paying a cancelled invoice."""
    from invoicedesk.services.payments import bank_import

    generate(db, 120, seed=5)
    with db.read() as s:
        item = next(i for i in open_items(s) if i.side == RECEIVABLE)
    data = camt053([Line(item.open_amount, DAY, item.party_name, item.party_iban, item.number)])
    real = bank_import.batch_index

    def index_then_cancel(session: Any, lines: Any) -> Any:
        index = real(session, lines)
        assert item.case_id in index.open
        with db.write() as w:
            w.get(Case, item.case_id).status = "canceled"
        return index

    clerk = users["clara"].actor()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bank_import, "batch_index", index_then_cancel)
        result = import_file(db, clerk, Path("late.xml"), data)
    assert [r.state for r in result.lines] == ["proposed"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0


def _cli(db_url: str, path: Path) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "invoicedesk", "bank", "import", "--database-url", db_url]
    return subprocess.Popen(
        [*cmd, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )


def _stored(db: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(StatementLine)) or 0)


@pytest.mark.slow
def test_killed_import_leaves_whole_batches_and_is_completed_once(db, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``bank import`` of a 6,000-line statement is killed (SIGKILL) once its first batch is
    committed: whole batches are stored, each booked line with its payment. Importing the file
    again stores the rest — the lines stored before are reported ``duplicate`` — and books no
    invoice twice; a third import adds nothing."""
    from invoicedesk.services.payments.bank_import import BATCH_LINES

    generate(db, 300, seed=7)
    with db.read() as s:
        items = [i for i in open_items(s) if i.side == RECEIVABLE]
    rng = random.Random(4)
    total = 3 * BATCH_LINES
    lines = []
    for n in range(total):
        item = items[(n // 25) % len(items)] if n % 25 == 0 else None
        if item is not None:
            lines.append(Line(item.open_amount, DAY, item.party_name, item.party_iban, item.number))
        else:
            lines.append(Line(D(rng.randint(100, 9999)) / 100, DAY, "Jemand", "", f"Danke {n}"))
    path = tmp_path / "big.xml"
    path.write_bytes(camt053(lines, statement_id="BIG-1"))

    proc = _cli(db_url, path)
    deadline = time.monotonic() + 300
    while _stored(db) == 0:
        assert proc.poll() is None, f"the import ended before it was killed: {proc.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    proc.kill()
    proc.wait(30)
    at_kill = _stored(db)
    assert at_kill < total, "the import finished before the kill; nothing to complete"
    assert at_kill % BATCH_LINES == 0, "a batch was stored in part"
    with db.read() as s:
        booked = s.scalar(select(func.count()).where(StatementLine.state == "booked"))
        assert s.scalar(select(func.count()).select_from(Payment)) == booked
        unlinked = select(func.count()).where(
            StatementLine.payment_id.is_(None), StatementLine.state == "booked"
        )
        assert s.scalar(unlinked) == 0

    again = import_file(db, users_actor(db), path, batch_lines=BATCH_LINES)
    states = [r.state for r in again.lines]
    assert states[:at_kill] == ["duplicate"] * at_kill
    assert "duplicate" not in states[at_kill:] and len(states) == total
    with db.read() as s:
        positions = s.scalars(select(StatementLine.position).order_by(StatementLine.position))
        assert list(positions) == list(range(1, total + 1))
        assert s.scalar(select(func.count()).select_from(BankStatement)) == 1
        # no invoice paid beyond its amount, no payment without its line
        over = s.execute(
            select(Case.id)
            .join(PaymentAllocation, PaymentAllocation.case_id == Case.id)
            .group_by(Case.id, Case.gross)
            .having(func.sum(PaymentAllocation.amount) > Case.gross)
        ).all()
        assert over == []
        booked = s.scalar(select(func.count()).where(StatementLine.state == "booked"))
        assert booked and s.scalar(select(func.count()).select_from(Payment)) == booked
    assert verify_audit_trail(db).ok
    third = import_file(db, users_actor(db), path)
    assert {r.state for r in third.lines} == {"duplicate"} and third.duplicates == 1


def users_actor(db: Any) -> Any:
    """The application, as the command line acts without ``--as``."""
    from invoicedesk.domain.workflow import Actor

    return Actor.system()
