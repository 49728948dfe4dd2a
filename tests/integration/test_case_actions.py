"""Case actions against a real database: history rows, marks, completion, conflicts."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from invoicedesk.domain.errors import ActionRefused, ConflictError
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.store.models.cases import Case, StatusHistory


def _case(db, direction="out", status="sent", gross="100.00", **extra) -> int:  # type: ignore[no-untyped-def]
    with db.write() as s:
        case = Case(
            direction=direction,
            status=status,
            kind="invoice",
            party_name="Jansen B.V.",
            gross=Decimal(gross),
            net=Decimal(gross),
            number="RE-2026-00001" if direction == "out" else "R-17",
            due_date=date.today() + timedelta(days=14),
            **extra,
        )
        s.add(case)
        s.flush()
        return case.id


def _history(db, case_id: int) -> list[tuple[str | None, str, str]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        rows = s.execute(
            select(StatusHistory.from_status, StatusHistory.to_status, StatusHistory.action)
            .where(StatusHistory.case_id == case_id)
            .order_by(StatusHistory.id)
        ).all()
        return [tuple(r) for r in rows]


def test_paid_delivered_booked_completes(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    cid = _case(db)
    perform_action(db, clerk, cid, Action.MARK_PAID)
    perform_action(db, clerk, cid, Action.MARK_DELIVERED)
    result = perform_action(db, clerk, cid, Action.MARK_BOOKED)
    assert result.status == "completed" and not result.active
    assert _history(db, cid) == [
        ("sent", "paid", "mark_paid"),
        ("paid", "paid", "mark_delivered"),
        ("paid", "paid", "mark_booked"),
        ("paid", "completed", "system_complete"),
    ]
    with db.read() as s:
        case = s.get(Case, cid)
        assert case.payment_status == "paid" and case.paid_amount == Decimal("100.00")


def test_paid_pos_completes_at_once(db, users) -> None:  # type: ignore[no-untyped-def]
    cid = _case(db)
    result = perform_action(db, users["clara"].actor(), cid, Action.PAID_POS)
    assert result.status == "completed" and not result.active


def test_refused_action_changes_nothing(db, users) -> None:  # type: ignore[no-untyped-def]
    cid = _case(db, direction="in", status="edited", edited_by_id=users["rolf"].id)
    with pytest.raises(ActionRefused, match="four-eyes"):
        perform_action(db, users["rolf"].actor(), cid, Action.CHECK)
    with pytest.raises(ActionRefused, match="role"):
        perform_action(db, users["clara"].actor(), cid, Action.CHECK)
    assert _history(db, cid) == []
    perform_action(db, users["ada"].actor(), cid, Action.CHECK)
    assert _history(db, cid)[-1] == ("edited", "checked", "check")


def test_incoming_review_flow_with_limits(db, users) -> None:  # type: ignore[no-untyped-def]
    cid = _case(db, direction="in", status="ready", gross="1500.00")
    perform_action(db, users["clara"].actor(), cid, Action.FINISH_EDIT)
    with pytest.raises(ActionRefused, match="comment"):
        perform_action(db, users["rolf"].actor(), cid, Action.REJECT, comment="")
    perform_action(db, users["rolf"].actor(), cid, Action.REJECT, comment="VAT ID missing")
    perform_action(db, users["clara"].actor(), cid, Action.FINISH_EDIT)
    perform_action(db, users["rolf"].actor(), cid, Action.CHECK)
    with pytest.raises(ActionRefused, match="exceeds your approval limit"):
        perform_action(db, users["anton"].actor(), cid, Action.APPROVE)
    result = perform_action(db, users["ada"].actor(), cid, Action.APPROVE)
    assert result.status == "approved"
    history = _history(db, cid)
    assert [h[1] for h in history] == ["edited", "ready", "edited", "checked", "approved"]
    with db.read() as s:
        comments = s.scalars(
            select(StatusHistory.comment).where(
                StatusHistory.case_id == cid, StatusHistory.action == "reject"
            )
        ).all()
    assert comments == ["VAT ID missing"]


def test_stale_version_is_a_conflict_naming_the_user(db, users) -> None:  # type: ignore[no-untyped-def]
    cid = _case(db)
    with db.read() as s:
        loaded_version = s.get(Case, cid).version
    perform_action(db, users["rolf"].actor(), cid, Action.MARK_DELIVERED)
    with pytest.raises(ConflictError) as info:
        perform_action(
            db, users["clara"].actor(), cid, Action.MARK_BOOKED, expected_version=loaded_version
        )
    assert "Rolf (RO)" in str(info.value)
    assert _history(db, cid) == [("sent", "sent", "mark_delivered")]


def test_concurrent_orm_writers_never_overwrite(db, users) -> None:  # type: ignore[no-untyped-def]
    """Two sessions load the same row; the second flush fails instead of overwriting.

    On SQLite, write transactions take the write lock at BEGIN (IMMEDIATE), so two writers
    never hold the same row at once; the version check matters on PostgreSQL.
    """
    if db.is_sqlite:
        pytest.skip("SQLite serialises writers with BEGIN IMMEDIATE")
    cid = _case(db)
    first = db._writer()
    second = db._writer()
    try:
        a = first.get(Case, cid)
        b = second.get(Case, cid)
        a.notes = "from A"
        first.commit()
        b.notes = "from B"
        with pytest.raises(Exception, match=r"(?i)stale|expected to update"):
            second.commit()
    finally:
        first.close()
        second.rollback()
        second.close()
    with db.read() as s:
        assert s.get(Case, cid).notes == "from A"


def test_parallel_actions_serialise(db, users) -> None:  # type: ignore[no-untyped-def]
    """Two threads mark the same case paid; exactly one wins, the other is refused."""
    cid = _case(db)
    outcomes: list[str] = []

    def work(actor: Actor) -> None:
        try:
            perform_action(db, actor, cid, Action.MARK_PAID)
            outcomes.append("ok")
        except (ActionRefused, ConflictError) as exc:
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=work, args=(users[n].actor(),)) for n in ("clara", "rolf")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes)[-1] == "ok" and outcomes.count("ok") == 1
    assert [h[2] for h in _history(db, cid)] == ["mark_paid"]
