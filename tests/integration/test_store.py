"""Store: migrations match the models, attachments de-duplicate, users log in."""

from __future__ import annotations

from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.cases.attachments import (
    add_attachment,
    attachment_content,
    list_attachments,
)
from invoicedesk.services.settings.users import LoginFailed, add_user, authenticate
from invoicedesk.store.migrate import is_up_to_date
from invoicedesk.store.models import Base
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Blob


def test_migrations_match_models(db) -> None:  # type: ignore[no-untyped-def]
    assert is_up_to_date(db.engine)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_attachments_are_deduplicated(db, users) -> None:  # type: ignore[no-untyped-def]
    actor = users["clara"].actor()
    with db.write() as s:
        ids = []
        for _ in range(2):
            case = Case(direction="in", status="ready", party_name="X")
            s.add(case)
            s.flush()
            ids.append(case.id)
    content = b"%PDF-1.4 same bytes"
    a1 = add_attachment(db, actor, ids[0], "a.pdf", content, kind="invoice_pdf")
    a2 = add_attachment(db, actor, ids[1], "b.pdf", content)
    add_attachment(db, actor, ids[1], "c.pdf", b"%PDF-1.4 other bytes")
    assert a1.sha256 == a2.sha256 and a1.mime_type == "application/pdf"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 2
    info, data = attachment_content(db, a2.id)
    assert data == content and info.filename == "b.pdf"
    assert [a.filename for a in list_attachments(db, ids[1])] == ["b.pdf", "c.pdf"]
    with pytest.raises(ValidationError):
        add_attachment(db, actor, ids[0], "empty.pdf", b"")


def test_users_and_passwords(db) -> None:  # type: ignore[no-untyped-def]
    info = add_user(
        db,
        "anna",
        full_name="Anna B",
        initials="ab",
        roles=["clerk", "approver"],
        password="s3cret-pass",
        approval_limit=Decimal("2500"),
    )
    assert info.initials == "AB" and info.roles == ("approver", "clerk")
    with db.read() as s:
        from invoicedesk.store.models.users import User

        stored = s.scalar(select(User.password_hash).where(User.login == "anna"))
    assert stored.startswith("$argon2id$") and "s3cret" not in stored
    assert authenticate(db, "anna", "s3cret-pass").id == info.id
    with pytest.raises(LoginFailed):
        authenticate(db, "anna", "wrong-pass")
    with pytest.raises(LoginFailed):
        authenticate(db, "nobody", "whatever1")
    with pytest.raises(ValidationError, match="already exists"):
        add_user(db, "anna", full_name="x", initials="x", roles=["clerk"], password="12345678")
    with pytest.raises(ValidationError, match="role"):
        add_user(db, "bob", full_name="x", initials="x", roles=["boss"], password="12345678")
    actor = info.actor()
    assert isinstance(actor, Actor) and info.rights().approval_limit == Decimal("2500.00")


def test_money_is_exact(db) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        for value in ("0.10", "0.20", "1234567890.99"):
            s.add(Case(direction="out", status="draft", gross=Decimal(value)))
    with db.read() as s:
        total = s.scalar(select(func.sum(Case.gross)))
        values = sorted(s.scalars(select(Case.gross)))
    assert values == [Decimal("0.10"), Decimal("0.20"), Decimal("1234567890.99")]
    assert total == Decimal("1234567891.29")  # summed as integer cents in SQL


def test_bulk_insert_fills_the_constant_defaults_of_columns_the_rows_leave_out(db) -> None:  # type: ignore[no-untyped-def]
    """Demo data and benchmarks load rows with the bulk loader; a column added to the model
    later (with a default) must not break them."""
    from invoicedesk.store.bulk import bulk_insert

    rows = [
        {"id": 9001 + i, "direction": "out", "status": "draft", "gross": Decimal("1.50")}
        for i in range(3)
    ]
    with db.write() as s:
        bulk_insert(s, Case.__table__, rows)  # type: ignore[arg-type]
    with db.read() as s:
        stored = s.scalars(select(Case).where(Case.id >= 9001).order_by(Case.id)).all()
        assert [c.gross for c in stored] == [Decimal("1.50")] * 3
        assert {(c.kind, c.currency, c.payment_status, c.version) for c in stored} == {
            ("invoice", "EUR", "unpaid", 1)
        }
