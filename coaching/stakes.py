"""What is at stake for the user before and at this 1:1, ranked by when it bites.

A card built from standing rules (give first, chase the oldest ask) misses what matters most on
people nobody tuned it for: a match-funding deadline two days off, study leave for an exam next
month, the one open ask a goal hangs on, a note due tomorrow. This module reads the context once
and lists those stakes, each with the day it matters (when there is one) and the reason in plain
words, ranked by *when it bites* (overdue, today, before the meeting, this week, later, undated)
and then by *what rides on it* (the goal, then the counterpart's stated priority, then the rest).
`coaching.asks` leads the card with the top stake when one is pressing, and applies its standing
rules only below it.

Pure and deterministic: the clock is `ctx.now`, the meeting is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import IntEnum, StrEnum
from zoneinfo import ZoneInfo

from coaching.agenda_points import OUTSIDE_OFFER, asks_for_answer, weighs_telling
from coaching.answers import granted, put_off_until
from coaching.ask_signals import (
    ASKING_STEMS,
    DELIVERABLE,
    GOAL_OVERLAP,
    SAID_AGAIN,
    Dated,
    content_stems,
    resting,
    touches,
)
from coaching.due import (
    TO_HAVE_READY,
    day_text,
    deadline_date,
    declined_name,
    due_date,
    handed_to_them,
    is_event,
    names_a_session,
    names_month_only,
    owed_by_them,
)
from coaching.items import plain_text
from coaching.model import HONORIFICS, CoachingContext, Entry, EntryKind, EntryStatus, Role
from coaching.recurrence import next_occurrence
from coaching.timing import days_until


class When(IntEnum):
    """How soon a stake bites; lower comes first."""

    OVERDUE = 0
    TODAY = 1
    BEFORE_MEETING = 2
    THIS_WEEK = 3
    LATER = 4
    UNDATED = 5


class Rides(IntEnum):
    """What rides on a stake; lower weighs more."""

    GOAL = 0
    PRIORITY = 1
    OTHER = 2


class StakeKind(StrEnum):
    PROMISE = "promise"  # an open follow-up the user owes them
    DEADLINE = "deadline"  # a dated line: an open ask, a note, a talking point, their priority
    GOAL_ASK = "goal_ask"  # the open ask the goal hangs on, undated
    WIN = "win"  # a fresh win, where the counterpart decides on the user's work
    PRIORITY = "priority"  # their stated priority, which a point or a win of the user's serves


@dataclass(frozen=True)
class Stake:
    """One thing at stake: what kind, the entry it comes from (None: the goal itself), the day it
    matters, how soon it bites and what rides on it, and why now in a few plain words."""

    kind: StakeKind
    entry: Entry | None
    day: date | None
    when: When
    rides: Rides
    why: str
    #: Whole days since the entry was logged (0 for the goal).
    age: int = 0
    #: The open ask this stake is about, when it is one or a line of the user's touches one.
    ask: Entry | None = None
    #: The day is a whole month ("the exam in Dec"): said as the month, not its first day.
    month_only: bool = False

    #: Whole days from today to the day (negative: passed); None when undated.
    days_left: int | None = None
    #: The user's own talking point chases it again (not yet asked again: a point is a plan).
    again: bool = False
    #: How many logged asks are about it (this one included): "twice" only when two are.
    asked: int = 1

    @property
    def pressing(self) -> bool:
        """Whether it outranks the card's standing rules: it bites by the end of the week or
        before the meeting, or the goal rides on it (the open ask the goal hangs on, or a dated
        step towards it within a month)."""
        if self.kind in (StakeKind.WIN, StakeKind.PRIORITY):
            return False
        if self.when <= When.THIS_WEEK or self.kind is StakeKind.GOAL_ASK:
            return True
        soon = self.days_left is not None and self.days_left <= LATER_DAYS
        return self.rides is Rides.GOAL and soon

    def sort_key(self) -> tuple[int, bool, int, int, int]:
        """When it bites, then a named day before a whole month ("CARTA!! preciso até domingo
        29" before a shadow day "in December" the goal rides on: round 22), then what rides on
        it, then the earlier day, then the older line."""
        day = self.day.toordinal() if self.day else 10**7
        return (self.when, self.month_only, self.rides, day, self.entry.id if self.entry else 0)


#: A deadline in a note or an ask further off than this is not this card's business yet.
LATER_DAYS = 31
#: A deadline in a note, point or ask that passed longer ago than this is history, not a stake.
PASSED_DAYS = 7
#: A note this old no longer speaks for what is coming.
NOTE_DAYS = 45
#: A win this fresh is worth putting to use with someone who decides on the user's work.
FRESH_WIN_DAYS = 14
#: An ask the goal hangs on is worth chasing from this age.
GOAL_ASK_DAYS = 7
WIN_ROLES = frozenset({Role.MANAGER, Role.SKIP, Role.SPONSOR})

#: "still owe her the moderation sample", "promised Jo the photos": owed, whatever the verb.
_OWED = re.compile(r"(?i)\b(?:still\s+)?owe[sd]?\b|\bpromised\b|\bi'?ll\s+(?:send|bring)\b")
#: A goal that is an exam or a qualification, and lines that are about sitting one: study leave
#: for the exam is what the goal hangs on, though they share no word.
_EXAM_GOAL = re.compile(
    r"(?i)\b(?:pass\w*|exams?|qualif\w*|certif\w*|licen[cs]\w*|diploma|chartered|accredit\w*)\b"
)
_EXAM_LINE = re.compile(r"(?i)\b(?:exams?|study leave|study days?|revision|resits?|mocks?)\b")
#: A capitalised word inside a line (not its first): a place, a site, a programme ("Leith",
#: "ACA"), which ties a line to a goal that names it though nothing else is shared.
_PROPER = re.compile(r"(?<=[\w,;:] )[A-Z][A-Za-z0-9]{2,}\b")
_COMMON_CAPS = frozenset({"The", "And", "But", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"})


def _proper_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _PROPER.findall(text) if w not in _COMMON_CAPS)


def on_goal(text: str, goal: str, people: Iterable[str] = ()) -> bool:
    """Whether a line is about the goal: two content words shared, a name the goal gives
    ("the Leith site") other than a person's (`people`: "when Ken retires" is not about Ken's
    van), or an exam goal and a line about sitting it ("study leave")."""
    if not goal.strip():
        return False
    if len(content_stems(text) & content_stems(goal)) >= 2:
        return True
    named = _proper_words(text) & _proper_words(f"x {goal}")
    if named - {w.lower() for person in people for w in person.split()}:
        return True
    return bool(_EXAM_GOAL.search(goal) and _EXAM_LINE.search(text))


def _when(day: date, today: date, meeting: date | None) -> When:
    if day < today:
        return When.OVERDUE
    if day == today:
        return When.TODAY
    if meeting is not None and day <= meeting:
        return When.BEFORE_MEETING
    if (day - today).days <= 7:
        return When.THIS_WEEK
    return When.LATER


_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def left_words(day: date, today: date, *, month_only: bool = False) -> str:
    """How far off a day is, as a person says it: "today", "tomorrow", "in two days",
    "a week today", "a week tomorrow", "in 12 days", "three days ago"; a whole month
    ("the exam in Dec") as "from next week" or "next month"."""
    days = (day - today).days
    if month_only:
        if days <= 0:
            return "this month"
        return "from next week" if days <= 7 else "next month"
    if days < -1:
        return f"{_NUMBERS.get(-days, str(-days))} days ago"
    named = {-1: "yesterday", 0: "today", 1: "tomorrow", 7: "a week today", 8: "a week tomorrow"}
    if days in named:
        return named[days]
    return f"in {_NUMBERS.get(days, str(days))} days"


def say_day(stake: Stake, today: date) -> str:
    """The stake's day as the card says it: "Sat 28 Nov", or "December" for a whole month."""
    if stake.day is None:
        return ""
    if stake.month_only:
        return f"{stake.day:%B}"
    return day_text(stake.day, today)


