"""The style sheet from ``resources/style.qss`` and the case table's colours.

The sheet is set on the panels around the table, not on the application: item views under a
style sheet paint at about half the speed, and the table is repainted on every scroll step.
The table gets the same colours through its palette instead.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from invoicedesk.config import resources_dir

SELECTION = "#dbe7fb"
SELECTION_TEXT = "#111827"
ALTERNATE = "#f7f8fa"


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
