"""The rules checked from outside: ``--as LOGIN``, ``case act``, ``user`` and ``intake``; a
refusal is one line on stderr with exit status 2."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from invoicedesk.cli.main import main
from invoicedesk.services.settings.users import add_user
from invoicedesk.store.models.cases import Case
from tests.integration.test_rules import _incoming

PASSWORD = "correct horse"


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli(db, users, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """Run ``invoicedesk`` on the test database as a user (password from the environment)."""
    monkeypatch.setenv("INVOICEDESK_PASSWORD", PASSWORD)

    def invoke(login: str | None, *argv: str) -> tuple[int, str, str]:
        who = ("--as", login) if login else ()
        return run(capsys, "--database-url", db.url, *argv, *who)

    return invoke


def _refusal(result: tuple[int, str, str], words: str) -> None:
    code, out, err = result
    assert code == 2 and out == "", (code, out, err)
    assert err.count("\n") == 1 and words in err, err


def test_case_act_follows_the_rules(db, users, cli) -> None:  # type: ignore[no-untyped-def]
    add_user(db, "rita", full_name="Rita", initials="RI", roles=["clerk", "reviewer"],
             password=PASSWORD, actor=users["ada"].actor())  # fmt: skip
    cid = _incoming(db, users["rolf"].id, "edited", edited_by_id=users["clara"].id)
    _refusal(cli("rolf", "case", "act", str(cid), "check"), "uploaded")  # the uploader
    code, out, _ = cli("rita", "case", "act", str(cid), "check")
    assert code == 0 and "Checked" in out
    _refusal(cli("rita", "case", "act", str(cid), "approve"), "needs the role")
    code, out, _ = cli("ada", "case", "actions", str(cid))
    assert code == 0 and "approve" in out
    code, out, _ = cli("anton", "case", "act", str(cid), "approve")
    assert code == 0 and "Approved" in out
    big = _incoming(db, users["clara"].id, "checked", "-50000", checked_by_id=users["rolf"].id)
    _refusal(cli("anton", "case", "act", str(big), "approve"), "Ada (AD) can approve")
    _refusal(cli("anton", "case", "act", str(big), "reject"), "comment")


def test_case_act_needs_a_user_and_his_password(db, users, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, users["rolf"].id, "edited", edited_by_id=users["clara"].id)
    code, _, err = cli(None, "case", "act", str(cid), "check")
    assert code == 1 and "--as LOGIN" in err
    monkeypatch.setenv("INVOICEDESK_PASSWORD", "not adas secret")  # masked wherever it appears
    code, _, err = cli("ada", "case", "act", str(cid), "check")
    assert code == 1 and "wrong password" in err
    monkeypatch.delenv("INVOICEDESK_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask on
    code, _, err = cli("ada", "case", "act", str(cid), "check")
    assert code == 1 and "INVOICEDESK_PASSWORD" in err
    code, _, err = cli("ada", "case", "act", str(cid), "system_ready")
    assert code == 1 and "Unknown action" in err


def test_users_are_administered_by_administrators(db, users, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO("a new password\n"))
    _refusal(
        cli("clara", "user", "add", "eve", "--name", "Eve", "--initials", "EV", "--role",
            "admin", "--password-stdin"),
        "needs the role admin",
    )  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("a new password\n"))
    _refusal(
        cli(None, "user", "add", "eve", "--name", "Eve", "--initials", "EV", "--role", "clerk",
            "--password-stdin"),
        "administrator must do this",
    )  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("a new password\n"))
    code, out, _ = cli("ada", "user", "add", "eve", "--name", "Eve", "--initials", "EV",
                       "--role", "clerk", "--password-stdin")  # fmt: skip
    assert code == 0 and "eve (EV)" in out
    code, out, _ = cli("ada", "user", "roles", "eve", "--set", "clerk,approver",
                       "--approval-limit", "2500")  # fmt: skip
    assert code == 0 and "approver, clerk" in out and "2500.00" in out
    _refusal(cli("clara", "user", "roles", "clara", "--set", "admin"), "needs the role admin")
    _refusal(cli("rolf", "user", "deactivate", "clara"), "needs the role admin")
    code, out, _ = cli("ada", "user", "deactivate", "eve")
    assert code == 0 and "deactivated" in out
    code, _, err = cli("ada", "user", "deactivate", "ada")
    assert code == 1 and "administrator must remain" in err
    code, _, err = cli("eve", "case", "actions", "1")
    assert code == 1 and "wrong password" in err  # a deactivated user cannot log in


def test_intake_records_the_uploader(db, users, cli, shared_data) -> None:  # type: ignore[no-untyped-def]
    xml = sorted(shared_data.rglob("*.xml"))
    if not xml:
        pytest.skip("no e-invoice XML in the shared data")
    code, _out, err = cli("rolf", "intake", str(xml[0]), "--workers", "1")
    assert code == 0, err
    with db.read() as s:
        uploader = s.scalar(select(Case.created_by_id).order_by(Case.id.desc()).limit(1))
    assert uploader == users["rolf"].id
