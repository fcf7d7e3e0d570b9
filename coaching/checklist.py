"""The oversharing checklist and the optics note.

Two coaching ideas from design §1 live here. *Protect your frame* (idea 2): you decide what goes
inside the frame people see you through, and personal details shared too freely can travel into
meetings you are not in. *Closeness has optics* (idea 3): a relationship that looks very tight can
read as favouritism and cost you both an opportunity.

Optics are judged from what is said and when — never from how often you meet: a weekly 1:1 with
your manager is the habit design §1 (idea 5) recommends. The note speaks up when a logged line or
talking point reads as favouritism (the scanner's FAVOURITISM flags: an exclusive invitation, a
request for treatment over peers, flattery aimed at a favour, keeping things from the team), when
a 1:1 is set outside working hours, or when the log has turned mostly personal. Distress is not
oversharing and never counts here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from coaching.balance import count_words, in_window
from coaching.model import (
    Cadence,
    CadenceKind,
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Role,
    SeriesSpec,
)
from coaching.oversharing import Category, Flag

#: Five questions to run a talking point past before the 1:1, worded as in design §4.
CHECKLIST: tuple[str, ...] = (
    "Work-focused?",
    "Would you be fine hearing this repeated in a meeting you are not in?",
    "Do you trust this person with it?",
    "Could it look like favouritism?",
    "Does it show your value?",
)
#: The one-line reminder shown instead when nothing is flagged and the series is not new.
CHECKLIST_SHORT = "Keep it about the work, and about your value."
#: Roles with a say over your work, pay or next step: closeness with them can read as favouritism.
HAS_A_SAY = frozenset({Role.MANAGER, Role.SKIP, Role.SPONSOR})


def checklist_for(role: Role, *, favouritism: bool = False) -> tuple[str, ...]:
    """The full checklist for this counterpart: the favouritism question only where it can apply
    (someone with a say over you, or when something already reads that way) — a retired mentor
    or a peer on another team cannot favour you."""
    if role in HAS_A_SAY or favouritism:
        return CHECKLIST
    return tuple(q for q in CHECKLIST if q != "Could it look like favouritism?")


#: Categories that are not "personal" in the sense of the mostly-personal note.
NOT_PERSONAL = frozenset({Category.FAVOURITISM, Category.DISTRESS})

#: Kinds that are what was said, and so can drift personal. A give, an ask, a win, their
#: priority or a follow-up is a piece of work by what the user logged it as: counting one as
#: personal on a scanner's guess would make the note name an entry the reader knows is work.
SAID = frozenset({EntryKind.NOTE, EntryKind.AGENDA})
#: How far back the optics note reads the log.
OPTICS_WINDOW = timedelta(days=90)
#: Fewer entries than this say too little to judge a relationship by.
MIN_ENTRIES_FOR_OPTICS = 4
#: The newest entries the optics judgements read: what the relationship sounds like lately, at
#: a bounded cost for a busy log.
OPTICS_SAMPLE = 20
#: Working hours, local to the series: a 1:1 starting before or ending after reads as private.
WORKDAY_START = time(8, 0)
WORKDAY_END = time(19, 0)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

Scan = Callable[[str], Sequence[Flag]]


#: Words that tell nothing on their own: a favouritism flag whose only triggers are these is not
#: evidence enough for a note that quotes them back ("Words like “would”…").
_FUNCTION_WORDS = frozenset(
    """a an the of to for on in at by with and or but if so as is are was were be been it its
    i me my we our you your he she they them his her their this that these those what which who
    how when where why would could should will can may might must do does did have has had not
    no yes just only first before after next then than more most very""".split()  # noqa: SIM905
)


def _telling(triggers: Sequence[str]) -> list[str]:
    return [t for t in triggers if t.strip().lower() not in _FUNCTION_WORDS]


def is_personal_flag(flag: Flag) -> bool:
    return flag.category not in NOT_PERSONAL


def _recent(ctx: CoachingContext) -> list[Entry]:
    rid = ctx.relationship.id
    return sorted(
        (
            e
            for e in ctx.entries
            if e.relationship_id in (None, rid)
            and e.status is not EntryStatus.DISMISSED
            and in_window(e, now=ctx.now, window=OPTICS_WINDOW)
        ),
        key=lambda e: (e.created_at, e.id),
    )[-OPTICS_SAMPLE:]


@dataclass(frozen=True)
class Drift:
    """What the mostly-personal note counts, in terms the card lets the reader trace: the
    personal entries among the recent ones, the card's talking points (how many, which are
    personal, which are work, by their number there) and what the other personal entries were
    about. Plain counts, so they may come from entries here or from a query elsewhere."""

    personal: int
    total: int
    points: int
    personal_points: tuple[int, ...]
    work_points: tuple[int, ...]
    topics: tuple[str, ...]


def _numbers(numbers: Sequence[int]) -> str:
    """'3', '3–4', '1, 3 and 5'."""
    ns = sorted(numbers)
    if len(ns) == 1:
        return str(ns[0])
    if ns == list(range(ns[0], ns[-1] + 1)):
        return f"{ns[0]}–{ns[-1]}"
    return ", ".join(map(str, ns[:-1])) + f" and {ns[-1]}"


def numbers_text(numbers: Sequence[int]) -> str:
    """'point 3', 'points 3–4', 'points 1, 3 and 5' — card numbers as a reader finds them."""
    return f"point{'s' if len(numbers) > 1 else ''} {_numbers(numbers)}"


def _which(d: Drift) -> str:
    """Which entries the count covers: the card's points by number, the rest by topic."""
    about = f"about {' and '.join(d.topics)}" if d.topics else ""
    if not d.personal_points:
        return f", mostly {about}" if about else ""
    others = max(0, d.personal - len(d.personal_points))
    counted = f", counting {numbers_text(d.personal_points)} below"
    if others:
        earlier = "earlier note" if others == 1 else "earlier notes"
        counted += f" and {count_words(others)} {earlier} {about}".rstrip()
    return counted


