"""Happy paths of the `/oneonone` grammar and of direct messages (design §2)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from coaching.commands import (
    Agenda,
    Cancel,
    Export,
    Followups,
    Forget,
    Help,
    History,
    ListSeries,
    Log,
    Prep,
    Schedule,
    ScheduleModal,
    Settings,
    Skip,
    UnknownCommand,
    parse_command,
    parse_dm,
)
from coaching.commands import Goal as GoalCommand
from coaching.errors import InputError
from coaching.model import Cadence, CadenceKind, EntryKind, Person, Role

TODAY = date(2025, 3, 5)  # a Wednesday
DANA = Person(user_id="U0DANA")
DANA_NAMED = Person(user_id="U0DANA", name="dana")


def cmd(text: str):
    return parse_command(text, today=TODAY)


def dm(text: str):
    return parse_dm(text, today=TODAY)


# --- help, unknown, no-argument commands ---------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "help", "HELP", "?", "usage", "help nonsense"])
def test_help(text):
    assert cmd(text) == Help()


def test_help_for_one_topic():
    assert cmd("help schedule") == Help(topic="schedule")
    assert cmd("help ls") == Help(topic="list")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("list", ListSeries()),
        ("ls", ListSeries()),
        ("followups", Followups()),
        ("followup", Followups()),
        ("follow-ups", Followups()),
        ("export", Export()),
        ("forget", Forget()),
        ("  Forget  ", Forget()),
    ],
)
def test_commands_without_arguments(text, expected):
    assert cmd(text) == expected


@pytest.mark.parametrize(
    ("word", "suggestion"),
    [
        ("shedule", "schedule"),
        ("histroy", "history"),
        ("setings", "settings"),
        ("agneda", "agenda"),
        ("xyzzy", None),
        ("<@U0DANA>", "prep"),
        ("@dana", "prep"),
    ],
)
def test_unknown_command_suggests_the_nearest(word, suggestion):
    result = cmd(f"{word} tue 10:00")
    assert result == UnknownCommand(word, suggestion)
    error = result.as_error()
    assert word in error.problem
    assert error.example.startswith("/oneonone ")


# --- people --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "person"),
    [
        ("<@U0DANA>", DANA),
        ("<@U0DANA|dana>", DANA_NAMED),
        ("<@W0ENT42>", Person(user_id="W0ENT42")),
        ("<@W0ENT42|sam.lee>", Person(user_id="W0ENT42", name="sam.lee")),
        ("@dana", Person(name="dana")),
    ],
)
def test_both_mention_forms_and_free_names(mention, person):
    assert cmd(f"prep {mention}") == Prep(person)
    assert cmd(f"skip {mention}") == Skip(person)
    assert cmd(f"cancel {mention}") == Cancel(person)
    assert cmd(f"history {mention}") == History(person)
    assert cmd(f"agenda {mention} roadmap") == Agenda(person, "roadmap")
    assert cmd(f"log {mention} win: shipped") == Log(person, EntryKind.WIN, "shipped")
    assert cmd(f"schedule {mention} weekly tue 10:00").person == person


def test_plain_names_where_a_person_is_required():
    assert cmd("skip dana") == Skip(Person(name="dana"))
    assert cmd("cancel Dana Smith") == Cancel(Person(name="Dana Smith"))
    assert cmd("history O&amp;Brien") == History(Person(name="O&Brien"))
    assert cmd("prep dana") == Prep(Person(name="dana"))
    assert cmd("schedule Dana Smith weekly tue 10:00").person == Person(name="Dana Smith")
    assert cmd("schedule dana weekly tue 10:00").person == Person(name="dana")


def test_prep_without_a_person_is_the_soonest():
    assert cmd("prep") == Prep(None)


# --- schedule ------------------------------------------------------------------------------


def test_schedule_without_arguments_opens_the_modal():
    assert cmd("schedule") == ScheduleModal()


def test_schedule_design_example():
    assert cmd("schedule <@U0DANA> weekly tue 10:00") == Schedule(
        DANA, Cadence(CadenceKind.WEEKLY, weekday=1), time(10, 0), timedelta(minutes=30), None
    )


@pytest.mark.parametrize(
    ("cadence", "expected"),
    [
        ("weekly mon", Cadence(CadenceKind.WEEKLY, weekday=0)),
        ("weekly Tuesday", Cadence(CadenceKind.WEEKLY, weekday=1)),
        ("weekly TUES", Cadence(CadenceKind.WEEKLY, weekday=1)),
        ("weekly on wed", Cadence(CadenceKind.WEEKLY, weekday=2)),
        ("weekly thurs", Cadence(CadenceKind.WEEKLY, weekday=3)),
        ("weekly thu", Cadence(CadenceKind.WEEKLY, weekday=3)),
        ("weekly fridays", Cadence(CadenceKind.WEEKLY, weekday=4)),
        ("biweekly sat", Cadence(CadenceKind.BIWEEKLY, weekday=5)),
        ("fortnightly sunday", Cadence(CadenceKind.BIWEEKLY, weekday=6)),
        ("monthly first mon", Cadence(CadenceKind.MONTHLY, weekday=0, nth=1)),
        ("monthly 2nd tue", Cadence(CadenceKind.MONTHLY, weekday=1, nth=2)),
        ("monthly third wed", Cadence(CadenceKind.MONTHLY, weekday=2, nth=3)),
        ("monthly fourth thu", Cadence(CadenceKind.MONTHLY, weekday=3, nth=4)),
        ("monthly on the last fri", Cadence(CadenceKind.MONTHLY, weekday=4, nth=-1)),
        ("once 2025-03-10", Cadence(CadenceKind.ONCE, on=date(2025, 3, 10))),
        ("once today", Cadence(CadenceKind.ONCE, on=TODAY)),
        ("once tomorrow", Cadence(CadenceKind.ONCE, on=date(2025, 3, 6))),
        ("once wed", Cadence(CadenceKind.ONCE, on=TODAY)),  # on or after today
        ("once tue", Cadence(CadenceKind.ONCE, on=date(2025, 3, 11))),
        ("once Friday", Cadence(CadenceKind.ONCE, on=date(2025, 3, 7))),
    ],
)
def test_cadences(cadence, expected):
    assert cmd(f"schedule @dana {cadence} 10:00").cadence == expected


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("10:00", time(10, 0)),
        ("10am", time(10, 0)),
        ("10AM", time(10, 0)),
        ("3:30pm", time(15, 30)),
        ("3:30 pm", time(15, 30)),
        ("15:00", time(15, 0)),
        ("9 am", time(9, 0)),
        ("9 a.m.", time(9, 0)),
        ("noon", time(12, 0)),
        ("12am", time(0, 0)),
        ("12pm", time(12, 0)),
        ("12:15am", time(0, 15)),
        ("0:30", time(0, 30)),
        ("17", time(17, 0)),
        ("at 8:05", time(8, 5)),
    ],
)
def test_times(spoken, expected):
    assert cmd(f"schedule @dana weekly tue {spoken}").local_time == expected


@pytest.mark.parametrize(
    ("spoken", "minutes"),
    [
        ("for 45m", 45),
        ("for 45 min", 45),
        ("for 45 mins", 45),
        ("for 1h", 60),
        ("for 1 hour", 60),
        ("for 1h30m", 90),
        ("for 1h 30m", 90),
        ("for 1.5h", 90),
        ("for 90 minutes", 90),
        ("for 25", 25),
        ("for 5m", 5),
        ("for 8h", 480),
    ],
)
def test_durations(spoken, minutes):
    result = cmd(f"schedule @dana weekly tue 10:00 {spoken}")
    assert result.duration == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("spoken", "role"),
    [
        ("as manager", Role.MANAGER),
        ("as my mentor", Role.MENTOR),
        ("as a sponsor", Role.SPONSOR),
        ("as skip", Role.SKIP),
        ("as skip-level", Role.SKIP),
        ("as my skip level", Role.SKIP),
        ("as Peer", Role.PEER),
        ("as other", Role.OTHER),
    ],
)
def test_roles(spoken, role):
    assert cmd(f"schedule @dana weekly tue 10:00 {spoken}").role == role


def test_length_and_role_in_either_order():
    a = cmd("schedule @dana monthly last fri 3:30pm for 1h as mentor")
    b = cmd("schedule @dana monthly last fri 3:30pm as mentor for 1h")
    assert (
        a
        == b
        == Schedule(
            Person(name="dana"),
            Cadence(CadenceKind.MONTHLY, weekday=4, nth=-1),
            time(15, 30),
            timedelta(hours=1),
            Role.MENTOR,
        )
    )


# --- free text -----------------------------------------------------------------------------


def test_agenda_without_a_person_goes_to_the_soonest_1on1():
    assert cmd("agenda Get feedback on the launch") == Agenda(None, "Get feedback on the launch")


def test_free_text_is_unescaped_back_to_what_was_typed():
    raw = (
        "agenda <@U0DANA> R&amp;D budget &lt;draft&gt; in <#C042|planning>, "
        "see <https://example.com/doc|example.com/doc> and <https://example.com/x>"
    )
    assert cmd(raw) == Agenda(
        DANA,
        "R&D budget <draft> in #planning, see example.com/doc and https://example.com/x",
    )


def test_other_mentions_stay_in_the_text():
    result = cmd("log <@U0DANA> ask: intro to <@U0SAM|sam> and <!here>")
    assert result == Log(DANA, EntryKind.ASK, "intro to <@U0SAM|sam> and @here")


def test_double_escapes_stay_literal():
    assert cmd("goal learn &amp;lt;html&amp;gt;").text == "learn &lt;html&gt;"


@pytest.mark.parametrize(
    ("text", "kind", "body"),
    [
        ("log had a good chat", EntryKind.NOTE, "had a good chat"),
        ("log note: had a good chat", EntryKind.NOTE, "had a good chat"),
        ("log ask: intro to Sam", EntryKind.ASK, "intro to Sam"),
        ("log ASK: intro to Sam", EntryKind.ASK, "intro to Sam"),
        ("log asked: intro to Sam", EntryKind.ASK, "intro to Sam"),
        ("log gave:reviewed her doc", EntryKind.GAVE, "reviewed her doc"),
        ("log win: shipped search", EntryKind.WIN, "shipped search"),
        ("log followup: send numbers", EntryKind.FOLLOWUP, "send numbers"),
        ("log follow-up: send numbers", EntryKind.FOLLOWUP, "send numbers"),
        ("log follow up: send numbers", EntryKind.FOLLOWUP, "send numbers"),
        ("log Re: budget talk", EntryKind.NOTE, "Re: budget talk"),
        ("log Q3: plan is set", EntryKind.NOTE, "Q3: plan is set"),
        ("log <https://x.io|x.io> was shared", EntryKind.NOTE, "x.io was shared"),
    ],
)
def test_log_kinds(text, kind, body):
    assert cmd(text) == Log(None, kind, body)


def test_log_keeps_line_breaks():
    assert cmd("log win: one\ntwo").text == "one\ntwo"


def test_goal():
    assert cmd("goal Lead the platform team by 2026") == GoalCommand(
        "Lead the platform team by 2026"
    )


# --- settings ------------------------------------------------------------------------------


def test_settings_alone_shows_them():
    result = cmd("settings")
    assert result == Settings()
    assert result.is_show


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("settings lead 1d,1h", Settings(lead_times=(timedelta(days=1), timedelta(hours=1)))),
        ("settings lead 1h, 1d", Settings(lead_times=(timedelta(days=1), timedelta(hours=1)))),
        ("settings lead 30m", Settings(lead_times=(timedelta(minutes=30),))),
        ("settings lead 2h", Settings(lead_times=(timedelta(hours=2),))),
        ("settings lead 7d,1h,5m", Settings(lead_times=(timedelta(days=7), timedelta(hours=1),
                                                        timedelta(minutes=5)))),
        ("settings quiet 20:00-08:00", Settings(quiet=(time(20, 0), time(8, 0)))),
        ("settings quiet 22:30-7:00", Settings(quiet=(time(22, 30), time(7, 0)))),
        ("settings quiet 22:30 - 7:00", Settings(quiet=(time(22, 30), time(7, 0)))),
        ("settings quiet 9pm to 7am", Settings(quiet=(time(21, 0), time(7, 0)))),
        ("settings nudges on", Settings(nudges_on=True)),
        ("settings nudges OFF", Settings(nudges_on=False)),
        (
            "settings nudges off lead 1d quiet 21:00-07:00",
            Settings((timedelta(days=1),), (time(21, 0), time(7, 0)), False),
        ),
    ],
)  # fmt: skip
def test_settings_changes(text, expected):
    result = cmd(text)
    assert result == expected
    assert not result.is_show


def test_a_lead_time_may_have_spaces_inside():
    assert cmd("settings lead 45 min, 1h30m").lead_times == (
        timedelta(minutes=90),
        timedelta(minutes=45),
    )


def test_duplicate_lead_times_count_once():
    assert cmd("settings lead 1h,60m").lead_times == (timedelta(hours=1),)


# --- direct messages -----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["help", "Help", "help?", "HELP!"])
def test_dm_help(text):
    assert dm(text) == Help()


def test_dm_prep():
    assert dm("prep") == Prep()
    assert dm("prep <@U0DANA>") == Prep(DANA)
    assert dm("prep <@U0DANA|dana>") == Prep(DANA_NAMED)
    assert dm("prep @dana") == Prep(Person(name="dana"))


def test_dm_that_only_starts_with_prep_is_a_note():
    assert dm("prep the slides for the offsite") == Log(
        None, EntryKind.NOTE, "prep the slides for the offsite"
    )
    assert dm("help Dana with the rollout") == Log(
        None, EntryKind.NOTE, "help Dana with the rollout"
    )


@pytest.mark.parametrize(
    ("text", "kind", "body"),
    [
        ("had coffee with the VP", EntryKind.NOTE, "had coffee with the VP"),
        ("note: had coffee", EntryKind.NOTE, "had coffee"),
        ("ask: budget for a course", EntryKind.ASK, "budget for a course"),
        ("Ask: budget for a course", EntryKind.ASK, "budget for a course"),
        ("gave: a review of the RFC", EntryKind.GAVE, "a review of the RFC"),
        ("WIN: shipped it", EntryKind.WIN, "shipped it"),
        ("followup: send the deck", EntryKind.FOLLOWUP, "send the deck"),
    ],
)
def test_dm_kinds(text, kind, body):
    assert dm(text) == Log(None, kind, body)


def test_dm_person_is_the_first_mention_and_it_stays_in_the_text():
    assert dm("ask: asked <@U0DANA> for an intro to <@U0SAM>") == Log(
        DANA, EntryKind.ASK, "asked <@U0DANA> for an intro to <@U0SAM>"
    )
    assert dm("win: @dana liked the demo") == Log(
        Person(name="dana"), EntryKind.WIN, "@dana liked the demo"
    )
    assert dm("@sam and <@U0DANA> agreed").person == Person(name="sam")
    assert dm("mail me at me@example.com").person is None


def test_dm_agenda_prefix_adds_a_talking_point():
    assert dm("agenda: roadmap with <@U0DANA>") == Agenda(DANA, "roadmap with <@U0DANA>")


def test_dm_text_is_unescaped():
    assert dm("win: P&amp;L review &gt; expectations").text == "P&L review > expectations"


@pytest.mark.parametrize("text", ["", "   ", "\n", "<>"])
def test_empty_dm_is_an_input_error(text):
    with pytest.raises(InputError) as caught:
        dm(text)
    assert "nothing to log" in caught.value.problem
    assert isinstance(dm(caught.value.example), Log)


def test_agenda_edit_and_remove_take_a_point_number():
    assert cmd("agenda <@U0DANA> edit 2 the hiring plan for Q1") == Agenda(
        DANA, "the hiring plan for Q1", 2
    )
    assert cmd("agenda <@U0DANA> remove 3") == Agenda(DANA, "", 3)


@pytest.mark.parametrize(
    "point",
    [
        "change 2 reviewers rule for payments",
        "Change 3 things in the on-call rota",
        "remove 2 flaky tests from the release gate",
    ],
)
def test_a_talking_point_that_starts_with_a_verb_and_a_number_is_a_talking_point(point):
    """Only `edit <n>` and a bare `remove <n>` edit the card; anything else is added as written."""
    assert cmd(f"agenda <@U0DANA> {point}") == Agenda(DANA, point)
