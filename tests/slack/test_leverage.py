"""The introduction pipeline over signed HTTP (issue 12, must show 1): asked → made → met →
thanked → reported back, each step pressed on the prep card and seen on the next card, in App
Home and in history — and still there after the app restarts on the same database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.app import build_app
from bot.server import make_server
from bot.slack_client import make_web_client
from storage.db import make_session_factory, transaction
from storage.models import Entry, FollowThrough, Relationship
from tests.blocks import assert_valid_message, assert_valid_view
from tests.conftest import config_for
from tests.harness import HttpBot
from tests.signing import SIGNING_SECRET
from tests.slack.capture_helpers import wait_until
from tests.slack.conftest import ALICE, DANA, SlackUser
from tests.slack.test_home import _open_home

INTRO = "intro_step"


def _buttons(blocks: list[dict[str, Any]], action_id: str) -> list[dict[str, Any]]:
    return [
        element
        for block in blocks
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == action_id
    ]


def _card(user: SlackUser) -> dict[str, Any]:
    card = user.command(f"prep <@{DANA}>")
    assert_valid_message(card)
    return card


def _display_name(engine) -> str | None:
    with transaction(make_session_factory(engine)) as session:
        return session.scalars(
            select(Relationship.display_name).where(Relationship.counterpart_user_id == DANA)
        ).first()


def _home(bot, fake) -> dict[str, Any]:
    before = len(fake.calls_to("views.publish"))
    _open_home(bot, ALICE)
    view = fake.wait_for("views.publish", count=before + 1)[-1].params["view"]
    assert_valid_view(view)
    return view


def _restart(old: HttpBot, fake, engine, clock) -> HttpBot:
    """A new app and server on the same database: nothing held in memory carries over."""
    old.stop()
    app = build_app(
        client=make_web_client(config_for(fake)),
        signing_secret=SIGNING_SECRET,
        session_factory=make_session_factory(engine),
        clock=clock,
    )
    return HttpBot(make_server(app, host="127.0.0.1", port=0)).start()


def test_an_introduction_walks_every_step_on_the_card_and_in_app_home(
    http_bot, fake_slack, sqlite_engine, clock
):
    alice = SlackUser(http_bot, fake_slack, ALICE, sqlite_engine)
    alice.command(f"schedule <@{DANA}> weekly tue 10:00 as mentor")
    logged = alice.command(f"log <@{DANA}> intro: to someone in data platform")
    assert "Following this intro to someone in data platform" in logged["text"]
    # Dana's name is read from Slack after the reply; the card names her once it is stored
    # (under load it could come after the first card, which then said <@UDANA…>).
    wait_until(lambda: _display_name(sqlite_engine) == "Dana", timeout=30)

    expected = [
        ("made", "Has {} made the intro to someone in data platform yet?"),
        ("met", "have you met yet?"),
        ("thanked", "Thank {} for the intro to someone in data platform"),
        ("reported", "Tell {} what came of meeting someone in data platform"),
    ]
    bot = http_bot
    for step, line in expected:
        card = _card(alice)
        assert line.format("Dana") in str(card["blocks"]), (step, card["blocks"])
        (button,) = _buttons(card["blocks"], INTRO)
        entry_id, _, pressed = button["value"].partition("|")
        assert pressed == step
        home = _home(bot, fake_slack)
        assert "Introductions in progress" in str(home)
        listed = alice.command("followups")
        assert _buttons(listed["blocks"], INTRO) == [button], "the follow-up list has it too"
        assert line.format(f"<@{DANA}>") in str(home)
        if step == "thanked":  # the app restarts between met and thanked
            bot = _restart(bot, fake_slack, sqlite_engine, clock)
            alice = SlackUser(bot, fake_slack, ALICE, sqlite_engine)
            assert line.format("Dana") in str(_card(alice)["blocks"])
        answers = alice.press(INTRO, button["value"])
        assert answers and all(a.get("channel", ALICE) == ALICE for a in answers)
        with transaction(make_session_factory(sqlite_engine)) as session:
            row = session.scalars(select(FollowThrough)).one()
            assert getattr(row, f"{step}_at") == clock()
            assert row.entry_id == int(entry_id)

    # The loop is closed: off the card, out of App Home, and dated in history.
    card = _card(alice)
    assert _buttons(card["blocks"], INTRO) == []
    assert "Introductions in progress" not in str(_home(bot, fake_slack))
    with transaction(make_session_factory(sqlite_engine)) as session:
        assert session.get(Entry, int(entry_id)).status == "done"
    history = alice.command(f"history <@{DANA}>")
    for done in ("Intro asked", "Intro made", "Met", "Thanked the introducer", "Reported back"):
        assert done in history["text"] or done in str(history["blocks"]), done
    # Pressing an earlier step again changes nothing.
    before = _snapshot(sqlite_engine)
    alice.press(INTRO, f"{entry_id}|made")
    assert _snapshot(sqlite_engine) == before
    bot.stop()


def _snapshot(engine) -> list[tuple]:
    with transaction(make_session_factory(engine)) as session:
        rows = session.scalars(select(FollowThrough)).all()
        return [tuple(getattr(r, c.key) for c in FollowThrough.__table__.columns) for r in rows]


def test_an_ask_whose_words_ask_for_an_intro_joins_the_pipeline(alice, sqlite_engine):
    alice.command(f"log <@{DANA}> ask: could you introduce me to <@UPRIYA01>?")
    with transaction(make_session_factory(sqlite_engine)) as session:
        row = session.scalars(select(FollowThrough)).one()
        assert (row.kind, row.introduced) == ("intro", "<@UPRIYA01>")


def test_an_intro_by_dm_joins_the_pipeline(http_bot, fake_slack, sqlite_engine):
    from tests.slack.capture_helpers import dm, post_event

    post_event(http_bot, dm(ALICE, f"intro: <@{DANA}> to someone in data platform"))
    fake_slack.wait_for("chat.postMessage")
    with transaction(make_session_factory(sqlite_engine)) as session:
        row = session.scalars(select(FollowThrough)).one()
        assert (row.kind, row.introduced) == ("intro", "someone in data platform")


def test_names_the_user_wrote_are_escaped_once_in_replies(alice, fake_slack, sqlite_engine):
    alice.command(f"schedule <@{DANA}> weekly tue 10:00 as mentor")
    alice.command(f"log <@{DANA}> intro: to the R&D lead")
    (button,) = _buttons(_card(alice)["blocks"], INTRO)
    assert "the R&amp;D lead" in str(_card(alice)["blocks"])
    answers = alice.press(INTRO, button["value"])
    texts = " ".join(str(a.get("text")) + str(a.get("blocks")) for a in answers)
    assert "the R&amp;D lead" in texts and "R&D" not in texts and "&amp;amp;" not in texts