def _people(ctx: CoachingContext) -> tuple[str, ...]:
    """Who a line or the goal may name that is not a place or a programme: the counterpart and
    anyone the entries mention."""
    return (ctx.relationship.full_label, *ctx.names.values())


def _rides(text: str, goal: str, priorities: Iterable[str], people: Iterable[str] = ()) -> Rides:
    if on_goal(text, goal, people):
        return Rides.GOAL
    if any(touches(text, p) for p in priorities):
        return Rides.PRIORITY
    return Rides.OTHER


def _age(entry: Entry, now: datetime) -> int:
    return max(0, (now - entry.created_at).days)


def _touching_ask(
    entry: Entry, asks: list[Entry], goal: str, people: Iterable[str] = ()
) -> Entry | None:
    """The open ask a dated note or point of the user's speaks about ("need an answer before
    the 28th" beside the ask for match funding): shared content, or both about the goal."""
    if entry.kind is EntryKind.ASK:
        return entry
    for ask in asks:
        shared = content_stems(entry.text) & content_stems(ask.text)
        if touches(entry.text, ask.text) or (shared and on_goal(entry.text, goal, people)):
            return ask
    return None


def session_after(entry: Entry, ctx: CoachingContext) -> date | None:
    """For a promise tied to a 1:1 ("before wednesday session", "B said before next time"): the
    day of the first 1:1 after it was logged, on the series' clock — the coming one, or one
    already past, when the promise fell overdue. None for any other line."""
    if not names_a_session(entry.text):
        return None
    spec = next(iter(ctx.series), None)
    start = next_occurrence(spec, after=entry.created_at) if spec is not None else None
    return start.astimezone(ZoneInfo(spec.tz)).date() if start is not None else None