def _drift_advice(d: Drift) -> str:
    """Advice that fits the agenda: lead with the work points there are; only when there are
    none, bring one."""
    drop = (
        f"; consider dropping or rewording {numbers_text(d.personal_points)}"
        if d.personal_points
        else ", and keep the personal news short"
    )
    n = len(d.work_points)
    if n == 1:
        return f"Lead with {numbers_text(d.work_points)}, your work point{drop}."
    if n:
        return f"Lead with your {count_words(n)} work points ({_numbers(d.work_points)}){drop}."
    return f"Bring one work question or idea to this 1:1{drop}."


def _why_work(name: str, role: Role) -> str:
    """Why work matters more than rapport here; gentler with a mentor outside the line."""
    if role is Role.MENTOR:
        return (
            f"{name} is a mentor you trust, so some of this may be fine to share — still, your "
            "time together does most for your career when it's about your work."
        )
    return (
        "Rapport is a good start, but the relationship that grows your career is built on "
        "work, and personal details can travel into meetings you're not in."
    )


def drift_note(name: str, role: Role, d: Drift) -> str | None:
    """The log has turned mostly personal; else, when at least half of this card's talking
    points (two or more) are personal, the same advice about the agenda alone — every count
    visible on the card."""
    if d.total >= MIN_ENTRIES_FOR_OPTICS and d.personal * 2 > d.total:
        return (
            f"Your log with {name} has turned mostly personal: {d.personal} of your last "
            f"{d.total} entries{_which(d)}. {_why_work(name, role)} {_drift_advice(d)}"
        )
    shared = len(d.personal_points)
    if shared >= 2 and shared * 2 >= d.points:
        return (
            f"{count_words(shared).capitalize()} of your {count_words(d.points)} talking points "
            f"({_numbers(d.personal_points)}) are personal. {_why_work(name, role)} "
            f"{_drift_advice(d)}"
        )
    return None


def _favouritism_note(name: str, triggers: Sequence[str]) -> str | None:
    if not triggers:
        return None
    words = " and ".join(f"“{t}”" for t in triggers[:2])
    return (
        f"Words like {words} can read to others as favouritism — a private invitation or a "
        f"request for special treatment can cost you and {name} the team's trust, and an "
        "opportunity. Keep the ask about your work and its merits, or open it to the whole team."
    )


