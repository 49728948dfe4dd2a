"""Shared helpers of the subcommands: opening the database, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import OperationalError

from invoicedesk.config import resolve_database_url
from invoicedesk.store.database import Database, DatabaseUnavailable
from invoicedesk.store.migrate import upgrade


def open_database(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    """Open the database named by the arguments (and bring its schema up to date)."""
    url = resolve_database_url(getattr(args, "database_url", None))
    db = Database(url)
    try:
        with db.engine.connect():
            pass
        if migrate:
            upgrade(db.engine)
    except OperationalError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseUnavailable(f"The database {db.name} cannot be reached: {first}") from exc
    return db


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    """Print data as JSON (Decimals as strings, dates in ISO format)."""
    json.dump(data, sys.stdout, default=_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
