"""Tools → Sales orders…: the list (columns, stage filter, search, SQL paging), the order editor
(new order from articles with the customer's delivery, validation messages, editing, invoiced
orders read-only), stage and approval, the delivery note PDF and opening the invoice case."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import func, insert, select

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.orders.orders_model import COLUMN
from invoicedesk.gui.orders.orders_view import OrdersView
from invoicedesk.services.billing.runs import RowSpec
from invoicedesk.services.orders.listing import PAGE_SIZE
from invoicedesk.services.outgoing.customers import get_customer
from invoicedesk.store.models.orders import DeliveryNote, SalesOrder
from tests.gui.conftest import settle
from tests.integration.test_billing_runs import add_customer, add_order, process, setup

D = Decimal


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages shown to the clerk (instead of modal boxes)."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: shown.append(text))
    return shown


class Desk:
    """What the view asked the desk to do: files opened, cases shown."""

    def __init__(self) -> None:
        self.opened: list[Path] = []
        self.cases: list[int] = []

    def opener(self, path: Path) -> bool:
        self.opened.append(path)
        return True


def _data(db: Any) -> dict[str, int]:
    setup(db)
    brandt = add_customer(db, "Autohaus Brandt GmbH")
    post = add_customer(db, "Hotel Zur Post", preferred_delivery="print")
    ids = {
        "won": add_order(db, brandt),
        "open": add_order(db, brandt, stage="open", closed=None, approved=False),
        "canceled": add_order(db, post, stage="canceled", approved=False),
        "shop": add_order(db, post, origin="teileshop", remote_id="1041", number="TEILESHOP-1041"),
    }
    return {**ids, "brandt": brandt, "post": post}


def _view(qtbot: Any, db: Any, desk: Desk) -> OrdersView:
    view = OrdersView(db, Actor.system(), desk.opener, desk.cases.append)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    return view


def _cell(view: OrdersView, row: int, key: str) -> str:
    return str(view.model.index(row, COLUMN[key]).data())


def _select(qtbot: Any, view: OrdersView, order_id: int) -> int:
    settle(qtbot)
    row = view.model.row_of(order_id)
    assert row is not None
    view.table.selectRow(row)
    return row


def test_columns_filter_and_search(qtbot: Any, db: Any) -> None:
    ids = _data(db)
    view = _view(qtbot, db, Desk())
    assert view.model.rowCount() == 4 and view.status.text() == "4 orders"
    row = view.model.row_of(ids["shop"])
    assert row is not None
    assert _cell(view, row, "customer") == "Hotel Zur Post"
    assert _cell(view, row, "origin") == "teileshop #1041"
    assert _cell(view, row, "stage").startswith("Won / closed")
    assert _cell(view, row, "approved") == "✔ approved"
    assert _cell(view, row, "delivery") == "Print"  # inherited from the customer
    assert _cell(view, row, "gross") == "428,40 EUR"  # 1 × 120 + 2 × 120, 19 %
    assert _cell(view, view.model.row_of(ids["won"]) or 0, "origin") == "entered by hand"
    view.stage_filter.setCurrentIndex(view.stage_filter.findData("open"))
    settle(qtbot)
    assert [r.id for r in view.model.rows] == [ids["open"]]
    view.stage_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "zur post")
    qtbot.waitUntil(lambda: view.model.filter.text == "zur post", timeout=5000)
    settle(qtbot)
    assert {r.id for r in view.model.rows} == {ids["canceled"], ids["shop"]}
    view.search.setText("1041")
    view.apply_filter()
    settle(qtbot)
    assert [r.id for r in view.model.rows] == [ids["shop"]]
    view.search.setText("nothing like this")
    view.apply_filter()
    settle(qtbot)
    assert view.model.rowCount() == 0 and view.status.text() == "No orders match."


def test_large_list_is_paged_and_sorted_in_sql(qtbot: Any, db: Any) -> None:
    ids = _data(db)
    rows = [
        {
            "number": f"AU-2025-{i:05d}",
            "party_id": ids["brandt"],
            "stage": "won",
            "order_date": date(2025, 1, 1 + i % 28),
            "approved": True,
            "delivery": "email",
            "currency": "EUR",
            "net": D(i),
            "gross": D(i),
            "version": 1,
        }
        for i in range(1, 451)
    ]
    with db.write() as s:
        s.execute(insert(SalesOrder), rows)
    view = _view(qtbot, db, Desk())
    assert view.model.total == 454 and view.model.rowCount() == PAGE_SIZE
    assert view.model.canFetchMore()
    view.model.fetchMore()
    settle(qtbot)
    assert view.model.rowCount() == 2 * PAGE_SIZE
    view.table.scrollToBottom()  # Qt asks for the rest itself
    qtbot.waitUntil(lambda: view.model.rowCount() == 454, timeout=10000)
    assert len({r.id for r in view.model.rows}) == 454
    view.table.sortByColumn(COLUMN["gross"], Qt.SortOrder.DescendingOrder)
    settle(qtbot)
    assert _cell(view, 0, "gross") == "450,00 EUR" and view.model.rowCount() == PAGE_SIZE


def test_new_order_from_articles_and_validation(qtbot: Any, db: Any, errors: list[str]) -> None:
    ids = _data(db)
    view = _view(qtbot, db, Desk())
    editor = view.open_editor(None)
    settle(qtbot)
    editor.save()
    assert errors[-1].startswith("Choose the customer first")
    editor.customer.set_customer(get_customer(db, ids["post"]))
    editor.save()
    settle(qtbot)
    assert errors[-1] == "An order needs at least one line." and editor.isVisible()
    editor.article_pick.setCurrentText("A-1002")
    editor.add_picked_article()
    editor.add_line_button.click()
    row = editor.lines.rowCount() - 1
    editor.lines.item(row, 1).setText("Altteilentsorgung")  # type: ignore[union-attr]
    editor.lines.item(row, 2).setText("2")  # type: ignore[union-attr]
    editor.lines.item(row, 4).setText("12,50")  # type: ignore[union-attr]
    editor.lines.item(row, 5).setText("zwei")  # type: ignore[union-attr]
    editor.save()
    assert errors[-1] == "Line 2, VAT: 'zwei' is not a number."
    assert editor.total.text() == "Total: —"
    editor.lines.item(row, 5).setText("19")  # type: ignore[union-attr]
    assert "Net" in editor.total.text() and "Total" in editor.total.text()
    editor.save()
    settle(qtbot)
    assert editor.saved is not None and not editor.isVisible()
    settle(qtbot)
    with db.read() as s:
        order = s.get(SalesOrder, editor.saved.id)
        assert order is not None and order.delivery == "print"  # the customer's preference
        assert [ln.article_no for ln in order.lines] == ["A-1002", None]
        assert order.lines[1].quantity == D(2) and order.net == order.lines[0].unit_price + D(25)
        assert order.created_by_id is None and order.stage == "open"
    assert view.model.row_of(editor.saved.id) is not None


@pytest.mark.parametrize(
    ("country", "vat_id", "category", "gross"),
    [
        ("DE", None, "S", "119,00 EUR"),  # domestic: 19 %
        ("CH", None, "G", "100,00 EUR"),  # export of goods: 0 %
        ("NL", "NL123456782B01", "K", "100,00 EUR"),  # intra-EU goods to a business: 0 %
    ],
)
def test_live_total_shows_the_vat_the_core_decides(
    qtbot: Any, db: Any, errors: list[str], country: str, vat_id: str | None, category: str,
    gross: str,
) -> None:  # fmt: skip
    """The editor's total carries the VAT the stored order (and its invoice) will charge: an
    export or intra-EU business customer's order has 0 VAT (gross = net), a domestic one 19 %."""
    setup(db)
    party = add_customer(db, "Kunde AG", country=country, vat_id=vat_id)
    view = _view(qtbot, db, Desk())
    editor = view.open_editor(None)
    settle(qtbot)
    assert editor.total.text() == "Total: 0,00 EUR"
    editor.customer.set_customer(get_customer(db, party))
    editor.add_line_button.click()
    for col, text in ((1, "Bremsscheibe"), (2, "4"), (4, "25,00"), (5, "19")):
        editor.lines.item(0, col).setText(text)  # type: ignore[union-attr]
    settle(qtbot)
    assert editor.total.text() == f"Net 100,00 EUR  ·  Total {gross}"
    # the VAT % column shows the rate the core charges, as the total does (and the collective
    # view): a decided 0 % is read-only, explains itself and keeps the domestic 19 for saving
    cell = editor.lines.item(0, 5)
    assert cell is not None
    editable = bool(cell.flags() & Qt.ItemFlag.ItemIsEditable)
    if category == "S":
        assert (cell.text(), editable, cell.toolTip()) == ("19", True, "")
    else:
        assert (cell.text(), editable) == ("0", False)
        assert f"VAT category {category}" in cell.toolTip() and "19 %" in cell.toolTip()
        domestic = add_customer(db, "Inland GmbH", country="DE")
        editor.customer.set_customer(get_customer(db, domestic))
        settle(qtbot)
        assert (cell.text(), bool(cell.flags() & Qt.ItemFlag.ItemIsEditable)) == ("19", True)
        assert editor.total.text() == "Net 100,00 EUR  ·  Total 119,00 EUR"
        editor.customer.set_customer(get_customer(db, party))
        settle(qtbot)
        assert cell.text() == "0" and editor.total.text() == f"Net 100,00 EUR  ·  Total {gross}"
    editor.save()
    settle(qtbot)
    assert editor.saved is not None and not errors
    with db.read() as s:
        order = s.get(SalesOrder, editor.saved.id)
        assert order is not None and [ln.vat_category for ln in order.lines] == [category]
        assert (order.net, order.gross) == (D("100.00"), D(gross.split()[0].replace(",", ".")))


