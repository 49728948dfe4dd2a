"""Case actions as QActions: offered from the workflow, executed through the services.

Every user action of both directions gets one QAction (toolbar, Case menu, context menu share
them). For the selected case :func:`available_actions` decides which are enabled; a refused one
stays visible but disabled, its tooltip says why. Triggering one calls
:func:`perform_action` in the background with the row's version, so a change made meanwhile on
another workstation is reported, never overwritten.

Actions that need a dialog of their own (sending, editing) plug in through
:data:`~invoicedesk.gui.desk.extensions.ACTION_HOOKS`:
``ACTION_HOOKS[Action.SEND] = lambda window, row: SendDialog(window, row).exec()``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from invoicedesk.domain.authority import Rights
from invoicedesk.domain.enums import CaseKind, Direction
from invoicedesk.domain.errors import ConflictError
from invoicedesk.domain.workflow import (
    INCOMING_RULES,
    MAIL_WAITING,
    OUTGOING_RULES,
    SYSTEM_ACTIONS,
    Action,
    Actor,
    CaseState,
    Decision,
    decide,
)
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.domain_labels import action_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.extensions import ACTION_HOOKS, DeskWindow
from invoicedesk.services.cases.actions import SPECIAL_HANDLERS, ActionResult, perform_action
from invoicedesk.services.cases.authorize import CaseDecisions, case_decisions
from invoicedesk.services.permissions import current_rights
from invoicedesk.store.case_query import CaseRow
from invoicedesk.store.database import Database

#: actions that need more than a status change; without a hook or service handler they wait
NEEDS_HANDLER = frozenset(
    {
        Action.SEND,
        Action.CREATE_ONLY,
        Action.PRINT,
        Action.RESEND,
        Action.EDIT_DRAFT,
        Action.EDIT,
        Action.NOTIFY_CUSTOMER,
        Action.SETTLE,
        Action.REMIND,
    }
)

SHORTCUTS: dict[Action, str] = {
    Action.MARK_PAID: "Ctrl+Shift+P",
    Action.MARK_DELIVERED: "Ctrl+Shift+D",
    Action.MARK_BOOKED: "Ctrl+Shift+B",
    Action.PAID_POS: "Ctrl+Shift+O",
    Action.FINISH_EDIT: "Ctrl+Shift+E",
    Action.CHECK: "Ctrl+Shift+K",
    Action.APPROVE: "Ctrl+Shift+A",
    Action.SEND: "Ctrl+Shift+S",
}

#: actions on the toolbar, per direction of the selected case (the menu has all of them)
TOOLBAR: dict[Direction, list[Action]] = {
    Direction.OUT: [
        Action.SEND,
        Action.RESEND,
        Action.REMIND,
        Action.MARK_PAID,
        Action.MARK_DELIVERED,
        Action.MARK_BOOKED,
        Action.PAID_POS,
        Action.CANCEL,
    ],
    Direction.IN: [
        Action.EDIT,
        Action.FINISH_EDIT,
        Action.CHECK,
        Action.REJECT,
        Action.APPROVE,
        Action.BOOK_EXPORT,
        Action.ARCHIVE,
        Action.READ_AGAIN,
    ],
}


def row_state(row: CaseRow) -> CaseState:
    """The workflow's view of a table row."""
    return CaseState(
        direction=Direction(row.direction),
        status=row.status,
        kind=CaseKind(row.kind),
        gross=row.gross,
        delivered=row.delivered,
        booked=row.booked,
        issued=row.number is not None and row.direction == Direction.OUT,
        created_by_id=row.created_by_id,
        edited_by_id=row.edited_by_id,
        due_date=row.due_date,
        currency=row.currency,
        extras={MAIL_WAITING: bool(row.mail_waiting)},
    )


def decision_for(
    action: Action, row: CaseRow, rights: Rights, exact: CaseDecisions | None = None
) -> Decision:
    """The workflow's decision, plus: actions that need a handler nobody registered yet.

    ``exact`` are the decisions read for the case from the database (who edited and checked
    it, the approval policy and approvers); without them the row alone decides.
    """
    known = exact.decision(action) if exact is not None else None
    decision = known if known is not None else decide(action, row_state(row), rights)
    if (
        decision.allowed
        and action in NEEDS_HANDLER
        and action not in ACTION_HOOKS
        and action not in SPECIAL_HANDLERS
    ):
        return Decision(action, False, "not set up on this workstation yet")
    return decision


