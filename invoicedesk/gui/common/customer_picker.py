"""Choosing the customer of a draft: a search field that asks the database as the clerk types.

The search runs in the background (:func:`~invoicedesk.gui.common.tasks.run_task`), a quarter second
after the last key, and offers up to 50 matches in a completer popup. The chosen customer's
address, language, VAT ID and e-mail are shown below the field with the checks of
:func:`~invoicedesk.services.outgoing.customers.customer_warnings`.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.outgoing.customers import CustomerChoice, find_customers
from invoicedesk.store.database import Database

SEARCH_DELAY_MS = 250
LANGUAGE_NAMES = {
    "de": QT_TRANSLATE_NOOP("CustomerPicker", "German"),
    "en": QT_TRANSLATE_NOOP("CustomerPicker", "English"),
    "nl": QT_TRANSLATE_NOOP("CustomerPicker", "Dutch"),
}
NO_CUSTOMER = QT_TRANSLATE_NOOP("CustomerPicker", "No customer chosen yet.")


class CustomerPicker(QWidget):
    """Search field plus the chosen customer's data; ``chosen`` fires with the customer."""

    chosen = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer: CustomerChoice | None = None
        self._by_label: dict[str, CustomerChoice] = {}
        self.field = QLineEdit()
        self.field.setObjectName("customerSearch")
        self.field.setPlaceholderText(
            translate("CustomerPicker", "Type a name, city, e-mail or VAT ID…")
        )
        self.field.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.field.setCompleter(self.completer)
        self.completer.activated.connect(self.pick_label)
        self.details = QLabel(translate("CustomerPicker", NO_CUSTOMER))
        self.details.setObjectName("customerDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        # name, street, city, facts, VAT ID/e-mail: five lines without clipping
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 5 + 4)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textEdited.connect(lambda _text: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.details)

    def search_now(self) -> None:
        """Look up customers matching the field's text (in the background)."""
        text = self.field.text().strip()
        if self.customer is not None and text == self.customer.label:
            return
        run_task(
            find_customers, self.db, text, 50, on_done=self.show_matches, owner=self,
            label=translate("CustomerPicker", "Searching customers"),
        )  # fmt: skip

    def show_matches(self, matches: list[CustomerChoice]) -> None:
        """Offer ``matches`` in the popup (labels made unique with the customer number)."""
        labels: dict[str, CustomerChoice] = {}
        for match in matches:
            label = match.label
            if label in labels:
                label = translate("CustomerPicker", "{label} · no. {number}").format(
                    label=label, number=match.id
                )
            labels[label] = match
        self._by_label = labels
        self.model.setStringList(list(labels))
        if labels and self.field.hasFocus():
            self.completer.complete()

    def pick_label(self, label: str) -> None:
        """The clerk chose an entry of the popup."""
        choice = self._by_label.get(label)
        if choice is not None:
            self.set_customer(choice)

    def set_customer(self, customer: CustomerChoice | None) -> None:
        """Show ``customer`` as the chosen one and tell the editor."""
        self.customer = customer
        self.field.blockSignals(True)
        self.field.setText(customer.label if customer else "")
        self.field.blockSignals(False)
        self.details.setText(
            describe(customer) if customer else translate("CustomerPicker", NO_CUSTOMER)
        )
        self.chosen.emit(customer)


def describe(customer: CustomerChoice) -> str:
    """The customer's address and invoice-relevant data, in a few lines."""
    lines = [customer.name]
    if customer.street:
        lines.append(customer.street)
    if customer.address_line2:
        lines.append(customer.address_line2)
    lines.append(f"{customer.postal_code} {customer.city}".strip() + f" ({customer.country})")
    name = LANGUAGE_NAMES.get(customer.language)
    language = translate("CustomerPicker", name) if name else customer.language
    facts = [translate("CustomerPicker", "Language: {language}").format(language=language)]
    if customer.payment_terms_days is not None:
        facts.append(
            translate("CustomerPicker", "payment terms: {days} days").format(
                days=customer.payment_terms_days
            )
        )
    facts.append(
        translate("CustomerPicker", "business")
        if customer.business
        else translate("CustomerPicker", "consumer")
    )
    if customer.customer_number:
        facts.append(translate("CustomerPicker", "no. {number}").format(
            number=customer.customer_number))  # fmt: skip
    if customer.einvoice:
        facts.append(translate("CustomerPicker", "XRechnung, Leitweg-ID {leitweg}").format(
            leitweg=customer.leitweg_id or "—"))  # fmt: skip
    lines.append("  ·  ".join(facts))
    lines.append(
        translate("CustomerPicker", "VAT ID: {vat_id}  ·  E-mail: {email}").format(
            vat_id=customer.vat_id or "—", email=customer.email or "—"
        )
    )
    return "\n".join(lines)
