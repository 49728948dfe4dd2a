"""Tools → Shop connections…: the WooCommerce connections, *Test connection*, *Import now* and
*Import file…* (CSV/JSON exports of other shops), with the merge report of each import.

The base URL is kept in the settings; the consumer key and secret only in the computer's
password store (:mod:`invoicedesk.secrets`): the secret field is never filled from it, and left
empty it keeps the stored secret. Testing and importing run in the background with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui import dialogs
from invoicedesk.gui.articles_view import confirm
from invoicedesk.gui.style import apply_style
from invoicedesk.gui.tasks import run_task
from invoicedesk.services.shop_import import (
    ImportReport,
    ShopConnection,
    check_shop,
    delete_shop,
    get_shop,
    import_shop,
    list_shops,
    save_shop,
    shop_connector,
)
from invoicedesk.shop.file_import import FileConnector
from invoicedesk.store.database import Database

#: placeholder of the secret field of a stored connection (a hint, not a secret)
SECRET_HINT = "stored in the password store; leave empty to keep it"  # noqa: S105


def import_named(db: Database, name: str, progress: object) -> ImportReport:
    """Worker: import everything from the stored shop ``name``."""
    return import_shop(db, shop_connector(db, name), progress)  # type: ignore[arg-type]


def import_file(db: Database, origin: str, path: Path, progress: object) -> ImportReport:
    """Worker: import a CSV or JSON export, its records marked with ``origin``."""
    return import_shop(db, FileConnector(origin, path), progress)  # type: ignore[arg-type]


def choose_import_file(parent: QWidget) -> Path | None:
    """Ask for a CSV or JSON export (tests replace this function)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, "Import shop export", "", "Shop exports (*.csv *.json);;All files (*)"
    )
    return Path(name) if name else None


KINDS = (
    ("customers", "Customers"),
    ("articles", "Articles"),
    ("shipping", "Shipping methods"),
    ("orders", "Orders"),
)


def report_text(report: ImportReport) -> str:
    """The import report for the clerk: counts, then each merge and each problem."""
    parts = [f"Import from {report.origin}"]
    for kind, title in KINDS:
        new, updated = report.created.get(kind, 0), report.updated.get(kind, 0)
        parts.append(f"  {title:<18}{new:>5} new {updated:>5} updated")
    if report.merged:
        parts += ["", "Merged with existing records:"] + [f"  • {m}" for m in report.merged]
    if report.problems:
        parts += ["", "Not changed:"] + [f"  • {p}" for p in report.problems]
    return "\n".join(parts)


