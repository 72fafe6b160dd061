"""Schema 2: a stable identity per partner, and the individual changes of each history entry.

Schema 1 matched partners between saves by name only, so renaming a partner showed up in the
history as one removal and one addition, and a reopened plan lost the window's selection. Each
existing partner gets a fresh identity; each existing history entry gets its summary as its
only detail line.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("partner") as batch:
        batch.add_column(sa.Column("uid", sa.String, nullable=True))
    for (row_id,) in bind.execute(sa.text("SELECT id FROM partner")).all():
        bind.execute(sa.text("UPDATE partner SET uid = :uid WHERE id = :id"), {"uid": uuid.uuid4().hex, "id": row_id})
    with op.batch_alter_table("partner") as batch:
        batch.alter_column("uid", existing_type=sa.String, nullable=False)

    with op.batch_alter_table("history") as batch:
        batch.add_column(sa.Column("details_json", sa.Text, nullable=True))
    for row_id, summary in bind.execute(sa.text("SELECT id, summary FROM history")).all():
        bind.execute(
            sa.text("UPDATE history SET details_json = :details WHERE id = :id"),
            {"details": json.dumps([summary], ensure_ascii=False), "id": row_id},
        )
    with op.batch_alter_table("history") as batch:
        batch.alter_column("details_json", existing_type=sa.Text, nullable=False)


def downgrade() -> None:
    raise NotImplementedError("documents are never downgraded")
