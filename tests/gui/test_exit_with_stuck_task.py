"""The application ends even when a background task never does: Qt's thread pool waits for
its threads when a process ends, without a time limit, so a stuck task used to keep the
process alive forever after the last window closed (with no error anywhere)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import logging, sys, threading
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from invoicedesk.gui.common.tasks import end_process, run_task, wait_before_exit

    logging.basicConfig(stream=sys.stderr, level=logging.INFO)
    app = QApplication(sys.argv)
    never = threading.Event()

    def wait_for_ever() -> None:
        never.wait()

    run_task(wait_for_ever, label="Waiting for ever")
    QTimer.singleShot(100, app.quit)
    app.exec()
    stuck = wait_before_exit(500)
    print("stuck:", stuck, flush=True)
    if {mode!r} == "end":
        end_process(3, stuck)
    """
)


def _run(mode: str) -> tuple[subprocess.CompletedProcess[str] | None, float]:
    started = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD.format(mode=mode)],
            capture_output=True, text=True, timeout=30, cwd=ROOT, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None, time.monotonic() - started
    return proc, time.monotonic() - started


def test_a_stuck_task_is_named_in_the_log_and_the_process_ends() -> None:
    proc, _seconds = _run("end")
    assert proc is not None, "the process did not end"
    assert proc.returncode == 3, proc.stderr
    assert "stuck: ['wait_for_ever (Waiting for ever)']" in proc.stdout
    assert "background work did not end at exit" in proc.stderr
    assert "in wait_for_ever" in proc.stderr  # the stack of the task that did not end


@pytest.mark.slow
def test_without_end_process_the_stuck_task_keeps_the_process_alive() -> None:
    """Why :func:`end_process` exists (if Qt ever stops waiting, this test says so)."""
    proc, seconds = _run("return")
    assert proc is None and seconds >= 30
