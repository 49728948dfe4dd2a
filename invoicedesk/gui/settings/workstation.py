"""Settings pages of this workstation (every user): database connection, watched folders,
language. They are kept in :class:`~invoicedesk.config.WorkstationSettings` (no secrets);
the database password goes to the OS keyring, or is kept for this session when there is none.
Changes of the database and the language take effect at the next start; the settings dialog
offers to restart InvoiceDesk at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from invoicedesk import secrets
from invoicedesk.config import (
    WorkstationSettings,
    default_database_url,
    display_url,
    parse_database_url,
)
from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import LANGUAGES, translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.settings.pages import Job, SettingsPage
from invoicedesk.services.settings.connection_check import check_connection
from invoicedesk.store.database import Database


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #6b7280;")
    return label


class DatabasePage(SettingsPage):
    """SQLite file on this computer, or a PostgreSQL server shared by every workstation."""

    admin_only = False
    object_name = "databasePage"
    needs_restart = True

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.sqlite = QRadioButton(translate("WorkstationPages", "SQLite file on this computer"))
        self.sqlite.setObjectName("useSqlite")
        self.postgres = QRadioButton(
            translate("WorkstationPages", "PostgreSQL server (shared by every workstation)")
        )
        self.postgres.setObjectName("usePostgres")
        group = QButtonGroup(self)
        group.addButton(self.sqlite)
        group.addButton(self.postgres)
        self.path = QLineEdit()
        self.path.setObjectName("sqlitePath")
        browse = QPushButton(translate("WorkstationPages", "Choose…"))
        browse.clicked.connect(self._browse)
        self.url = QLineEdit()
        self.url.setObjectName("postgresUrl")
        self.url.setPlaceholderText("postgresql://user@server:5432/invoicedesk")
        self.password = QLineEdit()
        self.password.setObjectName("dbPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(translate("WorkstationPages", "Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(translate("WorkstationPages", "In use now"), QLabel(db.name))
        form.addRow("", self.sqlite)
        form.addRow(translate("WorkstationPages", "File"), path_row)
        form.addRow("", self.postgres)
        form.addRow(translate("WorkstationPages", "Server URL"), self.url)
        form.addRow(translate("WorkstationPages", "Password"), self.password)
        if not secrets.keyring_available():
            form.addRow("", _hint(translate(
                "WorkstationPages",
                "No secure password store (keyring) is available on this computer. The "
                "password is not saved: InvoiceDesk asks for it at every start.",
            )))  # fmt: skip
        form.addRow("", self.test_button)
        form.addRow("", self.result)
        form.addRow(
            "",
            _hint(
                translate(
                    "WorkstationPages",
                    "A changed database is used from the next start of InvoiceDesk.",
                )
            ),
        )
        self.sqlite.toggled.connect(self._mode_changed)

    def title(self) -> str:
        return translate("WorkstationPages", "Database")

    def load(self) -> None:
        current = WorkstationSettings.load().database_url or self.db.url
        url = parse_database_url(str(current))
        if url.get_backend_name() == "sqlite":
            self.sqlite.setChecked(True)
            self.path.setText(url.database or "")
        else:
            self.postgres.setChecked(True)
            self.url.setText(url.set(password=None).render_as_string(hide_password=True))
            self.path.setText(parse_database_url(default_database_url()).database or "")
        self._mode_changed()
        self.loaded_now()

    def _mode_changed(self, *_a: object) -> None:
        use_sqlite = self.sqlite.isChecked()
        self.path.setEnabled(use_sqlite)
        self.url.setEnabled(not use_sqlite)
        self.password.setEnabled(not use_sqlite)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("WorkstationPages", "Database file"), self.path.text(),
            translate("WorkstationPages", "SQLite database (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if path:
            self.path.setText(path)
            self.changed = True

    def url_text(self) -> str:
        """The URL as entered (no password)."""
        if self.sqlite.isChecked():
            return f"sqlite:///{Path(self.path.text().strip()).as_posix()}"
        return self.url.text().strip()

    def problems(self) -> list[str]:
        try:
            url = parse_database_url(self.url_text())
        except InvoiceDeskError as exc:
            return [core_text(exc)]
        if url.password:
            return [
                translate(
                    "WorkstationPages",
                    "Leave the password out of the URL; type it in the password field.",
                )
            ]
        return []

    def test_connection(self) -> None:
        """Try the connection in the background and say what happened."""
        problems = self.problems()
        if problems:
            self.result.setText(problems[0])
            return
        self.test_button.setEnabled(False)
        self.result.setText(translate("WorkstationPages", "Connecting…"))
        run_task(check_connection, self.url_text(), self.password.text() or None,
                 on_done=self._tested, on_error=self._failed, owner=self,
                 label=translate("WorkstationPages", "Testing the connection"))  # fmt: skip

    def _tested(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result.setText("✓ " + core_text(message))

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(dialogs.error_text(exc))

    def job(self) -> Job | None:
        url_text, password = self.url_text(), self.password.text()

        def save() -> str | None:
            settings = WorkstationSettings.load()
            settings.database_url = url_text
            settings.save()
            if not password:
                return None
            name = display_url(url_text)
            try:
                secrets.set_secret("db", name, password)
            except secrets.KeyringUnavailable as exc:
                secrets.remember_for_session("db", name, password)
                return core_text(exc)
            return None

        return save


class IntakeFolderPage(SettingsPage):
    """The folders this workstation watches: incoming invoice files and bank statements."""

    admin_only = False
    object_name = "intakeFolderPage"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        form = QFormLayout(self)
        self.folder = self._folder_row(form, "watchFolder", translate(
            "WorkstationPages", "Watched folder"), translate(
            "WorkstationPages",
            "PDF and XML files put into this folder are taken in as supplier invoices. Files "
            "taken in move to its subfolder done/, files that cannot be read to failed/. "
            "Leave it empty to watch no folder.",
        ))  # fmt: skip
        self.bank_folder = self._folder_row(form, "bankWatchFolder", translate(
            "WorkstationPages", "Bank statements"), translate(
            "WorkstationPages",
            "CAMT.053 and MT940 files put into this folder are imported once and matched to "
            "invoices. Imported files move to done/, refused ones to failed/ with a .reason.txt "
            "file giving the reason. Leave it empty to watch no folder.",
        ))  # fmt: skip

    def _folder_row(self, form: QFormLayout, name: str, label: str, hint: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setPlaceholderText(translate("WorkstationPages", "(no folder watched)"))
        browse = QPushButton(translate("WorkstationPages", "Choose…"))
        browse.clicked.connect(lambda: self._browse(field, label))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(browse)
        form.addRow(label, row)
        form.addRow("", _hint(hint))
        return field

    def title(self) -> str:
        return translate("WorkstationPages", "Watched folders")

    def load(self) -> None:
        settings = WorkstationSettings.load()
        self.folder.setText(settings.watch_folder or "")
        self.bank_folder.setText(settings.bank_watch_folder or "")
        self.loaded_now()

    def _browse(self, field: QLineEdit, label: str) -> None:
        path = QFileDialog.getExistingDirectory(self, label, field.text())
        if path:
            field.setText(path)
            self.changed = True

    def problems(self) -> list[str]:
        missing = []
        for field in (self.folder, self.bank_folder):
            text = field.text().strip()
            if text and not Path(text).is_dir():
                missing.append(
                    translate("WorkstationPages", "The folder {path} does not exist.").format(
                        path=text
                    )
                )
        return missing

    def job(self) -> Job | None:
        folder = self.folder.text().strip() or None
        bank_folder = self.bank_folder.text().strip() or None

        def save() -> None:
            for chosen in (folder, bank_folder):
                if chosen:
                    for sub in ("done", "failed"):
                        (Path(chosen) / sub).mkdir(exist_ok=True)
            settings = WorkstationSettings.load()
            settings.watch_folder = folder
            settings.bank_watch_folder = bank_folder
            settings.save()

        return save


class LanguagePage(SettingsPage):
    """The language of the user interface (invoices follow the customer's language)."""

    admin_only = False
    object_name = "languagePage"
    needs_restart = True

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        self.language.addItem(translate("WorkstationPages", "As the system (automatic)"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        form = QFormLayout(self)
        form.addRow(translate("WorkstationPages", "Language"), self.language)
        form.addRow("", _hint(translate(
            "WorkstationPages",
            "Used after a restart (offered when you save). Invoices and e-mails are written in "
            "each customer's own language, whatever is chosen here.",
        )))  # fmt: skip

    def title(self) -> str:
        return translate("WorkstationPages", "Language")

    def load(self) -> None:
        chosen = WorkstationSettings.load().language
        self.language.setCurrentIndex(max(0, self.language.findData(chosen or "")))
        self.loaded_now()

    def job(self) -> Job | None:
        code = self.language.currentData() or None

        def save() -> None:
            settings = WorkstationSettings.load()
            settings.language = code
            settings.save()

        return save
