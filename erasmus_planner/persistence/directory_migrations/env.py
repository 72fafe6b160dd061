"""Alembic environment for the partner directory.

Migrations run only from ``erasmus_planner.persistence.directory_schema``, which hands over an
open connection (inside its transaction) and the name of the version table; there is no
alembic.ini and no URL to configure, whatever the engine.
"""

from __future__ import annotations

from alembic import context

attributes = context.config.attributes
context.configure(
    connection=attributes["connection"],
    target_metadata=None,
    version_table=attributes["version_table"],
    # Batch mode: SQLite alters a table in place only to add columns; anything else recreates it.
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
