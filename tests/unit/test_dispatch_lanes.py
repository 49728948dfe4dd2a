"""Dealing claimed e-mails to the dispatcher's lanes: one case's mails stay in order."""

from __future__ import annotations

from invoicedesk.services.mail.dispatcher import deal_lanes
from invoicedesk.store.models.outbox import OutboxMessage


def _row(row_id: int, case_id: int | None, to: str = "a@example.com") -> OutboxMessage:
    return OutboxMessage(id=row_id, case_id=case_id, to_addrs=[to])


def test_messages_of_one_case_share_a_lane_in_their_due_order() -> None:
    rows = [_row(1, 10), _row(2, 11), _row(3, 10), _row(4, 12), _row(5, 10), _row(6, 13)]
    parts = deal_lanes(rows, 3)
    assert len(parts) == 3
    (lane_of_10,) = [p for p in parts if any(r.case_id == 10 for r in p)]
    assert [r.id for r in lane_of_10 if r.case_id == 10] == [1, 3, 5]
    assert sorted(r.id for p in parts for r in p) == [1, 2, 3, 4, 5, 6]  # each row once
    for part in parts:  # every lane keeps the due order
        assert [r.id for r in part] == sorted(r.id for r in part)


def test_new_cases_go_to_the_emptiest_lane_and_caseless_mails_group_by_recipient() -> None:
    rows = [_row(i, i) for i in range(1, 7)]
    assert [len(p) for p in deal_lanes(rows, 3)] == [2, 2, 2]
    mails = [_row(1, None, "x@example.com"), _row(2, None, "y@example.com"),
             _row(3, None, "x@example.com")]  # fmt: skip
    parts = deal_lanes(mails, 2)
    assert [[r.id for r in p] for p in parts] == [[1, 3], [2]]
    assert deal_lanes(rows[:1], 3) == [rows[:1]]
    assert deal_lanes([], 3) == []
