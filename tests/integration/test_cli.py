"""The command line: subcommands on both databases, and errors as one sentence, exit 1."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from invoicedesk.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_db_upgrade_user_add_demo_and_list(db_url, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--database-url", db_url, "db", "upgrade")
    assert code == 0 and "up to date" in out
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("long enough pw\n"))
    code, out, err = run(
        capsys,
        "user",
        "add",
        "bert",
        "--name",
        "Bert Berg",
        "--initials",
        "bb",
        "--role",
        "clerk",
        "--role",
        "approver",
        "--approval-limit",
        "5000",
        "--password-stdin",
        "--database-url",
        db_url,
    )
    assert code == 0, err
    assert "bert (BB)" in out
    code, out, err = run(
        capsys, "--database-url", db_url, "demo-data", "--cases", "300", "--seed", "7"
    )
    assert code == 0, err
    assert "admin" in out and "Added 300 cases" in out
    # on an empty database: the whole demo, collective invoices from its contracts included
    collective = int(re.search(r"(\d+) collective invoices without a send date", out)[1])  # type: ignore[index]
    code, out, err = run(
        capsys, "--database-url", db_url, "cases", "list", "--json", "--limit", "500", "--all"
    )
    rows = json.loads(out)
    assert collective > 0 and len(rows) == 300 + collective
    keys = {
        "id",
        "number",
        "direction",
        "status",
        "party",
        "gross",
        "currency",
        "due_date",
        "created_at",
        "created_by_initials",
    }
    assert keys <= set(rows[0])
    assert {r["direction"] for r in rows} == {"in", "out"}
    assert len({r["status"] for r in rows}) >= 12
    code, out, _ = run(
        capsys,
        "--database-url",
        db_url,
        "cases",
        "list",
        "--json",
        "--status",
        "sent",
        "--direction",
        "out",
    )
    assert all(r["status"] == "sent" and r["direction"] == "out" for r in json.loads(out))
    name = rows[0]["party"].split()[0]
    code, out, _ = run(
        capsys, "--database-url", db_url, "cases", "list", "--json", "--search", name.lower()
    )
    assert all(name.lower() in (r["party"] + (r["number"] or "")).lower() for r in json.loads(out))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--database-url", "mysql://x/y", "cases", "list"], "not supported"),
        (["--database-url", "not a url", "cases", "list"], "not a valid database URL"),
        (
            ["--database-url", "postgresql+psycopg://nobody@127.0.0.1:1/x", "cases", "list"],
            "cannot be reached",
        ),
        (["cases", "list", "--status", "bogus"], "Unknown status"),
    ],
)
def test_errors_are_one_sentence(capsys, argv, message) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run(capsys, *argv)
    assert code == 1
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_duplicate_login_is_refused(db_url, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for expected in (0, 1):
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO("long enough pw\n"))
        code, _, err = run(
            capsys,
            "--database-url",
            db_url,
            "user",
            "add",
            "dora",
            "--name",
            "Dora",
            "--initials",
            "DO",
            "--role",
            "clerk",
            "--password-stdin",
        )
        assert code == expected
    assert "already exists" in err


def test_console_script_and_module_entry_point() -> None:
    env = {**os.environ}
    out = subprocess.run(
        [sys.executable, "-m", "invoicedesk", "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert out.stdout.startswith("InvoiceDesk ")
    bad = subprocess.run(
        [sys.executable, "-m", "invoicedesk", "cases", "list", "--status", "x"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
