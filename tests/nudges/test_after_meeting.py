"""The post-meeting DM (issue 12, must show 3): the card's asks as buttons; "Made it" records
the ask against that person and starts following it; "Didn't happen" offers to reschedule."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from handlers.views import ids
from storage.db import make_session_factory, transaction
from storage.models import Entry, FollowThrough, Relationship
from tests.blocks import assert_valid_message
from tests.slack.conftest import ALICE, DANA


def _after_dm(alice, dispatcher, fake_slack, clock):
    # Wed 09:00 UTC; the one-off 1:1 is Thu 10:00 New York (15:00 UTC), 30 minutes long.
    alice.command(f"schedule <@{DANA}> once thu 10:00 as mentor")
    alice.command(f"agenda <@{DANA}> how to grow into a staff role")
    # a goal, so the card has several asks (without one, it suggests setting a goal instead)
    alice.command("goal become a staff engineer in data platform")
    dispatcher.tick()  # plans the nudges
    clock.advance(timedelta(hours=30, minutes=50))  # Thu 15:50 UTC: 15 min after it ended
    dispatcher.tick()
    (dm,) = [
        c
        for c in fake_slack.calls_to("chat.postMessage")
        if "How did your 1:1" in str(c.params.get("text"))
    ]
    assert dm.params["channel"] == "D" + ALICE[1:]
    assert_valid_message(dm.params)
    return dm.params["blocks"]


def _buttons(blocks, action_id):
    return [
        e
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == action_id
    ]


def test_made_it_records_the_cards_ask_against_that_person(
    alice, dispatcher, fake_slack, clock, sqlite_engine
):
    blocks = _after_dm(alice, dispatcher, fake_slack, clock)
    made = _buttons(blocks, ids.AFTER_MADE_IT)
    assert len(made) == len(_buttons(blocks, ids.AFTER_NOT_REACHED)) >= 2
    for label in ("Log what I offered", "Log a follow-up", "Didn't happen (reschedule?)"):
        assert label in str(blocks)
    wording = made[0]["value"].split("|", 2)[2]
    assert wording in str(blocks)

    answers = alice.press(ids.AFTER_MADE_IT, made[0]["value"])
    assert "Logged your ask with <@UDANA0001>" in answers[0]["text"]
    alice.press(ids.AFTER_MADE_IT, made[0]["value"])  # a second press logs nothing new
    with transaction(make_session_factory(sqlite_engine)) as session:
        (ask,) = session.scalars(select(Entry).where(Entry.kind == "ask")).all()
        dana = session.scalars(
            select(Relationship).where(Relationship.counterpart_user_id == DANA)
        ).one()
        assert (ask.text, ask.relationship_id, ask.source) == (wording, dana.id, "button")
        (follow,) = session.scalars(select(FollowThrough)).all()
        assert follow.entry_id == ask.id and follow.prompt_at > clock()

    intro = [m for m in made if m["value"].split("|")[1] == "introduction"]
    assert intro, "a mentor's card suggests an introduction"
    alice.press(ids.AFTER_MADE_IT, intro[0]["value"])
    with transaction(make_session_factory(sqlite_engine)) as session:
        kinds = sorted(session.scalars(select(FollowThrough.kind)).all())
        assert kinds == ["ask", "intro"]

    alice.press(ids.AFTER_NOT_REACHED, made[1]["value"])
    with transaction(make_session_factory(sqlite_engine)) as session:
        carried = session.scalars(
            select(Entry.text).where(Entry.kind == "agenda", Entry.source == "button")
        ).all()
        assert carried == [made[1]["value"].split("|", 2)[2]]


def test_didnt_happen_offers_to_reschedule_with_the_same_person(
    alice, dispatcher, fake_slack, clock
):
    blocks = _after_dm(alice, dispatcher, fake_slack, clock)
    (didnt,) = _buttons(blocks, ids.AFTER_DIDNT_HAPPEN)
    answers = alice.press(didnt["action_id"], didnt["value"])
    (offer,) = [a for a in answers if "reschedul" in str(a.get("text"))]
    (reschedule,) = _buttons(offer["blocks"], ids.AFTER_RESCHEDULE)
    opened = alice.press(reschedule["action_id"], reschedule["value"])
    (form,) = [a["view"] for a in opened if "view" in a]
    assert "Schedule a 1:1" in str(form["title"])
    person = next(b for b in form["blocks"] if b.get("block_id") == "person")
    assert person["element"]["initial_user"] == DANA
    assert "'value': 'once'" in str(form)


def test_didnt_happen_on_a_weekly_series_names_the_next_one(alice, dispatcher, fake_slack, clock):
    alice.command(f"schedule <@{DANA}> weekly thu 10:00 as manager")
    dispatcher.tick()
    clock.advance(timedelta(hours=30, minutes=50))
    dispatcher.tick()
    (dm,) = [
        c
        for c in fake_slack.calls_to("chat.postMessage")
        if "How did your 1:1" in str(c.params.get("text"))
    ]
    (didnt,) = _buttons(dm.params["blocks"], ids.AFTER_DIDNT_HAPPEN)
    answers = alice.press(didnt["action_id"], didnt["value"])
    assert any("The next one is on Thu 3 Dec" in str(a.get("text")) for a in answers), answers
    assert not any(_buttons(a.get("blocks") or [], ids.AFTER_RESCHEDULE) for a in answers)
