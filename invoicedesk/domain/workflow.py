"""The status machines of both directions, as data, and the one question every layer asks:
which actions may this user take on this case now?

The GUI uses :func:`available_actions` to offer buttons (with the reason when one is refused);
the services call :func:`check` before changing anything, with the user's
:class:`~invoicedesk.domain.authority.Rights` read from the database in the same transaction,
so a refused action cannot slip through a stale window or a stale login.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from invoicedesk.domain.authority import (
    PERSON_ACTIONS,
    DutyRule,
    Participants,
    Policy,
    Rights,
    duty_conflicts,
    limit_refusal,
    role_refusal,
)
from invoicedesk.domain.enums import (
    CaseKind,
    Direction,
    InStatus,
    OutStatus,
    PaymentStatus,
    PendingAction,
    Role,
    status_label,
)
from invoicedesk.domain.errors import ActionRefused
from invoicedesk.domain.messages import Message, msg


class Action(StrEnum):
    """Everything that can happen to a case. ``SYSTEM_*`` actions are taken by the app itself."""

    # outgoing, by users
    EDIT_DRAFT = "edit_draft"
    SEND = "send"
    CREATE_ONLY = "create_only"
    PRINT = "print"
    RESEND = "resend"
    MARK_PAID = "mark_paid"
    MARK_UNPAID = "mark_unpaid"
    PAID_POS = "paid_pos"
    MARK_DELIVERED = "mark_delivered"
    UNMARK_DELIVERED = "unmark_delivered"
    MARK_BOOKED = "mark_booked"
    UNMARK_BOOKED = "unmark_booked"
    CANCEL = "cancel"
    NOTIFY_CUSTOMER = "notify_customer"
    # payments, both directions
    RECORD_PAYMENT = "record_payment"
    UNDO_PAYMENT = "undo_payment"
    DELETE_DRAFT = "delete_draft"
    SETTLE = "settle"
    REMIND = "remind"
    # incoming, by users
    EDIT = "edit"
    FINISH_EDIT = "finish_edit"
    CHECK = "check"
    REJECT = "reject"
    APPROVE = "approve"
    BOOK_EXPORT = "book_export"
    ARCHIVE = "archive"
    READ_AGAIN = "read_again"
    # taken by the application
    SYSTEM_SENT = "system_sent"
    SYSTEM_SEND_FAILED = "system_send_failed"
    SYSTEM_OVERDUE = "system_overdue"
    SYSTEM_COMPLETE = "system_complete"
    SYSTEM_PROCESSING = "system_processing"
    SYSTEM_READY = "system_ready"
    SYSTEM_ERROR = "system_error"


ACTION_LABELS: dict[Action, str] = {
    Action.EDIT_DRAFT: "Edit draft",
    Action.SEND: "Send",
    Action.CREATE_ONLY: "Create only",
    Action.PRINT: "Print",
    Action.RESEND: "Resend",
    Action.MARK_PAID: "Mark paid",
    Action.MARK_UNPAID: "Mark not paid",
    Action.PAID_POS: "Paid POS",
    Action.MARK_DELIVERED: "Delivered",
    Action.UNMARK_DELIVERED: "Not delivered",
    Action.MARK_BOOKED: "Booked",
    Action.UNMARK_BOOKED: "Not booked",
    Action.CANCEL: "Cancel",
    Action.NOTIFY_CUSTOMER: "Notify customer",
    Action.RECORD_PAYMENT: "Record payment",
    Action.UNDO_PAYMENT: "Undo payment",
    Action.DELETE_DRAFT: "Delete draft",
    Action.SETTLE: "Settle credit note",
    Action.REMIND: "Remind customer",
    Action.EDIT: "Edit",
    Action.FINISH_EDIT: "Finish editing",
    Action.CHECK: "Check",
    Action.REJECT: "Reject",
    Action.APPROVE: "Approve",
    Action.BOOK_EXPORT: "Export to booking",
    Action.ARCHIVE: "Archive",
    Action.READ_AGAIN: "Read again",
    Action.SYSTEM_SENT: "Sent (mail server accepted)",
    Action.SYSTEM_SEND_FAILED: "Sending failed",
    Action.SYSTEM_OVERDUE: "Overdue",
    Action.SYSTEM_COMPLETE: "Completed",
    Action.SYSTEM_PROCESSING: "Processing",
    Action.SYSTEM_READY: "Read-out done",
    Action.SYSTEM_ERROR: "Error",
}

SYSTEM_ACTIONS = frozenset(a for a in Action if a.value.startswith("system_"))


@dataclass(frozen=True)
class Rule:
    """One row of a status machine.

    ``to`` is the status after the action, or ``None`` when the status stays (marks, resend).
    ``roles``: any one of them is enough; admins may take every user action.
    """

    action: Action
    sources: frozenset[str]
    to: str | None
    roles: frozenset[Role] = frozenset({Role.CLERK})
    needs_comment: bool = False


def _rule(
    action: Action,
    sources: Iterable[str],
    to: str | None,
    roles: Iterable[Role] = (Role.CLERK,),
    needs_comment: bool = False,
) -> Rule:
    return Rule(action, frozenset(sources), to, frozenset(roles), needs_comment)


_O = OutStatus
_I = InStatus
_ISSUED_OPEN = (_O.ISSUED, _O.SENT, _O.OVERDUE, _O.SEND_FAILED)

OUTGOING_RULES: tuple[Rule, ...] = (
    _rule(Action.EDIT_DRAFT, [_O.DRAFT], None),
    _rule(Action.SEND, [_O.DRAFT, _O.ISSUED], _O.ISSUED),
    _rule(Action.CREATE_ONLY, [_O.DRAFT], _O.ISSUED),
    _rule(Action.PRINT, [_O.DRAFT, *_ISSUED_OPEN, _O.PAID], None),
    _rule(Action.RESEND, [*_ISSUED_OPEN, _O.PAID, _O.SETTLED], None),
    _rule(Action.MARK_PAID, _ISSUED_OPEN, _O.PAID),
    _rule(Action.MARK_UNPAID, [_O.PAID], _O.SENT),
    _rule(Action.PAID_POS, _ISSUED_OPEN, _O.COMPLETED),
    _rule(Action.MARK_DELIVERED, [_O.DRAFT, *_ISSUED_OPEN, _O.PAID], None),
    _rule(Action.UNMARK_DELIVERED, [_O.DRAFT, *_ISSUED_OPEN, _O.PAID], None),
    _rule(Action.MARK_BOOKED, [*_ISSUED_OPEN, _O.PAID, _O.SETTLED], None),
    _rule(Action.UNMARK_BOOKED, [*_ISSUED_OPEN, _O.PAID, _O.SETTLED], None),
    _rule(Action.CANCEL, [*_ISSUED_OPEN, _O.PAID], _O.CANCELED, needs_comment=True),
    _rule(Action.NOTIFY_CUSTOMER, [_O.DRAFT, *_ISSUED_OPEN, _O.PAID], None),
    _rule(Action.RECORD_PAYMENT, _ISSUED_OPEN, None),
    _rule(Action.UNDO_PAYMENT, [*_ISSUED_OPEN, _O.PAID, _O.COMPLETED], None),
    _rule(Action.DELETE_DRAFT, [_O.DRAFT], _O.DELETED),
    _rule(Action.SETTLE, [_O.ISSUED, _O.SENT, _O.SEND_FAILED], _O.SETTLED),
    _rule(Action.REMIND, [_O.ISSUED, _O.SENT, _O.OVERDUE], None),
    _rule(Action.SYSTEM_SENT, [_O.ISSUED, _O.SEND_FAILED, _O.SENT, _O.OVERDUE, _O.PAID], _O.SENT),
    _rule(Action.SYSTEM_SEND_FAILED, [_O.ISSUED, _O.SENT, _O.OVERDUE], _O.SEND_FAILED),
    _rule(Action.SYSTEM_OVERDUE, [_O.SENT], _O.OVERDUE),
    _rule(Action.SYSTEM_COMPLETE, [_O.PAID, _O.SETTLED], _O.COMPLETED),
)

INCOMING_RULES: tuple[Rule, ...] = (
    _rule(Action.SYSTEM_PROCESSING, [_I.UPLOADING], _I.PROCESSING),
    _rule(Action.SYSTEM_READY, [_I.PROCESSING], _I.READY),
    _rule(
        Action.SYSTEM_ERROR,
        [_I.UPLOADING, _I.PROCESSING, _I.READY, _I.EDITED, _I.CHECKED, _I.APPROVED],
        _I.ERROR,
    ),
    _rule(Action.EDIT, [_I.READY], None),
    _rule(Action.FINISH_EDIT, [_I.READY], _I.EDITED),
    _rule(Action.CHECK, [_I.EDITED], _I.CHECKED, roles=[Role.REVIEWER]),
    _rule(
        Action.REJECT,
        [_I.EDITED, _I.CHECKED],
        _I.READY,
        roles=[Role.REVIEWER, Role.APPROVER],
        needs_comment=True,
    ),
    _rule(Action.APPROVE, [_I.CHECKED], _I.APPROVED, roles=[Role.APPROVER]),
    _rule(Action.BOOK_EXPORT, [_I.APPROVED], _I.BOOKED),
    _rule(Action.ARCHIVE, [_I.ERROR, _I.BOOKED, _I.READY], _I.ARCHIVED, needs_comment=False),
    _rule(Action.READ_AGAIN, [_I.ERROR], _I.PROCESSING),
    _rule(Action.RECORD_PAYMENT, [_I.APPROVED, _I.BOOKED], None),
    _rule(Action.UNDO_PAYMENT, [_I.APPROVED, _I.BOOKED], None),
)

RULES: dict[Direction, dict[Action, Rule]] = {
    Direction.OUT: {r.action: r for r in OUTGOING_RULES},
    Direction.IN: {r.action: r for r in INCOMING_RULES},
}

#: the company's rules when none are given: strict separation of duties, limits in EUR
DEFAULT_POLICY = Policy()

#: statuses in which a case has left the active case table
INACTIVE_STATUSES = frozenset({_O.COMPLETED, _O.CANCELED, _O.DELETED, _I.ARCHIVED})


@dataclass(frozen=True)
class Actor:
    """Who acts: names a logged-in user, or is the application itself (``is_system``).

    An actor carries no roles and no limit: the services read the user's :class:`Rights` from
    the user row in each action's own transaction, so a removed role or a deactivated user
    takes effect at the next action, and a caller cannot hand in rights of its own.
    """

    user_id: int | None
    initials: str = "SYS"
    is_system: bool = False

    @classmethod
    def system(cls) -> Actor:
        """The application acting on its own (dispatcher, intake, nightly checks)."""
        return cls(user_id=None, initials="SYS", is_system=True)


@dataclass(frozen=True)
class CaseState:
    """The facts about a case that decide which actions are allowed."""

    direction: Direction
    status: str
    kind: CaseKind = CaseKind.INVOICE
    gross: Decimal = Decimal("0")
    delivered: bool = False
    booked: bool = False
    issued: bool = False
    created_by_id: int | None = None
    edited_by_id: int | None = None
    checked_by_id: int | None = None
    due_date: date | None = None
    extras: dict[str, object] = field(default_factory=dict)
    currency: str = "EUR"
    #: everyone who changed a field of the invoice (separation of duties)
    editor_ids: frozenset[int] = frozenset()

    def participants(self) -> Participants:
        """Who took which part in the case, for the separation of duties."""
        return Participants(
            uploaded_by=self.created_by_id,
            finished_by=self.edited_by_id,
            checked_by=self.checked_by_id,
            edited_by=self.editor_ids,
        )


@dataclass(frozen=True)
class Decision:
    """The answer for one action: allowed, or refused with a reason for the clerk."""

    action: Action
    allowed: bool
    reason: str = ""
    needs_comment: bool = False
    #: separation-of-duties rules waived by the one-person-office setting (recorded in history)
    waived: tuple[DutyRule, ...] = ()

    @property
    def label(self) -> str:
        """The action's label for buttons and menus."""
        return ACTION_LABELS[self.action]