def promise_due(entry: Entry, ctx: CoachingContext) -> date | None:
    """The day a promise is due, a 1:1 it is tied to included (`due.due_date`)."""
    return due_date(entry.text, entry.created_at, ctx.now, session_after(entry, ctx))


#: A decision the user is to make by a day ("paternité ?? décider avant jeudi prochain", "decide
#: by tmrw"): the day is theirs, not one to settle with the counterpart (round 24 told a user to
#: message the partner deciding her promotion about IVF "today"). Not "need S to decide".
_OWN_DECISION = re.compile(
    r"(?i)(?<!\bto )(?<!\bS to )\b(?:decide|décider|decidir|decidere|entscheiden|beslissen"
    r"|zdecydować|decidi)\b(?!\s+(?:on|about)\s+(?:my|the)\s+(?:request|ask))"
)


#: A line naming an event with nothing to have ready for it is no deadline: a note of the day
#: it happens ("GP heute abend, Premiere Sa 28.11.": round 27 asked a mentor "what do you need
#: from me for it?"), or any line on the 1:1's own day that speaks of the meeting ("first call mon
#: 30th 2pm", round 23). "CRA monitoring visit Tue Dec 1 — source docs need to be ready" is one.
_AN_EVENT = re.compile(
    r"(?i)\b(?:premi[eè]re|opening night|show|concert|rehearsal|probe|gp|gala|wedding|party"
    r"|fair|conference|visit|meeting|mtg|call|interview|hearing|trip|flight|match|game|launch"
    r"|festival|ceremony|graduation|kick-?off|away\s*day|offsite|1:1|1-1|121|one[- ]to[- ]one"
    r"|catch[- ]?up|session|chat|coffee|supervision|check[- ]?in|mentoring|intro|meet"
    r"|peak\s+start|starts?|nights?"
    # the trade's big days, said as a day that comes, not a thing due (round 44: "jutro Black
    # Friday. Boże dopomóż" was "one thing is due tomorrow")
    r"|black\s+friday|cyber\s+monday|prime\s+day|boxing\s+day|stocktake|inventur|inwentaryzacja"
    # the same said in Spanish and Portuguese: "el 3/12 estreno. respirá." (round 48)
    r"|estreno|estreia|funci[oó]n|boda|casamento|concierto|concerto|partido|viaje|viagem|vuelo|voo"
    r"|entrevista|reuni[oó]n|reunião|visita|feria|congreso|congresso|premiera|spotkanie|wesele)\b"
)