class CaseActions(QObject):
    """Owns the QActions and runs them for the current row."""

    #: an action finished (case id); the window refreshes table and detail
    done = Signal(int)
    #: the case changed on another workstation and the clerk chose to reload
    reload_requested = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: DeskWindow) -> None:
        super().__init__(parent)
        self.db, self.actor, self.window = db, actor, parent
        #: the user's rights as last read (offers actions; the core reads them again)
        self.rights: Rights = parent.user.rights()
        #: the selected case's decisions as read from the database (editors, approvers, policy)
        self.exact: CaseDecisions | None = None
        self.row: CaseRow | None = None
        self.actions: dict[Action, QAction] = {}
        seen: list[Action] = []
        for rule in (*OUTGOING_RULES, *INCOMING_RULES):
            if rule.action not in SYSTEM_ACTIONS and rule.action not in seen:
                seen.append(rule.action)
        for action in seen:
            qaction = QAction(action_text(action), parent)
            qaction.setObjectName(f"action_{action.value}")
            if action in SHORTCUTS:
                qaction.setShortcut(QKeySequence(SHORTCUTS[action]))
            qaction.triggered.connect(lambda _checked=False, a=action: self.trigger(a))
            self.actions[action] = qaction
        self.set_row(None)

    def for_direction(self, direction: Direction) -> list[QAction]:
        """The QActions of one direction, in workflow order."""
        rules = OUTGOING_RULES if direction is Direction.OUT else INCOMING_RULES
        return [self.actions[r.action] for r in rules if r.action in self.actions]

    def set_row(self, row: CaseRow | None) -> None:
        """Enable, disable and explain every action for the selected row (at once from the row,
        then from the database: who edited and checked it, the approval policy)."""
        exact = self.exact
        if row is None or exact is None or (exact.case_id, exact.version) != (row.id, row.version):
            self.exact = None
            if row is not None:
                run_task(case_decisions, self.db, self.actor, row.id,
                         on_done=self._decisions_loaded, owner=self)  # fmt: skip
        self.row = row
        direction = Direction(row.direction) if row is not None else Direction.OUT
        mine = {
            r.action for r in (OUTGOING_RULES if direction is Direction.OUT else INCOMING_RULES)
        }
        for action, qaction in self.actions.items():
            qaction.setVisible(action in mine)
            label = action_text(action)
            if row is None:
                qaction.setEnabled(False)
                qaction.setToolTip(
                    translate("CaseActions", "{action}: select a case first").format(action=label)
                )
                continue
            decision = decision_for(action, row, self.rights, self.exact)
            qaction.setEnabled(decision.allowed)
            qaction.setToolTip(
                label if decision.allowed else f"{label}: {core_text(decision.reason)}"
            )

    def trigger(self, action: Action) -> None:
        """Run an action on the current row (asking for a comment where needed)."""
        row = self.row
        if row is None:
            return
        decision = decision_for(action, row, self.rights, self.exact)
        if not decision.allowed:
            dialogs.show_error(
                self.window,
                translate("CaseActions", "Not possible"),
                translate("CaseActions", "{action} is not possible: {reason}").format(
                    action=action_text(action), reason=core_text(decision.reason)
                ),
            )
            return
        hook = ACTION_HOOKS.get(action)
        if hook is not None:
            hook(self.window, row)
            return
        comment: str | None = None
        if decision.needs_comment:
            comment = dialogs.ask_comment(self.window, action_text(action), required=True)
            if comment is None:
                return
        self.execute(action, row, comment)

    def reload_rights(self) -> None:
        """Read the user's rights again (a role or limit changed meanwhile shows at once)."""
        run_task(current_rights, self.db, self.actor, on_done=self._rights_loaded, owner=self)

    def _rights_loaded(self, rights: Rights) -> None:
        self.rights, self.exact = rights, None
        self.set_row(self.row)

    def _decisions_loaded(self, found: CaseDecisions) -> None:
        row = self.row
        if row is None or row.id != found.case_id or row.version != found.version:
            return  # another case is selected now, or this one changed meanwhile
        self.rights, self.exact = found.rights, found
        self.set_row(row)

    def execute(self, action: Action, row: CaseRow, comment: str | None = None) -> None:
        """Call the core (which checks again) with the version the clerk saw."""
        run_task(
            perform_action,
            self.db,
            self.actor,
            row.id,
            action,
            comment,
            row.version,
            on_done=self._finished,
            on_error=lambda exc: self._failed(exc, row.id),
            label=action_text(action),
        )

    def _finished(self, result: ActionResult) -> None:
        if result.notes:  # e.g. a pending e-mail of a canceled invoice was withdrawn
            self.window.status.showMessage("; ".join(core_text(n) for n in result.notes), 15000)
        self.done.emit(result.case_id)

    def _failed(self, exc: BaseException, case_id: int) -> None:
        if isinstance(exc, ConflictError):
            if dialogs.ask_reload_after_conflict(self.window, exc):
                self.reload_requested.emit(case_id)
            return
        dialogs.show_error(
            self.window, translate("CaseActions", "Action not done"), dialogs.error_text(exc)
        )
