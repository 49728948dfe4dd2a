"""The tax and cash-discount fields of the draft editor.

*Tax* is decided automatically from the customer's data and each line's kind (the core's
:mod:`invoicedesk.services.outgoing.tax_treatment`); the clerk may choose one treatment for
the whole document instead, which is shown and recorded as an override. Below the choice the
editor shows why the lines got their treatment and what to check. *Cash discount* is a
percentage and a number of days (Skonto).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.domain.money import to_decimal
from invoicedesk.domain.totals import VatCategory
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate

TREATMENTS = (
    (QT_TRANSLATE_NOOP("TaxFields", "Automatic (from the customer and the lines)"), None),
    (QT_TRANSLATE_NOOP("TaxFields", "Standard VAT"), VatCategory.STANDARD.value),
    (
        QT_TRANSLATE_NOOP("TaxFields", "Reverse charge (§ 13b UStG / btw verlegd)"),
        VatCategory.REVERSE_CHARGE.value,
    ),
    (QT_TRANSLATE_NOOP("TaxFields", "Tax exempt"), VatCategory.EXEMPT.value),
    (QT_TRANSLATE_NOOP("TaxFields", "Intra-EU supply (exempt)"), VatCategory.INTRA_EU.value),
    (QT_TRANSLATE_NOOP("TaxFields", "Export outside the EU (exempt)"), VatCategory.EXPORT.value),
    (QT_TRANSLATE_NOOP("TaxFields", "Not taxable here"), VatCategory.NOT_SUBJECT.value),
)

#: short names of the zero-rate categories (totals panel rows)
CATEGORY_NAMES = {
    "AE": QT_TRANSLATE_NOOP("TaxFields", "Reverse charge"),
    "E": QT_TRANSLATE_NOOP("TaxFields", "Tax exempt"),
    "K": QT_TRANSLATE_NOOP("TaxFields", "Intra-EU supply"),
    "G": QT_TRANSLATE_NOOP("TaxFields", "Export"),
    "O": QT_TRANSLATE_NOOP("TaxFields", "Not taxable here"),
}


def category_name(code: str) -> str:
    """The clerk's short word for a zero-rate category."""
    name = CATEGORY_NAMES.get(code)
    return translate("TaxFields", name) if name else code


class TaxFields:
    """Treatment choice, exemption note, explanation and Skonto, added to a form layout."""

    def __init__(self, form: QFormLayout) -> None:
        self.treatment = QComboBox()
        self.treatment.setObjectName("taxTreatment")
        for text, code in TREATMENTS:
            self.treatment.addItem(translate("TaxFields", text), code)
        form.addRow(translate("TaxFields", "Tax"), self.treatment)
        self.explanation = QLabel()
        self.explanation.setObjectName("taxExplanation")
        self.explanation.setWordWrap(True)
        form.addRow("", self.explanation)
        self.exemption = QLineEdit()
        self.exemption.setPlaceholderText(
            translate("TaxFields", "legal wording printed on the invoice (default if empty)")
        )
        form.addRow(translate("TaxFields", "Exemption note"), self.exemption)
        self.skonto_percent = QLineEdit()
        self.skonto_percent.setObjectName("skontoPercent")
        self.skonto_percent.setPlaceholderText(translate("TaxFields", "none"))
        self.skonto_percent.setMaximumWidth(90)
        self.skonto_days = QSpinBox()
        self.skonto_days.setObjectName("skontoDays")
        self.skonto_days.setRange(0, 365)
        self.skonto_days.setSpecialValueText(translate("TaxFields", "—"))
        self.skonto_days.setSuffix(translate("TaxFields", " days"))
        row = QHBoxLayout()
        row.addWidget(self.skonto_percent)
        row.addWidget(QLabel(translate("TaxFields", "% if paid within")))
        row.addWidget(self.skonto_days)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("TaxFields", "Cash discount"), holder)

    def widgets(self) -> tuple[QWidget, ...]:
        """The input widgets (for autosave and enabling)."""
        return (self.treatment, self.exemption, self.skonto_percent, self.skonto_days)

    def code(self) -> str | None:
        """The treatment chosen for the whole document, ``None`` for automatic."""
        data = self.treatment.currentData()
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        """Show a stored treatment (``None``: automatic)."""
        self.treatment.setCurrentIndex(max(0, self.treatment.findData(code)))

    def skonto(self) -> tuple[Decimal | None, int | None, list[str]]:
        """(percent, days, problems) of the cash discount as typed."""
        text = self.skonto_percent.text().strip()
        days = self.skonto_days.value() or None
        if not text:
            return None, days, []
        try:
            return to_decimal(text, translate("TaxFields", "cash discount")), days, []
        except InvoiceDeskError as exc:
            return None, days, [core_text(exc.message)]

    def set_skonto(self, percent: Decimal | None, days: int | None) -> None:
        """Show stored cash-discount terms."""
        self.skonto_percent.setText(format(percent.normalize(), "f").replace(".", ",")
                                    if percent is not None else "")  # fmt: skip
        self.skonto_days.setValue(days or 0)

    def show_explanation(self, lines: list[str], warnings: list[str]) -> None:
        """Why the lines got their treatment, and the warnings (overrides) in orange."""
        text = "\n".join(lines)
        if warnings:
            text += ("\n" if text else "") + "\n".join(f"⚠ {w}" for w in warnings)
        self.explanation.setText(text)
        self.explanation.setVisible(bool(text))
