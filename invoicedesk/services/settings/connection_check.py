"""*Test connection* of the database settings: reach the server, log in, read the schema state.

Nothing is changed in the database tested; the password is used only for the test.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from invoicedesk.config import display_url, parse_database_url
from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.domain.messages import msg
from invoicedesk.store.migrate import is_up_to_date


def check_connection(url_text: str, password: str | None = None) -> str:
    """A sentence saying the database answered (and whether its schema is current).

    Raises ``ConfigurationError`` with the server's reason when it cannot be reached.
    """
    url = parse_database_url(url_text)
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not url.database or not path.is_file():
            if not path.parent.is_dir():
                raise ConfigurationError(
                    "The folder {path_parent} does not exist.", path_parent=path.parent
                )
            return msg(
                "The file {path} does not exist yet; it will be created at the next start.",
                path=path,
            )
    if password and url.get_backend_name() == "postgresql":
        url = url.set(password=password)
    is_pg = url.get_backend_name() == "postgresql"
    engine = create_engine(url, connect_args={"connect_timeout": 5} if is_pg else {})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        current = is_up_to_date(engine)
    except SQLAlchemyError as exc:
        orig = getattr(exc, "orig", None)
        first = str(orig or exc).strip().splitlines()[0]
        raise ConfigurationError(
            "The database {url} cannot be reached: {first}", url=display_url(url), first=first
        ) from exc
    finally:
        engine.dispose()
    if current:
        return msg("Connected to {url}; its tables are up to date.", url=display_url(url))
    return msg(
        "Connected to {url}; its tables will be created or updated at the next start.",
        url=display_url(url),
    )
