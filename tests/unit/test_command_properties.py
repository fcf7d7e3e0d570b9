"""Properties of the parser over generated input.

Whatever a user types, the handler gets either a command or an `InputError` whose example
parses; and every schedule a user could correctly write comes back as the cadence and time meant.
"""

from __future__ import annotations

import typing
from datetime import date, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coaching.commands import (
    Command,
    Schedule,
    UnknownCommand,
    parse_command,
    parse_dm,
)
from coaching.errors import InputError
from coaching.model import Cadence, CadenceKind, Person, Role
from coaching.usage import DM_EXAMPLES, NAMES
from coaching.when import DAY_NAMES
from tests.properties import examples

COMMAND_TYPES = typing.get_args(Command)
PREFIX = "/oneonone "

#: Words that reach deep into the grammar, so generated commands get past the first check.
VOCAB = [
    *NAMES,
    "<@U0DANA>",
    "<@W42|sam>",
    "<@U1|>",
    "<#C1|general>",
    "<!here>",
    "<https://x.io|x.io>",
    "<mailto:a@b.io|a@b.io>",
    "<>",
    "<",
    ">",
    "&amp;",
    "&lt;",
    "&gt;",
    "@dana",
    "@",
    "dana",
    "weekly",
    "biweekly",
    "monthly",
    "once",
    "first",
    "last",
    "fifth",
    "tue",
    "thurs",
    "Friday",
    "today",
    "tomorrow",
    "2025-03-10",
    "2020-01-01",
    "0000-00-00",
    "9999-12-31",
    "10:00",
    "3:30pm",
    "9",
    "am",
    "pm",
    "noon",
    "99:99",
    "12am",
    "for",
    "45m",
    "1h30m",
    "1.5h",
    "9999h",
    "99999999999999999999",
    "as",
    "my",
    "mentor",
    "skip",
    "level",
    "lead",
    "1d,1h",
    "30m",
    ",",
    "quiet",
    "20:00-08:00",
    "-",
    "to",
    "nudges",
    "on",
    "off",
    "ask:",
    "win:",
    "agenda:",
    "note:",
    ":",
    "Re:",
    "\n",
    "🎉",
    "\u00a0",
    "İ",
    "٣",
]

vocab_text = st.lists(st.sampled_from(VOCAB), max_size=12).map(" ".join)
any_text = st.text(max_size=200)
mixed_text = st.one_of(any_text, vocab_text, st.tuples(vocab_text, any_text).map(" ".join))
any_day = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def check_error(error: InputError, today: date, *, dm: bool) -> None:
    """A user-facing error: short, plain, with an example that itself parses."""
    assert error.problem and len(error.problem) <= 200
    assert error.example
    if dm:
        parse_dm(error.example, today=today)
    else:
        assert error.example.startswith(PREFIX)
        result = parse_command(error.example[len(PREFIX) :], today=today)
        assert not isinstance(result, UnknownCommand)


@settings(max_examples=examples(300), suppress_health_check=[HealthCheck.too_slow])
@given(text=mixed_text, today=any_day)
def test_any_command_text_gives_a_command_or_an_input_error(text, today):
    try:
        result = parse_command(text, today=today)
    except InputError as error:
        check_error(error, today, dm=False)
    else:
        assert isinstance(result, COMMAND_TYPES)
        if isinstance(result, UnknownCommand):
            check_error(result.as_error(), today, dm=False)


@settings(max_examples=examples(300), suppress_health_check=[HealthCheck.too_slow])
@given(text=mixed_text, today=any_day)
def test_any_dm_gives_a_command_or_an_input_error(text, today):
    try:
        result = parse_dm(text, today=today)
    except InputError as error:
        check_error(error, today, dm=True)
    else:
        assert isinstance(result, COMMAND_TYPES)
        assert not isinstance(result, UnknownCommand)


@settings(max_examples=examples(200))
@given(name=st.sampled_from(NAMES), text=mixed_text, today=any_day)
def test_every_subcommand_survives_any_arguments(name, text, today):
    try:
        result = parse_command(f"{name} {text}", today=today)
    except InputError as error:
        check_error(error, today, dm=False)
    else:
        assert isinstance(result, COMMAND_TYPES)


@given(today=any_day)
def test_dm_examples_parse_on_any_day(today):
    for example in DM_EXAMPLES:
        assert isinstance(parse_dm(example, today=today), COMMAND_TYPES)


# --- round trip of valid schedules -------------------------------------------------------

