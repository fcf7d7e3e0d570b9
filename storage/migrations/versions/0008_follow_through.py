"""follow-through: introductions, answers to asks, promises

Revision ID: 0008
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "follow_throughs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("introduced", sa.String(length=160), nullable=True),
        sa.Column("made_at", sa.DateTime(), nullable=True),
        sa.Column("met_at", sa.DateTime(), nullable=True),
        sa.Column("thanked_at", sa.DateTime(), nullable=True),
        sa.Column("reported_at", sa.DateTime(), nullable=True),
        sa.Column("answer", sa.String(length=16), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("deliver_on", sa.String(length=10), nullable=True),
        sa.Column("prompt_at", sa.DateTime(), nullable=True),
        sa.Column("prompted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entry_id"),
    )
    with op.batch_alter_table("follow_throughs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_throughs_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_follow_throughs_prompt_at"), ["prompt_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_throughs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_throughs_prompt_at"))
        batch_op.drop_index(batch_op.f("ix_follow_throughs_owner_id"))
    op.drop_table("follow_throughs")
