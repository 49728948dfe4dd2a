"""Writers at the same time: a deadlock is retried inside the service helper and counted; the
history's table chain is kept in parts, one per ``case_id % CHAIN_PARTS``, and verifies."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from invoicedesk.domain.workflow import Action
from invoicedesk.services.audit_trail import verify_audit_trail
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.store.audit import GENESIS, chain_digest, seal
from invoicedesk.store.database import (
    TRANSIENT_RETRIES,
    Database,
    TransientConflict,
    retry_transient,
)
from invoicedesk.store.models.cases import StatusHistory
from invoicedesk.store.models.users import User
from tests.integration.test_outgoing import draft, setup_outgoing


def _lock_both(db: Database, first: int, second: int, meet: threading.Barrier, tries: list[int]):  # type: ignore[no-untyped-def]
    """Lock two user rows in the given order; the first try waits for the other thread in
    between, so the two form a deadlock."""
    tries.append(1)
    with db.write() as s:
        s.execute(select(User).where(User.id == first).with_for_update()).one()
        if len(tries) == 1:
            meet.wait(timeout=30)
        s.execute(select(User).where(User.id == second).with_for_update()).one()


def test_a_deadlock_is_retried_and_counted(db, users) -> None:  # type: ignore[no-untyped-def]
    if db.is_sqlite:
        pytest.skip("SQLite writers queue (BEGIN IMMEDIATE): they cannot deadlock")
    a, b = users["clara"].id, users["rolf"].id
    meet = threading.Barrier(2)
    work = retry_transient(_lock_both)
    tries: dict[str, list[int]] = {"ab": [], "ba": []}
    failures: list[BaseException] = []
    before = TRANSIENT_RETRIES.count

    def run(key: str, first: int, second: int) -> None:
        try:
            work(db, first, second, meet, tries[key])
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [
        threading.Thread(target=run, args=("ab", a, b)),
        threading.Thread(target=run, args=("ba", b, a)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures, failures
    # the server broke one of them off; it ran again and both are done
    assert sorted(len(t) for t in tries.values()) == [1, 2]
    assert TRANSIENT_RETRIES.count - before == 1


def test_without_the_retry_a_deadlock_is_one_clear_error(db, users) -> None:  # type: ignore[no-untyped-def]
    if db.is_sqlite:
        pytest.skip("SQLite writers queue (BEGIN IMMEDIATE): they cannot deadlock")
    a, b = users["clara"].id, users["rolf"].id
    meet = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(first: int, second: int) -> None:
        try:
            _lock_both(db, first, second, meet, [])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=p) for p in ((a, b), (b, a))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(errors) == 1 and isinstance(errors[0], TransientConflict)
    assert "Nothing was changed" in str(errors[0])


def test_history_rows_extend_the_part_of_their_case(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    cases = [draft(db, clerk, parties["de"]) for _ in range(3)]
    for case_id in cases:
        perform_action(db, clerk, case_id, Action.CREATE_ONLY)
    with db.read() as s:
        rows = s.execute(
            select(
                StatusHistory.case_id,
                StatusHistory.chain_part,
                StatusHistory.row_hash,
                StatusHistory.chain_hash,
            ).order_by(StatusHistory.id)
        ).all()
    assert {r.chain_part for r in rows} == {c % StatusHistory.CHAIN_PARTS for c in cases}
    heads: dict[int, str] = {}
    for row in rows:  # each part is a chain of its own, in id order
        assert row.chain_part == row.case_id % StatusHistory.CHAIN_PARTS
        assert row.chain_hash == chain_digest(heads.get(row.chain_part, GENESIS), row.row_hash)
        heads[row.chain_part] = row.chain_hash
    report = verify_audit_trail(db)
    assert report.ok, report.broken
    history_days = [d for d in report.days if d.table == "status_history"]
    assert history_days[-1].chain_hash == seal(heads)


def test_a_part_holding_only_part_zero_seals_with_its_head() -> None:
    assert seal({0: "a" * 64}) == "a" * 64  # the figure reported before the chain had parts
    assert seal({}) == GENESIS
    assert seal({0: "a" * 64, 3: "b" * 64}) not in ("a" * 64, "b" * 64)
