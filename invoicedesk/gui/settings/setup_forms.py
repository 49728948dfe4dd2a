"""Forms shared by the first-start wizard and the settings dialog: company, bank, number formats
and payment terms, administrator account.

Each form has ``set_values(...)``, ``values()`` and ``problems()`` (sentences for the clerk,
empty when the entries are fine); the wizard and the settings pages only arrange them.
The mail server form is in :mod:`invoicedesk.gui.settings.smtp_form`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from invoicedesk.domain.bank import bank_for_iban, normalize_bic
from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.domain.parties import normalize_email, normalize_vat_id
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.services.settings.company import CompanySettings
from invoicedesk.services.settings.first_start import AdminAccount
from invoicedesk.services.settings.registry import SeriesInfo, preview_number

MAX_LOGO_BYTES = 2 * 1024 * 1024


def _edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("formHint")
    label.setWordWrap(True)
    label.setStyleSheet("color: #6b7280;")
    return label


def align_forms(*forms: QWidget) -> None:
    """Give the forms' label columns one width, so forms stacked on a page (the company and
    its bank account) line their fields up as one form."""
    labels: list[QWidget] = []
    for form in forms:
        layout = form.layout()
        if not isinstance(layout, QFormLayout):
            continue
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def _text(edit: QLineEdit) -> str | None:
    value = edit.text().strip()
    return value or None


class CompanyForm(QWidget):
    """Name, address, tax data, register, managing director, contact and logo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = _edit("companyName", translate("SetupForms", "e.g. Müller Haustechnik GmbH"))
        self.street = _edit("companyStreet")
        self.postal_code = _edit("companyPostalCode")
        self.postal_code.setMaximumWidth(90)
        self.city = _edit("companyCity")
        self.country = _edit("companyCountry", "DE")
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(50)
        self.vat_id = _edit("companyVatId", "DE123456789")
        self.tax_number = _edit("companyTaxNumber", "123/456/78901")
        self.register_court = _edit(
            "companyRegisterCourt", translate("SetupForms", "e.g. Amtsgericht Duisburg")
        )
        self.register_number = _edit("companyRegisterNumber", "HRB 12345")
        self.managing_director = _edit("companyDirector")
        self.email = _edit("companyEmail", "rechnung@firma.de")
        self.phone = _edit("companyPhone")
        self.website = _edit("companyWebsite")
        self.logo_bytes: bytes | None = None
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedHeight(48)
        logo_button = QPushButton(translate("SetupForms", "Choose logo…"))
        logo_button.setObjectName("chooseLogo")
        logo_button.clicked.connect(self.choose_logo)
        city_row = QHBoxLayout()
        city_row.addWidget(self.postal_code)
        city_row.addWidget(self.city, 1)
        city_row.addWidget(QLabel(translate("SetupForms", "Country")))
        city_row.addWidget(self.country)
        logo_row = QHBoxLayout()
        logo_row.addWidget(logo_button)
        logo_row.addWidget(self.logo_preview, 1)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("SetupForms", "Company name"), self.name)
        form.addRow(translate("SetupForms", "Street"), self.street)
        form.addRow(translate("SetupForms", "Postal code, city"), city_row)
        form.addRow(translate("SetupForms", "VAT ID"), self.vat_id)
        form.addRow(translate("SetupForms", "Tax number"), self.tax_number)
        form.addRow(translate("SetupForms", "Register court"), self.register_court)
        form.addRow(translate("SetupForms", "Register number"), self.register_number)
        form.addRow(translate("SetupForms", "Managing director"), self.managing_director)
        form.addRow(translate("SetupForms", "E-mail"), self.email)
        form.addRow(translate("SetupForms", "Phone"), self.phone)
        form.addRow(translate("SetupForms", "Website"), self.website)
        form.addRow(translate("SetupForms", "Logo"), logo_row)

    def choose_logo(self) -> None:
        """Pick a PNG or JPEG logo for the invoice letterhead."""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("SetupForms", "Choose logo"), "",
            translate("SetupForms", "Images (*.png *.jpg *.jpeg)"),
        )  # fmt: skip
        if path:
            self.load_logo(Path(path).read_bytes())

    def load_logo(self, content: bytes | None) -> None:
        """Show a logo (``None`` clears it)."""
        self.logo_bytes = content
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(44, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setText(
                translate("SetupForms", "This file is not an image.") if content else ""
            )

    def set_values(self, company: CompanySettings | None) -> None:
        """Fill the fields (``None``: empty form with Germany as country)."""
        c = company or CompanySettings(name="", street="", postal_code="", city="")
        for edit, value in (
            (self.name, c.name), (self.street, c.street), (self.postal_code, c.postal_code),
            (self.city, c.city), (self.country, c.country), (self.vat_id, c.vat_id),
            (self.tax_number, c.tax_number), (self.register_court, c.register_court),
            (self.register_number, c.register_number),
            (self.managing_director, c.managing_director), (self.email, c.email),
            (self.phone, c.phone), (self.website, c.website),
        ):  # fmt: skip
            edit.setText(value or "")

    def apply_to(self, base: CompanySettings | None) -> CompanySettings:
        """The company with this form's fields (other fields kept from ``base``)."""
        values: dict[str, Any] = {
            "name": self.name.text().strip(), "street": self.street.text().strip(),
            "postal_code": self.postal_code.text().strip(), "city": self.city.text().strip(),
            "country": (self.country.text().strip() or "DE").upper(),
            "vat_id": _text(self.vat_id), "tax_number": _text(self.tax_number),
            "register_court": _text(self.register_court),
            "register_number": _text(self.register_number),
            "managing_director": _text(self.managing_director), "email": _text(self.email),
            "phone": _text(self.phone), "website": _text(self.website),
        }  # fmt: skip
        if base is None:
            return CompanySettings(**values)
        return replace(base, **values)

    def problems(self) -> list[str]:
        """What is missing or wrong."""
        found = []
        if not self.name.text().strip():
            found.append(translate("SetupForms", "Enter the company name."))
        if not (self.street.text().strip() and self.city.text().strip()):
            found.append(translate("SetupForms", "Enter street and city."))
        if not (self.vat_id.text().strip() or self.tax_number.text().strip()):
            found.append(translate("SetupForms", "Enter a VAT ID or a tax number."))
        for check, edit in ((normalize_vat_id, self.vat_id), (normalize_email, self.email)):
            if edit.text().strip():
                try:
                    check(edit.text())
                except InvoiceDeskError as exc:
                    found.append(core_text(exc))
        if self.logo_bytes and len(self.logo_bytes) > MAX_LOGO_BYTES:
            found.append(translate("SetupForms", "The logo may be at most 2 MB."))
        return found


class BankForm(QWidget):
    """IBAN (checked as typed; BIC and bank filled in from it), BIC, bank name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.iban = _edit("bankIban", "DE89 3704 0044 0532 0130 00")
        self.bic = _edit("bankBic", "COBADEFFXXX")
        self.bank_name = _edit("bankName")
        self.state = _hint()
        self.state.setObjectName("ibanState")
        self.iban.textChanged.connect(self._iban_changed)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("SetupForms", "IBAN"), self.iban)
        form.addRow("", self.state)
        form.addRow(translate("SetupForms", "BIC"), self.bic)
        form.addRow(translate("SetupForms", "Bank"), self.bank_name)

    def _iban_changed(self, text: str) -> None:
        if not text.strip():
            self.state.setText("")
            return
        try:
            bic, bank = bank_for_iban(text)
        except InvoiceDeskError:
            self.state.setText(translate("SetupForms", "This IBAN is not valid (yet)."))
            return
        self.state.setText(translate("SetupForms", "✓ Valid IBAN"))
        if bic and not self.bic.text().strip():
            self.bic.setText(bic)
        if bank and not self.bank_name.text().strip():
            self.bank_name.setText(bank)

    def set_values(self, company: CompanySettings | None) -> None:
        """Fill from the company settings."""
        self.bic.setText(company.bic or "" if company else "")
        self.bank_name.setText(company.bank_name or "" if company else "")
        self.iban.setText(company.iban or "" if company else "")

    def apply_to(self, company: CompanySettings) -> CompanySettings:
        """The company with these bank details."""
        bic = _text(self.bic)
        return replace(company, iban=_text(self.iban), bic=bic.upper() if bic else None,
                       bank_name=_text(self.bank_name))  # fmt: skip

    def problems(self) -> list[str]:
        """Invalid IBAN or BIC."""
        found = []
        if self.iban.text().strip():
            try:
                bank_for_iban(self.iban.text())
            except InvoiceDeskError as exc:
                found.append(core_text(exc))
        if self.bic.text().strip():
            try:
                normalize_bic(self.bic.text())
            except InvoiceDeskError as exc:
                found.append(core_text(exc))
        return found


SERIES_LABELS = {
    "invoice": QT_TRANSLATE_NOOP("SetupForms", "Invoices"),
    "credit_note": QT_TRANSLATE_NOOP("SetupForms", "Credit notes"),
    "collective": QT_TRANSLATE_NOOP("SetupForms", "Collective invoices"),
}


class NumbersForm(QWidget):
    """The number format of each series with a live preview, and the default payment terms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.rows: dict[str, tuple[QLineEdit, QCheckBox, QLabel, SeriesInfo]] = {}
        self.grid.addWidget(QLabel(translate("SetupForms", "<b>Series</b>")), 0, 0)
        self.grid.addWidget(QLabel(translate("SetupForms", "<b>Format</b>")), 0, 1)
        self.grid.addWidget(QLabel(translate("SetupForms", "<b>Next number</b>")), 0, 3)
        self.terms = QSpinBox()
        self.terms.setObjectName("paymentTerms")
        self.terms.setRange(0, 365)
        self.terms.setValue(14)
        self.terms.setMaximumWidth(140)
        self.terms.setSuffix(translate("SetupForms", " days"))
        help_text = _hint(translate(
            "SetupForms",
            "Placeholders: {yyyy} year, {yy} two-digit year, {mm} month, {seq} running number, "
            "{seq:05} padded to five digits. Numbers already issued never change.",
        ))  # fmt: skip
        self.grid.addWidget(help_text, 10, 0, 1, 4)
        self.grid.addWidget(QLabel(translate("SetupForms", "Payment terms")), 11, 0)
        self.grid.addWidget(self.terms, 11, 1)
        self.grid.setColumnStretch(1, 1)

    def set_series(self, series: list[SeriesInfo], terms_days: int | None = None) -> None:
        """Show the series (code, pattern, yearly reset)."""
        for info in series:
            if info.code in self.rows:
                edit, reset, preview, _ = self.rows[info.code]
                self.rows[info.code] = (edit, reset, preview, info)
            else:
                row = len(self.rows) + 1
                edit = _edit(f"pattern_{info.code}")
                reset = QCheckBox(translate("SetupForms", "restart every year"))
                preview = QLabel()
                preview.setObjectName(f"preview_{info.code}")
                preview.setMinimumWidth(150)
                edit.textChanged.connect(lambda _t, code=info.code: self._preview(code))
                label = SERIES_LABELS.get(info.code)
                self.grid.addWidget(
                    QLabel(translate("SetupForms", label) if label else info.name), row, 0
                )
                self.grid.addWidget(edit, row, 1)
                self.grid.addWidget(reset, row, 2)
                self.grid.addWidget(preview, row, 3)
                self.rows[info.code] = (edit, reset, preview, info)
            edit.setText(info.pattern)
            reset.setChecked(info.reset_yearly)
            self._preview(info.code)
        if terms_days is not None:
            self.terms.setValue(terms_days)

    def _preview(self, code: str) -> None:
        edit, _reset, preview, info = self.rows[code]
        try:  # the number the next document really gets (the counter, not 1)
            preview.setText(preview_number(edit.text().strip(), date.today(), info.next_seq))
            preview.setStyleSheet("")
        except InvoiceDeskError as exc:
            preview.setText(translate("SetupForms", "invalid"))
            preview.setToolTip(core_text(exc))
            preview.setStyleSheet("color: #b42318;")

    def series(self) -> list[SeriesInfo]:
        """The series as entered."""
        return [
            replace(info, pattern=edit.text().strip(), reset_yearly=reset.isChecked())
            for edit, reset, _p, info in self.rows.values()
        ]

    def problems(self) -> list[str]:
        """Patterns that cannot make a number."""
        found = []
        for info in self.series():
            try:
                preview_number(info.pattern)
            except InvoiceDeskError as exc:
                found.append(core_text(exc))
        return found


class AdminForm(QWidget):
    """The first administrator: login, name, initials, password twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login = _edit("adminLogin", "admin")
        self.full_name = _edit("adminName")
        self.initials = _edit("adminInitials", "AB")
        self.initials.setMaxLength(8)
        self.initials.setMaximumWidth(80)
        self.email = _edit("adminEmail")
        self.password = _edit("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = _edit("adminRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.full_name.textEdited.connect(self._suggest_initials)
        form = QFormLayout(self)
        form.addRow(translate("SetupForms", "Full name"), self.full_name)
        form.addRow(translate("SetupForms", "Initials"), self.initials)
        form.addRow(translate("SetupForms", "Login name"), self.login)
        form.addRow(translate("SetupForms", "E-mail"), self.email)
        form.addRow(translate("SetupForms", "Password"), self.password)
        form.addRow(translate("SetupForms", "Repeat password"), self.repeat)
        form.addRow("", _hint(translate(
            "SetupForms",
            "This user may change every setting and add the other users. "
            "The password needs at least 8 characters.",
        )))  # fmt: skip

    def _suggest_initials(self, name: str) -> None:
        parts = [p for p in name.split() if p]
        self.initials.setText("".join(p[0] for p in parts[:3]).upper())

    def account(self) -> AdminAccount:
        """The account as entered."""
        return AdminAccount(
            login=self.login.text().strip(),
            full_name=self.full_name.text().strip(),
            initials=self.initials.text().strip().upper(),
            password=self.password.text(),
            email=_text(self.email),
        )

    def problems(self) -> list[str]:
        """Missing fields, short or different passwords."""
        found = []
        try:
            self.account().validated()
        except InvoiceDeskError as exc:
            found.append(core_text(exc))
        if self.password.text() != self.repeat.text():
            found.append(translate("SetupForms", "The two passwords differ."))
        return found
