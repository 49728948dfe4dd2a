"""Payments in the desk: Mark paid with date and amount, a partly paid invoice in the table
and the detail pane, undo, and the reconciliation view booking and ignoring lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from invoicedesk.bench.camt_writer import Line, camt053
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.payments import payment_dialog
from invoicedesk.gui.payments.menu import import_statements, open_reconcile
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.parties import Party
from invoicedesk.store.models.payments import StatementLine

from .conftest import settle


def _select(qtbot, window, case_id: int) -> None:  # type: ignore[no-untyped-def]
    window.refresh()
    settle(qtbot)
    for i in range(window.model.rowCount()):
        if window.model.row_at(i).id == case_id:
            window.table.selectRow(i)
            break
    else:
        raise AssertionError(f"case {case_id} not in the table")
    qtbot.waitUntil(
        lambda: window.detail.details is not None and window.detail.details.id == case_id
    )
    settle(qtbot)


def test_partial_payment_shows_in_table_and_detail_and_undo(
    qtbot, db, window, make_case, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    cid = make_case("out", "sent", gross="1190.00")
    _select(qtbot, window, cid)
    monkeypatch.setattr(
        payment_dialog, "ask_payment", lambda *a: (date(2026, 12, 1), Decimal("400.00"))
    )
    window.case_actions.actions[Action.MARK_PAID].trigger()
    settle(qtbot)
    _select(qtbot, window, cid)
    row = window.model.row_of_case(cid)
    gross = window.model.index(row, 4).data()
    money = window.model.money
    assert gross == f"paid {money(Decimal(400), 'EUR')[:-4]} of {money(Decimal(1190), 'EUR')}"
    shown = window.detail.money
    assert window.detail.payment_labels["Paid"].text() == (
        f"{shown(Decimal(400), 'EUR')} of {shown(Decimal(1190), 'EUR')}"
    )
    assert window.detail.payment_labels["Open amount"].text() == shown(Decimal(790), "EUR")
    assert window.current_row().status == "sent"
    monkeypatch.setattr(payment_dialog, "ask_undo", lambda parent, payments, cur: (
        payments[0].payment_id, "typo"))  # fmt: skip
    window.case_actions.actions[Action.UNDO_PAYMENT].trigger()
    settle(qtbot)
    _select(qtbot, window, cid)
    assert window.detail.payment_labels["Open amount"].text() == shown(Decimal(1190), "EUR")
    assert "(undone)" in window.detail.payment_labels["Payments"].text()


def test_reconcile_view_books_a_proposal_and_ignores_a_fee(
    qtbot, db, window, make_case, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        party = Party(kind="customer", name="Autohaus Brandt GmbH", iban="DE20100700000748454207")
        s.add(party)
        s.flush()
        party_id = party.id
    cid = make_case("out", "sent", gross="595.00", party="Autohaus Brandt GmbH", party_id=party_id)
    sure = make_case("out", "overdue", gross="119.00", party="Autohaus Brandt GmbH",
                     party_id=party_id)  # fmt: skip
    with db.read() as s:
        sure_number = s.get(Case, sure).number
    path = tmp_path / "statement.xml"
    path.write_bytes(
        camt053(
            [
                Line(Decimal("595.00"), date(2026, 12, 2), "Autohaus Brandt GmbH",
                     "DE20100700000748454207", "Vielen Dank"),
                Line(Decimal("119.00"), date(2026, 12, 2), "Autohaus Brandt GmbH",
                     "DE20100700000748454207", f"Rg {sure_number}"),
                Line(Decimal("-7.50"), date(2026, 12, 2), "", "", "Kontofuehrung"),
            ]
        )
    )  # fmt: skip
    import_statements(window, [Path(path)])
    settle(qtbot)
    view = open_reconcile(window)
    settle(qtbot)
    assert view.lines.rowCount() == 2  # the sure line was booked at once
    with db.read() as s:
        assert s.get(Case, sure).status == "paid"
    view.lines.selectRow(0)
    settle(qtbot)
    assert view.cases.rowCount() == 1
    assert view.cases.item(0, 0).checkState() == Qt.CheckState.Checked
    assert "IBAN" in view.cases.item(0, 4).text()
    qtbot.mouseClick(view.book_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    with db.read() as s:
        assert s.get(Case, cid).payment_status == "paid"
    assert view.lines.rowCount() == 1
    view.lines.selectRow(0)
    settle(qtbot)
    qtbot.mouseClick(view.ignore_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert view.lines.rowCount() == 0
    with db.read() as s:
        assert sorted(s.scalars(select(StatementLine.state))) == ["booked", "booked", "ignored"]
    view.close()
