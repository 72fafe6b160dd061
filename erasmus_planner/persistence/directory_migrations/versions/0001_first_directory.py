"""Schema 1 of the partner directory: organisations, with folded copies for accent-blind search.

Directories of this version were made before Alembic managed them; they carry no version table
and are recognised by their SQLite marks (see the README).

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
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("oid", sa.String, nullable=True),
        sa.Column("pic", sa.String, nullable=True),
        sa.Column("eche", sa.Boolean, nullable=False),
        sa.Column("city", sa.Text, nullable=True),
        sa.Column("community", sa.String, nullable=True),
        sa.Column("established", sa.String, nullable=True),
        sa.Column("contact_json", sa.Text, nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("extra_json", sa.Text, nullable=False),
        sa.Column("name_folded", sa.Text, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String, nullable=False),
    )
    op.create_index("ix_organisation_search", "organisation", ["name_folded", "search_text", "country", "type"])
    op.create_index("ix_organisation_country", "organisation", ["country"])
    op.create_index("ix_organisation_type", "organisation", ["type"])
    op.create_index("ix_organisation_oid", "organisation", ["oid"])
    op.create_index("ix_organisation_pic", "organisation", ["pic"])


def downgrade() -> None:
    # Directories are never downgraded: an older program refuses a newer one instead.
    raise NotImplementedError
