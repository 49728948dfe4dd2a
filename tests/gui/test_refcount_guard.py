"""Issue 15's GUI crash ("bool_dealloc"): PySide6 6.12 loses a reference to ``True`` on every
``emit()`` from Python (and to ``None`` on every void call); the guard measures that and tops the
counts up. The stress run opens and confirms the send-date calendar again and again while the
scheduler, intake and the change feed work: it loses more references to ``True`` than there
were, which aborted the app before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from invoicedesk.gui.shell import refcount_guard

ROOT = Path(__file__).resolve().parents[2]


class _Emitter(QObject):
    ping = Signal()


def test_the_guard_measures_what_this_pyside_loses() -> None:
    found = refcount_guard.leaks()
    if not refcount_guard.needed():
        assert found == set()  # Python 3.12+: immortal singletons
        return
    before = sys.getrefcount(True)
    emitter = _Emitter()
    for _ in range(1000):
        emitter.ping.emit()
    lost = before - sys.getrefcount(True)
    assert ("True" in found) == (lost >= 900)  # the probe agrees with a plain measurement
    if not found:
        pytest.skip("this PySide6 loses no references: the guard stays off")


def test_the_guard_keeps_true_alive_through_many_emits(qapp: Any) -> None:
    if "True" not in refcount_guard.guarded():
        pytest.skip("this PySide6 loses no references to True")
    low, _step = refcount_guard.LEVELS["True"]
    emitter = _Emitter()
    timer = refcount_guard.install(qapp)  # tops up now: at least ``low`` references
    try:
        for _round in range(4):  # 196 000 emits: far more references than True has unguarded
            assert sys.getrefcount(True) >= low
            for _ in range(low - 1000):
                emitter.ping.emit()
            refcount_guard.top_up()
    finally:
        if timer is not None:
            timer.stop()


@pytest.mark.slow
def test_send_date_calendar_under_background_work_does_not_crash(tmp_path: Path) -> None:
    """The reproduction: without the guard this run aborts with "bool_dealloc"."""
    proc = subprocess.run(
        [sys.executable, "-X", "dev", "-m", "tests.gui.send_date_stress", "--cycles", "900",
         "--home", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=1200, check=False,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["other_dialogs"] == []  # every date was saved, no error message
    assert report["intakes"] >= 50 and report["scheduler_passes"] >= 100
    if "True" in refcount_guard.guarded():
        # the run lost more references to True than True had: unguarded, it would have died
        assert report["true_lost"] > report["true_at_start"]
