"""Accent-insensitive directory search that stays fast on a server: a trigram index on the
partner directory's folded search text.

Every organisation stores ``search_text``, its name, city, OID and PIC folded the way a search
is folded (no accents, no case: "lodz" and "Łódź" are both "lodz"), so the same query works on
SQLite and PostgreSQL. A search asks for every word *inside* that text (``LIKE '%word%'``),
which a B-tree cannot answer; pg_trgm's GIN index can, for any word of three letters or more.
The directory's own tables come from its migrations, run by ``workspace init`` just before.

The folded columns also get the binary collation ("C"): folded text is compared byte by byte,
exactly as SQLite does, so results come in the same order on both engines, and PostgreSQL's
B-tree can serve "names starting with" as a range, whatever the database's own locale.

Revision ID: w0002
Revises: w0001
"""

from __future__ import annotations

from alembic import op

revision = "w0002"
down_revision = "w0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The folded texts compare byte by byte, as on SQLite: the same order on both engines, and a
    # B-tree that answers "starts with" (LIKE 'lodz%') and "in name order" from the index.
    op.execute('ALTER TABLE organisation ALTER COLUMN name_folded TYPE text COLLATE "C"')
    op.execute('ALTER TABLE organisation ALTER COLUMN search_text TYPE text COLLATE "C"')
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE INDEX IF NOT EXISTS ix_organisation_search_trigrams ON organisation USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded")
