"""Taking in supplier invoices from the desk: File → Import, dropped files, a watched folder,
and *Read again* on a case in *Error*.

Every way in ends in :func:`invoicedesk.services.incoming.intake.take_in`, run by :func:`run_task`
in the background: the cases appear at once (*Processing*), the sandboxed parser pool reads
them, and each ends *Ready* or *Error*; cases whose reader stopped are taken up along the way
(the dispatcher pass of :mod:`invoicedesk.gui.contracts.scheduler` does so too, also right after
the start). Progress shows in the status bar; the window never waits. One parser pool
(:data:`~invoicedesk.documents.intake.sandbox.SHARED`) serves the whole application and is
started on first use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from invoicedesk.config import WorkstationSettings
from invoicedesk.documents.intake.sandbox import SHARED, SharedParser
from invoicedesk.domain.enums import InStatus
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.extensions import DeskWindow
from invoicedesk.gui.incoming.accepted import ACCEPTED_SUFFIXES, WATCH_INTERVAL_MS
from invoicedesk.gui.incoming.editor import IncomingEditor
from invoicedesk.services.incoming.intake import IntakeOutcome, Progress, read_files, take_in
from invoicedesk.services.incoming.recovery import read_again
from invoicedesk.services.incoming.watch_folder import scan_once
from invoicedesk.store.case_query import CaseRow
from invoicedesk.store.database import Database


def _take_in_paths(
    db: Database, actor: Actor, paths: list[Path], parser: SharedParser, progress: Progress
) -> list[IntakeOutcome]:
    return take_in(db, actor, read_files(paths), parser.get(), progress)


def _scan(
    db: Database, actor: Actor, folder: Path, parser: SharedParser, progress: Progress
) -> list[IntakeOutcome]:
    return scan_once(db, actor, folder, parser.get(), progress=progress)


def summary(outcomes: list[IntakeOutcome]) -> str:
    """One status-bar line about a finished intake."""
    ready = sum(1 for o in outcomes if o.status == InStatus.READY.value)
    errors = sum(1 for o in outcomes if o.status == InStatus.ERROR.value)
    duplicates = sum(1 for o in outcomes if o.duplicates)
    parts = [
        translate("Intake", "%n file(s) taken in: {ready} ready", None, len(outcomes)).format(
            ready=ready
        )
    ]
    if errors:
        parts.append(translate("Intake", "{count} with errors").format(count=errors))
    if duplicates:
        parts.append(translate("Intake", "%n possible duplicate(s)", None, duplicates))
    resumed = sum(1 for o in outcomes if o.resumed)
    if resumed:
        parts.append(translate("Intake", "%n stopped intake(s) taken up again", None, resumed))
    elsewhere = sum(1 for o in outcomes if o.status == InStatus.PROCESSING.value)
    if elsewhere:
        parts.append(
            translate("Intake", "{count} being read on another workstation").format(count=elsewhere)
        )
    return ", ".join(parts)


class IntakeController(QObject):
    """Imports files into the desk of one main window."""

    def __init__(self, window: DeskWindow, parser: SharedParser) -> None:
        super().__init__(window)
        self.window, self.parser = window, parser
        self.running = 0
        self._scanning = False
        self.outcomes: list[IntakeOutcome] = []
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.scan_watch_folder)

    def import_files(self, paths: list[Path]) -> int:
        """Take in these files in the background; returns the task id (0 if none accepted)."""
        files = [p for p in paths if p.suffix.lower() in ACCEPTED_SUFFIXES and p.is_file()]
        if not files:
            self.window.status.showMessage(
                translate("Intake", "Only PDF and XML invoice files can be taken in."), 8000
            )
            return 0
        self.running += 1
        return run_task(
            _take_in_paths,
            self.window.db,
            self.window.actor,
            files,
            self.parser,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            owner=self,
            label=translate("Intake", "Taking in {count} file(s)").format(count=len(files)),
        )

    def choose_files(self) -> None:
        """File → Import: pick PDF or XML invoices."""
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("Intake", "Import supplier invoices"),
            "",
            translate(
                "Intake",
                "Invoices and scans (*.pdf *.PDF *.xml *.XML *.jpg *.jpeg *.png *.tif *.tiff)"
                ";;All files (*)",
            ),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def scan_watch_folder(self) -> None:
        """Take in what waits in the watched folder (if one is set and no scan is running)."""
        folder_text = WorkstationSettings.load().watch_folder
        if not folder_text or self._scanning:
            return
        folder = Path(folder_text)
        if not folder.is_dir():
            self.window.status.showMessage(
                translate("Intake", "The watched folder {folder} does not exist.").format(
                    folder=folder
                ),
                8000,
            )
            return
        self._scanning = True
        self.running += 1

        def done(outcomes: list[IntakeOutcome]) -> None:
            self._scanning = False
            self._done(outcomes)

        def failed(exc: BaseException) -> None:
            self._scanning = False
            self._failed(exc)

        run_task(
            _scan,
            self.window.db,
            self.window.actor,
            folder,
            self.parser,
            on_done=done,
            on_error=failed,
            on_progress=self._progress,
            owner=self,
            label=translate("Intake", "Watched folder"),
        )

    def _progress(self, done: int, _total: int, _text: str) -> None:
        if done == 0:  # the cases exist now: show them in Processing
            self.window.refresh()

    def _done(self, outcomes: list[IntakeOutcome]) -> None:
        self.running -= 1
        self.outcomes.extend(outcomes)
        if outcomes:
            self.window.status.showMessage(summary(outcomes), 15000)
            self.window.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.running -= 1
        from invoicedesk.gui.common import dialogs

        dialogs.show_error(self.window, translate("Intake", "Import"), dialogs.error_text(exc))
        self.window.refresh()


def start_read_again(window: DeskWindow, row: CaseRow) -> None:
    """*Read again* (a case in *Error*): read its stored file anew in the background."""

    def done(outcome: IntakeOutcome) -> None:
        window.status.showMessage(summary([outcome]), 15000)
        window.refresh()

    def failed(exc: BaseException) -> None:
        from invoicedesk.gui.common import dialogs

        dialogs.show_error(window, translate("Intake", "Read again"), dialogs.error_text(exc))
        window.refresh()

    run_task(
        _read_again,
        window.db,
        window.actor,
        row.id,
        SHARED,
        on_done=done,
        on_error=failed,
        label=translate("Intake", "Reading case {case} again").format(case=row.id),
    )


def _read_again(db: Database, actor: Actor, case_id: int, parser: SharedParser) -> IntakeOutcome:
    return read_again(db, actor, case_id, parser.get())


def open_editor(window: DeskWindow, row: CaseRow) -> None:
    """Open the supplier-invoice editor for an incoming case (the *Edit* action)."""
    editor = IncomingEditor(window.db, window.actor, row.id, window)
    editor.saved.connect(lambda _case_id: window.refresh())
    editor.openCase.connect(window.show_case)
    editor.show()
