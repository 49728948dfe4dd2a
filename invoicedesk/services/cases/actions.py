"""Taking actions on cases: one transaction each, checked by the workflow, written to history.

Actions with more to do than a status change (sending, issuing, cancelling an issued invoice
with a credit note) register a handler in :data:`SPECIAL_HANDLERS`; everything else is the
generic transition below. Either way the permission check and the history row are the same.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.authority import Rights
from invoicedesk.domain.enums import CaseKind, Direction, PaymentStatus
from invoicedesk.domain.errors import ConflictError, NotFound
from invoicedesk.domain.messages import Message, encode_text, join_messages, msg
from invoicedesk.domain.workflow import (
    Action,
    Actor,
    Decision,
    check,
    is_active,
    payment_status_after,
    pending_action,
    target_status,
)
from invoicedesk.services.cases.authorize import authorize, case_state
from invoicedesk.store import audit
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.users import User
from invoicedesk.store.types import utcnow

#: handler(session, case, actor, comment) -> None; it may change the case and add rows
Handler = Callable[[Session, Case, Actor, str], None]
SPECIAL_HANDLERS: dict[Action, Handler] = {}
#: functions that fill :data:`SPECIAL_HANDLERS`, run once before the first action needs it:
#: the handlers' modules (PDF rendering, e-invoice XML, mail) are imported only then
_HANDLER_LOADERS: list[Callable[[], None]] = []
_LOADING = threading.Lock()


def load_handlers_on_first_use(loader: Callable[[], None]) -> None:
    """Run ``loader`` (which fills :data:`SPECIAL_HANDLERS`) before the first action is
    applied, instead of now; the composition root's wiring uses it to keep the start light."""
    if loader not in _HANDLER_LOADERS:
        _HANDLER_LOADERS.append(loader)


def special_handler(action: Action) -> Handler | None:
    """The handler registered for ``action`` (after running the pending loaders), if any."""
    if _HANDLER_LOADERS:
        with _LOADING:  # another thread's first action waits until the handlers are in
            while _HANDLER_LOADERS:
                _HANDLER_LOADERS[0]()
                _HANDLER_LOADERS.pop(0)
    return SPECIAL_HANDLERS.get(action)


@dataclass(frozen=True)
class ActionResult:
    """What the GUI needs after an action: the new status and version, and what a handler
    wants the clerk to know (e.g. that a pending e-mail was withdrawn)."""

    case_id: int
    status: str
    version: int
    active: bool
    notes: tuple[str, ...] = ()


_NOTES = "action_notes"


def add_notes(session: Session, notes: list[Message]) -> None:
    """Handlers: tell the clerk something about the action (shown with its result)."""
    session.info.setdefault(_NOTES, []).extend(notes)


def load_for_update(session: Session, case_id: int) -> Case:
    """Load a case and lock its row until the transaction ends (no-op lock on SQLite)."""
    case = session.scalar(select(Case).where(Case.id == case_id).with_for_update())
    if case is None:
        raise NotFound("There is no case with the id {case_id}.", case_id=case_id)
    return case


def ensure_version(session: Session, case: Case, expected_version: int | None) -> None:
    """Raise :class:`ConflictError` (naming who changed it) if the case moved on."""
    if expected_version is None or case.version == expected_version:
        return
    who = None
    if case.updated_by_id is not None:
        user = session.get(User, case.updated_by_id)
        who = f"{user.full_name} ({user.initials})" if user else None
    when = case.updated_at.astimezone().strftime("%d.%m.%Y %H:%M") if case.updated_at else None
    raise ConflictError(case.id, who, when)


def record(
    session: Session,
    case: Case,
    actor: Actor,
    action: Action | str,
    from_status: str | None,
    comment: str = "",
    at: datetime | None = None,
    changed_fields: Iterable[str] = (),
) -> None:
    """Write one history row and refresh the derived columns of the case.

    A ``comment`` the application writes is a :class:`Message` (kept translatable in
    ``comment_record``); a clerk's typed comment is a plain string. ``changed_fields`` names
    the invoice fields the action changed (an editor's save; see
    :mod:`invoicedesk.services.cases.edits`). The row is hashed into the audit chains and
    written when the transaction commits (:func:`invoicedesk.store.audit.append`).
    """
    now = at or utcnow()
    case.active = is_active(case.status)
    case.pending_action = pending_action(
        Direction(case.direction), case.status, case.delivered, case.booked, case.kind
    ).value
    case.updated_at = now
    case.updated_by_id = actor.user_id
    audit.append(
        session,
        StatusHistory(
            case_id=case.id,
            at=now,
            user_id=actor.user_id,
            action=str(action),
            from_status=from_status,
            to_status=case.status,
            comment=str(comment),
            comment_record=encode_text(comment) if isinstance(comment, Message) else None,
            changed_fields=sorted(set(changed_fields)) or None,
        ),
    )