def only_an_event(text: str) -> bool:
    """Whether a dated line names an event and nothing to have ready for it."""
    return bool(_AN_EVENT.search(text)) and not TO_HAVE_READY.search(text)


#: Words in quotation marks: what someone said, not when something of the user's is due.
_QUOTED = re.compile(r"(?<![\w'’])['‘\"“][^'’\"”]{1,60}['’\"”](?![\w'’])")


def read_stakes(ctx: CoachingContext, meeting_at: datetime | None = None) -> tuple[Stake, ...]:
    """Everything at stake with this person, most pressing first (see the module docstring)."""
    now = ctx.now
    today = now.date()
    meeting = None
    if meeting_at is not None:  # the day the header counts to, on the series' clock
        tz = next((spec.tz for spec in ctx.series), None)
        meeting = today + timedelta(days=days_until(meeting_at, now, tz))
    rid = ctx.relationship.id
    mine = [
        e
        for e in ctx.entries
        if e.relationship_id == rid or (e.relationship_id is None and e.kind is EntryKind.AGENDA)
    ]
    is_open = EntryStatus.OPEN
    asks = sorted(
        (e for e in mine if e.kind is EntryKind.ASK and e.status is is_open),
        key=lambda e: e.created_at,
    )
    priorities = [e.text for e in mine if e.kind is EntryKind.PRIORITY and e.status is is_open]
    found: list[Stake] = []
    for entry in mine:
        stake = _stake_of(entry, ctx, today, meeting, asks, priorities)
        if stake is not None:
            found.append(stake)
    found.extend(_goal_date(ctx, today, meeting))
    found.extend(_goal_asks(asks, found, ctx, today))
    found.extend(_wins(mine, ctx, today))
    found.extend(served_priority(ctx))
    return tuple(sorted(_one_per_ask(found), key=Stake.sort_key))


