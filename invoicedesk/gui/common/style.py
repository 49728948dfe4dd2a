"""The style sheet from ``resources/style.qss``, the case table's colours and the empty-state
text of lists.

The sheet is set on the panels around the table, not on the application: item views under a
style sheet paint at about half the speed, and the table is repainted on every scroll step.
The table gets the same colours through its palette instead.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget
from shiboken6 import isValid

from invoicedesk.config import resources_dir

SELECTION = "#dbe7fb"
SELECTION_TEXT = "#111827"
ALTERNATE = "#f7f8fa"
HINT = "#6b7280"


@cache
def style_sheet() -> str:
    """The contents of ``resources/style.qss`` (empty when it is missing)."""
    path = resources_dir() / "style.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def apply_style(*widgets: QWidget) -> None:
    """Give widgets (and their children) the InvoiceDesk style sheet."""
    sheet = style_sheet()
    for widget in widgets:
        widget.setStyleSheet(sheet)


def style_table(table: QWidget) -> None:
    """Selection and alternate-row colours of the case table, through the palette."""
    palette = table.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(SELECTION_TEXT))
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor(ALTERNATE))
    table.setPalette(palette)


class _EmptyState(QObject):
    """The label over an empty view's viewport (see :func:`set_empty_text`)."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyState")
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # grey like the forms' hints, also under a window's style sheet
        self.label.setStyleSheet(f"color: {HINT}; background: transparent;")
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self.update)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def update(self) -> None:
        """Show the text when the view has no rows, as wide as the viewport."""
        if not (isValid(self.view) and isValid(self.label)):
            return  # a QTableWidget empties its model while it is being destroyed
        rect = self.view.viewport().rect()
        self.label.setGeometry(rect.adjusted(16, 40, -16, 0))
        self.label.setVisible(self.view.model().rowCount() == 0)


def set_empty_text(view: QAbstractItemView, text: str) -> QLabel:
    """Say ``text`` (why the list is empty, what to do) over ``view`` while its model has no
    rows, like the case table's empty state; call it after the view has its model. The label
    is returned so a view may change the text (e.g. after a search)."""
    return _EmptyState(view, text).label
