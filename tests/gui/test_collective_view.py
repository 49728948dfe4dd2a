"""The collective-invoices window (edit lines, send date, undo, preview, read-only once issued),
the contracts window's merge, and the in-app scheduler sending through a real SMTP server."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import facturx
from lxml import etree
from PySide6.QtCore import Qt
from sqlalchemy import select

from invoicedesk.gui.common.formats import parse_decimal
from invoicedesk.gui.contracts import collective_view
from invoicedesk.gui.contracts.collective_view import CollectiveView
from invoicedesk.gui.contracts.contracts_view import ContractsView
from invoicedesk.gui.contracts.login_popup import cell
from invoicedesk.gui.contracts.scheduler import (
    MAX_WAIT_MS,
    MIN_WAIT_MS,
    QT_TIMER_LIMIT_MS,
    Scheduler,
    wait_ms,
)
from invoicedesk.mail.settings import parse_smtp_url
from invoicedesk.services.contracts.collective import merge, set_send_date
from invoicedesk.services.contracts.collective_query import preview_pdf
from invoicedesk.services.contracts.collective_settings import CollectiveSettings, save_settings
from invoicedesk.services.contracts.scheduled_send import PassReport, issue_due
from invoicedesk.services.contracts.takeover import take_over
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.store.models.cases import Case, CaseLine
from tests.gui.conftest import settle
from tests.gui.test_login_popup import three_collective
from tests.integration.test_contracts import YEAR_2027, contract, setup
from tests.pdf_text import pdf_text, words
from tests.smtp_server import SmtpTestServer


def view(qtbot: Any, db: Any, users: Any) -> CollectiveView:
    win = CollectiveView(db, users["clara"].actor())
    qtbot.addWidget(win)
    win.show()
    win.reload()
    settle(qtbot)
    return win


def test_edit_lines_and_send_date_preview_follows(qtbot, db, users, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = three_collective(db, users)
    win = view(qtbot, db, users)
    assert win.list.rowCount() == 3 and win.current() is not None
    assert win.lines.rowCount() == 4 and win.save_button.isEnabled()
    assert win.preview.page_count == 1
    assert cell(win.lines, 0, 4).text() == "01.01.2027 – 28.02.2027"  # the formats module
    cell(win.lines, 0, 2).setText("50,00")  # 45,00 -> 50,00
    qtbot.mouseClick(win.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    with db.read() as s:
        case = s.get(Case, ids[0])
        assert case is not None and case.net == Decimal("145.00")
    assert win.draft is not None and win.draft.totals["net"] == Decimal("145.00")
    assert "editable until it is sent" in win.info.text()
    soon = date.today() + timedelta(days=3)
    monkeypatch.setattr(collective_view, "ask_date", lambda _p, _t, _current=None: soon)
    qtbot.mouseClick(win.date_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert cell(win.list, 0, 4).text() == f"{soon:%d.%m.%Y}"
    # a bad number is a message, nothing is saved
    shown: list[str] = []
    monkeypatch.setattr(collective_view.dialogs, "show_error", lambda _p, _t, x: shown.append(x))
    cell(win.lines, 1, 1).setText("zwei")
    qtbot.mouseClick(win.save_button, Qt.MouseButton.LeftButton)
    assert shown == ["Line 2, quantity: 'zwei' is not a number."]


def test_reverse_charge_lines_show_the_rate_the_pdf_prints(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    """An NL business customer: the core decides reverse charge (AE, 0 %); the view shows that
    stored rate (not the contract's domestic 19 %), read-only, and saving keeps the decision."""
    parties = setup(db)
    clerk = users["clara"].actor()
    contract(db, clerk, parties["nl"])
    take_over(db, clerk, *YEAR_2027)
    case_id = merge(db, clerk, periods_per_invoice=2).collective_ids[0]
    with db.read() as s:
        stored = {(ln.vat_category, ln.vat_rate) for ln in s.scalars(
            select(CaseLine).where(CaseLine.case_id == case_id))}  # fmt: skip
    assert stored == {("AE", Decimal("0.00"))}
    text = words(pdf_text(preview_pdf(db, case_id)[1]))
    assert "19 %" not in text and "19%" not in text  # the PDF charges no German VAT
    win = view(qtbot, db, users)
    win.list.selectRow(next(i for i, r in enumerate(win.rows) if r.id == case_id))
    settle(qtbot)
    assert win.lines.rowCount() == 4
    for row in range(4):
        rate = cell(win.lines, row, 3)
        assert rate.text() == "0"  # what the PDF and the XML say, not the domestic 19
        assert not rate.flags() & Qt.ItemFlag.ItemIsEditable
        assert "AE" in rate.toolTip() and "19" in rate.toolTip()
    cell(win.lines, 0, 2).setText("50,00")
    qtbot.mouseClick(win.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    with db.read() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.tax == Decimal("0.00")
    assert win.draft is not None
    assert [ln.vat_rate for ln in win.draft.data.lines] == [Decimal("19.00")] * 4  # domestic kept
    assert {(t.category, t.rate) for t in win.draft.charged} == {("AE", Decimal("0.00"))}
    # issued: the view, the stored PDF and its Factur-X XML say the same per line
    set_send_date(db, clerk, [case_id], CollectiveSettings().today())
    issue_due(db, datetime.now(UTC) + timedelta(days=1))
    win.unsent_only.setChecked(False)
    settle(qtbot)
    win.list.selectRow(next(i for i, r in enumerate(win.rows) if r.id == case_id))
    settle(qtbot)
    shown = [parse_decimal(cell(win.lines, row, 3).text(), "") for row in range(4)]
    _name, xml = facturx.get_xml_from_pdf(preview_pdf(db, case_id)[1], check_xsd=False)
    tree = etree.fromstring(xml)
    ram = {
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    }
    taxes = tree.findall(".//ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax", ram)
    assert [t.findtext("ram:CategoryCode", namespaces=ram) for t in taxes] == ["AE"] * 4
    assert [Decimal(t.findtext("ram:RateApplicablePercent", "0", ram)) for t in taxes] == shown


def test_undo_merge_and_read_only_once_issued(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    ids = three_collective(db, users)
    # the company's calendar day (Berlin), not the machine's: after 23:00 UTC they differ
    set_send_date(db, users["clara"].actor(), ids[:1], CollectiveSettings().today())
    issue_due(db, datetime.now(UTC) + timedelta(days=1))
    win = view(qtbot, db, users)
    win.unsent_only.setChecked(False)
    settle(qtbot)
    first = next(i for i, r in enumerate(win.rows) if r.id == ids[0])
    win.list.selectRow(first)
    settle(qtbot)
    assert not win.save_button.isEnabled() and not win.undo_button.isEnabled()
    assert "read-only" in win.info.text()
    assert win.preview.page_count == 1
    other = next(i for i, r in enumerate(win.rows) if r.id == ids[1])
    win.list.selectRow(other)
    settle(qtbot)
    qtbot.mouseClick(win.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "2 contract invoices are pending again" in win.note.text()
    undone = [r.status for r in win.rows if r.id == ids[1]]  # kept, deleted (history stays)
    assert undone in ([], ["deleted"])


def test_contracts_window_takes_over_and_merges(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    contract(db, users["clara"].actor(), parties["de"])
    win = ContractsView(db, users["clara"].actor())
    qtbot.addWidget(win)
    win.show()
    settle(qtbot)
    assert win.contract_table.rowCount() == 1
    win.window_from.setDate(win.window_from.date().__class__(*YEAR_2027[0].timetuple()[:3]))
    win.window_to.setDate(win.window_to.date().__class__(2027, 12, 1))
    win.show_plan()
    settle(qtbot)
    assert win.plan_table.rowCount() == 6
    win.take_over()
    settle(qtbot)
    assert win.pending_table.rowCount() == 6 and win.tabs.currentIndex() == 2
    win.per_invoice.setValue(2)
    with qtbot.waitSignal(win.merged, timeout=10000) as merged:
        win.merge(only_ticked=False)
    assert len(merged.args[0]) == 3
    settle(qtbot)
    assert win.pending_table.rowCount() == 0
    assert "Merged 6 invoices into 3 collective invoices" in win.status.text()


def test_wait_is_capped_far_below_the_qt_limit() -> None:
    now = datetime(2027, 1, 1, tzinfo=UTC)
    assert wait_ms(None, now) == MAX_WAIT_MS
    assert wait_ms(now + timedelta(days=60), now) == MAX_WAIT_MS < QT_TIMER_LIMIT_MS
    assert wait_ms(now + timedelta(seconds=2), now) == 2000
    assert wait_ms(now - timedelta(hours=3), now) == MIN_WAIT_MS  # overdue: at once
    assert wait_ms(now + timedelta(days=30), now, cap_ms=2**40) == QT_TIMER_LIMIT_MS


def test_scheduler_sends_a_due_collective_invoice(qtbot, db, users, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_settings(db, users["ada"].actor(), CollectiveSettings(send_time="00:00"))
    ids = three_collective(db, users)
    set_send_date(db, users["clara"].actor(), ids[:1], CollectiveSettings().today())
    with SmtpTestServer(tmp_path) as srv:
        scheduler = Scheduler(db, Dispatcher(db, parse_smtp_url(srv.url())))
        reports: list[PassReport] = []
        scheduler.reported.connect(reports.append)
        scheduler.start(first_delay_ms=10)
        qtbot.waitUntil(lambda: len(srv.messages) == 1, timeout=15000)
        qtbot.waitUntil(lambda: any(r.dispatch.sent for r in reports), timeout=15000)
        assert scheduler.timer.isActive() and scheduler.timer.interval() <= MAX_WAIT_MS
        scheduler.stop()
        settle(qtbot)
    assert [r.issued[0].case_id for r in reports if r.issued] == [ids[0]]
    with db.read() as s:
        assert s.scalar(select(Case.status).where(Case.id == ids[0])) == "sent"


def test_take_over_tab_starts_at_the_unbilled_periods_of_the_past(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.domain.intervals import add_months

    parties = setup(db)
    first = add_months(date.today().replace(day=1), -10)
    contract(db, users["clara"].actor(), parties["de"], start_date=first, interval_months=1)
    win = ContractsView(db, users["clara"].actor())
    qtbot.addWidget(win)
    win.show()
    settle(qtbot)
    assert win.window_from.date().toPython() == first
    assert win.plan_table.rowCount() > 10
    past = [i for i in range(win.plan_table.rowCount()) if cell(win.plan_table, i, 0).font().bold()]
    assert past == list(range(11))  # ten months back and this month: shown first, in bold
    assert cell(win.plan_table, 0, 2).text().startswith(f"{first:%d.%m.%Y}")
    assert "11 of them were due already" in win.status.text()
    assert cell(win.contract_table, 0, 5).text() == f"{first:%d.%m.%Y}"
