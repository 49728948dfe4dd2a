"""The totals box of the draft editor: net, VAT per rate (or the exemption), gross.

Rows are reused as the lines change (no widgets are created while the clerk types), and
:meth:`TotalsPanel.rows` gives the texts as shown, for tests and screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from invoicedesk.domain.totals import Totals, VatCategory
from invoicedesk.gui.line_table import _money

PANEL_STYLE = """
QLabel[role="gross"] { font-weight: bold; font-size: 13pt; }
QLabel[role="hint"] { color: #6b7280; }
"""


class TotalsPanel(QGroupBox):
    """Shows :class:`~invoicedesk.domain.totals.Totals` as computed from the lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Totals", parent)
        self.setObjectName("totalsPanel")
        self.setMinimumWidth(330)
        self.setStyleSheet(PANEL_STYLE)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self._pairs: list[tuple[QLabel, QLabel]] = []
        self._shown: list[tuple[str, str]] = []

    def _pair(self, index: int) -> tuple[QLabel, QLabel]:
        while len(self._pairs) <= index:
            left, right = QLabel(), QLabel()
            right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = len(self._pairs)
            self.grid.addWidget(left, row, 0)
            self.grid.addWidget(right, row, 1)
            self._pairs.append((left, right))
        return self._pairs[index]

    def show_totals(self, totals: Totals | None, currency: str, exempt_label: str) -> None:
        """Show ``totals`` (``None``: a hint that some amount is not a number)."""
        rows: list[tuple[str, str, str]] = []
        if totals is None:
            rows.append(("Totals appear when every amount is a number.", "", "hint"))
        else:
            rows.append(("Net", _money(totals.net), ""))
            for part in totals.breakdown:
                if part.category in (VatCategory.STANDARD, VatCategory.ZERO_RATED):
                    label = f"VAT {part.rate.normalize():f} % on {_money(part.basis)}"
                else:
                    label = f"{exempt_label} on {_money(part.basis)}"
                rows.append((label, _money(part.tax), ""))
            rows.append(("Gross", f"{_money(totals.gross)} {currency}", "gross"))
        for index, (label, amount, role) in enumerate(rows):
            left, right = self._pair(index)
            for widget in (left, right):
                if widget.property("role") != role:
                    widget.setProperty("role", role)
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
                widget.show()
            left.setText(label)
            right.setText(amount)
        for left, right in self._pairs[len(rows) :]:
            left.hide()
            right.hide()
        self._shown = [(label, amount) for label, amount, _role in rows]

    def rows(self) -> list[tuple[str, str]]:
        """The rows as shown: (label, amount)."""
        return list(self._shown)

    def gross(self) -> str:
        """The gross amount as shown (empty while there are no totals)."""
        return next((amount for label, amount in self._shown if label == "Gross"), "")
