"""Migration 20b: the payment export links and the *Bookable* preset, down and up again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from invoicedesk.services.cases.presets import ensure_shipped_presets
from invoicedesk.store.migrate import alembic_config
from invoicedesk.store.models.config import FilterPreset


def _migrate(db, target: str, down: bool = False) -> None:  # type: ignore[no-untyped-def]
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def _bookable(db):  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return conn.execute(
            select(FilterPreset.filters).where(
                FilterPreset.owner_id.is_(None), FilterPreset.name == "Bookable"
            )
        ).scalar_one()


def test_down_and_up_again(db) -> None:  # type: ignore[no-untyped-def]
    ensure_shipped_presets(db)
    assert _bookable(db) == {"bookable": True}
    _migrate(db, "22a", down=True)  # the revision before 20b
    assert _bookable(db) == {"direction": "out", "statuses": ["paid", "settled"], "booked": False}
    tables = inspect(db.engine)
    assert "booking_export_payments" not in tables.get_table_names()
    assert "subject" not in {c["name"] for c in tables.get_columns("booking_exports")}
    _migrate(db, "heads")
    assert _bookable(db) == {"bookable": True}
    assert "booking_export_payments" in inspect(db.engine).get_table_names()
