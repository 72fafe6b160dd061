"""First schema of the .epplan document: the plan, its partners, a history and free notes.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA application_id = 1162890318")  # 0x45504C4E, "EPLN"
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("field", sa.String, nullable=True),
        sa.Column("lot", sa.String, nullable=True),
        sa.Column("variant", sa.String, nullable=True),
        sa.Column("call_year", sa.Integer, nullable=False),
        sa.Column("duration_months", sa.Integer, nullable=True),
        sa.Column("extra_json", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("plan.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("oid", sa.String, nullable=True),
        sa.Column("pic", sa.String, nullable=True),
        sa.Column("eche", sa.Boolean, nullable=False),
        sa.Column("city", sa.Text, nullable=True),
        sa.Column("community", sa.String, nullable=True),
        sa.Column("established", sa.String, nullable=True),
        sa.Column("contact_json", sa.Text, nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("extra_json", sa.Text, nullable=False),
    )
    op.create_table(
        "history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.String, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("documents are never downgraded")
