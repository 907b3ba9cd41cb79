"""Alembic environment for the vault. Run only through :mod:`riskdesk.store.migrate`,
which hands over an open, keyed connection: there is no URL to connect with, since
the key must never appear in configuration."""

from __future__ import annotations

from alembic import context

from riskdesk.store.tables import metadata

connection = context.config.attributes["connection"]
# SQLite alters tables by copying them, so every operation is rendered as a batch.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
