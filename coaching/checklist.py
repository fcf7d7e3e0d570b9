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

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from coaching.balance import count_words, in_window
from coaching.items import short_date
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
from coaching.oversharing import (
    CONFIDENT,
    Category,
    Flag,
    content_words,
    is_confident,
    is_work_safety,
    own_word,
    shown_flags,
)
from coaching.weekend import is_weekend

#: Five questions to run a talking point past before the 1:1, worded as in design §4.
CHECKLIST: tuple[str, ...] = (
    "Work-focused?",
    "Would you be fine hearing this repeated in a meeting you are not in?",
    "Do you trust this person with it?",
    "Could it look like favouritism?",
    "Does it show your value?",
)
#: The one-line reminder shown instead when nothing on the card gives a question cause
#: (`pick_checklist`), the same on every such card. Not "… and about your value": above a
#: morphine count that would not add up, which no reading had caught, it read as "mind how you
#: come across" (round 53, both reviewers).
CHECKLIST_SHORT = (
    "Keep it to the work and the facts; how much of your life to share is yours to decide."
)
#: The reminder instead, on a card that carries a worry about safety or conduct: "about your
#: value" beside a blocked fire exit read as tone-deaf (round 35).
CHECKLIST_WORRY = "Stick to what you saw and when, and keep your own dated note."
#: Roles with a say over your work, pay or next step: closeness with them can read as favouritism.
HAS_A_SAY = frozenset({Role.MANAGER, Role.SKIP, Role.SPONSOR})


def checklist_for(role: Role, *, favouritism: bool = False) -> tuple[str, ...]:
    """The full checklist for this counterpart: the favouritism question only where it can apply
    (someone with a say over you, or when something already reads that way) — a retired mentor
    or a peer on another team cannot favour you."""
    if role in HAS_A_SAY or favouritism:
        return CHECKLIST
    return tuple(q for q in CHECKLIST if q != "Could it look like favouritism?")


_WORK, _REPEATED, _TRUST, _FAVOURITISM, _VALUE = CHECKLIST


@dataclass(frozen=True)
class Causes:
    """What on this card gives the checklist cause, each named so every question can say why it
    shows: a talking point flagged `personal` (health, family …) or `sensitive` (gossip, job
    hunting) or reading as `favouritism`; an evening or weekend 1:1 with someone who has a say
    (`hours`); the log turning mostly personal (`drift`); the `first` 1:1 of a series."""

    personal: bool = False
    sensitive: bool = False
    favouritism: bool = False
    hours: bool = False
    drift: bool = False
    first: bool = False

    @property
    def any(self) -> bool:
        return any(
            (self.personal, self.sensitive, self.favouritism, self.hours, self.drift, self.first)
        )


def _why_work(c: Causes, role: Role) -> str | None:
    """Every cause is a reason to check the agenda stays on work."""
    return "a cause on this card" if c.any else None


def _why_repeated(c: Causes, role: Role) -> str | None:
    """Only personal or sensitive words can travel into a meeting you are not in. A mentor is
    told personal things in confidence, often from outside your workplace, so for a personal
    point the question with them is trust, not who else hears it; words about colleagues or a
    move elsewhere can still travel."""
    if c.personal and role is not Role.MENTOR:
        return "a personal point"
    return "a sensitive point" if c.sensitive else None


def _why_trust(c: Causes, role: Role) -> str | None:
    """Trust is the question for something personal, not for a plain work agenda."""
    return "a personal point" if c.personal else None


def _why_favouritism(c: Causes, role: Role) -> str | None:
    """Favouritism needs something that reads that way (a point's words) or closeness with
    someone who has a say (an evening or weekend slot, a log gone personal) — never a plain
    first 1:1 with your own manager, a single personal point, or a mentor or peer who cannot
    favour you."""
    if c.favouritism:
        return "a point reads as favouritism"
    if role not in HAS_A_SAY or role is Role.MANAGER:
        # a standing 1:1 with your own manager is the habit design §1 recommends: its hour or a
        # chatty log is a question of time and focus, not of anyone's favour
        return None
    if c.hours:
        return "an evening or weekend slot"
    return "a log gone personal with someone who has a say" if c.drift else None


def _why_value(c: Causes, role: Role) -> str | None:
    """Showing your value is the frame a first 1:1 sets and what a personal log has lost."""
    if c.first:
        return "a first 1:1"
    return "a log gone personal" if c.drift else None


#: Each question with the rule that gives it cause on a card, in the design's order.
_RULES = (
    (_WORK, _why_work),
    (_REPEATED, _why_repeated),
    (_TRUST, _why_trust),
    (_FAVOURITISM, _why_favouritism),
    (_VALUE, _why_value),
)


