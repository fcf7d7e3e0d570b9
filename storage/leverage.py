"""Follow-through rows: an introduction's steps, the answer to an ask, a promise's date.

Every read a user triggers is by owner; `due_prompts` / `claim_prompt` are the dispatcher's
view across owners, like `storage.nudges`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from coaching import leverage, model
from storage.models import Entry, FollowThrough, User

INTRO = "intro"
ASK = "ask"
PROMISE = "promise"

_STAGE_COLUMNS = (
    (leverage.Stage.REPORTED, "reported_at"),
    (leverage.Stage.THANKED, "thanked_at"),
    (leverage.Stage.MET, "met_at"),
    (leverage.Stage.MADE, "made_at"),
)


def start(
    session: Session,
    entry: Entry,
    *,
    kind: str,
    now: datetime,
    prompt_at: datetime | None,
    introduced: str | None = None,
    deliver_on: date | None = None,
) -> FollowThrough:
    """Begin following an entry the owner just logged."""
    row = FollowThrough(
        team_id=entry.team_id,
        owner_id=entry.owner_id,
        entry_id=entry.id,
        kind=kind,
        introduced=introduced[:160] if introduced else None,
        made_at=now if kind == ASK else None,
        deliver_on=deliver_on.isoformat() if deliver_on else None,
        prompt_at=prompt_at,
    )
    session.add(row)
    session.flush()
    return row


def of_entry(session: Session, owner: User, entry_id: int) -> FollowThrough | None:
    """The follow-through of one of the owner's entries."""
    return session.scalars(
        select(FollowThrough).where(
            FollowThrough.entry_id == entry_id, FollowThrough.owner_id == owner.id
        )
    ).one_or_none()


def of_entries(session: Session, owner: User, entry_ids: Iterable[int]) -> dict[int, FollowThrough]:
    ids = list(set(entry_ids))
    if not ids:
        return {}
    rows = session.scalars(_OF_ENTRIES, {"owner": owner.id, "ids": ids})
    return {row.entry_id: row for row in rows}


#: Built once (its values are bound). Through the entries' own (owner, id) index: with the
#: owner alone to go on, SQLite would read every follow-through of the owner for a handful.
_OF_ENTRIES = (
    select(FollowThrough)
    .join(Entry, Entry.id == FollowThrough.entry_id)
    .where(
        Entry.owner_id == bindparam("owner"),
        FollowThrough.owner_id == bindparam("owner"),
        FollowThrough.entry_id.in_(bindparam("ids", expanding=True)),
    )
)


def open_intros(
    session: Session, owner: User, *, relationship_id: int | None = None, limit: int = 50
) -> list[tuple[Entry, FollowThrough]]:
    """Introductions still on their way, oldest first (App Home, the card)."""
    query = (
        select(Entry, FollowThrough)
        .join(FollowThrough, FollowThrough.entry_id == Entry.id)
        .where(
            Entry.owner_id == owner.id,
            FollowThrough.owner_id == owner.id,
            FollowThrough.kind == INTRO,
            FollowThrough.reported_at.is_(None),
            Entry.status == model.EntryStatus.OPEN.value,
        )
        .order_by(Entry.created_at, Entry.id)
        .limit(limit)
    )
    if relationship_id is not None:
        query = query.where(Entry.relationship_id == relationship_id)
    return [(entry, row) for entry, row in session.execute(query)]


def intro_of(entry: Entry, row: FollowThrough) -> leverage.Intro:
    """The domain view of an introduction: its stage is the latest step with a date."""
    for stage, column in _STAGE_COLUMNS:
        at = getattr(row, column)
        if at is not None:
            return leverage.Intro(stage, at, met_at=row.met_at, introduced=row.introduced)
    return leverage.Intro(
        leverage.Stage.ASKED, entry.created_at, met_at=None, introduced=row.introduced
    )


def move_intro(entry: Entry, row: FollowThrough, to: leverage.Stage, *, now: datetime) -> bool:
    """Record that `to` happened; False (nothing changes) when it is not a step forward. The
    steps skipped on the way get the same date, so history reads in order."""
    current = intro_of(entry, row)
    if not leverage.can_move(current.stage, to):
        return False
    for stage, column in reversed(_STAGE_COLUMNS):
        reached = leverage.STAGES.index(stage) <= leverage.STAGES.index(to)
        if reached and getattr(row, column) is None:
            setattr(row, column, now)
    _next_prompt(row, leverage.prompt_at(intro_of(entry, row)))
    if to is leverage.Stage.REPORTED:
        entry.status = model.EntryStatus.DONE.value
        entry.done_at = now
    return True


