"""Where the database URL comes from, keyring passwords, and the network-share refusal."""

from __future__ import annotations

import pytest

from invoicedesk import secrets
from invoicedesk.config import (
    WorkstationSettings,
    default_database_url,
    display_url,
    resolve_database_url,
)
from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.store import database as database_module
from invoicedesk.store.database import Database, _with_keyring_password
from invoicedesk.store.netshare import fstype_for, parse_proc_mounts

MOUNTS = """\
/dev/vda / ext4 rw 0 0
//filer/office /mnt/office cifs rw 0 0
filer:/export /srv/nfs\\040share nfs4 rw 0 0
"""


def test_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_database_url(None) == default_database_url()
    assert default_database_url().endswith("invoicedesk.sqlite3")
    WorkstationSettings(database_url="postgresql+psycopg://u@settings/db").save()
    assert resolve_database_url(None) == "postgresql+psycopg://u@settings/db"
    monkeypatch.setenv("INVOICEDESK_DATABASE_URL", "postgresql+psycopg://u@env/db")
    assert resolve_database_url(None) == "postgresql+psycopg://u@env/db"
    assert resolve_database_url("sqlite:///cli.db") == "sqlite:///cli.db"


def test_settings_file_never_holds_a_password() -> None:
    with pytest.raises(ConfigurationError, match="keyring"):
        WorkstationSettings(database_url="postgresql+psycopg://u:secret@h/db").save()
    assert not WorkstationSettings.path().exists()
    WorkstationSettings(last_login="anna").save()
    assert WorkstationSettings.load().last_login == "anna"


def test_database_password_comes_from_keyring() -> None:
    from sqlalchemy.engine import make_url

    url = make_url("postgresql+psycopg://clerk@dbserver:5432/invoicedesk")
    assert _with_keyring_password(url).password is None
    secrets.set_secret("db", display_url(url), "from-the-keyring")
    assert _with_keyring_password(url).password == "from-the-keyring"
    assert display_url(url) == "clerk@dbserver/invoicedesk"
    assert "from-the-keyring" not in display_url(_with_keyring_password(url))


def test_mount_parsing_finds_network_shares() -> None:
    mounts = parse_proc_mounts(MOUNTS)
    assert fstype_for("/mnt/office/db/invoicedesk.sqlite3", mounts) == "cifs"
    assert fstype_for("/srv/nfs share/x.sqlite3", mounts) == "nfs4"
    assert fstype_for("/home/anna/x.sqlite3", mounts) == "ext4"
    assert fstype_for("/mnt/officework/x", mounts) == "ext4"


def test_sqlite_on_network_share_is_refused(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(database_module, "is_network_path", lambda _p: True)
    with pytest.raises(ConfigurationError, match="PostgreSQL"):
        Database(f"sqlite:///{(tmp_path / 'x.sqlite3').as_posix()}")


def test_sqlite_pragmas(db) -> None:  # type: ignore[no-untyped-def]
    if not db.is_sqlite:
        pytest.skip("SQLite only")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
