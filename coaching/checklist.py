"""The oversharing checklist and the optics note.

Two coaching ideas from design §1 live here. *Protect your frame* (idea 2): you decide what goes
inside the frame people see you through, and personal details shared too freely can travel into
meetings you are not in. *Closeness has optics* (idea 3): a relationship that looks very tight can
read as favouritism and cost you both an opportunity. The checklist is five short questions for the
prep card; the optics note speaks up, gently, only when the log gives a reason to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from coaching.balance import in_window
from coaching.model import CoachingContext, Entry

#: Five questions to run a talking point past before the 1:1, worded as in design §4.
CHECKLIST: tuple[str, ...] = (
    "Work-focused?",
    "Would you be fine hearing this repeated in a meeting you are not in?",
    "Do you trust this person with it?",
    "Could it look like favouritism?",
    "Does it show your value?",
)

#: How far back the optics note reads the log.
OPTICS_WINDOW = timedelta(days=90)
#: Fewer entries than this say too little to judge a relationship by.
MIN_ENTRIES_FOR_OPTICS = 4
#: "Far more frequent": at least this many times the average of the user's other 1:1s ...
FREQUENCY_RATIO = 2.0
#: ... and at least this many more a month, so 2 against 1 never triggers it.
FREQUENCY_MIN_GAP = 2.0


@dataclass(frozen=True)
class _PersonalShare:
    personal: int
    total: int


#: The newest entries the "mostly personal" judgement reads: what the relationship sounds like
#: lately, at a bounded cost for a busy log.
OPTICS_SAMPLE = 20


def _personal_share(ctx: CoachingContext, is_personal: Callable[[str], bool]) -> _PersonalShare:
    """How many of this relationship's recent entries are personal, out of how many."""
    rid = ctx.relationship.id
    recent: list[Entry] = sorted(
        (
            e
            for e in ctx.entries
            if e.relationship_id in (None, rid) and in_window(e, now=ctx.now, window=OPTICS_WINDOW)
        ),
        key=lambda e: (e.created_at, e.id),
    )[-OPTICS_SAMPLE:]
    return _PersonalShare(sum(1 for e in recent if is_personal(e.text)), len(recent))


def _mostly_personal_note(name: str, share: _PersonalShare) -> str | None:
    if share.total < MIN_ENTRIES_FOR_OPTICS or share.personal * 2 <= share.total:
        return None
    return (
        f"Most of what you've logged with {name} lately is personal ({share.personal} of "
        f"{share.total} in the last {OPTICS_WINDOW.days} days). Rapport is a good start, but "
        "the relationship that grows your career is built on work, and personal details can "
        "travel into meetings you're not in. Bring one work question or idea to the next 1:1."
    )


def _fmt(count: float) -> str:
    """4.0 → '4', 2.5 → '2.5': how people say a monthly count."""
    return f"{round(count, 1):g}"


def _frequency_note(ctx: CoachingContext, name: str) -> str | None:
    mine = ctx.meetings_per_month.get(ctx.relationship.id)
    others = [n for rid, n in ctx.meetings_per_month.items() if rid != ctx.relationship.id]
    if mine is None or not others:
        return None
    average = sum(others) / len(others)
    if mine < FREQUENCY_RATIO * average or mine - average < FREQUENCY_MIN_GAP:
        return None
    return (
        f"You meet {name} about {_fmt(mine)} times a month — at least twice as often as your "
        f"other 1:1s (about {_fmt(average)} a month). Closeness is good, but to others it can "
        f"read as favouritism, which can cost you and {name} an opportunity. Keeping these 1:1s "
        "clearly about work protects you both."
    )


def optics_note(ctx: CoachingContext, *, is_personal: Callable[[str], bool]) -> str | None:
    """A gentle note when this relationship could be read the wrong way; None when all is well.

    Speaks up when the last 90 days of the log are mostly personal (more than half of at least
    four entries), or when 1:1s with this person are far more frequent than the user's others
    (at least twice their average and at least two more a month). Both notes say why, never
    scold, and end with one thing to do; when both apply they are joined.
    """
    name = ctx.relationship.label
    notes = [
        note
        for note in (
            _mostly_personal_note(name, _personal_share(ctx, is_personal)),
            _frequency_note(ctx, name),
        )
        if note
    ]
    return " ".join(notes) if notes else None
