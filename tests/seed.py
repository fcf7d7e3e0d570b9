"""Seeding a user's journal straight through storage, for the Home/export/forget tests."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.fake_slack import TEAM_ID
from coaching.model import Cadence, CadenceKind, EntryKind, EntryStatus, Person, SeriesSpec
from storage import entries as entry_store
from storage.models import Nudge
from storage.relationships import ensure_relationship
from storage.series import add_series
from storage.users import ensure_user

START = datetime(2026, 9, 10, 15, 0, tzinfo=UTC)


def seed_user(session, user_id: str, *, people: int, followups: int, now=START):
    """`people` relationships with a weekly series each, `followups` open follow-ups spread
    over them, plus one of every other kind, and a pending nudge per series."""
    user = ensure_user(session, TEAM_ID, user_id, now=now)
    user.goal = f"{user_id} wants to lead the data platform team"
    relationships = []
    for i in range(people):
        person = Person(user_id=f"U{user_id[1:4]}P{i:04d}")
        relationship = ensure_relationship(session, user, person, now=now)
        relationships.append(relationship)
        spec = SeriesSpec(
            cadence=Cadence(CadenceKind.WEEKLY, weekday=i % 5),
            local_time=time(10, 0),
            tz="America/New_York",
            starts_on=now.date(),
        )
        series = add_series(session, user, relationship, spec, now=now)
        session.add(
            Nudge(
                team_id=TEAM_ID,
                owner_id=user.id,
                series_id=series.id,
                occurrence_start=now + timedelta(days=7),
                kind="before:1h",
                due_at=now + timedelta(days=7, hours=-1),
                status="pending",
                attempts=0,
            )
        )
    for i in range(followups):
        entry_store.add_entry(
            session,
            user,
            kind=EntryKind.FOLLOWUP,
            text=f"follow-up number {i}",
            now=now + timedelta(minutes=i),
            relationship_id=relationships[i % len(relationships)].id if relationships else None,
        )
    for kind in (EntryKind.ASK, EntryKind.GAVE, EntryKind.WIN, EntryKind.NOTE, EntryKind.AGENDA):
        entry_store.add_entry(
            session,
            user,
            kind=kind,
            text=f"{kind.value} for {user_id}",
            now=now,
            relationship_id=relationships[0].id if relationships else None,
        )
    session.flush()
    return user


def seed_journal(session, user_id: str) -> None:
    """Three months of a journal with Dana and one entry tied to nobody, some with permalinks."""
    user = ensure_user(session, TEAM_ID, user_id, now=START)
    user.goal = "become a staff engineer in data platform"
    dana = ensure_relationship(session, user, Person(user_id="UDANA0001"), now=START)
    lee = ensure_relationship(session, user, Person(name="Lee"), now=START)
    rows = [
        (START, EntryKind.WIN, "shipped the billing migration", dana, None),
        (START + timedelta(days=1), EntryKind.ASK, "budget for the data course", dana, "done"),
        (
            START + timedelta(days=35),
            EntryKind.ASK,
            "would you introduce me to the head of data platform?",
            dana,
            None,
        ),
        (
            START + timedelta(days=36),
            EntryKind.NOTE,
            "feedback: my design doc was too long",
            lee,
            None,
        ),
        (START + timedelta(days=70), EntryKind.GAVE, "reviewed the hiring plan", dana, None),
        (START + timedelta(days=71), EntryKind.FOLLOWUP, "send the numbers", None, None),
        (START + timedelta(days=72), EntryKind.AGENDA, "plans are not exported", dana, None),
    ]
    for i, (at, kind, text, relationship, status) in enumerate(rows):
        entry = entry_store.add_entry(
            session,
            user,
            kind=kind,
            text=text,
            now=at,
            relationship_id=relationship.id if relationship else None,
            source_channel="C0GENERAL",
            source_ts=f"1700000{i}.000100",
            permalink=f"https://fake.slack.com/archives/C0GENERAL/p1700000{i}000100",
        )
        if status == "done":
            entry_store.set_status(entry, EntryStatus.DONE, now=at + timedelta(days=3))
    session.flush()
