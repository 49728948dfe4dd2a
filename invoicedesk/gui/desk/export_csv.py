"""*Export CSV…*: the cases of the current filter (all of them, not only the loaded page) or the
selected ones, in the table's order, through :mod:`invoicedesk.services.cases.export`.

The export runs in the background with progress in the status bar; the file is written
atomically, so a failed export leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.case_model import ROW_ROLE
from invoicedesk.gui.desk.extensions import DeskWindow
from invoicedesk.services.cases.export import ExportSummary, export_cases_csv
from invoicedesk.store.case_query import CaseFilter
from invoicedesk.store.database import Database

Scope = Literal["all", "selected"]


def ask_scope(parent: QWidget | None, total: int, selected: int) -> Scope | None:
    """All filtered cases or only the selected ones; ``None`` = cancel (tests replace this)."""
    if selected == 0:
        return "all"
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ExportCsv", "Export CSV"))
    box.setText(translate("ExportCsv", "Which cases should be exported?"))
    all_button = box.addButton(
        translate("ExportCsv", "All %Ln filtered case(s)", None, total),
        QMessageBox.ButtonRole.AcceptRole,
    )
    chosen = translate("ExportCsv", "Selected case(s) (%Ln)", None, selected)
    sel_button = box.addButton(chosen, QMessageBox.ButtonRole.YesRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(all_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is all_button:
        return "all"
    if clicked is sel_button:
        return "selected"
    return None


def ask_target(parent: QWidget | None) -> Path | None:
    """The file to write (tests replace this)."""
    suggested = Path.home() / f"cases-{date.today().isoformat()}.csv"
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ExportCsv", "Export CSV"),
        str(suggested),
        translate("ExportCsv", "CSV files (*.csv)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")


def selected_ids(window: DeskWindow) -> list[int]:
    """The ids of the rows selected in the case table."""
    ids = []
    for index in window.table.selectionModel().selectedRows():
        row = window.model.data(index.siblingAtColumn(0), ROW_ROLE)
        if row is not None:
            ids.append(row.id)
    return ids


def export_cases(window: DeskWindow) -> None:
    """Ask what and where, then export in the background and report in the status bar."""
    model = window.model
    ids = selected_ids(window)
    scope = ask_scope(window, model.rowCount(), len(ids))
    if scope is None:
        return
    target = ask_target(window)
    if target is None:
        return
    status = window.statusBar()

    def progress(done: int, _total: int, _text: str) -> None:
        status.showMessage(
            translate("ExportCsv", "Exporting… %Ln case(s) written", None, done), 2000
        )

    def done(summary: ExportSummary) -> None:
        status.showMessage(
            translate("ExportCsv", "Exported %Ln case(s) to {path}", None, summary.rows).format(
                path=summary.path
            ),
            10000,
        )

    def failed(exc: BaseException) -> None:
        dialogs.show_error(window, translate("ExportCsv", "Export failed"), dialogs.error_text(exc))

    run_task(
        _export, window.db, window.actor, target, model.filter if scope == "all" else None,
        ids if scope == "selected" else None, model.sort_key, model.descending,
        on_done=done, on_error=failed, on_progress=progress,
        label=translate("ExportCsv", "Exporting cases"),
    )  # fmt: skip


def _export(
    db: Database,
    actor: Actor,
    target: Path,
    flt: CaseFilter | None,
    ids: list[int] | None,
    sort: str,
    descending: bool,
    progress: Callable[[int, int], None],
) -> ExportSummary:
    """Worker: the service, with progress reported as (rows written, 0)."""
    return export_cases_csv(
        db, actor, target, flt=flt, ids=ids, sort=sort, descending=descending,
        progress=lambda n: progress(n, 0),
    )  # fmt: skip
