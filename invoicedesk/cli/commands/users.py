"""``invoicedesk user add|deactivate|roles``: administer users from the command line.

Once an administrator exists, each of them needs ``--as LOGIN`` of an administrator (the very
first user of an empty database is created without); a refusal exits with status 2.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from decimal import Decimal
from typing import Any

from invoicedesk.cli.acting import acting_user, refusals_exit_2
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import to_decimal
from invoicedesk.services.settings.user_admin import deactivate_user, set_roles
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
    add.set_defaults(handler=refusals_exit_2(_add))
    deactivate = user_sub.add_parser(
        "deactivate", help="stop a user from logging in and acting", parents=[common]
    )
    deactivate.add_argument("login")
    deactivate.set_defaults(handler=refusals_exit_2(_deactivate))
    roles = user_sub.add_parser("roles", help="set a user's roles and limit", parents=[common])
    roles.add_argument("login")
    roles.add_argument(
        "--set",
        dest="roles",
        required=True,
        metavar="ROLE,…",
        help="clerk, reviewer, approver, admin",
    )
    roles.add_argument("--approval-limit", help="highest amount he may approve")
    roles.set_defaults(handler=refusals_exit_2(_roles))


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
    actor = acting_user(args, db)
    info = add_user(
        db,
        args.login,
        full_name=args.name,
        initials=args.initials,
        roles=args.role,
        password=password,
        approval_limit=limit,
        email=args.email,
        actor=actor,
    )
    print(f"User {info.login} ({info.initials}) created with roles {', '.join(info.roles)}.")
    return 0


def _deactivate(args: argparse.Namespace) -> int:
    db = open_database(args)
    actor = acting_user(args, db, required=True)
    assert actor is not None
    info = deactivate_user(db, actor, args.login)
    print(f"User {info.login} ({info.initials}) is deactivated.")
    return 0


def _roles(args: argparse.Namespace) -> int:
    roles = [r for r in (part.strip() for part in args.roles.split(",")) if r]
    limit = None
    if args.approval_limit is not None:
        limit = to_decimal(args.approval_limit, "approval limit")
    db = open_database(args)
    actor = acting_user(args, db, required=True)
    assert actor is not None
    info = set_roles(db, actor, args.login, roles, limit)
    print(
        f"User {info.login} ({info.initials}): roles {', '.join(info.roles)}, approval limit "
        f"{info.approval_limit}."
    )
    return 0
