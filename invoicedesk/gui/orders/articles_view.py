"""Tools → Articles…: the articles list with search, and adding, changing and deleting articles.

The list asks the database as the clerk types (a quarter second after the last key); every
change goes through :mod:`invoicedesk.services.orders.articles` in the background, and what the
service refuses (a taken number, a negative price, an article used by orders) is shown as a
message; nothing is lost, the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.editor_save import read_form, store_and_close
from invoicedesk.gui.common.formats import parse_decimal
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.style import apply_style
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.orders.articles import (
    ArticleInfo,
    ArticleInput,
    create_article,
    delete_article,
    list_articles,
    update_article,
)
from invoicedesk.store.database import Database

COLUMNS = (
    QT_TRANSLATE_NOOP("ArticlesView", "Number / SKU"),
    QT_TRANSLATE_NOOP("ArticlesView", "Name"),
    QT_TRANSLATE_NOOP("ArticlesView", "Unit"),
    QT_TRANSLATE_NOOP("ArticlesView", "Net price"),
    QT_TRANSLATE_NOOP("ArticlesView", "VAT"),
    QT_TRANSLATE_NOOP("ArticlesView", "Origin"),
    QT_TRANSLATE_NOOP("ArticlesView", "Active"),
)
#: UN/ECE units a clerk picks from (any other code can be typed)
UNITS = {
    "C62": QT_TRANSLATE_NOOP("ArticlesView", "piece (C62)"),
    "H87": QT_TRANSLATE_NOOP("ArticlesView", "piece (H87)"),
    "HUR": QT_TRANSLATE_NOOP("ArticlesView", "hour"),
    "DAY": QT_TRANSLATE_NOOP("ArticlesView", "day"),
    "MON": QT_TRANSLATE_NOOP("ArticlesView", "month"),
    "KGM": QT_TRANSLATE_NOOP("ArticlesView", "kilogram"),
    "MTR": QT_TRANSLATE_NOOP("ArticlesView", "metre"),
    "LTR": QT_TRANSLATE_NOOP("ArticlesView", "litre"),
    "SET": QT_TRANSLATE_NOOP("ArticlesView", "set"),
}
LIMIT = 500
SEARCH_DELAY_MS = 250
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rate_text(rate: Decimal) -> str:
    """``19 %`` / ``5.5 %``."""
    return f"{rate.normalize():f} %"


class ArticleDialog(QDialog):
    """Enter a new article (``article=None``) or change one; ``saved`` holds the result."""

    def __init__(
        self, db: Database, actor: Actor, article: ArticleInfo | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.article = db, actor, article
        self.saved: ArticleInfo | None = None
        self.setObjectName("articleDialog")
        self.setWindowTitle(
            translate("ArticlesView", "Article {number}").format(number=article.number)
            if article
            else translate("ArticlesView", "New article")
        )
        self.setMinimumWidth(460)
        self.number = QLineEdit()
        self.number.setMaxLength(40)
        self.number.setPlaceholderText(translate("ArticlesView", "e.g. A-1004 (the shop's SKU)"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        for code, label in UNITS.items():
            self.unit.addItem(translate("ArticlesView", label), code)
        self.price = QLineEdit("0,00")
        self.price.setAlignment(_RIGHT)
        self.vat = QComboBox()
        self.vat.setEditable(True)
        self.vat.addItems(["19", "7", "0"])
        self.kind = QComboBox()
        self.kind.addItem(translate("ArticlesView", "Goods"), "goods")
        self.kind.addItem(translate("ArticlesView", "Service"), "service")
        self.kind.setToolTip(translate(
            "ArticlesView", "Decides the VAT abroad: reverse charge for services, a tax-free "
            "intra-EU supply or export for goods."))  # fmt: skip
        self.active = QCheckBox(translate("ArticlesView", "offered on new orders"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(translate("ArticlesView", "Number / SKU"), self.number)
        form.addRow(translate("ArticlesView", "Name"), self.name)
        form.addRow(translate("ArticlesView", "Unit"), self.unit)
        form.addRow(translate("ArticlesView", "Net price"), self.price)
        form.addRow(translate("ArticlesView", "VAT rate %"), self.vat)
        form.addRow(translate("ArticlesView", "Kind"), self.kind)
        form.addRow(translate("ArticlesView", "Active"), self.active)
        if article is not None and article.origin:
            note = QLabel(
                translate(
                    "ArticlesView", "Imported from the shop {shop}; a new import may change it."
                ).format(shop=article.origin)
            )
            note.setObjectName("hint")
            note.setWordWrap(True)
            form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        if article is not None:
            self.number.setText(article.number)
            self.name.setText(article.name)
            self._set_unit(article.unit)
            # the price as stored (up to four decimals), never rounded for the form
            whole, _, cents = format(article.price.normalize(), "f").partition(".")
            self.price.setText(f"{whole},{cents.ljust(2, '0')}")
            self.kind.setCurrentIndex(max(0, self.kind.findData(article.kind)))
            self.vat.setCurrentText(f"{article.vat_rate.normalize():f}")
            self.active.setChecked(article.active)

    def _set_unit(self, code: str) -> None:
        index = self.unit.findData(code)
        if index >= 0:
            self.unit.setCurrentIndex(index)
        else:
            self.unit.setEditText(code)

    def unit_code(self) -> str:
        """The chosen unit's code (a typed code as it is)."""
        text = self.unit.currentText().strip()
        index = self.unit.findText(text)
        return str(self.unit.itemData(index)) if index >= 0 else text.upper()

    def data(self) -> ArticleInput:
        """The form as service input (raises ValidationError on unreadable numbers)."""
        return ArticleInput(
            number=self.number.text(),
            name=self.name.text(),
            price=parse_decimal(self.price.text() or "0", translate("ArticlesView", "Net price")),
            vat_rate=parse_decimal(
                self.vat.currentText() or "0", translate("ArticlesView", "VAT rate")
            ),
            unit=self.unit_code(),
            active=self.active.isChecked(),
            kind=str(self.kind.currentData()),
        )

    def save(self) -> None:
        """Store the article in the background; the dialog closes once it is stored."""
        title = translate("ArticlesView", "Article not saved")
        data = read_form(self, title, self.data)
        if data is None:
            return
        fn: Callable[..., ArticleInfo] = create_article
        args: tuple[object, ...] = (self.db, self.actor, data)
        if self.article is not None:
            fn, args = update_article, (self.db, self.actor, self.article.id, data)
        store_and_close(self, title, translate("ArticlesView", "Saving article"), fn, *args)


