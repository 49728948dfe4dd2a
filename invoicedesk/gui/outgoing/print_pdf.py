"""*Print*: the stored invoice PDF on a printer the clerk picks (``QPrintDialog``).

The pages are rendered by QtPdf at the printer's resolution and painted at their real size
(full page, no scaling to the printable area), so the address sits in the envelope window.
A draft is issued first (number and PDF, status *Issued*) in one transaction that also records
*Print*; an issued document records *Print* in its history after the pages went to the printer.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from invoicedesk.domain.errors import ConflictError
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.extensions import DeskWindow
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.services.outgoing.sending import document_pdf
from invoicedesk.store.case_query import CaseRow

#: pages are rendered at most this sharp (a 1200 dpi page would take half a gigabyte)
RENDER_DPI = 300


class PrintFailed(Exception):
    """The PDF could not be opened or the printer refused to start."""


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer`` at its real size; returns the page count."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintFailed(translate("PrintPdf", "The stored PDF cannot be opened for printing."))
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(translate("PrintPdf", "The printer could not be started."))
    try:
        dpi = printer.resolution()
        render_dpi = min(dpi, RENDER_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            w, h = points.width() / 72, points.height() / 72  # inches
            image = document.render(page, QSize(round(w * render_dpi), round(h * render_dpi)))
            painter.drawImage(QRect(0, 0, round(w * dpi), round(h * dpi)), image)
    finally:
        painter.end()
        document.close()
    return int(document.pageCount())


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system's print dialog; True when the clerk chose to print (tests replace this)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintPdf", "Print invoice"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def confirm_issue(parent: QWidget | None, row: CaseRow) -> bool:
    """Ask before a draft is issued for printing (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        translate("PrintPdf", "Issue and print"),
        translate(
            "PrintPdf",
            "Printing issues the draft for {party}: it gets its number and PDF and can no "
            "longer be changed. Print now?",
        ).format(party=row.party),
    )
    return answer == QMessageBox.StandardButton.Yes


def print_case(window: DeskWindow, row: CaseRow, printer: QPrinter | None = None) -> None:
    """The PRINT hook: choose a printer, issue a draft if needed, print, record it."""
    draft = row.number is None
    if draft and not confirm_issue(window, row):
        return
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    if not ask_printer(window, printer):
        return

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            if dialogs.ask_reload_after_conflict(window, exc):
                window.refresh()
            return
        dialogs.show_error(window, translate("PrintPdf", "Not printed"), dialogs.error_text(exc))

    def send_to_printer(loaded: tuple[str, bytes]) -> None:
        name, pdf = loaded
        try:
            pages = print_pdf(pdf, printer)
        except PrintFailed as exc:
            dialogs.show_error(window, translate("PrintPdf", "Not printed"), core_text(exc))
            return
        window.statusBar().showMessage(
            translate("PrintPdf", "{name}: %n page(s) sent to the printer.", None, pages).format(
                name=name
            ),
            8000,
        )
        if draft:
            window.refresh()
            return
        run_task(
            perform_action, window.db, window.actor, row.id, Action.PRINT, None, row.version,
            on_done=lambda _r: window.refresh(), on_error=failed,
            label=translate("PrintPdf", "Recording the print"),
        )  # fmt: skip

    def load(_result: object = None) -> None:
        run_task(document_pdf, window.db, row.id, on_done=send_to_printer, on_error=failed,
                 label=translate("PrintPdf", "Loading the PDF"))  # fmt: skip

    if draft:
        run_task(
            issue_invoice, window.db, window.actor, row.id, delivery="print",
            expected_version=row.version, on_done=load, on_error=failed,
            label=translate("PrintPdf", "Issuing"),
        )  # fmt: skip
    else:
        load()
