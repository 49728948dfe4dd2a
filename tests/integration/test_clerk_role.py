"""PostgreSQL: a workstation logged in as a member of the clerk role does all of its work, but
cannot rewrite the history, delete an issued invoice, switch the triggers off or change the
schema (on the real server)."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from invoicedesk.cli.main import main
from invoicedesk.domain.workflow import Action
from invoicedesk.services.audit_trail import verify_audit_trail
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.store.database import Database
from tests.integration.test_outgoing import draft, setup_outgoing


@pytest.fixture
def clerk_db(db, users):  # type: ignore[no-untyped-def]
    """The test database opened by a login that is a member of a fresh clerk role."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("database roles exist only on PostgreSQL")
    role = f"invoicedesk_clerk_t{os.getpid()}_{uuid.uuid4().hex[:6]}"
    login = f"{role}_ws"
    assert main(["--database-url", db.url, "db", "clerk-role", "--role", role]) == 0
    with db.engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{login}" LOGIN IN ROLE "{role}"'))
    url = make_url(db.url).set(username=login, password=None)
    clerk = Database(url.render_as_string(hide_password=False))
    yield clerk
    clerk.dispose()
    admin = create_engine(db.url)
    with admin.begin() as conn:
        for name in (login, role):
            conn.execute(text(f'DROP OWNED BY "{name}"'))
            conn.execute(text(f'DROP ROLE "{name}"'))
    admin.dispose()


def _denied(clerk: Database, sql: str) -> str:
    with pytest.raises(DBAPIError) as denied, clerk.engine.begin() as conn:
        conn.execute(text(sql))
    return str(denied.value.orig)


def test_the_clerk_role_works_but_cannot_rewrite(db, users, clerk_db) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    case_id = draft(clerk_db, clerk, parties["de"])  # everything below as the clerk login
    issue_invoice(clerk_db, clerk, case_id, delivery="create_only")
    perform_action(clerk_db, clerk, case_id, Action.MARK_PAID)
    assert verify_audit_trail(clerk_db).ok
    assert "permission denied" in _denied(clerk_db, "UPDATE status_history SET comment = 'x'")
    assert "permission denied" in _denied(clerk_db, "DELETE FROM status_history")
    assert "permission denied" in _denied(clerk_db, f"DELETE FROM cases WHERE id = {case_id}")
    assert "permission denied" in _denied(clerk_db, "TRUNCATE admin_log")
    assert "permission denied" in _denied(
        clerk_db, "INSERT INTO audit_maintenance (active) VALUES (true)"
    )
    assert "must be owner" in _denied(clerk_db, "DROP TRIGGER cases_issued_fixed ON cases")
    assert "permission denied" in _denied(clerk_db, "CREATE TABLE mine (x int)")
    # a column the clerk may update is still guarded by the trigger on an issued invoice
    assert "[audit protection]" in _denied(
        clerk_db, f"UPDATE cases SET gross = 1 WHERE id = {case_id}"
    )
