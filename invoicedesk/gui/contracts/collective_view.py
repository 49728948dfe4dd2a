"""The collective-invoices list: unsent ones first, with their lines, send date and PDF preview.

Until a collective invoice is issued its lines (text, quantity, price, VAT rate) and its send
date can be changed here, and the merge can be undone; the preview is rendered again after
every save. Issued ones show their stored PDF and are read-only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.domain_labels import status_text
from invoicedesk.gui.common.formats import parse_decimal
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.pdf_canvas import PdfCanvas
from invoicedesk.gui.common.style import apply_style, set_empty_text
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.contracts.login_popup import ask_date, cell, period_text
from invoicedesk.services.contracts.collective import set_send_date, undo_merge, update_collective
from invoicedesk.services.contracts.collective_query import (
    CollectiveRow,
    list_collective,
    preview_pdf,
)
from invoicedesk.services.outgoing.drafts import DraftLine, DraftView, get_draft
from invoicedesk.store.database import Database

LIST_COLUMNS = (
    QT_TRANSLATE_NOOP("CollectiveView", "Number"),
    QT_TRANSLATE_NOOP("CollectiveView", "Customer"),
    QT_TRANSLATE_NOOP("CollectiveView", "Period"),
    QT_TRANSLATE_NOOP("CollectiveView", "Gross"),
    QT_TRANSLATE_NOOP("CollectiveView", "Send date"),
    QT_TRANSLATE_NOOP("CollectiveView", "Status"),
    QT_TRANSLATE_NOOP("CollectiveView", "Created"),
)
LINE_COLUMNS = (
    QT_TRANSLATE_NOOP("CollectiveView", "Description"),
    QT_TRANSLATE_NOOP("CollectiveView", "Qty"),
    QT_TRANSLATE_NOOP("CollectiveView", "Unit price"),
    QT_TRANSLATE_NOOP("CollectiveView", "VAT %"),
    QT_TRANSLATE_NOOP("CollectiveView", "Period"),
)


def _headers(columns: tuple[str, ...]) -> list[str]:
    return [translate("CollectiveView", c) for c in columns]


class CollectiveView(QWidget):
    """A top-level window: list (top left), lines (bottom left), preview (right)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.actor = db, actor
        self.rows: list[CollectiveRow] = []
        self.draft: DraftView | None = None
        self._wanted: int | None = None
        self.setObjectName("collectiveView")
        self.setWindowTitle(translate("CollectiveView", "Collective invoices"))
        self.resize(1280, 760)
        apply_style(self)
        bar = QHBoxLayout()
        self.unsent_only = QCheckBox(translate("CollectiveView", "Only unsent"))
        self.unsent_only.setChecked(True)
        self.unsent_only.toggled.connect(lambda _c: self.reload())
        self.date_button = QPushButton(translate("CollectiveView", "Set send date…"))
        self.date_button.clicked.connect(self._ask_send_date)
        self.clear_button = QPushButton(translate("CollectiveView", "Clear send date"))
        self.clear_button.clicked.connect(lambda: self._send_date(None))
        self.undo_button = QPushButton(translate("CollectiveView", "Undo merge"))
        self.undo_button.clicked.connect(self._undo)
        refresh = QPushButton(translate("CollectiveView", "Refresh"))
        refresh.clicked.connect(self.reload)
        self.note = QLabel("")
        self.note.setObjectName("collectiveNote")
        for w in (self.unsent_only, self.date_button, self.clear_button, self.undo_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.note, 1)
        bar.addWidget(refresh)
        self.list = QTableWidget(0, len(LIST_COLUMNS))
        self.list.setObjectName("collectiveList")
        self.list.setHorizontalHeaderLabels(_headers(LIST_COLUMNS))
        self.list.verticalHeader().hide()
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.setWordWrap(False)  # one line per invoice (long names are elided)
        self.list.itemSelectionChanged.connect(self._selected)
        set_empty_text(
            self.list,
            translate(
                "CollectiveView",
                "No collective invoices to show — merge pending contract periods "
                "under Service contracts, or untick Only unsent.",
            ),
        )
        self.lines = QTableWidget(0, len(LINE_COLUMNS))
        self.lines.setObjectName("collectiveLines")
        self.lines.setHorizontalHeaderLabels(_headers(LINE_COLUMNS))
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(translate("CollectiveView", "Save lines"))
        self.save_button.clicked.connect(self.save_lines)
        self.remove_button = QPushButton(translate("CollectiveView", "Remove line"))
        self.remove_button.clicked.connect(self._remove_line)
        self.info = QLabel("")
        self.info.setObjectName("collectiveInfo")
        self.info.setWordWrap(True)
        line_bar = QHBoxLayout()
        line_bar.addStretch(1)
        line_bar.addWidget(self.remove_button)
        line_bar.addWidget(self.save_button)
        lower = QWidget()
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addWidget(self.lines)
        lower_lay.addWidget(self.info)  # its own line: it wrapped beside the buttons in German
        lower_lay.addLayout(line_bar)
        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("collectiveLeftSplit")
        left.addWidget(self.list)
        left.addWidget(lower)
        left.setSizes([360, 340])
        self.preview = PdfCanvas(self)
        self.preview.setObjectName("collectivePreview")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("collectiveSplit")
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([720, 540])
        close = QPushButton(translate("CollectiveView", "Close"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)
        self._set_editable(False)

    # --- loading ----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Load the list again (keeping or choosing the selected invoice)."""
        current = self.current()
        self._wanted = select_id or (current.id if current else None)
        run_task(
            list_collective,
            self.db,
            unsent=self.unsent_only.isChecked(),
            owner=self,
            on_done=self._show_rows,
            label=translate("CollectiveView", "Loading collective invoices"),
        )

    def show_case(self, case_id: int) -> None:
        """Show the window with ``case_id`` selected."""
        self.unsent_only.setChecked(False)
        self.reload(case_id)
        self.show()
        self.raise_()

    def _show_rows(self, rows: list[CollectiveRow]) -> None:
        self.rows = rows
        self.list.setRowCount(len(rows))
        for i, r in enumerate(rows):
            send = (
                formats.date_text(r.send_date)
                if r.send_date
                else (translate("CollectiveView", "⚠ none") if r.error else "—")
            )
            cells = [
                r.number or translate("CollectiveView", "(draft)"),
                r.party_name,
                period_text(r),
                formats.money(r.gross, r.currency),
                send,
                status_text(r.status),
                f"{formats.date_text(r.created_at.astimezone().date())} {r.created_by}",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if r.error:
                    item.setToolTip(r.error)
                elif col == 1:  # a long name is elided in the row: shown in full here
                    item.setToolTip(text)
                self.list.setItem(i, col, item)
        self.list.resizeColumnsToContents()
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        wanted = next((i for i, r in enumerate(rows) if r.id == self._wanted), 0 if rows else -1)
        if wanted >= 0:
            self.list.blockSignals(True)  # the same row again: load its lines and preview anyway
            self.list.selectRow(wanted)
            self.list.blockSignals(False)
            self._selected()
        else:
            self._show_draft(None)

    def current(self) -> CollectiveRow | None:
        """The selected collective invoice."""
        i = self.list.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _selected(self) -> None:
        row = self.current()
        if row is None:
            return
        run_task(get_draft, self.db, row.id, on_done=self._show_draft, owner=self)
        self._load_preview(row.id)

    def _load_preview(self, case_id: int) -> None:
        run_task(
            preview_pdf,
            self.db,
            case_id,
            owner=self,
            label=translate("CollectiveView", "Rendering preview"),
            on_done=self._show_preview,
            on_error=self._preview_failed,
        )

    def _show_preview(self, result: tuple[str, bytes]) -> None:
        if self.preview.load(result[1], []):
            self.preview.fit_width()

    def _preview_failed(self, exc: BaseException) -> None:
        self.info.setText(
            translate("CollectiveView", "No preview: {error}").format(error=dialogs.error_text(exc))
        )

    def _show_draft(self, view: DraftView | None) -> None:
        self.draft = view
        lines = list(view.data.lines) if view else []
        self.lines.setRowCount(len(lines))
        charged = view.charged if view else ()
        for i, ln in enumerate(lines):
            period = formats.date_range(ln.period_start, ln.period_end, empty="")
            # the rate the core charged (what the PDF and the XML print), not the domestic one
            tax = charged[i] if i < len(charged) else None
            cells = [
                ln.description,
                formats.quantity(ln.quantity),
                formats.price(ln.unit_price),
                formats.quantity(tax.rate if tax else ln.vat_rate),
                period,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:  # read-only; remembers which stored line the row is
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setData(Qt.ItemDataRole.UserRole, i)
                if col == 3 and tax is not None and tax.zeroed:
                    # decided for the customer (reverse charge, exempt …): not typed here
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(
                        translate(
                            "CollectiveView",
                            "VAT category {category}: decided for this customer, charged at "
                            "0 %. The domestic rate {rate} % is kept for a change of customer.",
                        ).format(category=tax.category, rate=formats.quantity(ln.vat_rate))
                    )
                if col in (1, 2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(i, col, item)
        self.lines.resizeColumnsToContents()
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        editable = view is not None and view.number is None and view.status == "draft"
        self._set_editable(editable)
        row = self.current()
        if view is None or row is None:
            self.info.setText("")
        elif editable:
            self.info.setText(
                translate(
                    "CollectiveView", "{lines} · {parts} merged · editable until it is sent"
                ).format(
                    lines=translate("CollectiveView", "%n line(s)", None, len(lines)),
                    parts=translate("CollectiveView", "%n contract invoice(s)", None, row.parts),
                )
            )
        else:
            self.info.setText(
                translate("CollectiveView", "{number} is issued ({status}): read-only.").format(
                    number=row.number, status=status_text(row.status)
                )
            )

    def _set_editable(self, editable: bool) -> None:
        triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.lines.setEditTriggers(
            triggers if editable else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for button in (
            self.save_button,
            self.remove_button,
            self.date_button,
            self.clear_button,
            self.undo_button,
        ):
            button.setEnabled(editable)

    # --- changes ---------------------------------------------------------------------------

    def edited_lines(self) -> list[DraftLine]:
        """The lines as the table shows them now (raises ValidationError on bad numbers)."""
        assert self.draft is not None
        originals = list(self.draft.data.lines)
        result = []
        for i in range(self.lines.rowCount()):
            base = originals[int(cell(self.lines, i, 4).data(Qt.ItemDataRole.UserRole))]
            text = [cell(self.lines, i, col).text() for col in range(4)]
            rate_cell = cell(self.lines, i, 3)
            decided = not rate_cell.flags() & Qt.ItemFlag.ItemIsEditable
            result.append(
                replace(
                    base,
                    description=text[0],
                    quantity=parse_decimal(
                        text[1],
                        translate("CollectiveView", "Line {line}, quantity").format(line=i + 1),
                    ),
                    unit_price=parse_decimal(
                        text[2],
                        translate("CollectiveView", "Line {line}, price").format(line=i + 1),
                    ),
                    vat_rate=base.vat_rate  # a decided 0 % keeps the domestic rate
                    if decided
                    else parse_decimal(
                        text[3], translate("CollectiveView", "Line {line}, VAT").format(line=i + 1)
                    ),
                )
            )
        return result

    def save_lines(self) -> None:
        """Save the edited lines; the preview is rendered again afterwards."""
        if self.draft is None:
            return
        try:
            lines = self.edited_lines()
        except ValidationError as exc:
            dialogs.show_error(self, translate("CollectiveView", "Lines not saved"), core_text(exc))
            return
        case_id = self.draft.case_id
        run_task(
            update_collective,
            self.db,
            self.actor,
            case_id,
            lines,
            owner=self,
            expected_version=self.draft.version,
            label=translate("CollectiveView", "Saving collective invoice"),
            on_done=lambda _v: self.reload(case_id),
            on_error=self._error,
        )

    def _remove_line(self) -> None:
        i = self.lines.currentRow()
        if i < 0 or self.lines.rowCount() <= 1:
            return
        self.lines.removeRow(i)

    def _ask_send_date(self) -> None:
        row = self.current()
        day = ask_date(
            self, translate("CollectiveView", "Send date"), row.send_date if row else None
        )
        if day is not None:
            self._send_date(day)

    def _send_date(self, day: date | None) -> None:
        row = self.current()
        if row is None:
            return
        run_task(
            set_send_date,
            self.db,
            self.actor,
            [row.id],
            day,
            owner=self,
            on_done=lambda _n: self.reload(row.id),
            on_error=self._error,
            label=translate("CollectiveView", "Saving send date"),
        )

    def _undo(self) -> None:
        row = self.current()
        if row is None:
            return
        run_task(
            undo_merge,
            self.db,
            self.actor,
            row.id,
            owner=self,
            on_error=self._error,
            on_done=self._undone,
        )

    def _undone(self, count: int) -> None:
        self.note.setText(
            translate(
                "CollectiveView", "Merge undone: %n contract invoice(s) pending again.", None, count
            )
        )
        self.reload()

    def _error(self, exc: BaseException) -> None:
        dialogs.show_error(
            self, translate("CollectiveView", "Collective invoices"), dialogs.error_text(exc)
        )
