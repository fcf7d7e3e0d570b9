"""Gathers what App Home shows (every query scoped to the actor) and publishes the view."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from coaching.balance import DEFAULT_WINDOW, Balance
from coaching.model import EntryKind
from coaching.recurrence import describe, next_occurrence
from coaching.timing import when_text
from handlers.views.home import (
    FOLLOWUPS_SHOWN,
    HomeData,
    PersonBalance,
    Upcoming,
    home_view,
)
from handlers.views.labels import counterpart
from services import leverage as follow_through
from services.actor import Actor
from storage import entries as entry_store
from storage import series as series_store
from storage.relationships import relationships_of
from storage.users import nudge_settings

log = logging.getLogger(__name__)


def home_data(actor: Actor) -> HomeData:
    relationships = {r.id: r for r in relationships_of(actor.db, actor.user)}
    series = series_store.active_series(actor.db, actor.user)
    upcoming = []
    for row in series:
        spec = series_store.spec_of(row)
        start = next_occurrence(spec, after=actor.now)
        relationship = relationships.get(row.relationship_id)
        if start is None or relationship is None:
            continue
        upcoming.append((start, Upcoming(counterpart(relationship), "", describe(spec))))
    upcoming.sort(key=lambda item: item[0])
    followups = entry_store.open_entries(
        actor.db, actor.user, [EntryKind.FOLLOWUP], limit=FOLLOWUPS_SHOWN
    )
    counts = entry_store.balance_counts(actor.db, actor.user, since=actor.now - DEFAULT_WINDOW)
    # Someone you meet or have logged anything with; not a name whose only entry was undone.
    people = entry_store.relationships_with_entries(actor.db, actor.user)
    people |= {row.relationship_id for row in series}
    balances = [
        PersonBalance(counterpart(r), r.role, Balance(*counts.get(r.id, (0, 0))))
        for r in relationships.values()
        if r.id in people
    ]
    balances.sort(key=lambda b: -(b.balance.gave + b.balance.asked))
    return HomeData(
        tz=actor.tz,
        settings=nudge_settings(actor.user),
        goal=actor.user.goal,
        upcoming=[
            Upcoming(item.person, when_text(start, actor.now, actor.tz), item.cadence)
            for start, item in upcoming
        ],
        followups=followups,
        followup_names={rid: counterpart(r) for rid, r in relationships.items()},
        followups_total=entry_store.count_open(actor.db, actor.user, [EntryKind.FOLLOWUP]),
        balances=balances,
        has_series=bool(series),
        has_entries=entry_store.has_entries(actor.db, actor.user),
        intros=[(item.introducer, item.step) for item in follow_through.open_intros(actor)],
    )


def publish_home(actor: Actor) -> None:
    """Build the view in the transaction; publish it once that has committed."""
    actor.db.flush()
    view, user_id = home_view(home_data(actor)), actor.user.user_id
    actor.later.append(lambda client: client.views_publish(user_id=user_id, view=view))


def publish_quietly(client: WebClient, user_id: str, view: dict) -> None:
    """A refresh the user did not ask for: a Slack hiccup is logged, never fails their change."""
    try:
        client.views_publish(user_id=user_id, view=view)
    except (SlackApiError, SlackClientError, OSError) as error:
        log.warning("App Home refresh failed: %s", type(error).__name__)
