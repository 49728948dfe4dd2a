"""``invoicedesk --smoke-test``: prove that an installation is complete, then quit.

In a temporary folder (settings, logs, SQLite database) it runs the migrations, fills a few
demo cases (PDF attachments), renders a Factur-X invoice and validates its XML (XSD and
schematron through saxonche), loads the German translation, logs in as the demo admin, opens
the main window with the settings dialog installed, waits until the first page of cases is
shown, and quits. It prints one JSON line with the timings and exits 0 when every check passed.
Used by the packaging test on the PyInstaller bundle and by hand after an installation.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from typing import Any

SMOKE_CASES = 20


def _wait(app: Any, condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def run_smoke_test(args: argparse.Namespace) -> int:
    """Run the checks (see the module docstring); returns the exit status."""
    started = time.perf_counter()
    report: dict[str, Any] = {"ok": False}
    with tempfile.TemporaryDirectory(prefix="invoicedesk-smoke-") as home:
        os.environ["INVOICEDESK_HOME"] = home
        os.environ.pop("INVOICEDESK_DATABASE_URL", None)
        try:
            report.update(_checks(home, started))
        except Exception as exc:  # the report says what failed; the exit status says that it did
            report["error"] = f"{type(exc).__name__}: {exc}"
    report["total_seconds"] = round(time.perf_counter() - started, 3)
    print(json.dumps(report), flush=True)
    return 0 if report.get("ok") else 1


def _checks(home: str, started: float) -> dict[str, Any]:
    from invoicedesk.logging_setup import setup_logging

    setup_logging()
    from invoicedesk.store.database import Database
    from invoicedesk.store.migrate import upgrade

    result: dict[str, Any] = {}
    db = Database(f"sqlite:///{home}/smoke.sqlite3")
    upgrade(db.engine)
    result["migrated"] = True

    from invoicedesk.services.settings.first_start import use_demo_data

    use_demo_data(db, SMOKE_CASES)
    result["demo_cases"] = SMOKE_CASES

    from invoicedesk.documents.einvoice.facturx import invoice_xml, render_invoice_pdf
    from invoicedesk.documents.einvoice.validate import validate_einvoice
    from invoicedesk.documents.samples import sample_invoice

    doc = sample_invoice(3, "de")
    pdf = render_invoice_pdf(doc)
    report = validate_einvoice(invoice_xml(doc))
    result["pdf_bytes"] = len(pdf)
    result["einvoice_valid"] = report.ok

    from invoicedesk.gui.common import i18n
    from invoicedesk.gui.common.tasks import registry, wait_idle
    from invoicedesk.gui.shell import crash
    from invoicedesk.gui.shell.application import make_app, show_main_window
    from invoicedesk.services.settings.users import authenticate

    gui_started = time.perf_counter()
    app = make_app(sys.argv[:1])
    crash.install()
    result["translation_de"] = i18n.install_translator("de")
    user = authenticate(db, "admin", "admin-demo")
    window = show_main_window(db, user)
    shown = _wait(app, lambda: window.model.rowCount() > 0 and registry().busy() == 0, 60)
    result["window_rows"] = window.model.rowCount()
    result["window_seconds"] = round(time.perf_counter() - started, 3)
    result["gui_seconds"] = round(time.perf_counter() - gui_started, 3)
    result["settings_menu"] = any(
        a.objectName() == "settingsAction" for a in window.tools_menu.actions()
    )
    window.watcher.timer.stop()
    window.close()
    wait_idle(5000)
    app.processEvents()
    db.dispose()
    result["ok"] = bool(
        shown and report.ok and result["translation_de"] and result["settings_menu"]
    )
    return result
