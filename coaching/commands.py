"""The `/oneonone` grammar and the reading of direct messages to the bot (design §2).

`parse_command` and `parse_dm` turn what Slack sends into one small frozen value per
subcommand, so handlers never look at raw text. Anything they cannot read raises `InputError`
with a plain-words problem and a complete example from the usage table: the user always learns
what to type next, and handlers need a single `except InputError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time, timedelta

from coaching.errors import InputError
from coaching.model import Cadence, CadenceKind, EntryKind, Person, Role
from coaching.phrasebook import drafting_codes, language_named
from coaching.slacktext import (
    clean_text,
    first_person_in,
    is_slack_token,
    mention_person,
    next_token,
    tokens,
    unescape,
)
from coaching.usage import COMMAND, DM_EXAMPLES, NAMES, ROLES_TEXT, example_for, example_with
from coaching.when import (
    is_day,
    is_zone,
    parse_date,
    parse_day,
    parse_duration,
    parse_nth,
    parse_time,
    quote,
    suggest,
)

__all__ = [
    "Agenda",
    "CalendarConnect",
    "CalendarForm",
    "CalendarOff",
    "Cancel",
    "Command",
    "Export",
    "Followups",
    "Forget",
    "Goal",
    "Help",
    "History",
    "Language",
    "ListSeries",
    "Log",
    "Prep",
    "Schedule",
    "ScheduleModal",
    "Settings",
    "Skip",
    "UnknownCommand",
    "parse_command",
    "parse_dm",
    "schedule_text",
]

DEFAULT_DURATION = timedelta(minutes=30)
MIN_DURATION = timedelta(minutes=5)
MAX_DURATION = timedelta(hours=8)
MIN_LEAD = timedelta(minutes=1)
MAX_LEAD = timedelta(days=7)
MAX_LEADS = 3
#: Longest free text we keep: Slack's limit for one section of a message.
MAX_TEXT = 3000
#: Longest text read at all. Slack's escapes (`&amp;`) and link targets can make a 3,000-character
#: entry a few times longer on the wire; anything longer is refused before any pattern runs on it.
MAX_RAW = 5 * MAX_TEXT
#: Longest free-text name (`schedule Dana Smith weekly …`), in words.
MAX_NAME_WORDS = 4


# --- the commands --------------------------------------------------------------------------


@dataclass(frozen=True)
class Help:
    """`/oneonone`, `/oneonone help [command]`: usage, for one subcommand when `topic` is set."""

    topic: str | None = None


@dataclass(frozen=True)
class UnknownCommand:
    """A first word that is no subcommand; `suggestion` is the closest one, if any is close."""

    word: str
    suggestion: str | None = None

    def as_error(self) -> InputError:
        """The reply a handler can send: what was not understood and what to try instead."""
        if self.suggestion:
            return InputError(
                f"I don't know the command {quote(self.word)}. Did you mean `{self.suggestion}`?",
                example_for(self.suggestion),
            )
        return InputError(
            f"I don't know the command {quote(self.word)}. `{COMMAND} help` lists them all.",
            example_for("help"),
        )


@dataclass(frozen=True)
class Prep:
    """The prep card for the next 1:1 with `person`, or the soonest 1:1 when None."""

    person: Person | None = None


@dataclass(frozen=True)
class Schedule:
    """A new 1:1 series at `local_time` in the user's own time zone."""

    person: Person
    cadence: Cadence
    local_time: time
    duration: timedelta = DEFAULT_DURATION
    role: Role | None = None
    #: A time zone the user typed after the time (`10am PST`), left out: times are always in
    #: their Slack zone, and the reply says so.
    ignored_zone: str | None = None


@dataclass(frozen=True)
class ScheduleModal:
    """`schedule` with nothing after it: open the form instead of guessing."""


@dataclass(frozen=True)
class ListSeries:
    """Upcoming 1:1s, the next occurrence of each."""


@dataclass(frozen=True)
class Skip:
    """Skip the next occurrence of the series with `person`."""

    person: Person


@dataclass(frozen=True)
class Cancel:
    """End the series with `person`."""

    person: Person


@dataclass(frozen=True)
class Agenda:
    """A talking point for the next 1:1 (with `person`, or the soonest one); with `number`,
    the point of that number on the prep card is changed to `text`, or removed when `text`
    is empty."""

    person: Person | None
    text: str
    number: int | None = None


@dataclass(frozen=True)
class Log:
    """Something that happened, logged as `kind` (one of `LOGGABLE_KINDS`)."""

    person: Person | None
    kind: EntryKind
    text: str
    #: `intro:` — an ask for an introduction, followed through its steps (coaching.leverage).
    intro: bool = False


