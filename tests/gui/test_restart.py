"""Restart after a language or database change: windows close the normal way (a window that
refuses keeps the session), the event loop is ended, and a new process starts with the same
command line."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from invoicedesk.gui.common import restart


class _Stubborn(QWidget):
    """A window with unsaved edits whose clerk answers *Cancel*."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def test_a_window_that_refuses_to_close_keeps_the_session(qtbot) -> None:  # type: ignore[no-untyped-def]
    stubborn = _Stubborn()
    qtbot.addWidget(stubborn)
    stubborn.show()
    quits: list[bool] = []
    assert restart.request(quit=lambda: quits.append(True)) is False
    assert stubborn.isVisible() and quits == [] and not restart.requested()


def test_request_closes_the_windows_and_quits(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    quits: list[bool] = []
    try:
        assert restart.request(quit=lambda: quits.append(True)) is True
        assert not window.isVisible() and quits == [True] and restart.requested()
    finally:
        restart._requested = False


def test_the_new_process_gets_the_same_command_line(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["invoicedesk", "--version"])
    assert restart.command() == [sys.executable, "-m", "invoicedesk", "--version"]
    process = restart.start_again()
    try:
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert not restart.requested()
    out = subprocess.run(restart.command(), capture_output=True, text=True, timeout=60,
                         check=False)  # fmt: skip
    assert out.stdout.startswith("InvoiceDesk ")
