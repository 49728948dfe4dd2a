"""``invoicedesk db upgrade``: migrate the schema explicitly."""

from __future__ import annotations

import argparse
from typing import Any

from invoicedesk.startup import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``db`` command group."""
    db = sub.add_parser("db", help="database administration", parents=[common])
    db_sub = db.add_subparsers(title="db commands", metavar="COMMAND", required=True)
    up = db_sub.add_parser(
        "upgrade", help="bring the schema to the newest version", parents=[common]
    )
    up.set_defaults(handler=_upgrade)


def _upgrade(args: argparse.Namespace) -> int:
    db = open_database(args, migrate=True)
    print(f"The database {db.name} is up to date.")
    return 0
