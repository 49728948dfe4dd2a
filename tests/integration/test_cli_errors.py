"""Every error of the command line is one line (reason and what to do), exit 1 or 2, never a
traceback, and nothing is created: hostile database URLs, output paths, numbers, files to
import, absurd amounts. Tracebacks go to the log, secrets nowhere."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url

from invoicedesk.cli.main import main
from invoicedesk.logging_setup import log_file
from invoicedesk.store.models.orders import SalesOrder
from invoicedesk.store.models.users import User

PW = "long enough pw\n"


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    """``main(argv)`` with argparse's exit turned into a status, as the shell sees it."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(code: int, err: str) -> str:
    """The error line, checked: exit 1 or 2, exactly one line, no traceback."""
    assert code in (1, 2), err
    assert "Traceback" not in err and 'File "' not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////etc/passwd", "cannot be opened: file is not a database"),
        ("postgresql+psycopg://u@localhost:notaport/x", "is not a valid database URL"),
        ("postgresql://[::1", "is not a valid database URL"),
        ("postgresql+psycopg2://postgres@127.0.0.1/x", "driver 'psycopg2' is not available"),
        ("postgresql+psycopg://postgres@127.0.0.1:5432/", "names no database"),
        ("postgresql://", "names no database"),
        ("sqlite://", "names no database"),
        ("postgresql://postgres@127.0.0.1/postgres", "belongs to the PostgreSQL server"),
        ("postgresql://postgres@127.0.0.1/template0", "belongs to the PostgreSQL server"),
        ("postgresql://postgres@127.0.0.1/TEMPLATE1", "belongs to the PostgreSQL server"),
        ("mysql://x/y", "not supported"),
    ],
)
def test_bad_database_urls_are_one_line(capsys: Any, url: str, expected: str) -> None:
    for argv in (["cases", "list"], ["db", "upgrade"]):
        code, out, err = run(capsys, "--database-url", url, *argv)
        assert expected in one_line(code, err) and code == 1 and out == ""


def test_a_password_in_a_bad_url_is_not_shown(capsys: Any) -> None:
    code, _out, err = run(
        capsys, "--database-url", "postgresql://u:s3cr3t-pw@h:port/db", "db", "upgrade"
    )
    line = one_line(code, err)
    assert "s3cr3t-pw" not in line and "u:***@h" in line


def test_a_sqlite_file_whose_folder_cannot_be_made(capsys: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, _out, err = run(
        capsys, "--database-url", f"sqlite:///{blocker}/sub/x.sqlite3", "db", "upgrade"
    )
    assert "cannot be created" in one_line(code, err)
    assert not (blocker.parent / "sub").exists()


def test_read_only_commands_create_no_file(capsys: Any, tmp_path: Path) -> None:
    target = tmp_path / "new" / "x.sqlite3"
    for argv in (
        ["cases", "list"],
        ["collective", "list"],
        ["contracts", "list"],
        ["export", "list"],
        ["invoice", "pdf", "RE-1", "--out", str(tmp_path / "a.pdf")],
        ["invoice", "export-csv", "--out", str(tmp_path / "a.csv")],
    ):
        code, _out, err = run(capsys, "--database-url", f"sqlite:///{target}", *argv)
        assert "run `invoicedesk db upgrade`" in one_line(code, err)
    assert not target.parent.exists()
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "a.csv").exists()


def test_read_only_commands_do_not_migrate_an_empty_sqlite_file(
    capsys: Any, tmp_path: Path
) -> None:
    path = tmp_path / "empty.sqlite3"
    sqlite3.connect(path).close()
    code, _out, err = run(capsys, "--database-url", f"sqlite:///{path}", "cases", "list")
    assert "is not an InvoiceDesk database; run `invoicedesk db upgrade`" in one_line(code, err)
    assert inspect(create_engine(f"sqlite:///{path}")).get_table_names() == []
    code, out, _ = run(capsys, "--database-url", f"sqlite:///{path}", "db", "upgrade")
    assert code == 0 and "up to date" in out
    code, _out, err = run(capsys, "--database-url", f"sqlite:///{path}", "cases", "list")
    assert code == 0, err


@pytest.mark.postgres_only
def test_read_only_commands_do_not_touch_an_empty_postgres_database(capsys: Any) -> None:
    import os

    base = os.environ.get("INVOICEDESK_TEST_DATABASE_URL")
    if not base:
        pytest.skip("PostgreSQL tests are off")
    admin = create_engine(make_url(base), isolation_level="AUTOCOMMIT")
    name = f"invoicedesk_empty_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        code, _out, err = run(capsys, "--database-url", url, "cases", "list")
        assert "is not an InvoiceDesk database" in one_line(code, err)
        engine = create_engine(url)
        assert inspect(engine).get_table_names() == []
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.mark.parametrize(
    "argv",
    [
        ["cases", "list", "--limit", "99999999999999999999"],
        ["cases", "list", "--limit", "0"],
        ["cases", "list", "--limit", "x"],
        ["invoice", "issue", "99999999999999999999"],
        ["billing-run", "--resume", "-1"],
        ["dispatch", "--once", "--interval", "nan"],
        ["dispatch", "--once", "--lease", "inf"],
        ["export", "download", "1e9", "--out", "x.csv"],
        ["intake", "--workers", "100000", "a.pdf"],
        ["demo-data", "--cases", "-5"],
        ["cases", "list", "--status", "\x1b[31mred"],
        ["no-such-command"],
    ],
)
def test_wrong_arguments_are_one_line(capsys: Any, db_url: str, argv: list[str]) -> None:
    code, out, err = run(capsys, "--database-url", db_url, *argv)
    line = one_line(code, err)
    assert "\x1b" not in line and out == ""


