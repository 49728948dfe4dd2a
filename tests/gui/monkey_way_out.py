"""The monkey's way out on the real desk: the run's time is up while the settings dialog has
an unsaved change. Quitting closes every window, and that dialog asks "Close without saving?"
before it closes; the monkey must answer, and the event loop must end.

    python -m tests.gui.monkey_way_out [--home DIR] [--old-way]

Prints one JSON line: ``code`` (of the event loop: 0 when the desk quit, 2 when it was still
open after 30 s and had to be ended), ``seen`` (what happened, in order), ``errors`` and
``answered`` (the dialogs the monkey answered on the way out). ``--old-way`` ends the run as
the monkey did before (stop acting, then quit): the question waits for ever, code 2.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from monkey import Monkey  # noqa: E402
from monkey_world import desk, world  # noqa: E402

#: seconds after which a desk that has not quit is ended (and the run fails)
PATIENCE_MS = 30_000


def way_out(home: Path, old_way: bool) -> dict[str, Any]:
    """Open the settings dialog, change a field, let the run's time be up; report the end."""
    with world(home, cases=20, seed=1) as w:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QLineEdit

        from invoicedesk.gui.common.tasks import wait_before_exit
        from invoicedesk.gui.settings.dialog import SettingsDialog
        from invoicedesk.gui.shell.application import make_app

        app = make_app([sys.argv[0]])
        app.setQuitOnLastWindowClosed(False)
        window = desk(w)
        report: dict[str, Any] = {"actions": 0, "windows_opened": 0, "window_kinds": {},
                                  "modal_dialogs": 0, "errors": []}  # fmt: skip
        monkey = Monkey(app, window, random.Random(15), report)
        ticker = QTimer()
        ticker.setInterval(40)
        ticker.timeout.connect(monkey.step)
        seen: list[str] = []

        def change_then_finish(dialog: SettingsDialog) -> None:
            page = dialog.pages[dialog.list.currentRow()]
            if not page.loaded:  # the page loads in the background
                QTimer.singleShot(50, lambda: change_then_finish(dialog))
                return
            fields = page.findChildren(QLineEdit)
            field = next(f for f in fields if f.isEnabled() and not f.isReadOnly())
            field.selectAll()
            field.insert("changed")
            seen.append(f"changed pages: {len(dialog.changed_pages())}")
            if old_way:
                app.quit()
            else:
                monkey.finish()
                ticker.start()

        def open_settings() -> None:
            dialog = SettingsDialog(w.db, w.user.actor(), window)
            QTimer.singleShot(0, lambda: change_then_finish(dialog))
            dialog.exec()
            seen.append("settings closed")
            dialog.deleteLater()

        def stuck() -> None:
            modal = QApplication.activeModalWidget()
            seen.append(f"still open after {PATIENCE_MS // 1000} s: {type(modal).__name__}")
            app.exit(2)  # ends every event loop

        QTimer.singleShot(500, open_settings)
        QTimer.singleShot(PATIENCE_MS, stuck)
        code = app.exec()
        ticker.stop()
        window.watcher.stop()
        left = wait_before_exit(10_000)
        return {
            "code": code,
            "seen": seen,
            "errors": report["errors"],
            "answered": report["answered_on_the_way_out"],
            "desk_visible": window.isVisible(),
            "tasks_left": left,
        }


def main() -> int:
    """Run it and print the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--old-way", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="invoicedesk-way-out-") as tmp:
        result = way_out((args.home or Path(tmp)).resolve(), args.old_way)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
