"""Outgoing invoices' entries in the desk.

:func:`install` is listed in :data:`invoicedesk.gui.shell.features.FEATURES`. It adds
*New invoice…* (Ctrl+N) and *New credit note…* to the File menu and registers the dialogs of
Edit draft, Send, Create only, Resend, Notify customer, Print, Delete draft and Settle credit
note in :data:`~invoicedesk.gui.desk.extensions.ACTION_HOOKS`. Light on purpose: the draft
editor, the send dialog and the services behind them (:mod:`invoicedesk.gui.outgoing.menu`)
are imported when the clerk first uses one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from invoicedesk.domain.enums import CaseKind
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.extensions import ACTION_HOOKS, TOOLBAR_RANKS, DeskWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from invoicedesk.store.case_query import CaseRow

#: the actions whose dialogs :data:`invoicedesk.gui.outgoing.menu.HOOKS` holds
HOOKED = (
    Action.EDIT_DRAFT,
    Action.SEND,
    Action.RESEND,
    Action.NOTIFY_CUSTOMER,
    Action.PRINT,
    Action.CREATE_ONLY,
    Action.DELETE_DRAFT,
    Action.SETTLE,
)


def _hook(action: Action) -> Callable[[DeskWindow, CaseRow], None]:
    def hook(window: DeskWindow, row: CaseRow) -> None:
        from invoicedesk.gui.outgoing.menu import HOOKS

        HOOKS[action](window, row)

    return hook


def _new(window: DeskWindow, kind: CaseKind) -> None:
    from invoicedesk.gui.outgoing.menu import open_editor

    open_editor(window, kind=kind)


def install(window: DeskWindow) -> None:
    """Add the outgoing entries to the File menu and register the action dialogs."""
    for hooked in HOOKED:
        ACTION_HOOKS[hooked] = _hook(hooked)
    first = window.file_menu.actions()[0] if window.file_menu.actions() else None
    entries = []
    new_invoice = QAction(translate("OutgoingMenu", "New invoice…"), window)
    new_invoice.setObjectName("action_new_invoice")
    new_invoice.setShortcut(QKeySequence.StandardKey.New)
    new_invoice.triggered.connect(lambda: _new(window, CaseKind.INVOICE))
    entries.append(new_invoice)
    window.add_toolbar_action(new_invoice, "new_invoice", TOOLBAR_RANKS["new_invoice"])
    new_credit = QAction(translate("OutgoingMenu", "New credit note…"), window)
    new_credit.setObjectName("action_new_credit_note")
    new_credit.triggered.connect(lambda: _new(window, CaseKind.CREDIT_NOTE))
    entries.append(new_credit)
    if first is None:
        window.file_menu.addActions(entries)
    else:
        window.file_menu.insertActions(first, entries)
        window.file_menu.insertSeparator(first)
    window.case_actions.set_row(window.case_actions.row)
