"""The desk starts without the features' heavy parts, and every lazily loaded entry still works.

The features install their menu entries, toolbar actions, shortcuts and action hooks from light
``entries`` modules (:mod:`invoicedesk.gui.shell.features`) and import their windows, dialogs
and services on first use. A fresh process (this test process has imported everything already)
builds and shows the desk as the app does and reports which of the heavy modules are loaded;
then, in this process, each lazily loaded entry is triggered and must open its window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from invoicedesk.domain.workflow import Action
from invoicedesk.gui.desk.extensions import ACTION_HOOKS

from .conftest import settle

#: imported by nobody until the clerk uses the feature (nor right after the first paint)
NEVER_AT_START = (
    "invoicedesk.gui.billing.wizard",
    "invoicedesk.services.billing.rules",
    "invoicedesk.services.billing.process",
    "invoicedesk.gui.settings.dialog",
    "invoicedesk.services.settings.connection_check",
    "invoicedesk.gui.outgoing.menu",
    "invoicedesk.gui.outgoing.draft_editor",
    "invoicedesk.gui.outgoing.send_dialog",
    "invoicedesk.gui.payments.menu",
    "invoicedesk.gui.payments.reconcile_view",
    "invoicedesk.services.payments.bank_import",
    "invoicedesk.gui.incoming.intake",
    "invoicedesk.gui.incoming.editor",
    "invoicedesk.gui.incoming.booking",
    "invoicedesk.gui.dunning.menu",
    "invoicedesk.gui.dunning.run_window",
    "invoicedesk.services.dunning.process",
    "invoicedesk.gui.orders.articles_view",
    "invoicedesk.gui.orders.orders_view",
    "invoicedesk.gui.orders.shop_view",
    "invoicedesk.gui.contracts.contracts_view",
    "invoicedesk.gui.contracts.collective_view",
    "invoicedesk.gui.contracts.login_popup",
    "invoicedesk.documents.pdf",
    "invoicedesk.documents.einvoice",
    "reportlab",
    "pdfplumber",
    "pypdf",
    "facturx",
    "saxonche",
    "tesserocr",
    "lxml",
)
#: loaded right after the first paint (the scheduler and its dispatcher must run), not before
AFTER_FIRST_PAINT = (
    "invoicedesk.gui.contracts.menu",
    "invoicedesk.gui.contracts.scheduler",
    "invoicedesk.services.mail.dispatcher",
    "invoicedesk.services.outgoing.issuing",
    "invoicedesk.services.incoming.intake",
)

CHILD = """
import json, sys, time
from invoicedesk.services import wiring
wiring.install()
from invoicedesk.gui.common.tasks import registry
from invoicedesk.gui.shell.application import make_app
from invoicedesk.gui.shell.features import desk_window
from invoicedesk.services.settings.users import authenticate
from invoicedesk.store.database import Database
db = Database(sys.argv[1], create=False)
app = make_app(sys.argv[:1])
window = desk_window(db, authenticate(db, "ada", "correct horse"), poll=False)
window.resize(1366, 768)
window.show()
deadline = time.monotonic() + 60
while window.model.rowCount() == 0 or window.model.row_at(0) is None:
    app.processEvents()
    assert time.monotonic() < deadline, "no first page"
    time.sleep(0.001)
window.table.viewport().repaint()
painted = sorted(sys.modules)
settled = time.monotonic() + 2  # the deferred start, the sidebar counts, the popup check
while registry().busy() or time.monotonic() < settled:
    app.processEvents()
    time.sleep(0.01)
