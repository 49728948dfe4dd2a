"""Deciding case actions inside the action's transaction, from what the database holds now.

:func:`authorize` is what every service calls before it changes a case: it reads the acting
user's row (:func:`~invoicedesk.services.permissions.load_rights`), for checking and approving
also who took part in the case and the company's approval policy, and asks the workflow
(:func:`invoicedesk.domain.workflow.decide`) — the same function the GUI and the command line
use to offer and explain actions (:func:`case_decisions`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.authority import PERSON_ACTIONS, Approver, Policy, Rights
from invoicedesk.domain.enums import CaseKind, Direction, Role
from invoicedesk.domain.errors import NotFound
from invoicedesk.domain.workflow import (
    DEFAULT_POLICY,
    MAIL_WAITING,
    Action,
    Actor,
    CaseState,
    Decision,
    available_actions,
    check,
)
from invoicedesk.mail.outbox import active_mail
from invoicedesk.services.cases.edits import editor_ids
from invoicedesk.services.permissions import load_rights
from invoicedesk.services.settings.registry import APPROVAL_POLICY, get_setting
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.users import User, UserRole

#: the outbox purpose of a case's own document e-mail (invoice, credit note)
DOCUMENT_MAIL = "document"


def case_state(case: Case, editors: frozenset[int] = frozenset()) -> CaseState:
    """The workflow's view of a stored case (``editors``: who changed its fields)."""
    return CaseState(
        direction=Direction(case.direction),
        status=case.status,
        kind=CaseKind(case.kind),
        gross=case.gross,
        delivered=case.delivered,
        booked=case.booked,
        issued=case.number is not None and case.direction == Direction.OUT,
        created_by_id=case.created_by_id,
        edited_by_id=case.edited_by_id,
        checked_by_id=case.checked_by_id,
        due_date=case.due_date,
        currency=case.currency,
        editor_ids=editors,
    )


def load_policy(session: Session) -> Policy:
    """The company's approval policy with the active approvers (for naming who can approve)."""
    stored = get_setting(session, APPROVAL_POLICY)
    rows = session.execute(
        select(User.id, User.full_name, User.initials, User.approval_limit)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.active, UserRole.role.in_([Role.APPROVER.value, Role.ADMIN.value]))
        .distinct()
        .order_by(User.approval_limit.desc(), User.id)
    ).all()
    approvers = tuple(
        Approver(user_id, f"{name} ({initials})", limit) for user_id, name, initials, limit in rows
    )
    return Policy(stored.self_checks, stored.limit_currency, approvers)


#: actions decided by whether the document's e-mail is still on its way
_MAIL_ACTIONS = frozenset({Action.SEND, Action.RESEND})


def state_for(session: Session, case: Case, action: Action | None = None) -> CaseState:
    """The case's state with its editors when ``action`` needs them, and for *Send* and
    *Resend* whether its document e-mail is still on its way (all facts when ``None``)."""
    needs_people = action is None or action in PERSON_ACTIONS
    state = case_state(case, editor_ids(session, case.id) if needs_people else frozenset())
    if case.direction == Direction.OUT and (action is None or action in _MAIL_ACTIONS):
        waiting = active_mail(session, case.id, DOCUMENT_MAIL) is not None
        state = replace(state, extras={**state.extras, MAIL_WAITING: waiting})
    return state


def authorize(
    session: Session,
    actor: Actor,
    action: Action,
    case: Case | CaseState,
    comment: str | None = None,
) -> Decision:
    """Raise :class:`~invoicedesk.domain.errors.ActionRefused` unless ``actor`` may take
    ``action`` on ``case`` now; returns the decision (with any self-check it allows)."""
    rights = load_rights(session, actor)
    policy = DEFAULT_POLICY
    if action in PERSON_ACTIONS and not rights.is_system:
        policy = load_policy(session)
    state = state_for(session, case, action) if isinstance(case, Case) else case
    return check(action, state, rights, comment, policy)


@dataclass(frozen=True)
class CaseDecisions:
    """Every user action of a case as the acting user may take it now."""

    case_id: int
    version: int
    rights: Rights
    decisions: list[Decision]

    def decision(self, action: Action) -> Decision | None:
        """The decision about ``action`` (``None`` when it is not an action of the case)."""
        return next((d for d in self.decisions if d.action is action), None)


def case_decisions(db: Database, actor: Actor, case_id: int) -> CaseDecisions:
    """What ``actor`` may do with a case now, and why not (for the GUI and the command line)."""
    with db.read() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("There is no case with the id {case_id}.", case_id=case_id)
        rights = load_rights(s, actor)
        policy = load_policy(s)
        decisions = available_actions(state_for(s, case), rights, policy)
        return CaseDecisions(case.id, case.version, rights, decisions)
