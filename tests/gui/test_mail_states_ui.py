"""What a clerk sees when e-mails cannot go out: the send dialog's warning, the case's badge
and notice, the status bar, the billing wizard's warning and live e-mail states; and the
credit-note and draft actions (real database, real dispatcher, no mail server configured)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.gui.billing.table import CHANNEL, CHECK
from invoicedesk.gui.billing.wizard import BillingWizard
from invoicedesk.gui.desk.extensions import OPENERS
from invoicedesk.gui.outgoing import menu as outgoing_menu
from invoicedesk.gui.outgoing.settle_dialog import SettleDialog
from invoicedesk.services.billing.rules import BillingRules
from invoicedesk.services.billing.runs import RowSpec, create_run
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.contracts.scheduled_send import mail_report
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.store.models.cases import Case
from tests.integration.test_billing_runs import add_customer, add_order, setup
from tests.integration.test_outgoing import draft, history, setup_outgoing

from .conftest import settle
from .test_draft_editor import select_case
from .test_send_dialog import open_dialog


@pytest.fixture(autouse=True)
def _no_mail_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INVOICEDESK_SMTP_URL", raising=False)


def test_without_mail_server_the_clerk_is_told(qtbot, db, users, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setitem(OPENERS, "settings", lambda _window, page: opened.append(page))
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["de"])
    select_case(qtbot, window, case_id)
    dialog = open_dialog(qtbot, window, Action.SEND)
    assert dialog.warning.isVisible()
    text = dialog.warning_text.text()
    assert "E-mails cannot go out now: no mail server" in text and "create the invoice" in text
    assert dialog.create_only_button.isVisible() and dialog.setup_button.isVisible()
    dialog.setup_button.click()
    assert opened == ["mailServerPage"]
    dialog.send_button.click()
    settle(qtbot)
    assert Dispatcher(db).run_once().held == 1
    select_case(qtbot, window, case_id)
    row = window.current_row()
    assert row.status == "issued" and row.mail_held and row.mail_waiting
    index = window.model.index(window.model.row_of_case(case_id), 0)
    assert "waits for the mail server" in index.data(0x03)  # the status cell's tooltip
    send, resend = (window.case_actions.actions[a] for a in (Action.SEND, Action.RESEND))
    assert not send.isEnabled() and "already waiting" in send.toolTip()
    assert resend.isEnabled()
    qtbot.waitUntil(lambda: window.detail.mail.isVisible())
    notice = window.detail.mail.text()
    assert "einkauf@mueller.example.com" in notice and "no mail server" in notice
    window.detail.mail.linkActivated.emit("mail")
    assert opened == ["mailServerPage"] * 2
    desk = window.contracts_desk
    desk.show_report(mail_report(db))
    label = desk.label.text()
    # English plural forms come from invoicedesk_en.ts once a test loaded the translations
    assert re.search(r"✉ 1 e-mail(\(s\) wait| waits): no mail server", label)
    assert 'href="mail"' in label
    desk.label.linkActivated.emit("mail")
    assert opened == ["mailServerPage"] * 3


def test_billing_wizard_warns_and_follows_the_mails(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    setup(db)
    brandt = add_customer(db, "Autohaus Brandt GmbH")
    last_month = date.today().replace(day=1) - timedelta(days=3)
    orders = [add_order(db, brandt, closed=last_month) for _ in range(3)]
    wizard = BillingWizard(db, Actor.system(), pool=None)
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot)
    names = [wizard.scenario_list.item(i).text() for i in range(wizard.scenario_list.count())]
    wizard.scenario_list.setCurrentRow(names.index("Closed orders last month"))
    wizard.next_button.click()
    wizard.fetch_button.click()
    settle(qtbot)
    model = wizard.model
    assert wizard.mail.banner.isVisible()
    assert "no mail server" in wizard.mail.banner.text.text()
    assert "e-mail would wait: no mail server" in model.index(0, CHECK).data()
    wizard.mail.banner.switch.click()  # every e-mail row becomes Create only
    settle(qtbot)
    assert {r.action for r in model.rows} == {"create_only"}
    assert not wizard.mail.banner.isVisible()
    # a run with e-mail rows: queued, then waiting (the reason), live in the table
    run_id = create_run(db, Actor.system(), BillingRules(), [RowSpec(orders[0], "email")])
    wizard.resume(run_id)
    qtbot.waitUntil(lambda: "finished" in wizard.summary_label.text(), timeout=60000)
    settle(qtbot)
    row = next(i for i, r in enumerate(model.rows) if r.order_id == orders[0])
    assert model.index(row, CHANNEL).data() == "Email · queued"
    assert "1 queued" in wizard.summary_label.text()
    assert Dispatcher(db).run_once().held == 1
    wizard.mail._poll()
    settle(qtbot)
    assert model.index(row, CHANNEL).data() == "Email · waiting: no mail server"
    assert "1 waiting" in wizard.summary_label.text()
    wizard.close()
    assert not wizard.mail.timer.isActive()


def test_settle_credit_note_and_delete_draft(qtbot, db, users, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    actor = users["ada"].actor()
    invoice = draft(db, actor, parties["de"])
    issue_invoice(db, actor, invoice, delivery="create_only")
    perform_action(db, actor, invoice, Action.MARK_PAID)
    perform_action(db, actor, invoice, Action.CANCEL, "Ware zurück")
    with db.read() as s:
        credit = s.scalar(select(Case.id).where(Case.credit_for_id == invoice))
    select_case(qtbot, window, credit)
    for action in (Action.MARK_PAID, Action.PAID_POS, Action.REMIND):
        assert not window.case_actions.actions[action].isEnabled()
    window.case_actions.actions[Action.SETTLE].trigger()
    dialog = window.findChildren(SettleDialog)[-1]
    settle(qtbot)
    assert dialog.refund.isChecked() and not dialog.offset.isEnabled()  # nothing open
    dialog.buttons.accepted.emit()
    settle(qtbot)
    assert history(db, credit)[-1][:3] == ("settle", "issued", "settled")
    answers = iter([False, True])
    monkeypatch.setattr(outgoing_menu, "confirm_delete", lambda _p, _r: next(answers))
    other = draft(db, actor, parties["nl"])
    select_case(qtbot, window, other)
    window.case_actions.actions[Action.DELETE_DRAFT].trigger()
    settle(qtbot)
    assert history(db, other)[-1][0] == "create_draft"
    window.case_actions.actions[Action.DELETE_DRAFT].trigger()
    settle(qtbot)
    assert history(db, other)[-1][:3] == ("delete_draft", "draft", "deleted")
