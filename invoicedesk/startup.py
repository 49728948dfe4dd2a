"""Opening the database at start: migrate it and, without a person at the screen, fill a new
one with demo data (no Qt here; the GUI shell and the command line share it).

An empty database (no user, no case) gets the first-start wizard when the app is started
interactively; it offers *Use demo data* as its first choice. Without a person at the screen
(``INVOICEDESK_AUTOLOGIN`` for demos and screenshots, or ``--demo``) demo data is filled in
directly, as before the wizard existed.
"""

from __future__ import annotations

import argparse
import os

from sqlalchemy.exc import DBAPIError, OperationalError

from invoicedesk.config import resolve_database_url
from invoicedesk.services.settings.first_start import use_demo_data
from invoicedesk.services.settings.users import user_count
from invoicedesk.store.case_query import CaseFilter, count_rows
from invoicedesk.store.database import Database, DatabaseUnavailable, NotAnInvoiceDeskDatabase
from invoicedesk.store.migrate import schema_state, upgrade

FIRST_START_DEMO_CASES = 300
#: log in as this user, reading the password from the first line of stdin (demos, screenshots)
ENV_AUTOLOGIN = "INVOICEDESK_AUTOLOGIN"


def open_database(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    """Open the database named by the arguments (and bring its schema up to date)."""
    db = Database(resolve_database_url(getattr(args, "database_url", None)))
    _connect(db, migrate=migrate)
    return db


def open_existing(args: argparse.Namespace) -> Database:
    """Open the database for a command that only reads: nothing is created or migrated, and a
    database without the current InvoiceDesk schema is refused with what to do."""
    db = Database(resolve_database_url(getattr(args, "database_url", None)), create=False)
    _connect(db, migrate=False)
    state = schema_state(db.engine)
    if state == "current":
        return db
    db.dispose()
    if state == "empty":
        raise NotAnInvoiceDeskDatabase(
            "{name} is not an InvoiceDesk database; run `invoicedesk db upgrade` to set it up.",
            name=db.name,
        )
    if state == "behind":
        raise NotAnInvoiceDeskDatabase(
            "The database {name} has an older schema; run `invoicedesk db upgrade` first.",
            name=db.name,
        )
    raise NotAnInvoiceDeskDatabase(
        "The database {name} was set up by a newer InvoiceDesk; update this installation.",
        name=db.name,
    )


def _connect(db: Database, *, migrate: bool) -> None:
    """Connect once (and migrate); a refusal becomes one sentence without the statement."""
    try:
        with db.engine.connect():
            pass
        if migrate:
            upgrade(db.engine)
    except DBAPIError as exc:
        db.dispose()
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        if isinstance(exc, OperationalError):
            raise DatabaseUnavailable(
                "The database {url} cannot be reached: {first}", url=db.name, first=first
            ) from exc
        raise DatabaseUnavailable(
            "The database {url} cannot be opened: {first}", url=db.name, first=first
        ) from exc


def is_new(db: Database) -> bool:
    """True for a database nobody has used yet: no user and no case."""
    if user_count(db):
        return False
    with db.read() as s:
        return count_rows(s, CaseFilter(include_inactive=True)) == 0


def is_interactive(args: argparse.Namespace) -> bool:
    """Whether a person answers the first-start wizard (not autologin, not ``--demo``)."""
    return not (os.environ.get(ENV_AUTOLOGIN) or getattr(args, "demo", False))


def prepare_database(args: argparse.Namespace) -> Database:
    """Open and migrate the database; without a person at the screen fill a new one with demo
    data (an interactive start shows the first-start wizard instead)."""
    db = open_database(args)
    if not is_interactive(args) and not getattr(args, "no_demo", False) and is_new(db):
        use_demo_data(db, FIRST_START_DEMO_CASES)
    return db
