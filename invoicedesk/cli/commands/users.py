"""``invoicedesk user add``: create users from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys
from decimal import Decimal
from typing import Any

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import to_decimal
from invoicedesk.services.settings.users import add_user
from invoicedesk.startup import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``user`` command group."""
    user = sub.add_parser("user", help="manage users", parents=[common])
    user_sub = user.add_subparsers(title="user commands", metavar="COMMAND", required=True)
    add = user_sub.add_parser("add", help="create a user", parents=[common])
    add.add_argument("login")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--initials", required=True)
    add.add_argument("--email")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help="clerk, reviewer, approver or admin (repeatable)",
    )
    add.add_argument("--approval-limit", default="0", help="highest amount he may approve")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.set_defaults(handler=_add)


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValidationError("No password given; use --password-stdin or run interactively.")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise ValidationError("The two passwords differ.")
    return first


def _add(args: argparse.Namespace) -> int:
    limit: Decimal = to_decimal(args.approval_limit, "approval limit")
    password = _read_password(args)
    db = open_database(args)
    info = add_user(
        db,
        args.login,
        full_name=args.name,
        initials=args.initials,
        roles=args.role,
        password=password,
        approval_limit=limit,
        email=args.email,
    )
    print(f"User {info.login} ({info.initials}) created with roles {', '.join(info.roles)}.")
    return 0