def _stake_of(
    entry: Entry,
    ctx: CoachingContext,
    today: date,
    meeting: date | None,
    asks: list[Entry],
    priorities: list[str],
) -> Stake | None:
    """A promise owed, or a dated line (an open ask, a recent note, an open point or priority)."""
    if not _may_be_a_stake(entry):
        return None  # most of a long history: closed asks, gifts, wins, done follow-ups
    goal, age = ctx.goal or "", _age(entry, ctx.now)
    is_open = entry.status is EntryStatus.OPEN
    followup = entry.kind is EntryKind.FOLLOWUP and is_open
    who = ctx.relationship.full_label
    # only the user's promise to them is one (`handed_to_them`); theirs to do ("need J to sign
    # the form before 1 Dec") is a dated line to agree; an event or a thing owed elsewhere is
    # neither (the latter stays the user's deadline at the top of the card)
    promise = followup and handed_to_them(plain_text(entry.text, ctx.names), who)
    theirs = followup and not is_event(entry.text) and owed_by_them(entry.text, who)
    # their priority's date is when it matters to them ("two leaving end of month"), not a
    # deadline of the user's: it stays a way to give (`served_priority`)
    datable = (EntryKind.ASK, EntryKind.AGENDA)
    dated_line = (
        (entry.kind in datable and is_open)
        or theirs
        or (entry.kind is EntryKind.NOTE and age <= NOTE_DAYS)
    )
    if not (promise or dated_line):
        return None  # read no day from lines that cannot be a stake (most of a long history)
    if promise:
        day = promise_due(entry, ctx)
    else:
        asked = entry.kind is EntryKind.ASK
        # a note's quoted words are someone else's ("Marek znowu 'w przyszłym tygodniu'": his
        # promise to pay, read as "due tomorrow", round 47): no deadline of the user's
        said = _QUOTED.sub(" ", entry.text) if entry.kind is EntryKind.NOTE else entry.text
        day = deadline_date(said, entry.created_at, ctx.now, asked=asked)
        made = entry.created_at
        logged = (made.astimezone(ctx.now.tzinfo) if ctx.now.tzinfo else made).date()
        if entry.kind is EntryKind.NOTE and day is not None and day <= logged:
            day = None  # "front desk again today": what happened that day, not a deadline
    if not promise and (
        day is None or (today - day).days > PASSED_DAYS or (day - today).days > LATER_DAYS
    ):
        return None
    if not promise and day == meeting and only_an_event(entry.text):
        return None  # "first call mon 30th 2pm": the 1:1 itself, not a day anything is due
    if not promise and _OWN_DECISION.search(entry.text):
        return None  # "IVF / Jan flexibility — maybe?? decide by tmrw": theirs to decide, alone
    if entry.kind is EntryKind.AGENDA and weighs_telling(entry.text):
        return None  # "the Dean thing. raise w Craig or HR first?? + roster due tmrw": whether
        # to tell is weighed, never sent as "with the Dean thing due today" (round 55)
    if entry.kind is EntryKind.NOTE and only_an_event(entry.text):
        return None  # "GP heute abend, Premiere Sa 28.11.": a day it happens, nothing to settle
    if entry.kind is EntryKind.NOTE and (
        _KEPT_FROM_THEM.search(entry.text) or OUTSIDE_OFFER.search(entry.text)
    ):
        return None  # "offer from another chain, answer by 7 Dec. Selin Hn bilmiyor": a day
        # they don't know of, never the day an ask to them is settled by (round 57)
    if entry.kind is EntryKind.NOTE and _hoped_for(entry.text):
        return None  # "Lwazi says test sheets done tmrw hopefully": a hope, not a day to settle
    rides = _rides(entry.text, goal, priorities, _people(ctx))
    if promise:
        if day is None:  # a thing to hand over bites before the meeting; a reminder, undated
            plain = plain_text(entry.text, ctx.names)
            handover = DELIVERABLE.match(plain) or _OWED.search(plain)
            when = When.BEFORE_MEETING if handover else When.UNDATED
            why = f"promised {_since(entry.created_at, today)}"
            return Stake(StakeKind.PROMISE, entry, None, when, rides, why, age)
        when = _when(day, today, meeting)
        why = f"it was due {day_text(day, today, dated=True)}" if day < today else ""
        why = why or f"it's due {left_words(day, today)}"
        return _dated(Stake(StakeKind.PROMISE, entry, day, when, rides, why, age), today)
    month = names_month_only(entry.text)
    stake = Stake(
        StakeKind.DEADLINE,
        entry,
        day,
        _when(day, today, meeting) if not month else _month_when(day, today, meeting),
        rides,
        "",
        age,
        ask=_touching_ask(entry, asks, goal, _people(ctx)),
        month_only=month,
    )
    return _dated(stake, today)


