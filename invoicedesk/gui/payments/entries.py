"""Install the payments feature: *File → Import bank statement…*, *Tools → Reconcile bank
statements…*, and the dialogs of *Mark paid*, *Record payment* and *Undo payment*.

Light on purpose: the reconciliation view, the bank-statement parsers and the payment services
(:mod:`invoicedesk.gui.payments.menu`) are imported when the clerk first uses one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.extensions import ACTION_HOOKS, DeskWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from invoicedesk.store.case_query import CaseRow


def _hook(action: Action) -> Callable[[DeskWindow, CaseRow], None]:
    def hook(window: DeskWindow, row: CaseRow) -> None:
        from invoicedesk.gui.payments.menu import HOOKS

        HOOKS[action](window, row)

    return hook


def _choose_statements(window: DeskWindow) -> None:
    from invoicedesk.gui.payments.menu import choose_statements

    choose_statements(window)


def _open_reconcile(window: DeskWindow) -> None:
    from invoicedesk.gui.payments.menu import open_reconcile

    open_reconcile(window)


def install(window: DeskWindow) -> None:
    """Add the menu entries and the payment dialogs."""
    for hooked in (Action.MARK_PAID, Action.RECORD_PAYMENT, Action.UNDO_PAYMENT):
        ACTION_HOOKS[hooked] = _hook(hooked)
    action = QAction(translate("Payments", "Import bank statement…"), window)
    action.setObjectName("action_import_bank_statement")
    action.triggered.connect(lambda: _choose_statements(window))
    actions = window.file_menu.actions()
    if len(actions) > 1:
        window.file_menu.insertAction(actions[1], action)
    else:
        window.file_menu.addAction(action)
    reconcile = QAction(translate("Payments", "Reconcile bank statements…"), window)
    reconcile.setObjectName("action_reconcile")
    reconcile.triggered.connect(lambda: _open_reconcile(window))
    window.tools_menu.addAction(reconcile)
