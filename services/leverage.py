"""Leverage use cases (issue 12): start following a logged entry, record its next step, and
gather the next steps the card, App Home and the prompts show.

Each runs inside the caller's unit of work; the decisions are `coaching.leverage`'s and the rows
`storage.leverage`'s.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from coaching import leverage, model
from coaching.model import EntryKind, EntrySource, EntryStatus
from coaching.prep import SHOWN_CARRIED, PrepCard, with_next_steps, with_note
from services.actor import Actor
from storage import entries as entry_store
from storage import leverage as store
from storage.models import Entry, FollowThrough, Relationship
from storage.relationships import owned_relationship


def plan(
    actor: Actor, kind: EntryKind, text: str, relationship: Relationship | None, *, intro: bool
) -> leverage.Plan:
    mention = (
        f"<@{relationship.counterpart_user_id}>"
        if relationship is not None and relationship.counterpart_user_id
        else None
    )
    return leverage.plan_for(
        kind, text, now=actor.now, tz=actor.tz, intro=intro, introducer_mention=mention
    )


def save(
    actor: Actor,
    kind: EntryKind,
    text: str,
    relationship: Relationship | None,
    source: EntrySource,
    *,
    intro: bool = False,
    **reference: str,
) -> tuple[Entry | None, leverage.Plan]:
    """Store one logged entry and start following it when it is an ask, an intro or a promise."""
    decided = plan(actor, kind, text, relationship, intro=intro)
    entry = entry_store.add_entry(
        actor.db,
        actor.user,
        kind=decided.kind,
        text=text,
        now=actor.now,
        relationship_id=relationship.id if relationship else None,
        source=source,
        **reference,
    )
    if entry is not None and decided.track is not None:
        actor.db.flush()
        store.start(
            actor.db,
            entry,
            kind=decided.track.value,
            now=actor.now,
            prompt_at=decided.prompt_at,
            introduced=decided.introduced,
            deliver_on=decided.deliver_on,
        )
    return entry, decided


def followed(entry: Entry, row: FollowThrough) -> leverage.Followed:
    """The coaching view of one followed entry."""
    track = leverage.Track(row.kind)
    return leverage.Followed(
        entry_id=entry.id,
        track=track,
        text=entry.text,
        intro=store.intro_of(entry, row) if track is leverage.Track.INTRO else None,
        answer=leverage.Answer(row.answer) if row.answer else None,
        answered_at=row.answered_at,
        deliver_on=date.fromisoformat(row.deliver_on) if row.deliver_on else None,
    )


def next_step_of(
    actor: Actor, entry: Entry, row: FollowThrough, person: str
) -> leverage.NextStep | None:
    return leverage.next_step(
        followed(entry, row), person=person, topic=leverage.topic_of(entry.text), now=actor.now
    )


def next_steps(
    actor: Actor,
    entries: Sequence[Entry],
    person: str,
    rows: dict[int, FollowThrough] | None = None,
) -> dict[int, leverage.NextStep]:
    """Next steps of the given entries (one relationship's), keyed by entry id."""
    if rows is None:
        rows = store.of_entries(actor.db, actor.user, [e.id for e in entries])
    steps = {}
    for entry in entries:
        row = rows.get(entry.id)
        if row is None or entry.status != EntryStatus.OPEN.value:
            continue
        step = next_step_of(actor, entry, row, person)
        if step is not None:
            steps[entry.id] = step
    return steps


@dataclass(frozen=True)
class OpenIntro:
    """An introduction still on its way, for App Home."""

    introducer: str
    step: leverage.NextStep


def open_intros(actor: Actor, *, limit: int = 10) -> list[OpenIntro]:
    found = []
    names: dict[int, str] = {}
    for entry, row in store.open_intros(actor.db, actor.user, limit=limit):
        person = _name(actor, entry.relationship_id, names)
        step = next_step_of(actor, entry, row, person)
        if step is not None:
            found.append(OpenIntro(person, step))
    return found


def _name(actor: Actor, relationship_id: int | None, cache: dict[int, str]) -> str:
    if relationship_id is None:
        return "them"
    if relationship_id not in cache:
        relationship = owned_relationship(actor.db, actor.user, relationship_id)
        cache[relationship_id] = person_label(relationship) if relationship else "them"
    return cache[relationship_id]


def person_of(actor: Actor, entry: Entry) -> str:
    """Who an entry is with, unescaped: the texts it goes into are escaped where rendered."""
    return _name(actor, entry.relationship_id, {})


# --- recording a step -----------------------------------------------------------------------


@dataclass(frozen=True)
class Followable:
    """One of the presser's followed entries, found from a button's value."""

    entry: Entry
    row: FollowThrough
    step: str


def find(actor: Actor, value: str) -> Followable | None:
    """`<entry id>|<step>` from a button, only for an entry of the presser's."""
    entry_id, _, step = value.partition("|")
    if not entry_id.isdigit():
        return None
    entry = entry_store.owned_entry(actor.db, actor.user, int(entry_id))
    row = store.of_entry(actor.db, actor.user, int(entry_id)) if entry is not None else None
    if entry is None or row is None:
        return None
    return Followable(entry, row, step)


def move_intro(actor: Actor, item: Followable) -> str | None:
    """Record an introduction's step; the reply, or None when the value names no step."""
    try:
        stage = leverage.Stage(item.step)
    except ValueError:
        return None
    if item.row.kind != store.INTRO:
        return None
    person = person_of(actor, item.entry)
    if not store.move_intro(item.entry, item.row, stage, now=actor.now):
        current = store.intro_of(item.entry, item.row)
        return f"Already noted — this intro is at \u201c{leverage.STAGE_DONE[current.stage]}\u201d."
    return leverage.step_reply(store.intro_of(item.entry, item.row), person)


def answer(actor: Actor, item: Followable) -> str | None:
    """Record the answer to an ask; yes adds a follow-up to deliver or thank."""
    try:
        said = leverage.Answer(item.step)
    except ValueError:
        return None
    if item.row.kind not in (store.ASK, store.INTRO):
        return None
    person = person_of(actor, item.entry)
    outcome = leverage.after_answer(
        said, person=person, topic=leverage.topic_of(item.entry.text), now=actor.now
    )
    store.record_answer(item.entry, item.row, said, outcome, now=actor.now)
    if outcome.followup:
        entry_store.add_entry(
            actor.db,
            actor.user,
            kind=EntryKind.FOLLOWUP,
            text=outcome.followup,
            now=actor.now,
            relationship_id=item.entry.relationship_id,
            source=EntrySource.BUTTON,
        )
    return outcome.reply


def deliver(actor: Actor, item: Followable) -> str | None:
    if item.row.kind != store.PROMISE:
        return None
    store.deliver(item.entry, item.row, now=actor.now)
    person = person_of(actor, item.entry)
    return (
        f":handshake: Delivered — promise kept. It counts as something you gave "
        f"{person if item.entry.relationship_id else 'your colleague'}."
    )


def on_card(
    actor: Actor, card: PrepCard, entries: Sequence[model.Entry], *, said_no: Collection[int]
) -> PrepCard:
    """The card with the next step of each followed item it lists in full, and — after a recent
    no — the nudge to try a different kind of ask. `said_no`: the entries answered "no" lately,
    which the card's own read finds (storage.card_reads)."""
    if not entries:
        return card
    shown = card.carried_forward[:SHOWN_CARRIED]
    rows = store.of_entries(actor.db, actor.user, [e.id for e in shown])
    steps = next_steps(actor, shown, card.person, rows)
    card = with_next_steps(card, [steps[e.id] for e in card.carried_forward if e.id in steps])
    no = set(said_no)
    last_no = next((e for e in reversed(entries) if e.id in no), None)
    if last_no is not None:
        card = with_note(card, leverage.after_no_note(card.person, last_no.text))
    return card


def kept(actor: Actor, entry: Entry) -> None:
    """A promise marked done from a follow-up list counts as delivered."""
    row = store.of_entry(actor.db, actor.user, entry.id)
    if row is not None and row.kind == store.PROMISE:
        store.deliver(entry, row, now=actor.now)


def steps(actor: Actor, entries: Sequence[Entry]) -> dict[int, list[tuple[str, datetime]]]:
    """The dated pipeline steps of each entry that has any (history and the export)."""
    rows = store.of_entries(actor.db, actor.user, [e.id for e in entries])
    found = {e.id: store.steps_of(e, rows.get(e.id)) for e in entries}
    return {entry_id: dated for entry_id, dated in found.items() if dated}


def after_meeting_items(
    actor: Actor, relationship: Relationship
) -> tuple[list[tuple[str, str]], list[leverage.NextStep]]:
    """What the post-meeting DM lists: the asks the card suggested for this person (category,
    wording), and the next step of any introduction with them still on its way."""
    from services.prep_data import prep_card

    card = prep_card(actor, relationship, None, refresh=False)
    raw = person_label(relationship)
    steps = [
        step
        for entry, row in store.open_intros(actor.db, actor.user, relationship_id=relationship.id)
        if (step := next_step_of(actor, entry, row, raw)) is not None
    ]
    return [(ask.category.value, ask.wording) for ask in card.asks], steps


def person_label(relationship: Relationship) -> str:
    """A relationship's person as written (a mention, or the name as typed): the texts it goes
    into are escaped once, where they are rendered."""
    if relationship.counterpart_user_id:
        return f"<@{relationship.counterpart_user_id}>"
    return relationship.counterpart_name or "them"
