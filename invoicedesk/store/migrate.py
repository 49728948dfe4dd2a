"""Schema migrations (Alembic, ``db/``) run from the app and the command line."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from invoicedesk.config import migrations_dir


def alembic_config() -> Config:
    """An Alembic config pointing at the shipped migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (all heads), in one transaction."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def is_up_to_date(engine: Engine) -> bool:
    """True when the database is at every head revision of the shipped migrations."""
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
    return current == set(script.get_heads())


def schema_state(engine: Engine) -> str:
    """``"current"``, ``"empty"`` (no InvoiceDesk schema at all), ``"behind"`` (older
    revision: needs ``db upgrade``) or ``"ahead"`` (written by a newer InvoiceDesk)."""
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
    if not current:
        return "empty"
    heads = set(script.get_heads())
    if current == heads:
        return "current"
    known = {rev.revision for rev in script.walk_revisions()}
    return "ahead" if current - known else "behind"
