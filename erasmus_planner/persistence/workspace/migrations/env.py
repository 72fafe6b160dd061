"""Alembic environment of the team workspace (PostgreSQL).

Migrations run only from ``erasmus_planner.persistence.workspace.schema.upgrade``, which hands
over an open connection; there is no alembic.ini and no URL (so no password) to configure. The
version table has its own name, so the workspace's schema and the partner directory's can live
in one database, each with its own history of revisions.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, version_table="workspace_schema_version", transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
