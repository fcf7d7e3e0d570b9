"""card readings: the readings a relationship's last card took of its log lines, kept so the
next card takes them back instead of reading a long history again

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "card_readings",
        sa.Column("relationship_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("readings", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["relationship_id"], ["relationships.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("relationship_id"),
    )
    op.create_index("ix_card_readings_owner_id", "card_readings", ["owner_id"])


def downgrade() -> None:
    op.drop_index("ix_card_readings_owner_id", table_name="card_readings")
    op.drop_table("card_readings")
