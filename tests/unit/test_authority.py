"""Separation of duties and approval limits, decided by the one domain function ``decide``."""

from __future__ import annotations

from decimal import Decimal

from invoicedesk.domain.authority import DUTY_RULES, Approver, Duty, Policy, Rights
from invoicedesk.domain.enums import Direction, InStatus, Role
from invoicedesk.domain.workflow import Action, CaseState, decide

REVIEWER = Rights(3, frozenset({Role.CLERK, Role.REVIEWER}))
APPROVER = Rights(4, frozenset({Role.CLERK, Role.APPROVER}), Decimal("2000"))
UPLOADER, EDITOR, FINISHER, CHECKER = 7, 8, 9, 3


def _case(status: InStatus, gross: str = "500", **kw: object) -> CaseState:
    people: dict[str, object] = {
        "created_by_id": UPLOADER,
        "edited_by_id": FINISHER,
        "editor_ids": frozenset({EDITOR}),
        "checked_by_id": CHECKER if status is InStatus.CHECKED else None,
    }
    people.update(kw)
    return CaseState(Direction.IN, status, gross=Decimal(gross), **people)  # type: ignore[arg-type]


def _reviewer(user_id: int) -> Rights:
    return Rights(user_id, frozenset({Role.CLERK, Role.REVIEWER}))


def _approver(user_id: int, limit: str = "2000") -> Rights:
    return Rights(user_id, frozenset({Role.CLERK, Role.APPROVER}), Decimal(limit))


def test_uploader_editors_and_finisher_may_not_check() -> None:
    edited = _case(InStatus.EDITED)
    for user_id, duty in ((UPLOADER, "uploaded"), (EDITOR, "changed"), (FINISHER, "edited")):
        decision = decide(Action.CHECK, edited, _reviewer(user_id))
        assert not decision.allowed, user_id
        assert duty in decision.reason and "four-eyes" in decision.reason
    assert decide(Action.CHECK, edited, _reviewer(42)).allowed


def test_checker_and_editors_may_not_approve() -> None:
    checked = _case(InStatus.CHECKED)
    for user_id in (CHECKER, EDITOR, FINISHER):
        decision = decide(Action.APPROVE, checked, _approver(user_id))
        assert not decision.allowed and "four-eyes" in decision.reason, user_id
    assert decide(Action.APPROVE, checked, _approver(UPLOADER)).allowed
    assert decide(Action.APPROVE, checked, _approver(42)).allowed


def test_admins_are_bound_by_the_separation_of_duties() -> None:
    admin = Rights(CHECKER, frozenset(Role), Decimal("1000000"))
    assert not decide(Action.APPROVE, _case(InStatus.CHECKED), admin).allowed


def test_the_application_never_checks_or_approves() -> None:
    for action, status in ((Action.CHECK, InStatus.EDITED), (Action.APPROVE, InStatus.CHECKED)):
        decision = decide(action, _case(status), Rights.system())
        assert not decision.allowed and "person" in decision.reason


def test_limit_covers_the_absolute_amount() -> None:
    credit = _case(InStatus.CHECKED, "-50000.00")
    refused = decide(Action.APPROVE, credit, _approver(42))
    assert not refused.allowed and "50000.00" in refused.reason and "2000" in refused.reason
    assert decide(Action.APPROVE, _case(InStatus.CHECKED, "-2000.00"), _approver(42)).allowed


def test_a_refusal_names_who_can_approve() -> None:
    approvers = (
        Approver(42, "Anton (AN)", Decimal("2000")),
        Approver(43, "Jan Vos (JV)", Decimal("60000")),
        Approver(CHECKER, "Rolf (RO)", Decimal("100000")),  # checked it: may not approve
    )
    policy = Policy(approvers=approvers)
    refused = decide(Action.APPROVE, _case(InStatus.CHECKED, "50000"), _approver(42), policy)
    assert "Jan Vos (JV) can approve" in refused.reason and "Rolf" not in refused.reason
    above_all = decide(Action.APPROVE, _case(InStatus.CHECKED, "200000"), _approver(42), policy)
    assert not above_all.allowed
    assert "above every approver's limit" in above_all.reason and "100000" in above_all.reason


def test_another_currency_needs_an_administrator() -> None:
    usd = _case(InStatus.CHECKED, "10", currency="USD")
    refused = decide(Action.APPROVE, usd, _approver(42))
    assert not refused.allowed and "USD" in refused.reason
    admin = Rights(42, frozenset({Role.ADMIN}), Decimal("0"))
    assert decide(Action.APPROVE, usd, admin).allowed


def test_deactivated_user_may_do_nothing() -> None:
    gone = Rights(42, frozenset(Role), Decimal("100000"), active=False)
    decision = decide(Action.APPROVE, _case(InStatus.CHECKED), gone)
    assert not decision.allowed and "deactivated" in decision.reason


def test_one_person_office_allows_self_checks_and_names_them() -> None:
    alone = Rights(1, frozenset(Role), Decimal("100000"))
    own = _case(InStatus.EDITED, created_by_id=1, edited_by_id=1, editor_ids=frozenset({1}))
    assert not decide(Action.CHECK, own, alone).allowed
    decision = decide(Action.CHECK, own, alone, Policy(self_checks=True))
    assert decision.allowed
    assert {rule.duty for rule in decision.waived} == {Duty.UPLOADED, Duty.EDITED, Duty.FINISHED}
    assert decide(Action.CHECK, _case(InStatus.EDITED), _reviewer(42), Policy(True)).waived == ()


def test_every_duty_rule_names_the_four_eyes_rule() -> None:
    assert all("four-eyes" in rule.reason for rule in DUTY_RULES)
    assert {(r.action, r.duty) for r in DUTY_RULES} == {
        ("check", Duty.UPLOADED), ("check", Duty.EDITED), ("check", Duty.FINISHED),
        ("approve", Duty.CHECKED), ("approve", Duty.EDITED), ("approve", Duty.FINISHED),
    }  # fmt: skip
