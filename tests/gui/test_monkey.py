"""The monkey test in CI: half a minute of random clicks, keys, menus and dialogs on the real
desk (``scripts/monkey.py``) ends without a crash, an unhandled exception or a Qt warning."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
    assert report["crashed"] is False, report
    assert report["errors"] == [], report["errors"]
    assert report["actions"] > 100 and report["windows_opened"] > 5
    assert proc.returncode == 0
