"""relationships.real_name: the full name from the Slack profile, to find people by it

Revision ID: 0006
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("relationships", schema=None) as batch_op:
        batch_op.add_column(sa.Column("real_name", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("relationships", schema=None) as batch_op:
        batch_op.drop_column("real_name")
