"""`/oneonone export` and `/oneonone forget` over signed HTTP against the fake Slack."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.db import make_session_factory, transaction
from storage.models import Entry, MeetingSeries, Nudge, Relationship, User
from tests.blocks import assert_valid_message
from tests.seed import seed_journal, seed_user
from tests.slack.conftest import ALICE, BOB


def test_export_uploads_the_journal_to_the_users_dm(alice, fake_slack, sqlite_engine):
    with transaction(make_session_factory(sqlite_engine)) as session:
        seed_journal(session, ALICE)
        seed_user(session, BOB, people=1, followups=2)
    reply = alice.command("export")
    assert_valid_message(reply)
    assert "Preparing your career journal" in reply["text"]
    complete = fake_slack.wait_for("files.completeUploadExternal")[0].params
    dm = fake_slack.calls_to("conversations.open")[0]
    assert dm.params["users"] == ALICE
    assert complete["channel_id"] == "D" + ALICE[1:]
    assert fake_slack.calls_to("files.getUploadURLExternal")
    assert fake_slack.calls_to("upload")
    markdown = next(iter(fake_slack.uploads.values())).decode()
    assert markdown.startswith("# My career journal")
    for month in ("## September 2026", "## October 2026", "## November 2026"):
        assert month in markdown
    assert markdown.index("## November 2026") < markdown.index("## September 2026")
    assert "### Dana" in markdown and "### Lee" in markdown
    assert "([message](https://fake.slack.com/archives/C0GENERAL/p" in markdown
    assert "budget for the data course — _came through on" in markdown
    assert "**Introductions**" in markdown and "**Feedback**" in markdown
    assert "plans are not exported" not in markdown  # talking points are plans
    assert BOB not in markdown and "for UBOB" not in markdown


def _counts(session, owner_id: int) -> dict[str, int]:
    tables = {
        "entries": Entry,
        "relationships": Relationship,
        "series": MeetingSeries,
        "nudges": Nudge,
    }
    counts = {
        name: session.scalar(select(func.count()).select_from(m).where(m.owner_id == owner_id))
        for name, m in tables.items()
    }
    counts["users"] = session.scalar(
        select(func.count()).select_from(User).where(User.id == owner_id)
    )
    return counts


def test_forget_asks_first_then_deletes_only_the_presser(alice, fake_slack, sqlite_engine):
    factory = make_session_factory(sqlite_engine)
    with transaction(factory) as session:
        alice_id = seed_user(session, ALICE, people=3, followups=4).id
        bob_id = seed_user(session, BOB, people=2, followups=3).id
    question = alice.command("forget")
    assert_valid_message(question)
    button = question["blocks"][0]["accessory"]
    assert button["action_id"] == "forget_confirm" and "confirm" in button
    with transaction(factory) as session:
        assert _counts(session, alice_id)["entries"] == 9  # nothing deleted before the press
        bob_before = _counts(session, bob_id)
    replies = alice.press("forget_confirm", "me")
    text = " ".join(r.get("text", "") for r in replies)
    assert "3 1:1 series" in text and "9 journal entries" in text and "3 people" in text
    assert "3 nudges" in text
    with transaction(factory) as session:
        assert set(_counts(session, alice_id).values()) == {0}
        assert _counts(session, bob_id) == bob_before


def _uploads(factory) -> dict[str, list[str]]:
    from storage.models import UploadedFile

    with transaction(factory) as session:
        rows = session.execute(
            select(User.user_id, UploadedFile.file_id).join(User, User.id == UploadedFile.owner_id)
        ).all()
    found: dict[str, list[str]] = {}
    for user_id, file_id in rows:
        found.setdefault(user_id, []).append(file_id)
    return found


def test_forget_deletes_the_journal_files_the_bot_uploaded_for_that_user_only(
    alice, bob, fake_slack, sqlite_engine
):
    from tests.slack.capture_helpers import wait_until

    factory = make_session_factory(sqlite_engine)
    with transaction(factory) as session:
        seed_journal(session, ALICE)
    alice.command("export")
    fake_slack.wait_for("files.completeUploadExternal", 1)
    alice.command("export")
    fake_slack.wait_for("files.completeUploadExternal", 2)
    bob.command("export")
    fake_slack.wait_for("files.completeUploadExternal", 3)
    uploads = wait_until(lambda: (u := _uploads(factory)) and sum(map(len, u.values())) == 3 and u)
    assert len(uploads[ALICE]) == 2 and len(uploads[BOB]) == 1
    assert set(fake_slack.uploads) == {*uploads[ALICE], *uploads[BOB]}

    replies = alice.press("forget_confirm", "me")
    text = " ".join(r.get("text", "") for r in replies)
    assert "2 journal files I sent you" in text
    assert "What stays in Slack: our DM history" in text
    deleted = fake_slack.wait_for("files.delete", 2)
    assert sorted(c.params["file"] for c in deleted) == sorted(uploads[ALICE])
    assert set(fake_slack.uploads) == set(uploads[BOB]), "Bob's file is still there"
    assert _uploads(factory) == {BOB: uploads[BOB]}