def test_output_paths_are_checked_before_anything_is_done(
    capsys: Any, db_url: str, tmp_path: Path
) -> None:
    for argv, expected in [
        (["invoice", "export-csv", "--out", str(tmp_path)], "is a folder"),
        (["invoice", "export-csv", "--out", str(tmp_path / "nope" / "x.csv")], "does not exist"),
        (["invoice", "pdf", "RE-1", "--out", str(tmp_path)], "is a folder"),
        (["invoice", "pdf", "RE-1", "--out", str(tmp_path / "nope" / "x.pdf")], "does not exist"),
        (["export", "csv", "--out", str(tmp_path)], "is a folder"),
        (["export", "datev", "--out", str(tmp_path / "nope" / "x.csv")], "does not exist"),
    ]:
        code, _out, err = run(capsys, "--database-url", db_url, *argv)
        assert expected in one_line(code, err)
    assert not (tmp_path / "nope").exists()


def _order_json(price: str) -> str:
    order = {
        "remote_id": "1",
        "number": "A1",
        "stage": "won",
        "order_date": "2026-01-01",
        "customer": {"remote_id": "c1", "name": "X"},
        "lines": [{"description": "d", "quantity": 1, "unit_price": "PRICE", "vat_rate": 19}],
    }
    return json.dumps({"orders": [order]}).replace('"PRICE"', price)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.json", None, "There is no file"),
        ("folder.json", "DIR", "is a folder"),
        ("latin.csv", b"order_id;name\n1;M\xfcller\n", "is not UTF-8 text"),
        ("list.json", "[1, 2]", "must hold a JSON object"),
        ("orders.json", '{"orders": "x"}', "orders must be a list of objects"),
        ("nan.json", _order_json("NaN"), "NaN is not a number"),
        ("inf.json", _order_json("Infinity"), "Infinity is not a number"),
        ("huge.json", _order_json("1e999999"), "beyond the largest amount"),
        ("big.json", _order_json("9e15"), "beyond the largest amount"),
        ("absurd.json", _order_json("20000000"), "larger than 10000000"),
        ("customer.json", '{"orders": [{"customer": "x"}]}', "is not an object"),
        (
            "lines.json",
            '{"orders": [{"customer": {"remote_id": "c", "name": "C"}, "lines": "x"}]}',
            "lines must be a list",
        ),
        ("fields.json", '{"orders": [{"customer": {}}]}', "the field(s) remote_id, name are"),
    ],
)
def test_shop_file_import_refuses_bad_files(
    capsys: Any, db: Any, tmp_path: Path, name: str, content: Any, expected: str
) -> None:
    path = tmp_path / name
    if content == "DIR":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    code, _out, err = run(
        capsys, "--database-url", db.url, "shop", "import-file", str(path), "--origin", "altshop"
    )
    assert expected in one_line(code, err) and code == 1
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(SalesOrder)) == 0


def test_user_add_with_an_absurd_limit_shows_no_password_hash(
    capsys: Any, db: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PW))
    code, _out, err = run(
        capsys,
        "--database-url",
        db.url,
        "user",
        "add",
        "bob",
        "--name",
        "B",
        "--initials",
        "BB",
        "--role",
        "clerk",
        "--approval-limit",
        "1e30",
        "--password-stdin",
    )
    assert "approval limit" in one_line(code, err) and "argon2" not in err
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 0


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    capsys: Any, db: Any, monkeypatch: Any
) -> None:
    from invoicedesk.cli.commands import cases

    secret_hash = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"

    def broken(_args: Any) -> int:
        raise RuntimeError(f"boom postgresql://ada:hunter22@db/x {secret_hash}")

    monkeypatch.setattr(cases, "_list", broken)
    code, _out, err = run(capsys, "--database-url", db.url, "cases", "list")
    line = one_line(code, err)
    assert "RuntimeError" in line and str(log_file()) in line
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "boom" in logged
    for secret in ("hunter22", secret_hash):
        assert secret not in logged and secret not in err
    assert "ada:***@db" in logged


def test_names_with_control_characters_are_shown_escaped(
    capsys: Any, db: Any, tmp_path: Path
) -> None:
    odd = tmp_path / "a\nb\x1b[31m.pdf"
    code, _out, err = run(capsys, "--database-url", db.url, "intake", str(odd))
    line = one_line(code, err)
    assert "No such file" in line and "\\n" in line and "\\x1b" in line and "\x1b" not in line
    code, _out, err = run(capsys, "--database-url", db.url, "intake", str(tmp_path))
    assert "is a folder" in one_line(code, err)


def test_read_only_commands_name_an_older_or_newer_schema(capsys: Any, tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from invoicedesk.store.database import Database
    from invoicedesk.store.migrate import alembic_config, upgrade

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    db = Database(url)
    upgrade(db.engine)
    older = next(iter(ScriptDirectory.from_config(alembic_config()).walk_revisions())).down_revision
    with db.engine.begin() as conn:  # the version table says which schema it is
        conn.execute(text("DELETE FROM alembic_version"))
        for revision in older if isinstance(older, tuple) else (older,):
            conn.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": revision})
    code, _out, err = run(capsys, "--database-url", url, "cases", "list")
    assert "has an older schema; run `invoicedesk db upgrade` first" in one_line(code, err)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('from-the-future')"))
    db.dispose()
    code, _out, err = run(capsys, "--database-url", url, "cases", "list")
    assert "set up by a newer InvoiceDesk" in one_line(code, err)
