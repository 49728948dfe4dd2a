"""*Tools → Export payments to booking…*: the payments not yet booked (and the reversals of
payments undone after their export) to a DATEV or CSV file.

The export is one transaction in
:func:`invoicedesk.services.payments.booking_export.export_payments`; the file is written
afterwards, next to its final name first. Should writing fail, the export is kept and
``invoicedesk export download ID`` writes it again — nothing is exported twice.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.save_file import write_file
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.incoming.booking_export import ExportResult
from invoicedesk.services.payments.booking_export import export_payments, payments_summary
from invoicedesk.store.database import Database

FORMATS = (
    ("datev", QT_TRANSLATE_NOOP("PaymentExport", "DATEV Buchungsstapel (EXTF)")),
    ("csv", QT_TRANSLATE_NOOP("PaymentExport", "Plain CSV (one row per settled case)")),
)


class PaymentExportDialog(QDialog):
    """How many payments wait for booking; export them in the chosen format."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.result_info: ExportResult | None = None
        self.setWindowTitle(translate("PaymentExport", "Export payments to booking"))
        self.setMinimumWidth(520)
        self.format = QComboBox()
        for key, label in FORMATS:
            self.format.addItem(translate("PaymentExport", label), key)
        self.waiting = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("PaymentExport", "To book"), self.waiting)
        form.addRow(translate("PaymentExport", "Format"), self.format)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            translate("PaymentExport", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setEnabled(False)
        self.buttons.accepted.connect(lambda: self.choose_and_export())
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        """Count what waits (in the background)."""
        run_task(
            payments_summary, self.db, on_done=self._counted, on_error=self._failed, owner=self
        )

    def _counted(self, summary: tuple[int, Decimal]) -> None:
        count, total = summary
        self.waiting.setText(
            translate("PaymentExport", "%n payment(s), {total}", None, count).format(
                total=formats.money(total)
            )
        )
        self.export_button.setEnabled(count > 0)

    def choose_and_export(self, target: Path | None = None) -> None:
        """Ask where to save, then export and write the file."""
        fmt = str(self.format.currentData())
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("PaymentExport", "Save booking file"),
                f"payments-{fmt}.csv",
                translate("PaymentExport", "CSV files (*.csv)"),
            )
            if not name:
                return
            target = Path(name)
        self.export_button.setEnabled(False)
        run_task(
            export_payments,
            self.db,
            self.actor,
            fmt,
            on_done=lambda result: self._exported(result, target),
            on_error=self._failed,
            owner=self,
            label=translate("PaymentExport", "Export payments to booking"),
        )

    def _exported(self, result: ExportResult, target: Path) -> None:
        self.result_info = result
        try:
            write_file(target, result.content)
        except OSError as exc:
            text = translate(
                "PaymentExport",
                "Exported, but {target} could not be written ({error}); "
                "“invoicedesk export download {export}” writes it again.",
            ).format(target=target, error=exc.strerror, export=result.export_id)
        else:
            text = translate("PaymentExport", "Exported to {target} ({total}).").format(
                target=target, total=formats.money(result.total_gross)
            )
        self.message.setText(text)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(dialogs.error_text(exc))
        self.reload()
