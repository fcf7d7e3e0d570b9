"""Files the bot uploaded for a user (the exported journal): remembered so that "forget me"
removes them from Slack as well as from the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import UploadedFile


def remember_upload(
    session: Session, *, team_id: str, owner_id: int, file_id: str, now: datetime
) -> None:
    session.add(UploadedFile(team_id=team_id, owner_id=owner_id, file_id=file_id, created_at=now))


def uploaded_file_ids(session: Session, owner_id: int) -> list[str]:
    """The owner's uploaded files, oldest first (rows are deleted with the owner)."""
    query = select(UploadedFile.file_id).where(UploadedFile.owner_id == owner_id)
    return list(session.scalars(query.order_by(UploadedFile.id)))
