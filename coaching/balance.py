"""The give-and-take of one relationship: what you did for them against what you asked of them.

Leverage runs both ways (design §1, idea 4). Senior people come to you for projects and tasks; the
balance shows whether you also go to them for what you need, and nudges when it tips too far either
way. Pure and deterministic: the current time always comes in as `now`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from coaching.model import (
    BalanceCounts,
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Role,
    spoken_of,
)

#: How far back the balance looks by default. Long enough to span a few 1:1s, short enough that
#: last year's favours do not excuse this quarter's silence.
DEFAULT_WINDOW = timedelta(days=90)

#: A relationship "leans" when one side is at least this many times the other ...
LEAN_RATIO = 2
#: ... and ahead by at least this many entries, so one stray log (1 against 0) never tips it.
LEAN_MIN_GAP = 2

Lean = Literal["give", "take", "even"]


@dataclass(frozen=True)
class Balance:
    """Counts over the window: `gave` = what you did for them, whoever started it; `asked` = what
    you asked of them."""

    gave: int
    asked: int

    @property
    def lean(self) -> Lean:
        """Which way the relationship tips: "give", "take" or "even".

        "give" when you have mostly been giving (time to ask), "take" when mostly asking (time to
        offer help).

        Leaning needs both a clear ratio (`LEAN_RATIO`, 2x) and a real gap (`LEAN_MIN_GAP`, 2),
        so 3 vs 1 leans but 1 vs 0 or 5 vs 4 does not.
        """
        if _leans(self.gave, self.asked):
            return "give"
        if _leans(self.asked, self.gave):
            return "take"
        return "even"


def _leans(more: int, less: int) -> bool:
    return more >= LEAN_RATIO * less and more - less >= LEAN_MIN_GAP


def as_utc(moment: datetime) -> datetime:
    """Naive datetimes are read as UTC, so a stray naive value compares instead of raising."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def in_window(entry: Entry, *, now: datetime, window: timedelta) -> bool:
    """Created within `window` before `now` (inclusive); entries stamped after `now` are ignored."""
    created, current = as_utc(entry.created_at), as_utc(now)
    return current - window <= created <= current


def balance(
    entries: Iterable[Entry], *, now: datetime, window: timedelta = DEFAULT_WINDOW
) -> Balance:
    """Count GAVE against ASK entries created within `window` before `now`.

    The caller passes the entries of one relationship; every other kind (notes, wins ...) is
    ignored because it says nothing about who helped whom.
    """
    recent = [e for e in entries if in_window(e, now=now, window=window)]
    return Balance(
        gave=sum(1 for e in recent if e.kind is EntryKind.GAVE),
        asked=sum(1 for e in recent if e.kind is EntryKind.ASK),
    )


def own_entries(ctx: CoachingContext) -> list[Entry]:
    """This relationship's entries (and unassigned ones), as every section of the card reads
    them — the asks, the optics note and the balance line count the same entries."""
    rid = ctx.relationship.id
    return [e for e in ctx.entries if e.relationship_id in (None, rid)]


def counts_of(ctx: CoachingContext, *, window: timedelta = DEFAULT_WINDOW) -> BalanceCounts:
    """The context's window counts, the one source of the card's numbers: as storage gave
    them, else counted from this relationship's entries (`own_entries`)."""
    if ctx.counts is not None:
        return ctx.counts
    own = own_entries(ctx)
    recent = [e for e in own if in_window(e, now=ctx.now, window=window)]
    b = balance(recent, now=ctx.now, window=window)
    return BalanceCounts(
        gave=b.gave,
        asked=b.asked,
        logged=sum(1 for e in recent if e.status is not EntryStatus.DISMISSED),
        total=len(own),
        first_logged=min(
            (e.created_at for e in own if e.status is not EntryStatus.DISMISSED),
            key=as_utc,
            default=None,
        ),
        open_asks=_open(own, EntryKind.ASK),
        open_followups=_open(own, EntryKind.FOLLOWUP),
    )


def _open(entries: Sequence[Entry], kind: EntryKind) -> int:
    return sum(1 for e in entries if e.kind is kind and e.status is EntryStatus.OPEN)


