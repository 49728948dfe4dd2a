"""Install the payments feature: *File → Import bank statement…*, *Tools → Reconcile bank
statements…*, *Tools → Export payments to booking…*, the watched bank-statement folder, and
the dialogs of *Mark paid*, *Record payment* and *Undo payment*.

Light on purpose: the reconciliation view, the bank-statement parsers and the payment services
(:mod:`invoicedesk.gui.payments.menu`) are imported when the clerk first uses one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from invoicedesk.config import WorkstationSettings
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.extensions import ACTION_HOOKS, DeskWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from invoicedesk.gui.payments.statement_watch import StatementWatcher
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


def _open_export(window: DeskWindow) -> None:
    from invoicedesk.gui.payments.booking import PaymentExportDialog

    PaymentExportDialog(window.db, window.actor, window).open()


#: how often the bank-statement folder is looked at (as often as the intake's)
WATCH_INTERVAL_MS = 15_000


class StatementFolderEntry(QObject):
    """The watched bank-statement folder of one window: the scanner (and the import it needs)
    is created when a folder is set."""

    def __init__(self, window: DeskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watcher: StatementWatcher | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self.scan)

    def scan(self) -> None:
        """Import what waits in the folder, if one is set."""
        if not WorkstationSettings.load().bank_watch_folder:
            return
        if self.watcher is None:
            from invoicedesk.gui.payments.statement_watch import StatementWatcher

            self.watcher = StatementWatcher(self.window)
        self.watcher.scan()


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
    export = QAction(translate("Payments", "Export payments to booking…"), window)
    export.setObjectName("action_export_payments")
    export.triggered.connect(lambda: _open_export(window))
    window.tools_menu.addAction(export)
    folder = StatementFolderEntry(window)
    folder.timer.start()
    QTimer.singleShot(0, folder.scan)
