"""SQLAlchemy models for the domain of design §3.

Every row carries its team_id, every instant is UTC, and every row that belongs to a user hangs
off `users.id` with ON DELETE CASCADE so that "forget me" is one delete.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.types import UTCDateTime


class Base(DeclarativeBase):
    pass


def _owner_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("team_id", "user_id", name="uq_users_team_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(32))
    tz: Mapped[str | None] = mapped_column(String(64))
    tz_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    tz_fallback_noted: Mapped[bool] = mapped_column(Boolean, default=False)
    goal: Mapped[str | None] = mapped_column(Text)
    #: The goal's focus area ("the payments platform"), derived or corrected by the user.
    goal_focus: Mapped[str | None] = mapped_column(String(120))
    lead_times: Mapped[str] = mapped_column(String(32), default="1h")
    quiet_start: Mapped[str] = mapped_column(String(5), default="20:00")
    quiet_end: Mapped[str] = mapped_column(String(5), default="08:00")
    nudges_on: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Relationship(Base):
    __tablename__ = "relationships"
    __table_args__ = (
        UniqueConstraint("owner_id", "counterpart_key", name="uq_relationships_owner_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = _owner_fk()
    #: Slack id when the counterpart is a Slack user, else the lower-cased free-text name.
    counterpart_key: Mapped[str] = mapped_column(String(128))
    counterpart_user_id: Mapped[str | None] = mapped_column(String(32))
    counterpart_name: Mapped[str | None] = mapped_column(String(128))
    display_name: Mapped[str | None] = mapped_column(String(128))
    #: The full name on the Slack profile, so `history Dana Whitfield` finds them too.
    real_name: Mapped[str | None] = mapped_column(String(128))
    #: Their job title on the Slack profile, read with the name: what the asks reach for.
    title: Mapped[str | None] = mapped_column(String(128))
    #: The language the user meets them in, when they set it (`/oneonone language`); None: the
    #: card reads it from their notes.
    language: Mapped[str | None] = mapped_column(String(16))
    display_name_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    role: Mapped[str] = mapped_column(String(16), default="other")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MeetingSeries(Base):
    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = _owner_fk()
    relationship_id: Mapped[int] = mapped_column(
        ForeignKey("relationships.id", ondelete="CASCADE"), index=True
    )
    cadence: Mapped[str] = mapped_column(String(16))
    weekday: Mapped[int | None] = mapped_column(Integer)
    nth: Mapped[int | None] = mapped_column(Integer)
    on_date: Mapped[str | None] = mapped_column(String(10))
    local_time: Mapped[str] = mapped_column(String(5))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    tz: Mapped[str] = mapped_column(String(64))
    starts_on: Mapped[str | None] = mapped_column(String(10))
    #: JSON list of skipped occurrence starts (ISO, UTC).
    skipped: Mapped[str] = mapped_column(Text, default="[]")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Nudge rows exist for every occurrence starting before this instant (see storage.nudges).
    planned_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: `typed` (the user's `schedule`) or `calendar` (followed from their calendar).
    source: Mapped[str] = mapped_column(String(16), default="typed", server_default="typed")
    #: Calendar series only: JSON list of [start ISO UTC, minutes], as the calendar says.
    dated: Mapped[str | None] = mapped_column(Text)


class Nudge(Base):
    __tablename__ = "nudges"
    __table_args__ = (
        UniqueConstraint("series_id", "occurrence_start", "kind", name="uq_nudges_occurrence"),
        Index("ix_nudges_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = _owner_fk()
    series_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    occurrence_start: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: pending | sending | sent | failed | cancelled | missed
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: When the first attempt to send it was claimed: where a later "was it already posted?"
    #: read of the user's DM starts.
    first_tried_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    slack_channel: Mapped[str | None] = mapped_column(String(32))
    slack_ts: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(String(255))


class Entry(Base):
    __tablename__ = "entries"
    __table_args__ = (
        UniqueConstraint(
            "owner_id", "source_channel", "source_ts", "kind", name="uq_entries_source"
        ),
        Index("ix_entries_owner_kind_status", "owner_id", "kind", "status"),
        Index("ix_entries_pending_retry", "text_pending", "text_retry_at"),
        #: The prep card's window and `history` read one relationship's entries by date; kind and
        #: status ride along so the card's counts never touch the table (storage.card_reads).
        Index(
            "ix_entries_owner_relationship_created",
            "owner_id",
            "relationship_id",
            "created_at",
            "kind",
            "status",
        ),
        #: What is still open with one person: the card's carried items and talking points, the
        #: oldest and the newest of a kind read without a sort (storage.card_reads).
        Index(
            "ix_entries_owner_relationship_open",
            "owner_id",
            "relationship_id",
            "status",
            "kind",
            "created_at",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = _owner_fk()
    relationship_id: Mapped[int | None] = mapped_column(
        ForeignKey("relationships.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    #: True while the text is a placeholder waiting for Slack to let us read the message.
    text_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    #: When a pending text may be read again (Slack's Retry-After); None when nothing is pending.
    text_retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16), default="open")
    source: Mapped[str] = mapped_column(String(16), default="command")
    source_channel: Mapped[str | None] = mapped_column(String(32))
    source_ts: Mapped[str | None] = mapped_column(String(32))
    permalink: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: When an oversharing flag on this entry was first shown in full; after that, a marker.
    flag_noted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The scanner's verdict on `text` (JSON: category and trigger words per flag), so a card
    #: does not re-run the model on every row it shows; `scan_model` names the model that gave
    #: it (coaching.oversharing_model.model_stamp). A stale or missing stamp is re-scanned.
    scan_verdict: Mapped[str | None] = mapped_column(Text)
    scan_model: Mapped[str | None] = mapped_column(String(16))


class InboxEvent(Base):
    """Every Slack event we answered 200 to, written before the 200 and processed from here.

    Slack does not resend an event it got 200 for, so the row is the only copy if we crash
    between the ack and the listener's commit; the dispatcher replays rows left `pending`.
    The row is also the dedupe of Slack's retries (it replaced `processed_events`).
    `body` holds the event as Slack sent it (user text included) until it is pruned a day
    later or its user asks to be forgotten.
    """

    __tablename__ = "inbox"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    team_id: Mapped[str | None] = mapped_column(String(32))
    user_id: Mapped[str | None] = mapped_column(String(32), index=True)
    body: Mapped[str] = mapped_column(Text)
    #: pending → done (processed, or nothing to do), or dead (gave up after MAX attempts).
    state: Mapped[str] = mapped_column(String(16), default="pending")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    #: When the dispatcher may replay a still-pending row.
    replay_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_inbox_state_replay_at", "state", "replay_at"),)


class OutboxPost(Base):
    """A private reply Slack refused or could not take after its change was committed (a 429,
    Slack unreachable): the dispatcher posts it later instead of a listener waiting. `payload`
    is the message (user text included); it is deleted once sent, given up on, or forgotten."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(32), index=True)
    payload: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FollowThrough(Base):
    """What happens after an entry (design §4, leverage pipeline): an introduction's steps, the
    answer to an ask, or a promise's deliver-by date — one row per entry that has any.

    `prompt_at` is when the next DM about it is due (None: nothing to send); the dispatcher's
    hook claims it by compare-and-set, so each prompt goes out once across instances.
    """

    __tablename__ = "follow_throughs"
    #: The prep card's "they said no lately" read (storage.card_reads).
    __table_args__ = (
        Index("ix_follow_throughs_owner_answer", "owner_id", "answer", "answered_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = _owner_fk()
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), unique=True)
    #: intro | ask | promise
    kind: Mapped[str] = mapped_column(String(16))
    #: Who the user is being introduced to: a Slack mention (`<@U…>`) or a name as written.
    introduced: Mapped[str | None] = mapped_column(String(160))
    made_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    met_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    thanked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: yes | not_yet | no
    answer: Mapped[str | None] = mapped_column(String(16))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: A promise's local deliver-by date, YYYY-MM-DD.
    deliver_on: Mapped[str | None] = mapped_column(String(10))
    prompt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    prompted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: When the prompt due now was first claimed for sending (None: not yet). A later claim of
    #: the same prompt may follow a DM whose answer was lost, so it reads the DM first.
    prompt_tried_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DispatcherHeartbeat(Base):
    """One row per running dispatcher, refreshed while it lives.

    A `sending` nudge whose instance has no unexpired heartbeat was claimed by a process that
    died; any other instance may take it over (after checking Slack for the DM).
    """

    __tablename__ = "dispatcher_heartbeats"

    instance: Mapped[str] = mapped_column(String(64), primary_key=True)
    beat_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Calendar(Base):
    """A user's connected calendar. The address (and CalDAV password) is a secret: `secret`
    holds it encrypted with ONEONONE_SECRET_KEY, `label` a masked form safe to show."""

    __tablename__ = "calendars"
    __table_args__ = (UniqueConstraint("owner_id", name="uq_calendars_owner"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = _owner_fk()
    kind: Mapped[str] = mapped_column(String(16))  # ics | caldav
    secret: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(200))
    etag: Mapped[str | None] = mapped_column(String(255))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    #: The last calendar that was read successfully, encrypted (it names colleagues).
    body: Mapped[str | None] = mapped_column(Text)
    poll_after: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: When the calendar was last read into events and series (a 304 within REREAD changes
    #: nothing, so it is not read again until the window has moved on).
    imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(255))
    #: True once the user has been told about the current failure (told once, not every poll).
    error_told: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CalendarEvent(Base):
    """One event (by UID) found in a user's calendar, with the user's choice about it."""

    __tablename__ = "calendar_events"
    __table_args__ = (UniqueConstraint("owner_id", "uid", name="uq_calendar_events_owner_uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = _owner_fk()
    uid: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(255))
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    counterpart_user_id: Mapped[str | None] = mapped_column(String(32))
    counterpart_name: Mapped[str | None] = mapped_column(String(128))
    #: auto | muted | one_on_one (a group meeting the user marked as their 1:1)
    choice: Mapped[str] = mapped_column(String(16), default="auto")
    #: JSON list of [start ISO UTC, minutes]: the occurrences the calendar holds for the user.
    starts: Mapped[str] = mapped_column(Text, default="[]")
    #: Still in the calendar at the last poll (kept a while so a choice survives a glitch).
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="SET NULL"), index=True
    )


class SlackEmail(Base):
    """`users.lookupByEmail` answers, cached: e-mail → Slack user (None: not in Slack)."""

    __tablename__ = "slack_emails"

    team_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    email: Mapped[str] = mapped_column(String(255), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(String(32))
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime())


class UploadedFile(Base):
    """A file the bot uploaded to a user's DM (the exported journal), so that "forget me" can
    delete it from Slack too (`files.delete`)."""

    __tablename__ = "uploaded_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = _owner_fk()
    file_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CardReadings(Base):
    """The readings of a relationship's log lines taken by its last card
    (`coaching.line_memo`), so the next card need not read the lines again: argument digests
    and their values, stamped with the rules that read them. Derived from the user's own lines,
    so it is theirs like the lines are (owner-scoped, deleted by "forget me")."""

    __tablename__ = "card_readings"

    relationship_id: Mapped[int] = mapped_column(
        ForeignKey("relationships.id", ondelete="CASCADE"), primary_key=True
    )
    owner_id: Mapped[int] = _owner_fk()
    readings: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
