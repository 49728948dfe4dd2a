"""``invoicedesk db upgrade``: migrate the schema explicitly; ``db clerk-role``: create the
PostgreSQL role with only the privileges the application needs."""

from __future__ import annotations

import argparse
from typing import Any

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.startup import open_database
from invoicedesk.store.clerk_role import DEFAULT_ROLE, create_clerk_role


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``db`` command group."""
    db = sub.add_parser("db", help="database administration", parents=[common])
    db_sub = db.add_subparsers(title="db commands", metavar="COMMAND", required=True)
    up = db_sub.add_parser(
        "upgrade", help="bring the schema to the newest version", parents=[common]
    )
    up.set_defaults(handler=_upgrade)
    clerk = db_sub.add_parser(
        "clerk-role",
        help="PostgreSQL: create or refresh the role workstations log in with (run as the owner)",
        parents=[common],
    )
    clerk.add_argument("--role", default=DEFAULT_ROLE, help=f"role name (default {DEFAULT_ROLE})")
    clerk.set_defaults(handler=_clerk_role)


def _upgrade(args: argparse.Namespace) -> int:
    db = open_database(args, migrate=True)
    print(f"The database {db.name} is up to date.")
    return 0


def _clerk_role(args: argparse.Namespace) -> int:
    db = open_database(args, migrate=True)
    if db.is_sqlite:
        raise ConfigurationError("Database roles exist only on PostgreSQL.")
    with db.engine.begin() as conn:
        create_clerk_role(conn, args.role)
    print(
        f"The role {args.role} may now use {db.name}; let workstations log in as its members "
        f"(CREATE ROLE name LOGIN PASSWORD '…' IN ROLE {args.role})."
    )
    return 0
