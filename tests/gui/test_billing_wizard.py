"""The billing wizard: Tools menu entry, scenarios, fetch with pre-flight, changing actions,
processing in the background with progress, the PDF icon, the summary, resuming a run."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.billing.summary import summary_html
from invoicedesk.gui.billing.table import ACTION, CHECK, INCLUDE, INVOICE, STATUS
from invoicedesk.gui.billing.wizard import BillingWizard
from invoicedesk.services.billing.rules import BillingRules
from invoicedesk.services.billing.runs import RowSpec, create_run
from tests.gui.conftest import settle
from tests.integration.test_billing_runs import add_customer, add_order, setup

LAST_MONTH = date.today().replace(day=1) - timedelta(days=3)


def _orders(db: Any) -> None:
    setup(db)
    brandt = add_customer(db, "Autohaus Brandt GmbH")
    hotel = add_customer(db, "Hotel Zur Post", email=None)
    for i in range(5):
        add_order(db, brandt, closed=LAST_MONTH, lines=1 + i)
    add_order(db, hotel, closed=LAST_MONTH)


def _wizard(qtbot: Any, db: Any, opened: list[Path]) -> BillingWizard:
    def opener(path: Path) -> bool:
        opened.append(path)
        return True

    wizard = BillingWizard(db, Actor.system(), opener, pool=None)
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot)
    return wizard


def test_tools_menu_opens_the_wizard(window: Any, qtbot: Any) -> None:
    entry = next(a for a in window.tools_menu.actions() if a.text() == "Billing run…")
    entry.trigger()
    settle(qtbot)
    wizard = window.billing_wizard
    assert wizard.isVisible() and wizard.scenario_list.count() == 2
    wizard.close()


def test_fetch_check_process_and_open_pdf(qtbot: Any, db: Any, opened: list[Path]) -> None:
    _orders(db)
    wizard = _wizard(qtbot, db, opened)
    names = [wizard.scenario_list.item(i).text() for i in range(wizard.scenario_list.count())]
    wizard.scenario_list.setCurrentRow(names.index("Closed orders last month"))
    wizard.next_button.click()
    assert wizard.stack.currentIndex() == 1
    wizard.fetch_button.click()
    settle(qtbot)
    model = wizard.model
    assert model.rowCount() == 6
    hotel = next(i for i, r in enumerate(model.rows) if r.customer == "Hotel Zur Post")
    assert "no e-mail address" in model.index(hotel, CHECK).data()
    assert (
        model.index(hotel, INCLUDE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )
    assert "1 would fail" not in wizard.counts.text()  # unticked rows are not counted
    # the clerk switches the hotel to Print: the check turns OK, and ticks it again
    wizard.table.selectRow(hotel)
    wizard.bulk_action.setCurrentIndex(wizard.bulk_action.findData("print"))
    wizard._apply_bulk()
    settle(qtbot)
    assert model.index(hotel, ACTION).data() == "Print" and model.index(hotel, CHECK).data() == "OK"
    model.setData(
        model.index(hotel, INCLUDE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.index(0, STATUS).data() == "Not done"
    wizard.process_button.click()
    qtbot.waitUntil(lambda: "finished" in wizard.summary_label.text(), timeout=60000)
    settle(qtbot)
    assert {model.index(r, STATUS).data() for r in range(6)} == {"Processed"}
    assert "Processed: 6" in wizard.summary_label.text()
    assert wizard.print_invoices_button.isEnabled()
    assert not model.flags(model.index(0, ACTION)) & Qt.ItemFlag.ItemIsEditable
    index = model.index(0, INVOICE)
    assert index.data().startswith("RE-") and index.data(Qt.ItemDataRole.DecorationRole) is not None
    wizard._cell_clicked(index)
    settle(qtbot)
    assert opened and opened[-1].read_bytes().startswith(b"%PDF")
    html = summary_html(wizard.summary, model.rows)
    assert "Hotel Zur Post" in html and "Processed 6" in html


def test_unfinished_run_is_offered_and_resumed(qtbot: Any, db: Any, opened: list[Path]) -> None:
    _orders(db)
    specs = [RowSpec(i, "create_only") for i in range(1, 6)]
    run_id = create_run(db, Actor.system(), BillingRules(), specs, scenario_name="Nachlauf")
    wizard = _wizard(qtbot, db, opened)
    assert wizard.unfinished.count() == 1 and f"Run {run_id}" in wizard.unfinished.item(0).text()
    wizard._resume_selected()
    qtbot.waitUntil(lambda: "finished" in wizard.summary_label.text(), timeout=60000)
    settle(qtbot)
    assert [wizard.model.index(r, STATUS).data() for r in range(5)] == ["Processed"] * 5
