"""Engine set-up and units of work.

One :class:`Database` per process. Every unit of work is a short-lived session:
``with db.read() as s:`` for queries, ``with db.write() as s:`` for changes (commits at the end,
rolls back on any error). On SQLite, write transactions start with ``BEGIN IMMEDIATE`` so that
two writers queue on the busy timeout instead of failing on a lock upgrade.
"""

from __future__ import annotations

import functools
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from invoicedesk import secrets
from invoicedesk.config import display_url, parse_database_url
from invoicedesk.domain.errors import (
    ConfigurationError,
    ConflictError,
    ImmutableError,
    InvoiceDeskError,
)
from invoicedesk.store.netshare import is_network_path
from invoicedesk.store.types import utcnow

SQLITE_BUSY_TIMEOUT_MS = 15000
#: the end of every refusal by the triggers that protect the audit trail (migration 16b)
AUDIT_MARK = "[audit protection]"


class DatabaseUnavailable(InvoiceDeskError):
    """The database cannot be reached or answered with an error; nothing was changed."""


class TransientConflict(DatabaseUnavailable):
    """The server broke the transaction off to resolve a deadlock or a serialization failure;
    it was rolled back whole, and running it again is expected to succeed."""


#: SQLSTATEs of a transaction that the server aborted only because of another one running at
#: the same time: serialization_failure, deadlock_detected
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})
#: how often a unit of work is tried in all before :class:`TransientConflict` reaches the caller
TRANSIENT_ATTEMPTS = 5


class RetryCounter:
    """How many units of work this process ran again after a :class:`TransientConflict`."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def add(self) -> None:
        """Count one more retry."""
        with self._lock:
            self.count += 1


TRANSIENT_RETRIES = RetryCounter()
_P = ParamSpec("_P")
_T = TypeVar("_T")


def retry_transient(work: Callable[_P, _T]) -> Callable[_P, _T]:
    """Run ``work`` again (up to :data:`TRANSIENT_ATTEMPTS` in all, after a short random pause)
    when its transaction was aborted by a deadlock or a serialization failure.

    Only for a function that is one unit of work (``with db.write()``) and does nothing
    outside it that must not happen twice: the aborted attempt left nothing behind.
    Each retry is counted in :data:`TRANSIENT_RETRIES`.
    """

    @functools.wraps(work)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        for attempt in range(1, TRANSIENT_ATTEMPTS + 1):
            try:
                return work(*args, **kwargs)
            except TransientConflict:
                if attempt == TRANSIENT_ATTEMPTS:
                    raise
                TRANSIENT_RETRIES.add()
                time.sleep(random.uniform(0.005, 0.02) * attempt)  # noqa: S311 (jitter only)
        raise AssertionError("unreachable")

    return run


def is_transient(exc: DBAPIError) -> bool:
    """Whether the server aborted the transaction only to resolve a conflict with another."""
    return getattr(exc.orig, "sqlstate", None) in TRANSIENT_SQLSTATES


class NotAnInvoiceDeskDatabase(InvoiceDeskError):
    """A command that only reads found no InvoiceDesk schema (or an outdated one)."""


def _sqlite_path(url: URL) -> Path | None:
    if url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


def _with_keyring_password(url: URL) -> URL:
    """Add the password from the OS keyring to a PostgreSQL URL that has none."""
    if url.get_backend_name() != "postgresql" or url.password or not url.username:
        return url
    try:
        password = secrets.get_secret("db", display_url(url))
    except secrets.KeyringUnavailable:
        return url
    return url.set(password=password) if password else url


def _prepare_sqlite_file(path: Path, create: bool) -> None:
    """Refuse a file on a network share; make its folder (``create``) or insist that it exists."""
    if is_network_path(path.parent if not path.exists() else path):
        raise ConfigurationError(
            "The database file {path} is on a network share, where SQLite can "
            "corrupt data when several workstations use it. For shared use, set "
            "up a PostgreSQL server and use its URL "
            "(postgresql+psycopg://user@server/invoicedesk).",
            path=path,
        )
    if path.is_dir():
        raise ConfigurationError(
            "{path} is a folder, not a database file; name a file in it.", path=path
        )
    if not create:
        if not path.is_file():
            raise NotAnInvoiceDeskDatabase(
                "There is no database file {path}; run `invoicedesk db upgrade` to create it.",
                path=path,
            )
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(
            "The folder {folder} for the database file cannot be created ({reason}); choose "
            "another place.",
            folder=path.parent,
            reason=exc.strerror or type(exc).__name__,
        ) from None


def build_engine(url_text: str, *, pool_size: int = 5, create: bool = True) -> Engine:
    """Create the engine for a URL with the pragmas and pool settings InvoiceDesk needs.

    ``create=False`` (commands that only read) never makes a SQLite file or its folder.
    Statement parameters are never put into error texts or the log (``hide_parameters``):
    they may hold password hashes and personal data.
    """
    url = parse_database_url(url_text)
    if url.get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        if path is not None:
            _prepare_sqlite_file(path, create)
        engine = create_engine(
            url,
            hide_parameters=True,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(
        _with_keyring_password(url),
        hide_parameters=True,
        pool_pre_ping=True,
        pool_size=pool_size,
        max_overflow=pool_size,
        connect_args={"connect_timeout": 10, "application_name": "InvoiceDesk"},
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # take transaction control away from pysqlite; we emit BEGIN ourselves
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {'IMMEDIATE' if mode == 'IMMEDIATE' else 'DEFERRED'}")


class Database:
    """The process's connection to the shared database, handing out units of work."""

    def __init__(self, url: str, *, pool_size: int = 5, create: bool = True) -> None:
        self.url = url
        self.engine = build_engine(url, pool_size=pool_size, create=create)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)

    @property
    def name(self) -> str:
        """Password-free display name of the database."""
        return display_url(self.engine.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        session = self._reader()
        try:
            yield session
        except OperationalError as exc:
            raise DatabaseUnavailable(
                "The database did not answer as expected ({text}). Nothing was changed.",
                text=_db_detail(exc),
            ) from exc
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits when the block ends without an error."""
        session = self._writer()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(0, None, None) from exc
        except IntegrityError as exc:
            session.rollback()
            if AUDIT_MARK in str(exc.orig):  # a protecting trigger (migration 16b) refused
                raise ImmutableError(
                    "The database refused the change: {text}.", text=_db_detail(exc)
                ) from exc
            raise
        except OperationalError as exc:
            session.rollback()
            if is_transient(exc):
                raise TransientConflict(
                    "The database broke the change off because of another one running at the "
                    "same time ({text}). Nothing was changed; try again.",
                    text=_db_detail(exc),
                ) from exc
            raise DatabaseUnavailable(
                "The database did not answer as expected ({text}). Nothing was changed.",
                text=_db_detail(exc),
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        """Close all pooled connections."""
        self.engine.dispose()


def _db_detail(exc: DBAPIError) -> str:
    """The first line of the driver's error text."""
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)


def db_now(session: Session) -> datetime:
    """The database server's time on PostgreSQL (one clock for every workstation, for leases),
    this machine's on SQLite (one workstation)."""
    if session.get_bind().dialect.name == "postgresql":
        stamp: datetime | None = session.scalar(select(func.now()))
        if stamp is not None:
            return stamp
    return utcnow()


def owner_id() -> str:
    """``host:pid:random``: who holds a lease (unique per process and job, readable)."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