def decide(
    action: Action, case: CaseState, rights: Rights, policy: Policy = DEFAULT_POLICY
) -> Decision:
    """Decide whether the user with ``rights`` may take ``action`` on ``case`` now, and why not."""
    rule = RULES[case.direction].get(action)
    if rule is None:
        where = (
            msg("not available for outgoing cases")
            if case.direction is Direction.OUT
            else msg("not available for incoming cases")
        )
        return Decision(action, False, where)
    if action in SYSTEM_ACTIONS and not rights.is_system:
        return Decision(action, False, msg("only the application itself does this"))
    if case.status not in rule.sources:
        return Decision(
            action, False, msg("not possible in status {status}", status=status_label(case.status))
        )
    reason = role_refusal(rights, rule.roles) or _outgoing_reason(action, case)
    reason = reason or _special_reason(action, case, rights)
    reason = reason or _authority_reason(action, case, rights, policy)
    if reason:
        return Decision(action, False, reason)
    waived: tuple[DutyRule, ...] = ()
    if action in PERSON_ACTIONS:
        conflicts = duty_conflicts(action, case.participants(), rights.user_id)
        if conflicts and not policy.self_checks:
            return Decision(action, False, conflicts[0].reason)
        waived = tuple(conflicts)
    return Decision(action, True, "", rule.needs_comment, waived)


