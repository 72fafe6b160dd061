"""Schema 2: funded projects and who took part in them (the Erasmus+ Project Results export).

Organisations gain what those lists say about them (website and its host, region, address, the
type as the list wrote it); every existing entry keeps its data, with these empty. Projects and
participations are new tables; a participation repeats its project's action, field, code and
call year so that one index answers a search by experience.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("organisation", sa.Column("website", sa.Text, nullable=True))
    op.add_column("organisation", sa.Column("website_host", sa.String, nullable=True))
    op.add_column("organisation", sa.Column("region", sa.Text, nullable=True))
    op.add_column("organisation", sa.Column("address", sa.Text, nullable=True))
    op.add_column("organisation", sa.Column("type_as_written", sa.Text, nullable=True))
    op.create_table(
        "funded_project",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("identifier", sa.String, nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("call_year", sa.Integer, nullable=False),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=True),
        sa.Column("field", sa.String, nullable=True),
        sa.Column("lot", sa.String, nullable=True),
        sa.Column("key_action", sa.Text, nullable=False),
        sa.Column("action_type", sa.Text, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("grant_eur", sa.String, nullable=False),
        sa.Column("website", sa.Text, nullable=False),
        sa.Column("card_url", sa.Text, nullable=False),
        sa.Column("topics", sa.Text, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("imported_at", sa.String, nullable=False),
    )
    op.create_index("ix_funded_project_year", "funded_project", ["call_year"])
    op.create_table(
        "participation",
        sa.Column("project_id", sa.Integer, sa.ForeignKey("funded_project.id"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("organisation_id", sa.Integer, sa.ForeignKey("organisation.id"), nullable=False),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=True),
        sa.Column("field", sa.String, nullable=True),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("call_year", sa.Integer, nullable=False),
    )
    op.create_index("ix_participation_organisation", "participation", ["organisation_id", "call_year"])
    op.create_index(
        "ix_participation_experience", "participation", ["action", "field", "role", "call_year", "organisation_id"]
    )
    op.create_index("ix_participation_code", "participation", ["code", "role", "call_year", "organisation_id"])


def downgrade() -> None:
    # Directories are never downgraded: an older program refuses a newer one instead.
    raise NotImplementedError
