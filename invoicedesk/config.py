"""Workstation settings and paths: where the data lives, which database to open.

Company-wide settings live in the database (``settings`` table). This module holds only what a
workstation needs before it can reach the database: the database URL (never with a password)
and the paths of the user data, config and log directories.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from invoicedesk.domain.errors import ConfigurationError

APP_NAME = "InvoiceDesk"
ENV_DATABASE_URL = "INVOICEDESK_DATABASE_URL"
ENV_HOME = "INVOICEDESK_HOME"


def data_dir() -> Path:
    """User data directory (SQLite database); ``INVOICEDESK_HOME`` overrides it."""
    override = os.environ.get(ENV_HOME)
    path = Path(override) / "data" if override else Path(platformdirs.user_data_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """User config directory (workstation settings file)."""
    override = os.environ.get(ENV_HOME)
    path = Path(override) / "config" if override else Path(platformdirs.user_config_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """User log directory."""
    override = os.environ.get(ENV_HOME)
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """User cache directory (compiled translations and other rebuildable files)."""
    override = os.environ.get(ENV_HOME)
    path = Path(override) / "cache" if override else Path(platformdirs.user_cache_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """The embedded default: a SQLite file in the user data directory."""
    return f"sqlite:///{(data_dir() / 'invoicedesk.sqlite3').as_posix()}"


def project_root() -> Path:
    """The folder that holds ``db/`` and ``resources/`` (source tree or PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Icons, fonts, style sheet and translations."""
    return project_root() / "resources"


def migrations_dir() -> Path:
    """The Alembic environment (``db/``)."""
    return project_root() / "db"


#: keys of :class:`WorkstationSettings` read from the file (anything else lands in ``extra``)
KNOWN_KEYS = ("database_url", "last_login", "language", "watch_folder", "bank_watch_folder")


@dataclass
class WorkstationSettings:
    """Settings kept in a JSON file per user and workstation (no secrets)."""

    database_url: str | None = None
    last_login: str | None = None
    language: str | None = None
    #: folder watched for incoming invoice files (done/ and failed/ subfolders are made in it)
    watch_folder: str | None = None
    #: folder watched for bank statement files (CAMT.053, MT940), with done/ and failed/
    bank_watch_folder: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def path(cls) -> Path:
        """Location of the settings file."""
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> WorkstationSettings:
        """Read the settings file; a missing or broken file gives the defaults."""
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: raw[k] for k in KNOWN_KEYS if k in raw}
        return cls(**known, extra=dict(raw.get("extra", {})))

    def save(self) -> None:
        """Write the settings atomically. A password in the database URL is refused."""
        if self.database_url and make_url(self.database_url).password:
            raise ConfigurationError(
                "A database password is never stored in the settings file; "
                "it is kept in the system keyring."
            )
        target = self.path()
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, target)


#: PostgreSQL databases that belong to the server itself, never to an application
SERVER_DATABASES = frozenset({"postgres", "template0", "template1"})
#: the database drivers InvoiceDesk ships (``postgresql://`` means psycopg 3)
DRIVERS = {"sqlite": ("pysqlite",), "postgresql": ("psycopg",)}


def masked_url(text: str) -> str:
    """A database URL as typed, with any password replaced by ``***`` (for messages)."""
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text
    authority, slash, tail = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if at and ":" in userinfo:
        authority = f"{userinfo.split(':', 1)[0]}:***@{host}"
    return f"{scheme}{sep}{authority}{slash}{tail}"


def parse_database_url(text: str) -> URL:
    """Parse and check a database URL; only SQLite files and named PostgreSQL databases of
    the application are accepted (never the server's own ``postgres``/``template0/1``)."""
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise ConfigurationError(
            "{text} is not a valid database URL; use sqlite:///path/file.sqlite3 or "
            "postgresql+psycopg://user@host/dbname.",
            text=masked_url(text),
        ) from None
    backend = url.get_backend_name()
    if backend not in DRIVERS:
        raise ConfigurationError(
            "Database type {value!r} is not supported; use sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/dbname.",
            value=backend,
        )
    if url.get_driver_name() not in DRIVERS[backend]:
        raise ConfigurationError(
            "The database driver {driver!r} is not available; use {backend}:// or "
            "{backend}+{shipped}://.",
            driver=url.get_driver_name(),
            backend=backend,
            shipped=DRIVERS[backend][0],
        )
    if not url.database or url.database == ":memory:":
        raise ConfigurationError(
            "The database URL {text} names no database; add its name or file, e.g. "
            "postgresql+psycopg://user@host/invoicedesk or sqlite:///path/file.sqlite3.",
            text=masked_url(text),
        )
    if backend == "postgresql" and url.database.lower() in SERVER_DATABASES:
        raise ConfigurationError(
            "The database {name!r} belongs to the PostgreSQL server itself; create a database "
            "for InvoiceDesk (createdb invoicedesk) and use its name.",
            name=url.database,
        )
    if backend == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def resolve_database_url(cli_value: str | None = None) -> str:
    """``--database-url``, else ``INVOICEDESK_DATABASE_URL``, else the settings, else default."""
    for candidate in (
        cli_value,
        os.environ.get(ENV_DATABASE_URL),
        WorkstationSettings.load().database_url,
    ):
        if candidate:
            return candidate
    return default_database_url()


def display_url(url: URL | str) -> str:
    """A short, password-free name of a database for titles: ``postgres@server/invoicedesk``."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {Path(parsed.database or ':memory:').name}"
    user = f"{parsed.username}@" if parsed.username else ""
    port = f":{parsed.port}" if parsed.port and parsed.port != 5432 else ""
    return f"{user}{parsed.host or 'localhost'}{port}/{parsed.database}"
