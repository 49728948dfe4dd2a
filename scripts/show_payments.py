#!/usr/bin/env python3
"""Open the desk on demo data with payments: a partly paid invoice, an imported statement.

    python scripts/show_payments.py [--reconcile] [--lang de]

A fresh SQLite database in a temporary folder gets 300 demo cases; one open invoice is paid in
part (400.00 or a third), and a generated CAMT.053 statement for the open invoices (sure
references, lines without a reference, a combined transfer, fees) is imported, so some lines
are booked and some wait. The desk opens with the partly paid invoice selected on its
*Payment* tab; ``--reconcile`` opens the reconciliation view instead. Screenshots:
``screenshot.sh OUT.png 12 -- .venv/bin/python scripts/show_payments.py --reconcile``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Prepare the database, open the window, run the event loop."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reconcile", action="store_true")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1600x1000", help="window size, e.g. 1366x768")
    parser.add_argument("--shot", default="", help="save the screen to this PNG, then quit")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="invoicedesk-payments-")
    os.environ["INVOICEDESK_HOME"] = folder  # settings of its own (no watched folders)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from invoicedesk.bench.camt_writer import Line, camt053
    from invoicedesk.domain.payments.matching import RECEIVABLE
    from invoicedesk.domain.workflow import Actor
    from invoicedesk.gui.common.i18n import install_translator
    from invoicedesk.gui.payments.menu import open_reconcile
    from invoicedesk.gui.shell.features import desk_window
    from invoicedesk.services.demo.cases import generate
    from invoicedesk.services.payments.bank_import import import_file
    from invoicedesk.services.payments.open_items import open_items
    from invoicedesk.services.payments.recording import PaymentInput, record_payment
    from invoicedesk.services.settings.users import get_user
    from invoicedesk.services.wiring import install
    from invoicedesk.store.database import Database
    from invoicedesk.store.migrate import upgrade
    from invoicedesk.store.models.users import User

    install()
    app = QApplication(sys.argv)
    if args.lang != "en":
        install_translator(args.lang)
    db = Database(f"sqlite:///{Path(folder, 'payments.sqlite3').as_posix()}")
    upgrade(db.engine)
    generate(db, 300, seed=4)
    with db.read() as s:
        admin = s.scalar(select(User.id).where(User.login == "admin"))
        user = get_user(s, int(admin or 1))
        items = [i for i in open_items(s) if i.side == RECEIVABLE]
    actor = user.actor()
    partial = max(items, key=lambda i: i.open_amount)
    record_payment(
        db,
        actor,
        PaymentInput(
            (partial.open_amount / 3).quantize(Decimal("0.01")),
            date(2026, 12, 1),
            [(partial.case_id, (partial.open_amount / 3).quantize(Decimal("0.01")))],
        ),
    )
    rest = [i for i in items if i.case_id != partial.case_id]
    day = date(2026, 12, 3)
    lines = [
        Line(i.open_amount, day, i.party_name, i.party_iban, f"RE {i.number}") for i in rest[:4]
    ]
    lines += [
        Line(i.open_amount, day, i.party_name, i.party_iban, "Danke fuer die Lieferung")
        for i in rest[4:7]
    ]
    a, b = rest[7], rest[8]
    lines.append(
        Line(
            a.open_amount + b.open_amount - Decimal("5.00"),
            day,
            a.party_name,
            a.party_iban,
            f"{a.number} + {b.number}",
        )
    )
    lines.append(Line(Decimal("-12.50"), day, "", "", "Kontofuehrungsentgelt 11/2026"))
    lines.append(Line(Decimal("0.37"), day, "", "", "Habenzinsen"))
    import_file(db, Actor.system(), Path("statement.xml"), camt053(lines, statement_id="DEMO-1"))

    window = desk_window(db, user, poll=False)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()

    def arrange() -> None:
        if args.reconcile:
            view = open_reconcile(window)
            view.move(0, 0)
            view.resize(width, height)
        else:
            window.show_case(partial.case_id)
            tabs = window.detail.tabs
            for n in range(tabs.count()):
                if tabs.tabText(n) in ("Payment", "Zahlung", "Betaling"):
                    tabs.setCurrentIndex(n)
        if args.shot:
            QTimer.singleShot(2500, shoot)

    def shoot() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).save(args.shot)
        app.quit()

    QTimer.singleShot(1500, arrange)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
