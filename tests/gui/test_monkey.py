"""The monkey test in CI: half a minute of random clicks, keys, menus and dialogs on the real
desk (``scripts/monkey.py``) ends without a crash, an unhandled exception or a Qt warning; and
the monkey's own way out: quitting the desk while a window asks before it closes."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from .conftest import settle

ROOT = Path(__file__).resolve().parents[2]


def _harness() -> Any:
    """``scripts/monkey.py`` as a module (the scripts folder is no package)."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    import monkey

    return monkey


@pytest.mark.slow
def test_a_short_monkey_run_finds_nothing(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "monkey.py"), "--minutes", "0.5", "--seed", "15",
         "--home", str(tmp_path)],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    # a hang or crash says where it stood: the stacks of every thread and the last actions
    evidence = "\n".join(
        [*report.get("hang_dump", []), "last actions:", *report.get("last_actions", [])]
    )
    assert report["crashed"] is False, f"{report}\n{evidence}"
    assert report["errors"] == [], f"{report['errors']}\n{evidence}"
    assert report["actions"] > 100 and report["windows_opened"] > 5
    assert proc.returncode == 0


def test_the_monkey_quits_the_desk_while_a_dialog_asks_before_closing(
    qtbot: Any, db: Any, users: Any, window: Any
) -> None:
    """At the end of a run the monkey asks the desk to quit. Quitting closes every window and
    the settings dialog with an unsaved change asks "Close without saving?" first; the monkey
    used to stop acting before quitting, so that question waited forever (the hang of seed 15
    in CI). It must answer it, and the event loop must end."""
    from invoicedesk.gui.settings.dialog import SettingsDialog

    harness = _harness()
    app = QApplication.instance()
    report: dict[str, Any] = {"actions": 0, "windows_opened": 0, "window_kinds": {},
                              "modal_dialogs": 0, "errors": []}  # fmt: skip
    monkey = harness.Monkey(app, window, random.Random(15), report)
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
        monkey.finish()
        ticker.start()

    def open_settings() -> None:
        dialog = SettingsDialog(db, users["ada"].actor(), window)
        QTimer.singleShot(0, lambda: change_then_finish(dialog))
        dialog.exec()
        seen.append("settings closed")
        dialog.deleteLater()

    def stuck() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(f"still open after 30 s: {type(modal).__name__}")
        app.exit(2)  # ends every event loop

    QTimer.singleShot(0, open_settings)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(stuck)
    guard.start(30_000)
    code = app.exec()
    guard.stop()
    ticker.stop()
    assert code == 0, seen
    assert seen == ["changed pages: 1", "settings closed"]
    assert report["errors"] == []
    assert not window.isVisible()  # quitting closed the desk too
    settle(qtbot)
