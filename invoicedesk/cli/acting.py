"""``--as LOGIN``: run a command as a user, and report refusals as one line with exit status 2.

The password comes from ``INVOICEDESK_PASSWORD`` when it is set, else from a prompt on the
terminal; it is never a command-line argument (other users could read it in the process list).
"""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import sys
from collections.abc import Callable

from invoicedesk.domain.errors import ActionRefused, ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.settings.users import authenticate
from invoicedesk.store.database import Database

ENV_PASSWORD = "INVOICEDESK_PASSWORD"  # noqa: S105 - the variable's name, not a password
#: exit status of a command the rules refused
REFUSED = 2

Handler = Callable[[argparse.Namespace], int]


def add_as_option(parser: argparse.ArgumentParser) -> None:
    """The global ``--as LOGIN`` option (on the common parser every command inherits)."""
    parser.add_argument(
        "--as",
        dest="as_login",
        metavar="LOGIN",
        default=argparse.SUPPRESS,
        help=f"act as this user; the password is read from {ENV_PASSWORD} or asked for",
    )


def acting_user(args: argparse.Namespace, db: Database, *, required: bool = False) -> Actor | None:
    """The user named by ``--as`` after checking his password (``None`` without ``--as``)."""
    login = getattr(args, "as_login", None)
    if not login:
        if required:
            raise ValidationError("This command needs --as LOGIN (the user who acts).")
        return None
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            raise ValidationError(
                f"No password for {login}: set {ENV_PASSWORD} or run the command in a terminal."
            )
        password = getpass.getpass(f"Password for {login}: ")
    return authenticate(db, login, password).actor()


def refusals_exit_2(handler: Handler) -> Handler:
    """Wrap a command: a refusal by the rules is one line on stderr and exit status 2."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ActionRefused as exc:
            print(f"invoicedesk: {exc}", file=sys.stderr)
            return REFUSED

    return run
