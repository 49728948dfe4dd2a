"""Every status transition of both machines: allowed where the table says, refused elsewhere."""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoicedesk.domain.authority import Rights
from invoicedesk.domain.enums import CaseKind, Direction, InStatus, OutStatus, PendingAction, Role
from invoicedesk.domain.errors import ActionRefused
from invoicedesk.domain.workflow import (
    INCOMING_RULES,
    MAIL_WAITING,
    OUTGOING_RULES,
    RULES,
    SYSTEM_ACTIONS,
    Action,
    CaseState,
    allowed_actions,
    available_actions,
    check,
    decide,
    is_active,
    pending_action,
    target_status,
)

ADMIN = Rights(1, frozenset(Role), Decimal("1000000"))
CLERK = Rights(2, frozenset({Role.CLERK}), Decimal("0"))
SYSTEM = Rights.system()


def _all_pairs(direction: Direction):
    statuses = [s.value for s in (OutStatus if direction is Direction.OUT else InStatus)]
    for action in RULES[direction]:
        for status in statuses:
            yield action, status


@pytest.mark.parametrize("direction", [Direction.OUT, Direction.IN])
def test_every_transition_allowed_or_refused_by_table(direction: Direction) -> None:
    for action, status in _all_pairs(direction):
        rule = RULES[direction][action]
        actor = SYSTEM if action in SYSTEM_ACTIONS else ADMIN
        # marks need the opposite mark state to be allowed; completion needs both marks
        delivered = action in (Action.UNMARK_DELIVERED, Action.SYSTEM_COMPLETE)
        booked = action in (Action.UNMARK_BOOKED, Action.SYSTEM_COMPLETE)
        # only credit notes are settled; a resend of an issued case replaces a waiting e-mail
        kind = CaseKind.CREDIT_NOTE if action is Action.SETTLE else CaseKind.INVOICE
        extras: dict[str, object] = {MAIL_WAITING: action is Action.RESEND}
        case = CaseState(
            direction, status, kind=kind, delivered=delivered, booked=booked, extras=extras
        )
        decision = decide(action, case, actor)
        assert decision.allowed == (status in rule.sources), (action, status, decision.reason)
        if decision.allowed:
            expected = rule.to if rule.to is not None else status
            assert target_status(action, case) == expected
        else:
            with pytest.raises(ActionRefused):
                check(action, case, actor, comment="because")


def test_system_actions_refused_for_users() -> None:
    case = CaseState(Direction.OUT, OutStatus.SENT)
    decision = decide(Action.SYSTEM_OVERDUE, case, ADMIN)
    assert not decision.allowed
    assert "application" in decision.reason


def test_actions_of_other_direction_are_refused() -> None:
    decision = decide(Action.APPROVE, CaseState(Direction.OUT, OutStatus.SENT), ADMIN)
    assert not decision.allowed


def test_roles_are_enforced() -> None:
    edited = CaseState(Direction.IN, InStatus.EDITED, gross=Decimal("10"), edited_by_id=9)
    assert not decide(Action.CHECK, edited, CLERK).allowed
    assert "reviewer" in decide(Action.CHECK, edited, CLERK).reason
    reviewer = Rights(3, frozenset({Role.REVIEWER}), Decimal("0"))
    assert decide(Action.CHECK, edited, reviewer).allowed


def test_four_eyes_rule() -> None:
    reviewer = Rights(3, frozenset({Role.REVIEWER, Role.CLERK}), Decimal("0"))
    own = CaseState(Direction.IN, InStatus.EDITED, edited_by_id=3)
    decision = decide(Action.CHECK, own, reviewer)
    assert not decision.allowed and "four-eyes" in decision.reason
    # admins are bound by four-eyes too
    assert not decide(
        Action.CHECK, CaseState(Direction.IN, "edited", edited_by_id=1), ADMIN
    ).allowed


def test_approval_limit() -> None:
    approver = Rights(4, frozenset({Role.APPROVER}), Decimal("1000.00"))
    within = CaseState(Direction.IN, InStatus.CHECKED, gross=Decimal("1000.00"))
    above = CaseState(Direction.IN, InStatus.CHECKED, gross=Decimal("1000.01"))
    assert decide(Action.APPROVE, within, approver).allowed
    refused = decide(Action.APPROVE, above, approver)
    assert not refused.allowed and "limit" in refused.reason


def test_comment_required_for_reject_and_cancel() -> None:
    reviewer = Rights(3, frozenset({Role.REVIEWER}), Decimal("0"))
    with pytest.raises(ActionRefused, match="comment"):
        check(Action.REJECT, CaseState(Direction.IN, InStatus.EDITED), reviewer, "  ")
    check(Action.REJECT, CaseState(Direction.IN, InStatus.EDITED), reviewer, "wrong VAT")
    with pytest.raises(ActionRefused, match="comment"):
        check(Action.CANCEL, CaseState(Direction.OUT, OutStatus.SENT), CLERK)


def test_marks() -> None:
    paid = CaseState(Direction.OUT, OutStatus.PAID, delivered=True)
    assert not decide(Action.MARK_DELIVERED, paid, CLERK).allowed
    assert decide(Action.MARK_BOOKED, paid, CLERK).allowed
    assert not decide(Action.SYSTEM_COMPLETE, paid, SYSTEM).allowed
    done = CaseState(Direction.OUT, OutStatus.PAID, delivered=True, booked=True)
    assert decide(Action.SYSTEM_COMPLETE, done, SYSTEM).allowed


def test_available_actions_lists_user_actions_with_reasons() -> None:
    case = CaseState(Direction.OUT, OutStatus.DRAFT)
    decisions = available_actions(case, CLERK)
    assert {d.action for d in decisions} == {
        r.action for r in OUTGOING_RULES if r.action not in SYSTEM_ACTIONS
    }
    assert all(d.reason for d in decisions if not d.allowed)
    assert Action.SEND in allowed_actions(case, CLERK)
    assert Action.RESEND not in allowed_actions(case, CLERK)


def test_incoming_error_offers_archive_and_read_again() -> None:
    case = CaseState(Direction.IN, InStatus.ERROR)
    assert allowed_actions(case, ADMIN) == [Action.ARCHIVE, Action.READ_AGAIN]
    assert allowed_actions(case, CLERK) == [Action.ARCHIVE, Action.READ_AGAIN]
    assert target_status(Action.READ_AGAIN, case) == InStatus.PROCESSING
    for stuck in (InStatus.UPLOADING, InStatus.PROCESSING):  # the application's own business
        assert allowed_actions(CaseState(Direction.IN, stuck), ADMIN) == []


def test_pending_action_and_active() -> None:
    assert pending_action(Direction.OUT, "paid", False, False) is PendingAction.DELIVER
    assert pending_action(Direction.OUT, "paid", True, False) is PendingAction.BOOK
    assert pending_action(Direction.IN, "edited") is PendingAction.REVIEW
    assert not is_active("completed") and not is_active("archived") and is_active("sent")
    assert len(INCOMING_RULES) >= 9
