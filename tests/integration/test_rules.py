"""The rules hold in the core (SQLite and PostgreSQL): separation of duties, absolute limits,
rights read in the action's transaction, user administration only by administrators, and
every admin change in the log."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from invoicedesk.domain.errors import ActionRefused, ValidationError
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.cases.authorize import case_decisions
from invoicedesk.services.incoming.editing import load_editor, save_editor
from invoicedesk.services.settings.admin_log import list_changes
from invoicedesk.services.settings.registry import APPROVAL_POLICY, ApprovalPolicy, save_setting
from invoicedesk.services.settings.user_admin import deactivate_user, set_roles, update_user
from invoicedesk.services.settings.users import add_user
from invoicedesk.store.models.cases import Case, StatusHistory


@pytest.fixture
def people(db, users):  # type: ignore[no-untyped-def]
    """The fixture's users plus a reviewer (rita) and an approver with 2,000 (paul)."""
    admin = users["ada"].actor()
    made = dict(users)
    for login, roles, limit in [
        ("rita", ["clerk", "reviewer"], 0),
        ("paul", ["clerk", "approver"], 2000),
    ]:
        made[login] = add_user(
            db, login, full_name=login.title(), initials=login[:2].upper(), roles=roles,
            password="correct horse", approval_limit=Decimal(limit), actor=admin,
        )  # fmt: skip
    return made


def _incoming(db, uploader: int, status: str = "ready", gross: str = "500.00", **kw) -> int:  # type: ignore[no-untyped-def]
    """A supplier invoice as intake leaves it (uploaded by ``uploader``)."""
    with db.write() as s:
        case = Case(
            direction="in", kind="invoice", status=status, party_name="Reifen Müller GmbH",
            number="R-1", gross=Decimal(gross), net=Decimal(gross), created_by_id=uploader, **kw,
        )  # fmt: skip
        s.add(case)
        s.flush()
        return case.id


def _fields(db, case_id: int, **changes: str) -> tuple[int, dict[str, str]]:  # type: ignore[no-untyped-def]
    data = load_editor(db, case_id)
    return data.version, {**data.fields, **changes}


def _refused(db, who, case_id: int, action: Action, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ActionRefused) as refused:
        perform_action(db, who.actor(), case_id, action)
    assert words in str(refused.value), str(refused.value)


def test_uploader_may_not_check(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["rita"].id)
    version, fields = _fields(db, cid)
    save_editor(db, people["clara"].actor(), cid, version, fields, finish=True)
    _refused(db, people["rita"], cid, Action.CHECK, "uploaded")
    perform_action(db, people["rolf"].actor(), cid, Action.CHECK)


def test_everyone_who_changed_a_field_may_neither_check_nor_approve(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["clara"].id)
    version, fields = _fields(db, cid, iban="DE89370400440532013000")
    save_editor(db, people["paul"].actor(), cid, version, fields)  # paul changes the IBAN
    version, fields = _fields(db, cid, invoice_number="R-2")
    save_editor(db, people["rolf"].actor(), cid, version, fields)  # rolf the number
    version, fields = _fields(db, cid)
    save_editor(db, people["clara"].actor(), cid, version, fields, finish=True)  # no change
    _refused(db, people["rolf"], cid, Action.CHECK, "changed this invoice's data")
    perform_action(db, people["rita"].actor(), cid, Action.CHECK)
    _refused(db, people["paul"], cid, Action.APPROVE, "an editor may not approve")
    perform_action(db, people["anton"].actor(), cid, Action.APPROVE)
    with db.read() as s:
        saves = s.scalars(
            select(StatusHistory.changed_fields)
            .where(StatusHistory.case_id == cid, StatusHistory.action == "edit")
            .order_by(StatusHistory.id)
        ).all()
    assert saves == [["iban"], ["invoice_number"], None]


def test_checker_may_not_approve(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["clara"].id, "edited", edited_by_id=people["clara"].id)
    perform_action(db, people["ada"].actor(), cid, Action.CHECK)
    _refused(db, people["ada"], cid, Action.APPROVE, "checked this invoice")
    decisions = case_decisions(db, people["ada"].actor(), cid)
    approve = decisions.decision(Action.APPROVE)
    assert approve is not None and not approve.allowed and "four-eyes" in approve.reason


def test_credit_of_50000_needs_a_limit_of_50000(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["clara"].id, "checked", "-50000.00", checked_by_id=people["rolf"].id)
    with pytest.raises(ActionRefused) as refused:
        perform_action(db, people["paul"].actor(), cid, Action.APPROVE)
    text = str(refused.value)
    assert "50000.00" in text and "2000.00" in text and "Ada (AD) can approve" in text
    perform_action(db, people["ada"].actor(), cid, Action.APPROVE)
    big = _incoming(db, people["clara"].id, "checked", "250000", checked_by_id=people["rolf"].id)
    _refused(db, people["paul"], big, Action.APPROVE, "above every approver's limit")


