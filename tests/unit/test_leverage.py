"""The leverage pipelines as pure rules: introductions, follow-through, promises."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from coaching.leverage import (
    DELIVERED_KIND,
    Answer,
    Followed,
    Intro,
    Plan,
    Stage,
    Track,
    after_answer,
    answer_prompt_at,
    can_move,
    deliver_by_in,
    due_by,
    gentle_followup_due,
    introduced_in,
    is_intro_ask,
    is_promise,
    kind_to_log,
    next_stage,
    next_step,
    next_step_text,
    plan_for,
    promise_due,
    prompt_at,
    reminder_at,
    topic_of,
)
from coaching.model import EntryKind

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # a Wednesday
TODAY = date(2026, 11, 25)


def test_stages_run_in_order_and_end_after_reporting_back():
    walked = [Stage.ASKED]
    while (following := next_stage(walked[-1])) is not None:
        walked.append(following)
    assert walked == [Stage.ASKED, Stage.MADE, Stage.MET, Stage.THANKED, Stage.REPORTED]


def test_steps_only_go_forward():
    assert can_move(Stage.ASKED, Stage.MADE)
    assert can_move(Stage.MET, Stage.REPORTED)  # thanked and reported in one go
    assert not can_move(Stage.MET, Stage.MADE)
    assert not can_move(Stage.THANKED, Stage.THANKED)


def test_meeting_sets_the_clock_for_thanks_and_reporting_back():
    intro = Intro(Stage.MADE, NOW - timedelta(days=2))
    met = Intro(Stage.MET, NOW, met_at=NOW)
    assert due_by(met) == NOW + timedelta(hours=24)
    thanked = Intro(Stage.THANKED, NOW + timedelta(hours=3), met_at=NOW)
    assert due_by(thanked) == NOW + timedelta(days=14)  # from the meeting, not the thanks
    assert due_by(intro) is None


def test_each_stage_has_a_prompt_time_until_the_loop_closes():
    asked = Intro(Stage.ASKED, NOW)
    assert prompt_at(asked) == NOW + timedelta(days=7)
    met = Intro(Stage.MET, NOW, met_at=NOW)
    assert NOW < prompt_at(met) < due_by(met)
    thanked = Intro(Stage.THANKED, NOW, met_at=NOW)
    assert NOW < prompt_at(thanked) < due_by(thanked)
    assert prompt_at(Intro(Stage.REPORTED, NOW, met_at=NOW)) is None


def test_next_step_names_the_introducer_and_the_person():
    intro = Intro(Stage.THANKED, NOW, met_at=NOW, introduced="Priya")
    assert next_step_text(intro, "Dana") == (
        "Tell Dana what came of meeting Priya — it's what makes them introduce you again."
    )
    assert "Dana" in next_step_text(Intro(Stage.ASKED, NOW), "Dana")
    assert next_step_text(Intro(Stage.REPORTED, NOW), "Dana") is None


@pytest.mark.parametrize(
    "text",
    [
        "could you introduce me to someone in data platform?",
        "Asked for an intro to the payments lead",
        "would you connect me with Priya",
        "an introduction to their CFO",
        "Could you put me in touch with the SRE folks",
    ],
)
def test_intro_asks_are_read_from_words(text):
    assert is_intro_ask(text)


@pytest.mark.parametrize(
    "text",
    ["the introduction section of the design doc needs work", "intro slides for the all-hands"],
)
def test_intros_to_documents_are_still_read_as_asks_only_when_they_ask(text):
    # "introduction section" has no "to"/"an" shape of an ask for a person.
    assert not is_intro_ask(text)


def test_who_is_introduced_is_a_mention_or_a_short_phrase():
    assert introduced_in("could you introduce me to <@U123|priya>?") == "<@U123|priya>"
    assert introduced_in("an intro to someone in data platform please") == (
        "someone in data platform"
    )
    found = introduced_in("intro to <@UDANA> and <@UPRIYA>", introducer_mention="<@UDANA>")
    assert found == "<@UPRIYA>"
    assert introduced_in("asked for an intro") is None


def test_answers_lead_to_their_next_step():
    yes = after_answer(Answer.YES, person="Dana", topic="the Q3 budget", now=NOW)
    assert yes.closed and "Dana" in yes.followup and "Q3 budget" in yes.followup
    not_yet = after_answer(Answer.NOT_YET, person="Dana", topic="x", now=NOW)
    assert not not_yet.closed and not_yet.ask_again_at == NOW + timedelta(days=7)
    no = after_answer(Answer.NO, person="Dana", topic="x", now=NOW)
    assert no.closed and no.followup is None and "different kind of ask" in no.reply
    assert answer_prompt_at(NOW) == NOW + timedelta(days=3)


def test_a_not_yet_comes_back_only_after_its_wait():
    assert not gentle_followup_due(Answer.NOT_YET, NOW, NOW + timedelta(days=6))
    assert gentle_followup_due(Answer.NOT_YET, NOW, NOW + timedelta(days=7))
    assert not gentle_followup_due(Answer.NO, NOW, NOW + timedelta(days=30))


def test_promises_are_read_from_words_with_or_without_a_date():
    assert is_promise("I'll send Dana the migration plan")
    assert is_promise("told her I will review the RFC")
    assert not is_promise("Dana will send me the plan")
    assert deliver_by_in("review their hiring plan by fri", today=TODAY) == date(2026, 11, 27)
    assert deliver_by_in("by the way, all good", today=TODAY) is None
    assert promise_due(EntryKind.GAVE, "review their plan by tomorrow", today=TODAY) == date(
        2026, 11, 26
    )
    assert promise_due(EntryKind.GAVE, "reviewed their plan", today=TODAY) is None
    assert promise_due(EntryKind.NOTE, "I'll send the deck", today=TODAY) == date(2026, 11, 28)
    assert promise_due(EntryKind.WIN, "I'll send the deck", today=TODAY) is None


def test_deliver_by_reminder_comes_in_the_morning_but_not_at_once():
    at = reminder_at(date(2026, 11, 27), tz="America/New_York", now=NOW)
    assert at == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)  # 09:00 in New York
    same_day = reminder_at(TODAY, tz="UTC", now=NOW)
    assert same_day == NOW + timedelta(hours=2)


def test_a_promise_waits_as_owed_and_counts_as_given_once_delivered():
    assert kind_to_log(EntryKind.GAVE, promised=True) is EntryKind.FOLLOWUP
    assert kind_to_log(EntryKind.GAVE, promised=False) is EntryKind.GAVE
    assert DELIVERED_KIND is EntryKind.GAVE


def test_a_logged_entry_gets_the_pipeline_its_words_call_for():
    intro = plan_for(EntryKind.NOTE, "<@UDANA> to someone in data platform", now=NOW, tz="UTC",
                     intro=True, introducer_mention="<@UDANA>")  # fmt: skip
    assert (intro.kind, intro.track, intro.introduced) == (
        EntryKind.ASK, Track.INTRO, "someone in data platform"
    )  # fmt: skip
    assert intro.prompt_at == NOW + timedelta(days=7)
    worded = plan_for(EntryKind.ASK, "could you introduce me to <@UPRIYA>?", now=NOW, tz="UTC")
    assert (worded.track, worded.introduced) == (Track.INTRO, "<@UPRIYA>")
    ask = plan_for(EntryKind.ASK, "budget for the course", now=NOW, tz="UTC")
    assert (ask.track, ask.prompt_at) == (Track.ASK, NOW + timedelta(days=3))
    promise = plan_for(EntryKind.NOTE, "I'll send Dana the deck", now=NOW, tz="UTC")
    assert (promise.kind, promise.track, promise.deliver_on) == (
        EntryKind.FOLLOWUP, Track.PROMISE, date(2026, 11, 28)
    )  # fmt: skip
    assert plan_for(EntryKind.WIN, "shipped it", now=NOW, tz="UTC") == Plan(EntryKind.WIN)


def test_next_steps_for_the_card():
    intro = Followed(
        1, Track.INTRO, "x", intro=Intro(Stage.MET, NOW, met_at=NOW, introduced="Priya")
    )
    step = next_step(intro, person="Dana", topic="“x”", now=NOW + timedelta(hours=1))
    assert step.buttons == (("Thanked them", Stage.THANKED),) and "Thank Dana" in step.text
    late = next_step(intro, person="Dana", topic="“x”", now=NOW + timedelta(days=2))
    assert "overdue" in late.text
    waiting = next_step(Followed(2, Track.ASK, "x"), person="Dana", topic="“x”", now=NOW)
    assert [b for _, b in waiting.buttons] == ["yes", "not_yet", "no"]
    not_yet = Followed(2, Track.ASK, "x", answer=Answer.NOT_YET, answered_at=NOW)
    assert next_step(not_yet, person="Dana", topic="“x”", now=NOW + timedelta(days=1)) is None
    again = next_step(not_yet, person="Dana", topic="“x”", now=NOW + timedelta(days=8))
    assert again.label == "Gentle follow-up"
    done = Followed(3, Track.INTRO, "x", intro=Intro(Stage.REPORTED, NOW, met_at=NOW))
    assert next_step(done, person="Dana", topic="“x”", now=NOW) is None


def test_topics_are_short():
    assert topic_of("<@UDANA> budget for the course") == "“budget for the course”"
    assert topic_of("one two three four five six seven eight nine") == (
        "“one two three four five six seven eight…”"
    )


def test_the_journal_lists_an_introduction_with_its_dated_steps():
    from coaching.journal import render_journal
    from coaching.model import Entry, EntryStatus

    entry = Entry(1, EntryKind.ASK, "to someone in data platform", EntryStatus.DONE, NOW, 7)
    steps = {1: [("Intro asked", NOW), ("Intro made", NOW + timedelta(days=2))]}
    markdown = render_journal([entry], {7: "Dana"}, tz="UTC", now=NOW, steps=steps)
    section = markdown.split("**Introductions**", 1)[1]
    assert "to someone in data platform — _Intro asked Wed 25 Nov → Intro made Fri 27 Nov_" in (
        section
    )
