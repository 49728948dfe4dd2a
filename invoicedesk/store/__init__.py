"""Persistence: SQLAlchemy models, engine set-up, units of work, migrations glue, queries."""
