"""Bulk inserts for demo data and benchmarks, bypassing per-parameter ORM processing.

Values are converted once per column to what the driver stores (cents as integers, UTC
timestamps, JSON text); SQLite gets the INSERT compiled by SQLAlchemy and ``executemany``,
PostgreSQL gets ``COPY … FROM STDIN`` composed with psycopg's identifier quoting.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC
from typing import Any

from sqlalchemy import JSON, Boolean, ColumnDefault, Table, insert
from sqlalchemy.orm import Session

from invoicedesk.store.types import ScaledDecimal, UTCDateTime


def _converter(column_type: Any, dialect: str) -> Callable[[Any], Any]:
    if isinstance(column_type, ScaledDecimal):
        factor = 10**column_type.scale

        def scaled(value: Any) -> Any:
            return None if value is None else round(value * factor)

        return scaled
    if isinstance(column_type, UTCDateTime):
        if dialect == "sqlite":

            def naive(value: Any) -> Any:
                if value is None:
                    return None
                return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

            return naive
        return lambda value: value
    if isinstance(column_type, JSON):
        return lambda value: None if value is None else json.dumps(value)
    if isinstance(column_type, Boolean) and dialect == "sqlite":
        return lambda value: None if value is None else int(value)
    return lambda value: value


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows (dicts keyed by column name) in the session's transaction."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    # columns the rows leave out but the model gives a default (a column added later must not
    # break the loaders that do not know it yet): the default, as the ORM would fill it in
    # (a callable one, such as the time, is taken once for the whole batch)
    defaults = {
        c.name: c.default.arg if c.default.is_scalar else c.default.arg(None)
        for c in table.columns
        if c.name not in rows[0] and isinstance(c.default, ColumnDefault)
    }
    columns = [c for c in table.columns if c.name in rows[0] or c.name in defaults]
    converters = [_converter(c.type, dialect) for c in columns]
    names = [c.name for c in columns]
    data = [
        tuple(
            conv(row[name] if name in row else defaults[name])
            for conv, name in zip(converters, names, strict=True)
        )
        for row in rows
    ]
    connection = session.connection()
    if dialect == "postgresql":
        from psycopg import sql

        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names))
        )
        import psycopg

        raw = connection.connection.dbapi_connection
        assert isinstance(raw, psycopg.Connection)
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for record in data:
                copy.write_row(record)
        return
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=names)
    positional = compiled.positiontup or names
    order = [names.index(key) for key in positional]
    ordered = [tuple(record[i] for i in order) for record in data]
    connection.exec_driver_sql(str(compiled), ordered)
