"""Composition root: settings -> database -> services -> main window."""

from __future__ import annotations

import argparse
import sys

from invoicedesk.cli.context import open_database
from invoicedesk.services.demo import generate
from invoicedesk.store.case_query import CaseFilter, count_rows

FIRST_START_DEMO_CASES = 300


def prepare_database(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Open and migrate the database; fill an empty one with demo data on first start."""
    db = open_database(args)
    with db.read() as s:
        empty = count_rows(s, CaseFilter(include_inactive=True)) == 0
    if empty and not getattr(args, "no_demo", False):
        generate(db, FIRST_START_DEMO_CASES, seed=1)
    return db


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop application."""
    db = prepare_database(args)
    from invoicedesk.gui.application import run

    return run(db, sys.argv[:1])