def test_edit_stage_approval_note_and_invoice(qtbot: Any, db: Any, errors: list[str]) -> None:
    ids = _data(db)
    process(db, [RowSpec(ids["won"], "create_only")])
    desk = Desk()
    view = _view(qtbot, db, desk)
    # edit the open order: approve it and change the delivery
    _select(qtbot, view, ids["open"])
    assert view.approve_button.text() == "Approve for invoicing"
    assert not view.invoice_button.isEnabled()
    view.edit_selected()
    editor = view.editor
    assert editor is not None
    settle(qtbot)
    assert editor.lines.rowCount() == 2 and editor.customer.customer is not None
    editor.approved.setChecked(True)
    editor.delivery.setCurrentIndex(editor.delivery.findData("create_only"))
    editor.save()
    settle(qtbot)
    settle(qtbot)
    row = _select(qtbot, view, ids["open"])
    assert _cell(view, row, "approved") == "✔ approved"
    assert _cell(view, row, "delivery") == "Create only"
    # stage: open -> won (close date today), approval withdrawn
    view.set_stage("won")
    settle(qtbot)
    settle(qtbot)
    assert _cell(view, row, "stage") == f"Won / closed {date.today():%d.%m.%Y}"
    view.toggle_approved()
    settle(qtbot)
    settle(qtbot)
    assert _cell(view, row, "approved") == "—"
    # a canceled order cannot be approved
    _select(qtbot, view, ids["canceled"])
    view.toggle_approved()
    settle(qtbot)
    assert "is canceled" in errors[-1]
    # delivery note: created once, opened as PDF, then opened again without a new one
    row = _select(qtbot, view, ids["open"])
    assert view.note_button.text() == "Create delivery note"
    view.note_button.click()
    settle(qtbot)
    settle(qtbot)
    assert desk.opened and desk.opened[-1].read_bytes().startswith(b"%PDF")
    assert _cell(view, row, "delivery_note").startswith("LS-")
    _select(qtbot, view, ids["open"])
    assert view.note_button.text() == "Open delivery note"
    view.delivery_note()
    settle(qtbot)
    assert len(desk.opened) == 2
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DeliveryNote)) == 1
    # the invoiced order: invoice number shown, opens the case, editor read-only
    row = _select(qtbot, view, ids["won"])
    assert _cell(view, row, "invoice").startswith("RE-")
    assert view.invoice_button.isEnabled() and not view.approve_button.isEnabled()
    assert not any(a.isEnabled() for a in view.stage_actions.values())
    view.invoice_button.click()
    assert desk.cases == [view.model.rows[row].invoice_case_id]
    view._double_clicked(view.model.index(row, COLUMN["invoice"]))
    assert len(desk.cases) == 2
    view.edit_selected()
    settle(qtbot)
    editor = view.editor
    assert editor is not None and "is invoiced" in editor.banner.text()
    assert not editor.stage.isEnabled() and not editor.add_article_button.isEnabled()
    assert editor.lines.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    editor.reject()
    view.set_stage("canceled")  # refused by the service as well
    settle(qtbot)
    assert "invoiced; its stage is final" in errors[-1]


def test_opens_invoice_case_in_the_desk(window: Any, qtbot: Any, db: Any) -> None:
    ids = _data(db)
    process(db, [RowSpec(ids["won"], "create_only")])
    view = window.commerce.open_orders()
    settle(qtbot)
    _select(qtbot, view, ids["won"])
    view.show_invoice()
    settle(qtbot)
    case_id = view.selected().invoice_case_id
    assert window.detail._wanted == case_id or window.current_row().id == case_id
    view.close()


def test_every_order_and_billing_label_is_listed_for_translation() -> None:
    from invoicedesk.gui.common.commerce_labels import LABELS
    from invoicedesk.services.billing.rules import ACTIONS, DATE_RULES, PERIODS
    from invoicedesk.services.billing.runs import ROW_STATUS_LABELS
    from invoicedesk.services.orders.orders import DELIVERY_LABELS, STAGE_LABELS

    tables = (STAGE_LABELS, DELIVERY_LABELS, ACTIONS, PERIODS, DATE_RULES, ROW_STATUS_LABELS)
    assert {text for table in tables for text in table.values()} - set(LABELS) == set()