def checklist_reasons(causes: Causes, role: Role) -> tuple[tuple[str, str], ...]:
    """(question, why) for each question this card gives cause to ask, in the design's order;
    empty when nothing does (the card then shows the one-line reminder)."""
    found = ((q, rule(causes, role)) for q, rule in _RULES)
    return tuple((q, why) for q, why in found if why)


def flagged_lead(numbers: Sequence[int]) -> str:
    """The checklist's lead when flagged points gave it cause, naming them so the reader knows
    which of their own points to run past it ("run point 2 past these")."""
    which = numbers_text(numbers) if numbers else "your points"
    return f"Before you go in, run {which} past these"


#: The reminder where "your value" is not what the meeting weighs: a mentor advises, a peer
#: and a client work alongside (rounds 36–37: "does it show your value?" before a first coffee
#: with a chef the user admires, and between two sous-chefs).
CHECKLIST_SHORT_BY_ROLE = {
    Role.MENTOR: "Bring what you want advice on; what else you share is yours to choose.",
    Role.PEER: "Keep it about the work you share, and what each of you needs from it.",
    Role.OTHER: "Keep it about the work between you, and what was agreed.",
}


def pick_checklist(causes: Causes, role: Role, *, worry: bool = False) -> tuple[str, ...]:
    """The questions this card gives cause to ask, or the one-line reminder — a function of the
    causes and the role alone (and `worry`: the card says how to raise a worry about safety or
    conduct), so two near-identical cards show the same lines."""
    calm = CHECKLIST_SHORT_BY_ROLE.get(role, CHECKLIST_SHORT)
    reminder = CHECKLIST_WORRY if worry else calm
    return tuple(q for q, _ in checklist_reasons(causes, role)) or (reminder,)


#: Categories that are not "personal" in the sense of the mostly-personal note.
NOT_PERSONAL = frozenset({Category.FAVOURITISM, Category.DISTRESS})

#: Kinds that are what was said, and so can drift personal. A give, an ask, a win, their
#: priority or a follow-up is a piece of work by what the user logged it as: counting one as
#: personal on a scanner's guess would make the note name an entry the reader knows is work.
SAID = frozenset({EntryKind.NOTE, EntryKind.AGENDA})
#: What the user said about the relationship, and so what the favouritism note reads: a
#: follow-up ("send her my matter list") or a win is work, whatever the scanner guesses.
SAID_ABOUT_US = SAID | {EntryKind.ASK}
#: How far back the optics note reads the log.
OPTICS_WINDOW = timedelta(days=90)
#: Fewer entries than this say too little to judge a relationship by.
MIN_ENTRIES_FOR_OPTICS = 4
#: The newest entries the optics judgements read: what the relationship sounds like lately, at
#: a bounded cost for a busy log.
OPTICS_SAMPLE = 20
#: Working hours, local to the series, and the one place they are set: a 1:1 that starts on a
#: weekday from WORKDAY_START to before WORKDAY_END is in the working day (a site's 07:00 start,
#: a late-afternoon slot that runs a little over); weekends, earlier and later starts are not.
WORKDAY_START = time(7, 0)
WORKDAY_END = time(19, 0)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

Scan = Callable[[str], Sequence[Flag]]


#: Not personal but sensitive: how a line could read (gossip, job hunting), said as such.
SENSITIVE = frozenset({Category.GOSSIP, Category.JOB_HUNT})


def is_personal_flag(flag: Flag) -> bool:
    return flag.category not in NOT_PERSONAL | SENSITIVE


def reads_sensitive(flags: Sequence[Flag]) -> bool:
    """Gossip or job hunting is the line's first reading, confidently, with words to quote."""
    return bool(flags) and flags[0].category in SENSITIVE and is_confident(flags[0])


def _said(flags: Sequence[Flag], counts: Callable[[Flag], bool]) -> float:
    """How likely the readings that count are, together, among those that quote meaningful
    words (a reading on the model's incidental phrases is no evidence)."""
    return sum(f.probability for f in flags if counts(f) and content_words(f.triggers))


def reads_personal(flags: Sequence[Flag]) -> bool:
    """A line counts as personal in a note about the whole relationship only on confident
    evidence: the personal categories that quote meaningful words are, together, likely (on
    dev: 98% of lines counted are personal, 78% of personal lines counted)."""
    return _said(flags, is_personal_flag) >= CONFIDENT


#: A note whose readings with words of their own add up to this leads no card ("audiencia del
#: divorcio movida al jueves 3 de dic": family 0.26 and legal 0.15, round 26).
WEAKLY_PERSONAL = 0.35


