"""Malformed commands: each gets a plain-words problem and an example that itself parses."""

from __future__ import annotations

from datetime import date

import pytest

from coaching.commands import MAX_TEXT, Agenda, Log, UnknownCommand, parse_command, parse_dm
from coaching.errors import InputError

TODAY = date(2025, 3, 5)
PREFIX = "/oneonone "

MALFORMED: list[tuple[str, str]] = [
    # schedule: who
    ("schedule weekly tue 10:00", "Who is the 1:1 with? Mention the person"),
    ("schedule <#C042|general> weekly tue 10:00", "`#general` is a channel, not a person"),
    ("schedule <!here> weekly tue 10:00", "`@here` is a group, not a person"),
    ("schedule <https://x.io|x.io> weekly tue 10:00", "`x.io` is a link, not a person"),
    ("schedule <@u12> weekly tue 10:00", "I couldn't read the mention `@u12`"),
    ("schedule <@U1> <@U2> weekly tue 10:00", "One person per 1:1 series, please: I also got"),
    ("schedule a b c d e weekly tue 10:00", "I read `a b c d e` as a name"),
    # schedule: cadence
    ("schedule @dana", "How often do you meet?"),
    ("schedule @dana wekly tue 10:00", "`wekly` isn't a cadence. Did you mean `weekly`?"),
    ("schedule dana montly first tue 10:00", "`montly` isn't a cadence. Did you mean `monthly`?"),
    ("schedule @dana hourly tue 10:00", "`hourly` isn't a cadence. Use `weekly`, `biweekly`"),
    ("schedule @dana weekly", "Which day? Put it after `weekly`"),
    ("schedule @dana biweekly 10:00", "Which day? Put it after `biweekly`, like `biweekly tue"),
    ("schedule @dana weekly tuseday 10:00", "I don't know the day `tuseday`. Did you mean"),
    ("schedule @dana weekly someday 10:00", "I don't know the day `someday`."),
    ("schedule @dana monthly tue 10:00", "Which `tue` of the month? Say `monthly first tue`"),
    ("schedule @dana monthly fifth tue 10:00", "Not every month has a fifth one"),
    ("schedule @dana monthly middle tue 10:00", "Which week of the month is `middle`?"),
    ("schedule @dana monthly", "Which week of the month?"),
    ("schedule @dana monthly first 10:00", "Which day? Put it after `monthly first`"),
    ("schedule @dana once 2020-01-01 10:00", "`2020-01-01` is in the past"),
    ("schedule @dana once 2025-03-04 10:00", "`2025-03-04` is in the past"),
    ("schedule @dana once 2030-02-30 10:00", "`2030-02-30` isn't a date on the calendar"),
    ("schedule @dana once 3/4 10:00", "I need a date like `2025-03-04`"),
    ("schedule @dana once", "Which day? Say `once tomorrow`"),
    # schedule: time
    ("schedule @dana weekly tue", "What time? Add it after the day"),
    ("schedule @dana weekly tue at", "What time? Add it after the day"),
    ("schedule @dana weekly tue 25:00", "`25:00` is past the end of the day"),
    ("schedule @dana weekly tue 10:75", "`10:75` has more than 59 minutes"),
    ("schedule @dana weekly tue 3", "Is `3` in the morning or the afternoon? Write `3am`"),
    ("schedule @dana weekly tue 15:00pm", "`15:00pm` mixes 24-hour time with am/pm"),
    ("schedule @dana weekly tue soon", "I need a time like `10:00` or `3:30pm`, and got `soon`"),
    # schedule: length and role
    ("schedule @dana weekly tue 10:00 for 2m", "`2m` is too short for a 1:1"),
    ("schedule @dana weekly tue 10:00 for 9h", "`9h` is too long for a 1:1"),
    ("schedule @dana weekly tue 10:00 for ages", "I need a length like `45m`"),
    ("schedule @dana weekly tue 10:00 for", "How long? Put a length after `for`"),
    ("schedule @dana weekly tue 10:00 for 30m for 45m", "You gave `for` twice"),
    ("schedule @dana weekly tue 10:00 as boss", "`boss` isn't a role I know. Pick one of:"),
    ("schedule @dana weekly tue 10:00 as mentr", "`mentr` isn't a role I know. Did you mean"),
    ("schedule @dana weekly tue 10:00 as", "Who are they to you?"),
    ("schedule @dana weekly tue 10:00 45m", "I didn't understand `45m` after the time"),
    # people for skip / cancel / history / prep
    ("skip", "Who is this about? Mention the person after `skip`"),
    ("cancel", "Who is this about? Mention the person after `cancel`"),
    ("history", "Who is this about? Mention the person after `history`"),
    ("cancel <@U1> tomorrow", "I expected only a person after `cancel`, then got `tomorrow`"),
    ("history <#C042|general>", "`#general` is a channel, not a person"),
    ("prep <!channel>", "`@channel` is a group, not a person"),
    ("skip dana <@U1>", "I expected one person and got"),
    ("skip one two three four five", "as a name, which is long for one"),
    ("skip @", "Who is it with? Mention the person"),
    # free text
    ("agenda", "What should go on the agenda?"),
    ("agenda <@U1>", "What should go on the agenda?"),
    ("agenda " + "x" * (MAX_TEXT + 1), f"please keep one entry under {MAX_TEXT}"),
    ("log", "There's nothing to log."),
    ("log @dana", "There's nothing to log."),
    ("log ask:", "There's nothing after `ask:`."),
    ("log <@U1> win:   ", "There's nothing after `win:`."),
    ("log agenda: roadmap", "Talking points for your next 1:1 go in with `agenda`"),
    ("goal", "What's your goal?"),
    ("goal    ", "What's your goal?"),
    # commands that take nothing
    ("list everything", "`/oneonone list` doesn't take anything after it, and I got `everything`"),
    ("forget dana", "`/oneonone forget` doesn't take anything after it, and I got `dana`"),
    ("export now", "`/oneonone export` doesn't take anything after it"),
    ("followups <@U1>", "`/oneonone followups` doesn't take anything after it"),
    # settings
    ("settings lead", "When should I remind you?"),
    ("settings lead 30s", "`30s`"),
    ("settings lead 8d", "`8d` is too far ahead. A week (`7d`) is the most."),
    ("settings lead 1d,2h,1h,30m", "I can remind you at most 3 times before a 1:1, and you gave 4"),
    ("settings lead 24", "Give `24` a unit, like `24h` or `24m`."),
    ("settings lead soon", "I need a length like `45m`"),
    ("settings lead 1d 1h", "Separate lead times with commas: `lead 1d,1h`."),
    ("settings quiet 20:00", "Quiet hours need a start and an end, like `quiet 20:00-08:00`"),
    ("settings quiet", "Quiet hours need a start and an end"),
    ("settings quiet 20:00-20:00", "Quiet hours need to start and end at different times"),
    ("settings quiet 20:00-8", "Is `8` in the morning or the afternoon?"),
    ("settings quiet 20:00-08:00-09:00", "Quiet hours need a start and an end"),
    ("settings nudges maybe", "Nudges are either `on` or `off`, not `maybe`."),
    ("settings nudges", "Nudges are either `on` or `off`."),
    ("settings quite 20:00-08:00", "`quite` isn't a setting. Did you mean `quiet`?"),
    ("settings volume 11", "`volume` isn't a setting. I know `lead`, `quiet` and `nudges`."),
    ("settings lead 1h lead 2h", "You set `lead` twice."),
]


