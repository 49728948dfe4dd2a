"""Pages of the settings dialog for company-wide settings (stored in the database, admins only):
company and bank, number formats and payment terms, mail server, PDF layout, login popup.

Every page follows :class:`SettingsPage`: ``load()`` reads in the background, ``problems()``
checks the entries, ``job()`` returns the save to run in a worker (no widgets touched there).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.domain_labels import ROLE_LABELS
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.settings.setup_forms import BankForm, CompanyForm, NumbersForm, align_forms
from invoicedesk.gui.settings.smtp_form import SmtpForm
from invoicedesk.mail.settings import SmtpSettings, load_smtp_settings
from invoicedesk.services.settings.company import (
    CompanySettings,
    company_logo,
    get_company,
    save_company,
    set_payment_terms,
)
from invoicedesk.services.settings.mail_server import save_mail_server
from invoicedesk.services.settings.registry import (
    LOGIN_POPUP,
    PDF_OPTIONS,
    LoginPopupRule,
    PdfOptions,
    list_series,
    load_setting,
    save_series,
    save_setting,
)
from invoicedesk.store.database import Database

Job = Callable[[], str | None]


class SettingsPage(QWidget):
    """Base of a settings page: change tracking, background load, a save job."""

    admin_only = True
    object_name = "settingsPage"
    #: a saved change takes effect only after InvoiceDesk starts again (language, database)
    needs_restart = False

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.changed = False
        self.loaded = False
        self.setObjectName(self.object_name)

    def title(self) -> str:
        """The page's name in the list."""
        raise NotImplementedError

    def load(self) -> None:
        """Read the current values (override; call :meth:`loaded_now` when filled in)."""
        self.loaded_now()

    def loaded_now(self) -> None:
        """Values are in the fields: from now on edits count as changes."""
        self.loaded = True
        self.changed = False
        if not getattr(self, "_tracking", False):
            self._tracking = True
            self._track()

    def _track(self) -> None:
        def mark(*_a: object) -> None:
            if self.loaded:
                self.changed = True

        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(mark)
        for box in self.findChildren(QComboBox):
            box.activated.connect(mark)
        for spin in self.findChildren(QSpinBox):
            spin.valueChanged.connect(mark)
        for button in self.findChildren(QAbstractButton):
            if button.isCheckable():
                button.toggled.connect(mark)
        for text in self.findChildren(QPlainTextEdit) + self.findChildren(QTextEdit):
            if not text.isReadOnly():
                text.textChanged.connect(mark)

    def problems(self) -> list[str]:
        """What must be corrected before saving."""
        return []

    def job(self) -> Job | None:
        """The save, as a function for a worker thread; returns a note for the clerk or None."""
        return None


class CompanyPage(SettingsPage):
    """Company, bank account and logo."""

    object_name = "companyPage"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.company_form = CompanyForm()
        self.bank_form = BankForm()
        self.current: CompanySettings | None = None
        self._logo_before: bytes | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.company_form)
        layout.addWidget(QLabel(translate("SettingsPages", "<b>Bank account</b>")))
        layout.addWidget(self.bank_form)
        layout.addStretch(1)
        align_forms(self.company_form, self.bank_form)

    def title(self) -> str:
        return translate("SettingsPages", "Company")

    def load(self) -> None:
        def read(db: Database) -> tuple[CompanySettings | None, bytes | None]:
            with db.read() as s:
                try:
                    company = get_company(s)
                except ConfigurationError:
                    return None, None
                return company, company_logo(s, company)

        run_task(read, self.db, on_done=self._show, owner=self)

    def _show(self, loaded: tuple[CompanySettings | None, bytes | None]) -> None:
        self.current, logo = loaded
        self.company_form.set_values(self.current)
        self.bank_form.set_values(self.current)
        self.company_form.load_logo(logo)
        self._logo_before = logo
        self.loaded_now()

    def problems(self) -> list[str]:
        return self.company_form.problems() + self.bank_form.problems()

    def job(self) -> Job | None:
        company = self.bank_form.apply_to(self.company_form.apply_to(self.current))
        logo = self.company_form.logo_bytes
        new_logo = logo if logo and logo != self._logo_before else None
        db, actor = self.db, self.actor

        def save() -> None:
            save_company(db, actor, company, new_logo)

        return save


class NumbersPage(SettingsPage):
    """Number formats of the series and the default payment terms."""

    object_name = "numbersPage"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.form = NumbersForm()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def title(self) -> str:
        return translate("SettingsPages", "Invoice numbers")

    def load(self) -> None:
        def read(db: Database) -> tuple[Any, int | None]:
            with db.read() as s:
                try:
                    terms: int | None = get_company(s).payment_terms_days
                except ConfigurationError:
                    terms = None
            return list_series(db), terms

        run_task(read, self.db, on_done=self._show, owner=self)

    def _show(self, loaded: tuple[Any, int | None]) -> None:
        series, terms = loaded
        self.form.set_series(series, terms)
        self.form.terms.setEnabled(terms is not None)
        self.loaded_now()

    def problems(self) -> list[str]:
        return self.form.problems()

    def job(self) -> Job | None:
        series, terms = self.form.series(), self.form.terms.value()
        db, actor = self.db, self.actor
        enabled = self.form.terms.isEnabled()

        def save() -> None:
            save_series(db, actor, series)
            if enabled:
                set_payment_terms(db, actor, terms)

        return save