def outside_hours(spec: SeriesSpec) -> str | None:
    """How a series is described when it falls outside working hours ("Saturdays at 10:00")."""
    if spec.from_calendar:
        spec = _as_dated(spec)
        if spec is None:
            return None
    start = spec.local_time
    end = (datetime.combine(datetime.min, start) + spec.duration).time()
    weekend = spec.cadence.kind is not CadenceKind.ONCE and (spec.cadence.weekday or 0) >= 5
    if spec.cadence.kind is CadenceKind.ONCE and spec.cadence.on is not None:
        weekend = spec.cadence.on.weekday() >= 5
    late = end > WORKDAY_END or end < start  # runs past the end of the day, or past midnight
    if not (weekend or start < WORKDAY_START or late):
        return None
    if spec.cadence.kind is CadenceKind.ONCE:
        day = _WEEKDAYS[spec.cadence.on.weekday()] if spec.cadence.on else "a day"
    elif spec.cadence.kind is CadenceKind.BIWEEKLY:
        day = "every other " + _WEEKDAYS[spec.cadence.weekday or 0]
    else:
        day = _WEEKDAYS[spec.cadence.weekday or 0] + "s"
    return f"{day} at {start:%H:%M}"


def _as_dated(spec: SeriesSpec) -> SeriesSpec | None:
    """A calendar series judged by its next occurrence, as a one-off on that local date."""
    if not spec.dated:
        return None
    first, duration = spec.dated[0]
    local = first.astimezone(ZoneInfo(spec.tz))
    return replace(
        spec,
        cadence=Cadence(CadenceKind.ONCE, on=local.date()),
        local_time=local.time().replace(tzinfo=None),
        duration=duration,
    )


def after_hours_note(ctx: CoachingContext) -> str | None:
    """A note for the meeting header when the 1:1 is set outside working hours, else None."""
    when = next((w for w in map(outside_hours, ctx.series) if w), None)
    if when is None:
        return None
    return (
        f"Set for {when}, outside working hours. Meetings after hours can look like a private "
        "friendship rather than work — if you can, move this one into the working day."
    )


def _main_topics(counts: dict[str, int]) -> tuple[str, ...]:
    """What most of the personal entries were about: topics seen at least twice (at most two),
    else the single most common one — a stray mislabelled note should not name a topic."""
    ranked = sorted(counts, key=lambda t: -counts[t])
    return tuple(t for t in ranked if counts[t] >= 2)[:2] or tuple(ranked[:1])


def optics_note(ctx: CoachingContext, *, scan: Scan, points: Sequence[Entry] = ()) -> str | None:
    """A gentle note when this relationship could be read the wrong way; None when all is well.

    Speaks up for favouritism in what was said (the scanner's FAVOURITISM flags on the last 90
    days of this relationship's entries) and when the log is mostly personal (more than half of
    at least four recent entries are personal notes or talking points, distress not counted).
    `points` are the talking points in the card's order, so the note can name them by number
    and the reader can check its count. Each
    note says why, never scolds, and ends with one thing to do; they are joined. A 1:1 outside
    working hours is `after_hours_note`, shown with the meeting.
    """
    name = ctx.relationship.label
    recent = _recent(ctx)
    number = {e.id: n for n, e in enumerate(points, start=1)}
    personal: list[Entry] = []
    topics: dict[str, int] = {}
    triggers: list[str] = []
    for entry in recent:
        flags = scan(entry.text)
        kinds = [f.category for f in flags if is_personal_flag(f)]
        if kinds and entry.kind in SAID:
            personal.append(entry)
            if entry.id not in number:
                topics[kinds[0].label] = topics.get(kinds[0].label, 0) + 1
        for flag in flags:
            if flag.category is Category.FAVOURITISM:
                triggers += [t for t in _telling(flag.triggers) if t not in triggers]
    drift = Drift(
        personal=len(personal),
        total=len(recent),
        points=len(points),
        personal_points=tuple(
            n
            for n, p in enumerate(points, start=1)
            if any(is_personal_flag(f) for f in scan(p.text))
        ),
        work_points=tuple(n for n, p in enumerate(points, start=1) if not scan(p.text)),
        topics=_main_topics(topics),
    )
    notes = [
        note
        for note in (
            _favouritism_note(name, triggers),
            drift_note(name, ctx.relationship.role, drift),
        )
        if note
    ]
    return " ".join(notes) if notes else None
