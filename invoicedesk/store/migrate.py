"""Schema migrations (Alembic, ``db/``) run from the app and the command line.

Alembic (with Mako and Pygments) is imported by the functions that use it: a process that does
not migrate or check the schema (a desk opened on a prepared database, most CLI commands)
does not load it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine

from invoicedesk.config import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    """An Alembic config pointing at the shipped migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (all heads), in one transaction."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def is_up_to_date(engine: Engine) -> bool:
    """True when the database is at every head revision of the shipped migrations."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
    return current == set(script.get_heads())


def schema_state(engine: Engine) -> str:
    """``"current"``, ``"empty"`` (no InvoiceDesk schema at all), ``"behind"`` (older
    revision: needs ``db upgrade``) or ``"ahead"`` (written by a newer InvoiceDesk)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

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