def parses(example: str) -> bool:
    """True when an example is a complete, valid command (not help, not unknown)."""
    assert example.startswith(PREFIX), example
    result = parse_command(example[len(PREFIX) :], today=TODAY)
    return not isinstance(result, UnknownCommand)


def test_there_are_at_least_forty_distinct_cases():
    assert len({text for text, _ in MALFORMED}) == len(MALFORMED) >= 40


@pytest.mark.parametrize(("text", "problem"), MALFORMED)
def test_malformed_command(text, problem):
    with pytest.raises(InputError) as caught:
        parse_command(text, today=TODAY)
    error = caught.value
    assert problem in error.problem
    assert len(error.problem) <= 200
    assert "Traceback" not in error.problem
    assert "invalid" not in error.problem.lower()
    assert error.example and parses(error.example)
    assert str(error).endswith(f"Try: `{error.example}`")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("schedule @dana monthly middle tue 10:00", "monthly"),
        ("schedule @dana once 2020-01-01 10:00", "once"),
        ("schedule @dana weekly tue 10:00 for 9h", " for "),
        ("schedule @dana weekly tue 10:00 as boss", " as "),
        ("log agenda: roadmap", "agenda"),
    ],
)
def test_errors_show_an_example_of_the_part_that_went_wrong(text, shown):
    with pytest.raises(InputError) as caught:
        parse_command(text, today=TODAY)
    assert shown in caught.value.example


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "There's nothing to log yet."),
        ("  \n ", "There's nothing to log yet."),
        ("win:", "There's nothing after `win:`."),
        ("ask:    ", "There's nothing after `ask:`."),
        ("agenda:", "There's nothing after `agenda:`."),
        ("x" * (MAX_TEXT + 1), "please keep one entry under"),
    ],
)
def test_malformed_dm(text, problem):
    with pytest.raises(InputError) as caught:
        parse_dm(text, today=TODAY)
    assert problem in caught.value.problem
    assert isinstance(parse_dm(caught.value.example, today=TODAY), Log | Agenda)
