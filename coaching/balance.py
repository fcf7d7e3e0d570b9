"""The give-and-take of one relationship: what you did for them against what you asked of them.

Leverage runs both ways (design §1, idea 4). Senior people come to you for projects and tasks; the
balance shows whether you also go to them for what you need, and nudges when it tips too far either
way. Pure and deterministic: the current time always comes in as `now`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from coaching.model import BalanceCounts, CoachingContext, Entry, EntryKind, EntryStatus

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


def counts_of(ctx: CoachingContext, *, window: timedelta = DEFAULT_WINDOW) -> BalanceCounts:
    """The context's window counts: as storage gave them, else counted from its entries."""
    if ctx.counts is not None:
        return ctx.counts
    recent = [e for e in ctx.entries if in_window(e, now=ctx.now, window=window)]
    b = balance(recent, now=ctx.now, window=window)
    return BalanceCounts(
        gave=b.gave,
        asked=b.asked,
        logged=sum(1 for e in recent if e.status is not EntryStatus.DISMISSED),
        total=len(ctx.entries),
    )


def times(count: int) -> str:
    """'once', 'twice', '3 times' — how people say a count out loud."""
    if count == 1:
        return "once"
    if count == 2:
        return "twice"
    return f"{count} times"


def window_words(window: timedelta) -> str:
    """'the last 90 days', 'the last day' — the window as the card says it."""
    days = max(1, window.days)
    return "the last day" if days == 1 else f"the last {days} days"


def balance_nudge(b: Balance, *, on_card: bool = False) -> str | None:
    """One short line when the balance leans, else None: ask when you have given, give when not.

    When it leans towards asking, the card's first suggested ask is a concrete thing to give
    (`coaching.asks`), so the line points there (`on_card`) or to the card (App Home) rather than
    saying "give" in the abstract.
    """
    if b.lean == "give":
        return "You've been generous — it's a good moment to ask."
    if b.lean == "take":
        if on_card:
            return (
                "Open with a give this time — the first suggestion above is one, and it makes "
                "the asks after it easier to hear."
            )
        return "Open with a give next time — your prep card suggests a concrete one."
    return None


def describe_balance(
    b: Balance,
    name: str,
    *,
    window: timedelta = DEFAULT_WINDOW,
    on_card: bool = False,
    logged: int = 0,
) -> str:
    """The balance in words, plus a nudge line (after a newline) when it leans.

    Said from the user's side — what you did for them, what you asked of them — because the
    point is what the user does next, not a score. Only gives and asks are counted, and the
    words say so; `logged` (all entries in the window) lets the line say that notes exist but
    none of them is a give or an ask, so it never reads as "nothing logged" beside a note about
    what was logged.
    """
    span = window_words(window)
    if b.gave == 0 and b.asked == 0 and logged:
        which = (
            f"Your one entry with {name} in {span} is neither help you gave nor an ask"
            if logged == 1
            else f"None of your {logged} entries with {name} in {span} is help you gave or an ask"
        )
        return f"{which} — after your next 1:1, log a `gave:` or an `ask:`."
    if b.gave == 0 and b.asked == 0:
        return (
            f"No help or asks logged with {name} in {span} — after your next 1:1, log what you "
            "did for them (`gave:`) or asked of them (`ask:`)."
        )
    if b.asked == 0:
        line = f"You've helped {name} {times(b.gave)} in {span} and haven't asked for anything yet."
    elif b.gave == 0:
        line = (
            f"You've asked {name} {times(b.asked)} in {span} and haven't logged helping them yet."
        )
    else:
        line = f"You've helped {name} {times(b.gave)} and asked {times(b.asked)} in {span}."
    nudge = balance_nudge(b, on_card=on_card)
    return f"{line}\n{nudge}" if nudge else line
