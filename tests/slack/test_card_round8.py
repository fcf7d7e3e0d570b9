"""Round 8 (issue 11), as Slack receives it: a career ask the model misreads is not warned
about on its confirmation or on the card, and the card's numbers are the ones `agenda edit`
uses, since both read the same display policy."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from storage.db import make_session_factory, transaction
from storage.models import Entry
from tests.blocks import assert_valid_message
from tests.slack.conftest import DANA

#: A career ask the model has read as "substances" on the words "before Christmas".
SHADOW = "still keen on the shadow day - any chance before Christmas?"


def _statuses(engine) -> dict[str, str]:
    with transaction(make_session_factory(engine)) as session:
        return {e.text: e.status for e in session.scalars(select(Entry))}


def test_a_career_ask_gets_no_warning_and_keeps_its_number_for_edits(alice, clock, sqlite_engine):
    clock.current = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    alice.command(f"schedule <@{DANA}> weekly tue 10:00 as manager")
    added = alice.command(f"agenda <@{DANA}> {SHADOW}")
    assert_valid_message(added)
    assert ":warning:" not in str(added["blocks"])
    alice.command(f"agenda <@{DANA}> the Q1 rota")
    card = alice.command(f"prep <@{DANA}>")
    assert ":warning:" not in str(card["blocks"]) and f"1. {SHADOW}" in str(card["blocks"])
    alice.command(f"agenda <@{DANA}> edit 1 could I shadow the lab before Christmas?")
    statuses = _statuses(sqlite_engine)
    assert statuses[SHADOW] == "dismissed" and statuses["the Q1 rota"] == "open"
