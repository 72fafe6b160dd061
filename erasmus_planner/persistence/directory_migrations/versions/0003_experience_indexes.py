"""Schema 3: indexes that keep searches by experience quick over half a million participations.

An organisation's track record is read newest first a few rows at a time
(ix_participation_organisation gains the project), and a wide experience filter ("every
Cooperation Partnership") is counted per organisation in index order (ix_participation_action).
No data changes.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_participation_organisation", table_name="participation")
    op.create_index("ix_participation_organisation", "participation", ["organisation_id", "call_year", "project_id"])
    op.create_index(
        "ix_participation_action", "participation", ["action", "organisation_id", "field", "role", "call_year"]
    )


def downgrade() -> None:
    # Directories are never downgraded: an older program refuses a newer one instead.
    raise NotImplementedError
