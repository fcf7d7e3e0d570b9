"""follow-through prompts: when a prompt was first tried, so a retry reads the DM first

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("follow_throughs") as batch:
        batch.add_column(sa.Column("prompt_tried_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("follow_throughs") as batch:
        batch.drop_column("prompt_tried_at")