@dataclass(frozen=True)
class Followups:
    """Open follow-ups with Done / Dismiss buttons."""


@dataclass(frozen=True)
class History:
    """Recent interactions with `person`, newest first."""

    person: Person


@dataclass(frozen=True)
class Goal:
    """The career goal that steers suggested asks; `focus_only` corrects just its focus area."""

    text: str
    focus_only: bool = False


@dataclass(frozen=True)
class Settings:
    """Nudge settings to change; a field left None keeps its value, all None shows them."""

    lead_times: tuple[timedelta, ...] | None = None
    quiet: tuple[time, time] | None = None
    nudges_on: bool | None = None

    @property
    def is_show(self) -> bool:
        """True when the user only asked to see their settings."""
        return self.lead_times is None and self.quiet is None and self.nudges_on is None


@dataclass(frozen=True)
class CalendarConnect:
    """Connect the calendar feed at `address` (checked and fetched by the handler)."""

    address: str


@dataclass(frozen=True)
class CalendarForm:
    """`calendar` alone: the form for a feed address or CalDAV."""


@dataclass(frozen=True)
class CalendarOff:
    """Disconnect the calendar and remove what came from it."""


@dataclass(frozen=True)
class Export:
    """The career journal as Markdown, by DM."""


@dataclass(frozen=True)
class Forget:
    """Delete everything about the user (the handler asks to confirm first)."""


@dataclass(frozen=True)
class Language:
    """The language the asks for 1:1s with `person` are drafted in; `code` None: read it from
    the user's notes again (the default)."""

    person: Person
    code: str | None


Command = (
    Help
    | UnknownCommand
    | Prep
    | Schedule
    | ScheduleModal
    | ListSeries
    | Skip
    | Cancel
    | Agenda
    | Log
    | Followups
    | History
    | Goal
    | Language
    | Settings
    | CalendarConnect
    | CalendarForm
    | CalendarOff
    | Export
    | Forget
)


# --- entry points ----------------------------------------------------------------------------


def parse_command(text: str, *, today: date) -> Command:
    """Read the text of a `/oneonone` slash command (everything after the command itself).

    `today` is the user's local date; it resolves `once today|tomorrow|fri` and refuses past
    dates. Raises `InputError` for anything malformed; an unknown first word is not an error
    but an `UnknownCommand`, so the handler can suggest the right one.
    """
    _refuse_overlong(text, example_for("log"))
    word, rest = next_token(text)
    if not word:
        return Help()
    name = _ALIASES.get(word.lower(), word.lower())
    parser = _PARSERS.get(name)
    if parser is None:
        return _unknown(word)
    with _example(example_for(name)):
        return parser(rest, today)


def bears_time(text: str) -> bool:
    """Whether a `/oneonone` text means different things in different time zones: a schedule
    (its day and hour) or quiet hours. Cheap and parse-free, so it can be asked before the
    user's zone is known."""
    word, rest = next_token(text)
    name = _ALIASES.get(word.lower(), word.lower()) if word else ""
    if name == "schedule":
        return bool(rest.strip())  # a bare `schedule` opens the form
    return name == "settings" and "quiet" in rest.lower()


def parse_dm(text: str, *, today: date) -> Command:
    """Read a direct message to the bot: `help`, `prep [@person]`, or anything else to log.

    A leading `ask:` / `gave:` / `win:` / `followup:` / `note:` picks the kind (default note) and
    `agenda:` adds a talking point; the person is the first one mentioned, and the mention stays
    in the text because in a sentence it is part of what was said.
    """
    del today  # Same signature as parse_command; nothing in a DM depends on the date yet.
    _refuse_overlong(text, DM_EXAMPLES[0])
    with _example(DM_EXAMPLES[0]):
        if not clean_text(text):
            raise InputError("There's nothing to log yet. Send me a few words, like the example.")
        command = _dm_help_or_prep(text)
        if command is not None:
            return command
        kind, body = _take_kind(text)
        words = _free_text(
            body, _nothing_after(kind, "Write it after the colon, like the example.")
        )
        person = first_person_in(body)
        if kind is EntryKind.AGENDA:
            return Agenda(person, words)
        return Log(person, kind or EntryKind.NOTE, words, intro=_is_intro(text))


# --- shared pieces ------------------------------------------------------------------------


def _refuse_overlong(text: str, example: str) -> None:
    """Refuse a message far over the entry limit at once, before any pattern reads it."""
    if len(text) > MAX_RAW:
        raise InputError(
            f"That's {len(text):,} characters; please keep one entry under {MAX_TEXT:,}.", example
        )


