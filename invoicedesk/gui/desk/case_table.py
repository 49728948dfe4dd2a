"""The case table view: columns, the status delegate, selection and header behaviour."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from invoicedesk.gui.desk.case_model import COLUMN_INDEX, CaseTableModel

DEFAULT_WIDTHS = {
    "status": 104,
    "number": 120,
    "direction": 38,
    "party": 240,
    "gross": 190,  # "paid 650.41 of 1,951.24 EUR" for a partly paid invoice
    "due_date": 84,
    "pending": 130,
    "created": 110,
}


def make_case_table(model: CaseTableModel, parent: QWidget) -> QTableView:
    """A table view over the case model: sortable, movable columns, one row selected."""
    table = QTableView(parent)
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
    # the party takes what is left, so the row ends with the created column on every screen
    header.setSectionResizeMode(COLUMN_INDEX["party"], QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(36)
    return table
