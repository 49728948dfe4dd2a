"""The monkey test in CI: half a minute of random clicks, keys, menus and dialogs on the real
desk (``scripts/monkey.py``) ends without a crash, an unhandled exception or a Qt warning; and
the monkey's own way out: quitting the desk while a window asks before it closes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


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


def _way_out(tmp_path: Path, *flags: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.gui.monkey_way_out", "--home", str(tmp_path), *flags],
        capture_output=True, text=True, timeout=300, cwd=ROOT, check=False,
        env={**os.environ, "INVOICEDESK_HOME": str(tmp_path)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_monkey_quits_the_desk_while_a_dialog_asks_before_closing(tmp_path: Path) -> None:
    """At the end of a run the monkey asks the desk to quit. Quitting closes every window, and
    the settings dialog with an unsaved change asks "Close without saving?" first; the monkey
    used to stop acting before quitting, so that question waited for ever (the likely hang of
    seed 15 in CI). It answers it now, and the event loop ends."""
    result = _way_out(tmp_path / "new")
    assert result["code"] == 0, result
    assert result["seen"] == ["changed pages: 1", "settings closed"], result
    assert result["answered"] == ["QMessageBox"] and result["errors"] == []
    assert result["desk_visible"] is False and result["tasks_left"] == []


@pytest.mark.slow
def test_the_old_way_out_waits_for_ever(tmp_path: Path) -> None:
    """The same end the old way (stop acting, then quit): the question is never answered and
    the desk is still open after 30 s - what the test above guards against."""
    result = _way_out(tmp_path / "old", "--old-way")
    assert result["code"] == 2
    assert result["seen"] == ["changed pages: 1", "still open after 30 s: QMessageBox",
                              "settings closed"]  # fmt: skip
