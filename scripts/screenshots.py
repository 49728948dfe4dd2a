#!/usr/bin/env python3
"""Screenshots of the desk and its main windows on demo data, for docs/screenshots/.

Run under an X server of the wanted size (the windows are real, the screen is grabbed)::

    Xvfb :77 -screen 0 1366x768x24 & DISPLAY=:77 QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/screenshots.py --lang de --out docs/screenshots

It opens the desk once and closes it (as after a normal quit), opens it again (*desk after
restart*: the remembered size; the login popup of collective invoices without a send date is
taken as ``popup`` and closed first), then the supplier-invoice editor on a *Ready* case, the
settings, the billing run, the service contracts and the collective invoices, one at a time,
and saves
``<what>-<lang>-<width>x<height>.png`` for each.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _wait(app: Any, seconds: float, condition: Any = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition is not None and condition():
            return
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cases", type=int, default=120)
    parser.add_argument("--only", default="", help="comma-separated names to take")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="invoicedesk-shots-")
    os.environ["INVOICEDESK_HOME"] = home
    os.environ.pop("INVOICEDESK_DATABASE_URL", None)

    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from invoicedesk.services import wiring
    from invoicedesk.services.settings.first_start import use_demo_data
    from invoicedesk.services.settings.users import authenticate
    from invoicedesk.store.database import Database
    from invoicedesk.store.migrate import upgrade

    wiring.install()
    db = Database(f"sqlite:///{home}/shots.sqlite3")
    upgrade(db.engine)
    use_demo_data(db, args.cases)

    from invoicedesk.gui.common import i18n
    from invoicedesk.gui.common.tasks import registry
    from invoicedesk.gui.shell.application import make_app, show_main_window

    app = make_app(sys.argv[:1])
    QLocale.setDefault(QLocale("de_DE" if args.lang == "de" else "en_GB"))
    i18n.install_translator(args.lang)
    user = authenticate(db, "admin", "admin-demo")
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    size = screen.geometry().size()
    suffix = f"{args.lang}-{size.width()}x{size.height()}"
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = {w for w in args.only.split(",") if w}

    def idle() -> bool:
        return registry().busy() == 0

    def shot(name: str) -> None:
        _wait(app, 1.5)
        _wait(app, 20, idle)
        _wait(app, 0.8)
        path = args.out / f"{name}-{suffix}.png"
        screen.grabWindow(0).save(str(path))
        print(path, flush=True)

    first = show_main_window(db, user)
    _wait(app, 30, lambda: first.model.rowCount() > 0 and idle())
    first.watcher.stop()
    first.close()
    _wait(app, 1)
    window = show_main_window(db, user)  # the desk after a restart
    _wait(app, 30, lambda: window.model.rowCount() > 0 and idle())
    from PySide6.QtWidgets import QApplication, QDialog

    def popups() -> list[Any]:
        return [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.objectName() == "collectivePopup" and w.isVisible()
        ]  # fmt: skip

    _wait(app, 10, lambda: bool(popups()))
    if popups() and (not wanted or "popup" in wanted):
        shot("popup")  # the login popup over the desk (collective invoices without a date)
    for popup in popups():
        popup.close()
    if not wanted or "desk" in wanted:
        shot("desk")

    def action(text_part: str) -> Any:
        for menu in (window.file_menu, window.tools_menu, window.case_menu):
            for a in menu.actions():
                if text_part.lower() in a.text().lower().replace("&", ""):
                    return a
        raise LookupError(text_part)

    steps = [
        ("incoming", lambda: _open_incoming(window)),
        ("settings", lambda: action(_tr(args.lang, "Settings", "Einstellungen")).trigger()),
        ("billing", lambda: action(_tr(args.lang, "Billing run", "Abrechnungslauf")).trigger()),
        ("contracts", lambda: action(_tr(args.lang, "contracts", "verträge")).trigger()),
        ("collective", lambda: action(_tr(args.lang, "Collective", "Sammelrechnungen")).trigger()),
    ]
    from PySide6.QtCore import QTimer

    for name, opener in steps:
        if wanted and name not in wanted:
            continue
        before = set(QApplication.topLevelWidgets())

        def take(n: str = name, old: set[Any] = before) -> None:
            shot(n)
            for w in QApplication.topLevelWidgets():
                if w not in old and w.isVisible():
                    w.close()

        QTimer.singleShot(100, take)  # modal dialogs (settings) run their own loop
        try:
            opener()
        except LookupError as exc:
            print(f"not found: {exc}", flush=True)
        _wait(app, 3)
    window.watcher.stop()
    window.close()
    _wait(app, 1)
    db.dispose()
    return 0


def _tr(lang: str, en: str, de: str) -> str:
    return de if lang == "de" else en


def _open_incoming(window: Any) -> None:
    from invoicedesk.gui.incoming.intake import open_editor

    model = window.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    incoming = [row for row in rows if row is not None and row.direction == "in"]
    ready = [row for row in incoming if row.status == "ready"]  # the editable ones first
    for row in ready + incoming:
        open_editor(window, row)
        return
    raise LookupError("no incoming case")


if __name__ == "__main__":
    raise SystemExit(main())
