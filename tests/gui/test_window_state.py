"""Window state (issue 21): every window restores size, position, splitters and columns per
screen configuration, clamped to the screen; first open fits the screen; Esc closes, Enter
confirms; the send-date calendar opens on the current send date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QDate, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.common import window_state
from invoicedesk.gui.contracts.collective_view import CollectiveView
from invoicedesk.gui.contracts.contracts_view import ContractsView
from invoicedesk.gui.contracts.login_popup import date_dialog, picked_date
from tests.gui.conftest import settle


@pytest.fixture(autouse=True)
def logged_in() -> None:
    """Windows without a user of their own keep their state for ``ada`` (the tracker is
    installed for every GUI test, see conftest)."""
    window_state.set_user("ada")


class Probe(QDialog):
    """A dialog with a splitter and a table, as the app's editors have."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("probeDialog")
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(3, 4)
        self.table.setObjectName("probeTable")
        self.split.addWidget(self.table)
        self.split.addWidget(QWidget())
        lay = QVBoxLayout(self)
        lay.addWidget(self.split)
        self.resize(500, 400)


def available() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_clamp_shrinks_and_moves_into_the_screen() -> None:
    screen = QRect(0, 0, 1366, 728)
    assert window_state.clamp(QRect(-200, -50, 1280, 820), screen) == QRect(0, 0, 1280, 728)
    assert window_state.clamp(QRect(900, 500, 800, 400), screen) == QRect(566, 328, 800, 400)
    # the frame (title bar) counts: the window with its frame stays on the screen
    assert window_state.clamp(QRect(0, 0, 1280, 820), screen, (10, 30)) == QRect(0, 0, 1280, 698)
    inside = QRect(100, 100, 600, 400)
    assert window_state.clamp(inside, screen) == inside


def test_first_size_fits_a_small_screen() -> None:
    small = QRect(0, 0, 1366, 728)
    first = window_state.first_size(QRect(0, 0, 1280, 820), small)
    assert small.contains(first) and first.height() <= 728 - 2 * window_state.MARGIN
    assert first.width() == 1280  # what fits stays as wanted


def test_size_splitter_and_columns_come_back(qtbot: Any) -> None:
    probe = Probe()
    qtbot.addWidget(probe)
    probe.show()
    probe.setGeometry(QRect(available().x() + 30, available().y() + 40, 420, 330))
    probe.split.setSizes([300, 120])
    probe.table.setColumnWidth(1, 177)
    probe.hide()  # accept/reject/close all hide: the state is saved then
    again = Probe()
    qtbot.addWidget(again)
    again.show()
    assert again.geometry().size() == probe.geometry().size()
    assert again.geometry().topLeft() == probe.geometry().topLeft()
    assert again.split.sizes() == probe.split.sizes()
    assert again.table.columnWidth(1) == 177


def test_state_is_kept_per_user_and_screen_configuration(qtbot: Any) -> None:
    probe = Probe()
    qtbot.addWidget(probe)
    probe.show()
    probe.resize(333, 222)
    probe.hide()
    keys = window_state.settings().allKeys()
    assert f"ada/{window_state.screen_config()}/probeDialog/rect" in keys
    window_state.set_user("bert")  # another user starts with the defaults
    other = Probe()
    qtbot.addWidget(other)
    other.show()
    assert other.size().width() != 333


def test_a_saved_size_larger_than_the_screen_is_clamped(qtbot: Any) -> None:
    s = window_state.settings()
    key = f"ada/{window_state.screen_config()}/probeDialog/rect"
    s.setValue(key, QRect(-400, -300, 5000, 4000))
    s.sync()
    probe = Probe()
    qtbot.addWidget(probe)
    probe.show()
    assert available().contains(probe.frameGeometry().topLeft())
    assert probe.width() <= available().width() and probe.height() <= available().height()


def test_first_open_of_a_large_window_fits_the_screen(qtbot: Any) -> None:
    probe = Probe()
    qtbot.addWidget(probe)
    probe.resize(available().width() + 600, available().height() + 400)
    probe.show()
    assert available().contains(probe.geometry())