EXTRA_DAYS = {1: ["tues"], 2: ["weds"], 3: ["thurs", "thur"]}
DAY_SPELLINGS = {
    number: [
        name,
        name[:3],
        name.upper(),
        name[:3].title(),
        name + "s",
        *EXTRA_DAYS.get(number, []),
    ]
    for number, name in enumerate(DAY_NAMES)
}
NTH_SPELLINGS = {1: ["first", "1st"], 2: ["second", "2nd"], 3: ["third", "3rd"]}
NTH_SPELLINGS |= {4: ["fourth", "4th"], -1: ["last", "LAST"]}

PEOPLE = [
    ("<@U0DANA>", Person(user_id="U0DANA")),
    ("<@U0DANA|dana>", Person(user_id="U0DANA", name="dana")),
    ("<@W0ENT42|sam.lee>", Person(user_id="W0ENT42", name="sam.lee")),
    ("@dana", Person(name="dana")),
    ("dana", Person(name="dana")),
    ("Dana Smith", Person(name="Dana Smith")),
]


@st.composite
def spoken_time(draw) -> tuple[str, time]:
    """A wall-clock time in one of the forms people type."""
    at = time(draw(st.integers(0, 23)), draw(st.integers(0, 59)))
    half = "pm" if at.hour >= 12 else "am"
    hour12 = at.hour % 12 or 12
    forms = [f"{at.hour}:{at.minute:02d}", f"{at.hour:02d}:{at.minute:02d}"]
    forms += [f"{hour12}:{at.minute:02d}{half}", f"{hour12}:{at.minute:02d} {half.upper()}"]
    if at.minute == 0:
        forms += [f"{hour12}{half}", f"{hour12} {half}"]
    if at == time(12, 0):
        forms.append("noon")
    return draw(st.sampled_from(forms)), at


@st.composite
def spoken_length(draw) -> tuple[str, timedelta]:
    """A meeting length from 5 minutes to 8 hours, in the forms people type."""
    minutes = draw(st.integers(5, 480))
    hours, rest = divmod(minutes, 60)
    forms = [f"{minutes}m", f"{minutes} min", f"{minutes} minutes", str(minutes)]
    if hours:
        forms.append(f"{hours}h{rest}m" if rest else f"{hours}h")
        forms.append(f"{hours}h {rest}m" if rest else f"{hours} hours")
    return draw(st.sampled_from(forms)), timedelta(minutes=minutes)


@st.composite
def spoken_cadence(draw, today: date) -> tuple[str, Cadence]:
    """Any cadence of design §2 with the date it should resolve to."""
    kind = draw(st.sampled_from([k for k in CadenceKind if k is not CadenceKind.CALENDAR]))
    weekday = draw(st.integers(0, 6))
    day = draw(st.sampled_from(DAY_SPELLINGS[weekday]))
    on = draw(st.sampled_from(["", "on "]))
    if kind in (CadenceKind.WEEKLY, CadenceKind.BIWEEKLY):
        word = draw(st.sampled_from([kind.value, "fortnightly"] if kind == "biweekly" else [kind]))
        return f"{word} {on}{day}", Cadence(kind, weekday=weekday)
    if kind is CadenceKind.MONTHLY:
        nth = draw(st.sampled_from([1, 2, 3, 4, -1]))
        spelled = draw(st.sampled_from(NTH_SPELLINGS[nth]))
        return f"monthly {on}{spelled} {day}", Cadence(kind, weekday=weekday, nth=nth)
    ahead = draw(st.integers(0, 800))
    target = today + timedelta(days=ahead)
    forms = [(target.isoformat(), target)]
    if ahead == 0:
        forms.append(("today", target))
    if ahead == 1:
        forms.append(("tomorrow", target))
    if ahead < 7:
        forms.append((draw(st.sampled_from(DAY_SPELLINGS[target.weekday()])), target))
    word, expected = draw(st.sampled_from(forms))
    return f"once {word}", Cadence(kind, on=expected)


@settings(max_examples=examples(200))
@given(data=st.data(), today=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_valid_schedules_round_trip(data, today):
    who, person = data.draw(st.sampled_from(PEOPLE))
    cadence_text, cadence = data.draw(spoken_cadence(today))
    time_text, at = data.draw(spoken_time())
    at_word = data.draw(st.sampled_from(["", "at "]))
    options, length, role = [], timedelta(minutes=30), None
    if data.draw(st.booleans()):
        length_text, length = data.draw(spoken_length())
        options.append(f"for {length_text}")
    if data.draw(st.booleans()):
        role = data.draw(st.sampled_from(list(Role)))
        options.append(f"as {data.draw(st.sampled_from(['', 'my ']))}{role.value}")
    options = data.draw(st.permutations(options))
    text = " ".join(["schedule", who, cadence_text, f"{at_word}{time_text}", *options])
    assert parse_command(text, today=today) == Schedule(person, cadence, at, length, role)
