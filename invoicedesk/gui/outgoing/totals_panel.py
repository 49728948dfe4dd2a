"""The totals box of the draft editor: net, VAT per rate (or the exemption), gross.

Rows are reused as the lines change (no widgets are created while the clerk types), and
:meth:`TotalsPanel.rows` gives the texts as shown, for tests and screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from invoicedesk.domain.totals import Totals, VatCategory
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.outgoing.line_table import _money, _plain
from invoicedesk.gui.outgoing.tax_fields import category_name

MIN_WIDTH = 330
#: grid row of the gross amount, below any number of VAT rows
GROSS_ROW = 99
PANEL_STYLE = """
QLabel[role="gross"] { font-weight: bold; font-size: 13pt; }
QLabel[role="hint"] { color: #6b7280; }
"""


class TotalsPanel(QGroupBox):
    """Shows :class:`~invoicedesk.domain.totals.Totals` as computed from the lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("TotalsPanel", "Totals"), parent)
        self.setObjectName("totalsPanel")
        # never narrower than its rows (a stretching neighbour squeezed it; an explicit minimum
        # width would override the rows' needs, hence sizeHint below)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(PANEL_STYLE)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self._pairs: list[tuple[QLabel, QLabel]] = []
        self._shown: list[tuple[str, str]] = []
        # the gross row keeps its own labels: a reused label changing to the bold font would
        # keep the width the layout measured for the normal one (the amount got cut)
        self._gross = (QLabel(), QLabel())
        for column, widget in enumerate(self._gross):
            widget.setProperty("role", "gross")
            self.grid.addWidget(widget, GROSS_ROW, column)
            widget.hide()
        self._gross[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def sizeHint(self) -> QSize:
        """What the rows need, at least :data:`MIN_WIDTH` wide."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), MIN_WIDTH), hint.height())

    def _pair(self, index: int) -> tuple[QLabel, QLabel]:
        while len(self._pairs) <= index:
            left, right = QLabel(), QLabel()
            right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = len(self._pairs)
            self.grid.addWidget(left, row, 0)
            self.grid.addWidget(right, row, 1)
            self._pairs.append((left, right))
        return self._pairs[index]

    def show_totals(self, totals: Totals | None, currency: str, exempt_label: str = "") -> None:
        """Show ``totals`` (``None``: a hint that some amount is not a number); a tax-free
        part is named ``exempt_label``, or by its category when that is empty."""
        rows: list[tuple[str, str, str]] = []
        if totals is None:
            hint = translate("TotalsPanel", "Totals appear when every amount is a number.")
            rows.append((hint, "", "hint"))
        else:
            rows.append((translate("TotalsPanel", "Net"), _money(totals.net), ""))
            for part in totals.breakdown:
                if part.category in (VatCategory.STANDARD, VatCategory.ZERO_RATED):
                    label = translate("TotalsPanel", "VAT {rate} % on {basis}").format(
                        rate=_plain(part.rate), basis=_money(part.basis)
                    )
                else:
                    label = translate("TotalsPanel", "{treatment} on {basis}").format(
                        treatment=exempt_label or category_name(part.category.value),
                        basis=_money(part.basis),
                    )
                rows.append((label, _money(part.tax), ""))
        for index, (label, amount, role) in enumerate(rows):
            left, right = self._pair(index)
            for widget in (left, right):
                if widget.property("role") != role:  # only the colour changes: same size
                    widget.setProperty("role", role)
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
                widget.show()
            left.setText(label)
            right.setText(amount)
        for left, right in self._pairs[len(rows) :]:
            left.hide()
            right.hide()
        gross_label, gross_amount = self._gross
        shown = [(label, amount) for label, amount, _role in rows]
        if totals is not None:
            shown.append((translate("TotalsPanel", "Gross"), f"{_money(totals.gross)} {currency}"))
            gross_label.setText(shown[-1][0])
            gross_amount.setText(shown[-1][1])
        gross_label.setVisible(totals is not None)
        gross_amount.setVisible(totals is not None)
        self._shown = shown
        self.grid.invalidate()  # texts changed: let the editor give the box the room it needs
        self.updateGeometry()

    def rows(self) -> list[tuple[str, str]]:
        """The rows as shown: (label, amount)."""
        return list(self._shown)

    def gross(self) -> str:
        """The gross amount as shown (empty while there are no totals)."""
        gross = translate("TotalsPanel", "Gross")
        return next((amount for label, amount in self._shown if label == gross), "")