@contextmanager
def _example(example: str) -> Iterator[None]:
    """Give every `InputError` raised inside an example, unless it already carries a better one."""
    try:
        yield
    except InputError as error:
        if error.example is None:
            raise InputError(error.problem, example) from None
        raise


def _unknown(word: str) -> UnknownCommand:
    """An unknown first word; a person there most likely wanted their prep card."""
    shown = clean_text(word) or word
    if mention_person(word) or word.startswith("@"):
        return UnknownCommand(shown, "prep")
    return UnknownCommand(shown, suggest(word, NAMES))


def _no_args(name: str, factory: Callable[[], Command]) -> Callable[[str, date], Command]:
    """A parser for a subcommand that takes nothing: extra words are refused, not ignored,
    so that `forget dana` never deletes everything when the user meant something narrower."""

    def parse(rest: str, today: date) -> Command:
        extra = clean_text(rest)
        if extra:
            raise InputError(
                f"`{COMMAND} {name}` doesn't take anything after it, and I got {quote(extra)}."
            )
        return factory()

    return parse


def _person_token(token: str) -> Person:
    """A single bracketed token that has to be a person: a channel or link gets a clear no."""
    person = mention_person(token)
    if person is not None:
        return person
    shown = clean_text(token) or token
    if token.startswith("<#"):
        raise InputError(f"{quote(shown)} is a channel, not a person. Mention someone instead.")
    if token.startswith("<@"):
        raise InputError(
            f"I couldn't read the mention {quote(shown)}. Pick the person from the list."
        )
    if token.startswith("<!"):
        raise InputError(f"{quote(shown)} is a group, not a person. Mention one person instead.")
    raise InputError(f"{quote(shown)} is a link, not a person. Mention someone instead.")


def _name_person(words: list[str]) -> Person:
    """A free-text counterpart (`@dana`, `Dana Smith`): someone not on Slack, or not mentioned."""
    if any(is_slack_token(word) for word in words):
        raise InputError(
            f"I expected one person and got {quote(' '.join(words))}. Mention just one."
        )
    name = unescape(" ".join(words)).strip().lstrip("@").strip(" ,;:")
    if not name:
        raise InputError("Who is it with? Mention the person, like `@dana`.")
    if len(name.split()) > MAX_NAME_WORDS:
        raise InputError(
            f"I read {quote(name)} as a name, which is long for one. Mention the person instead."
        )
    return Person(name=name)


def _whole_person(rest: str, name: str) -> Person:
    """The person for `skip`, `cancel`, `history`, `prep`: everything after the subcommand."""
    words = tokens(rest)
    if not words:
        raise InputError(f"Who is this about? Mention the person after `{name}`.")
    if is_slack_token(words[0]):
        person = _person_token(words[0])
        if len(words) > 1:
            raise InputError(
                f"I expected only a person after `{name}`, then got {quote(' '.join(words[1:]))}."
            )
        return person
    return _name_person(words)


def _leading_person(rest: str) -> tuple[Person | None, str]:
    """An optional person at the start of free text (`agenda @dana …`, `log <@U1> …`).

    Only a mention or an `@name` counts: a plain word there is the start of the text.
    """
    word, after = next_token(rest)
    person = mention_person(word)
    if person is not None:
        return person, after
    if word.startswith("@") and not is_slack_token(word):
        name = unescape(word[1:]).strip(" .,;:!?")
        if name:
            return Person(name=name), after
    return None, rest


def _free_text(raw: str, problem_if_empty: str) -> str:
    """Free text cleaned back to what the user typed, refused when empty or overlong."""
    text = clean_text(raw)
    if not text:
        raise InputError(problem_if_empty)
    if len(text) > MAX_TEXT:
        raise InputError(f"That's {len(text)} characters; please keep one entry under {MAX_TEXT}.")
    return text


# --- log kinds -------------------------------------------------------------------------------