def record_answer(
    entry: Entry, row: FollowThrough, answer: leverage.Answer, outcome: leverage.AnswerOutcome,
    *, now: datetime,
) -> None:  # fmt: skip
    row.answer = answer.value
    row.answered_at = now
    _next_prompt(row, None)
    if outcome.closed:
        entry.status = model.EntryStatus.DONE.value
        entry.done_at = now


def deliver(entry: Entry, row: FollowThrough | None, *, now: datetime) -> None:
    """A promise kept: it becomes something the user gave, and the reminder is off."""
    entry.status = model.EntryStatus.DONE.value
    entry.done_at = now
    if row is not None and row.kind == PROMISE:
        entry.kind = leverage.DELIVERED_KIND.value
        _next_prompt(row, None)


@dataclass(frozen=True)
class Due:
    id: int
    prompt_at: datetime
    #: When this prompt was first claimed, if it was (a retry may follow a post that landed).
    tried_at: datetime | None = None


def due_prompts(
    session: Session, *, now: datetime, limit: int = 50, team_id: str | None = None
) -> list[Due]:
    """Prompts of every owner (in `team_id`, when given) that are due (the dispatcher's view)."""
    query = select(FollowThrough.id, FollowThrough.prompt_at, FollowThrough.prompt_tried_at).where(
        FollowThrough.prompt_at.is_not(None), FollowThrough.prompt_at <= now
    )
    if team_id is not None:
        query = query.where(FollowThrough.team_id == team_id)
    query = query.order_by(FollowThrough.prompt_at, FollowThrough.id).limit(limit)
    return [Due(row_id, at, tried) for row_id, at, tried in session.execute(query)]


def claim_prompt(
    session: Session, row_id: int, *, seen: datetime, until: datetime, now: datetime
) -> bool:
    """Compare-and-set: push `prompt_at` on to `until` unless another instance did first, and
    note when this prompt was first tried (`prompt_tried_at`, kept across retries)."""
    result = session.execute(
        update(FollowThrough)
        .where(FollowThrough.id == row_id, FollowThrough.prompt_at == seen)
        .values(prompt_at=until, prompt_tried_at=func.coalesce(FollowThrough.prompt_tried_at, now))
        .execution_options(synchronize_session=False)
    )
    return (result.rowcount or 0) == 1


def prompt_sent(row: FollowThrough, *, now: datetime, next_at: datetime | None = None) -> None:
    row.prompted_at = now
    _next_prompt(row, next_at)


def _next_prompt(row: FollowThrough, at: datetime | None) -> None:
    """A different prompt (or none) from now on: any earlier try was of another DM."""
    row.prompt_at = at
    row.prompt_tried_at = None


def steps_of(entry: Entry, row: FollowThrough | None) -> list[tuple[str, datetime]]:
    """An entry's follow-through as dated steps, oldest first (history and export)."""
    if row is None:
        return []
    steps: list[tuple[str, datetime]] = []
    if row.kind == INTRO:
        steps.append((leverage.STAGE_DONE[leverage.Stage.ASKED], entry.created_at))
        for stage, column in reversed(_STAGE_COLUMNS):
            at = getattr(row, column)
            if at is not None:
                steps.append((leverage.STAGE_DONE[stage], at))
    if row.answer and row.answered_at:
        steps.append((ANSWER_WORDS[leverage.Answer(row.answer)], row.answered_at))
    delivered = entry.status == model.EntryStatus.DONE.value and entry.done_at is not None
    if row.kind == PROMISE and delivered:
        steps.append(("Delivered", entry.done_at))
    return steps


ANSWER_WORDS = {
    leverage.Answer.YES: "Answer: yes",
    leverage.Answer.NOT_YET: "Answer: not yet",
    leverage.Answer.NO: "Answer: no",
}


#: A second press of the same post-meeting button within this long logs nothing new.
SAME_PRESS_WINDOW = timedelta(days=1)


def logged_recently(
    session: Session,
    owner: User,
    relationship_id: int,
    text: str,
    now: datetime,
    *,
    kind: model.EntryKind = model.EntryKind.ASK,
) -> bool:
    """Whether the owner logged these very words with this person lately (a double press)."""
    query = select(Entry.id).where(
        Entry.owner_id == owner.id,
        Entry.relationship_id == relationship_id,
        Entry.kind == kind.value,
        Entry.text == text,
        Entry.created_at >= now - SAME_PRESS_WINDOW,
    )
    return session.scalars(query.limit(1)).first() is not None
