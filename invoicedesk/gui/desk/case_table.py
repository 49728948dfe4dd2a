"""The case table view: columns, the status delegate, selection and header behaviour."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from invoicedesk.domain.enums import PENDING_LABELS
from invoicedesk.gui.common.domain_labels import pending_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.case_model import COLUMN_INDEX, CaseTableModel

DEFAULT_WIDTHS = {
    "status": 148,  # "Versand fehlgeschlagen" in German
    "number": 120,
    "direction": 38,
    "party": 240,
    "gross": 225,  # "487,98 von 1.463,94 EUR bezahlt" for a partly paid invoice
    "due_date": 84,
    "pending": 130,
    "created": 110,
}
#: the next-step column grows to its longest label in the UI language, up to this width
PENDING_MAX_WIDTH = 200


class CaseTable(QTableView):
    """The view; an empty result says so instead of showing a blank table."""

    def empty_text(self) -> str:
        """What the empty table says ("" while there are rows or the count still runs)."""
        model = self.model()
        if not isinstance(model, CaseTableModel) or model.rowCount() or not model.count_is_exact:
            return ""
        return translate("CaseTable", "No cases match this filter or preset.")

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the rows, or the empty-state message."""
        super().paintEvent(event)
        text = self.empty_text()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            where = self.viewport().rect().adjusted(0, 40, 0, 0)
            painter.drawText(where, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
            painter.end()


def pending_width(table: QTableView) -> int:
    """The next-step column's width: its longest label in the UI language ("Erstatten oder
    verrechnen") plus the cell margins, at least the default and at most
    :data:`PENDING_MAX_WIDTH` (a longer one is elided; the tooltip has the full text)."""
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(pending_text(code)) for code in PENDING_LABELS)
    return max(DEFAULT_WIDTHS["pending"], min(PENDING_MAX_WIDTH, widest + 16))


def make_case_table(model: CaseTableModel, parent: QWidget) -> QTableView:
    """A table view over the case model: sortable, movable columns, one row selected."""
    table = CaseTable(parent)
    table.setObjectName("caseTable")
    table.setModel(model)
    table.setIconSize(QSize(120, 24))  # room for the status labels (DecorationRole pixmaps)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(COLUMN_INDEX["created"], Qt.SortOrder.DescendingOrder)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    for key, width in DEFAULT_WIDTHS.items():
        header.resizeSection(COLUMN_INDEX[key], width)
    header.resizeSection(COLUMN_INDEX["pending"], pending_width(table))
    # the party takes what is left, so the row ends with the created column on every screen
    header.setSectionResizeMode(COLUMN_INDEX["party"], QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(36)
    return table
