"""The database itself protects the audit trail and issued invoices (SQLite and PostgreSQL), and
``audit verify`` finds a change made after the triggers were dropped."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from invoicedesk.cli.main import main
from invoicedesk.domain.workflow import Action
from invoicedesk.services.audit_trail import verify_audit_trail
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.services.settings.user_admin import set_roles
from invoicedesk.store.audit import maintenance
from invoicedesk.store.models.cases import StatusHistory
from tests.integration.test_outgoing import draft, setup_outgoing


@pytest.fixture
def issued(db, users) -> int:  # type: ignore[no-untyped-def]
    """An issued (created-only) invoice, marked paid: a few history rows."""
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    case_id = draft(db, clerk, parties["de"])
    issue_invoice(db, clerk, case_id, delivery="create_only")
    perform_action(db, clerk, case_id, Action.MARK_PAID)
    set_roles(db, users["ada"].actor(), "anton", ["clerk", "approver"])  # an admin-log row
    return case_id


@pytest.fixture
def drops_triggers(db):  # type: ignore[no-untyped-def]
    """For a test that drops triggers: put them back afterwards (PostgreSQL keeps its schema
    for the whole run; SQLite tests get a fresh file each)."""
    yield
    if db.engine.dialect.name == "postgresql":
        from alembic import command

        from invoicedesk.store.migrate import alembic_config, upgrade

        cfg = alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "16a")  # drops what is left of 16b's triggers
        upgrade(db.engine)


def _refused(db, sql: str, **params: object) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(IntegrityError) as refused, db.engine.begin() as conn:
        conn.execute(text(sql), params)
    assert "[audit protection]" in str(refused.value)
    return str(refused.value)


def test_history_and_admin_log_are_append_only(db, issued) -> None:  # type: ignore[no-untyped-def]
    assert "append-only" in _refused(db, "UPDATE status_history SET comment = 'x'")
    assert "append-only" in _refused(db, "DELETE FROM status_history WHERE case_id = :c", c=issued)
    _refused(db, "UPDATE admin_log SET subject = 'x'")
    _refused(db, "DELETE FROM admin_log")


def test_an_issued_invoice_cannot_be_changed_by_sql(db, issued) -> None:  # type: ignore[no-untyped-def]
    _refused(db, "UPDATE cases SET gross = gross + 1 WHERE id = :c", c=issued)
    _refused(db, "UPDATE cases SET number = 'RE-X' WHERE id = :c", c=issued)
    _refused(db, "DELETE FROM cases WHERE id = :c", c=issued)
    _refused(db, "UPDATE case_lines SET net = 0 WHERE case_id = :c", c=issued)
    _refused(db, "DELETE FROM case_lines WHERE case_id = :c", c=issued)
    _refused(db, "DELETE FROM attachments WHERE case_id = :c", c=issued)
    _refused(db, "UPDATE blobs SET content = :b", b=b"%PDF-forged")
    _refused(db, "UPDATE number_counters SET last_value = last_value - 1")
    _refused(db, "DELETE FROM number_counters")
    with db.engine.begin() as conn:  # what the application does to an issued invoice passes
        conn.execute(
            text("UPDATE cases SET status = 'completed', booked = :t, delivered = :t, "
                 "version = version + 1 WHERE id = :c"),
            {"t": True, "c": issued},
        )  # fmt: skip
        conn.execute(text("UPDATE number_counters SET last_value = last_value + 1"))


def test_the_maintenance_switch_lets_one_transaction_pass(db, issued) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s, maintenance(s):
        s.execute(text("DELETE FROM status_history WHERE case_id = :c"), {"c": issued})
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StatusHistory)) == 0
    _refused(db, "UPDATE admin_log SET subject = 'x'")  # switched off again after the block


def test_verify_finds_a_row_changed_after_the_triggers_were_dropped(
    db, issued, capsys, drops_triggers
) -> None:  # type: ignore[no-untyped-def]
    report = verify_audit_trail(db)
    assert report.ok and report.rows["status_history"] >= 3 and report.rows["admin_log"] >= 1
    assert main(["--database-url", db.url, "audit", "verify"]) == 0
    assert "every chain intact" in capsys.readouterr().out
    with db.read() as s:
        target = s.scalar(select(StatusHistory.id).where(StatusHistory.action == "mark_paid"))
    postgres = db.engine.dialect.name == "postgresql"
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "DROP TRIGGER status_history_no_update" + (" ON status_history" if postgres else "")
            )
        )
        conn.execute(
            text("UPDATE status_history SET comment = 'paid in cash' WHERE id = :i"), {"i": target}
        )
    report = verify_audit_trail(db)
    assert [b.id for b in report.broken] == [target]
    assert main(["--database-url", db.url, "audit", "verify", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert not data["ok"] and [b["id"] for b in data["broken"]] == [target]
    assert data["days"] and len(data["days"][-1]["chain_hash"]) == 64


def test_verify_finds_a_deleted_row(db, issued, drops_triggers) -> None:  # type: ignore[no-untyped-def]
    postgres = db.engine.dialect.name == "postgresql"
    with db.read() as s:
        ids = list(s.scalars(select(StatusHistory.id).order_by(StatusHistory.id)))
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "DROP TRIGGER status_history_no_delete" + (" ON status_history" if postgres else "")
            )
        )
        conn.execute(text("DELETE FROM status_history WHERE id = :i"), {"i": ids[1]})
    broken = {b.id for b in verify_audit_trail(db).broken}
    assert ids[2] in broken  # the row after the gap no longer links


def test_rows_of_one_transaction_chain_in_id_order(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    case_id = draft(db, clerk, parties["de"])
    issue_invoice(db, clerk, case_id, delivery="print")  # send + print: two rows at once
    report = verify_audit_trail(db)
    assert report.ok, report.broken
    with db.read() as s:
        actions = list(
            s.scalars(
                select(StatusHistory.action)
                .where(StatusHistory.case_id == case_id)
                .order_by(StatusHistory.id)
            )
        )
    assert actions == ["create_draft", "create_only", "print"]


def test_a_refusal_inside_the_application_is_one_clear_sentence(db, issued) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.domain.errors import ImmutableError

    with pytest.raises(ImmutableError, match="append-only"), db.write() as s:
        s.execute(text("DELETE FROM status_history"))