#: A note the user keeps from them: "Selin Hn bilmiyor", "she doesn't know yet", "no lo sabe",
#: "não contei pra ela", "haven't told him", "weiß es noch nicht", "知らない".
_KEPT_FROM_THEM = re.compile(
    # someone named or she/he/they, never "I don't know if budget is still there"
    r"\b(?:(?i:she|he|they)|[A-ZÇĞİÖŞÜ][\w'’-]+(?:\s+(?i:hn|hanım|bey|şef|sef))?)\s+(?i:doesn'?t"
    r"|does\s+not|don'?t)\s+(?i:know)\b(?!\s+(?i:if|whether))"
    r"|(?i:\b(?:haven'?t|have\s+not|not\s+yet|never)\s+told\s+(?:her|him|them)\b)"
    r"|\b[A-ZÇĞİÖŞÜ][\w'’-]+(?:\s+(?i:hn|hanım|bey|şef|sef))?\s+(?i:bilmiyor)\b"
    r"|(?i:\b(?:ela|ele|ella|él)\s+n[ãao]o?\s+(?:lo\s+|la\s+)?sabe\b|\bn[ãa]o\s+(?:contei|falei)\s+"
    r"(?:pra|para|a|com)\s+(?:ela|ele)\b|\b(?:sie|er)\s+wei(?:ß|ss)\s+(?:es\s+|das\s+)?(?:noch\s+)?"
    r"nichts?\b(?!\s+ob)|\b(?:ona|on)\s+nie\s+wie\b(?!\s+czy)|\belle\s+ne\s+(?:le\s+)?sait\s+pas\b)"
    r"|(?:部長|課長|さん|先生)(?:は|が)?(?:まだ)?知らない|まだ言ってない"
)
#: A day hoped for, not set (round 52 asked "test sheets is due today — can we agree …?" of a
#: note that Lwazi hoped to finish them tomorrow).
_HOPED = re.compile(
    r"(?i)\b(?:hopefully|fingers\s+crossed|with\s+luck|if\s+all\s+goes\s+well|ojal[aá]"
    r"|oby|mam\s+nadziej[eę]|tomara|se\s+deus\s+quiser|hoffentlich|j'esp[eè]re)\b|🤞"
)


#: The hope is about getting a thing done ...
_DONE_BY_THEN = re.compile(r"(?i)\b(?:done|ready|finished|sorted|fixed|signed|complete[d]?|sent)\b")
#: ... not about a day set from outside: "funding bid closes tmrw 5pm 🤞", "CQC inspection
#: Thurs 3 Dec, fingers crossed", "demo moved to Fri 27 Nov - hopefully we're ready".
_SET_FROM_OUTSIDE = re.compile(
    r"(?i)\b(?:clos(?:es|ing)|deadline|due|expires?|inspection|audit|visit|demo|launch|moved\s+to"
    r"|cierre|entrega|abgabe|frist|prazo|termin)\b"
)


def _hoped_for(text: str) -> bool:
    return bool(
        _HOPED.search(text) and _DONE_BY_THEN.search(text) and not _SET_FROM_OUTSIDE.search(text)
    )


def _may_be_a_stake(entry: Entry) -> bool:
    """Whether `_stake_of` can find anything in the line, by its kind and status alone: an open
    follow-up (a promise, or theirs to do), an open ask or point, or a note (a recent one)."""
    if entry.kind is EntryKind.NOTE:
        return True
    is_open = entry.status is EntryStatus.OPEN
    return is_open and entry.kind in (EntryKind.FOLLOWUP, EntryKind.ASK, EntryKind.AGENDA)


def _goal_date(ctx: CoachingContext, today: date, meeting: date | None) -> list[Stake]:
    """A deadline the goal itself names ("apply before the panel closes on 4 Dec"), within a
    month: the goal is what rides on it. Read from today, as the goal is meant now."""
    goal = ctx.goal or ""
    day = deadline_date(goal, ctx.now, ctx.now) if goal.strip() else None
    if day is None or day < today or (day - today).days > LATER_DAYS:
        return []
    month = names_month_only(goal)
    when = _month_when(day, today, meeting) if month else _when(day, today, meeting)
    stake = Stake(StakeKind.DEADLINE, None, day, when, Rides.GOAL, "", month_only=month)
    return [_dated(stake, today)]


def _month_when(day: date, today: date, meeting: date | None) -> When:
    """A whole month ("exam in Dec") bites from its first day, but is never "overdue" in it."""
    if day <= today:
        return When.THIS_WEEK
    return _when(day, today, meeting)


