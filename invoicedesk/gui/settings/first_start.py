"""The first-start wizard, shown while the database has no user.

Page 1 offers *Set up my company* or *Use demo data*. Setting up asks for the company, the bank
account, number formats and payment terms, the mail server (optional, with *Send test
e-mail*) and the first administrator; *Finish* stores it all through
:func:`~invoicedesk.services.settings.first_start.complete_first_start` in the background. Demo data
fills the demo company, users and a few hundred cases instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.settings.setup_forms import AdminForm, BankForm, CompanyForm, NumbersForm
from invoicedesk.gui.settings.smtp_form import SmtpForm
from invoicedesk.services.settings.first_start import (
    DEMO_CASES,
    FirstStartData,
    FirstStartResult,
    complete_first_start,
    use_demo_data,
)
from invoicedesk.services.settings.registry import DEFAULT_SERIES, NEVER_RESET, SeriesInfo
from invoicedesk.store.database import Database

WELCOME, COMPANY, BANK, NUMBERS, MAIL, ADMIN = range(6)


class FormPage(QWizardPage):
    """A wizard page around one form; *Next* is refused while the form has problems."""

    def __init__(self, title: str, subtitle: str, form: QWidget) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = form
        self.message = QLabel()
        self.message.setObjectName("pageProblems")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318;")
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def validatePage(self) -> bool:
        """Show what is missing instead of moving on."""
        problems: list[str] = self.form.problems()  # type: ignore[attr-defined]
        self.message.setText("\n".join(problems))
        return not problems


class WelcomePage(QWizardPage):
    """Set up my company (*Next*), or try InvoiceDesk with demo data (one button)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("FirstStart", "Welcome to InvoiceDesk"))
        self.setSubTitle(translate("FirstStart", "This database is new. How do you want to start?"))
        own_title = QLabel(translate("FirstStart", "<b>Set up my company</b>"))
        own_text = QLabel(translate(
            "FirstStart",
            "Enter your company, bank account, invoice numbers, mail server and the first "
            "administrator; click Next to begin. Takes about five minutes; everything can be "
            "changed later in the settings.",
        ))  # fmt: skip
        demo_title = QLabel(translate("FirstStart", "<b>Try it with demo data</b>"))
        demo_text = QLabel(translate(
            "FirstStart",
            "The sample company Autohaus Rheinblick GmbH with {cases} invoice cases and four "
            "users. Log in as admin with the password admin-demo.",
        ).format(cases=DEMO_CASES))  # fmt: skip
        self.demo_button = QPushButton(translate("FirstStart", "Use demo data"))
        self.demo_button.setObjectName("useDemoData")
        layout = QVBoxLayout(self)
        for title, text in ((own_title, own_text), (demo_title, demo_text)):
            text.setWordWrap(True)
            text.setStyleSheet("color: #4b5563;")
            layout.addWidget(title)
            layout.addWidget(text)
            layout.addSpacing(14)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setObjectName("demoProgress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)


class FirstStartWizard(QWizard):
    """Collects the set-up and stores it; ``result_info`` tells the login dialog who to expect.

    After ``accept``: ``demo`` is True when demo data was filled in, else ``outcome`` holds the
    created administrator.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.demo = False
        self.outcome: FirstStartResult | None = None
        self._working = False
        #: how many demo cases *Use demo data* creates
        self.demo_cases = DEMO_CASES
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(translate("FirstStart", "InvoiceDesk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(760, 580)
        self.company = CompanyForm()
        self.company.set_values(None)  # Germany as the country
        self.bank = BankForm()
        self.numbers = NumbersForm()
        self.numbers.set_series([SeriesInfo(code, name, pattern, code not in NEVER_RESET)
                                 for code, (name, pattern) in DEFAULT_SERIES.items()])  # fmt: skip
        self.mail = SmtpForm()
        self.admin = AdminForm()
        self.welcome = WelcomePage()
        self.setPage(WELCOME, self.welcome)
        self.welcome.demo_button.clicked.connect(self.use_demo_data)
        pages = (
            (COMPANY, translate("FirstStart", "Your company"),
             translate("FirstStart", "Printed on every invoice (§14 UStG)."), self.company),
            (BANK, translate("FirstStart", "Bank account"),
             translate("FirstStart", "Where your customers pay to; printed on the invoice."),
             self.bank),
            (NUMBERS, translate("FirstStart", "Invoice numbers and payment terms"),
             translate("FirstStart", "Each series counts without gaps."), self.numbers),
            (MAIL, translate("FirstStart", "Mail server"),
             translate("FirstStart", "For sending invoices by e-mail. Leave the server empty "
                       "to set it up later."), self.mail),
            (ADMIN, translate("FirstStart", "Administrator"),
             translate("FirstStart", "The first user of InvoiceDesk."), self.admin),
        )  # fmt: skip
        for page_id, title, subtitle, form in pages:
            self.setPage(page_id, FormPage(title, subtitle, form))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("FirstStart", "Finish"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("FirstStart", "Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("FirstStart", "< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("FirstStart", "Cancel"))

    def use_demo_data(self) -> None:
        """Fill the database with demo data in the background, then close."""
        if self._working:
            return
        self._working = True
        self._buttons_enabled(False)
        self.welcome.demo_button.setEnabled(False)
        self.welcome.progress.setVisible(True)
        self.welcome.progress.setRange(0, self.demo_cases)
        run_task(use_demo_data, self.db, self.demo_cases, on_done=self._demo_done,
                 on_error=self._failed, on_progress=self._progress, owner=self,
                 label=translate("FirstStart", "Creating demo data"))  # fmt: skip

    def data(self) -> FirstStartData:
        """What was entered, as the service takes it."""
        company = self.bank.apply_to(self.company.apply_to(None))
        from dataclasses import replace

        company = replace(company, payment_terms_days=self.numbers.terms.value())
        if company.email and not company.mail_from:
            company = replace(company, mail_from=company.email)
        smtp = None if self.mail.is_empty() else self.mail.settings()
        return FirstStartData(
            company=company,
            admin=self.admin.account(),
            series=self.numbers.series(),
            smtp=smtp,
            smtp_password=self.mail.password.text() or None,
            logo=self.company.logo_bytes,
        )

    def accept(self) -> None:
        """Store in the background; close when it is done, stay open with the reason if not."""
        if self._working or not self.validateCurrentPage():
            return
        self._working = True
        self._buttons_enabled(False)
        try:
            data = self.data()
        except Exception as exc:  # an entry the forms let through but the types refuse
            self._failed(exc)
            return
        run_task(complete_first_start, self.db, data, on_done=self._done, on_error=self._failed,
                 owner=self, label=translate("FirstStart", "Saving the set-up"))  # fmt: skip

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.welcome.progress.setValue(done)

    def _buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CancelButton):  # fmt: skip
            button = self.button(which)
            if button is not None:
                button.setEnabled(enabled)

    def _demo_done(self, _users: object) -> None:
        self.demo = True
        self._finish()

    def _done(self, result: FirstStartResult) -> None:
        self.outcome = result
        if result.password_note:
            dialogs.show_error(self, translate("FirstStart", "Mail password"),
                               result.password_note)  # fmt: skip
        self._finish()

    def _finish(self) -> None:
        self._working = False
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._working = False
        self._buttons_enabled(True)
        self.welcome.progress.setVisible(False)
        self.welcome.demo_button.setEnabled(True)
        dialogs.show_error(self, translate("FirstStart", "Set-up not saved"),
                           dialogs.error_text(exc))  # fmt: skip

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape does not throw away a half-filled set-up while it is being saved."""
        if self._working and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
