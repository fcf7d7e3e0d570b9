"""relationship language: the language the user meets a counterpart in, when they set it
(`/oneonone language`), so the drafted asks follow it rather than the notes' language

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("relationships") as batch:
        batch.add_column(sa.Column("language", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("relationships") as batch:
        batch.drop_column("language")
