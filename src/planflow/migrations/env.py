"""Runs the migrations on the connection :func:`planflow.store.upgrade_store` hands in."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from planflow.store import metadata

connection: Connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite alters a table by copying it: Alembic's batch mode does that
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