def _dated(stake: Stake, today: date) -> Stake:
    """The stake with its days left and, for a deadline, why now in words."""
    assert stake.day is not None
    left = (stake.day - today).days
    why = stake.why
    if not why:
        when = left_words(stake.day, today, month_only=stake.month_only)
        why = f"{say_day(stake, today)}, {when}" if stake.month_only else ""
        why = why or f"{day_text(stake.day, today, dated=True)}, {when}"
    return replace(stake, why=why, days_left=left)


def _goal_asks(
    asks: list[Entry], found: list[Stake], ctx: CoachingContext, today: date
) -> list[Stake]:
    """The open asks the goal hangs on, undated, oldest first: what the card chases ahead of an
    older small ask. Their why counts how often the user has raised it."""
    goal = ctx.goal or ""
    dated = {s.ask.id for s in found if s.ask is not None}
    points = [
        e.text
        for e in ctx.entries
        if e.kind is EntryKind.AGENDA
        and e.status is EntryStatus.OPEN
        and e.relationship_id in (None, ctx.relationship.id)
    ]
    logged = [
        e
        for e in ctx.entries
        if e.kind is EntryKind.ASK and e.relationship_id == ctx.relationship.id
    ]
    who = ctx.relationship.full_label
    out = []
    for ask in asks:
        age = _age(ask, ctx.now)
        if ask.id in dated or age < GOAL_ASK_DAYS or not on_goal(ask.text, goal, _people(ctx)):
            continue
        if put_off_until(ask.text, ask.created_at.date(), today) is not None:
            continue  # "she said after exam result": chasing it asks what was answered
        if granted(ask.text):
            continue  # "her ops mgr OK'd 1 driver": settled in a later note (round 58)
        if resting(Dated(ask, age), ctx.relationship.role):
            continue  # a mentor's "vamos ver" of last week is still theirs to mull
        again = [
            p
            for p in points
            if touches(p, ask.text)
            or _shares_name(p, ask.text)
            # "PV-Kolonne + Auto - endlich antwort?": a named thing of it, and its answer asked for
            or (asks_for_answer(p) and _same_thing(p, ask.text))
        ]
        # the same ask again shares its content, not only a name: "lead the CQC mock walkround"
        # is not a second ask for "a study day … 'after CQC'" (round 20: "asked twice")
        times = sum(1 for a in logged if a.id == ask.id or _asked_again(a.text, ask.text, who))
        why = f"asked {_since(ask.created_at, today)}"
        if again:
            why += " and on your agenda again"
        goal_ask = Stake(StakeKind.GOAL_ASK, ask, None, When.UNDATED, Rides.GOAL, why, age, ask=ask)
        out.append(replace(goal_ask, again=bool(again), asked=max(1, times)))
    return out


def _asked_again(one: str, other: str, counterpart: str) -> bool:
    """Two asks are the same one asked again: two words of what about shared, past the
    counterpart's name (in any of its forms) and the words of asking (round 59: a course's
    funding and a worry about gas checks, both "powiedział" to Zbyszek, were "asked twice")."""
    noise = ASKING_STEMS | content_stems(counterpart)
    mine = {s for s in content_stems(one) - noise if not declined_name(s, counterpart)}
    theirs = {s for s in content_stems(other) - noise if not declined_name(s, counterpart)}
    return len(mine & theirs) >= GOAL_OVERLAP


def _shares_name(a: str, b: str) -> bool:
    """Two lines name the same someone or something, and share a word of what about: not only
    a title ("Mrs A" on both) nor only a place ("salário Campinas" beside "as entrevistas da
    brigada de Campinas", round 54: "it's on your points again")."""
    names = (_proper_words(f"x {a}") & _proper_words(f"x {b}")) - _RESPECT
    if not names:
        return False
    about = content_stems(a) & content_stems(b)
    return bool(about - content_stems(" ".join(names))) or bool(SAID_AGAIN.search(a))