def times(count: int) -> str:
    """'once', 'twice', '3 times' — how people say a count out loud."""
    if count == 1:
        return "once"
    if count == 2:
        return "twice"
    return f"{count} times"


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def count_words(n: int) -> str:
    """'two', '12' — small counts as words, the way a person writes them."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def window_words(window: timedelta) -> str:
    """'the last 90 days', 'the last day' — the window as the card says it."""
    days = max(1, window.days)
    return "the last day" if days == 1 else f"the last {days} days"


@dataclass(frozen=True)
class Give:
    """A concrete thing to give, named by topic: their stated priority or what you promised them
    ("offer": the card's first suggestion is a give whose topic is not known here).

    `on_card` when the card's first suggested ask already makes this give, so the balance line
    points at it instead of restating it.
    """

    kind: Literal["priority", "promise", "offer", "noted"]
    topic: str = ""
    on_card: bool = False
    #: A promise due after the 1:1, by the day it is due ("Wed 2 Dec"): not yet owed, so the
    #: line asks for a word on where it stands, not for it "before you meet" (round 53).
    due_after: str = ""


@dataclass(frozen=True)
class Shown:
    """What the card's suggestions hold, so the balance line never contradicts them:
    `suggestions` in all, `asks` of them that are not the give, and whether one of those
    `chases` open asks (a follow-up, which may name two and already says "before anything new").
    """

    suggestions: int = 0
    asks: int = 0
    chases: bool = False

    @property
    def one_ask_fits(self) -> bool:
        """ "Keep to one ask" is advice only beside a give and one new ask: beside two asks (or
        a follow-up naming two) it contradicts the card, and beside a single suggestion there is
        nothing to keep to."""
        return self.suggestions >= 2 and self.asks <= 1 and not self.chases


def _give_line(
    name: str, give: Give | None, *, lead: bool, shown: Shown, role: Role | None = None
) -> str | None:
    """What to give, in one line that agrees with the asks: one give first, then at most one ask.

    `lead` when the relationship leans towards asking; otherwise the line only names a promise
    still owed, as the easiest first give. One dash at most per sentence: the give and the
    one-ask advice are two sentences, so the line reads as said, not as a chain of asides.
    """
    keep = " Then keep to one ask; the rest can wait." if shown.one_ask_fits else ""
    if give is None:
        return f"Open with a give this time. {ask_what_helps(name, role)}{keep}"
    if give.on_card:
        # The first suggestion already is the give, and its reason says why: "lead with it"
        # here would say the give first twice. Only the one-ask advice is new.
        return "Keep to one ask this time; the rest can wait." if lead and keep else None
    if give.kind == "promise" and give.due_after:
        return f"{_where_it_stands(name, give)}{keep}"
    if give.kind == "promise":
        send = f"Send {name} {give.topic} before you meet — it's the give you already promised"
        return f"{send}.{keep}" if lead else f"{send}, and a good first one to log."
    return f"Start by offering help with {_their_priority(give, name)}.{keep}"


def _where_it_stands(name: str, give: Give) -> str:
    """A promise not yet due: where it stands is the give, and a check that it is on track."""
    head = give.topic.split()[-1].lower()
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    are, it = ("are", "they stand") if plural else ("is", "it stands")
    return (
        f"{give.topic[0].upper()}{give.topic[1:]} {are} due {give.due_after}, after you meet: "
        f"tell {name} where {it}, and check it still fits what {name} needs."
    )


def _their_priority(give: Give, name: str) -> str:
    """Their priority as the balance line names it: by its topic, or by the user's own note of
    it when its words fit no sentence, claiming no more than the note does."""
    if give.kind == "noted":
        return f"the priority you noted on {give.topic}"
    return f"{give.topic}, which {name} named as a priority"


def balance_nudge(
    b: Balance,
    *,
    on_card: bool = False,
    give: Give | None = None,
    name: str = "them",
    open_asks: int = 0,
    shown: Shown = Shown(),
    role: Role | None = None,
) -> str | None:
    """One short line when the balance leans (or a promise is owed), else None.

    When it leans towards asking, the card says concretely what to give (`give`: their stated
    priority, or a promise still owed) and to keep to one ask, which is what the suggested asks
    do then; App Home has no suggestions, so it points to the card. When it leans towards
    giving while asks are still open (`open_asks`), the good moment is for an answer on those,
    as the card's asks say, not for something new. Not leaning, a card still says one thing to
    do when there is one: send what you owe first, or, a little ahead on asks, ask what would
    help them before your own ask — never a bare tally beside a relationship that needs a move.
    """
    if b.lean == "give":
        if open_asks:
            what = "your open ask" if open_asks == 1 else "your open asks"
            return f"You've been generous — a good moment to get an answer on {what}."
        return "You've been generous — it's a good moment to ask."
    if b.lean == "take":
        if on_card:
            return _give_line(name, give, lead=True, shown=shown, role=role)
        return "Open with a give next time — your prep card suggests a concrete one."
    if on_card and give is not None and give.kind == "promise" and b.gave == 0:
        return _give_line(name, give, lead=False, shown=shown)
    if on_card and give is not None and give.kind == "promise" and give.due_after:
        return None if give.on_card else _where_it_stands(name, give)
    if on_card and give is not None and give.kind == "promise" and not give.on_card:
        return f"Send {name} {give.topic} before you meet — what you owe comes before a new ask."
    if on_card and b.asked > b.gave and not (give is not None and give.on_card):
        if give is not None and give.kind in ("priority", "noted"):
            return (
                f"You've asked a little more than you've given — before your own ask, offer "
                f"help with {_their_priority(give, name)}."
            )
        return f"You've asked a little more than you've given. {ask_what_helps(name, role)}"
    return None


def ask_what_helps(name: str, role: Role | None = None) -> str:
    """The give when nothing of theirs is logged to offer, said the way that fits who they are,
    so advice to give never leaves the user guessing what to give. Taking a piece of their work
    is a give only to a manager or a peer. A mentor gives time and advice, often unpaid: the
    give is the follow-through (round 36: a retired electrician and a retired rector were offered
    a piece of their work). Someone higher up who backs the user wants news they can use, not
    help with their job; someone outside the line (an adviser, a supervisor at college, a
    client) is best served by the user making their side easy (round 45: a paid tax adviser,
    a college supervisor, a regional director and a sponsor were all offered to have work taken
    off them)."""
    if role is Role.MENTOR:
        return (
            f"With a mentor, the give is the follow-through: come with your questions ready, "
            f"and tell {name} what you did with the advice and what came of it."
        )
    if role in (Role.SKIP, Role.SPONSOR):
        return (
            f"What helps {name} most from you is news they can use: what you delivered and what "
            "it changed, or what you see on the ground that may not reach them."
        )
    if role is Role.OTHER:
        return (
            f"Make things easy for {name}: have ready what they need from you, and ask "
            f"“{NEED_FROM_ME}”"
        )
    return (
        f"Nothing of {name}'s is logged to offer help with, so ask first: “{ASK_FIRST}” Log the "
        "answer as a `priority:`."
    )


#: The lines the balance suggests saying (a phrasebook's `[said]` says them in the user's
#: language: `coaching.prep.in_their_language`).
ASK_FIRST = "What's taking most of your time at the moment — is there a piece I could take on?"
NEED_FROM_ME = "Is there anything you need from me before we meet next?"


#: Said instead of "is there a piece I could take on?" when the user is asking for less work.
LIGHTER_LOAD_LINE = (
    "You're asking for a lighter load, so don't offer to take more on now: what you already"
    " deliver is your side of the give and take."
)


def _span(window: timedelta, history: timedelta | None) -> str:
    """ " in the last 90 days" — only when the history with them is at least that long; a user who
    started logging last week is not told about 90 days."""
    if history is not None and history < window:
        return ""
    return f" in {window_words(window)}"


def describe_balance(
    b: Balance,
    name: str,
    *,
    window: timedelta = DEFAULT_WINDOW,
    on_card: bool = False,
    logged: int = 0,
    history: timedelta | None = None,
    first: bool = False,
    give: Give | None = None,
    since: str | None = None,
    open_asks: int = 0,
    shown: Shown = Shown(),
    wants_ideas: bool = False,
    win: str | None = None,
    owed: bool = False,
    stretched: bool = False,
    lighter: bool = False,
    role: Role | None = None,
) -> str:
    """The balance in words, plus a nudge line (after a newline) when there is something to do.

    Said from the user's side — what you did for them, what you asked of them — because the
    point is what the user does next, not a score. `logged` (all entries in the window) tells
    "nothing logged" from "notes but no give or ask"; `history` (how long ago the first entry
    with them was made) keeps "in the last 90 days" off a relationship days old; `first` says
    this is the first 1:1 of the series; `since` names the last give or ask before the window
    ("your ask of 2 Jul, which is still open"), so a window with none agrees with an old ask
    the card still carries; `open_asks` are the asks the card carries forward; `shown` what
    its suggestions hold; `wants_ideas` that they said they want ideas, not requests; `win` a
    recent win the asks do not already use ("your win of 18 Nov"), said when nothing else is;
    `owed` that they owe the user something (pay, a signature): no "open with a give";
    `stretched` that the user wrote lately the work is more than they can carry: no offer of
    more work either; `role` who they are to the user (a mentor, to whom a win is something to
    advise on, not the case for an ask, round 29; what to give, `ask_what_helps`). Counts may
    come from anywhere (entries, SQL).

    With notes logged but no give or ask, the line says one thing to do, not what is logged:
    an inventory ("a note, a win and a talking point … but no give or ask") reads as a log dump.
    """
    name = spoken_of(name)  # every sentence names them mid-line: "the GM", as the asks do
    span = _span(window, history)
    # the sentence names them already: say what to note, not "them" twice
    what = f"note what you gave {name} (`gave:`) or asked for (`ask:`)"
    after = "after this first 1:1" if first else "after your next 1:1"
    if b.gave == 0 and b.asked == 0:
        if since:
            return f"No give or ask logged with {name} since {since} — {after}, {what}."
        if logged:
            return f"{after[0].upper()}{after[1:]}, {what}, so the next card can weigh the two."
        return f"Nothing logged with {name}{span or ' yet'} — {after}, {what}."
    if b.asked == 0 and open_asks:  # an older ask the card carries: never "nothing asked"
        earlier = "your earlier ask is" if open_asks == 1 else f"{open_asks} earlier asks are"
        line = f"You've helped {name} {times(b.gave)}{span}, and {earlier} still open."
    elif b.asked == 0:
        line = f"You've helped {name} {times(b.gave)}{span} and haven't asked for anything yet."
    elif b.gave == 0:
        line = f"You've asked {name} {times(b.asked)}{span} and haven't logged a give yet."
    else:
        line = (
            f"You've helped {name} {times(b.gave)} and asked {times(b.asked)}{span or ' so far'}."
        )
    nudge = balance_nudge(
        b,
        on_card=on_card,
        give=give,
        name=name,
        open_asks=open_asks,
        shown=shown,
        role=role,
    )
    if owed and on_card and (b.lean == "take" or b.asked > b.gave):  # nor "offer help first"
        nudge = f"Get what {name} owes you settled first — the give and take can wait."
    elif stretched and on_card and b.asked > b.gave and not (give and give.kind == "promise"):
        nudge = (
            "You've said you're stretched thin: no need to offer more work now — the give and "
            "take can wait until the load is sorted."
        )
    elif (
        lighter
        and on_card
        and nudge
        and role in (Role.MANAGER, Role.PEER, None)
        and not (give and give.kind == "promise")
    ):
        # their priority to help with, or a piece of their work: more work all the same
        nudge = LIGHTER_LOAD_LINE
    elif wants_ideas and on_card and b.asked:
        nudge = ideas_line(name, give)
    elif win and on_card and not nudge and shown.asks and role is Role.MENTOR:
        # a mentor does not grade the user: the win is something to advise on, not a case
        nudge = (
            f"Tell {name} about {win} in a sentence — what you did and what it changed gives "
            f"{name} something concrete to advise on."
        )
    elif win and on_card and not nudge and shown.asks:
        nudge = (
            f"Bring up {win} early, in a sentence: what you did and what it changed — it's the "
            "best case for what you're asking."
        )
    return f"{line}\n{nudge}" if nudge else line


def ideas_line(name: str, give: Give | None) -> str:
    """When they have said they want ideas rather than requests (`wants_ideas`), the one useful
    thing the balance can say: bring an idea — on their stated priority when one is known —
    before any ask. It replaces the usual nudge, so the card says one thing, not two."""
    topic = f" for {give.topic}" if give is not None and give.kind == "priority" else ""
    return (
        f"Bring one idea{topic}, thought through, before any ask — {name} asked for ideas "
        "rather than requests."
    )
