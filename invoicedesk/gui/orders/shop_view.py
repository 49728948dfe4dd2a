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

from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.style import apply_style
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.orders.articles_view import confirm
from invoicedesk.services.orders.shop_import import (
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
SECRET_HINT = QT_TRANSLATE_NOOP("ShopView", "stored in the password store; leave empty to keep it")

#: examples shown in the empty fields (not language: the same in every translation)
URL_EXAMPLE, KEY_EXAMPLE, SECRET_EXAMPLE = "https://shop.example.com", "ck_…", "cs_…"


def import_named(db: Database, name: str, progress: object) -> ImportReport:
    """Worker: import everything from the stored shop ``name``."""
    return import_shop(db, shop_connector(db, name), progress)  # type: ignore[arg-type]


def import_file(db: Database, origin: str, path: Path, progress: object) -> ImportReport:
    """Worker: import a CSV or JSON export, its records marked with ``origin``."""
    return import_shop(db, FileConnector(origin, path), progress)  # type: ignore[arg-type]


def choose_import_file(parent: QWidget) -> Path | None:
    """Ask for a CSV or JSON export (tests replace this function)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("ShopView", "Import shop export"),
        "",
        translate("ShopView", "Shop exports (*.csv *.json);;All files (*)"),
    )
    return Path(name) if name else None


KINDS = (
    ("customers", QT_TRANSLATE_NOOP("ShopView", "Customers")),
    ("articles", QT_TRANSLATE_NOOP("ShopView", "Articles")),
    ("shipping", QT_TRANSLATE_NOOP("ShopView", "Shipping methods")),
    ("orders", QT_TRANSLATE_NOOP("ShopView", "Orders")),
)


def report_text(report: ImportReport) -> str:
    """The import report for the clerk: counts, then each merge and each problem."""
    parts = [translate("ShopView", "Import from {origin}").format(origin=report.origin)]
    new_text, updated_text = translate("ShopView", "new"), translate("ShopView", "updated")
    for kind, title in KINDS:
        new, updated = report.created.get(kind, 0), report.updated.get(kind, 0)
        label = translate("ShopView", title)
        parts.append(f"  {label:<18}{new:>5} {new_text} {updated:>5} {updated_text}")
    if report.merged:
        parts += ["", translate("ShopView", "Merged with existing records:")] + [
            f"  • {core_text(m)}" for m in report.merged
        ]
    if report.problems:
        parts += ["", translate("ShopView", "Not changed:")] + [
            f"  • {core_text(p)}" for p in report.problems
        ]
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
        self.setWindowTitle(translate("ShopView", "Shop connections"))
        self.resize(940, 620)
        apply_style(self)
        self.shops = QListWidget()
        self.shops.setObjectName("shopList")
        self.shops.currentTextChanged.connect(self._shop_selected)
        new, self.delete_button = (
            QPushButton(translate("ShopView", "New connection")),
            QPushButton(translate("ShopView", "Delete")),
        )
        new.clicked.connect(self.new_connection)
        self.delete_button.clicked.connect(self.delete_connection)
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("ShopView", "<b>WooCommerce shops</b>")))
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
        box = QGroupBox(translate("ShopView", "Connection"))
        self.name = QLineEdit()
        self.name.setMaxLength(50)
        self.name.setPlaceholderText(
            translate("ShopView", "a short name, e.g. teileshop (stored on imported records)")
        )
        self.url = QLineEdit()
        self.url.setPlaceholderText(URL_EXAMPLE)
        self.key = QLineEdit()
        self.key.setPlaceholderText(KEY_EXAMPLE)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(SECRET_EXAMPLE)
        hint = QLabel(
            translate(
                "ShopView",
                "WooCommerce → Settings → Advanced → REST API: a key with <i>Read</i> access. "
                "Key and secret are kept in this computer's password store, never in the database.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.save_button = QPushButton(translate("ShopView", "Save"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(translate("ShopView", "Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel("")
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("ShopView", "Name"), self.name)
        form.addRow(translate("ShopView", "Shop address"), self.url)
        form.addRow(translate("ShopView", "Consumer key"), self.key)
        form.addRow(translate("ShopView", "Consumer secret"), self.secret)
        v = QVBoxLayout(box)
        v.addLayout(form)
        v.addWidget(hint)
        v.addLayout(buttons)
        v.addWidget(self.test_result)
        return box

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(translate("ShopView", "Import"))
        self.import_button = QPushButton(translate("ShopView", "Import now"))
        self.import_button.setToolTip(
            translate("ShopView", "Customers, products, shipping methods and orders")
        )
        self.import_button.clicked.connect(self.import_now)
        self.file_button = QPushButton(translate("ShopView", "Import file…"))
        self.file_button.setToolTip(translate("ShopView", "A CSV or JSON export of another shop"))
        self.file_button.clicked.connect(self.import_file)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.progress_text = QLabel("")
        self.report = QPlainTextEdit()
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setPlaceholderText(
            translate("ShopView", "The report of the last import appears here.")
        )
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

        run_task(
            list_shops,
            self.db,
            on_done=done,
            owner=self,
            label=translate("ShopView", "Loading shops"),
        )

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
            self.secret.setPlaceholderText(
                translate("ShopView", SECRET_HINT)
                if shop.has_secret
                else translate("ShopView", "cs_… (missing)")
            )
            self.test_result.clear()
            self._update_buttons()

        run_task(
            get_shop,
            self.db,
            name,
            on_done=shown,
            owner=self,
            label=translate("ShopView", "Loading shop"),
            on_error=lambda exc: self._problem(translate("ShopView", "Shop connection"), exc),
        )

    def new_connection(self) -> None:
        """Empty the form for a new connection."""
        self.current = None
        self.shops.clearSelection()
        for field in (self.name, self.url, self.key, self.secret):
            field.clear()
        self.name.setReadOnly(False)
        self.secret.setPlaceholderText(SECRET_EXAMPLE)
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
            dialogs.show_error(
                self,
                translate("ShopView", "Shop not saved"),
                translate("ShopView", "Enter the consumer secret of the shop."),
            )
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
            label=translate("ShopView", "Saving shop"),
            on_error=lambda exc: self._problem(translate("ShopView", "Shop not saved"), exc),
        )

    def delete_connection(self) -> None:
        """Forget the chosen connection (imported customers, articles and orders stay)."""
        if self.current is None:
            return
        name = self.current.name
        if not confirm(
            self,
            translate("ShopView", "Delete shop connection"),
            translate(
                "ShopView", "Forget the shop {name} and its key? Imported records stay."
            ).format(name=name),
        ):
            return
        run_task(
            delete_shop,
            self.db,
            name,
            on_done=lambda _r: self.reload(),
            owner=self,
            label=translate("ShopView", "Deleting shop"),
        )

    def test_connection(self) -> None:
        """Ask the shop (as the form says, unsaved) for one product."""
        self.test_result.setStyleSheet("")
        self.test_result.setText(translate("ShopView", "Asking the shop…"))
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
            label=translate("ShopView", "Testing shop connection"),
        )

    # --- imports ----------------------------------------------------------------------------

    def import_now(self) -> None:
        """Import from the chosen shop in the background."""
        if self.current is not None:
            name = self.current.name
            self._start(
                import_named, name, translate("ShopView", "Importing from {shop}").format(shop=name)
            )

    def import_file(self) -> None:
        """Import a CSV or JSON export; its records are marked with a source name."""
        path = choose_import_file(self)
        if path is None:
            return
        default = self.current.name if self.current else path.stem
        origin = dialogs.ask_text(
            self,
            translate("ShopView", "Import file"),
            translate(
                "ShopView",
                "Which shop is the export from? (records are marked with it; "
                "importing it again updates them)",
            ),
            default,
        )
        if origin:
            label = translate("ShopView", "Importing {file}").format(file=path.name)
            self._start(import_file, origin[:50], path, label)

    def _start(self, fn: Callable[..., ImportReport], *args: object) -> None:
        *params, label = args
        self._update_buttons(busy=True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_text.setText(translate("ShopView", "{task}…").format(task=label))
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
        self.progress_text.setText(core_text(text))

    def _imported(self, report: ImportReport) -> None:
        self.progress.hide()
        self.progress_text.setText(translate("ShopView", "Import finished."))
        self.report.setPlainText(report_text(report))
        self._update_buttons()
        self.imported.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.progress_text.setText(translate("ShopView", "Import failed; nothing was stored."))
        self._update_buttons()
        dialogs.show_error(self, translate("ShopView", "Import failed"), dialogs.error_text(exc))

    def _problem(self, title: str, exc: BaseException) -> None:
        self._update_buttons()
        dialogs.show_error(self, title, dialogs.error_text(exc))