def _authority_reason(
    action: Action, case: CaseState, rights: Rights, policy: Policy
) -> Message | None:
    """Only a person checks or approves; approving needs a limit covering the amount."""
    if action in PERSON_ACTIONS and rights.is_system:
        return msg("only a person can check or approve an invoice, not the application")
    if action is Action.APPROVE:
        return limit_refusal(case.gross, case.currency, rights, policy, case.participants())
    return None


def _special_reason(action: Action, case: CaseState, rights: Rights) -> Message | None:
    """Rules beyond the status table: marks and credit notes."""
    if rights.is_system:
        credit = case.kind is CaseKind.CREDIT_NOTE  # a credit note is not delivered
        if action is Action.SYSTEM_COMPLETE and not ((case.delivered or credit) and case.booked):
            return msg("the case is not yet delivered and booked")
        return None
    if action is Action.MARK_DELIVERED and case.delivered:
        return msg("already marked as delivered")
    if action is Action.UNMARK_DELIVERED and not case.delivered:
        return msg("not marked as delivered")
    if action is Action.MARK_BOOKED and case.booked:
        return msg("already marked as booked")
    if action is Action.UNMARK_BOOKED and not case.booked:
        return msg("not marked as booked")
    if action is Action.CANCEL and case.kind is CaseKind.CREDIT_NOTE and case.issued:
        return msg("an issued credit note cannot be canceled")
    return None


