"""Outgoing invoices on the desk: new drafts, editing, sending, printing and the CSV export.

The editor and the dialogs behind *New invoice…*, *New credit note…* and the :data:`HOOKS` of
Edit draft, Send, Create only, Resend, Notify customer, Print, Delete draft and Settle credit
note; :mod:`invoicedesk.gui.outgoing.entries` installs the menu entries and imports this module
on first use. The background dispatcher is not started here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from invoicedesk.domain.enums import CaseKind, Role
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.extensions import OPENERS, DeskWindow
from invoicedesk.gui.outgoing.draft_editor import DraftEditor
from invoicedesk.gui.outgoing.print_pdf import print_case
from invoicedesk.gui.outgoing.send_dialog import SendDialog, status_text
from invoicedesk.gui.outgoing.settle_dialog import SettleDialog
from invoicedesk.services.outgoing.sending import Purpose
from invoicedesk.store.case_query import CaseRow

Hook = Callable[[DeskWindow, CaseRow], None]


def open_editor(
    window: DeskWindow, case_id: int | None = None, kind: CaseKind = CaseKind.INVOICE
) -> DraftEditor:
    """Open the draft editor (non-modal); saving refreshes the desk."""
    editor = DraftEditor(window.db, window.actor, case_id, window, kind=kind)
    editor.saved.connect(lambda _case_id: window.refresh())
    editor.show()
    return editor


def open_send_dialog(window: DeskWindow, row: CaseRow, purpose: Purpose) -> SendDialog:
    """Open the send dialog for ``row`` (modal); queueing refreshes the desk."""
    settings = OPENERS.get("settings")
    admin = Role.ADMIN.value in window.user.roles
    setup = (lambda: settings(window, "mailServerPage")) if settings and admin else None
    dialog = SendDialog(window.db, window.actor, row, purpose, window, setup)

    def sent(_case_id: int) -> None:
        window.statusBar().showMessage(status_text(dialog.outcome), 8000)
        window.refresh()

    dialog.sent.connect(sent)
    dialog.reload_requested.connect(lambda _case_id: window.refresh())
    dialog.open()
    return dialog


def confirm_create_only(parent: QWidget, row: CaseRow) -> bool:
    """Ask before a draft is issued without sending (tests replace this)."""
    return dialogs.ask_yes(
        parent,
        translate("OutgoingMenu", "Create only"),
        translate(
            "OutgoingMenu",
            "Issue the draft for {party} without sending it? It gets its number and PDF "
            "and can no longer be changed.",
        ).format(party=row.party),
    )


def confirm_delete(parent: QWidget, row: CaseRow) -> bool:
    """Ask before a draft is deleted (tests replace this)."""
    return dialogs.ask_yes(
        parent,
        translate("OutgoingMenu", "Delete draft"),
        translate(
            "OutgoingMenu",
            "Delete the draft for {party}? It has no number yet; the history keeps that it "
            "was deleted.",
        ).format(party=row.party or "—"),
    )


def _delete_draft(window: DeskWindow, row: CaseRow) -> None:
    if confirm_delete(window, row):
        window.case_actions.execute(Action.DELETE_DRAFT, row)


def _settle(window: DeskWindow, row: CaseRow) -> None:
    dialog = SettleDialog(window.db, window.actor, row, window)
    dialog.settled.connect(lambda _case_id: window.refresh())
    dialog.open()


def _create_only(window: DeskWindow, row: CaseRow) -> None:
    if confirm_create_only(window, row):
        window.case_actions.execute(Action.CREATE_ONLY, row)


def _edit(window: DeskWindow, row: CaseRow) -> None:
    open_editor(window, row.id)


def _send_hook(purpose: Purpose) -> Hook:
    def hook(window: DeskWindow, row: CaseRow) -> None:
        open_send_dialog(window, row, purpose)

    return hook


def _print(window: DeskWindow, row: CaseRow) -> None:
    print_case(window, row)


HOOKS: dict[Action, Hook] = {
    Action.EDIT_DRAFT: _edit,
    Action.SEND: _send_hook("send"),
    Action.RESEND: _send_hook("resend"),
    Action.NOTIFY_CUSTOMER: _send_hook("notify"),
    Action.PRINT: _print,
    Action.CREATE_ONLY: _create_only,
    Action.DELETE_DRAFT: _delete_draft,
    Action.SETTLE: _settle,
}
