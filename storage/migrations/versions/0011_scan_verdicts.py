"""scan verdicts: each entry's oversharing verdict, stamped with the model that gave it; the
card's date index also covers kind and status (its counts read the index alone), and a second
index finds what is still open with one person, a third the asks answered no lately

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("scan_verdict", sa.Text(), nullable=True))
        batch.add_column(sa.Column("scan_model", sa.String(length=16), nullable=True))
    _index(("owner_id", "relationship_id", "created_at", "kind", "status"))
    op.create_index(
        "ix_entries_owner_relationship_open",
        "entries",
        ["owner_id", "relationship_id", "status", "kind"],
    )
    op.create_index(
        "ix_follow_throughs_owner_answer",
        "follow_throughs",
        ["owner_id", "answer", "answered_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_follow_throughs_owner_answer", table_name="follow_throughs")
    op.drop_index("ix_entries_owner_relationship_open", table_name="entries")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("scan_model")
        batch.drop_column("scan_verdict")
    _index(("owner_id", "relationship_id", "created_at"))


def _index(columns: tuple[str, ...]) -> None:
    op.drop_index("ix_entries_owner_relationship_created", table_name="entries")
    op.create_index("ix_entries_owner_relationship_created", "entries", list(columns))