#: what a credit note does not do: it is a credit, settled by refund or offset, never paid
_NOT_FOR_CREDIT_NOTES = frozenset(
    {
        Action.MARK_PAID,
        Action.MARK_UNPAID,
        Action.PAID_POS,
        Action.REMIND,
        Action.SYSTEM_OVERDUE,
        Action.RECORD_PAYMENT,
        Action.UNDO_PAYMENT,
    }
)
#: ``CaseState.extras`` key: the case's invoice e-mail is still on its way (pending or held)
MAIL_WAITING = "mail_waiting"


def _outgoing_reason(action: Action, case: CaseState) -> Message | None:
    """Rules of outgoing documents beyond the status table: credit notes are credits, not
    receivables; one invoice e-mail on its way at a time (known from ``extras``)."""
    if case.direction is not Direction.OUT:
        return None
    credit = case.kind is CaseKind.CREDIT_NOTE
    if credit and action in _NOT_FOR_CREDIT_NOTES:
        return msg("a credit note is settled by refund or offset, not paid or reminded")
    if action is Action.SETTLE and not credit:
        return msg("only a credit note is settled")
    waiting = bool(case.extras.get(MAIL_WAITING))
    if action is Action.SEND and case.status == OutStatus.ISSUED and waiting:
        return msg("its e-mail is already waiting to be sent; Resend replaces it")
    if action is Action.RESEND and case.status == OutStatus.ISSUED and not waiting:
        return msg("nothing has been sent yet; use Send")
    return None


