"""Composition root: settings -> database -> services -> main window.

An empty database (no user, no case) gets the first-start wizard when the app is started
interactively; it offers *Use demo data* as its first choice. Without a person at the screen
(``INVOICEDESK_AUTOLOGIN`` for demos and screenshots, or ``--demo``) demo data is filled in
directly, as before the wizard existed.
"""

from __future__ import annotations

import argparse
import os

from invoicedesk.cli.context import open_database
from invoicedesk.services.first_start import use_demo_data
from invoicedesk.services.users import user_count
from invoicedesk.store.case_query import CaseFilter, count_rows
from invoicedesk.store.database import Database

FIRST_START_DEMO_CASES = 300
#: the same name as :data:`invoicedesk.gui.application.ENV_AUTOLOGIN` (no Qt import here)
ENV_AUTOLOGIN = "INVOICEDESK_AUTOLOGIN"


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


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop application (or its start-and-quit smoke test)."""
    from invoicedesk.logging_setup import setup_logging

    if getattr(args, "smoke_test", False):
        from invoicedesk.gui.smoke import run_smoke_test

        return run_smoke_test(args)
    setup_logging()
    from invoicedesk.gui.application import run_app

    return run_app(args)
