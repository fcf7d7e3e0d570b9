"""Leverage both ways (design §1, idea 4): what happens to an ask after it is made.

Three small pipelines, decided here and stored by `storage.leverage`:

- **Introductions** move asked → made → met → thanked → reported back. The last two steps are
  the ones people skip and the ones that make a senior colleague introduce you again, so they
  carry deadlines: thank within a day of meeting, tell the introducer what came of it within
  two weeks.
- **Follow-through**: a few days after an ask is made, "What was the answer?" (yes / not yet /
  no), each answer with its own next step.
- **Promises**: "I'll send…" or `gave: … by fri` gets a deliver-by reminder, and counts as given
  once it is delivered.

Pure: the current time always comes in as `now`; nothing here knows Slack or the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from coaching.errors import InputError
from coaching.model import EntryKind
from coaching.when import is_day, parse_date


class Stage(StrEnum):
    """Where an introduction stands."""

    ASKED = "asked"
    MADE = "made"
    MET = "met"
    THANKED = "thanked"
    REPORTED = "reported"


STAGES = tuple(Stage)


class Answer(StrEnum):
    """What the senior colleague said to an ask."""

    YES = "yes"
    NOT_YET = "not_yet"
    NO = "no"


#: How long an introducer usually needs before "has the intro happened?" is a fair question.
MADE_WAIT = timedelta(days=7)
#: After the intro, time enough to find a slot with the new person.
MET_WAIT = timedelta(days=7)
#: Thank the introducer within a day of meeting the person.
THANK_WITHIN = timedelta(hours=24)
#: The reminder to thank comes while there is still time to do it today.
THANK_REMINDER = timedelta(hours=4)
#: Tell the introducer what came of it within two weeks of meeting.
REPORT_WITHIN = timedelta(days=14)
#: The reminder to report back leaves a few days to do it well.
REPORT_REMINDER = timedelta(days=10)
#: "What was the answer?" comes this long after an ask is made.
ANSWER_WAIT = timedelta(days=3)
#: After "not yet", a gentle follow-up is worth it after this long.
NOT_YET_WAIT = timedelta(days=7)
#: A promise without a date ("I'll send the deck") is due this many days later.
PROMISE_DEFAULT_DAYS = 3
#: Deliver-by reminders arrive at this local time on the day.
REMINDER_TIME = time(9, 0)
#: ... but never sooner than this after the promise was made.
REMINDER_MIN_LEAD = timedelta(hours=2)


def next_stage(stage: Stage) -> Stage | None:
    """The step after `stage`; None once the introducer has heard back."""
    index = STAGES.index(stage)
    return STAGES[index + 1] if index + 1 < len(STAGES) else None


def can_move(current: Stage, to: Stage) -> bool:
    """Steps only go forward (a late press of an earlier button changes nothing); skipping
    ahead is allowed, since people thank in the same breath as they report back."""
    return STAGES.index(to) > STAGES.index(current)


@dataclass(frozen=True)
class Intro:
    """One introduction as the coaching logic sees it."""

    stage: Stage
    stage_at: datetime
    met_at: datetime | None = None
    introduced: str | None = None


def due_by(intro: Intro) -> datetime | None:
    """The deadline of the next step, when it has one (thank: a day; report back: two weeks)."""
    if intro.met_at is None:
        return None
    if intro.stage is Stage.MET:
        return intro.met_at + THANK_WITHIN
    if intro.stage is Stage.THANKED:
        return intro.met_at + REPORT_WITHIN
    return None


def prompt_at(intro: Intro) -> datetime | None:
    """When the bot should DM about the next step; None when the pipeline is complete."""
    if intro.stage is Stage.ASKED:
        return intro.stage_at + MADE_WAIT
    if intro.stage is Stage.MADE:
        return intro.stage_at + MET_WAIT
    met = intro.met_at or intro.stage_at
    if intro.stage is Stage.MET:
        return met + THANK_REMINDER
    if intro.stage is Stage.THANKED:
        return met + REPORT_REMINDER
    return None


#: What each next step asks of the user, `{introducer}` and `{who}` filled in by the caller.
NEXT_STEP = {
    Stage.ASKED: "Has {introducer} made the intro{to_who} yet?",
    Stage.MADE: "You've been introduced{to_who} — have you met yet?",
    Stage.MET: "Thank {introducer} for the intro{to_who} — a two-line note today is enough.",
    Stage.THANKED: (
        "Tell {introducer} what came of meeting {who} — it's what makes them introduce you again."
    ),
}

#: The button that records the next step, per current stage.
NEXT_BUTTON = {
    Stage.ASKED: "Intro made",
    Stage.MADE: "We met",
    Stage.MET: "Thanked them",
    Stage.THANKED: "Reported back",
}

STAGE_DONE = {
    Stage.ASKED: "Intro asked",
    Stage.MADE: "Intro made",
    Stage.MET: "Met",
    Stage.THANKED: "Thanked the introducer",
    Stage.REPORTED: "Reported back",
}

#: What the bot says once a step is recorded.
STAGE_REPLY = {
    Stage.MADE: "Intro made{to_who}. Reach out within a couple of days, while it's warm.",
    Stage.MET: "You met{who}. Now thank {introducer} — within 24 hours, two lines is enough.",
    Stage.THANKED: (
        "Thanked. In the next two weeks, tell {introducer} what came of it — one concrete "
        "outcome makes them glad they did it."
    ),
    Stage.REPORTED: (
        "Loop closed: {introducer} heard what came of their intro. That's how the next one happens."
    ),
}


def next_step_text(intro: Intro, introducer: str) -> str | None:
    """One line for the card and the nudge: what to do next about this introduction."""
    template = NEXT_STEP.get(intro.stage)
    if template is None:
        return None
    who = intro.introduced or "them"
    to_who = f" to {intro.introduced}" if intro.introduced else ""
    return template.format(introducer=introducer, who=who, to_who=to_who)


def step_reply(intro: Intro, introducer: str) -> str:
    """What the bot says once the user records a step."""
    who = f" {intro.introduced}" if intro.introduced else ""
    to_who = f" to {intro.introduced}" if intro.introduced else ""
    template = STAGE_REPLY.get(intro.stage, "Noted.")
    return template.format(introducer=introducer, to_who=to_who, who=who)


# --- reading an intro ask from words --------------------------------------------------------

_INTRO_ASK = re.compile(
    r"\b(?:introduce\s+me|introduce\s+us|an?\s+intro(?:duction)?s?\b|intro(?:duction)?\s+to"
    r"|connect\s+me\s+(?:with|to)|put\s+me\s+in\s+touch)",
    re.IGNORECASE,
)
_INTRODUCED = re.compile(
    r"\b(?:introduce\s+me\s+to|intro(?:duction)?\s+to|connect\s+me\s+(?:with|to)"
    r"|put\s+me\s+in\s+touch\s+with|introduce\s+(?!me\b|us\b))\s*(?P<who>[^.?!;,\n]+)",
    re.IGNORECASE,
)
_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^<>]*)?>")
_WHO_MAX_WORDS = 8
_TRAILING = re.compile(r"\s+(?:please|for me|if you can|when you can|sometime)\s*$", re.IGNORECASE)


def is_intro_ask(text: str) -> bool:
    """Whether logged words ask for an introduction ("could you introduce me to…", "an intro
    to…", "connect me with…")."""
    return bool(_INTRO_ASK.search(text))


def introduced_in(text: str, *, introducer_mention: str | None = None) -> str | None:
    """Who the user wants to meet, when the words say: a Slack mention, or a short phrase
    ("someone in data platform"). The introducer's own mention is never the answer."""
    match = _INTRODUCED.search(text)
    if not match:
        return None
    who = match.group("who").strip()
    mentions = [m for m in _MENTION.findall(who) if m != introducer_mention]
    if mentions:
        return mentions[0]
    who = _MENTION.sub("", who).strip()
    who = _TRAILING.sub("", who).strip()
    words = who.split()
    if not words:
        return None
    return " ".join(words[:_WHO_MAX_WORDS])


# --- follow-through ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerOutcome:
    """What follows an answer: a follow-up to log, when to ask again, whether the ask is closed."""

    closed: bool
    followup: str | None = None
    ask_again_at: datetime | None = None
    reply: str = ""


def answer_prompt_at(made_at: datetime) -> datetime:
    return made_at + ANSWER_WAIT


def after_answer(answer: Answer, *, person: str, topic: str, now: datetime) -> AnswerOutcome:
    """The next step after the user tells us the answer to an ask about `topic`."""
    if answer is Answer.YES:
        return AnswerOutcome(
            closed=True,
            followup=f"Thank {person} and follow through on: {topic}",
            reply=(
                f"A yes — well done. I've added a follow-up: thank {person} and deliver on it. "
                "Coming back with the result is what earns the next yes."
            ),
        )
    if answer is Answer.NOT_YET:
        return AnswerOutcome(
            closed=False,
            ask_again_at=now + NOT_YET_WAIT,
            reply=(
                f"Not yet is not no. I'll put a gentle follow-up with {person} on your card "
                "in a week — ask what would help them decide."
            ),
        )
    return AnswerOutcome(
        closed=True,
        reply=(
            f"A no is an answer, and you asked — that counts. Next time with {person}, try a "
            "different kind of ask: feedback or their view on an idea is easy to say yes to."
        ),
    )


def gentle_followup_due(answer: Answer | None, answered_at: datetime | None, now: datetime) -> bool:
    """A "not yet" ask comes back on the card as a gentle follow-up once its wait is over."""
    if answer is not Answer.NOT_YET or answered_at is None:
        return False
    return now - answered_at >= NOT_YET_WAIT


# --- promises ---------------------------------------------------------------------------------

_PROMISE = re.compile(
    r"(?:^|[\s,;:(])(?:I'll|I\s+will|I’ll|Ill)\s+(?:send|share|get|write|draft|review|"
    r"follow\s+up|look|check|set\s+up|intro(?:duce)?|forward|put\s+together|prepare|"
    r"find|make|do|take|help|book|schedule|ping|loop|circle|come\s+back)\b",
    re.IGNORECASE,
)
_BY_WHEN = re.compile(
    r"\bby\s+(?P<when>[A-Za-z]+|\d{4}-\d{1,2}-\d{1,2})\s*[.!]?\s*$", re.IGNORECASE
)


def is_promise(text: str) -> bool:
    """Words in which the user commits to do something ("I'll send Dana the deck")."""
    return bool(_PROMISE.search(text))


def deliver_by_in(text: str, *, today: date) -> date | None:
    """A date the words end on ("… by fri", "… by 2026-12-04", "… by tomorrow"), if any."""
    match = _BY_WHEN.search(text)
    if not match:
        return None
    word = match.group("when")
    if not (is_day(word.lower()) or word.lower() in ("today", "tomorrow") or word[0].isdigit()):
        return None
    try:
        return parse_date(word, today=today)
    except InputError:
        return None


def promise_due(kind: EntryKind, text: str, *, today: date) -> date | None:
    """The deliver-by date of a logged promise: `gave` with a due date, or "I'll …" (a date in
    the words, else a few days). None when the entry promises nothing."""
    when = deliver_by_in(text, today=today)
    if kind is EntryKind.GAVE:
        return when
    if kind in (EntryKind.NOTE, EntryKind.FOLLOWUP) and is_promise(text):
        return when or today + timedelta(days=PROMISE_DEFAULT_DAYS)
    return None


def reminder_at(deliver_by: date, *, tz: str, now: datetime) -> datetime:
    """The morning of the deliver-by day (local time), never within a couple of hours of now."""
    morning = datetime.combine(deliver_by, REMINDER_TIME, tzinfo=ZoneInfo(tz))
    return max(morning.astimezone(now.tzinfo), now + REMINDER_MIN_LEAD)


def kind_to_log(kind: EntryKind, *, promised: bool) -> EntryKind:
    """A promise waits as something the user owes (a follow-up) until it is delivered; then
    it becomes what they gave, and only then does the balance count it."""
    return EntryKind.FOLLOWUP if promised else kind


#: What a delivered promise is in the journal and the balance.
DELIVERED_KIND = EntryKind.GAVE


# --- what a newly logged entry starts ------------------------------------------------------


class Track(StrEnum):
    INTRO = "intro"
    ASK = "ask"
    PROMISE = "promise"


@dataclass(frozen=True)
class Plan:
    """How to store a logged entry and what to follow: its kind (a promise waits as a
    follow-up), which pipeline, who is introduced, the deliver-by date, and the first prompt."""

    kind: EntryKind
    track: Track | None = None
    introduced: str | None = None
    deliver_on: date | None = None
    prompt_at: datetime | None = None


def plan_for(
    kind: EntryKind,
    text: str,
    *,
    now: datetime,
    tz: str,
    intro: bool = False,
    introducer_mention: str | None = None,
) -> Plan:
    """What following a logged entry means. `intro` is set by an `intro:` prefix or a
    suggested introduction; an ask whose words ask for one counts too."""
    if intro or (kind is EntryKind.ASK and is_intro_ask(text)):
        return Plan(
            kind=EntryKind.ASK,
            track=Track.INTRO,
            introduced=introduced_in(text, introducer_mention=introducer_mention)
            or _after_to(text, introducer_mention),
            prompt_at=now + MADE_WAIT,
        )
    if kind is EntryKind.ASK:
        return Plan(kind=kind, track=Track.ASK, prompt_at=answer_prompt_at(now))
    today = now.astimezone(ZoneInfo(tz)).date()
    due = promise_due(kind, text, today=today)
    if due is not None:
        return Plan(
            kind=kind_to_log(kind, promised=True),
            track=Track.PROMISE,
            deliver_on=due,
            prompt_at=reminder_at(due, tz=tz, now=now),
        )
    return Plan(kind=kind)


_LEADING_PERSON = re.compile(r"^\s*(?:<@[UW][A-Z0-9]+(?:\|[^<>]*)?>|@\S+)\s*")


def _after_to(text: str, introducer_mention: str | None) -> str | None:
    """`intro: @dana to someone in data platform` — who comes after "to"."""
    rest = _LEADING_PERSON.sub("", text, count=1)
    if rest.lower().startswith("to "):
        return introduced_in("intro " + rest, introducer_mention=introducer_mention)
    return None


_TOPIC_WORDS = 8


def topic_of(text: str) -> str:
    """A logged item named by its first few words, never pasted whole (design §4)."""
    words = _LEADING_PERSON.sub("", text, count=1).split()
    short = " ".join(words[:_TOPIC_WORDS]).strip(" .!?;:,")
    return f"\u201c{short}\u2026\u201d" if len(words) > _TOPIC_WORDS else f"\u201c{short}\u201d"


# --- the next step, for the card, App Home and the prompt -----------------------------------


@dataclass(frozen=True)
class Followed:
    """One followed entry as the coaching logic sees it."""

    entry_id: int
    track: Track
    text: str
    intro: Intro | None = None
    answer: Answer | None = None
    answered_at: datetime | None = None
    deliver_on: date | None = None


@dataclass(frozen=True)
class NextStep:
    """What to do next about one entry: a line to show, and the buttons that record it.

    `buttons` are (label, step) pairs where step is a `Stage`, an `Answer`, or "delivered".
    """

    entry_id: int
    label: str
    text: str
    buttons: tuple[tuple[str, str], ...]


DELIVERED = "delivered"

ANSWER_BUTTONS = (
    ("Yes", Answer.YES.value),
    ("Not yet", Answer.NOT_YET.value),
    ("No", Answer.NO.value),
)


def next_step(item: Followed, *, person: str, topic: str, now: datetime) -> NextStep | None:
    """The next step of one followed entry, or None when there is nothing to do about it now."""
    if item.track is Track.INTRO and item.intro is not None:
        line = next_step_text(item.intro, person)
        following = next_stage(item.intro.stage)
        if line is None or following is None:
            return None
        deadline = due_by(item.intro)
        if deadline is not None and deadline < now:
            line += " (it's overdue — late is still far better than never)"
        label = f"Intro to {item.intro.introduced}" if item.intro.introduced else "Intro"
        return NextStep(item.entry_id, label, line, ((NEXT_BUTTON[item.intro.stage], following),))
    if item.track is Track.ASK:
        if item.answer is None:
            return NextStep(
                item.entry_id,
                "Waiting on an answer",
                f"What did {person} say to {topic}?",
                ANSWER_BUTTONS,
            )
        if gentle_followup_due(item.answer, item.answered_at, now):
            return NextStep(
                item.entry_id,
                "Gentle follow-up",
                f"A week on from \u201cnot yet\u201d: ask {person} what would help them decide "
                f"on {topic}.",
                ANSWER_BUTTONS,
            )
        return None
    if item.track is Track.PROMISE and item.deliver_on is not None:
        return NextStep(
            item.entry_id,
            f"You promised, by {item.deliver_on:%a} {item.deliver_on.day} {item.deliver_on:%b}",
            f"Deliver on {topic} — a kept promise is what you give.",
            (("Delivered", DELIVERED),),
        )
    return None


def prompt_text(item: Followed, *, person: str, topic: str) -> str:
    """The DM that comes when a prompt is due."""
    if item.track is Track.INTRO and item.intro is not None:
        return next_step_text(item.intro, person) or "Your introduction is complete."
    if item.track is Track.ASK:
        return (
            f"A few days ago you asked {person} about {topic}. What was the answer? "
            "Knowing it helps me suggest the right next ask."
        )
    return f"Today's the day you said you'd deliver: {topic}. Done already? Mark it."


#: A "no" steers the cards that follow it for this long.
AFTER_NO_WINDOW = timedelta(days=30)


def after_no_note(person: str, text: str) -> str:
    """The card's note after a no: the user asked, which counts; now a different kind of ask."""
    return (
        f"{person} said no to {topic_of(text)} — asking was right. This time try a different "
        "kind of ask: their feedback on your work, or their view on an idea, is easy to say yes to."
    )