class ArticlesView(QWidget):
    """A top-level window: search field, the list, and New / Edit / Delete."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.actor = db, actor
        self.articles: list[ArticleInfo] = []
        self.setObjectName("articlesView")
        self.setWindowTitle(translate("ArticlesView", "Articles"))
        self.resize(980, 600)
        apply_style(self)
        self.search = QLineEdit()
        self.search.setObjectName("articleSearch")
        self.search.setPlaceholderText(translate("ArticlesView", "Search number or name…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.new_button = QPushButton(translate("ArticlesView", "New article…"))
        self.edit_button = QPushButton(translate("ArticlesView", "Edit…"))
        self.delete_button = QPushButton(translate("ArticlesView", "Delete"))
        self.new_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("articleTable")
        self.table.setHorizontalHeaderLabels([translate("ArticlesView", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel("")
        self.status.setObjectName("articlesStatus")
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        """Load the articles matching the search (in the background)."""
        run_task(
            list_articles,
            self.db,
            self.search.text(),
            LIMIT + 1,
            on_done=self._show,
            owner=self,
            label=translate("ArticlesView", "Loading articles"),
        )

    def _show(self, articles: list[ArticleInfo]) -> None:
        keep = self.selected()
        self.articles = articles[:LIMIT]
        self.table.setRowCount(len(self.articles))
        for row, a in enumerate(self.articles):
            cells = (
                a.number,
                a.name,
                translate("ArticlesView", UNITS[a.unit]) if a.unit in UNITS else a.unit,
                formats.money(a.price),
                rate_text(a.vat_rate),
                a.origin or translate("ArticlesView", "entered by hand"),
                translate("ArticlesView", "yes") if a.active else translate("ArticlesView", "no"),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (3, 4):
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(row, col, item)
            if keep is not None and a.id == keep.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        more = len(articles) > LIMIT
        self.status.setText(
            translate(
                "ArticlesView",
                "The first {limit} articles are shown; refine the search to find others.",
            ).format(limit=LIMIT)
            if more
            else translate("ArticlesView", "%Ln article(s)", None, len(self.articles))
        )
        self._update_buttons()

    def selected(self) -> ArticleInfo | None:
        """The article of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.articles):
            return None
        return self.articles[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open(self, article: ArticleInfo | None) -> ArticleDialog:
        dialog = ArticleDialog(self.db, self.actor, article, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        self.dialog = dialog
        return dialog

    def edit_selected(self) -> None:
        """Open the selected article in the article dialog."""
        article = self.selected()
        if article is not None:
            self._open(article)

    def delete_selected(self) -> None:
        """Delete the selected article after asking; refused when orders use it."""
        article = self.selected()
        if article is None or not confirm(
            self,
            translate("ArticlesView", "Delete article"),
            translate("ArticlesView", "Delete the article {number} ({name})?").format(
                number=article.number, name=article.name
            ),
        ):
            return
        run_task(
            delete_article,
            self.db,
            self.actor,
            article.id,
            on_done=lambda _r: self.reload(),
            on_error=lambda exc: dialogs.show_error(
                self, translate("ArticlesView", "Article not deleted"), dialogs.error_text(exc)
            ),
            owner=self,
            label=translate("ArticlesView", "Deleting article"),
        )


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes/no (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