def weakly_personal(flags: Sequence[Flag]) -> bool:
    """Personal on a weak reading, any kind but distress: enough for a dated note not to lead the
    card, not for a warning."""
    return _said(flags, lambda f: not f.needs_care) >= WEAKLY_PERSONAL


def names_private_life(flags: Sequence[Flag]) -> bool:
    """The line names a matter of the user's own life in a word of its own ("rehab", "EAP
    counselling"), on at least a weak reading (`WEAKLY_PERSONAL`: "pick up mum's prescription"
    is family at 0.41): what keeps an errand from being
    handed to the counterpart. A weak sum of stray readings is not enough ("so he sees I can
    do it" is dating, favouritism and money at 0.1 each)."""
    return any(
        is_personal_flag(f) and own_word(f) and f.probability >= WEAKLY_PERSONAL for f in flags
    )


#: Personal matters that weigh on someone, as against a wedding or a holiday.
STRAIN = frozenset(
    {Category.HEALTH, Category.MENTAL_HEALTH, Category.FAMILY, Category.MONEY, Category.LEGAL}
    | {Category.DISTRESS}
)
#: How sure the scan must be: "do they pay?" (money, 0.57) and "GP 3rd dec" (health, 0.61) are
#: not strain; "rent going up in jan" (0.88) and "mum got her results … chemo" (0.75) are.
STRAIN_SURE = 0.7
#: How recent a note of strain must be for the card to speak to it.
STRAIN_WINDOW = timedelta(days=30)


def reads_strain(flags: Sequence[Flag]) -> bool:
    """A line speaks of strain outside work: its readings in `STRAIN` are, together, sure (a
    split reading — "mum's care home" as family and money — counts whole), and one of them is
    cued by a word that carries it, with words of its own (not the model's incidental phrases)."""
    strained = [f for f in flags if f.category in STRAIN]
    cued = any(f.cued and content_words(f.triggers) for f in strained)
    return cued and sum(f.probability for f in strained) >= STRAIN_SURE


def reads_as_favouritism(flags: Sequence[Flag]) -> bool:
    """Favouritism is the line's first reading, confidently, with words to quote."""
    return bool(flags) and flags[0].category is Category.FAVOURITISM and is_confident(flags[0])


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
    personal, which are work, by their number there) and the other personal entries by a short
    neutral topic and date ("the night desk rota (12 Nov)"), never by a category the reader
    can't check. Plain counts, so they may come from entries here or from a query elsewhere."""

    personal: int
    total: int
    points: int
    personal_points: tuple[int, ...]
    work_points: tuple[int, ...]
    earlier: tuple[str, ...]
    #: Points that are not personal but sensitive (gossip, job hunting), by their number.
    sensitive_points: tuple[int, ...] = ()


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


#: How many of the other personal entries the note names; the rest it counts.
MAX_NAMED = 2


def _listed(earlier: Sequence[str], count: int) -> str:
    """'19 Nov, 6 Nov and four more' — the dates of the entries counted, newest first, so the
    reader can look them up; the same day is said once."""
    days = list(dict.fromkeys(earlier))
    named = days[:MAX_NAMED]
    covered = sum(1 for day in earlier if day in named)
    if count > covered:
        named.append(f"{count_words(count - covered)} more")
    return ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else "".join(named)


def _which(d: Drift) -> str:
    """Which entries the count covers: the card's points by number, the rest by date only — a
    topic cut from a personal note ("your wife") is a fragment, and quoting it back is the
    oversharing the note warns about."""
    others = max(0, d.personal - len(d.personal_points))
    if not d.personal_points:
        return f" ({_listed(d.earlier, others)})" if d.earlier else ""
    counted = f", counting {numbers_text(d.personal_points)} below"
    if others:
        notes = "earlier note" if others == 1 else "earlier notes"
        counted += f" and {count_words(others)} {notes}"
        counted += f" ({_listed(d.earlier, others)})" if d.earlier else ""
    return counted


