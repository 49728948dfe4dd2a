"""The popup after login: its rows, setting and clearing send dates, opening one, the admin's
"only the creators" rule, and coming back at the next login while rows remain."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from invoicedesk.gui.contracts import login_popup
from invoicedesk.gui.contracts.login_popup import NO_DATE, LoginPopup, cell
from invoicedesk.gui.desk.main_window import MainWindow
from invoicedesk.gui.shell.features import desk_window
from invoicedesk.services.contracts.collective import merge
from invoicedesk.services.contracts.collective_query import popup_rows
from invoicedesk.services.contracts.collective_settings import CollectiveSettings, save_settings
from invoicedesk.services.contracts.takeover import take_over
from invoicedesk.services.settings.registry import LOGIN_POPUP, LoginPopupRule, save_setting
from invoicedesk.store.models.cases import Case
from tests.gui.conftest import settle
from tests.integration.test_contracts import YEAR_2027, contract, setup

SOON = date.today() + timedelta(days=5)


def three_collective(db: Any, users: Any) -> list[int]:
    """Three collective invoices of Müller & Söhne by clara (2 periods each), no send date."""
    parties = setup(db)
    clerk = users["clara"].actor()
    contract(db, clerk, parties["de"])
    take_over(db, clerk, *YEAR_2027)
    return list(merge(db, clerk, periods_per_invoice=2).collective_ids)


def send_dates(db: Any, ids: list[int]) -> list[date | None]:
    with db.read() as s:
        return list(s.scalars(select(Case.send_date).where(Case.id.in_(ids)).order_by(Case.id)))


def popup(qtbot: Any, db: Any, users: Any, login: str = "clara") -> LoginPopup:
    dialog = LoginPopup(db, users[login].actor(), popup_rows(db, users[login].id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_rows_show_customer_period_amount_creator(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    three_collective(db, users)
    dialog = popup(qtbot, db, users)
    table = dialog.table
    assert table.rowCount() == 3
    texts = [[cell(table, r, c).text() for c in range(1, 5)] for r in range(3)]
    assert texts[0][0] == "Müller & Söhne GmbH"
    assert [t[1] for t in texts] == ["Jan–Apr 2027", "Mai–Aug 2027", "Sep–Dez 2027"]  # German desk
    assert {t[2] for t in texts} == {"166,60 EUR"}
    assert all(t[3].endswith(" CL") for t in texts)
    assert all(dialog.date_of(i) is None for i in range(3))


def test_set_per_row_for_ticked_and_clear(qtbot, db, users, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = three_collective(db, users)
    dialog = popup(qtbot, db, users)
    # per row: the date field in the row, saved when editing finishes
    dialog.editors[0].setDate(QDate(SOON))
    dialog.editors[0].editingFinished.emit()
    settle(qtbot)
    assert send_dates(db, ids) == [SOON, None, None]
    # for the ticked rows, with the calendar question answered
    later = SOON + timedelta(days=7)
    monkeypatch.setattr(login_popup, "ask_date", lambda _parent, _title: later)
    for row in (1, 2):
        cell(dialog.table, row, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert send_dates(db, ids) == [SOON, later, later]
    assert dialog.date_of(2) == later
    assert "0 still without a send date" in dialog.status.text()
    # clearing the ticked rows
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert send_dates(db, ids) == [SOON, None, None]
    assert dialog.editors[1].date() == NO_DATE
    assert len(popup_rows(db, users["clara"].id)) == 2


def test_past_date_is_refused_with_a_message(qtbot, db, users, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = three_collective(db, users)
    shown: list[str] = []
    monkeypatch.setattr(login_popup.dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    dialog = popup(qtbot, db, users)
    dialog.editors[0].setDate(QDate(date.today() - timedelta(days=1)))
    dialog.editors[0].editingFinished.emit()
    settle(qtbot)
    assert shown and "past" in shown[0]
    assert send_dates(db, ids) == [None, None, None]


def test_open_asks_the_window(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    ids = three_collective(db, users)
    dialog = popup(qtbot, db, users)
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.open_requested) as signal:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [ids[1]]


def login(qtbot: Any, db: Any, user: Any) -> MainWindow:
    """A window as after login (no polling timers); the popup comes on the first show."""
    win = desk_window(db, user, poll=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: hasattr(win, "contracts_desk"))  # started after the first paint
    return win


def test_popup_after_login_until_none_remain(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    ids = three_collective(db, users)
    save_setting(db, users["ada"].actor(), LOGIN_POPUP, LoginPopupRule(snooze_hours=0))
    win = login(qtbot, db, users["rolf"])
    desk = win.contracts_desk  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: desk.popup is not None and desk.popup.isVisible(), timeout=5000)
    assert desk.popup.table.rowCount() == 3
    qtbot.mouseClick(desk.popup.later_button, Qt.MouseButton.LeftButton)  # remind me later
    assert not desk.popup.isVisible()
    win.close()
    settle(qtbot)
    again = login(qtbot, db, users["rolf"])  # the next login: still there
    desk2 = again.contracts_desk  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: desk2.popup is not None, timeout=5000)
    with db.write() as s:
        for case in s.scalars(select(Case).where(Case.id.in_(ids))):
            case.send_date = SOON
    again.close()
    settle(qtbot)
    last = login(qtbot, db, users["rolf"])  # none left: no popup
    qtbot.wait(800)
    settle(qtbot)
    assert last.contracts_desk.popup is None  # type: ignore[attr-defined]


def test_only_the_creators_when_the_admin_says_so(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    three_collective(db, users)
    save_settings(db, users["ada"].actor(), CollectiveSettings(popup_for="creators"))
    win = login(qtbot, db, users["rolf"])
    qtbot.wait(800)
    settle(qtbot)
    assert win.contracts_desk.popup is None  # type: ignore[attr-defined]
    mine = login(qtbot, db, users["clara"])
    qtbot.waitUntil(lambda: mine.contracts_desk.popup is not None, timeout=5000)  # type: ignore[attr-defined]


def test_remind_me_later_and_the_admins_popup_rule(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    three_collective(db, users)
    win = login(qtbot, db, users["clara"])  # default rule: clerks, 4 hours of quiet
    qtbot.waitUntil(lambda: win.contracts_desk.popup is not None, timeout=5000)  # type: ignore[attr-defined]
    qtbot.mouseClick(win.contracts_desk.popup.later_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    win.close()
    again = login(qtbot, db, users["clara"])
    qtbot.wait(800)
    settle(qtbot)
    assert again.contracts_desk.popup is None  # type: ignore[attr-defined]
    # the Tools menu still opens it
    again.contracts_desk.check_popup()  # type: ignore[attr-defined]
    settle(qtbot)
    assert again.contracts_desk.popup is not None  # type: ignore[attr-defined]
    # only reviewers: rolf (clerk and reviewer) sees it; switched off: nobody
    save_setting(db, users["ada"].actor(), LOGIN_POPUP, LoginPopupRule(roles=("reviewer",)))
    rolf = login(qtbot, db, users["rolf"])
    qtbot.waitUntil(lambda: rolf.contracts_desk.popup is not None, timeout=5000)  # type: ignore[attr-defined]
    save_setting(db, users["ada"].actor(), LOGIN_POPUP, LoginPopupRule(enabled=False))
    off = login(qtbot, db, users["rolf"])
    qtbot.wait(800)
    settle(qtbot)
    assert off.contracts_desk.popup is None  # type: ignore[attr-defined]
