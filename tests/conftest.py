"""Shared fixtures: a fresh database per test run on SQLite and, when
``INVOICEDESK_TEST_DATABASE_URL`` is set, on PostgreSQL too; a real keyring in a temp folder.

Every test that takes ``db`` runs once per database. The schema is migrated once per run (per
database); tables are emptied before each test, so each test starts from an empty schema.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
PG_ENV = "INVOICEDESK_TEST_DATABASE_URL"


#: the offscreen screen of the GUI tests: the smallest screen the desk must be usable on
TEST_SCREEN = ROOT / "tests" / "gui" / "screen-1366x768.json"


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={TEST_SCREEN}"
    from invoicedesk.services import wiring

    wiring.install()  # as the app and the CLI do at start


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test gets its own user folders and a file keyring (keyrings.alt) in a temp dir.

    The runtime never uses keyrings.alt (it stores secrets in plain files); the tests opt in
    to it explicitly with :func:`invoicedesk.secrets.allow_backend_for_tests`."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("INVOICEDESK_HOME", str(home))
    monkeypatch.delenv("INVOICEDESK_DATABASE_URL", raising=False)
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from invoicedesk import redaction, secrets

    ring = PlaintextKeyring()
    ring.file_path = str(home / "keyring.cfg")  # type: ignore[misc]
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    secrets.allow_backend_for_tests(PlaintextKeyring)
    secrets.forget_session_secrets()
    redaction.forget_all()  # a secret of an earlier test must not mask words of this one's
    yield
    secrets.forget_session_secrets()
    redaction.forget_all()
    secrets.allow_backend_for_tests(None)
    keyring.set_keyring(previous)


def _backends() -> list[str]:
    names = ["sqlite"]
    if os.environ.get(PG_ENV):
        names.append("postgresql")
    return names


@pytest.fixture(scope="session")
def _pg_database() -> Iterator[str]:
    """A brand-new PostgreSQL database for this test run, dropped at the end."""
    base = make_url(os.environ[PG_ENV])
    name = f"invoicedesk_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
            {"n": name},
        )
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for every test."""
    from invoicedesk.store.database import Database
    from invoicedesk.store.migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path.as_posix()}")
    upgrade(db.engine)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(params=_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty, migrated database (SQLite file per test, or the run's PostgreSQL DB)."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("_sqlite_template")
        target = tmp_path / "test.sqlite3"
        shutil.copyfile(template, target)
        yield f"sqlite:///{target.as_posix()}"
        return
    url: str = request.getfixturevalue("_pg_database")
    _truncate_all(url)
    yield url


def _truncate_all(url: str) -> None:
    from invoicedesk.store.migrate import upgrade
    from invoicedesk.store.models import Base

    engine = create_engine(url)
    upgrade(engine)
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def db(db_url: str):  # type: ignore[no-untyped-def]
    """A :class:`~invoicedesk.store.database.Database` on an empty migrated schema."""
    from invoicedesk.store.database import Database

    database = Database(db_url)
    yield database
    database.dispose()


#: argon2id hashes of the fixture passwords, computed once per run (each costs ~0.15 s)
_FIXTURE_HASHES: dict[str, str] = {}


@pytest.fixture
def users(db, monkeypatch):  # type: ignore[no-untyped-def]
    """Four users with different roles and limits: clerk, reviewer, approver, admin.

    Their password hashes are real argon2id hashes, made once per test run and reused (only
    while the fixture creates the users; tests of hashing itself hash afresh)."""
    from decimal import Decimal

    from invoicedesk.services.settings import users as users_module
    from invoicedesk.services.settings.users import add_user

    real_hash = users_module.hash_password

    hasher = users_module._hasher  # the GUI tests install a cheaper one: keep them apart
    kind = f"{hasher.time_cost}/{hasher.memory_cost}/{hasher.parallelism}"

    def remembered(password: str) -> str:
        key = f"{kind}:{password}"
        if key not in _FIXTURE_HASHES:
            _FIXTURE_HASHES[key] = real_hash(password)
        return _FIXTURE_HASHES[key]

    made = {}
    with monkeypatch.context() as patch:
        patch.setattr(users_module, "hash_password", remembered)
        for login, roles, limit in [
            ("clara", ["clerk"], 0),
            ("rolf", ["clerk", "reviewer"], 0),
            ("anton", ["clerk", "approver"], 1000),
            ("ada", ["admin", "clerk", "reviewer", "approver"], 100000),
        ]:
            made[login] = add_user(
                db,
                login,
                full_name=login.title(),
                initials=login[:2].upper(),
                roles=roles,
                password="correct horse",
                approval_limit=Decimal(limit),
            )
    return made


@pytest.fixture
def shared_data() -> Path:
    """The shared test data folder (skips when it is not beside the checkout)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared test data not found at {SHARED_DATA}")
    return SHARED_DATA