_KIND_ALIASES: dict[str, EntryKind] = {
    "note": EntryKind.NOTE,
    "notes": EntryKind.NOTE,
    "ask": EntryKind.ASK,
    "asks": EntryKind.ASK,
    "asked": EntryKind.ASK,
    "gave": EntryKind.GAVE,
    "give": EntryKind.GAVE,
    "given": EntryKind.GAVE,
    "win": EntryKind.WIN,
    "wins": EntryKind.WIN,
    "followup": EntryKind.FOLLOWUP,
    "followups": EntryKind.FOLLOWUP,
    "agenda": EntryKind.AGENDA,
    "intro": EntryKind.ASK,
    "intros": EntryKind.ASK,
    "introduction": EntryKind.ASK,
    "priority": EntryKind.PRIORITY,
    "priorities": EntryKind.PRIORITY,
}
#: Emoji that pick a kind at the start of a DM, as Slack sends them (`:trophy:`) or as typed.
_KIND_EMOJI: dict[str, EntryKind] = {
    "trophy": EntryKind.WIN,
    "🏆": EntryKind.WIN,
    "pushpin": EntryKind.FOLLOWUP,
    "round_pushpin": EntryKind.FOLLOWUP,
    "📌": EntryKind.FOLLOWUP,
    "📍": EntryKind.FOLLOWUP,
    "pray": EntryKind.ASK,
    "🙏": EntryKind.ASK,
    "raised_hand": EntryKind.ASK,
    "✋": EntryKind.ASK,
    "handshake": EntryKind.GAVE,
    "🤝": EntryKind.GAVE,
    "memo": EntryKind.NOTE,
    "📝": EntryKind.NOTE,
    "speech_balloon": EntryKind.AGENDA,
    "💬": EntryKind.AGENDA,
}
#: Only the start of a message can hold a kind, so the patterns below only ever see this many
#: characters: a 40,000-letter message costs what a short one does.
_KIND_HEAD = 48
#: A leading emoji: a `:shortcode:` or one of the characters above (with an optional variation
#: selector). Every repeat is bounded, so matching is linear.
_LEADING_EMOJI = re.compile(
    r"\s{0,8}(?::([a-z_+-]{1,24}):|([\U0001F000-\U0001FAFF\u2600-\u27BF]))\ufe0f?"
)
#: `win:`, `follow up:`, `WIN -`, `win –`: one or two words, then a colon (not `://`) or a dash
#: set off by a space. Bounded word lengths keep it linear.
_KIND_WORD = re.compile(
    r"\s{0,8}([a-z]{1,12})(?:[ -]([a-z]{1,12}))?"
    r"(?:\s{0,4}:(?!//)|\s{1,4}[-–—](?=\s|$)|[-–—](?=\s))\s*",
    re.IGNORECASE,
)

_INTRO_PREFIX = re.compile(r"\s*intro(?:s|duction)?\s*:(?!//)", re.IGNORECASE)


def _is_intro(raw: str) -> bool:
    """`intro: …` asks for an introduction."""
    return bool(_INTRO_PREFIX.match(raw))


def _take_kind(raw: str) -> tuple[EntryKind | None, str]:
    """A kind picked at the start of a DM and the text after it.

    Accepted: `win: …`, `Win - …`, `WIN: …`, `follow-up: …`, and a leading emoji (🏆 win,
    📌 follow-up, 🙏 ask, 🤝 gave, 📝 note, 💬 agenda), alone or before a word (`🏆 win: …`).
    An unknown word ("Re: budget", "Q3: plan") leaves the text whole, logged as written.
    """
    kind, rest = None, raw
    emoji = _LEADING_EMOJI.match(raw[:_KIND_HEAD])
    if emoji is not None:
        kind = _KIND_EMOJI.get(emoji.group(1) or emoji.group(2))
        if kind is not None:
            rest = raw[emoji.end() :]
    word = _KIND_WORD.match(rest[:_KIND_HEAD])
    if word is not None:
        key = (word.group(1) + (word.group(2) or "")).lower()
        named = _KIND_ALIASES.get(key)
        if named is not None:
            return named, rest[word.end() :]
    return kind, rest.lstrip() if kind is not None else raw


def _nothing_after(kind: EntryKind | None, hint: str) -> str:
    """The problem for an entry with no words in it."""
    if kind is None:
        return f"There's nothing to log. {hint}"
    return f"There's nothing after `{kind.value}:`. {hint}"


# --- subcommands -----------------------------------------------------------------------------


def _parse_help(rest: str, today: date) -> Help:
    """`help [command]`: an unknown topic still gets the full help rather than an error."""
    word, _ = next_token(rest)
    topic = _ALIASES.get(word.lower(), word.lower())
    return Help(topic if topic in NAMES else None)


def _parse_prep(rest: str, today: date) -> Prep:
    """`prep [@person]`; a plain name works too since nothing else can follow."""
    if not rest.strip():
        return Prep()
    return Prep(_whole_person(rest, "prep"))


def _parse_skip(rest: str, today: date) -> Skip:
    return Skip(_whole_person(rest, "skip"))


def _parse_cancel(rest: str, today: date) -> Cancel:
    return Cancel(_whole_person(rest, "cancel"))


def _parse_history(rest: str, today: date) -> History:
    return History(_whole_person(rest, "history"))


