"""`schedule`, `list`, `skip`, `cancel`: the user's 1:1 series."""

from __future__ import annotations

from coaching.commands import Cancel, Schedule, Skip, schedule_text
from coaching.errors import InputError
from coaching.model import Person, SeriesSpec
from coaching.recurrence import describe, duration_text, next_occurrence
from coaching.timing import format_lead, when_text
from coaching.usage import ROLE_NAMES
from handlers.views import ids
from handlers.views.blocks import actions, button, context, message, section
from handlers.views.calendar import calendar_list_blocks
from handlers.views.labels import counterpart, mention
from handlers.views.schedule_modal import schedule_modal
from services.actor import Actor, refresh_display_name
from services.series_events import series_changed
from storage import calendars as calendar_store
from storage import series as series_store
from storage.models import MeetingSeries, Relationship
from storage.relationships import ensure_relationship, find_relationship, owned_relationship
from storage.users import nudge_settings

EMPTY_LIST = (
    "No 1:1s scheduled yet. Add your first one and I'll prepare you before each meeting:\n"
    "`/oneonone schedule @yourmanager weekly tue 10:00`"
)


def schedule(command: Schedule, actor: Actor, *, replacing: int | None = None) -> dict:
    """Add the series, or — when one with that person exists and the user has not yet said —
    ask whether it replaces it or comes on top. `replacing`: the series the user chose to
    replace (0: add another)."""
    spec = SeriesSpec(
        cadence=command.cadence,
        local_time=command.local_time,
        duration=command.duration,
        tz=actor.tz,
        starts_on=actor.today,
    )
    first = next_occurrence(spec, after=actor.now)
    if first is None:
        raise InputError(
            "That 1:1 would already be over — pick a time that's still ahead.",
            f"/oneonone schedule {mention(command.person)} once tomorrow 10:00",
        )
    relationship = ensure_relationship(
        actor.db, actor.user, command.person, now=actor.now, role=command.role
    )
    refresh_display_name(actor, relationship)
    existing = series_store.active_series(
        actor.db, actor.user, relationship_id=relationship.id, source="typed"
    )
    ahead = [r for r in existing if next_occurrence(series_store.spec_of(r), after=actor.now)]
    if ahead and replacing is None:
        return _replace_or_add(command, relationship, ahead[0], actor)
    old = next((row for row in ahead if row.id == replacing), None)
    over = [row for row in existing if row not in ahead]
    undo: dict | None
    if over and not ahead and replacing is None:
        # A series with nothing ahead (a one-off that didn't happen): moved, nothing to ask.
        row, verb, undo = over[0], "Updated", None
        series_store.write_spec(row, spec, now=actor.now)
    else:
        row = series_store.add_series(actor.db, actor.user, relationship, spec, now=actor.now)
        if old is not None:
            old.active = False
            series_changed(actor, old)
            verb = "Replaced"
            undo = button("Undo", ids.SERIES_UNREPLACE, value=f"{old.id}|{row.id}")
        else:
            verb, undo = "Scheduled", button("Undo", ids.SERIES_UNDO, value=str(row.id))
    series_changed(actor, row)
    leads = ", ".join(format_lead(lead) for lead in nudge_settings(actor.user).lead_times)
    zone = f"your time: {actor.tz}" if actor.zone_read else "in your Slack time zone"
    text = (
        f":white_check_mark: {verb}: 1:1 with {counterpart(relationship)} — {describe(spec)} "
        f"({duration_text(spec.duration)}, {zone}).\n"
        f"Next: *{when_text(first, actor.now, actor.tz)}*. I'll DM you a prep card {leads} before."
    )
    blocks = [section(text, accessory=undo) if undo else section(text)]
    if relationship.role != "other":
        blocks.append(
            context(
                f"{counterpart(relationship)} is your {ROLE_NAMES[relationship.role]}: "
                "the asks I suggest fit that."
            )
        )
    if command.ignored_zone:
        blocks.append(context(_zone_note(command.ignored_zone, actor)))
    blocks.append(
        context(f"Add talking points any time: `/oneonone agenda {mention(command.person)} …`")
    )
    if series_store.active_series(
        actor.db, actor.user, relationship_id=relationship.id, source="calendar"
    ):
        blocks.append(
            context(
                ":spiral_calendar_pad: I also follow a 1:1 with them from your calendar. If it's "
                "the same meeting, mute the calendar one in `/oneonone list` (or Undo this)."
            )
        )
    return message(text, blocks)


def _zone_note(zone: str, actor: Actor) -> str:
    """Names the user's zone only once Slack has told us it (a first command may come before)."""
    yours = f"your Slack time zone ({actor.tz})" if actor.zone_read else "your Slack time zone"
    return f"I left out {zone}: times are always in {yours}, so there's no need to add one."


