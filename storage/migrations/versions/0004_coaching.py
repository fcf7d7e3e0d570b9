"""coaching: the goal's focus area, and when an entry's oversharing flag was first shown

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-26 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("goal_focus", sa.String(length=120), nullable=True))
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flag_noted_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_column("flag_noted_at")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("goal_focus")
