"""Creating and changing a customer from the draft editor: address with its supplement line,
business or consumer, VAT ID, customer number, and the e-invoice the customer requires
(XRechnung CII or UBL, with its Leitweg-ID).

The core checks every field (:mod:`invoicedesk.services.outgoing.customer_edit`); a refused
value is shown in one sentence and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.customer_picker import CustomerPicker
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.outgoing.customer_edit import CustomerInput, load_customer, save_customer
from invoicedesk.services.outgoing.customers import get_customer
from invoicedesk.store.database import Database

EINVOICE = (
    (QT_TRANSLATE_NOOP("CustomerDialog", "PDF with Factur-X (standard)"), ""),
    (QT_TRANSLATE_NOOP("CustomerDialog", "XRechnung (CII) beside the PDF"), "xrechnung-cii"),
    (QT_TRANSLATE_NOOP("CustomerDialog", "XRechnung (UBL) beside the PDF"), "xrechnung-ubl"),
)
LANGUAGES = (
    (QT_TRANSLATE_NOOP("CustomerDialog", "German"), "de"),
    (QT_TRANSLATE_NOOP("CustomerDialog", "English"), "en"),
    (QT_TRANSLATE_NOOP("CustomerDialog", "Dutch"), "nl"),
)


class CustomerDialog(QDialog):
    """Edit one customer (``party_id=None``: a new one); ``saved_id`` holds the stored id."""

    def __init__(
        self, db: Database, actor: Actor, party_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.party_id = db, actor, party_id
        self.saved_id: int | None = None
        self.setObjectName("customerDialog")
        self.setWindowTitle(
            translate("CustomerDialog", "New customer")
            if party_id is None
            else translate("CustomerDialog", "Customer")
        )
        self.fields = {name: QLineEdit() for name in (
            "name", "street", "address_line2", "postal_code", "city", "country", "vat_id",
            "email", "customer_number", "leitweg_id", "contact_person",
        )}  # fmt: skip
        self.fields["country"].setText("DE")
        self.fields["country"].setMaxLength(2)
        self.fields["customer_number"].setPlaceholderText(
            translate("CustomerDialog", "the next number of the series")
        )
        self.fields["leitweg_id"].setPlaceholderText("991-03730-19")
        self.business = QCheckBox(translate("CustomerDialog", "Business (not a consumer)"))
        self.business.setChecked(True)
        self.language = QComboBox()
        for text, code in LANGUAGES:
            self.language.addItem(translate("CustomerDialog", text), code)
        self.einvoice = QComboBox()
        for text, code in EINVOICE:
            self.einvoice.addItem(translate("CustomerDialog", text), code)
        self.terms = QSpinBox()
        self.terms.setRange(0, 365)
        self.terms.setValue(14)
        self.terms.setSuffix(translate("CustomerDialog", " days"))
        form = QFormLayout()
        labels = {
            "name": QT_TRANSLATE_NOOP("CustomerDialog", "Name"),
            "contact_person": QT_TRANSLATE_NOOP("CustomerDialog", "Contact"),
            "street": QT_TRANSLATE_NOOP("CustomerDialog", "Street"),
            "address_line2": QT_TRANSLATE_NOOP("CustomerDialog", "Address supplement"),
            "postal_code": QT_TRANSLATE_NOOP("CustomerDialog", "Postcode"),
            "city": QT_TRANSLATE_NOOP("CustomerDialog", "City"),
            "country": QT_TRANSLATE_NOOP("CustomerDialog", "Country (ISO code)"),
            "vat_id": QT_TRANSLATE_NOOP("CustomerDialog", "VAT ID"),
            "email": QT_TRANSLATE_NOOP("CustomerDialog", "E-mail"),
            "customer_number": QT_TRANSLATE_NOOP("CustomerDialog", "Customer number"),
        }
        for name, label in labels.items():
            form.addRow(translate("CustomerDialog", label), self.fields[name])
        form.addRow("", self.business)
        form.addRow(translate("CustomerDialog", "Language"), self.language)
        form.addRow(translate("CustomerDialog", "Payment terms"), self.terms)
        form.addRow(translate("CustomerDialog", "E-invoice"), self.einvoice)
        form.addRow(translate("CustomerDialog", "Leitweg-ID"), self.fields["leitweg_id"])
        self.problem = QLabel()
        self.problem.setObjectName("editorProblems")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if party_id is not None:
            run_task(load_customer, db, party_id, on_done=self.show_customer, owner=self,
                     label=translate("CustomerDialog", "Opening customer"))  # fmt: skip

    def show_customer(self, data: CustomerInput) -> None:
        """Fill the form with a stored customer."""
        for name, edit in self.fields.items():
            edit.setText(str(getattr(data, name) or ""))
        self.business.setChecked(data.business)
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        self.einvoice.setCurrentIndex(max(0, self.einvoice.findData(data.einvoice)))
        self.terms.setValue(data.payment_terms_days)

    def data(self) -> CustomerInput:
        """The form as the core's input."""
        text = {name: edit.text().strip() for name, edit in self.fields.items()}
        return CustomerInput(
            name=text["name"], street=text["street"], address_line2=text["address_line2"],
            postal_code=text["postal_code"], city=text["city"], country=text["country"],
            vat_id=text["vat_id"] or None, email=text["email"] or None,
            business=self.business.isChecked(), language=str(self.language.currentData()),
            leitweg_id=text["leitweg_id"] or None, einvoice=str(self.einvoice.currentData()),
            customer_number=text["customer_number"] or None,
            contact_person=text["contact_person"] or None, payment_terms_days=self.terms.value(),
        )  # fmt: skip

    def save(self) -> None:
        """Store the customer in the background; the dialog closes when it is stored."""
        run_task(save_customer, self.db, self.actor, self.data(), self.party_id,
                 on_done=self._saved, on_error=self._failed, owner=self,
                 label=translate("CustomerDialog", "Saving customer"))  # fmt: skip

    def _saved(self, party_id: int) -> None:
        self.saved_id = party_id
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText(f"✖ {dialogs.error_text(exc)}")
        self.problem.show()


def customer_buttons(picker: CustomerPicker, db: Database, actor: Actor) -> QHBoxLayout:
    """*New customer…* and *Edit customer…* beside the picker; the stored customer becomes
    the chosen one."""
    row = QHBoxLayout()
    new = QPushButton(translate("CustomerDialog", "New customer…"))
    edit = QPushButton(translate("CustomerDialog", "Edit customer…"))
    for button in (new, edit):
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)

    def open_dialog(party_id: int | None) -> None:
        dialog = CustomerDialog(db, actor, party_id, picker.window())
        dialog.finished.connect(lambda _r: _chosen(dialog))
        dialog.open()

    def _chosen(dialog: CustomerDialog) -> None:
        if dialog.saved_id is not None:
            label = translate("CustomerDialog", "Opening customer")
            run_task(get_customer, db, dialog.saved_id, on_done=picker.set_customer,
                     owner=picker, label=label)  # fmt: skip

    new.clicked.connect(lambda: open_dialog(None))
    edit.clicked.connect(lambda: open_dialog(picker.customer.id if picker.customer else None))
    picker.chosen.connect(lambda customer: edit.setEnabled(customer is not None))
    edit.setEnabled(picker.customer is not None)
    return row