def generic_transition(
    session: Session, case: Case, actor: Actor, action: Action, comment: str
) -> None:
    """The plain status change of ``action`` with its marks (no special handler)."""
    case.status = target_status(action, case_state(case))
    if action is Action.MARK_DELIVERED:
        case.delivered = True
    elif action is Action.UNMARK_DELIVERED:
        case.delivered = False
    elif action is Action.MARK_BOOKED:
        case.booked = True
    elif action is Action.UNMARK_BOOKED:
        case.booked = False
    elif action is Action.MARK_UNPAID and case.due_date and case.due_date < date.today():
        case.status = "overdue"
    elif action is Action.FINISH_EDIT:
        case.edited_by_id = actor.user_id
    elif action is Action.CHECK:
        case.checked_by_id = actor.user_id
    elif action is Action.APPROVE:
        case.approved_by_id = actor.user_id
    new_payment = payment_status_after(action, PaymentStatus(case.payment_status))
    if new_payment is not PaymentStatus(case.payment_status):
        case.payment_status = new_payment.value
        if new_payment is PaymentStatus.PAID:
            case.paid_amount = case.gross
            case.paid_on = case.paid_on or date.today()
        else:
            case.paid_amount = Decimal("0")
            case.paid_on = None


def _complete_if_done(session: Session, case: Case) -> None:
    """Outgoing cases complete by themselves once paid, delivered and booked (a credit note:
    settled and booked)."""
    system = Actor.system()
    if case.direction == Direction.OUT and case.status in ("paid", "settled"):
        state = case_state(case)
        credit = state.kind is CaseKind.CREDIT_NOTE
        if (state.delivered or credit) and state.booked:
            check(Action.SYSTEM_COMPLETE, state, Rights.system())
            before = case.status
            case.status = "completed"
            record(
                session,
                case,
                system,
                Action.SYSTEM_COMPLETE,
                before,
                msg("settled and booked") if credit else msg("paid, delivered, booked"),
            )


def apply_action(
    session: Session,
    case: Case,
    actor: Actor,
    action: Action,
    comment: str | None = None,
) -> None:
    """Check and apply ``action`` to a loaded (and locked) case inside a transaction.

    The acting user's rights are read from the database here, in the same transaction; a
    self-check the one-person-office setting allows is recorded in the history row.
    """
    decision = authorize(session, actor, action, case, comment)
    before = case.status
    handler = special_handler(action)
    if handler is not None:
        handler(session, case, actor, comment or "")
    else:
        generic_transition(session, case, actor, action, comment or "")
    record(session, case, actor, action, before, _with_waiver(comment or "", decision))
    _complete_if_done(session, case)


def _with_waiver(comment: str, decision: Decision) -> Message | str:
    """The history comment, naming the separation-of-duties rules a self-check waived."""
    if not decision.waived:
        return comment
    rules = join_messages([rule.name for rule in decision.waived], ", ")
    if not comment.strip():
        return msg("self-check allowed for a one-person office: {rules}", rules=rules)
    return msg(
        "{comment} (self-check allowed for a one-person office: {rules})",
        comment=comment,
        rules=rules,
    )


def perform_action(
    db: Database,
    actor: Actor,
    case_id: int,
    action: Action,
    comment: str | None = None,
    expected_version: int | None = None,
) -> ActionResult:
    """Take one action on one case in its own transaction and return the outcome."""
    with db.write() as s:
        case = load_for_update(s, case_id)
        ensure_version(s, case, expected_version)
        apply_action(s, case, actor, action, comment)
        s.flush()
        notes = tuple(s.info.pop(_NOTES, ()))
        return ActionResult(case.id, case.status, case.version, case.active, notes)