#: Back to the language of the user's notes.
LANGUAGE_AUTO = "auto"


def _parse_language(rest: str, today: date) -> Language:
    """`language <person> <language|auto>`: the last word (or two: "tiếng việt") names it."""
    words = tokens(rest)
    example = example_for("language")
    for size in (2, 1):
        said = " ".join(words[-size:])
        code = language_named(said)
        if len(words) > size and (code or (size == 1 and said.lower() == LANGUAGE_AUTO)):
            with _example(example):
                return Language(_whole_person(" ".join(words[:-size]), "language"), code)
    if len(words) < 2:
        raise InputError(
            "Name the person, then the language their 1:1 is in (or `auto` to follow your notes).",
            example,
        )
    codes = ", ".join(sorted(drafting_codes()))
    raise InputError(
        f"I can draft lines in {codes} — not {quote(clean_text(words[-1]) or words[-1])}."
        " Name one (`spanish`, `español`) or say `auto`.",
        example,
    )


_AGENDA_REMOVE = re.compile(r"(?i)^\s*(?:remove|delete|drop)\s+#?(\d{1,3})\s*$")
#: Only `edit <n>`: "change 2 reviewers rule for payments" is a talking point, not an edit.
_AGENDA_EDIT = re.compile(r"(?i)^\s*edit\s+#?(\d{1,3})(?:\s+(.*))?$", re.S)


def _parse_agenda(rest: str, today: date) -> Agenda:
    """`agenda [@person] <talking point>`, `agenda [@person] edit <n> <text>`,
    `agenda [@person] remove <n>` (n as numbered on the prep card)."""
    person, body = _leading_person(rest)
    removed = _AGENDA_REMOVE.match(body)
    if removed:
        return Agenda(person, "", _point_number(removed.group(1)))
    edited = _AGENDA_EDIT.match(body)
    if edited:
        text = _free_text(
            edited.group(2) or "", "Write the new wording after the number, like the example."
        )
        return Agenda(person, text, _point_number(edited.group(1)))
    text = _free_text(body, "What should go on the agenda? Write the talking point after it.")
    return Agenda(person, text)


def _point_number(digits: str) -> int:
    number = int(digits)
    if number < 1:
        raise InputError(
            "Talking points are numbered from 1 on your prep card.", example_with("agenda", "edit")
        )
    return number


def _parse_log(rest: str, today: date) -> Log:
    """`log [@person] [kind:] <text>`; talking points are pointed to `agenda`."""
    person, body = _leading_person(rest)
    intro = _is_intro(body)
    kind, body = _take_kind(body)
    if kind is EntryKind.AGENDA:
        raise InputError(
            "Talking points for your next 1:1 go in with `agenda`, not `log`.",
            example_for("agenda"),
        )
    text = _free_text(body, _nothing_after(kind, "Write what happened, like the example."))
    return Log(person, kind or EntryKind.NOTE, text, intro=intro)


_GOAL_FOCUS = re.compile(r"(?i)^\s*focus\s*(?::|=)?\s+(?!on\b)(.+)$", re.S)


def _parse_goal(rest: str, today: date) -> Goal:
    """`goal <text>`, or `goal focus <area>` to correct the focus area derived from it."""
    focus = _GOAL_FOCUS.match(rest)
    if focus:
        return Goal(_free_text(focus.group(1), "Write the focus area after `focus`."), True)
    return Goal(_free_text(rest, "What's your goal? Write it after `goal`, in a sentence."))


# --- schedule --------------------------------------------------------------------------------

_CADENCES: dict[str, CadenceKind] = {
    "weekly": CadenceKind.WEEKLY,
    "biweekly": CadenceKind.BIWEEKLY,
    "bi-weekly": CadenceKind.BIWEEKLY,
    "fortnightly": CadenceKind.BIWEEKLY,
    "monthly": CadenceKind.MONTHLY,
    "once": CadenceKind.ONCE,
}
_ROLES: dict[str, Role] = {role.value: role for role in Role} | {
    "skip-level": Role.SKIP,
    "skiplevel": Role.SKIP,
}
_DAY_FILLERS = frozenset({"on", "the", "every"})
_TIME_FILLERS = frozenset({"at", "@"})
_ROLE_FILLERS = frozenset({"my", "a", "an", "the"})
_HALVES = frozenset({"am", "pm", "a.m.", "p.m."})


