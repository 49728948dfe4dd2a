"""The reconciliation view pages through many lines as it is scrolled and filters them; the
payment export dialog; the watched bank-statement folder on the desk."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from invoicedesk.bench.camt_writer import Line, camt053
from invoicedesk.config import WorkstationSettings
from invoicedesk.gui.payments.booking import PaymentExportDialog
from invoicedesk.gui.payments.menu import open_reconcile
from invoicedesk.gui.payments.statement_watch import StatementWatcher
from invoicedesk.services.payments.line_pages import PAGE
from invoicedesk.services.payments.recording import PaymentInput, record_payment
from invoicedesk.store.models.payments import BankStatement, StatementLine

from .conftest import settle

START = date(2026, 10, 1)


def _waiting_lines(db, count: int) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        statement = BankStatement(account="DE02120300000000202051", statement_key="S-1",
                                  file_format="camt053", entries_sha256="0" * 64)  # fmt: skip
        s.add(statement)
        s.flush()
        s.add_all(
            StatementLine(
                statement_id=statement.id,
                position=n,
                booking_date=START + timedelta(days=n % 30),
                amount=Decimal(n) + Decimal("0.25"),
                counterparty_name="Autohaus Brandt GmbH" if n % 10 == 0 else "Jansen B.V.",
                reference=f"Rg {n}",
                state="unmatched",
            )
            for n in range(1, count + 1)
        )


def test_lines_are_read_as_the_list_is_scrolled_and_filtered(qtbot, db, window) -> None:  # type: ignore[no-untyped-def]
    _waiting_lines(db, 450)
    view = open_reconcile(window)
    settle(qtbot)
    assert view.lines.rowCount() == PAGE
    assert "200" in view.summary.text() and "450" in view.summary.text()
    for expected in (2 * PAGE, 450):
        bar = view.lines.verticalScrollBar()
        bar.setValue(bar.maximum())
        settle(qtbot)
        assert view.lines.rowCount() == expected
    assert len({r.line_id for r in view.lines_data}) == 450
    view.filter_bar.text.setText("brandt")
    qtbot.waitUntil(lambda: view.lines.rowCount() == 45, timeout=5000)
    settle(qtbot)
    assert {r.name for r in view.lines_data} == {"Autohaus Brandt GmbH"}
    view.filter_bar.min_amount.setText("100")
    view.filter_bar.max_amount.setText("200,25")
    qtbot.waitUntil(lambda: view.lines.rowCount() == 11, timeout=5000)
    settle(qtbot)
    view.filter_bar.text.clear()
    view.filter_bar.min_amount.clear()
    view.filter_bar.max_amount.clear()
    view.filter_bar.state.setCurrentIndex(view.filter_bar.state.findText("Booked"))
    settle(qtbot)
    qtbot.waitUntil(lambda: view.lines.rowCount() == 0, timeout=5000)
    assert not view.book_button.isEnabled()
    view.close()


def test_payment_export_dialog_writes_the_file(qtbot, db, window, make_case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cid = make_case("out", "sent", gross="119.00")
    record_payment(
        db, window.actor, PaymentInput(Decimal("119.00"), START, [(cid, Decimal("119.00"))])
    )
    dialog = PaymentExportDialog(window.db, window.actor, window)
    qtbot.addWidget(dialog)
    settle(qtbot)
    assert dialog.export_button.isEnabled() and "119" in dialog.waiting.text()
    target = tmp_path / "payments.csv"
    dialog.choose_and_export(target)
    settle(qtbot)
    assert target.read_bytes().decode("cp1252").startswith('"EXTF";700;21;"Buchungsstapel"')
    assert "119" in dialog.message.text()
    assert not dialog.export_button.isEnabled()  # nothing waits any more


def test_watched_statement_folder_imports_on_the_desk(qtbot, db, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "bank"
    folder.mkdir()
    settings = WorkstationSettings.load()
    settings.bank_watch_folder = str(folder)
    settings.save()
    (folder / "day.xml").write_bytes(
        camt053([Line(Decimal("12.00"), START, "Unknown", "", "nothing to match")])
    )
    watcher = StatementWatcher(window)
    watcher.scan()
    watcher.scan()  # a second tick while the first scan runs does nothing
    settle(qtbot)
    assert [r.name for r in watcher.results] == ["day.xml"]
    assert (folder / "done" / "day.xml").exists()
    assert "1" in window.status.currentMessage()