class MailServerPage(SettingsPage):
    """The SMTP account; the password goes to the keyring."""

    object_name = "mailServerPage"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.form = SmtpForm()
        self.source = QLabel()
        self.source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.source)
        layout.addStretch(1)

    def title(self) -> str:
        return translate("SettingsPages", "Mail server")

    def load(self) -> None:
        def read(db: Database) -> SmtpSettings | None:
            with db.read() as s:
                try:
                    return load_smtp_settings(s)
                except ConfigurationError:
                    return None

        run_task(read, self.db, on_done=self._show, owner=self)

    def _show(self, smtp: SmtpSettings | None) -> None:
        self.form.set_values(smtp)
        import os

        from invoicedesk.mail.settings import ENV_URL

        if os.environ.get(ENV_URL):
            self.source.setText(translate(
                "SettingsPages", "This workstation uses the mail server from {env}; "
                "changes here apply to the other workstations.").format(env=ENV_URL))  # fmt: skip
        self.loaded_now()

    def problems(self) -> list[str]:
        return self.form.problems()

    def job(self) -> Job | None:
        if self.form.is_empty():
            return None
        smtp, password = self.form.settings(), self.form.password.text() or None
        db, actor = self.db, self.actor

        def save() -> str | None:  # also releases the e-mails held for the old settings
            return save_mail_server(db, actor, smtp, password)

        return save


class PdfPage(SettingsPage):
    """Layout options of the invoice PDF."""

    object_name = "pdfPage"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.show_logo = QCheckBox(translate("SettingsPages", "Print the logo"))
        self.show_qr = QCheckBox(
            translate("SettingsPages", "Print the Girocode (QR code for the bank transfer)")
        )
        self.accent = QLineEdit()
        self.accent.setObjectName("accentColor")
        self.accent.setMaximumWidth(100)
        self.footer_note = QLineEdit()
        self.footer_note.setObjectName("footerNote")
        self.footer_note.setMaxLength(200)
        form = QFormLayout(self)
        form.addRow("", self.show_logo)
        form.addRow("", self.show_qr)
        form.addRow(translate("SettingsPages", "Accent colour"), self.accent)
        form.addRow(translate("SettingsPages", "Note above the footer"), self.footer_note)

    def title(self) -> str:
        return translate("SettingsPages", "Invoice PDF")

    def load(self) -> None:
        run_task(load_setting, self.db, PDF_OPTIONS, on_done=self._show, owner=self)

    def _show(self, options: PdfOptions) -> None:
        self.show_logo.setChecked(options.show_logo)
        self.show_qr.setChecked(options.show_payment_qr)
        self.accent.setText(options.accent_color)
        self.footer_note.setText(options.footer_note)
        self.loaded_now()

    def options(self) -> PdfOptions:
        """The options as entered."""
        return PdfOptions(self.show_logo.isChecked(), self.accent.text().strip(),
                          self.footer_note.text().strip(), self.show_qr.isChecked())  # fmt: skip

    def problems(self) -> list[str]:
        try:
            self.options().validated()
        except Exception as exc:
            return [core_text(exc)]
        return []

    def job(self) -> Job | None:
        options, db, actor = self.options(), self.db, self.actor

        def save() -> None:
            save_setting(db, actor, PDF_OPTIONS, options)

        return save


class LoginPopupPage(SettingsPage):
    """When the popup of collective invoices without a send date appears."""

    object_name = "loginPopupPage"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.enabled = QCheckBox(
            translate(
                "SettingsPages", "After login, list collective invoices that have no send date"
            )
        )
        self.roles: dict[str, QCheckBox] = {}
        form = QFormLayout(self)
        form.addRow("", self.enabled)
        for role in Role:
            box = QCheckBox(translate("Roles", ROLE_LABELS[role.value]))
            box.setObjectName(f"popupRole_{role.value}")
            self.roles[role.value] = box
            form.addRow(translate("SettingsPages", "Show to") if role is Role.CLERK else "", box)
        self.snooze = QSpinBox()
        self.snooze.setObjectName("snoozeHours")
        self.snooze.setRange(0, 168)
        self.snooze.setSuffix(translate("SettingsPages", " hours"))
        form.addRow(translate("SettingsPages", "“Remind me later” waits"), self.snooze)

    def title(self) -> str:
        return translate("SettingsPages", "Login popup")

    def load(self) -> None:
        run_task(load_setting, self.db, LOGIN_POPUP, on_done=self._show, owner=self)

    def _show(self, rule: LoginPopupRule) -> None:
        self.enabled.setChecked(rule.enabled)
        for role, box in self.roles.items():
            box.setChecked(role in rule.roles)
        self.snooze.setValue(rule.snooze_hours)
        self.loaded_now()

    def rule(self) -> LoginPopupRule:
        """The rule as entered."""
        roles = tuple(r for r, box in self.roles.items() if box.isChecked())
        return LoginPopupRule(self.enabled.isChecked(), roles, self.snooze.value())

    def job(self) -> Job | None:
        rule, db, actor = self.rule(), self.db, self.actor

        def save() -> None:
            save_setting(db, actor, LOGIN_POPUP, rule)

        return save
