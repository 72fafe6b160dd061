"""Schema 3: affiliated entities (spec/plan-format.md §4.1) keep the name of the full partner
they are linked to. Existing partners have none.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partner") as batch:
        batch.add_column(sa.Column("affiliated_to", sa.Text, nullable=True))


def downgrade() -> None:
    raise NotImplementedError("documents are never downgraded")