def _same_thing(point: str, ask: str) -> bool:
    """Two lines about the same thing: two words of it, or one named as a thing is written
    ("PV-Kolonne", "SEP D"), not a place or a shared word ("kitchen", "Campinas")."""
    if len(content_stems(point) & content_stems(ask) - _COMMON) >= 2:
        return True
    named = set(re.findall(r"\b[A-Z][\w]*-[\w-]+|\b[A-Z]{2,}\b", point))
    return any(n in ask for n in named)


#: Words of respect before a name, which name no one by themselves (the model's own list).
_RESPECT = frozenset(h.casefold() for h in HONORIFICS)
#: Words two lines share without being about the same thing.
_COMMON = content_stems("ask asked answer again still need want real")


def _since(instant: datetime, today: date) -> str:
    days = (today - instant.date()).days
    if days < 14:
        return f"on {instant:%a} {instant.day} {instant:%b}"
    if days < 60:
        return f"{days // 7} weeks ago"
    return f"in {instant:%B}"


def _wins(mine: list[Entry], ctx: CoachingContext, today: date) -> list[Stake]:
    """A fresh win, where the counterpart decides on or speaks for the user's work."""
    if ctx.relationship.role not in WIN_ROLES:
        return []
    goal = ctx.goal or ""
    wins = [e for e in mine if e.kind is EntryKind.WIN and _age(e, ctx.now) <= FRESH_WIN_DAYS]
    return [
        Stake(
            StakeKind.WIN,
            e,
            None,
            When.UNDATED,
            Rides.GOAL if on_goal(e.text, goal, _people(ctx)) else Rides.OTHER,
            f"logged {_since(e.created_at, today)}",
            _age(e, ctx.now),
        )
        for e in sorted(wins, key=lambda e: e.created_at, reverse=True)[:1]
    ]


def _one_per_ask(stakes: list[Stake]) -> list[Stake]:
    """Two lines about one open ask (the ask, and a point with its deadline) are one stake: the
    most pressing, so the card never chases the same thing twice."""
    best: dict[int, Stake] = {}
    out = []
    for stake in sorted(stakes, key=Stake.sort_key):
        if stake.ask is None:
            out.append(stake)
        elif stake.ask.id not in best:
            best[stake.ask.id] = stake
            out.append(stake)
    return out


def top_stake(stakes: Iterable[Stake]) -> Stake | None:
    """The stake that leads the card, when one outranks the standing rules."""
    return next((s for s in stakes if s.pressing), None)


def pressing(stakes: Iterable[Stake]) -> tuple[Stake, ...]:
    """The stakes that outrank the card's standing rules, most pressing first."""
    return tuple(s for s in stakes if s.pressing)


def served_priority(ctx: CoachingContext) -> list[Stake]:
    """Their open priorities that one of the user's open points or fresh wins serves: a stake
    for the give, weighed below the goal."""
    rid, now = ctx.relationship.id, ctx.now
    mine = [e for e in ctx.entries if e.relationship_id in (None, rid)]
    serving = [
        e
        for e in mine
        if (e.kind is EntryKind.AGENDA and e.status is EntryStatus.OPEN)
        or (e.kind is EntryKind.WIN and _age(e, now) <= FRESH_WIN_DAYS)
    ]
    out = []
    for p in mine:
        if p.kind is not EntryKind.PRIORITY or p.status is not EntryStatus.OPEN:
            continue
        if any(touches(e.text, p.text) for e in serving):
            why = f"named {_since(p.created_at, now.date())}"
            out.append(
                Stake(StakeKind.PRIORITY, p, None, When.UNDATED, Rides.PRIORITY, why, _age(p, now))
            )
    return out


__all__ = [
    "Rides",
    "Stake",
    "StakeKind",
    "When",
    "left_words",
    "on_goal",
    "pressing",
    "read_stakes",
    "say_day",
    "served_priority",
    "top_stake",
]