def _drift_advice(d: Drift, flagged: Sequence[int] = ()) -> str:
    """Advice that fits the agenda: lead with the work points there are; only when there are
    none, bring one. `flagged`: the points to reword (the personal ones by default) — never
    "drop": a flag can be wrong, and the point may be the one the 1:1 most needs."""
    flagged = flagged or d.personal_points
    drop = (
        f"; for {numbers_text(flagged)}, share the need rather than the story (the example "
        f"under {'it' if len(flagged) == 1 else 'each'} shows how)"
        if flagged
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
    """The log has turned personal (at least half of the recent entries); else, when at least
    half of this card's talking points (two or more) are personal, the same advice about the
    agenda alone — every count visible on the card."""
    if d.total >= MIN_ENTRIES_FOR_OPTICS and d.personal * 2 >= d.total:
        # half is already a drift worth naming; "mostly" only when it is more than half
        turned = (
            f"Your log with {name} has turned mostly personal"
            if d.personal * 2 > d.total
            else f"Half your log with {name} has turned personal"
        )
        return (
            f"{turned}: {d.personal} of your last "
            f"{d.total} entries{_which(d)}. {_why_work(name, role)} {_drift_advice(d)}"
        )
    flagged = sorted({*d.personal_points, *d.sensitive_points})
    shared = len(flagged)
    if shared >= 2 and shared * 2 >= d.points:
        kind = (
            "personal or sensitive"
            if d.personal_points and d.sensitive_points
            else "personal"
            if d.personal_points
            else "sensitive"
        )
        return (
            f"{count_words(shared).capitalize()} of your {count_words(d.points)} talking points "
            f"({_numbers(flagged)}) are {kind}. {_why_work(name, role)} "
            f"{_drift_advice(d, flagged)}"
        )
    return None


#: What makes time with a mentor read as favouritism: a social, exclusive or secret turn, or
#: a step ahead of others. Working through exam questions together is what mentoring is for
#: (round 42: "questions together" with an assigned mentor read as favouritism).
_BEYOND_MENTORING = re.compile(
    r"(?i)\b(?:drinks?|dinner|bar(?!\s+exam)|pub|party|weekend\s+away|just\s+the\s+two\s+of\s+us"
    r"|ahead\s+of\s+(?:the\s+)?others|over\s+the\s+others|before\s+the\s+others|don'?t\s+tell"
    r"|between\s+us|secret|put\s+in\s+a\s+word|push\s+my|favou?r)\b"
)


def nobody_to_favour(role: Role, flag: Flag, text: str) -> bool:
    """Time a mentor gives to the user's learning, which is the relationship working; a peer's
    closeness read only by the model's guess (no word of its own). One rule for the optics note
    and for a point's own flag (`prep.for_card`), so the two never disagree."""
    if role is Role.MENTOR:
        return not _BEYOND_MENTORING.search(text)
    return role is Role.PEER and not flag.cued


def _favouritism_note(name: str, triggers: Sequence[str]) -> str | None:
    if not triggers:
        return None
    words = " and ".join(f"“{t}”" for t in triggers[:2])
    return (
        f"Words like {words} can read to others as favouritism — a private invitation or a "
        f"request for special treatment can cost you and {name} the trust of the people "
        "around you, and an opportunity. Keep the ask about your work and its merits, or open it "
        "to everyone."
    )


Hours = Literal["early", "evening", "weekend"]


@dataclass(frozen=True)
class HoursNote:
    """The note said with the meeting when it falls in an evening or at a weekend. `concern`:
    the hour can read as social, which the card's full checklist then backs up."""

    text: str
    concern: bool


def outside_hours(spec: SeriesSpec) -> str | None:
    """How a series is described when it falls outside working hours ("Saturdays at 10:00")."""
    found = _outside(spec)
    return found[0] if found else None


def _outside(spec: SeriesSpec) -> tuple[str, Hours] | None:
    """When the series falls and which side of the working day, or None inside it."""
    if spec.from_calendar:
        spec = _as_dated(spec)
        if spec is None:
            return None
    start = spec.local_time
    weekend = spec.cadence.kind is not CadenceKind.ONCE and is_weekend(
        spec.cadence.weekday or 0, spec.tz
    )
    if spec.cadence.kind is CadenceKind.ONCE and spec.cadence.on is not None:
        weekend = is_weekend(spec.cadence.on.weekday(), spec.tz)
    if not (weekend or start < WORKDAY_START or start >= WORKDAY_END):
        return None
    if spec.cadence.kind is CadenceKind.ONCE:
        day = _WEEKDAYS[spec.cadence.on.weekday()] if spec.cadence.on else "a day"
    elif spec.cadence.kind is CadenceKind.BIWEEKLY:
        day = "every other " + _WEEKDAYS[spec.cadence.weekday or 0]
    else:
        day = _WEEKDAYS[spec.cadence.weekday or 0] + "s"
    side: Hours = "weekend" if weekend else "early" if start < WORKDAY_START else "evening"
    return f"{day} at {start:%H:%M}", side


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


def after_hours_note(ctx: CoachingContext, *, social: bool = False) -> HoursNote | None:
    """A note for the meeting header when the 1:1 is set for an evening (from 19:00) or a
    weekend with someone who has a say over the user's work, pay or next step (`HAS_A_SAY`),
    else None.

    The optics worry is closeness with someone who holds power over you, not the hour: a mentor
    met after milking or a retired teacher met in the evening is how their week runs, and a peer
    cannot favour you. So a mentor, peer or other gets the note only when a point's own words
    read as social (`social`: an exclusive invitation, flagged as favouritism). It never claims
    the hour is "after working hours" (a 19:30 handover is a shift worker's working day) and
    says nothing about early starts, which are how shifts run.
    """
    if ctx.relationship.role not in HAS_A_SAY and not social:
        return None
    found = next((f for f in map(_outside, ctx.series) if f and f[1] != "early"), None)
    if found is None:
        return None
    when, side = found
    slot = f"an {side} 1:1" if side == "evening" else f"a {side} 1:1"
    if ctx.relationship.role is Role.MANAGER and not social:
        # your own manager's standing 1:1 is no favour: what it costs is your own time
        return HoursNote(
            f"Set for {when}. If that {side} slot cuts into your own time, it's fine to ask "
            "for another.",
            concern=False,
        )
    why = "With someone senior" if ctx.relationship.role in HAS_A_SAY else "With a social point"
    return HoursNote(
        f"Set for {when}. {why}, {slot} can read as social — keep it about work.",
        concern=True,
    )


def _named_entries(entries: Sequence[Entry], ctx: CoachingContext) -> tuple[str, ...]:
    """'16 Nov': each entry by its date, newest first — never by a topic cut from a personal
    line nor by the category a scanner guessed, which the reader cannot check."""
    ordered = sorted(entries, key=lambda e: e.created_at, reverse=True)
    return tuple(short_date(entry.created_at, ctx.now) for entry in ordered)


def _in_full(flags: Sequence[Flag], text: str) -> Sequence[Flag]:
    """A talking point's flags as the card shows them, or none: the note names and counts only
    the points flagged in full under them, so it never calls a point personal that the card
    does not (a broken hoist, a hedged "might be personal")."""
    shown = shown_flags(flags, text)
    return flags if shown and not shown[0].hedged else ()


@dataclass(frozen=True)
class Optics:
    """The optics note's two parts, kept apart so the checklist can name which one gave it
    cause: words that read as `favouritism`, a log that has `drift`ed personal."""

    favouritism: str | None = None
    drift: str | None = None
    #: A recent note or point of the user's speaks, confidently, of strain outside work (health,
    #: family, money, the law, or distress): the card says a kind word (round 20).
    strain: bool = False

    @property
    def text(self) -> str | None:
        notes = [n for n in (self.favouritism, self.drift) if n]
        return " ".join(notes) if notes else None


def optics_note(ctx: CoachingContext, *, scan: Scan, points: Sequence[Entry] = ()) -> str | None:
    """The optics note as one text (`optics`), or None when all is well."""
    return optics(ctx, scan=scan, points=points).text


def optics(ctx: CoachingContext, *, scan: Scan, points: Sequence[Entry] = ()) -> Optics:
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
    triggers: list[str] = []
    strain = False
    for entry in recent:
        flags = scan(entry.text) if entry.kind in SAID_ABOUT_US else []
        if flags and is_work_safety(flags[0], entry.text):
            flags = []
        if entry.kind in SAID and reads_personal(flags):
            personal.append(entry)
        if entry.kind in SAID and not strain:
            strain = reads_strain(flags) and in_window(entry, now=ctx.now, window=STRAIN_WINDOW)
        role = ctx.relationship.role
        if reads_as_favouritism(flags) and not nobody_to_favour(role, flags[0], entry.text):
            triggers += [t for t in flags[0].triggers if t not in triggers]
    point_flags = [_in_full(scan(p.text), p.text) for p in points]
    drift = Drift(
        personal=len(personal),
        total=len(recent),
        points=len(points),
        personal_points=tuple(
            n for n, flags in enumerate(point_flags, start=1) if reads_personal(flags)
        ),
        work_points=tuple(n for n, flags in enumerate(point_flags, start=1) if not flags),
        sensitive_points=tuple(
            n
            for n, flags in enumerate(point_flags, start=1)
            if reads_sensitive(flags) and not reads_personal(flags)
        ),
        earlier=_named_entries([e for e in personal if e.id not in number], ctx),
    )
    return Optics(
        favouritism=_favouritism_note(name, triggers),
        drift=drift_note(name, ctx.relationship.role, drift),
        strain=strain,
    )