started = hasattr(window, "contracts_desk") and window.contracts_desk.label.parent() is not None
print(json.dumps({"painted": painted, "settled": sorted(sys.modules), "started": started}))
window.close()
db.dispose()
"""


def _loaded(names: list[str], wanted: tuple[str, ...]) -> list[str]:
    return [w for w in wanted if any(n == w or n.startswith(w + ".") for n in names)]


def test_the_desk_starts_without_the_heavy_modules(db_url, db, many_cases) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, db_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    assert _loaded(report["painted"], NEVER_AT_START + AFTER_FIRST_PAINT) == []
    assert _loaded(report["settled"], NEVER_AT_START) == []
    # the deferred start did run: scheduler field in the status bar, the scheduler's modules
    assert report["started"]
    assert _loaded(report["settled"], AFTER_FIRST_PAINT) == list(AFTER_FIRST_PAINT)


def _tools(window: Any) -> dict[str, Any]:
    return {a.text(): a for a in window.tools_menu.actions() if a.text()}


def _file(window: Any) -> dict[str, Any]:
    return {a.text(): a for a in window.file_menu.actions() if a.text()}


def _shown(kind: str) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if type(w).__name__ == kind and w.isVisible()]


def _close_modal_later(seen: list[str]) -> None:
    """Close the next modal dialog as soon as it runs its own event loop."""

    def close() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, close)
            return
        seen.append(type(modal).__name__)
        modal.close()

    QTimer.singleShot(20, close)


def test_every_lazy_entry_still_opens_its_window(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    picked: list[str] = []

    def no_files(*_args: Any, **_kwargs: Any) -> tuple[list[str], str]:
        picked.append("files")
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(no_files))
    tools, files = _tools(window), _file(window)
    tools["Billing run…"].trigger()
    assert window.billing_wizard.isVisible()
    window.billing_wizard.close()
    tools["Service contracts…"].trigger()
    assert window.contracts_desk.contracts.isVisible()
    tools["Collective invoices…"].trigger()
    assert window.contracts_desk.collective.isVisible()
    tools["Payment reminders…"].trigger()
    assert _shown("DunningWindow")
    tools["Articles…"].trigger()
    tools["Sales orders…"].trigger()
    tools["Shop connections…"].trigger()
    assert window.commerce.articles.isVisible() and window.commerce.orders.isVisible()
    assert window.commerce.shops.isVisible()
    tools["Reconcile bank statements…"].trigger()
    assert _shown("ReconcileView")
    tools["Booking export…"].trigger()
    assert _shown("BookingExportDialog")
    files["New invoice…"].trigger()
    files["New credit note…"].trigger()
    assert len(_shown("DraftEditor")) == 2
    files["Import supplier invoices…"].trigger()
    files["Import bank statement…"].trigger()
    assert picked == ["files", "files"]
    seen: list[str] = []
    _close_modal_later(seen)
    tools["Settings…"].trigger()
    assert seen == ["SettingsDialog"]
    settle(qtbot)
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and widget.parent() is window:
            widget.close()
    settle(qtbot)


def test_the_lazy_hooks_reach_the_feature_dialogs(window) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.gui.incoming import intake
    from invoicedesk.gui.outgoing import entries as outgoing_entries
    from invoicedesk.gui.outgoing.menu import HOOKS as OUTGOING
    from invoicedesk.gui.payments.menu import HOOKS as PAYMENTS

    lazy = {a for a, hook in ACTION_HOOKS.items() if hook.__module__.endswith(".entries")}
    assert set(outgoing_entries.HOOKED) == set(OUTGOING)
    assert set(OUTGOING) | set(PAYMENTS) <= lazy
    hooked = {Action.EDIT, Action.READ_AGAIN, Action.BOOK_EXPORT, Action.REMIND}
    assert hooked <= lazy
    assert callable(intake.open_editor) and callable(intake.start_read_again)


@pytest.mark.parametrize("action", [Action.EDIT_DRAFT, Action.BOOK_EXPORT])
def test_a_lazy_hook_opens_its_dialog(qtbot, many_cases, window, action) -> None:  # type: ignore[no-untyped-def]
    direction = "out" if action is Action.EDIT_DRAFT else "in"
    status = "draft" if action is Action.EDIT_DRAFT else "approved"
    row = next(
        r
        for r in (window.model.row_at(i) for i in range(window.model.rowCount()))
        if r is not None and r.direction == direction and r.status == status
    )
    ACTION_HOOKS[action](window, row)
    kind = "DraftEditor" if action is Action.EDIT_DRAFT else "BookingExportDialog"
    shown = _shown(kind)
    assert shown
    for widget in shown:
        widget.close()
    settle(qtbot)