def available_actions(
    case: CaseState, rights: Rights, policy: Policy = DEFAULT_POLICY
) -> list[Decision]:
    """Every user action of the case's direction with its decision (for menus and tooltips)."""
    return [
        decide(rule.action, case, rights, policy)
        for rule in RULES[case.direction].values()
        if rule.action not in SYSTEM_ACTIONS
    ]


def allowed_actions(
    case: CaseState, rights: Rights, policy: Policy = DEFAULT_POLICY
) -> list[Action]:
    """Only the actions the user may take now."""
    return [d.action for d in available_actions(case, rights, policy) if d.allowed]


def check(
    action: Action,
    case: CaseState,
    rights: Rights,
    comment: str | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> Decision:
    """Raise :class:`ActionRefused` unless the action is allowed; return the decision."""
    decision = decide(action, case, rights, policy)
    if not decision.allowed:
        raise ActionRefused(ACTION_LABELS[action], decision.reason)
    if decision.needs_comment and not (comment and comment.strip()):
        raise ActionRefused(ACTION_LABELS[action], msg("a comment with the reason is required"))
    return decision


def target_status(action: Action, case: CaseState) -> str:
    """The status after ``action`` (the same status for actions that keep it)."""
    rule = RULES[case.direction][action]
    return rule.to if rule.to is not None else case.status


def is_active(status: str) -> bool:
    """Whether a case in ``status`` belongs in the active case table."""
    return status not in INACTIVE_STATUSES


def pending_action(
    direction: Direction,
    status: str,
    delivered: bool = False,
    booked: bool = False,
    kind: str = CaseKind.INVOICE,
) -> PendingAction:
    """What the case waits for next, derived from its status and marks (and, for a credit
    note, its kind: refunded or offset once sent, then booked)."""
    if direction is Direction.OUT and kind == CaseKind.CREDIT_NOTE:
        return {
            OutStatus.DRAFT: PendingAction.SEND,
            OutStatus.ISSUED: PendingAction.SEND,
            OutStatus.SENT: PendingAction.SETTLE,
            OutStatus.SEND_FAILED: PendingAction.FIX_SENDING,
            OutStatus.SETTLED: PendingAction.NONE if booked else PendingAction.BOOK,
        }.get(OutStatus(status), PendingAction.NONE)
    if direction is Direction.OUT:
        return {
            OutStatus.DRAFT: PendingAction.SEND,
            OutStatus.ISSUED: PendingAction.SEND,
            OutStatus.SENT: PendingAction.AWAIT_PAYMENT,
            OutStatus.OVERDUE: PendingAction.REMIND,
            OutStatus.SEND_FAILED: PendingAction.FIX_SENDING,
            OutStatus.PAID: (
                PendingAction.DELIVER
                if not delivered
                else (PendingAction.BOOK if not booked else PendingAction.NONE)
            ),
        }.get(OutStatus(status), PendingAction.NONE)
    return {
        InStatus.UPLOADING: PendingAction.WAIT_PROCESSING,
        InStatus.PROCESSING: PendingAction.WAIT_PROCESSING,
        InStatus.READY: PendingAction.COMPLETE_DATA,
        InStatus.EDITED: PendingAction.REVIEW,
        InStatus.CHECKED: PendingAction.APPROVE,
        InStatus.APPROVED: PendingAction.EXPORT,
        InStatus.ERROR: PendingAction.ARCHIVE,
    }.get(InStatus(status), PendingAction.NONE)


def payment_status_after(action: Action, current: PaymentStatus) -> PaymentStatus:
    """Payment status implied by an action."""
    if action in (Action.MARK_PAID, Action.PAID_POS):
        return PaymentStatus.PAID
    if action is Action.MARK_UNPAID:
        return PaymentStatus.UNPAID
    return current
