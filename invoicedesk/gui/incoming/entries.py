"""Supplier invoices' entries in the desk: *File → Import supplier invoices…* (Ctrl+I, also on
the toolbar), files dropped on the case table, the watched folder, *Edit* and *Read again*
on an incoming case, and *Tools → Booking export…* with the *Export to booking* action.

Light on purpose: the intake controller, the PDF/XML readers, the supplier-invoice editor
and the booking export (:mod:`.intake`, :mod:`.booking`) are imported on first use — a file
taken in, a watched folder that is set, an action chosen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from invoicedesk.config import WorkstationSettings
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.extensions import ACTION_HOOKS, TOOLBAR_RANKS, DeskWindow
from invoicedesk.gui.incoming.accepted import ACCEPTED_SUFFIXES, WATCH_INTERVAL_MS

if TYPE_CHECKING:
    from types import ModuleType

    from invoicedesk.gui.incoming.intake import IntakeController
    from invoicedesk.store.case_query import CaseRow


def _intake_module() -> ModuleType:
    """:mod:`.intake`, imported on first use."""
    from invoicedesk.gui.incoming import intake

    return intake


def _close_parser() -> None:
    """At exit: end the shared parser pool's processes (the intake and the scheduler's
    resumed intakes use it; closing a pool that never started does nothing)."""
    from invoicedesk.documents.intake.sandbox import SHARED

    SHARED.close()


class IntakeEntry(QObject):
    """The intake of one main window; its controller is created on first use."""

    def __init__(self, window: DeskWindow) -> None:
        super().__init__(window)
        self.window = window
        self._controller: IntakeController | None = None
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.scan_watch_folder)

    def controller(self) -> IntakeController:
        """The window's intake controller (created, and its modules imported, on first use)."""
        if self._controller is None:
            from invoicedesk.documents.intake.sandbox import SHARED

            self._controller = _intake_module().IntakeController(self.window, SHARED)
        assert self._controller is not None
        return self._controller

    def choose_files(self) -> None:
        """File → Import."""
        self.controller().choose_files()

    def scan_watch_folder(self) -> None:
        """Take in what waits in the watched folder — when a folder is set at all."""
        if self._controller is None and not WorkstationSettings.load().watch_folder:
            return
        self.controller().scan_watch_folder()


class _DropFilter(QObject):
    """Accepts files dropped on the case table and imports them."""

    def __init__(self, entry: IntakeEntry) -> None:
        super().__init__(entry)
        self.entry = entry

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, (QDragEnterEvent, QDropEvent)) and event.mimeData().hasUrls():
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            wanted = [p for p in paths if p.suffix.lower() in ACCEPTED_SUFFIXES]
            if not wanted:
                return False
            event.acceptProposedAction()
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                self.entry.controller().import_files(wanted)
            return True
        if event.type() == QEvent.Type.DragMove:
            return False
        return super().eventFilter(watched, event)


def _edit(window: DeskWindow, row: CaseRow) -> None:
    _intake_module().open_editor(window, row)


def _read_again(window: DeskWindow, row: CaseRow) -> None:
    _intake_module().start_read_again(window, row)


def install_intake(window: DeskWindow) -> None:
    """Add File → Import, file dropping on the table, the watched folder, the editor and
    *Read again*."""
    entry = IntakeEntry(window)
    action = QAction(translate("Intake", "Import supplier invoices…"), window)
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.triggered.connect(entry.choose_files)
    window.file_menu.insertAction(window.file_menu.actions()[0], action)
    action.setObjectName("action_import_supplier_invoices")
    action.setIconText(translate("Intake", "Import"))
    action.setToolTip(translate("Intake", "Import supplier invoices (PDF, XML)"))
    window.add_toolbar_action(action, "import", TOOLBAR_RANKS["import"])
    window.file_menu.insertSeparator(window.file_menu.actions()[1])
    drop = _DropFilter(entry)
    window.table.viewport().setAcceptDrops(True)
    window.table.viewport().installEventFilter(drop)
    entry.watch_timer.start()
    QTimer.singleShot(0, entry.scan_watch_folder)
    ACTION_HOOKS[Action.EDIT] = _edit
    ACTION_HOOKS[Action.READ_AGAIN] = _read_again
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(_close_parser)


def _open_booking(window: DeskWindow, case_id: int | None) -> None:
    from invoicedesk.gui.incoming.booking import open_dialog

    open_dialog(window, case_id)


def install_booking(window: DeskWindow) -> None:
    """*Export to booking* opens the dialog; *Tools → Booking export…* too."""
    ACTION_HOOKS[Action.BOOK_EXPORT] = lambda window, row: _open_booking(window, row.id)
    action = window.tools_menu.addAction(translate("BookingExport", "Booking export…"))
    action.triggered.connect(lambda: _open_booking(window, None))
