"""The world a monkey or stress run plays in: a temporary home, a SQLite database with demo
data (cases, users, orders, service contracts, collective invoices without a send date, e-mails
due now), a local SMTP server (aiosmtpd on 127.0.0.1) as the company's mail server, and a
folder of real supplier invoices to take in. Nothing leaves the machine.

Used by ``scripts/monkey.py`` and the send-date stress test (``tests/gui/send_date_stress.py``).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the checkout's tests/ and invoicedesk/
    sys.path.insert(0, str(ROOT))

from tests.smtp_server import SmtpTestServer  # noqa: E402

#: real supplier invoices of the shared test data, taken in again and again
INTAKE_SOURCES = (
    "pdf/plain-invoices",
    "einvoice/zugferd",
    "pdf/hostile",
)
ADMIN = ("admin", "admin-demo")


@dataclass
class World:
    """What a run needs: the database, the admin, the SMTP server and the intake files."""

    home: Path
    db: Any
    user: Any
    smtp: SmtpTestServer
    intake_files: list[Path]
    opened: list[Path]


def _intake_files(shared: Path, limit: int) -> list[Path]:
    files: list[Path] = []
    for folder in INTAKE_SOURCES:
        found = sorted((shared / folder).glob("*"))
        files.extend(p for p in found if p.suffix.lower() in (".pdf", ".xml"))
    return files[:limit]


def fill(db: Any, cases: int, seed: int) -> None:
    """Demo cases and users, orders, contracts and their collective invoices, due e-mails."""
    from invoicedesk.domain.workflow import Actor
    from invoicedesk.services.contracts.collective import merge
    from invoicedesk.services.contracts.takeover import take_over
    from invoicedesk.services.demo.contracts import add_demo_contracts
    from invoicedesk.services.demo.orders import generate_orders
    from invoicedesk.services.demo.outbox import queue_due_mails
    from invoicedesk.services.settings.first_start import use_demo_data

    use_demo_data(db, cases)
    generate_orders(db, 30, seed=seed)
    add_demo_contracts(db, 6, seed=seed)
    year = date.today().year + 1
    system = Actor.system()
    take_over(db, system, date(year, 1, 1), date(year, 12, 31))
    merge(db, system, periods_per_invoice=2)
    queue_due_mails(db, 5)


@contextmanager
def world(home: Path, *, cases: int = 300, seed: int = 1, files: int = 40) -> Iterator[World]:
    """Build the world in ``home`` (``INVOICEDESK_HOME``), run the SMTP server while inside."""
    home.mkdir(parents=True, exist_ok=True)
    os.environ["INVOICEDESK_HOME"] = str(home)
    os.environ.pop("INVOICEDESK_DATABASE_URL", None)
    from invoicedesk.services import wiring
    from invoicedesk.services.settings.users import authenticate
    from invoicedesk.store.database import Database
    from invoicedesk.store.migrate import upgrade

    wiring.install()
    db = Database(f"sqlite:///{(home / 'world.sqlite3').as_posix()}")
    upgrade(db.engine)
    fill(db, cases, seed)
    shared = ROOT.parent / "shared" / "data"
    inbox = home / "inbox"
    inbox.mkdir(exist_ok=True)
    sources = _intake_files(shared, files) if shared.is_dir() else []
    copies = []
    for path in sources:
        target = inbox / path.name
        shutil.copyfile(path, target)
        copies.append(target)
    smtp = SmtpTestServer().start()
    os.environ["INVOICEDESK_SMTP_URL"] = smtp.url()  # every e-mail goes to the local server
    try:
        user = authenticate(db, *ADMIN)
        yield World(home, db, user, smtp, copies, [])
    finally:
        smtp.stop()
        db.dispose()


def desk(w: World, *, poll: bool = True) -> Any:
    """The real main window of the admin with every feature, scheduler, intake and change
    feed running; files asked to be opened are only recorded (no viewer is started)."""
    from invoicedesk.gui.shell.features import desk_window

    def opener(path: Path) -> bool:
        w.opened.append(path)
        return True

    window = desk_window(w.db, w.user, opener=opener, poll=poll)
    window.resize(1366, 768)
    window.show()
    return window
