"""The order editor: customer, order date, stage, *approved for invoicing*, invoice delivery and
the lines, picked from the articles list or typed in.

A new order takes the customer's preferred invoice delivery unless the clerk picks one. An
invoiced order is shown read-only. The live total carries the VAT the core decides for the
customer (:func:`invoicedesk.services.orders.order_tax.live_totals`, the same decision that
stores the order), so an export or intra-EU customer sees 0 %. Saving goes through
:mod:`invoicedesk.services.orders.orders` in the background; what the service refuses is shown
as a message and the editor stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.errors import InvoiceDeskError, ValidationError
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.tax import SupplyKind
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.commerce_labels import commerce_label
from invoicedesk.gui.common.customer_picker import CustomerPicker
from invoicedesk.gui.common.editor_save import read_form, store_and_close
from invoicedesk.gui.common.formats import parse_decimal
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.style import apply_style
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.orders.articles import ArticleInfo, list_articles
from invoicedesk.services.orders.order_tax import charged_tax, live_totals
from invoicedesk.services.orders.orders import (
    DELIVERIES,
    DELIVERY_LABELS,
    STAGE_LABELS,
    STAGES,
    OrderInfo,
    OrderInput,
    OrderLineInput,
    StoredOrder,
    create_order_as,
    load_order,
    update_order,
)
from invoicedesk.services.outgoing.customers import CustomerChoice, get_customer
from invoicedesk.services.settings.company import CompanySettings, tax_seller
from invoicedesk.store.database import Database

LINE_COLUMNS = (
    QT_TRANSLATE_NOOP("OrderEditor", "Article"),
    QT_TRANSLATE_NOOP("OrderEditor", "Description"),
    QT_TRANSLATE_NOOP("OrderEditor", "Qty"),
    QT_TRANSLATE_NOOP("OrderEditor", "Unit"),
    QT_TRANSLATE_NOOP("OrderEditor", "Net price"),
    QT_TRANSLATE_NOOP("OrderEditor", "VAT %"),
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
VAT_COLUMN = 5
#: item data of a *VAT %* cell showing a decided 0 %: the domestic rate it keeps
DOMESTIC = Qt.ItemDataRole.UserRole


def t_line(text: str, index: int) -> str:
    """A field name of line ``index`` (0-based) for error messages, translated."""
    return translate("OrderEditor", text).format(line=index + 1)


def _num(value: Decimal) -> str:
    return formats.quantity(value)


class OrderEditor(QDialog):
    """Create (``order_id=None``) or change an order; ``saved`` holds the stored order."""

    def __init__(
        self, db: Database, actor: Actor, order_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.order_id = db, actor, order_id
        self.stored: StoredOrder | None = None
        self.saved: OrderInfo | None = None
        self.articles: dict[str, ArticleInfo] = {}
        self.kinds: dict[str, str] = {}  # article number -> goods/service, for the tax decision
        self.seller: CompanySettings | None = None
        self.setObjectName("orderEditor")
        self.setWindowTitle(
            translate("OrderEditor", "Order")
            if order_id
            else translate("OrderEditor", "New sales order")
        )
        self.resize(900, 620)
        apply_style(self)
        self.customer = CustomerPicker(db)
        self.customer.chosen.connect(lambda _c: self._update_total())
        self.order_date = QDateEdit(QDate.currentDate())
        self.order_date.setCalendarPopup(True)
        self.order_date.setDisplayFormat(formats.date_edit_format())
        self.stage = QComboBox()
        for stage in STAGES:
            self.stage.addItem(commerce_label(STAGE_LABELS[stage]), stage)
        self.approved = QCheckBox(translate("OrderEditor", "approved for invoicing"))
        self.delivery = QComboBox()
        if order_id is None:
            self.delivery.addItem(translate("OrderEditor", "The customer's preference"), None)
        for code in DELIVERIES:
            self.delivery.addItem(commerce_label(DELIVERY_LABELS[code]), code)
        self.reverse_charge = QCheckBox(
            translate("OrderEditor", "reverse charge (EU customer with VAT ID, no VAT)")
        )
        self.reverse_charge.toggled.connect(lambda _on: self._update_total())
        self.reference = QLineEdit()
        self.reference.setMaxLength(100)
        self.reference.setPlaceholderText(
            translate("OrderEditor", "the customer's order number, if any")
        )
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(translate("OrderEditor", "printed on the invoice"))
        self.banner = QLabel("")
        self.banner.setObjectName("orderBanner")
        self.banner.setStyleSheet(
            "background: #fef3c7; color: #78350f; border: 1px solid #fcd34d;"
            " border-radius: 4px; padding: 6px 8px"
        )
        self.banner.setWordWrap(True)
        self.banner.hide()
        form = QFormLayout()
        form.addRow(translate("OrderEditor", "Customer"), self.customer)
        top = QHBoxLayout()
        for w in (
            self.order_date,
            QLabel(translate("OrderEditor", "Stage")),
            self.stage,
            self.approved,
        ):
            top.addWidget(w)
        top.addStretch(1)
        form.addRow(translate("OrderEditor", "Order date"), top)
        delivery = QHBoxLayout()
        delivery.addWidget(self.delivery)
        delivery.addWidget(self.reverse_charge)
        delivery.addStretch(1)
        form.addRow(translate("OrderEditor", "Invoice delivery"), delivery)
        form.addRow(translate("OrderEditor", "Customer reference"), self.reference)
        form.addRow(translate("OrderEditor", "Notes"), self.notes)
        self.lines = QTableWidget(0, len(LINE_COLUMNS))
        self.lines.setObjectName("orderLines")
        self.lines.setHorizontalHeaderLabels([translate("OrderEditor", c) for c in LINE_COLUMNS])
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 110), (2, 60), (3, 60), (4, 100), (5, 60)):
            self.lines.setColumnWidth(col, width)
        self.lines.itemChanged.connect(lambda _i: self._update_total())
        self.article_pick = QComboBox()
        self.article_pick.setObjectName("articlePick")
        self.article_pick.setEditable(True)
        self.article_pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.article_pick.setMinimumContentsLength(36)
        completer = QCompleter(self.article_pick.model(), self.article_pick)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.article_pick.setCompleter(completer)
        edit = self.article_pick.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(translate("OrderEditor", "Type an article number or name…"))
        self.add_article_button = QPushButton(translate("OrderEditor", "Add article"))
        self.add_article_button.clicked.connect(self.add_picked_article)
        self.add_line_button = QPushButton(translate("OrderEditor", "Add free line"))
        self.add_line_button.clicked.connect(
            lambda: self.add_line(OrderLineInput(Decimal(1), None, "", Decimal(0), Decimal(19)))
        )
        self.remove_line_button = QPushButton(translate("OrderEditor", "Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)
        self.total = QLabel("")
        self.total.setObjectName("orderTotal")
        line_bar = QHBoxLayout()
        line_bar.addWidget(self.article_pick)
        for b in (self.add_article_button, self.add_line_button, self.remove_line_button):
            line_bar.addWidget(b)
        line_bar.addStretch(1)
        line_bar.addWidget(self.total)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(form)
        lay.addLayout(line_bar)
        lay.addWidget(self.lines, 1)
        lay.addWidget(self.buttons)
        run_task(tax_seller, db, on_done=self._seller_loaded, owner=self,
                 label=translate("OrderEditor", "Reading the company's tax data"))  # fmt: skip
        run_task(
            list_articles,
            db,
            "",
            5000,
            on_done=self._articles,
            owner=self,
            label=translate("OrderEditor", "Loading articles"),
        )
        if order_id is not None:
            self.setEnabled(False)
            run_task(
                self._load,
                db,
                order_id,
                on_done=self._fill,
                owner=self,
                label=translate("OrderEditor", "Loading order"),
            )
        self._update_total()

    # --- loading ----------------------------------------------------------------------------

    @staticmethod
    def _load(db: Database, order_id: int) -> tuple[StoredOrder, object]:
        stored = load_order(db, order_id)
        return stored, get_customer(db, stored.data.party_id)

    def _fill(self, loaded: tuple[StoredOrder, object]) -> None:
        stored, customer = loaded
        self.stored = stored
        data = stored.data
        self.setWindowTitle(translate("OrderEditor", "Order {number}").format(number=stored.number))
        self.customer.set_customer(customer)  # type: ignore[arg-type]
        self.order_date.setDate(QDate(data.order_date))
        self.stage.setCurrentIndex(self.stage.findData(data.stage))
        self.approved.setChecked(data.approved)
        self.delivery.setCurrentIndex(max(0, self.delivery.findData(data.delivery)))
        self.reverse_charge.setChecked(data.reverse_charge)
        self.reference.setText(data.customer_reference)
        self.notes.setText(data.notes)
        self.lines.setRowCount(0)
        for line in data.lines:
            self.add_line(line)
        self.setEnabled(True)
        if stored.invoiced:
            self.banner.setText(
                translate(
                    "OrderEditor",
                    "Order {number} is invoiced: it can no longer change. "
                    "Open the invoice from the orders list.",
                ).format(number=stored.number)
            )
            self.banner.show()
            self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.reference.setPlaceholderText("")
            self.notes.setPlaceholderText("")
            for w in (
                self.customer,
                self.order_date,
                self.stage,
                self.approved,
                self.delivery,
                self.reverse_charge,
                self.reference,
                self.notes,
                self.article_pick,
                self.add_article_button,
                self.add_line_button,
                self.remove_line_button,
            ):
                w.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                translate("OrderEditor", "Close")
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def _seller_loaded(self, seller: CompanySettings) -> None:
        self.seller = seller
        self._update_total()

    def _articles(self, articles: list[ArticleInfo]) -> None:
        self.article_pick.clear()
        self.kinds = {a.number: a.kind for a in articles}
        for a in articles:
            if a.active:
                label = f"{a.number} — {a.name} ({formats.money(a.price)})"
                self.articles[label] = a
                self.article_pick.addItem(label)
        self.article_pick.setCurrentIndex(-1)
        self._update_total()

    # --- lines ------------------------------------------------------------------------------

    def add_line(self, line: OrderLineInput) -> None:
        """Append one line to the table."""
        row = self.lines.rowCount()
        self.lines.blockSignals(True)
        self.lines.insertRow(row)
        values = [
            line.article_no or "",
            line.description,
            _num(line.quantity),
            line.unit or "C62",
            formats.price(line.unit_price or 0),
            _num(line.vat_rate if line.vat_rate is not None else Decimal(19)),
        ]
        for col, text in enumerate(values):
            item = QTableWidgetItem(text)
            if col in (2, 4, 5):
                item.setTextAlignment(_RIGHT)
            self.lines.setItem(row, col, item)
        self.lines.blockSignals(False)
        self._update_total()

    def add_picked_article(self) -> None:
        """Add the article chosen in the article field as a new line (quantity 1)."""
        text = self.article_pick.currentText().strip()
        article = self.articles.get(text) or next(
            (a for a in self.articles.values() if a.number == text), None
        )
        if article is None:
            dialogs.show_error(
                self,
                translate("OrderEditor", "Article"),
                translate("OrderEditor", "There is no active article '{text}'.").format(text=text),
            )
            return
        self.add_line(
            OrderLineInput(
                Decimal(1),
                article.number,
                article.name,
                article.price,
                article.vat_rate,
                article.unit,
            )
        )
        self.article_pick.setCurrentIndex(-1)
        self.article_pick.clearEditText()

    def remove_line(self) -> None:
        """Remove the selected line."""
        if self.lines.currentRow() >= 0:
            self.lines.removeRow(self.lines.currentRow())
            self._update_total()

    def _cells(self, row: int) -> list[str]:
        """The row's texts; the *VAT %* cell's domestic rate while it shows a decided 0 %."""
        items = [self.lines.item(row, c) for c in range(len(LINE_COLUMNS))]
        texts = [item.text().strip() if item is not None else "" for item in items]
        vat_item = items[VAT_COLUMN]
        kept = vat_item.data(DOMESTIC) if vat_item is not None else None
        if kept is not None:
            texts[VAT_COLUMN] = str(kept)
        return texts

    def _show_charged_rates(self, customer: CustomerChoice | None) -> None:
        """The *VAT %* column shows the rate the core charges this customer (as the total
        does): a decided 0 % (export, intra-EU, reverse charge) is read-only with a tooltip and
        keeps the domestic rate for saving and for a change of customer."""
        reverse = self.reverse_charge.isChecked()
        self.lines.blockSignals(True)
        try:
            for row in range(self.lines.rowCount()):
                item = self.lines.item(row, VAT_COLUMN)
                if item is None:
                    continue
                text = self._cells(row)[VAT_COLUMN]
                tax = None
                if customer is not None and self.seller is not None and text:
                    try:
                        vat = QT_TRANSLATE_NOOP("OrderEditor", "Line {line}, VAT")
                        rate = parse_decimal(text, t_line(vat, row))
                        kind = self.kinds.get(self._cells(row)[0], SupplyKind.GOODS.value)
                        tax = charged_tax(self.seller, customer, rate, kind, row + 1, reverse)
                    except InvoiceDeskError:
                        tax = None
                if tax is not None and tax.zeroed:
                    item.setData(DOMESTIC, text)
                    item.setText(_num(tax.rate))
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(
                        translate(
                            "OrderEditor",
                            "VAT category {category}: decided for this customer, charged at "
                            "0 %. The domestic rate {rate} % is kept for a change of customer.",
                        ).format(category=tax.category, rate=text)
                    )
                elif item.data(DOMESTIC) is not None:  # charged again: the domestic rate
                    item.setData(DOMESTIC, None)
                    item.setText(text)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip("")
        finally:
            self.lines.blockSignals(False)

    def line_inputs(self) -> list[OrderLineInput]:
        """The lines as service input (raises ValidationError on unreadable numbers)."""
        lines = []
        for i in range(self.lines.rowCount()):
            cell = self._cells(i)
            if not any(cell[:2]) and cell[4] in ("", "0,00", "0"):
                continue  # an empty line the clerk added and did not fill
            quantity = QT_TRANSLATE_NOOP("OrderEditor", "Line {line}, quantity")
            price = QT_TRANSLATE_NOOP("OrderEditor", "Line {line}, price")
            vat = QT_TRANSLATE_NOOP("OrderEditor", "Line {line}, VAT")
            lines.append(
                OrderLineInput(
                    quantity=parse_decimal(cell[2] or "1", t_line(quantity, i)),
                    article_no=cell[0] or None,
                    description=cell[1],
                    unit_price=parse_decimal(cell[4], t_line(price, i)) if cell[4] else None,
                    vat_rate=parse_decimal(cell[5], t_line(vat, i)) if cell[5] else None,
                    unit=cell[3] or None,
                )
            )
        return lines

    def _currency(self) -> str:
        return self.stored.data.currency if self.stored else "EUR"

    def _update_total(self) -> None:
        """Show net and gross with the VAT the core decides for this customer; "—" while a
        cell is not a number or the customer (or the company's tax data) is not known yet."""
        unknown = translate("OrderEditor", "Total: —")
        try:
            lines = [ln for ln in self.line_inputs() if ln.unit_price is not None]
        except ValidationError:
            self.total.setText(unknown)
            return
        currency = self._currency()
        if not lines:
            zero = formats.money(ZERO, currency)
            self.total.setText(translate("OrderEditor", "Total: {gross}").format(gross=zero))
            return
        buyer = self.customer.customer
        self._show_charged_rates(buyer)
        if buyer is None or self.seller is None:
            self.total.setText(unknown)
            return
        reverse = self.reverse_charge.isChecked()
        try:
            totals = live_totals(self.seller, buyer, lines, reverse, self.kinds)
        except InvoiceDeskError:
            self.total.setText(unknown)
            return
        net, gross = formats.money(totals.net, currency), formats.money(totals.gross, currency)
        self.total.setText(
            translate("OrderEditor", "Net {net}  ·  Total {gross}").format(net=net, gross=gross)
        )

    # --- saving -----------------------------------------------------------------------------

    def data(self) -> OrderInput:
        """The form as service input (raises ValidationError on missing or unreadable data)."""
        if self.customer.customer is None:
            raise ValidationError(
                translate("OrderEditor", "Choose the customer first (type a name and pick it).")
            )
        day: date = self.order_date.date().toPython()  # type: ignore[assignment]
        return OrderInput(
            party_id=self.customer.customer.id,
            lines=self.line_inputs(),
            order_date=day,
            stage=str(self.stage.currentData()),
            closed_on=self.stored.data.closed_on if self.stored else None,
            approved=self.approved.isChecked(),
            delivery=self.delivery.currentData(),
            reverse_charge=self.reverse_charge.isChecked(),
            customer_reference=self.reference.text().strip(),
            notes=self.notes.text().strip(),
            shipping_method_id=self.stored.data.shipping_method_id if self.stored else None,
            currency=self.stored.data.currency if self.stored else "EUR",
        )

    def save(self) -> None:
        """Store the order in the background; the editor closes when it is stored."""
        title = translate("OrderEditor", "Order not saved")
        data = read_form(self, title, self.data)
        if data is None:
            return
        fn: Callable[..., OrderInfo] = create_order_as
        args: tuple[object, ...] = (self.db, self.actor, data)
        if self.stored is not None:
            fn = update_order
            args = (self.db, self.actor, self.stored.id, data, self.stored.version)
        store_and_close(self, title, translate("OrderEditor", "Saving order"), fn, *args)
