"""Alembic environment for ``.epplan`` documents.

Migrations run only from ``erasmus_planner.persistence.migrate``, which hands over an open
connection to the copy being migrated; there is no alembic.ini and no URL to configure.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
# Batch mode: SQLite can only add columns in place; everything else recreates the table.
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
