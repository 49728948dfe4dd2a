"""Stress run of issue 15's GUI crash: the send-date calendar of the collective-invoices window
opened and confirmed again and again, on the real main window over demo data, while the
scheduler, supplier-invoice intake and the change feed run in the background.

    python -X dev -m tests.gui.send_date_stress --cycles 400 [--no-guard] [--home DIR]

Prints one JSON line: ``cycles``, ``true_at_start`` (references to ``True`` before the run),
``true_lost`` (references PySide6 lost during the run, counted by the guard or measured),
``true_min`` (the lowest count seen) and ``intakes``/``scheduler_passes``. Without the guard
(``--no-guard``) the process aborts with "Fatal Python error: bool_dealloc" once the run has
lost more references than ``True`` had: the crash clerks saw.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from monkey_world import desk, world  # noqa: E402


def _wait(app: Any, condition: Any, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.005)
    return False


def _confirm_modal(days_ahead: int, seen: list[str]) -> None:
    """Pick a day in the calendar the button opened and click OK (as a clerk would); any other
    modal dialog (an error message) is recorded and closed."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialogButtonBox

    dialog = QApplication.activeModalWidget()
    if dialog is None:
        return
    calendar = dialog.findChild(QCalendarWidget)
    buttons = dialog.findChild(QDialogButtonBox)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok) if buttons is not None else None
    if calendar is None or ok is None:
        seen.append(dialog.windowTitle())
        dialog.close()
        return
    calendar.setSelectedDate(QDate.currentDate().addDays(days_ahead))
    ok.click()


def run(cycles: int, guard: bool, home: Path) -> dict[str, Any]:
    """The stress run (see the module docstring)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from invoicedesk.gui.common.tasks import registry
    from invoicedesk.gui.incoming.entries import IntakeEntry
    from invoicedesk.gui.shell import gc_guard, refcount_guard

    app = QApplication.instance() or QApplication([])
    gc_guard.install(app)
    if guard:
        refcount_guard.install(app)
    intakes = passes = 0
    other_dialogs: list[str] = []
    with world(home, cases=120, files=12) as w:
        window = desk(w)
        # the contracts feature (scheduler, popup) starts after the first paint
        assert _wait(app, lambda: hasattr(window, "contracts_desk")), "contracts not started"
        contracts = window.contracts_desk  # type: ignore[attr-defined]
        view = contracts.open_collective()
        assert _wait(app, lambda: view.list.rowCount() > 0), "no collective invoices shown"
        intake = window.findChild(IntakeEntry).controller()
        rows = view.list.rowCount()
        true_at_start = _natural()
        true_min = sys.getrefcount(True)
        for i in range(cycles):
            view.list.selectRow(i % rows)
            QTimer.singleShot(0, lambda i=i: _confirm_modal(30 + i % 300, other_dialogs))
            view.date_button.click()  # ask_date: exec() returns when OK was clicked
            if i % 10 == 0 and w.intake_files:
                start = (i // 10 * 3) % len(w.intake_files)
                intake.import_files(w.intake_files[start : start + 3])
                intakes += 1
            if i % 4 == 0 and not contracts.scheduler.busy:
                contracts.scheduler.check_now()
                passes += 1
            app.processEvents()
            true_min = min(true_min, sys.getrefcount(True))
        _wait(app, lambda: registry().busy() == 0, 120)
        window.watcher.stop()
        contracts.scheduler.stop()
        _wait(app, lambda: registry().busy() == 0, 30)
        window.close()
        app.processEvents()
        lost = true_at_start - _natural()
    return {
        "cycles": cycles,
        "guard": guard,
        "true_at_start": true_at_start,
        "true_lost": lost,
        "true_min": true_min,
        "intakes": intakes,
        "scheduler_passes": passes,
        "other_dialogs": other_dialogs,
    }


def _natural() -> int:
    """References to ``True`` not counting those the guard keeps."""
    from invoicedesk.gui.shell import refcount_guard

    return sys.getrefcount(True) - len(refcount_guard._anchors["True"])


def main(argv: list[str] | None = None) -> int:
    """Run from the command line; prints the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cycles", type=int, default=300)
    parser.add_argument("--no-guard", action="store_true")
    parser.add_argument("--home", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="invoicedesk-stress-") as tmp:
        report = run(args.cycles, not args.no_guard, args.home or Path(tmp))
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