def _parse_schedule(rest: str, today: date) -> Schedule | ScheduleModal:
    """`schedule @person <cadence> <day> <time> [for <length>] [as <role>]`."""
    words = tokens(rest)
    if not words:
        return ScheduleModal()
    person, words = _schedule_person(words)
    cadence, words = _take_cadence(words, today)
    local_time, words = _take_time(words)
    zone = words[0] if words and is_zone(words[0]) else None
    duration, role = _take_options(words[1:] if zone else words)
    return Schedule(person, cadence, local_time, duration or DEFAULT_DURATION, role, zone)


_DAY_WORDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NTH_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}


def schedule_text(command: Schedule) -> str:
    """The `schedule …` text that parses back to `command` (a button carries it until the user
    says whether it replaces their series with that person or comes on top of it)."""
    person = command.person
    if person.user_id:
        label = person.name if person.name and " " not in person.name else None
        who = f"<@{person.user_id}|{label}>" if label else f"<@{person.user_id}>"
    else:
        who = person.name or ""
    cadence = command.cadence
    if cadence.kind is CadenceKind.ONCE:
        when = f"once {cadence.on.isoformat()}" if cadence.on else "once"
    elif cadence.kind is CadenceKind.MONTHLY:
        when = f"monthly {_NTH_WORDS[cadence.nth or 1]} {_DAY_WORDS[cadence.weekday or 0]}"
    else:
        when = f"{cadence.kind.value} {_DAY_WORDS[cadence.weekday or 0]}"
    minutes = int(command.duration.total_seconds() // 60)
    text = f"schedule {who} {when} {command.local_time:%H:%M} for {minutes}m"
    return text + (f" as {command.role.value}" if command.role else "")


def _schedule_person(words: list[str]) -> tuple[Person, list[str]]:
    """The counterpart: one mention, or the words up to the cadence (`Dana Smith weekly …`)."""
    if words[0].lower() in _CADENCES:
        raise InputError("Who is the 1:1 with? Mention the person right after `schedule`.")
    if is_slack_token(words[0]):
        return _person_token(words[0]), words[1:]
    end = next((i for i, word in enumerate(words) if word.lower() in _CADENCES), 1)
    return _name_person(words[:end]), words[end:]


def _skip(words: list[str], fillers: frozenset[str]) -> list[str]:
    """Drop connecting words people type naturally (`weekly on tue at 10:00`)."""
    while words and words[0].lower() in fillers:
        words = words[1:]
    return words


def _take_cadence(words: list[str], today: date) -> tuple[Cadence, list[str]]:
    """`weekly <day>`, `biweekly <day>`, `monthly <nth> <day>` or `once <date>`."""
    if not words:
        raise InputError(
            "How often do you meet? Add `weekly`, `biweekly`, `monthly` or `once` after the person."
        )
    word = words[0].lower()
    kind = _CADENCES.get(word)
    if kind is None and is_slack_token(words[0]):
        shown = quote(clean_text(words[0]) or words[0])
        raise InputError(f"One person per 1:1 series, please: I also got {shown}.")
    if kind is None:
        hint = suggest(word, list(_CADENCES))
        tail = (
            f"Did you mean `{hint}`?" if hint else "Use `weekly`, `biweekly`, `monthly` or `once`."
        )
        raise InputError(f"{quote(words[0])} isn't a cadence. {tail}")
    rest = _skip(words[1:], _DAY_FILLERS)
    with _example(example_with("schedule", kind.value)):
        if kind is CadenceKind.ONCE:
            if not rest:
                raise InputError("Which day? Say `once tomorrow`, `once fri` or `once 2030-03-04`.")
            return Cadence(kind, on=parse_date(rest[0], today=today)), rest[1:]
        if kind is CadenceKind.MONTHLY:
            return _take_monthly(rest)
        weekday, rest = _take_day(rest, word)
        return Cadence(kind, weekday=weekday), rest


def _take_monthly(words: list[str]) -> tuple[Cadence, list[str]]:
    """`<nth> <day>` after `monthly`."""
    if not words:
        raise InputError("Which week of the month? Say `monthly first tue` or `monthly last fri`.")
    if is_day(words[0]):
        day = words[0].lower()
        raise InputError(
            f"Which {quote(words[0])} of the month? "
            f"Say `monthly first {day}` or `monthly last {day}`."
        )
    nth = parse_nth(words[0])
    weekday, rest = _take_day(words[1:], f"monthly {words[0].lower()}")
    return Cadence(CadenceKind.MONTHLY, weekday=weekday, nth=nth), rest


def _take_day(words: list[str], after: str) -> tuple[int, list[str]]:
    """A weekday right after the cadence words in `after`."""
    if not words or words[0][:1].isdigit():
        raise InputError(f"Which day? Put it after `{after}`, like `{after} tue 10:00`.")
    return parse_day(words[0]), words[1:]


def _take_time(words: list[str]) -> tuple[time, list[str]]:
    """The start time, with `am`/`pm` allowed as a separate word (`9 am`)."""
    words = _skip(words, _TIME_FILLERS)
    if not words:
        raise InputError("What time? Add it after the day, like `tue 10:00` or `tue 3:30pm`.")
    if len(words) > 1 and words[1].lower() in _HALVES:
        return parse_time(f"{words[0]} {words[1]}"), words[2:]
    return parse_time(words[0]), words[1:]


def _take_options(words: list[str]) -> tuple[timedelta | None, Role | None]:
    """`for <length>` and `as <role>`, in either order, each at most once."""
    duration: timedelta | None = None
    role: Role | None = None
    while words:
        word = words[0].lower()
        if word == "for" and duration is None:
            end = next(
                (i for i, w in enumerate(words) if i and w.lower() in {"as", "for"}), len(words)
            )
            with _example(example_with("schedule", "for")):
                duration, words = _meeting_length(words[1:end]), words[end:]
        elif word == "as" and role is None:
            with _example(example_with("schedule", "as")):
                role, words = _take_role(words[1:])
        elif word in {"for", "as"}:
            raise InputError(f"You gave `{word}` twice. Say it once.")
        else:
            raise InputError(
                f"I didn't understand {quote(' '.join(words))} after the time. Add `for 45m` "
                "to set the length or `as mentor` to say who they are to you."
            )
    return duration, role


def _meeting_length(words: list[str]) -> timedelta:
    """How long the 1:1 lasts: 5 minutes to 8 hours."""
    if not words:
        raise InputError("How long? Put a length after `for`, like `for 45m` or `for 1h`.")
    text = " ".join(words)
    length = parse_duration(text, bare_minutes=True)
    if length < MIN_DURATION:
        raise InputError(f"{quote(text)} is too short for a 1:1. Make it at least 5 minutes.")
    if length > MAX_DURATION:
        raise InputError(f"{quote(text)} is too long for a 1:1. Keep it to 8 hours at most.")
    return length


def _take_role(words: list[str]) -> tuple[Role, list[str]]:
    """Who the person is to the user, so suggested asks fit: `as mentor`, `as my skip-level`."""
    words = _skip(words, _ROLE_FILLERS)
    if not words:
        raise InputError(f"Who are they to you? After `as`, say one of: {ROLES_TEXT}.")
    word = words[0].lower()
    if word == "skip" and len(words) > 1 and words[1].lower() in {"level", "manager"}:
        return Role.SKIP, words[2:]
    role = _ROLES.get(word)
    if role is None:
        hint = suggest(word, list(_ROLES))
        tail = f"Did you mean `{hint}`?" if hint else f"Pick one of: {ROLES_TEXT}."
        raise InputError(f"{quote(words[0])} isn't a role I know. {tail}")
    return role, words[1:]


# --- settings --------------------------------------------------------------------------------

_SETTING_KEYS = {"lead": "lead", "leads": "lead", "quiet": "quiet", "nudges": "nudges"}
_SETTING_KEYS |= {"nudge": "nudges", "reminders": "nudges"}
_SWITCH = {"on": True, "off": False, "yes": True, "no": False}
_RANGE_SPLIT = re.compile(r"\s*(?:-|–|—|\bto\b)\s*", re.IGNORECASE)


def _parse_settings(rest: str, today: date) -> Settings:
    """`settings [lead <list>] [quiet <HH:MM-HH:MM>] [nudges on|off]`; nothing shows them."""
    sections = _setting_sections(tokens(rest))
    with _example(example_with("settings", "lead")):
        lead_times = _lead_times(sections["lead"]) if "lead" in sections else None
    with _example(example_with("settings", "quiet")):
        quiet = _quiet_hours(sections["quiet"]) if "quiet" in sections else None
    with _example(example_with("settings", "nudges")):
        nudges_on = _switch(sections["nudges"]) if "nudges" in sections else None
    return Settings(lead_times, quiet, nudges_on)


def _setting_sections(words: list[str]) -> dict[str, list[str]]:
    """Group the words under the setting each belongs to."""
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for word in words:
        key = _SETTING_KEYS.get(word.lower())
        if key in sections:
            raise InputError(f"You set `{key}` twice. Say it once.")
        if key is not None:
            sections[key], current = [], key
        elif current is None:
            hint = suggest(word, ["lead", "quiet", "nudges"])
            tail = f"Did you mean `{hint}`?" if hint else "I know `lead`, `quiet` and `nudges`."
            raise InputError(f"{quote(clean_text(word) or word)} isn't a setting. {tail}")
        else:
            sections[current].append(word)
    return sections


def _lead_times(words: list[str]) -> tuple[timedelta, ...]:
    """One to three reminder lead times, each 5 minutes to 7 days, longest first."""
    pieces = [piece.strip() for piece in " ".join(words).split(",") if piece.strip()]
    if not pieces:
        raise InputError(
            "When should I remind you? Put lead times after `lead`, like `lead 1d,1h`."
        )
    leads = sorted({_lead_time(piece) for piece in pieces}, reverse=True)
    if len(leads) > MAX_LEADS:
        raise InputError(
            f"I can remind you at most {MAX_LEADS} times before a 1:1, and you gave {len(leads)}."
        )
    return tuple(leads)


def _lead_time(text: str) -> timedelta:
    """One lead time, with a unit always (`lead 24` could be minutes or hours).

    `1d 1h` is refused rather than read as 25 hours: it more likely meant two lead times.
    """
    if re.search(r"[a-z]\s+[0-9]", text.lower()):
        together = quote("lead " + ",".join(text.split()))
        raise InputError(f"Separate lead times with commas: {together}.")
    if text.isdecimal():
        raise InputError(f"Give {quote(text)} a unit, like `{text}h` or `{text}m`.")
    lead = parse_duration(text, bare_minutes=False)
    if lead < MIN_LEAD:
        raise InputError(f"{quote(text)} is too close to the 1:1. Make it at least 1 minute.")
    if lead > MAX_LEAD:
        raise InputError(f"{quote(text)} is too far ahead. A week (`7d`) is the most.")
    return lead


def _quiet_hours(words: list[str]) -> tuple[time, time]:
    """`<start>-<end>` in local time; the range may wrap midnight (`20:00-08:00`)."""
    text = " ".join(words)
    parts = [part for part in _RANGE_SPLIT.split(text) if part] if text else []
    if len(parts) != 2:
        shown = f" and got {quote(text)}" if text else ""
        raise InputError(f"Quiet hours need a start and an end, like `quiet 20:00-08:00`{shown}.")
    start, end = parse_time(parts[0]), parse_time(parts[1])
    if start == end:
        raise InputError("Quiet hours need to start and end at different times.")
    return start, end


def _parse_calendar(rest: str, today: date) -> CalendarConnect | CalendarForm | CalendarOff:
    """`calendar`, `calendar off`, or `calendar <address>` (one word: Slack sends a link as
    `<https://…>`, which is kept whole for the handler to check)."""
    words = rest.split()
    if not words:
        return CalendarForm()
    if len(words) > 1:
        raise InputError("Send just the calendar's address after `calendar`, nothing else.")
    if words[0].lower() in {"off", "disconnect", "remove"}:
        return CalendarOff()
    return CalendarConnect(unescape(words[0]))


def _switch(words: list[str]) -> bool:
    """`on` or `off`."""
    text = " ".join(words).lower()
    if text not in _SWITCH:
        shown = f", not {quote(text)}" if text else ""
        raise InputError(f"Nudges are either `on` or `off`{shown}.")
    return _SWITCH[text]


# --- dispatch --------------------------------------------------------------------------------

_ALIASES = {"?": "help", "usage": "help", "ls": "list", "followup": "followups"}
_ALIASES |= {"follow-ups": "followups", "journal": "export"}

_PARSERS: dict[str, Callable[[str, date], Command]] = {
    "help": _parse_help,
    "prep": _parse_prep,
    "schedule": _parse_schedule,
    "list": _no_args("list", ListSeries),
    "skip": _parse_skip,
    "cancel": _parse_cancel,
    "agenda": _parse_agenda,
    "log": _parse_log,
    "followups": _no_args("followups", Followups),
    "history": _parse_history,
    "goal": _parse_goal,
    "language": _parse_language,
    "settings": _parse_settings,
    "calendar": _parse_calendar,
    "export": _no_args("export", Export),
    "forget": _no_args("forget", Forget),
}
assert set(_PARSERS) == set(NAMES), "the usage table and the parser must list the same commands"


def _dm_help_or_prep(text: str) -> Help | Prep | None:
    """`help` alone, or `prep` alone or with one person, act like the slash command.

    Anything longer ("prep the slides for Dana") is a note to log, not a command.
    """
    words = tokens(text)
    first = words[0].lower().rstrip("?!.")
    if first in {"help", ""} and len(words) == 1:
        return Help()
    if first != "prep" or len(words) > 2:
        return None
    if len(words) == 1:
        return Prep()
    person, after = _leading_person(words[1])
    return Prep(person) if person and not after.strip() else None
