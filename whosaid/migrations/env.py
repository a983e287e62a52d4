"""Alembic environment: migrations run on the connection `whosaid.store` hands over (no ini file)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `whosaid.store.upgrade` runs migrations
    raise RuntimeError("run migrations through whosaid.store.upgrade(engine)")
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
