"""Login dialog, main window frame, background tasks, per-user state, change polling."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from invoicedesk.config import WorkstationSettings
from invoicedesk.domain.errors import ValidationError
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.tasks import CancelToken, TaskCancelled, registry, run_task
from invoicedesk.gui.desk.case_model import COLUMN_INDEX
from invoicedesk.gui.shell.login import LoginDialog

from .conftest import settle


def test_login_remembers_the_user_never_the_password(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.login.setText("clara")
    dialog.password.setText("wrong password")
    dialog.try_login()
    qtbot.waitUntil(lambda: "wrong password" in dialog.message.text())
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.password.setText("correct horse")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.try_login()
    assert dialog.user is not None and dialog.user.initials == "CL"
    saved = WorkstationSettings.path().read_text(encoding="utf-8")
    assert json.loads(saved)["last_login"] == "clara"
    assert "correct horse" not in saved
    again = LoginDialog(db)
    qtbot.addWidget(again)
    assert again.login.text() == "clara" and again.password.text() == ""


def test_window_frame(qtbot, db, window, many_cases) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == f"InvoiceDesk — AD — {db.name}"
    assert window.status.database.text() == db.name
    assert "(AD)" in window.status.user.text()
    window.refresh()
    settle(qtbot)
    assert window.status.count.text() == f"{many_cases:,} cases"
    window.activateWindow()
    window.find_action.trigger()
    assert window.search.hasFocus() or QApplication.focusWidget() is window.search
    window.search.setText("schröder")
    qtbot.waitUntil(lambda: window.model.filter.search == "schröder")
    settle(qtbot)
    assert window.model.rowCount() > 0
    assert all("Schröder" in window.model.row_at(i).party for i in range(window.model.rowCount()))
    # status counts in the sidebar
    texts = []
    root = window.sidebar.status_tree.invisibleRootItem()
    for d in range(root.childCount()):
        for i in range(root.child(d).childCount()):
            texts.append(root.child(d).child(i).text(0))
    assert any(t.startswith("Sent  (") for t in texts)


def test_toolbar_has_new_invoice_and_import_after_refresh(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The wireframe's *New invoice* and *Import* come right after *Refresh*, with icons, as
    the features' own File-menu actions (same shortcut, same dialog), visible at 1366×768."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QToolBar

    bar = window.findChild(QToolBar, "caseToolbar")
    first = [a for a in bar.actions()[:4]]
    new_invoice = window.findChild(QAction, "action_new_invoice")
    import_ = window.findChild(QAction, "action_import_supplier_invoices")
    assert first[:3] == [window.refresh_action, new_invoice, import_]
    assert first[3].isSeparator()
    assert new_invoice in window.file_menu.actions() and import_ in window.file_menu.actions()
    for action in (new_invoice, import_):
        assert not action.icon().isNull()
        button = bar.widgetForAction(action)
        assert button is not None and button.isVisible()
    assert bar.widgetForAction(new_invoice).text() == "New invoice"
    assert bar.widgetForAction(import_).text() == "Import"
    # no toolbar entry falls into the overflow menu at 1366 px
    for action in bar.actions():
        if not action.isSeparator() and action.isVisible() and bar.widgetForAction(action):
            assert bar.widgetForAction(action).isVisible(), action.text()
    # the search stays in view (the menu bar's corner), not in the full toolbar's overflow
    search = window.search
    assert search.isVisible() and search.mapTo(window, search.rect().topRight()).x() <= 1366
    assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText())
    # ordered by rank, not by install order: a later feature's rank 15 goes between them
    extra = QAction("Extra", window)
    window.add_toolbar_action(extra, "refresh", 15)
    assert bar.actions()[:4] == [window.refresh_action, new_invoice, extra, import_]


def test_column_order_and_widths_persist_per_user(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.gui.shell.features import desk_window

    header = window.table.horizontalHeader()
    header.moveSection(COLUMN_INDEX["party"], 0)
    header.resizeSection(COLUMN_INDEX["gross"], 211)
    window.close()  # saved when the window hides, restored when one is shown (window_state)
    again = desk_window(db, users["ada"], poll=False)
    qtbot.addWidget(again)
    again.show()
    h2 = again.table.horizontalHeader()
    assert h2.visualIndex(COLUMN_INDEX["party"]) == 0
    assert h2.sectionSize(COLUMN_INDEX["gross"]) == 211
    other = desk_window(db, users["clara"], poll=False)
    qtbot.addWidget(other)
    other.show()
    assert other.table.horizontalHeader().visualIndex(COLUMN_INDEX["party"]) != 0
    settle(qtbot)


def test_watcher_refreshes_on_changes(qtbot, db, window, make_case) -> None:  # type: ignore[no-untyped-def]
    window.watcher.poll()
    settle(qtbot)
    assert window.model.rowCount() == 0
    make_case("out", "sent")
    with qtbot.waitSignal(window.watcher.changed, timeout=5000):
        window.watcher.poll()
    settle(qtbot)
    assert window.model.rowCount() == 1


def test_run_task_result_error_progress_cancel(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    results, errors, steps = [], [], []
    run_task(lambda a, b: a + b, 2, 3, on_done=results.append)

    def work(n: int, progress) -> str:  # type: ignore[no-untyped-def]
        for i in range(n):
            progress(i + 1, n, f"file {i + 1}")
        return "ok"

    run_task(
        work,
        3,
        on_done=results.append,
        on_progress=lambda *a: steps.append(a),
        label="Reading files",
    )
    run_task(_fail, on_done=results.append, on_error=errors.append)
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    run_task(_fail)  # no on_error: the clerk gets a message
    token = CancelToken()
    token.cancel()
    run_task(_cancellable, on_done=results.append, cancel_token=token)
    settle(qtbot)
    assert sorted(map(str, results)) == ["5", "ok"]
    assert steps[-1] == (3, 3, "file 3")
    assert isinstance(errors[0], ValidationError)
    assert shown == ["The amount is wrong."]
    assert registry().busy() == 0


def _fail() -> None:
    raise ValidationError("The amount is wrong.")


def _cancellable(cancel: CancelToken) -> str:
    cancel.raise_if_cancelled()
    raise AssertionError("not reached")


def test_keyboard_enter_opens_detail(qtbot, window, many_cases) -> None:  # type: ignore[no-untyped-def]
    window.refresh()
    settle(qtbot)
    window.toggle_detail.setChecked(False)
    window.table.setFocus()
    window.table.selectRow(2)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.detail.isVisible()
    assert TaskCancelled is not None


def test_postgresql_notification_wakes_the_desk(qtbot, db, window, make_case) -> None:  # type: ignore[no-untyped-def]
    """On PostgreSQL another workstation's change shows at once, long before the backup poll."""
    from invoicedesk.gui.desk.watcher import BACKUP_POLL_MS
    from invoicedesk.store.change_feed import supports_notifications

    if not supports_notifications(db):
        pytest.skip("change notifications need PostgreSQL")
    window.watcher.start()
    assert window.watcher.listening and window.watcher.timer.interval() == BACKUP_POLL_MS
    settle(qtbot)
    qtbot.wait(500)  # LISTEN is in place
    assert window.model.rowCount() == 0
    make_case("out", "sent")
    with qtbot.waitSignal(window.watcher.changed, timeout=5000):
        pass
    settle(qtbot)
    assert window.model.rowCount() == 1