class ShopView(QWidget):
    """A top-level window: connections on the left, the chosen one's form and imports right."""

    #: an import stored records (the orders list may reload)
    imported = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.current: ShopConnection | None = None
        self.setObjectName("shopView")
        self.setWindowTitle("Shop connections")
        self.resize(940, 620)
        apply_style(self)
        self.shops = QListWidget()
        self.shops.setObjectName("shopList")
        self.shops.currentTextChanged.connect(self._shop_selected)
        new, self.delete_button = QPushButton("New connection"), QPushButton("Delete")
        new.clicked.connect(self.new_connection)
        self.delete_button.clicked.connect(self.delete_connection)
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>WooCommerce shops</b>"))
        left.addWidget(self.shops, 1)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self._connection_box())
        right.addWidget(self._import_box(), 1)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 1)
        lay.addLayout(right, 3)
        self.reload()

    def _connection_box(self) -> QGroupBox:
        box = QGroupBox("Connection")
        self.name = QLineEdit()
        self.name.setMaxLength(50)
        self.name.setPlaceholderText("a short name, e.g. teileshop (stored on imported records)")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://shop.example.com")
        self.key = QLineEdit()
        self.key.setPlaceholderText("ck_…")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("cs_…")
        hint = QLabel(
            "WooCommerce → Settings → Advanced → REST API: a key with <i>Read</i> access. "
            "Key and secret are kept in this computer's password store, never in the database."
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.save_button = QPushButton("Save")
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton("Test connection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel("")
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Shop address", self.url)
        form.addRow("Consumer key", self.key)
        form.addRow("Consumer secret", self.secret)
        v = QVBoxLayout(box)
        v.addLayout(form)
        v.addWidget(hint)
        v.addLayout(buttons)
        v.addWidget(self.test_result)
        return box

    def _import_box(self) -> QGroupBox:
        box = QGroupBox("Import")
        self.import_button = QPushButton("Import now")
        self.import_button.setToolTip("Customers, products, shipping methods and orders")
        self.import_button.clicked.connect(self.import_now)
        self.file_button = QPushButton("Import file…")
        self.file_button.setToolTip("A CSV or JSON export of another shop")
        self.file_button.clicked.connect(self.import_file)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.progress_text = QLabel("")
        self.report = QPlainTextEdit()
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setPlaceholderText("The report of the last import appears here.")
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.file_button)
        bar.addStretch(1)
        v = QVBoxLayout(box)
        v.addLayout(bar)
        v.addWidget(self.progress)
        v.addWidget(self.progress_text)
        v.addWidget(self.report, 1)
        return box

    # --- connections ------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Load the names of the stored connections."""

        def done(names: list[str]) -> None:
            self.shops.blockSignals(True)
            self.shops.clear()
            self.shops.addItems(names)
            self.shops.blockSignals(False)
            wanted = select if select in names else (names[0] if names else None)
            if wanted is None:
                self.new_connection()
            else:
                self.shops.setCurrentRow(names.index(wanted))
                self._shop_selected(wanted)

        run_task(list_shops, self.db, on_done=done, owner=self, label="Loading shops")

    def _shop_selected(self, name: str) -> None:
        if not name:
            return

        def shown(shop: ShopConnection) -> None:
            self.current = shop
            self.name.setText(shop.name)
            self.name.setReadOnly(True)
            self.url.setText(shop.base_url)
            self.key.setText(shop.key)
            self.secret.clear()
            self.secret.setPlaceholderText(SECRET_HINT if shop.has_secret else "cs_… (missing)")
            self.test_result.clear()
            self._update_buttons()

        run_task(
            get_shop,
            self.db,
            name,
            on_done=shown,
            owner=self,
            label="Loading shop",
            on_error=lambda exc: self._problem("Shop connection", exc),
        )

    def new_connection(self) -> None:
        """Empty the form for a new connection."""
        self.current = None
        self.shops.clearSelection()
        for field in (self.name, self.url, self.key, self.secret):
            field.clear()
        self.name.setReadOnly(False)
        self.secret.setPlaceholderText("cs_…")
        self.test_result.clear()
        self._update_buttons()
        self.name.setFocus()

    def _update_buttons(self, busy: bool = False) -> None:
        stored = self.current is not None
        self.delete_button.setEnabled(stored and not busy)
        self.import_button.setEnabled(stored and not busy)
        self.file_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)

    def save(self) -> None:
        """Store the connection (address in the settings, key and secret in the keyring)."""
        name, url, key = self.name.text().strip(), self.url.text().strip(), self.key.text().strip()
        secret = self.secret.text().strip()
        if self.current is None and not secret:
            dialogs.show_error(self, "Shop not saved", "Enter the consumer secret of the shop.")
            return
        run_task(
            save_shop,
            self.db,
            name,
            url,
            key,
            secret,
            on_done=lambda _r: self.reload(select=name),
            owner=self,
            label="Saving shop",
            on_error=lambda exc: self._problem("Shop not saved", exc),
        )

    def delete_connection(self) -> None:
        """Forget the chosen connection (imported customers, articles and orders stay)."""
        if self.current is None:
            return
        name = self.current.name
        if not confirm(
            self,
            "Delete shop connection",
            f"Forget the shop {name} and its key? Imported records stay.",
        ):
            return
        run_task(
            delete_shop,
            self.db,
            name,
            on_done=lambda _r: self.reload(),
            owner=self,
            label="Deleting shop",
        )

    def test_connection(self) -> None:
        """Ask the shop (as the form says, unsaved) for one product."""
        self.test_result.setStyleSheet("")
        self.test_result.setText("Asking the shop…")
        self._update_buttons(busy=True)

        def done(text: str) -> None:
            self._update_buttons()
            self.test_result.setStyleSheet("color: #047857")
            self.test_result.setText("✔ " + text)

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            self.test_result.setStyleSheet("color: #b91c1c")
            self.test_result.setText("✘ " + dialogs.error_text(exc))

        run_task(
            check_shop,
            self.name.text().strip(),
            self.url.text().strip(),
            self.key.text().strip(),
            self.secret.text().strip(),
            on_done=done,
            on_error=failed,
            owner=self,
            label="Testing shop connection",
        )

    # --- imports ----------------------------------------------------------------------------

    def import_now(self) -> None:
        """Import from the chosen shop in the background."""
        if self.current is not None:
            self._start(import_named, self.current.name, f"Importing from {self.current.name}")

    def import_file(self) -> None:
        """Import a CSV or JSON export; its records are marked with a source name."""
        path = choose_import_file(self)
        if path is None:
            return
        default = self.current.name if self.current else path.stem
        origin = dialogs.ask_text(
            self,
            "Import file",
            "Which shop is the export from? (records are marked with it; "
            "importing it again updates them)",
            default,
        )
        if origin:
            self._start(import_file, origin[:50], path, f"Importing {path.name}")

    def _start(self, fn: Callable[..., ImportReport], *args: object) -> None:
        *params, label = args
        self._update_buttons(busy=True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_text.setText(f"{label}…")
        run_task(
            fn,
            self.db,
            *params,
            on_done=self._imported,
            on_progress=self._progressed,
            on_error=self._import_failed,
            owner=self,
            label=str(label),
        )

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_text.setText(text)

    def _imported(self, report: ImportReport) -> None:
        self.progress.hide()
        self.progress_text.setText("Import finished.")
        self.report.setPlainText(report_text(report))
        self._update_buttons()
        self.imported.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.progress_text.setText("Import failed; nothing was stored.")
        self._update_buttons()
        dialogs.show_error(self, "Import failed", dialogs.error_text(exc))

    def _problem(self, title: str, exc: BaseException) -> None:
        self._update_buttons()
        dialogs.show_error(self, title, dialogs.error_text(exc))
