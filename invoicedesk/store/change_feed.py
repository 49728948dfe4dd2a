"""Change notifications from PostgreSQL (``LISTEN invoicedesk_changes``).

Migration 0010 makes every committed change of the cases table send a notification; this
module waits for them on a connection of its own. SQLite has no notifications: there the
case desk relies on its cheap poll alone (:func:`invoicedesk.store.case_query.change_stamp`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from invoicedesk.store.database import Database

CHANNEL = "invoicedesk_changes"


def supports_notifications(db: Database) -> bool:
    """Whether the database can announce changes (PostgreSQL)."""
    return db.engine.dialect.name == "postgresql"


def listen(
    db: Database,
    on_change: Callable[[], None],
    should_stop: Callable[[], bool],
    wait_s: float = 1.0,
) -> None:
    """Call ``on_change`` for every batch of notifications until ``should_stop()`` is true.

    Blocks; run it in a background task. Notifications that arrive together (one per changing
    transaction) are reported once. Connection errors propagate to the caller.
    """
    if not supports_notifications(db):
        raise ValueError("Change notifications need PostgreSQL.")
    from psycopg import sql  # the PostgreSQL driver: not loaded by a desk on SQLite

    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        driver: Any = conn.connection.driver_connection
        driver.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
        while not should_stop():
            arrived = False
            for _notification in driver.notifies(timeout=wait_s, stop_after=1):
                arrived = True
            if arrived:
                on_change()
        driver.execute(sql.SQL("UNLISTEN {}").format(sql.Identifier(CHANNEL)))