def test_removed_role_and_deactivation_take_effect_in_open_sessions(db, people) -> None:  # type: ignore[no-untyped-def]
    session_of_paul = people["paul"].actor()  # built at his login, kept by his open window
    admin = people["ada"].actor()
    first = _incoming(db, people["clara"].id, "checked", checked_by_id=people["rolf"].id)
    second = _incoming(db, people["clara"].id, "checked", checked_by_id=people["rolf"].id)
    set_roles(db, admin, "paul", ["clerk"])
    with pytest.raises(ActionRefused, match="approver"):
        perform_action(db, session_of_paul, first, Action.APPROVE)
    set_roles(db, admin, "paul", ["clerk", "approver"])
    perform_action(db, session_of_paul, first, Action.APPROVE)
    deactivate_user(db, admin, "paul")
    with pytest.raises(ActionRefused, match="deactivated"):
        perform_action(db, session_of_paul, second, Action.APPROVE)


def test_a_hand_built_actor_carries_no_rights(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["clara"].id, "checked", "900", checked_by_id=people["rolf"].id)
    clara = Actor(user_id=people["clara"].id, initials="XX")
    with pytest.raises(ActionRefused, match="approver"):
        perform_action(db, clara, cid, Action.APPROVE)
    with pytest.raises(ActionRefused, match="deactivated"):
        perform_action(db, Actor(user_id=9999), cid, Action.APPROVE)
    with pytest.raises(ActionRefused, match="person"):
        perform_action(db, Actor.system(), cid, Action.APPROVE)


def test_only_administrators_administer_users(db, people) -> None:  # type: ignore[no-untyped-def]
    clerk = people["clara"].actor()
    with pytest.raises(ActionRefused, match="admin"):
        add_user(db, "mallory", full_name="M", initials="M", roles=["admin"],
                 password="long enough", actor=clerk)  # fmt: skip
    with pytest.raises(ActionRefused, match="administrator"):
        add_user(db, "mallory", full_name="M", initials="M", roles=["admin"],
                 password="long enough")  # fmt: skip
    with pytest.raises(ActionRefused, match="admin"):
        update_user(db, clerk, people["clara"].id, roles=["admin"])
    with pytest.raises(ActionRefused, match="admin"):
        save_setting(db, clerk, APPROVAL_POLICY, ApprovalPolicy(self_checks=True))
    admin = people["ada"].actor()
    with pytest.raises(ValidationError, match="administrator must remain"):
        deactivate_user(db, admin, "ada")


def test_admin_changes_are_logged_without_secrets(db, people) -> None:  # type: ignore[no-untyped-def]
    admin = people["ada"].actor()
    update_user(db, admin, people["paul"].id, approval_limit=Decimal("5000"),
                password="a new secret pw")  # fmt: skip
    save_setting(db, admin, APPROVAL_POLICY, ApprovalPolicy(limit_currency="eur"))
    changes = list_changes(db, admin)
    newest = changes[0]
    assert (newest.area, newest.subject) == ("setting", "approval_policy")
    paul = next(c for c in changes if c.subject == "paul" and c.action == "change")
    assert ["approval_limit", "2000.00", "5000.00"] in paul.changes
    assert ["password", None, "(changed)"] in paul.changes
    assert paul.user == "Ada (AD)"
    assert "a new secret pw" not in repr(changes)
    created = next(c for c in changes if c.subject == "paul" and c.action == "create")
    assert ["roles", None, ["approver", "clerk"]] in created.changes
    with pytest.raises(ActionRefused):
        list_changes(db, people["clara"].actor())


def test_one_person_office_records_every_self_check(db, people) -> None:  # type: ignore[no-untyped-def]
    admin = people["ada"].actor()
    cid = _incoming(db, people["ada"].id)
    version, fields = _fields(db, cid, iban="DE89370400440532013000")
    save_editor(db, admin, cid, version, fields, finish=True)
    _refused(db, people["ada"], cid, Action.CHECK, "four-eyes")
    save_setting(db, admin, APPROVAL_POLICY, ApprovalPolicy(self_checks=True))
    perform_action(db, admin, cid, Action.CHECK)
    perform_action(db, admin, cid, Action.APPROVE)
    with db.read() as s:
        comments = dict(
            s.execute(
                select(StatusHistory.action, StatusHistory.comment).where(
                    StatusHistory.case_id == cid, StatusHistory.action.in_(["check", "approve"])
                )
            ).all()
        )
    assert "self-check" in comments["check"] and "the uploader checks" in comments["check"]
    assert "self-check" in comments["approve"] and "the checker approves" in comments["approve"]
