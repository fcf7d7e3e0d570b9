"""the open-items index also orders by date: a card reads the oldest and the newest few open
asks and follow-ups with one person straight off it, however many there are

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _index(("owner_id", "relationship_id", "status", "kind", "created_at"))


def downgrade() -> None:
    _index(("owner_id", "relationship_id", "status", "kind"))


def _index(columns: tuple[str, ...]) -> None:
    op.drop_index("ix_entries_owner_relationship_open", table_name="entries")
    op.create_index("ix_entries_owner_relationship_open", "entries", list(columns))