def test_main_window_geometry_is_a_rectangle_not_the_toolbar_state(qtbot: Any, window: Any) -> None:
    window.setGeometry(QRect(available().x() + 10, available().y() + 20, 700, 500))
    window.hsplit.setSizes([450, 250])
    window.close()
    s = window_state.settings()
    rect = s.value(f"ada/{window_state.screen_config()}/mainWindow/rect")
    assert isinstance(rect, QRect) and rect.size().width() == 700
    assert not any(k.endswith("/geometry") for k in s.allKeys())
    blob = s.value("ada/mainWindow/splitter/deskHSplit")
    assert isinstance(blob, QByteArray) and not blob.isEmpty()


def test_main_window_after_restart_has_its_size(qtbot: Any, db: Any, users: Any) -> None:
    from invoicedesk.gui.shell.features import desk_window

    first = desk_window(db, users["ada"], poll=False)
    qtbot.addWidget(first)
    first.show()
    settle(qtbot)
    first.setGeometry(QRect(available().x() + 5, available().y() + 5, 1100, 620))
    first.table.setColumnWidth(2, 211)
    first.close()
    first.watcher.stop()
    second = desk_window(db, users["ada"], poll=False)
    qtbot.addWidget(second)
    assert window_state.has_saved_geometry(second)
    second.show()
    settle(qtbot)
    assert second.size() == first.size()
    assert second.table.columnWidth(2) == 211
    second.watcher.stop()


@pytest.mark.parametrize("kind", [ContractsView, CollectiveView])
def test_tool_windows_have_close_and_esc_closes(qtbot: Any, db: Any, users: Any, kind: Any) -> None:
    win = kind(db, users["clara"].actor())
    qtbot.addWidget(win)
    win.show()
    settle(qtbot)
    close = win.findChild(QPushButton, "closeButton")
    assert close is not None and close.isVisible()
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert not win.isVisible()
    win.show()
    settle(qtbot)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not win.isVisible()


def test_esc_in_a_dialog_rejects_enter_accepts(qtbot: Any) -> None:
    box = date_dialog(None, "Send date")
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.result() == QDialog.DialogCode.Rejected and not box.isVisible()


def test_send_date_calendar_opens_on_the_current_date_and_enter_confirms(qtbot: Any) -> None:
    current = date.today() + timedelta(days=10)
    box = date_dialog(None, "Send date", current)
    qtbot.addWidget(box)
    box.show()
    calendar = box.findChild(QCalendarWidget)
    assert calendar is not None and calendar.selectedDate() == QDate(current)
    focus = box.focusWidget()  # the calendar's day grid has the keyboard
    assert focus is not None and calendar.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_Right)  # one day later
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert box.result() == QDialog.DialogCode.Accepted and not box.isVisible()
    assert picked_date(box) == current + timedelta(days=1)


def test_a_past_send_date_opens_on_today(qtbot: Any) -> None:
    box = date_dialog(None, "Send date", date.today() - timedelta(days=30))
    qtbot.addWidget(box)
    box.show()
    calendar = box.findChild(QCalendarWidget)
    assert calendar is not None and calendar.selectedDate() == QDate.currentDate()


def test_two_windows_of_one_class_with_different_roles_keep_separate_sizes(qtbot: Any) -> None:
    """Keyed by role, not only by class: *Resend* keeps its size apart from *Send*."""
    sizes = {"send": (480, 360), "resend": (610, 430)}
    for role, (width, height) in sizes.items():
        probe = Probe()
        window_state.set_role(probe, role)
        qtbot.addWidget(probe)
        probe.show()
        probe.resize(width, height)
        probe.hide()
    for role, (width, height) in sizes.items():
        again = Probe()
        window_state.set_role(again, role)
        qtbot.addWidget(again)
        again.show()
        assert (again.width(), again.height()) == (width, height), role
    keys = window_state.settings().allKeys()
    assert f"ada/{window_state.screen_config()}/probeDialog@resend/rect" in keys
    plain = Probe()  # without a role: its own key, as before
    qtbot.addWidget(plain)
    plain.show()
    assert (plain.width(), plain.height()) == (500, 400)


def test_the_draft_editor_carries_its_kind_as_role(qtbot: Any, db: Any, users: Any) -> None:
    from invoicedesk.domain.enums import CaseKind
    from invoicedesk.gui.outgoing.draft_editor import DraftEditor

    editor = DraftEditor(db, users["ada"].actor(), None, kind=CaseKind.CREDIT_NOTE)
    qtbot.addWidget(editor)
    assert window_state.window_key(editor) == "draftEditor@credit_note"
