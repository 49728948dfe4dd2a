"""``invoicedesk bench startup``: process start -> login -> first page painted, against a bare
PySide6 process that shows a ``QMainWindow`` with one ``QTableView``, in the same run.

Both sides are fresh processes (``python -c …``) timed by this one from ``Popen`` until the
child writes ``painted`` on stdout:

* app: the real start path without the login dialog — open the database (schema check),
  log in as the demo admin (password hash checked), build and show the main window with every
  feature installed, wait until the first page of cases is painted;
* raw: import PySide6, a ``QApplication``, a ``QMainWindow`` whose central widget is a
  ``QTableView`` over an empty ``QStandardItemModel``, shown and painted.

JSON: ``app_ms``, ``raw_ms`` (medians of ``--repeat`` alternating runs), ``ratio`` =
app_ms / raw_ms. The database (``--cases`` cases) is built first, as ``bench table`` builds it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from typing import Any

RAW_CHILD = """
import sys
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(0, 8))
window.setCentralWidget(table)
window.resize(1366, 768)
window.show()
table.viewport().repaint()
app.processEvents()
print("painted", flush=True)
"""

APP_CHILD = "from invoicedesk.bench.startup import app_child; app_child({url!r})"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``bench startup``."""
    cmd = sub.add_parser(
        "startup", help="cold start to first page vs. a bare PySide6 window", parents=[common]
    )
    cmd.add_argument("--cases", type=int, default=1_000_000, help="number of cases (all states)")
    cmd.add_argument("--repeat", type=int, default=3, help="runs of each side (median)")
    cmd.set_defaults(handler=_run)


def app_child(url: str) -> None:
    """The app side, run in a fresh process: login -> main window -> first page painted."""
    from invoicedesk.services import wiring

    wiring.install()
    from invoicedesk.gui.common.tasks import registry
    from invoicedesk.gui.shell.application import make_app
    from invoicedesk.gui.shell.features import desk_window
    from invoicedesk.services.settings.users import authenticate
    from invoicedesk.store.database import Database

    db = Database(url, create=False)
    app = make_app(sys.argv[:1])
    user = authenticate(db, "admin", "admin-demo")
    window = desk_window(db, user, poll=False)
    window.resize(1366, 768)
    window.show()
    deadline = time.monotonic() + 120
    while window.model.rowCount() == 0 or window.model.row_at(0) is None:
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit("the first page did not arrive")
        time.sleep(0.001)
    window.table.viewport().repaint()
    print("painted", flush=True)
    while registry().busy():  # background work ends before the process does
        app.processEvents()
        time.sleep(0.01)
    db.dispose()


def _timed(code: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    child.communicate(timeout=120)
    if line.strip() != "painted" or child.returncode != 0:
        raise RuntimeError(f"the child process failed (exit code {child.returncode})")
    return elapsed


def _run(args: argparse.Namespace) -> int:
    from invoicedesk.bench.table import _database
    from invoicedesk.services.demo.cases import ensure_demo_users

    db = _database(args)
    ensure_demo_users(db)
    url = db.engine.url.render_as_string(hide_password=False)
    database = db.engine.dialect.name
    db.dispose()
    app_code = APP_CHILD.format(url=url)
    apps, raws = [], []
    for _ in range(max(1, args.repeat)):
        raws.append(_timed(RAW_CHILD))
        apps.append(_timed(app_code))
    app_ms, raw_ms = statistics.median(apps), statistics.median(raws)
    result = {
        "cases": args.cases,
        "database": database,
        "app_ms": round(app_ms, 1),
        "raw_ms": round(raw_ms, 1),
        "ratio": round(app_ms / raw_ms, 2),
        "app_runs_ms": [round(t, 1) for t in apps],
        "raw_runs_ms": [round(t, 1) for t in raws],
    }
    print(json.dumps(result, indent=2))
    return 0
