"""The watched bank-statement folder on the desk: a scan in the background (the timer, every
15 seconds and right after the start, is :mod:`.entries`'); what it imported shows in the
status bar and in the reconciliation view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from invoicedesk.config import WorkstationSettings
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.extensions import DeskWindow
from invoicedesk.services.payments.bank_import import FileResult
from invoicedesk.services.payments.statement_folder import scan_statements


def summary(results: list[FileResult]) -> str:
    """One status-bar line about the statement files a scan imported."""
    booked = sum(r.count("booked") for r in results)
    waiting = sum(r.count("proposed") + r.count("unmatched") for r in results)
    failed = sum(1 for r in results if r.error)
    text = translate(
        "Payments",
        "Watched folder: %n statement file(s), {booked} lines booked, {waiting} to reconcile",
        None,
        len(results),
    ).format(booked=booked, waiting=waiting)
    if failed:
        text += ", " + translate("Payments", "%n refused (see failed/)", None, failed)
    return text


class StatementWatcher(QObject):
    """Imports what is dropped into the bank-statement folder of this workstation."""

    def __init__(self, window: DeskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scanning = False
        self.results: list[FileResult] = []

    def scan(self) -> None:
        """Import what waits in the folder (if one is set and no scan is running)."""
        folder_text = WorkstationSettings.load().bank_watch_folder
        if not folder_text or self.scanning:
            return
        folder = Path(folder_text)
        if not folder.is_dir():
            self.window.status.showMessage(
                translate("Payments", "The bank statement folder {folder} does not exist.").format(
                    folder=folder
                ),
                8000,
            )
            return
        self.scanning = True
        run_task(
            scan_statements,
            self.window.db,
            self.window.actor,
            folder,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
            label=translate("Payments", "Bank statement folder"),
        )

    def _done(self, results: list[FileResult]) -> None:
        self.scanning = False
        self.results.extend(results)
        if results:
            self.window.status.showMessage(summary(results), 15000)
            self.window.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.scanning = False  # the files went back to the folder; the next scan tries again
        self.window.status.showMessage(
            translate("Payments", "Bank statement folder: {error}").format(
                error=dialogs.error_text(exc)
            ),
            15000,
        )
