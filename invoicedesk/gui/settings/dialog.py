"""The settings dialog (*Tools → Settings…*): a list of pages on the left, the page on the right.

Administrators see the company-wide pages (stored in the database) and the workstation pages;
other users only the workstation pages (database, intake folder, language). *Save* checks every
changed page, then saves them one after the other in the background.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.enums import Role
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, restart
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.mail_events import mail_queued
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.extensions import DeskWindow
from invoicedesk.gui.settings.audit_pages import ApprovalPage, ChangeLogPage
from invoicedesk.gui.settings.mail_texts import MailTextsPage
from invoicedesk.gui.settings.pages import (
    CompanyPage,
    Job,
    LoginPopupPage,
    MailServerPage,
    NumbersPage,
    PdfPage,
    SettingsPage,
)
from invoicedesk.gui.settings.users import UsersPage
from invoicedesk.gui.settings.workstation import DatabasePage, IntakeFolderPage, LanguagePage
from invoicedesk.services.permissions import current_rights
from invoicedesk.store.database import Database

PAGE_TYPES: tuple[type[SettingsPage], ...] = (
    CompanyPage, NumbersPage, MailServerPage, MailTextsPage, PdfPage, LoginPopupPage, UsersPage,
    ApprovalPage, ChangeLogPage, DatabasePage, IntakeFolderPage, LanguagePage,
)  # fmt: skip


def _run_jobs(jobs: list[Job]) -> list[str]:
    notes = []
    for job in jobs:
        note = job()
        if note:
            notes.append(note)
    return notes


class SettingsDialog(QDialog):
    """All settings the user may change."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.resize(900, 640)
        rights = current_rights(db, actor)  # read now: a role removed meanwhile counts
        is_admin = rights.is_system or (rights.active and Role.ADMIN in rights.roles)
        self.pages = [cls(db, actor) for cls in PAGE_TYPES if is_admin or not cls.admin_only]
        self.list = QListWidget()
        self.list.setObjectName("settingsList")
        self.list.setFixedWidth(190)
        self.list.setSpacing(3)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.list.addItem(page.title())
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.stack.addWidget(scroll)
        self.list.currentRowChanged.connect(self._show_page)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("SettingsDialog", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("SettingsDialog", "Close")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if not is_admin:
            self.message.setText(
                translate(
                    "SettingsDialog", "Company-wide settings can be changed by an administrator."
                )
            )
        self.list.setCurrentRow(0)

    def page(self, object_name: str) -> SettingsPage:
        """The page with this object name (tests, links from other dialogs)."""
        for page in self.pages:
            if page.objectName() == object_name:
                return page
        raise KeyError(object_name)

    def show_page(self, object_name: str) -> None:
        """Switch to a page."""
        self.list.setCurrentRow(self.pages.index(self.page(object_name)))

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            page = self.pages[row]
            if not page.loaded:
                page.load()

    def changed_pages(self) -> list[SettingsPage]:
        """Pages with edits not saved yet."""
        return [p for p in self.pages if p.loaded and p.changed]

    def save(self) -> None:
        """Check the changed pages, then save them in the background."""
        pages = self.changed_pages()
        if not pages:
            self.message.setText(translate("SettingsDialog", "Nothing was changed."))
            return
        for page in pages:
            problems = page.problems()
            if problems:
                self.show_page(page.objectName())
                self.message.setText("\n".join(problems))
                return
        jobs = [job for job in (p.job() for p in pages) if job is not None]
        self.buttons.setEnabled(False)
        self.message.setText(translate("SettingsDialog", "Saving…"))
        run_task(_run_jobs, jobs, on_done=lambda notes: self._saved(pages, notes),
                 on_error=self._failed, owner=self,
                 label=translate("SettingsDialog", "Saving settings"))  # fmt: skip

    def _saved(self, pages: list[SettingsPage], notes: list[str]) -> None:
        self.buttons.setEnabled(True)
        for page in pages:
            page.changed = False
        text = translate("SettingsDialog", "Saved.")
        self.message.setText(" ".join([text, *notes]))
        if any(page.objectName() == "mailServerPage" for page in pages):
            mail_queued()  # the e-mails held for the old settings were released
        if any(page.needs_restart for page in pages) and dialogs.ask_restart(self):
            restart.request()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(dialogs.error_text(exc))

    def reject(self) -> None:
        """Closing with unsaved changes asks first."""
        if self.changed_pages():
            answer = QMessageBox.question(
                self, translate("SettingsDialog", "Unsaved changes"),
                translate("SettingsDialog", "Close without saving the changes?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def open_settings(window: DeskWindow, page: str = "") -> None:
    """The settings dialog of ``window`` (modal), on ``page`` (an object name) when given."""
    dialog = SettingsDialog(window.db, window.actor, window)
    if page and any(p.objectName() == page for p in dialog.pages):
        dialog.show_page(page)
    dialog.exec()
    dialog.deleteLater()
