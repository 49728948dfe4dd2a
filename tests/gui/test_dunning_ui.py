"""The dunning run window, the desk's *Remind customer*, the reminder history in the detail
pane and the dunning settings (real database, real PDFs, real dispatcher)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.dunning.rows import ACTION, LEVEL, STATUS
from invoicedesk.gui.dunning.settings_dialog import DunningSettingsDialog
from invoicedesk.services.dunning.settings import load_dunning_settings
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.services.outgoing.issuing import issue_invoice
from tests.integration.test_outgoing import draft, lines, setup_outgoing

from .conftest import settle
from .test_draft_editor import select_case


@pytest.fixture
def overdue(db: Any, users: Any, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Three invoices printed 40 days ago (due 26 days ago) for three customers."""
    monkeypatch.delenv("INVOICEDESK_SMTP_URL", raising=False)
    parties = setup_outgoing(db)
    actor = users["ada"].actor()
    ids = []
    for key in ("de", "nl", "en"):
        case_id = draft(db, actor, parties[key], lines=lines(2))
        issue_invoice(db, actor, case_id, delivery="print",
                      today=date.today() - timedelta(days=40))  # fmt: skip
        ids.append(case_id)
    return ids


def _run(window: Any) -> Any:
    return window.dunning_window


def test_remind_customer_opens_the_run_for_that_case(qtbot, db, window, overdue) -> None:  # type: ignore[no-untyped-def]
    select_case(qtbot, window, overdue[0])
    action = window.case_actions.actions[Action.REMIND]
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    settle(qtbot)
    run = _run(window)
    assert run.isVisible() and len(run.model.rows) == 1
    assert run.only.isVisible() and run.model.rows[0].item.case_id == overdue[0]
    assert run.model.index(0, LEVEL).data() == "1 · Zahlungserinnerung"
    run.model.setData(run.model.index(0, ACTION), "print")
    run.process_button.click()
    qtbot.waitUntil(lambda: run.model.rows[0].status == "done", timeout=30000)
    settle(qtbot)
    assert run.model.index(0, STATUS).data() == "Reminded · to print"
    assert run.print_button.isEnabled()
    run.show_all.click()
    settle(qtbot)
    assert {r.item.case_id for r in run.model.rows} == set(overdue[1:])  # done: not due again
    select_case(qtbot, window, overdue[0])
    qtbot.waitUntil(lambda: window.detail.details is not None
                    and window.detail.details.id == overdue[0])  # fmt: skip
    text = window.detail.payment_labels["Reminders"].text()
    assert "Zahlungserinnerung · printed" in text
    assert any(a.kind == "reminder_pdf" for a in window.detail.details.attachments)
    run.close()


def test_run_with_email_print_and_stop(qtbot, db, window, overdue, opened, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_comment", lambda *_a: "Kunde bestreitet die Lieferung")
    entry = next(a for a in window.tools_menu.actions() if a.objectName() == "dunningAction")
    entry.trigger()
    settle(qtbot)
    run = _run(window)
    model = run.model
    assert [r.choice for r in model.rows] == ["email", "email", "email"]
    assert run.banner.isVisible() and "no mail server" in run.banner.text.text()
    assert model.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "The e-mail would wait"
    )
    model.setData(model.index(1, ACTION), "print")
    model.setData(model.index(2, ACTION), "stop")
    assert model.rows[2].reason == "Kunde bestreitet die Lieferung"
    assert "3 due · 1 by e-mail · 1 to print" in run.counts.text()
    run.process_button.click()
    qtbot.waitUntil(lambda: "reminded" in run.summary.text(), timeout=30000)
    settle(qtbot)
    assert "2 reminded · 1 stopped · 0 failed" in run.summary.text()
    assert [r.status for r in model.rows] == ["done", "done", "stopped"]
    assert model.index(0, STATUS).data() == "Reminded · e-mail queued"
    assert run.timer.isActive()
    assert Dispatcher(db).run_once().held == 1  # no mail server: the reminder waits
    run._poll()
    settle(qtbot)
    assert model.index(0, STATUS).data() == "Reminded · e-mail waits: no mail server"
    run.print_button.click()
    settle(qtbot)
    assert opened and opened[-1].name == "reminders-to-print.pdf"
    assert opened[-1].read_bytes().startswith(b"%PDF")
    run.reload()
    settle(qtbot)
    assert model.rows == []  # reminded or stopped: nothing due any more today
    run.close()
    assert not run.timer.isActive()


def test_dunning_settings_dialog(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    dialog = DunningSettingsDialog(db, users["ada"].actor())
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    assert dialog.table.rowCount() == 3 and dialog.rates.rowCount() >= 7
    assert dialog.title.text() == "Zahlungserinnerung"
    dialog.text_language.setCurrentIndex(dialog.text_language.findData("en"))
    assert dialog.title.text() == "Payment reminder"
    dialog.title.setText("Friendly reminder")
    dialog.table.item(1, 1).setText("7,50")
    dialog._add_rate("01.01.2027", "1,02")
    dialog.save()
    settle(qtbot)
    assert dialog.message.text() == "Saved."
    stored = load_dunning_settings(db)
    assert stored.levels[0].texts["en"].title == "Friendly reminder"
    assert stored.levels[1].fee == Decimal("7.50")
    assert stored.base_rates[-1].valid_from == date(2027, 1, 1)
    dialog.table.item(2, 0).setText("21")  # the same days as level 2
    dialog.save()
    settle(qtbot)
    assert "its own number of days" in dialog.message.text()
    dialog.rates.item(0, 0).setText("31.02.2020")
    dialog.save()
    assert "is not a date" in dialog.message.text()
    clerk = DunningSettingsDialog(db, users["clara"].actor())
    qtbot.addWidget(clerk)
    settle(qtbot)
    clerk.save()
    settle(qtbot)
    assert "needs the role Administrator" in clerk.message.text()
