"""Every list that can be empty says why and what to do (issue 21 §4), through the one
mechanism of :func:`invoicedesk.gui.common.style.set_empty_text`."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common.style import set_empty_text

from .conftest import settle


def _empty_text(view: QAbstractItemView) -> str:
    """The empty-state text shown over ``view`` ("" when none is visible)."""
    label = view.viewport().findChild(QLabel, "emptyState")
    return label.text() if label is not None and label.isVisible() else ""


def test_the_text_shows_only_while_the_list_has_no_rows(qtbot: Any) -> None:
    table = QTableWidget(0, 2)
    qtbot.addWidget(table)
    label = set_empty_text(table, "Nothing here — add something.")
    table.resize(400, 300)
    table.show()
    settle(qtbot)
    assert _empty_text(table) == "Nothing here — add something."
    assert label.width() > 300 and label.y() > 0  # over the viewport, below the header line
    table.setRowCount(3)
    assert _empty_text(table) == ""
    table.setRowCount(0)
    assert _empty_text(table) == "Nothing here — add something."


def test_each_empty_list_says_why_and_what_to_do(
    qtbot: Any, db: Any, users: Any, window: Any
) -> None:
    from invoicedesk.gui.billing.wizard import BillingWizard
    from invoicedesk.gui.contracts.collective_view import CollectiveView
    from invoicedesk.gui.contracts.contracts_view import ContractsView
    from invoicedesk.gui.dunning.run_window import DunningWindow
    from invoicedesk.gui.orders.orders_view import OrdersView
    from invoicedesk.gui.payments.menu import open_reconcile

    actor = users["clara"].actor()
    contracts = ContractsView(db, actor)
    collective = CollectiveView(db, actor)
    orders = OrdersView(db, Actor.system(), lambda _p: True, lambda _c: None)
    billing = BillingWizard(db, Actor.system(), lambda _p: True, pool=None)
    dunning = DunningWindow(db, actor)
    for widget in (contracts, collective, orders, billing, dunning):
        qtbot.addWidget(widget)
        widget.show()
    settle(qtbot)
    qtbot.waitUntil(lambda: billing.scenario_list.count() > 0)
    assert "No unfinished runs" in _empty_text(billing.unfinished)  # step 1 (session 6)
    billing.scenario_list.setCurrentRow(0)
    billing.next_button.click()  # step 2: the rules over the (not yet fetched) orders
    assert billing.stack.currentIndex() == 1
    reconcile = open_reconcile(window)
    qtbot.addWidget(reconcile)
    settle(qtbot)
    window.detail.tabs.setCurrentWidget(window.detail.history)
    settle(qtbot)
    expected = {
        "contracts": (contracts.contract_table, "New contract…"),
        "collective": (collective.list, "merge pending contract periods"),
        "orders": (orders.table, "New order…"),
        "billing": (billing.table, "Fetch orders"),
        "dunning": (dunning.table, "No reminder is due"),
        "reconcile": (reconcile.lines, "import a bank statement"),
        "history": (window.detail.history, "No status changes yet"),
    }
    shown = {name: _empty_text(view) for name, (view, _) in expected.items()}
    for name, (_view, words) in expected.items():
        assert words in shown[name], (name, shown[name])
    for widget in (contracts, collective, orders, billing, dunning, reconcile):
        widget.close()
    settle(qtbot)