def _replace_or_add(
    command: Schedule, relationship: Relationship, current: MeetingSeries, actor: Actor
) -> dict:
    """A second series with the same person is often a move, sometimes an extra: ask."""
    spec = series_store.spec_of(current)
    new = SeriesSpec(command.cadence, command.local_time, command.duration, actor.tz)
    text = (
        f"You already have a 1:1 series with {counterpart(relationship)}: {describe(spec)}. "
        f"Should the new one — {describe(new)} — replace it, or be a second series?"
    )
    pending = schedule_text(command)
    blocks = [
        section(text),
        actions(
            button("Replace it", ids.SERIES_REPLACE, value=f"{current.id}|{pending}"),
            button("Add another", ids.SERIES_ADD, value=f"0|{pending}"),
        ),
    ]
    if command.ignored_zone:
        blocks.append(context(_zone_note(command.ignored_zone, actor)))
    return message(text, blocks)


def list_series(_command: object, actor: Actor) -> dict:
    rows = series_store.active_series(actor.db, actor.user)
    upcoming = []
    for row in rows:
        spec = series_store.spec_of(row)
        start = next_occurrence(spec, after=actor.now)
        if start is not None:
            upcoming.append((start, row, spec))
    extra = _calendar_blocks(actor)
    if not upcoming:
        return message(EMPTY_LIST, [section(EMPTY_LIST), *extra])
    upcoming.sort(key=lambda item: item[0])
    lines = []
    for start, row, spec in upcoming:
        relationship = owned_relationship(actor.db, actor.user, row.relationship_id)
        refresh_display_name(actor, relationship)
        lines.append(
            f"• *{counterpart(relationship)}* — next *{when_text(start, actor.now, actor.tz)}*  "
            f"_{describe(spec)}, {duration_text(spec.duration)}_"
        )
    text = "*Your upcoming 1:1s*\n" + "\n".join(lines)
    blocks = [section(text), context(f"Times are in your zone, {actor.tz}."), *extra]
    return message(text, blocks)


def _calendar_blocks(actor: Actor) -> list:
    """The connected calendar's events, each with Mute / It's a 1:1 (none without one)."""
    calendar = calendar_store.calendar_of(actor.db, actor.user)
    if calendar is None:
        return []
    events = calendar_store.events_of(actor.db, actor.user)
    return calendar_list_blocks(events, label=calendar.label, last_error=calendar.last_error)


def skip(command: Skip, actor: Actor) -> dict:
    row, relationship = _series_for(actor, command.person, verb="skip")
    spec = series_store.spec_of(row)
    start = next_occurrence(spec, after=actor.now)
    if start is None:
        raise InputError(
            f"There's no upcoming 1:1 with {mention(command.person)} to skip.", "/oneonone list"
        )
    series_store.skip_occurrence(row, start, now=actor.now)
    series_changed(actor, row)
    following = next_occurrence(series_store.spec_of(row), after=actor.now)
    when = when_text(start, actor.now, actor.tz)
    text = f"Skipped your 1:1 with {counterpart(relationship)} on {when}."
    text += (
        f" Next one: *{when_text(following, actor.now, actor.tz)}*."
        if following
        else " There are no more in this series."
    )
    undo = button("Undo", ids.SERIES_UNSKIP, value=f"{row.id}|{start.isoformat()}")
    return message(text, [section(text, accessory=undo)])


def cancel(command: Cancel, actor: Actor) -> dict:
    row, relationship = _series_for(actor, command.person, verb="cancel")
    row.active = False
    calendar_store.follow_series(actor.db, row, follow=False)
    series_changed(actor, row)
    text = (
        f"Ended your 1:1 series with {counterpart(relationship)}. Your notes, asks and follow-ups "
        "stay in your journal."
    )
    undo = button("Undo", ids.SERIES_UNCANCEL, value=str(row.id))
    return message(text, [section(text, accessory=undo)])


def open_schedule_modal(actor: Actor, trigger_id: str | None) -> dict:
    if trigger_id:  # after the ack: Slack's trigger_id stays valid for 3 s
        view = schedule_modal()
        actor.later.append(lambda client: client.views_open(trigger_id=trigger_id, view=view))
    text = "Opening the scheduling form… (or type it: `/oneonone schedule @dana weekly tue 10:00`)"
    return message(text, [context(text)])


def _series_for(actor: Actor, person: Person, *, verb: str) -> tuple[MeetingSeries, Relationship]:
    relationship = find_relationship(actor.db, actor.user, person)
    rows = (
        series_store.active_series(actor.db, actor.user, relationship_id=relationship.id)
        if relationship
        else []
    )
    if not rows:
        raise InputError(
            f"You have no 1:1 series with {mention(person)} to {verb}. "
            "`/oneonone list` shows the ones you have.",
            "/oneonone list",
        )
    return rows[0], relationship
