"""The prep card as data: everything design §2 lists, decided here, rendered by the handlers.

One function, `build_prep`, so the slash command, the pre-meeting nudge, App Home and the shell
all show the same card.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from wordfreq import zipf_frequency

from coaching.address import as_written
from coaching.agenda_points import (
    ASKED_TO_VOUCH,
    ASKS_HOW,
    HANDLE_WITH_CARE,
    HOW_TO_SAY,
    LEVERAGE,
    NAMING,
    OUTSIDE_OFFER,
    REFERENCE,
    asks_them,
    avoiding,
    unformed,
    weighs_telling,
)
from coaching.ask_signals import (
    DELIVERABLE,
    age_days,
    content_stems,
    deadline_against_meeting,
    due_before_meeting,
    lighter_load,
    more_time_asked,
    owes_user,
    recent_priority,
    shows_a_result,
    stretched,
    their_private_life,
    touches,
    wants_ideas,
)
from coaching.asks import (
    WIN_PURPOSES,
    AskCategory,
    SuggestedAsk,
    as_sentence,
    decisive_advice,
    plan_asks,
)
from coaching.balance import (
    Balance,
    Give,
    Shown,
    as_utc,
    counts_of,
    describe_balance,
    own_entries,
)
from coaching.carried import carried_days
from coaching.checklist import (
    CHECKLIST_SHORT,
    SENSITIVE,
    Causes,
    Optics,
    after_hours_note,
    is_personal_flag,
    names_private_life,
    nobody_to_favour,
    optics,
    pick_checklist,
    weakly_personal,
)
from coaching.concerns import (
    TIED_OPENING,
    about_conduct,
    concern_note,
    concern_tail,
    is_concern_note,
    may_raise_concern,
    money_offered_note,
    offers_money,
    raises_concern,
    safety_note,
)
from coaching.counterpart import supervises_practice
from coaching.delicate import (
    Matter,
    colleague_injured_at_work,
    injured_at_work,
    matter_behind,
    parts,
    weighs_saying,
)
from coaching.due import (
    Due,
    day_text,
    dues,
    handed_to_them,
    is_event,
    listed_for_them,
    names_them,
    owed_by_them,
    private_errand,
)
from coaching.items import in_quotes, plain_text, reference, short_date, topic_of
from coaching.later_answers import with_later_answers
from coaching.leverage import NextStep
from coaching.line_memo import FLAG, TEXT, line_memo
from coaching.manager_first import leave_or_rota
from coaching.model import (
    HONORIFICS,
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Role,
    SeriesSpec,
    formally_addressed,
)
from coaching.notes_language import notes_language
from coaching.oversharing import (
    Category,
    Flag,
    Scanner,
    distress_is_sure,
    is_confident,
    personal_in,
    reports_safety_problem,
    scan,
    shown_flags,
    tells_of_shock,
    worth_showing,
)
from coaching.phrasebook import ENGLISH, Phrasebook, book_for
from coaching.recurrence import next_occurrence
from coaching.reframes import about_someone_close, for_role, private_life, reframe_for, telling
from coaching.slot_text import confident
from coaching.stakes import session_after
from coaching.timing import days_until, when_text

#: What a relationship's balance and suggestions look back on.
WINDOW = timedelta(days=90)
#: Kinds whose open status means "still waiting", so the card carries them past the window.
#: Notes, gifts and wins stay open as logged; older ones are history, not prep.
CARRIED_KINDS = (EntryKind.FOLLOWUP, EntryKind.ASK, EntryKind.AGENDA)
#: Carried items a card lists in full, next step included; the rest it counts.
SHOWN_CARRIED = 5
#: Why a card shows the checklist in full: a flagged talking point, a concern, a first 1:1.
ChecklistWhy = Literal["points", "concern", "first"]


@dataclass(frozen=True)
class TalkingPoint:
    """A point for the 1:1 and what the scan found; `noted` when the flag was shown in full
    before (on the confirmation or an earlier card), so this card shows a short marker."""

    entry: Entry
    flags: tuple[Flag, ...] = ()

    @property
    def noted(self) -> bool:
        return self.entry.flag_noted_at is not None


@dataclass(frozen=True)
class Meeting:
    """The occurrence a card is for."""

    series_id: int
    start: datetime
    when: str
    from_calendar: bool = False
    #: The first occurrence of its series: the card shows the full checklist.
    first: bool = False


@dataclass(frozen=True)
class PrepCard:
    person: str
    relationship_id: int
    meeting: Meeting | None
    #: Open asks and follow-ups, oldest first: all of them, or (when storage counted them) the
    #: oldest and newest few it read; the card lists the first `SHOWN_CARRIED`.
    carried_forward: tuple[Entry, ...]
    talking_points: tuple[TalkingPoint, ...]
    asks: tuple[SuggestedAsk, ...]
    balance: str
    checklist: tuple[str, ...] = (CHECKLIST_SHORT,)
    optics: str | None = None
    #: Said with the meeting: the 1:1 is set outside working hours.
    after_hours: str | None = None
    #: The hour can read as a private friendship (evening, weekend), not just an early start.
    hours_concern: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: Who they are to the user, for copy that fits the role (the empty agenda's example).
    role: Role = Role.OTHER
    #: The counterpart's Slack id when known, so the card can show commands that name them.
    person_id: str | None = None
    #: Display names of Slack users, so the user's own lines name people rather than mention them.
    names: dict[str, str] = field(default_factory=dict)
    #: What to do next about carried items that are followed (coaching.leverage), by entry id.
    next_steps: tuple[NextStep, ...] = ()
    #: A leave or rota point is the manager's call: said under that point, not in an ask's reason.
    points_note: str | None = None
    #: The talking point (entry id) the points note is about, when one can be named.
    points_note_for: int | None = None
    #: No goal set yet: said once under the asks, not bolted onto the last one's reason.
    goal_note: str | None = None
    #: The user writes their notes in another language: the asks are a guide to say in it.
    language_note: str | None = None
    #: When the card was built, so carried items can say when they were logged ("3 Nov").
    now: datetime | None = None
    #: Why the checklist shows in full (`_full_checklist_why`); None for the one-line reminder.
    checklist_why: ChecklistWhy | None = None
    #: How many asks and follow-ups are open in all ("…and N more" counts the unlisted ones).
    carried_count: int = 0
    #: Carried follow-ups that are not for this person (owed to someone else, their own task,
    #: an event): listed after the rest, under their own line (round 29: "every card lists
    #: unrelated third-party items" as if they were this meeting's business).
    carried_for_others: frozenset[int] = frozenset()
    #: Promises owed that fall due before the 1:1 or already have: the top of the card.
    due: tuple[Due, ...] = ()
    #: The day a carried item names, by entry id, said against the 1:1 (`due.carried_days`).
    carried_days: tuple[tuple[int, str], ...] = ()
    #: Talking points (entry ids) that report a safety problem, and what to do about them:
    #: raised first, or reported today when the 1:1 is days away (`concerns.safety_note`).
    safety_points: tuple[int, ...] = ()
    safety_note: str = ""
    #: A coaching line under a talking point, by entry id: how to handle an outside offer with
    #: someone who has a say, or late work said as work (`point_notes`).
    point_notes: tuple[tuple[int, str], ...] = ()
    #: A kind word for someone whose recent notes speak of strain outside work (`KIND_WORD`).
    kind_word: str | None = None
    #: A recent note of the user's that reads as a safety, integrity or conduct problem and is
    #: on no talking point: said once, under the points, for the user's eyes only.
    to_raise: str | None = None
    #: A recent note weighing whether to tell them something, on no point (`note_to_weigh`):
    #: said where `to_raise` would be, with a way to decide.
    to_weigh: str | None = None


#: Said, for the user's eyes only, when their recent notes speak of strain outside work and no
#: point already has the care note. Round 20: the cards handled private matters correctly but
#: "never said a kind word about the load the person is carrying".
KIND_WORD = (
    "Some of what you've noted lately sounds hard going — look after yourself first. You don't"
    " owe anyone the details; if it touches your work, one line on what you need is enough."
)


#: The same said to someone in supervision, which is the place for it.
SUPERVISION_KIND_WORD = (
    "Some of what you've noted lately sounds hard going. Supervision is a place for that: bring"
    " as much of it as you choose — how the work is sitting with you is part of the work."
)
#: Supervision of the user's practice keeps no give and take: it is there for the user.
SUPERVISION_BALANCE = "Supervision is time for your practice — there's no give and take to keep."


def _kind_word(
    seen: Optics, points: Sequence[TalkingPoint], *, supervision: bool = False
) -> str | None:
    cared = any(f.category is Category.DISTRESS for p in points for f in p.flags)
    if not seen.strain or cared:
        return None
    return SUPERVISION_KIND_WORD if supervision else KIND_WORD


def _causes(
    points: Sequence[TalkingPoint], meeting: Meeting | None, *, seen: Optics, hours: bool
) -> Causes:
    """What on this card gives the checklist cause: a talking point's first flag (personal,
    sensitive, favouritism), words in the log that read as favouritism, a log gone personal,
    an evening or weekend slot that reads as social, a first 1:1. Flags only, never the mere
    presence of a point: a plain work agenda needs no questions."""
    first = [p.flags[0] for p in points if p.flags]
    return Causes(
        personal=any(is_personal_flag(f) for f in first),
        sensitive=any(f.category in SENSITIVE for f in first),
        favouritism=bool(seen.favouritism)
        or any(f.category is Category.FAVOURITISM for f in first),
        hours=hours,
        drift=bool(seen.drift),
        first=bool(meeting and meeting.first),
    )


def _full_checklist_why(causes: Causes, *, concern: bool) -> ChecklistWhy | None:
    """The lead the checklist shows with, so a reader sees why one card has questions and
    another one line: a flagged talking point to run past them, a concern the card raises
    (optics, an evening or weekend 1:1 with someone senior), or the first 1:1 of a series
    (where the frame is set); None for the one-line reminder."""
    if causes.personal or causes.sensitive or (causes.favouritism and not concern):
        return "points"
    if concern:
        return "concern"
    return "first" if causes.first else None


#: A promise the balance line says to send is a thing ("the rota notes", "my draft"), never an
#: action cut from the line ("getting back").
_THING = re.compile(r"(?i)(?:the|my|our|a|an|your|her|his|their|some|\d+)\b")


def _give(
    ctx: CoachingContext,
    asks: Sequence[SuggestedAsk],
    scanner: Scanner,
    days_to_meeting: int | None = None,
) -> Give | None:
    """The concrete give the balance line names. When the first suggestion already offers help,
    the one it offers (their newest open priority, else the oldest promise), so the line and
    the asks agree; otherwise what is owed comes first — the oldest promise, then their newest
    priority — since a promise kept is the give no one can read as a favour. Only a recent
    priority counts (`recent_priority`), as in the asks."""
    person = ctx.relationship.full_label
    open_ = [e for e in own_entries(ctx) if e.status is EntryStatus.OPEN]
    priorities = sorted(  # a months-old priority is not offered, as the asks never offer it
        (
            e
            for e in open_
            if e.kind is EntryKind.PRIORITY
            and not their_private_life(e.text)
            and recent_priority(age_days(e, ctx.now))
            and not due_before_meeting(e, age_days(e, ctx.now), days_to_meeting)
        ),
        key=lambda e: e.created_at,
    )
    promises = sorted(  # what the user owes them (`handed_to_them`): not "rota to the ADON"
        (
            e
            for e in open_
            if e.kind is EntryKind.FOLLOWUP
            and handed_to_them(plain_text(e.text, ctx.names), person)
            and _for_them(e.text, plain_text(e.text, ctx.names), person)
        ),
        # what is owed now before what falls due after the 1:1 (round 53: forms due on the
        # 30th came before the signed lists Awa needed for her audit)
        key=lambda e: (bool(_due_after(e, ctx.now, days_to_meeting)), e.created_at),
    )
    offered = bool(asks) and asks[0].category is AskCategory.OFFER_HELP
    # a promise an ask already hands over is not "send it" again (round 54: the same deliverable
    # in the hourglass, the carried list, an ask and the balance line)
    delivered = frozenset().union(*(a.delivers for a in asks))
    # and one the user's own point asks more time on is theirs to raise (round 57: "kuomba
    # extension ya soil data hadi 11 Dec" beside "Send Dr Njeri your follow-up … before you
    # meet") — not one a point merely shares words with (round 60: a menu proposal owed, beside
    # "head chef wa seafood restaurant — process ni gani?")
    points = [e.text for e in open_ if e.kind is EntryKind.AGENDA]
    delivered |= {e.id for e in promises if more_time_asked(e, points)}
    order = [("priority", priorities[::-1]), ("promise", promises)]
    for kind, pool in order if offered else order[::-1]:
        for entry in pool:
            topic = topic_of(entry.text, counterpart=person, names=ctx.names)
            if kind == "promise" and topic and not _THING.match(topic):
                topic = None  # "Send Dana getting back" — named by its date instead
            if topic and not confident(topic):
                topic = None  # "Send Darren the wysłać Darrenowi listę": as the asks would
            if topic and not personal_in(scanner(entry.text)):
                after = _due_after(entry, ctx.now, days_to_meeting) if kind == "promise" else ""
                on_card = offered or entry.id in delivered
                return Give(kind, topic, on_card=on_card, due_after=after)  # type: ignore[arg-type]
    if offered:
        return Give("offer", on_card=True)
    # a promise whose words name no clear topic is still owed: named by its date, as listed —
    # when its words name them; "kupić nowe rękawice" is a note to self (round 42: "send
    # Majster your follow-up from 26 Oct", of buying gloves)
    owed = next((e for e in promises if _owed_undated(e, person, scanner)), None)
    when = f"your follow-up from {short_date(owed.created_at, ctx.now)}" if owed else ""
    if owed:
        after = _due_after(owed, ctx.now, days_to_meeting)
        return Give("promise", when, on_card=owed.id in delivered, due_after=after)
    # their priority in words no slot can say ("Marek chce zamknąć Bonarkę do 15/12"): pointed
    # at by the user's own note, never "nothing of theirs is logged" (round 50)
    # — only where taking a piece of their work is a give (`ask_what_helps`): a manager or a peer
    if ctx.relationship.role not in (Role.MANAGER, Role.PEER):
        return None
    noted = next((e for e in priorities[::-1] if not personal_in(scanner(e.text))), None)
    if noted is None:
        return None
    said = f"{short_date(noted.created_at, ctx.now)} ({in_quotes(noted.text, ctx.names)})"
    return Give("noted", said)


def _due_after(entry: Entry, now: datetime, days_to_meeting: int | None) -> str:
    """The day a promise is due, when that is after the 1:1 ("obiecałem E RFC do 2.12", the 1:1
    tomorrow): it is not owed yet, so "send it before you meet" would ask for it early (round 53).
    """
    found = deadline_against_meeting(entry, age_days(entry, now), days_to_meeting)
    if found is None or found[1] <= 0:
        return ""
    return day_text(found[0], now.date())


def _for_them(text: str, plain: str, person: str) -> bool:
    """A follow-up that is something for them: it names them, or hands or brings a thing over
    ("send the deck", "bring examples"). "find out wat the rules are for live work" is the
    user's own errand (round 43: "Send Gaz the find out wat the rules actually")."""
    return _names_or_brings(text, person) or bool(DELIVERABLE.match(plain))


def _owed_undated(entry: Entry, person: str, scanner: Scanner) -> bool:
    """A promise the card may name by its date: its words name them or bring it to them ("get
    the van mot booked" is no give to anyone), and nothing personal is in it."""
    return _names_or_brings(entry.text, person) and not personal_in(scanner(entry.text))


def _names_or_brings(text: str, person: str) -> bool:
    """The line names them, brings something to them, or promises it to "her" or "him"."""
    return bool(
        names_them(text, person, pronouns=False)
        or _BROUGHT_TO_THEM.match(text)
        or _PROMISED_THEM.search(text)
    )


#: A follow-up that brings something to them without naming them: "bring examples for the 3
#: outcomes", "llevarle las fotos del etiquetado" (the "-le" is them).
_BROUGHT_TO_THEM = re.compile(
    r"(?i)^\s*(?:bring(?!\s+(?:up|my|our|in)\b)|take\s+in|llevarle|traerle|mandarle|enviarle|levar-lhe|mandar-lhe"
    r"|enviar-lhe|trazer-lhe|apportargli|apportarle)\b"
)
#: A promise to them said by a pronoun after its verb: "promised her the photos", "still owe
#: him the list", "get back to her on that". Elsewhere a pronoun may be someone else: "told
#: Mitu i'd recommend her".
_PROMISED_THEM = re.compile(
    r"(?i)\b(?:promised|owe|get\s+back\s+to|send|give|show|email)\s+(?:her|him|them)\b"
)


def for_card(
    flags: Sequence[Flag], text: str, role: Role, asked: Sequence[str] = ()
) -> tuple[Flag, ...]:
    """A point's flags as this card shows them: each rewrite fitted to who the 1:1 is with
    (`reframes.for_role`), and gossip about a named colleague's private life said firmly — the
    words say it plainly ("his marriage"), so the card does not hedge it as a guess.

    Before that, a flag is fitted to what the note is about (`_fitted`): a relative's illness is
    a family matter, and a flag with no word of its own on a note about late work, or "heard"
    only as "heard nothing", is dropped — the point is about the work. With a mentor, thinking
    about a move is no oversharing: it is what a mentor is for, and neither is a move the user
    already asked this person to back (`asked`: their open asks): "reference for educator job —
    need answer b4 sunday" beside "asked Deb to be my reference" (round 29)."""
    fitted = [f for f in (_fitted(f, text) for f in flags) if f is not None]
    if raises_concern(text) and not private_life(text):  # a worry about work is the 1:1's business
        fitted = [f for f in fitted if f.category is not Category.GOSSIP]
    # a move the person was already asked to vouch for is no news to them
    vouched = REFERENCE.search(text) and any(ASKED_TO_VOUCH.search(ask) for ask in asked)
    if role is Role.MENTOR or vouched:  # round 25 flagged "thinking of leaving" with a mentor
        fitted = [f for f in fitted if f.category is not Category.JOB_HUNT]
    # nobody to favour the user (round 43: "ask him honestly … he knows people who left" to a
    # potter's sensei read as favouritism): as the optics note reads it
    fitted = [
        f
        for f in fitted
        if f.category is not Category.FAVOURITISM or not nobody_to_favour(role, f, text)
    ]
    if weighs_telling(text):  # "mention J?? or go to Carol first": whom to tell, no favour
        fitted = [f for f in fitted if not (f.category is Category.FAVOURITISM and f.tentative)]
    return tuple(
        replace(
            f,
            reframe=for_role(f.category.value, f.reframe, role.value),
            hedged=f.hedged and not (f.category is Category.GOSSIP and private_life(text)),
        )
        for f in fitted
    )


#: A note about the user's own late work or an apology for it: "costings not done. sorry".
LATE_WORK = re.compile(
    r"(?i)\b(?:not done|isn'?t done|aren'?t done|not finished|not ready|running late|late|"
    r"behind on|overdue|missed the deadline|haven'?t (?:done|finished|sent|started))\b"
    r"|\bsorry\b|\bapolog"
)
#: "heard nothing", "not heard back": waiting for news, not hearsay about anyone.
_HEARD_NOTHING = re.compile(
    r"(?i)\b(?:heard|hear)\s+(?:nothing|back|anything|zilch|zip|a thing|from)\b"
    r"|\b(?:not|haven'?t|hasn'?t|no)\s+heard\b"
)
_HEALTH = frozenset({Category.HEALTH, Category.MENTAL_HEALTH})


def _fitted(flag: Flag, text: str) -> Flag | None:
    """The flag as the note's own words bear it out, or None when they plainly say work.

    A personal flag with no word of its own (`telling`) on a note about late work is the apology
    read as feeling: it gets no personal rewrite, because the point is the work and a new date.
    A gossip flag whose only cue is "heard nothing" is waiting for news. A health flag on a note
    about someone close ("mum's on chemo") is a family matter: the rewrite asks for time or
    cover, never speaks of the user's own health."""
    category = flag.category.value
    if flag.category is Category.DISTRESS:
        return flag
    if LATE_WORK.search(text) and not telling(category, text):
        return None
    waiting = flag.category is Category.GOSSIP and _HEARD_NOTHING.search(text)
    if waiting and not telling(category, _HEARD_NOTHING.sub(" ", text)):
        return None
    if flag.category in _HEALTH and about_someone_close(text):
        reframe = reframe_for(Category.FAMILY.value, flag.triggers, text)
        return replace(flag, category=Category.FAMILY, reframe=reframe)
    return flag


#: Beside a point weighing an offer from elsewhere (`agenda_points.OUTSIDE_OFFER`) as leverage.
OFFER_NOTE = (
    "Don't use the offer as a threat: it can cost you their backing, and they may take you at "
    "your word. Decide privately, before you go in, what you'd accept."
)
#: Said first when no job-hunting flag above the note already says to talk about growth here.
GROWTH_FIRST = "Talk about growing here, not the offer. "
LATE_NOTE = "Late work: say where it stands and a new date you can keep — no reason needed."
#: Beside it, a way to decide, in the design's terms (§1: what can be used in rooms you are not
#: in), rather than silence (round 20: "do i mention M.?" had no word of advice).
TELL_OR_NOT_NOTE = (
    "To decide: would it help them plan the work or back you, and would you be fine hearing it"
    " repeated in a room you're not in? If both, say it early, in a line about the work; if"
    " neither, it can wait."
)
#: The same where the point may be about harm or a false record (`may_raise_concern`): that
#: test first (round 42: a suspected abuse of a resident was told "it can wait"), and only
#: there (round 46: a family's move read as misconduct under "a record is false").
TELL_OR_NOT_HARM_NOTE = (
    "To decide: if someone could be hurt or treated badly, or a record is false, it can't wait"
    " — say what you saw and when, facts only. Otherwise: would it help them plan the work or"
    " back you, and would you be fine hearing it repeated in a room you're not in? If both, say"
    " it early, in a line about the work; if neither, it can wait."
)


#: A point about a safety or compliance gap: records missing before an audit, a drug given or
#: charted wrong, a dosing near miss (round 26 told "the test records thing - do I tell DW or
#: sort it quietly first??" that it "can wait").
#: Records kept for safety or compliance ("test sheets", "fridge temp logs", "MAR charts").
_RECORDS = (
    r"(?:test|maintenance|training|inspection|safety|audit|drug|controlled drug|cd|mar|temp"
    r"|temperature|fridge|fire\s+drill|cleaning)\s+(?:records?|logs?|register|charts?|charting"
    r"|sheets?|certs?|certificates?)\b"
)
#: ... and what makes them a gap, said in the same clause: "MAR charts unsigned for 3 nights",
#: "test sheets pre-filled", "certs ran out", "CD register out by 2", "filling them in from
#: home" — not "test sheets done tmrw hopefully" (round 52: a false warning).
_GAP = (
    r"\b(?:missing|gaps?|blank|empty|incomplete|out\s+of\s+date|wrong|unsigned|pre-?filled"
    r"|filled\s+in|filling\s+(?:\w+\s+)?in|ran\s+out|run\s+out|out\s+by\s+\d|not\s+(?:done|filled"
    r"|signed|completed|up\s+to\s+date|there|kept)|never|nobody|no\s+one|fake|made\s+up|backdat\w*"
    r"|lost|don'?t\s+match|doesn'?t\s+match|mismatch\w*|overdue|expired|lapsed|quietly)\b"
)
COMPLIANCE_GAP = re.compile(
    # records only with a gap in the same clause: "test records missing", "fire logs not done
    # for weeks" — not "Lwazi says test sheets done tmrw hopefully" (round 52: a false warning)
    r"(?i)\b" + _RECORDS + r"(?=[^.;!?]{0,60}?(?:" + _GAP + r"))"
    r"|\b(?:missing|no|blank|incomplete|fake|backdated|expired|lapsed|unsigned|out\s+of\s+date)"
    r"\s+(?:\w+\s+)?"
    + _RECORDS
    + r"|\b(?:riddor|breach|dosing|controlled drugs?|oramorph|morphine|mis-?charted|falsif\w*"
    r"|backdat\w*|not (?:recorded|signed|logged))\b"
    # an environmental or regulatory breach: "run the effluent irrigator on saturated paddocks
    # … if council fines us" (round 29 told it "it can wait")
    r"|\b(?:effluent|spill(?:ed|age)?(?![-\w])|pollut\w*|contaminat\w*|illegal(?:ly)?|non-?complian\w*"
    r"|(?:council|regulator|epa|inspector)\s+(?:\w+\s+)?fines?|fines?\s+us)\b"
    # a near miss, breaks people are owed, a figure or date written false (round 29)
    r"|\bnear[- ]?miss\w*|\b(?:not legal|unlawful|against the law)\b"
    r"|\b(?:no|skip\w*|cut|without)\s+(?:\w+\s+){0,2}breaks?\b|\bprzerw\w*"
    r"|\b(?:số ảo|fake (?:numbers|figures|dates?)|false (?:dates?|figures|numbers)"
    r"|cook(?:ing)? the books|fudg(?:e|ed|ing)\s+(?:the\s+)?(?:numbers|figures|data|results))\b"
)
#: News of one's own body or family: "co nen noi … minh co bau", "tell her about the IVF?".
PRIVATE_NEWS = re.compile(
    r"(?i)\b(?:pregnan\w*|grávida|gravidez|embarazada|embarazo|schwanger\w*|zwanger\w*|enceinte"
    r"|incinta"
    r"|grossesse|gravidanza"
    r"|ciąż\w*|ivf|miscarr\w*)\b"
    r"|\b(?:i'?m|i am|we'?re|we are)\s+expecting\b(?!\s+(?:delays?|a\s+delay|issues|problems|the"
    r"|some|more|news))"
    r"|\b(?:my|our)\s+(?:maternity|paternity|diagnosis|baby)\b|\bi\s+(?:was|got|just got)\s+"
    r"diagnosed\b|\b(?:co|có)\s+(?:bau|bầu)\b"
    # leave for a birth, which says the news: "産休のことはいつどう伝える?" (round 58)
    # — the user's own, not a colleague's ("Ana's maternity leave cover", "田中さんの産休")
    r"|\b(?:mi|minha)\s+(?:baja\s+(?:por\s+)?maternidad|licen[cç]a[- ]maternidade)\b"
    r"|\b(?:mein|meinen)\s+mutterschutz\b|\bm[oó]j\s+urlop\s+macierzy\w*|\bmon\s+cong[ée]\s+"
    r"(?:de\s+)?maternit[ée]\b|(?<!の)妊娠|(?<!の)産休|つわり|임신|출산\s?휴가"
)
PRIVATE_NEWS_NOTE = (
    "Whether and when to share news like this is yours alone — there's no need to before you're"
    " ready. If it bears on something being decided now, you can ask to talk timing without"
    " the details; HR can tell you what protects you once you've said it."
)
#: An offer from elsewhere, in the notes' languages: the offer note's own reading, and Spanish.
_AN_OFFER = re.compile(OUTSIDE_OFFER.pattern + r"|(?i:\boferta\b)")
#: A plan or an offer to leave: "conto pra ela q tô pensando em sair?", "mention the offer?".
LEAVING = re.compile(
    r"(?i)\b(?:leaving(?!\s+it\b)|leave\s+(?:the\s+)?(?:firm|company|job|practice|team|here)"
    r"|quitting|resign\w*|sair|saindo|irme|marcharme|odejść|kündig\w*|job\s+offer|oferta"
    r"|salir(?:me)?\s+de\s+(?:la|el|esta|este)\s+(?:empresa|coop\w*|trabajo|firma|compañía|hospital)"
    r"|headhunt\w*|(?:other|another|outra|otra)\s+(?:firm|firma|job|company|empresa)"
    r"|my own (?:firm|practice|office|business)|meu escritório)\b"
)
LEAVING_NOTE = (
    "Thinking of leaving is yours to share when you choose. Before you tell them, ask yourself"
    " who they'd feel bound to tell; you can ask how they'd weigh a choice like yours without"
    " saying you've made one."
)
#: Going for the same job as the person met: "do i tell fi im goin for contracts mgr too".
RIVAL = re.compile(
    r"(?i)\b(?:apply\w*|going\s+for|goin\s+for|in\s+for|up\s+for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:job|role|post|position|mgr|manager|lead|promotion|vacancy|opening)\b[^?]*?"
    r"\b(?:too|as\s+well)\b"
)
RIVAL_NOTE = (
    "Better they hear it from you than from someone else: say it once, plainly — you're going"
    " for it too, and it won't change how you work together."
)
#: A point about a risk to the work they count on: a crew unpaid that may walk before a pour.
WORK_RISK = re.compile(
    r"(?i)\b(?:crew|team|staff|workers?|guys|lads|subbies?|they|them)\b[^.?!]{0,30}"
    r"\b(?:not\s+(?:been\s+)?paid|unpaid|hasn'?t\s+been\s+paid|haven'?t\s+been\s+paid)\b"
    r"|\bunpaid\s+(?:crew|team|staff|workers?|wages)\b"
    r"|\b(?:they|crew|team|staff|workers?|lads|guys)\s+(?:\w+\s+)?(?:walk(?:s|ing)?\s+(?:off|out)"
    r"|walk\b(?!\s+(?:the|through|round|around|me|you|him|her))|go(?:ing)?\s+on\s+strike|quit)"
    # numbers they are relying on that will change: "fewer days open?? affects the revenue
    # numbers" beside a loan review (round 39: "if not, it can wait")
    r"|\b(?:affects?|changes?|lowers?|hits?|cuts?|reduces?)\s+(?:the\s+|my\s+|our\s+)?(?:revenue"
    r"|sales|numbers|figures|forecast|projections?|cash\s*flow|turnover|targets?|budget)\b"
)
WORK_RISK_NOTE = (
    "A risk to work they count on is theirs to hear early, whoever's problem it is: say what you"
    " know, what it puts at risk and by when, and what you'd suggest — not who is to blame."
)
#: Whether it goes further: "would she have to tell Lorraine?", "does it stay between us?".
CONFIDENTIAL = re.compile(
    r"(?i)\bwould\s+(?:she|he|they|you)\s+(?:have|need)\s+to\s+(?:tell|report|pass|share|inform)\b"
    r"|\bstays?\s+between\s+(?:us|you\s+and\s+me)\b|\boff\s+the\s+record\b"
    # "bring up the iwi job?? s/v meant to be safe space but she talks to my manager" (round
    # 48): weighing it, with doubled marks — not "he reports to my manager too"
    r"|\?\?.*\b(?:(?:she|he|they)\s+(?:talks?|reports?|speaks?|feeds?\s+back|passes?\s+(?:it\s+)?on)\s+to"
    r"\s+(?:my\s+)?(?:manager|boss|tl|team\s*leader|line\s+manager|hr)|(?:meant|supposed)\s+to\s+be\s+"
    r"(?:a\s+)?safe\s+space)\b"
)
#: The user means to ask them to keep something to themselves: "pedir pra ficar entre nós",
#: "keep it between us", "que quede entre nosotros", "unter uns", "między nami", "entre nous".
KEEP_BETWEEN_US = re.compile(
    # kept, asked to stay: not "dividir o plantão entre nós dois", "keep it quiet on the floor"
    r"(?i)\b(?:keep|stay)s?\s+(?:it\s+|this\s+)?(?:between\s+(?:us|you\s+and\s+me)|off\s+the\s+record)"
    r"|\b(?:fi(?:car|que)|quede|quedar|bleibt|zostan\w*|reste)\s+(?:isso\s+|esto\s+|das\s+|to\s+)?"
    r"(?:entre\s+n(?:ó|o)s(?:otros)?|entre\s+nous|unter\s+uns|mi[eę]dzy\s+nami)\b|ここだけの話|内密に"
)
#: Beside it: the answer first, then only what they'd be fine with going further (round 57: a
#: job offer to keep from a co-op whose president the mentor knows got no word on it).
KEEP_IT_NOTE = (
    "Ask first whether it can stay between you two, and hear the answer before you say more —"
    " then share only what you'd be fine with reaching anyone they talk to."
)
CONFIDENTIAL_NOTE = (
    "Before you decide, ask what stays between you two and what they would have to pass on —"
    " then say as much as you choose. How the work is affecting you is a fair thing to bring;"
    " what goes further is yours to know first."
)
#: Beside a point weighing how to speak of a colleague hurt doing the work, who asked for
#: silence (`delicate.colleague_injured_at_work`).
COLLEAGUE_INJURED_NOTE = (
    "An injury from the work belongs on record even if they asked you to keep quiet: a report is"
    " usually what gets treatment covered and the cause fixed. Talk to them first — about seeing"
    " a doctor and reporting it together — then speak for their work on its merits; the injury"
    " should play no part in whether they're kept on."
)
#: Beside a point weighing a part of the body the user hurt at work (`delicate.injured_at_work`).
INJURED_NOTE = (
    "Hurt doing the work is an injury to report, not private health news: fill in the incident"
    " form today, even if it costs you hours — it protects you if it gets worse, and it is how"
    " the cause (the kit, the staffing) gets fixed. Then ask for what you need while it heals."
)
#: Beside a point weighing a pregnancy where the work holds a hazard for it
#: (`delicate.Matter.PREGNANCY_AT_RISK`): the protection first, the news when the user chooses.
PREGNANCY_RISK_NOTE = (
    "When and how to share the news is yours to choose — but if your work puts you near fumes,"
    " chemicals, heavy lifting or nights, ask HR or occupational health now, in confidence, for"
    " a pregnancy risk assessment: in most places the employer must adjust the work once they"
    " know, and that protection starts when you tell them."
)
#: Beside a point weighing a relative's illness or care (`delicate.Matter.FAMILY`).
FAMILY_NOTE = (
    "How much of your family's news to share is yours to choose. Ask for what you need — the"
    " days or hours, a move, and for how long — and say how your work stays covered. If it"
    " changes your plans, ask what options there are before you decide between them."
)
#: Beside a point weighing a colleague's news told in confidence (`delicate.Matter.CONFIDENCE`).
CONFIDENCE_NOTE = (
    "What a colleague told you in confidence is theirs to tell: don't pass it on, not even as a"
    " hint — if you're asked, “that's for them to say” is honest. Plan your own part so it holds"
    " either way."
)
#: ... when the 1:1 is with a peer, who may be the one who told it.
CONFIDENCE_PEER = (
    " If the news is theirs, ask when they mean to share it, and say plainly what keeping it"
    " leaves you holding in the meantime."
)
#: Words that ask how to say one thing without another: "sin quemarme", "söylemeden".
_WITHOUT = re.compile(
    r"(?i)\b(?:without|sin|sem|sans|ohne|senza|zonder|uden|uten|utan|bez|tanpa|bila|без"
    r"|không\s+nói)\b|\w+(?:meden|madan)\b|言わずに|言わないで|말하지\s?않고"
)


def matter_note(matter: str, text: str, role: Role) -> str:
    """How to decide, or say, a delicate matter, for what it is (`coaching.delicate`)."""
    kind = Matter(matter)
    if kind is Matter.PREGNANCY_AT_RISK:
        return PREGNANCY_RISK_NOTE
    if kind is Matter.OWN_NEWS:  # "how do I talk about the travel (without saying IVF)"
        return AVOID_NOTES["why"] if _WITHOUT.search(text) else PRIVATE_NEWS_NOTE
    if kind is Matter.FAMILY:
        return FAMILY_NOTE
    if kind is Matter.RIVAL:
        return RIVAL_NOTE
    if kind is Matter.CONFIDENCE:
        return CONFIDENCE_NOTE + (CONFIDENCE_PEER if role is Role.PEER else "")
    if role in (Role.MANAGER, Role.SKIP, Role.SPONSOR):
        return GROWTH_FIRST + OFFER_NOTE
    return LEAVING_NOTE


def _harm_in(text: str) -> bool:
    """A point that itself says harm or a false record: its own note comes first."""
    return bool(reports_safety_problem(text) or COMPLIANCE_GAP.search(text) or raises_concern(text))


#: Which way to decide goes with which kind of news, first match first.
#: Something already on record that will reach them anyway: an audit, an incident report, a
#: complaint, a review of the user's work (round 48: "lo de la auditoría: ¿lo menciono yo en la
#: aplicación o no?" — a finding the user had reported herself got the stock "it can wait").
ON_RECORD = re.compile(
    r"(?i)\baudit(?:s|ed|ors?)?\b|\bauditor[ií]a\b|\bauditoria\b|\baudyt\w*|\bincident\s+(?:report|form)"
    r"|\binvestigation\b|\bcomplaint\b|\bgrievance\b|\bdisciplinary\b|\bqueja\b|\breclamaci[oó]n\b"
    r"|\bhallazgo\b|\b(?:audit\s+)?finding\s+(?:from|on|in)\b|\bbeschwerde\b|\bplainte\b|\bsindic[aâ]ncia\b"
)
ON_RECORD_NOTE = (
    "If it's on record already (an audit, a report, a complaint), it will reach them anyway —"
    " better from you, and first: what happened, what you did about it, where it stands. If you"
    " raised it yourself, that counts in your favour."
)
_DILEMMAS = (
    (WORK_RISK, WORK_RISK_NOTE),
    (PRIVATE_NEWS, PRIVATE_NEWS_NOTE),
    (RIVAL, RIVAL_NOTE),
    (LEAVING, LEAVING_NOTE),
    (ON_RECORD, ON_RECORD_NOTE),  # after news, rivals and leaving: "the audit is next week anyway"
)
TELL_A_GAP_NOTE = (
    "A safety or compliance gap is one to raise early, with what you found, what you're doing"
    " about it and by when — sorting it quietly first can look like hiding it later."
)


HOW_TO_SAY_NOTE = (
    "How to say it: two plain sentences — first what has happened (or what you need), then the"
    " one thing you're asking them to agree. Calm facts and a clear ask come across as good"
    " judgement, not as complaining."
)
#: How to say a point that names what it must avoid (`agenda_points.avoiding`), by what.
AVOID_NOTES = {
    "own": (
        "Own it early and plainly: what happened, what you've already done to put it right, and"
        " what you'll change so it doesn't happen again. Said first, by you, a mistake reads as"
        " reliability."
    ),
    "word": (
        "So it isn't your word against theirs: before you raise it, write down what you saw, when,"
        " and who else was there — a note made at the time carries weight. Then give the facts"
        " and ask what happens next."
    ),
    "head": (
        "So it doesn't read as going round anyone: say you've raised it with them first (or will,"
        " straight after), then keep to the work — what happened, what it affects, what you need."
    ),
    "why": (
        "You don't have to give the reason: ask for what you need and for how long, and say how"
        " the work stays covered. The why is yours to share or keep."
    ),
    "job": (
        "Say what you saw and when, plainly, and put it in writing afterwards, so it's on record"
        " that you raised it in good faith. If you fear it could cost you your job, ask HR or a"
        " staff rep how it's handled — but don't sit on anything unsafe."
    ),
    "others": (
        "To raise it without it landing on someone: talk about the practice, not the person —"
        " what happened, what it puts at risk, and what should change from now on. If anyone"
        " could get hurt, the name matters and you should give it; otherwise you can ask to fix"
        " how it's done first."
    ),
    "image": (
        "You've named how you don't want it to come across. Lead with what you'd like to happen"
        " next, give the one fact it rests on, and ask plainly — said straight and brief, it"
        " reads as good judgement, not as a complaint or as pushing."
    ),
}
#: With a mentor, how to say it is the question to bring them: the script is theirs to help with
#: (round 53: "como falar c/ Marcão antes de decidir?" was told to ask the mentor "to agree" one
#: thing).
HOW_TO_MENTOR = (
    "This is one to ask {name} straight out — “How would you put it, and what would you leave"
    " out?” Bring the facts and dates, so the advice fits."
)
#: "How do I tell him" in the notes' other languages: the mentor is the one to be told.
_TO_THEM_ABROAD = re.compile(
    r"(?i)\b(?:jak\s+(?:mu|jej)|c[oó]mo\s+le|como\s+(?:lhe|dizer\s+a)|wie\s+sag\s*e?\s+ich\s+(?:ihm|ihr))\b"
)
#: Whether to name someone: the facts get it fixed; a name is owed where harm is, and asked
#: for first where it is someone else's story.
NAMING_NOTE = (
    "On naming names: lead with what happened and what has to change. Where someone could be"
    " hurt or is treated badly, whoever can stop it needs to know who; if it happened to someone"
    " else, ask them before you use their name."
)
#: Beside a fear of being seen to tell on someone.
NOT_TELLING_ON = " Raising it protects people; it isn't telling on a colleague."


def naming_note(text: str) -> str:
    return NAMING_NOTE + (NOT_TELLING_ON if _TELLING_ON.search(text) else "")


#: The same beside a safety point, whose note already says to report it: the line to hold.
HOW_TO_SAY_SAFETY = (
    "How to say it: what happened and when, then the line you won't cross and what you need"
    " from them. Keeping to a safety rule is no sign of weakness."
)


#: The user asks how to raise something without it pointing at them: "how do I raise the live
#: working thing without sipho knowing it came from me", "sin que sepa que fui yo", "without it
#: coming back to me", "anonymously" (round 41: the card answered with "raise it early").
UNNAMED = re.compile(
    r"(?i)\bwithout\s+(?:\w+\s+){0,2}(?:knowing|finding\s+out|realising|realizing|guessing)\b"
    r"|\bwithout\s+it\s+(?:coming\s+back\s+(?:to|on)\s+me|being\s+traced|pointing\s+(?:at|to)\s+me)\b"
    r"|\banonymous(?:ly)?\b|\bsin\s+que\s+(?:\w+\s+)?sepa\b|\bsem\s+que\s+(?:\w+\s+)?saiba\b"
    r"|\bohne\s+dass\s+(?:\w+\s+){0,2}(?:wei(?:ß|ss)|merkt)\b|\bżeby\s+(?:\w+\s+)?nie\s+wiedzia"
)
UNNAMED_NOTE = (
    "So it doesn't point at you: ask them to see it for themselves — a check, or a rule for"
    " everyone, on the days it happens — so what follows rests on what they find, not on who"
    " told them. Say what happens and when, not who does it; and if you're ever asked, saying"
    " it was you is nothing to be ashamed of."
)


#: A question to ask with care ("where does Liam fit next season?? ask carefully"): about the
#: work, not the person (round 46: told to open with it).
WITH_CARE_NOTE = (
    "To ask it with care: make it about the work and your part in it, not about anyone else —"
    " “How do you see the next few months, and where do I fit?” — then listen before you say"
    " more."
)
#: A matter not yet put into words (`UNFORMED`): how to get it ready, and leave to wait.
UNFORMED_NOTE = (
    "Still deciding? Put it in two sentences before you go in: what has happened (facts and"
    " dates, no verdict on anyone) and what you'd like to happen. {way_in} If it won't fit in"
    " two sentences yet, it can wait for another 1:1 — unless it's about safety or how someone"
    " is treated: that can't wait."
)
#: Words of someone hurt or in danger that the worry readings miss ("the thing with Raj
#: grabbing my arm?? idk", "lo de Dani gritándome delante de los clientes", "sprawa z Markiem
#: (wyzywa mnie)"): how to raise a worry, never "it can wait". Each said as done to someone, so
#: "grab lunch", "shout-out", "pushed the release" and "scope creep" stay work.
_HURT = re.compile(
    # only what the worry readings' own conduct words miss ("harassed", "shouted at", "hit me"
    # are theirs, which also know hearsay: "apparently Raj harassed …" is not the user's to raise)
    r"(?i)\bgrabbing\s+(?:me|her|him|my\s+(?:arm|hand|wrist|waist|shoulder|bum|neck))\b"
    r"|\btouch(?:ed|es|ing)\s+(?:me|her|him)\b|\binsult\w*|\bthreaten\w*\s+(?:me|her|him|them|us)\b"
    r"|\bgrit(?:a|ó|aba|ando|ándome|andome|ándole|ar|aron)\b"
    r"|\bwyzyw\w*|\bkrzycz\w*|\bobra[zż]a\w*|\banschrei\w*|\bbeleidig\w*|\bbelästig\w*|\bengueul\w*"
    r"|\bunsafe\b|\bnot\s+tagged\b|\buntagged\b|\bno\s+harness\b|\bnear\s+miss\b|\bfell\s+(?:off|from)\b"
)
#: The user's fear of being seen to tell on someone, which only a worry about them raises: "jak
#: to powiedziec zeby nie wyszlo ze donosze na szwagra", "sin q parezca q voy a por J", "O first
#: or straight to the whistleblower line?", "ohne Jens reinzureiten" (round 53: a padlock taken
#: off live boards, a morphine count that would not add up and fuel receipts from a cousin's
#: station got no word, their notes in words no reading knows).
_TELLING_ON = re.compile(
    r"(?i)\bwhistle-?blow(?:er|ing)?\s+(?:line|hotline|route|channel|on)\b|\bblow(?:ing)?\s+the\s+whistle\b"
    r"|\bsnitch\w*|\bgrass(?:ing|ed)?\s+(?:on\s+(?:him|her|them|(?-i:[A-Z])\w*)\b|(?:him|her|them)\s+up\b)"
    r"|\bdob(?:bing|bed)?\s+(?:him|her|them|(?-i:[A-Z])\w*)\s+in\b"
    r"|\brat(?:ting|ted)?\s+(?:on\b|(?:him|her|them|\w+)\s+out\b)"
    r"|\btelling\s+on\s+(?:him|her|them|(?-i:[A-Z]))"
    r"|\bdonos(?:i[cć]|ić|z[eę]|zenie|iciel\w*)\b|\bdonie[sś][cć]\b|\bkapowa\w*"
    r"|\bvoy\s+a\s+por\s+(?:él|ella|ellos|(?-i:[A-Z])\w*)\b|\bdelat(?:ar|ando|o|é|e|ó)\b"
    r"|\bchiv(?:ar|arme|arse|ato|atazo|ata)\b|\bdedurar\w*|\bcaguet\w*|\bdedo[- ]duro\b"
    r"|\b\w+\s+reinzureiten\b|\bverpfeif\w*|\banschwärz\w*"
    r"|\b(?:dénoncer|balancer)\s+(?:un|une|mon|ma|le|la|des)\s+coll[eè]gue"
    # "nao quero ser bufo", "nie chce byc kapusiem", "ser un soplón", "passer pour une
    # balance", "als Petze", "チクる" (round 61: a near miss and a padlock taken off twice)
    r"|\bbufo\b|\bx9\b|\bkapu[sś](?:iem|ia|iów|iami|owi)?\b|\bsopl[oó]n\w*"
    r"|\bpour\s+une\s+balance\b|\bpetze\w*|\btattl\w*|チクる|チクった|告げ口"
)
#: Those who answer for the user's work are asked how they want it handled; anyone else, what
#: they would do in the user's place.
_WAY_IN = {
    True: "Asking how they'd like you to handle it is often the gentlest way in.",
    False: "Asking what they'd do in your place is often the gentlest way in.",
}


def unformed_note(role: Role) -> str:
    line_above = role in (Role.MANAGER, Role.SKIP)
    return UNFORMED_NOTE.format(way_in=_WAY_IN[line_above])


#: A threat said as one (not a shout, which is conduct): "usager (M. B.) m'a menacée", "j'ose
#: plus partir seule", "threatened me", "I don't feel safe going back" (round 58).
MENACED = re.compile(
    # not with a PIP, a bad review or their own notice: "threatened me with a PIP", "me amenazó
    # con renunciar" (a fresh-eyes review)
    r"(?i)\b(?:threatened\s+me|m['’]a\s+menac[ée]e?|me\s+amenaz[óo]|me\s+amea[çc]ou|hat\s+mich\s+bedroht"
    r"|grozi[lł]a?\s+mi)\b(?!\s+(?:with|con|com|mit|z|avec)\s+(?:a\s+|an\s+|una?\s+|um\s+|el\s+|la\s+)?"
    r"(?:pip|review|complaint|one-star|bad|disciplinary|legal|lawyer|resign\w*|quit\w*|leav\w*|renunci\w*"
    r"|irse|dejar|queja|demitir|sair|k[üu]ndig\w*|zwolnieni\w*|odej\w*|d[ée]mission\w*))"
    r"|\bj['’]?ose\s+plus\s+(?:partir|sortir)\s+seule?\b"
    r"|\bno\s+me\s+atrevo\s+a\s+salir\s+sol[ao]\b|\bmedo\s+de\s+sair\s+sozinh[ao]\b"
    r"|\b(?:feel|be|stay)\s+safe\s+(?:going\s+back|back\s+out|out\s+there)\b"
)
#: The user threatened or unsafe on the job: "how do I feel safe going back out there", "the
#: dad shouted at me in the car park" (round 46: a helpline offered where a safety plan was
#: needed).
THREATENED = re.compile(
    r"(?i)\b(?:i|me)\b[^.?!]{0,30}\b(?:feel|be|stay)\s+safe\s+(?:going\s+back|back\s+out|out\s+there"
    r"|on\s+(?:visits?|shift|site|the\s+ward|the\s+floor|the\s+estate)|at\s+work|on\s+the\s+job)\b"
    r"|\b(?:shouted|swore|screamed|spat|lunged)\s+at\s+me\b|\b(?:came|went)\s+(?:for|at)\s+me\b"
    r"|\bunsafe\s+(?:going\s+back|visiting|on\s+(?:visits|shift))\b"
    r"|" + MENACED.pattern.removeprefix("(?i)")
)
#: ... not at home: "I don't feel safe going home, my partner hits me" keeps its care note.
_AT_HOME_WITH = re.compile(
    r"(?i)\b(?:home|partner|husband|wife|boyfriend|girlfriend|ex|family|landlord|neighbou?r)\b"
)
THREATENED_NOTE = (
    "Being threatened on the job is a safety matter, not yours to carry alone: ask for a plan"
    " before you go back — who goes with you, where you park or wait, who you call —{who}"
)


def threatened_note(role: Role) -> str:
    """The safety-plan note, said to the manager as the one to agree it with."""
    who = " and agree it here." if role is Role.MANAGER else " and make sure your manager knows."
    return THREATENED_NOTE.format(who=who)


def point_notes(
    points: Sequence[TalkingPoint],
    raw: dict[int, tuple[Flag, ...]],
    role: Role,
    tied: Mapping[int, str] | None = None,
    counterpart: str = "",
    matter_of: Callable[[str], str | None] | None = None,
) -> tuple[tuple[int, str], ...]:
    """The coaching each point needs beyond its flag (`point_note`), by point; `matter_of`: the
    delicate matter a point weighs saying, read with its notes (`delicate.matter_behind`), asked
    only of a point whose own words get a stock note or none."""
    tied = tied or {}
    notes = []
    for p in points:
        found = raw.get(p.entry.id, ())
        marks, said = _flag_marks(p.flags), tied.get(p.entry.id)
        hunting = any(f.category is Category.JOB_HUNT for f in found)
        note = point_note(p.entry.text, marks, hunting, bool(found), role, said, counterpart)
        if matter_of is not None:
            note = _with_matter(note, matter_of, p.entry.text, marks, role)
        note = _with_naming(p.entry.text, marks, said is not None, note)
        if note is not None:
            notes.append((p.entry.id, note))
    return tuple(notes)


def _with_matter(
    note: str | None,
    matter_of: Callable[[str], str | None],
    text: str,
    flags: tuple[tuple[str, bool, bool], ...],
    role: Role,
) -> str | None:
    """Where a point's own words get only a stock way to decide, or nothing, how to handle the
    delicate matter it comes back to (`matter_of`: read with its notes by
    `delicate.matter_behind`): "VetPlus - pytać ją czy nie??" is an offer, "体のこと…どこまで話す？"
    a pregnancy. Never beside a care note or on a point that itself says harm."""
    if note not in _STOCK_NOTES or any(care for _, care, _ in flags):
        return note
    matter = matter_of(text)
    if matter is None or _harm_in(text):
        return note
    return matter_note(matter, text, role)


def _colleague_injured(
    on_points: tuple[tuple[int, str], ...],
    points: Sequence[TalkingPoint],
    entries: Sequence[Entry],
    now: datetime,
) -> tuple[tuple[int, str], ...]:
    """A point weighing how to speak of a colleague hurt doing the work gets the note to report
    it, in place of a stock way to say or decide, or of "keep their confidence" ("begged me
    not to say" is no confidence to keep about an injury); never of a worry or care note."""
    notes = dict(on_points)

    def replaceable(note: str | None) -> bool:
        return note in _STOCK_NOTES or (note or "").startswith(CONFIDENCE_NOTE)

    hurt = {
        p.entry.id
        for p in points
        if replaceable(notes.get(p.entry.id))
        and colleague_injured_at_work(p.entry.text, entries, now)
    }
    kept = tuple((pid, note) for pid, note in on_points if pid not in hurt)
    return kept + tuple((pid, COLLEAGUE_INJURED_NOTE) for pid in sorted(hurt))


def _flag_marks(flags: Sequence[Flag]) -> tuple[tuple[str, bool, bool], ...]:
    """What a point's note reads of its flags (category, care, sure), spelled so the note can
    be kept with the relationship's other readings (`line_memo`)."""
    return tuple((f.category.value, f.needs_care, is_confident(f)) for f in flags)


#: The notes a point gets when its words say no more than that it weighs something.
_STOCK_NOTES = frozenset({None, TELL_OR_NOT_NOTE, TELL_OR_NOT_HARM_NOTE, HOW_TO_SAY_NOTE})


@line_memo(TEXT)  # a card's dearest reading per point: some forty patterns, kept between cards
def point_note(
    text: str,
    flags: tuple[tuple[str, bool, bool], ...],
    hunting: bool,
    scanned: bool,
    role: Role,
    tied: str | None,
    counterpart: str,
) -> str | None:
    """The coaching a point needs beyond its flag. `flags`: the shown flags' marks
    (`_flag_marks`); `hunting`/`scanned`: the scan's raw reading found job hunting / anything.
    A point that names a worrying note only by a word gets that note first (`tied`, from
    `tie_worries`). An offer from elsewhere raised with someone who has a say over your next
    step (a job-hunting reading, or words that use it to move them) gets how to handle it:
    growth here, no threat, your own line decided first — a mentor is the place to weigh it,
    so gets no note. A point whose personal flag was dropped as late work (`_fitted`) gets the
    work framing instead of a rewrite. A point asking whether to tell them something gets a way
    to decide. A worry about safety, integrity or conduct gets how to raise it
    (`coaching.concerns`), as an "if" when only the learned reading thinks it one. A matter the
    user marks as unresolved and no rule reads gets how to make it ready, or let it wait. A
    point weighing whether to name someone in a worry gets how to decide that too, added by
    the caller (`_with_naming`)."""
    job_hunt = Category.JOB_HUNT.value
    offer = OUTSIDE_OFFER.search(text) and (hunting or LEVERAGE.search(text))
    if tied is not None:
        # "naogopa kuonekana snitch": the fear is answered too (the naming note, added
        # after, answers it itself)
        fear = _TELLING_ON.search(text) and not NAMING.search(text)
        return tied + (NOT_TELLING_ON if fear else "")
    if offer and role in (Role.MANAGER, Role.SKIP, Role.SPONSOR):
        said = any(category == job_hunt for category, _, _ in flags)
        return OFFER_NOTE if said else GROWTH_FIRST + OFFER_NOTE
    if scanned and not flags and LATE_WORK.search(text):
        return LATE_NOTE
    if (
        weighs_telling(text)
        and not (avoiding(text) and ASKS_HOW.search(text))  # "名前出さずにどう伝えるか": how
        and not any(care for _, care, _ in flags)
        and not (raises_concern(text) and not flags)  # "do I tell her he's bullying…"
    ):
        # never beside the care note; a safety or compliance gap is no "it can wait"; the
        # dilemma's own way to decide before the concern reading, which takes "do I tell
        # her …" itself for a worry ("should I tell her about the pregnancy")
        if not flags and reports_safety_problem(text):
            return None  # the card's safety note under it says as much (`safety_points`)
        how = dilemma_note(text, role)
        hunting_said = any(category == job_hunt and sure for category, _, sure in flags)
        someone = _about_someone(text, counterpart, opening=False)
        if how == TELL_OR_NOT_NOTE and not hunting_said and someone:
            how = TELL_OR_NOT_HARM_NOTE  # "est-ce que je parle de S. ??": someone, harm first
        return how
    if (
        UNNAMED.search(text)
        and not flags
        and (reports_safety_problem(text) or raises_concern(text) or may_raise_concern(text))
    ):
        return UNNAMED_NOTE
    if HOW_TO_SAY.search(text) and not flags and reports_safety_problem(text):
        return HOW_TO_SAY_SAFETY  # the safety note under it says the rest
    if flags or reports_safety_problem(text):
        # a personal flag says the point is the user's own life ("my son's being bullied");
        # a safety report already has the card's safety note
        return None
    if offers_money(text):
        return money_offered_note(role, theirs=names_them(text, counterpart, pronouns=False))
    if raises_concern(text):
        return concern_note(role)
    if THREATENED.search(text) and not _AT_HOME_WITH.search(text):
        return threatened_note(role)
    if asks_what_goes_further(text):
        return CONFIDENTIAL_NOTE
    if KEEP_BETWEEN_US.search(text):
        return KEEP_IT_NOTE
    if may_raise_concern(text) or _TELLING_ON.search(text):
        return concern_note(role, sure=False)
    if HANDLE_WITH_CARE.search(text):
        return WITH_CARE_NOTE
    avoid = avoiding(text)
    if avoid == "others" and NAMING.search(text) and (about_others(text) or _names_a_worry(text)):
        # whether to name them is the question: the naming note answers it, and "the practice,
        # not the person" beside it would say the opposite (round 63: a conductor smelling of
        # alcohol on a train)
        avoid = None
    if HOW_TO_SAY.search(text) or avoid:
        # not when the mentor is the one to be told: "como falar pro Valdir que quero …"
        mentor = role is Role.MENTOR and counterpart and not names_them(text, counterpart)
        mentor = mentor and not _TO_THEM_ABROAD.search(text)
        if mentor:
            return HOW_TO_MENTOR.format(name=counterpart)
        return AVOID_NOTES[avoid] if avoid else HOW_TO_SAY_NOTE
    if _HURT.search(text):  # a worry the readings missed: raised, never left to wait
        return concern_note(role, sure=False)
    if unformed(text) and not asks_them(text):  # "ask him abt X?? idk": a favour
        return unformed_note(role)
    return None


def _with_naming(
    text: str, flags: tuple[tuple[str, bool, bool], ...], tied: bool, before: str | None
) -> str | None:
    """A point weighing whether to name someone in a worry gets how to decide it, after what
    else it gets (an offer's or a concern's note keeps its place); "name them Team Phoenix?"
    or "give her name for employee of the month?" is no worry and gets nothing."""
    if not NAMING.search(text) or any(sure for _, _, sure in flags):
        return before
    if not (tied or about_others(text) or _names_a_worry(text)):
        return before
    note = naming_note(text)
    # whether to tell at all gives way to whether to name: the point has decided to tell
    keep = before and before not in (TELL_OR_NOT_NOTE, TELL_OR_NOT_HARM_NOTE)
    return f"{before} {note}" if keep else note


def _names_a_worry(text: str) -> bool:
    return bool(
        _TELLING_ON.search(text)
        or _HURT.search(text)
        or _reads_as_worry(text)
        or may_raise_concern(text)
    )


#: Someone pressing for a false record or an unsafe release: "asked me to change the humidity
#: logs", "QC wants us to release the lot anyway", "told to backdate the checks".
INTEGRITY = re.compile(
    r"(?i)\b(?:asked|told|wants?|pressur\w*|push(?:ed|ing)?)\b[^.!?]{0,40}\b(?:change|alter|edit"
    r"|backdate|fake|falsif\w*|release|ship|sign\s+off|skip|hide|delete)\b[^.!?]{0,40}\b(?:logs?"
    r"|records?|readings?|results?|data|lot|batch|checks?|test|report|figures|numbers|anyway)\b"
    # hours billed for work never done: "pediu pra eu lançar 6h no cliente Ribeiro de uma
    # pesquisa que eu não fiz" (round 57), "told me to bill 6 hours I didn't work"
    r"|\b(?:asked|told|wants?|pediu|pidi[oó]|mand[oó]u?|kaza[lł]\w*|chce|wollte|will)\b[^.!?]{0,30}"
    r"\b(?:bill|charge|book|log|lan[cç]ar|cobrar|faturar|facturar|cargar|imputar|wpisa[cć]"
    r"|abrechnen)\b[^.!?]{0,40}(?:\d\s*h\b|\bhours?\b|\bhoras?\b|\bgodzin\w*|\bstunden\b)"
    r"[^.!?]{0,60}\b(?:(?:que\s+)?(?:eu\s+)?n[ãa]o\s+fiz|never\s+(?:worked|did|done)|(?:i\s+)?didn'?t"
    r"\s+(?:work|do)|not\s+worked|que\s+no\s+(?:hice|trabaj[eé])|nie\s+przepracowa\w*"
    r"|nicht\s+gearbeitet)\b"
    # a record found changed, by whoever: "data loggers za truck zimeeditiwa - temp ilipanda
    # 14°C … report inaonyesha 2-8" (round 61: an insulin shipment's excursion hidden)
    r"|\b(?:logs?|loggers?|records?|readings?|data|charts?|temps?|temperatures?|registros?"
    r"|registos?|dane|zapis\w*|protokoll\w*|donn[ée]es|relev[ée]s)\b[^.!?]{0,40}\b(?:falsif\w*"
    r"|doctored|tampered|zime(?:editi|badilish|futi)wa|adulterad\w*|sfa[lł]szowan\w*|gef[äa]lscht"
    r"|manipuliert|trafiqu[ée]\w*)"
    # changed, said plainly, only of a record kept for safety: "fridge temp logs were edited"
    r"|\b(?:temp(?:erature)?|fridge|freezer|cold\s+chain|insulin|vaccine|humidity|calibration"
    r"|dose|drug|cd|batch)\s+(?:logs?|loggers?|records?|readings?|charts?)\b[^.!?]{0,20}\b(?:were"
    r"|was|been|got)\s+(?:edited|altered|changed|modified)\b(?!\s+(?:to|for|in|into|so)\b)"
    r"|\b(?:falsified|doctored|tampered\s+with|sfa[lł]szowa[lł]\w*|f[äa]lschte)\b"
    r"[^.!?]{0,30}\b(?:logs?|records?|readings?|data|charts?|temps?|temperatures?)\b"
    r"|改ざん|(?:温度|体温|検温)(?:記録|ログ|データ)(?:を|が)?書き換え"
)
#: Something said or done to someone that is not theirs to absorb: a sexist or racist remark,
#: harassment, bullying.
CONDUCT = re.compile(
    r"(?i)\b(?:sexist|racist|homophobic|harass\w*|bull(?:y|ied|ying)|groped|inappropriate\s+"
    r"(?:comment|remark|joke|touch\w*)|creepy|misogyn\w*)\b"
    # in Japanese and Korean: power or sexual harassment, shouting at, abuse (round 61:
    # "新人の小林さんに…「使えない」と怒鳴った" read as no worry at all)
    r"|(?:パワハラ|セクハラ|モラハラ|暴言|いじめ|嫌がらせ|갑질|폭언|성희롱)(?!\s*(?:防止|対策|研修|予防|相談窓口"
    r"|예방|교육))|怒鳴(?:った|られ|って|り)(?!り?(?:せず|しない|もせず))"
    # mockery of who someone is, and the user keeping a record of it: "J said again 'can't
    # understand a word u say' in front of pt's family. 3rd time. wrote date n time down"
    r"|\b(?:mock\w*|mimick?\w*|imitat\w*|laugh\w*\s+at)\s+(?:my|her|his|their)\s+(?:accent|english"
    r"|voice|name|hijab|turban|weight|disability)\b"
    r"|\bcan'?t\s+understand\s+a\s+word\s+(?:you|u|she|he|they|i|we)\s+says?\b"
    r"|^(?=.*\b(?:said|says|told|called|shouted|yelled|laughed)\b).*\b(?:wrote|writing|noted|logged)\s+"
    r"(?:the\s+|down\s+)?dates?\s+(?:n|and|&)\s+times?\b"
)
RAISE_NOTE = (
    "Your note of {day} ({words}) sounds like a safety or integrity matter, and none of your"
    " points raises it. If it's still live, raise it early: what happened, what you've reported"
    " and what you need — or take it to whoever owns it, if this 1:1 isn't the place."
)
CONDUCT_NOTE = (
    "Your note of {day} ({words}) describes something said or done that isn't yours to absorb"
    " quietly. Write down what was said, when and who heard it; raise it here if you trust"
    " this person with it, or with HR or the person above if not."
)
#: The same, done to someone else: theirs to be protected from, the user's to report.
SEEN_CONDUCT_NOTE = (
    "Your note of {day} ({words}) is about how someone is treated at work. If it's still"
    " happening, write down what you saw, when and who was there, and raise it — here if you"
    " trust this person with it, or with HR or the person above if not."
)
_AT_ME = re.compile(
    r"(?i)\b(?:at|to|on|touched|grabbed|called|pushed|hit|slapped|shoved)\s+(?:me|us)\b"
    r"|(?:私|わたし|僕|俺|自分)(?:に|を)(?!だけ)"  # "私に怒鳴った"; not "私にだけ" (told only me)
    r"|怒鳴られ|言われ"  # said in the passive, it was done to the user
)
_AT_SOMEONE_ELSE = re.compile(
    r"(?i)\b(?:sent|turned)\s+(?:\w+\s+){0,3}away\b"
    r"|\b(?:at|to|on|touched|grabbed|called|pushed|hit|slapped|shoved|kicked|pinched)\s+"
    r"(?:her|him|them|a\s+(?:woman|man|patient|resident|child|kid|pupil|student|nurse|trainee"
    r"|apprentice|worker|customer|guest))\b|\b(?:at|grabbed|slapped|pushed)\s+[A-Z][a-z]+\b"
    r"|(?:さん|くん|君|ちゃん|新人|スタッフ|部下)(?:に|を|が|の)"  # "新人の小林さんに…怒鳴った"
)
#: A note about the user's own home, whatever broke there ("boiler at my flat broke, landlord
#: useless"); not "the flat" a tradesperson works in, nor a worry said in words of its own
#: ("same guy was by my car", "smelling of alcohol … going through a lot at home").
_AT_HOME = re.compile(
    r"(?i)\b(?:my|our)\s+(?:flat|house|home|apartment|car|neighbou?r\w*)\b|\blandlord\b|\bat\s+home\b"
    r"|\bin\s+the\s+flat\b|隣の部屋|隣人|近所の|自宅|家で"
)
#: How recent a note must be for the card to bring it back.
RAISE_DAYS = 30


@dataclass(frozen=True)
class Worry:
    """A recent note that reads as a safety, integrity or conduct matter (`worrying_notes`)."""

    entry: Entry
    conduct: bool
    #: It also tells of the user's own private life: raised only beside a point of theirs
    #: that names it, never on its own.
    private: bool = False


def _at_home(text: str) -> bool:
    """Trouble at the user's own home, said in no words of a worry at work."""
    return bool(_AT_HOME.search(text)) and not raises_concern(text)


def _unsafe_at_work(text: str) -> bool:
    """Something unsafe at work, not a gas leak at home that makes the user late."""
    return reports_safety_problem(text) and not _at_home(text)


def worrying_notes(entries: Sequence[Entry], now: datetime, scanner: Scanner) -> list[Worry]:
    """Recent notes that read as a safety, integrity or conduct problem at work, newest first:
    not home trouble, not a private matter, not distress (which gets the care note)."""
    notes = sorted(
        (e for e in entries if e.kind is EntryKind.NOTE and age_days(e, now) <= RAISE_DAYS),
        key=lambda e: e.created_at,
        reverse=True,
    )
    found = []
    for note in notes:
        if _at_home(note.text) or not _reads_as_worry(note.text):
            continue  # "boiler at my flat broke, landlord useless": home, not work to raise
        conduct = bool(CONDUCT.search(note.text)) or about_conduct(note.text)
        worded = raises_concern(note.text)
        flags = scanner(note.text)
        if distress_is_sure([f for f in flags if f.needs_care]):
            continue  # distress gets the care note (not a stray reading: "keep driving", 0.27)
        if any(is_confident(f) for f in flags) and not worded:
            continue  # a private matter is not work to raise
        # the user's own private life beside it ("my ex keeps turning up at the store"): raised
        # only where their own point names it; a colleague's (gossip) does not hold it back
        private = any(is_confident(f) and f.category is not Category.GOSSIP for f in flags)
        found.append(Worry(note, conduct, private))
    return found


#: Where a note's sentence ends: not after an initial ("casi-incidente: J. no hizo …") nor an
#: ordinal ("2. derece"), which end none (a fresh-eyes review: "“12/11 casi-incidente: J.”").
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<![\s(:][A-Z]\.)(?<!^[A-Z]\.)(?<![\s(]\d\.)\s+")


def _worry_words(note: str) -> str:
    """The note's words to quote: its first sentence when that says the worry, or the sentence
    that does when those before it tell of someone's private life ("his wife left him. Kevin
    came in drunk again": the second); else the whole note, which says where it happened."""
    sentences = [part for part in _SENTENCE_BREAK.split(note.strip()) if part]
    if len(sentences) < 2:
        return note
    for i, sentence in enumerate(sentences):
        if _reads_as_worry(sentence):
            private_before = _PRIVATE_LIFE.search(" ".join(sentences[:i]))
            placing = len(sentence.split()) >= PLACING_WORDS
            return sentence if i == 0 or private_before or placing else note
    return note


#: A worry's sentence this long places the note by itself ("dave shouted at me and lee in front
#: of the site manager"); a shorter one ("1st injury since Aug") needs the note around it.
PLACING_WORDS = 6


#: Words of someone's private life, which a quote of a worry leaves out.
_PRIVATE_LIFE = re.compile(
    r"(?i)\b(?:my|his|her|their)\s+(?:wife|husband|partner|girlfriend|boyfriend|ex|kids?|children"
    r"|baby|mum|mom|dad|mother|father|family|marriage)\b|\b(?:divorc\w*|separat\w*|pregnan\w*"
    r"|funeral|rehab|debts?|left\s+(?:him|her))\b"
)


@line_memo(FLAG)  # read for every recent note of every card, and its sentences
def _reads_as_worry(text: str) -> bool:
    return bool(
        CONDUCT.search(text)
        or (MENACED.search(text) and not _AT_HOME_WITH.search(text))
        or INTEGRITY.search(text)
        or COMPLIANCE_GAP.search(text)
        or reports_safety_problem(text)
        or raises_concern(text)
    )


#: A safety event the user says is on record already: "報告済", "reported it", "datix done",
#: "incident report filed", "zgłoszone", "ya reportado", "já reportei", "gemeldet".
_ON_RECORD = re.compile(
    r"(?i)\b(?:already\s+reported(?!\s+(?:it\s+)?(?:verbally|only))|reported\s+already"
    r"|datix\s+(?:done|in|filed)"
    r"|incident\s+report\s+(?:done|filed|in)|zg[lł]oszon[eya]|ya\s+(?:lo\s+)?report(?:ad[oa]|[eé])"
    r"|j[aá]\s+reportei|(?:ist|wurde)\s+gemeldet|(?:did|done)\s+the\s+datix|on\s+datix"
    r"|(?:im\s+system\s+)?eingetragen|wpisan[eya]\s+do\s+systemu)\b"
    r"|報告済|報告した|報告しました"
)


def on_record(text: str) -> bool:
    """The note says its safety event is on record already, and nothing says it is not."""
    return bool(_ON_RECORD.search(text)) and not _NOT_REPORTED.search(text)


def note_to_raise(worries: Sequence[Worry], covered: set[int], now: datetime) -> str | None:
    """The newest worrying note no open point raises or names (`tie_worries`: `covered`, by
    note id) — round 31: "pressure to release antibiotic-positive shrimp" and "falsified
    humidity logs" in notes, nothing on the card. One that tells of the user's own private life
    is raised only beside their own point."""
    for worry in worries:
        if worry.private or worry.entry.id in covered:
            continue
        text = worry.entry.text
        if not worry.conduct and on_record(text):
            continue  # "ヒヤリハット … 患者影響なし 報告済": reported already, no one hurt
        words = in_quotes(_worry_words(worry.entry.text))
        day = short_date(worry.entry.created_at, now)
        note = RAISE_NOTE
        if worry.conduct:
            text = worry.entry.text
            seen = _AT_SOMEONE_ELSE.search(text) and not _AT_ME.search(text)
            note = SEEN_CONDUCT_NOTE if seen else CONDUCT_NOTE
        elif tells_of_shock(text):
            note = RAISE_NOTE + " " + SHOCK_CHECK_NOTE
        return note.format(day=day, words=words)
    return None


#: A recent note weighing whether to tell them something, on no point: the dilemma, with a way
#: to decide (round 50: "nie wiem czy mówić M., to jego szwagier" and "nao sei se falo, é
#: sobrinho do V" were the matters those users most needed help with, and got no word).
WEIGH_NOTE = (
    "On {day} you weren't sure whether to raise this ({words}), and it isn't on your points yet."
    " {how}"
)


def note_to_weigh(
    entries: Sequence[Entry],
    points: Sequence[TalkingPoint],
    now: datetime,
    scanner: Scanner,
    role: Role,
    counterpart: str,
) -> str | None:
    """The newest open note that weighs telling them something (`weighs_telling`): not about
    telling someone else (HR, a partner), not raised by a point of its own, not settled by a
    later line ("told Dana about it"), and asking for no care note."""
    notes = sorted(
        (
            e
            for e in entries
            if e.kind is EntryKind.NOTE
            and e.status is EntryStatus.OPEN
            and age_days(e, now) <= RAISE_DAYS
            and weighs_telling(e.text)
        ),
        key=lambda e: e.created_at,
        reverse=True,
    )
    theirs = _their_words(counterpart)
    for note in notes:
        flags = scanner(note.text)
        if any(f.needs_care for f in flags) or _to_someone_else(note.text, theirs):
            continue  # distress gets the care note; telling HR is not telling them
        if any(_same_worry(p.entry.text, note.text, theirs) for p in points):
            continue  # a point already raises it, with its own note
        if _settled_since(note, entries):
            continue
        day = short_date(note.created_at, now)
        words = in_quotes(note.text, words=WEIGH_WORDS)
        how = _way_to_decide(note.text, flags, role, counterpart)
        return WEIGH_NOTE.format(day=day, words=words, how=how)
    return None


def _way_to_decide(text: str, flags: Sequence[Flag], role: Role, counterpart: str) -> str:
    """The dilemma's own note; for the general one, harm first unless the note is plainly the
    user's own life or next move (round 51 told a note of drink on an electrical site, in no
    words the readings know, that "it can wait"), and news of the user's own health or family
    is theirs to share when ready."""
    how = dilemma_note(text, role)
    if how not in (TELL_OR_NOT_NOTE, TELL_OR_NOT_HARM_NOTE):
        return how
    about = _about_someone(text, counterpart) or raises_concern(text)
    own = [f.category for f in flags if is_confident(f) and f.category is not Category.GOSSIP]
    if about or not own:
        return TELL_OR_NOT_HARM_NOTE
    return TELL_OR_NOT_NOTE if Category.JOB_HUNT in own else PRIVATE_NEWS_NOTE


#: Telling someone other than the counterpart: "report Dana to HR", "tell my partner about the
#: Leeds offer", "mention it to Sam first".
_TOLD_TO = re.compile(
    r"(?i)\b(?:tell|report\s+(?:it|this|that|\w+)\s+to|mention\s+(?:it|this|that)\s+to"
    r"|raise\s+(?:it|this|that)\s+with|go\s+to|flag\s+(?:it|this|that)\s+to)\s+"
    r"(?P<who>hr\b|the\s+union|my\s+(?:partner|wife|husband|mum|mom|dad|family|boyfriend"
    r"|girlfriend|therapist|gp)\b|(?-i:[A-Z][\w.]*))"
)


def _to_someone_else(text: str, theirs: set[str]) -> bool:
    """Every one the note weighs telling is someone else; "tell Pak H?" names them by a word of
    respect and their initial, and "tell Dana or go to HR?" still weighs telling them."""
    told = [_who_told(m, text) for m in _TOLD_TO.finditer(text)]
    return bool(told) and all(who not in theirs for who in told)


def _who_told(match: re.Match[str], text: str) -> str:
    who = match.group("who").strip(".").casefold()
    if who in HONORIFICS:  # "tell Pak H": the word after the word of respect
        after = text[match.end() :].split()
        return after[0].strip(".,?!").casefold() if after else who
    return who


#: A later line saying it was said: "told Dana about the Leeds offer, she was fine".
_SAID_IT = re.compile(r"(?i)\b(?:told|mentioned|raised|brought\s+up|said)\b")


def _settled_since(note: Entry, entries: Sequence[Entry]) -> bool:
    return any(
        e.created_at > note.created_at and _SAID_IT.search(e.text) and touches(e.text, note.text)
        for e in entries
    )


#: Words quoted of a weighing note: the doubt often comes after the matter, so more than a
#: worry's opening words.
WEIGH_WORDS = 18


def _about_someone(text: str, counterpart: str, *, opening: bool = True) -> bool:
    """What the user weighs telling is about someone else, named by name or initial, in any
    language: "est-ce que je parle de S. ??", "do I tell DW about Kevin", "Rodrigo de novo c
    piadinha …", "Darek 2x spóźniony" — not "tell P about the Addis interview" or "moving to
    Abuja" (round 46: a family move was tested for harm)."""
    theirs = _their_words(counterpart) | _DOUBT_WORDS | {h.casefold() for h in HONORIFICS}
    named = [m.group("who") for m in _TOLD_ABOUT.finditer(text)]
    named += [m.group("who") or m.group("who2") for m in _THE_X_THING.finditer(text)]
    first = re.match(r"\W*([A-ZÀ-Ž][^\W\d_]+)\b", text) if opening else None
    if first and zipf_frequency(first.group(1).lower(), "en") < RARE_WORD_ZIPF:
        named.append(first.group(1))  # a note opening with a name is about them
    return any(who.strip(".").casefold() not in theirs for who in named)


#: Whom a telling is about: "parle de S.", "about Kevin", "o Darku", "sobre a Bea".
_TOLD_ABOUT = re.compile(
    # not "lo de Chile": the matter of a place, in Spanish
    r"(?i:(?<!\blo\s)\b(?:about|abt|re|de|sobre|über|di|o)\s+)(?:(?:a|o|la|el)\s+)?"
    r"(?P<who>[A-Z]\.(?=\s|$)|[A-Z](?=\s*\?)|[A-Z][a-zà-ž]+\b)"
)


#: A matter named by whom it is about: "the Rick thing", "the S situation", and someone at stake
#: in it: "dont want Tyler in trouble" (round 54: a live panel and a shock left to "it can wait").
_THE_X_THING = re.compile(
    # an initial only: "the Leeds thing", "the Teams thing" are no one (a fresh-eyes review)
    r"\b(?i:the)\s+(?P<who>[A-Z]\.?)\s+(?i:thing|matter|situation|issue|stuff|business)\b"
    r"|\b(?i:want|get|getting|put)\s+(?P<who2>[A-Z][a-zà-ž]+)\s+(?i:in\s+trouble)\b"
)
#: Words that open a doubt, not a name ("Dunno whether to tell M", "Nie wiem czy mówić").
_DOUBT_WORDS = frozenset(["dunno", "idk", "unsure", "nie", "não", "nao", "no", "non", "hmm"])


#: Flags that say nothing of the user's own life: "tell her about tacho / Tomek?? if I say it
#: am I done here" read as job hunting (round 41) still carries the note it names.
_NOT_PRIVATE_LIFE = frozenset({Category.JOB_HUNT, Category.GOSSIP})


def tie_worries(
    points: Sequence[TalkingPoint], worries: Sequence[Worry], counterpart: str
) -> tuple[dict[int, tuple[Worry, ...]], set[int]]:
    """Which worrying notes go beside which talking point, and which notes the points already
    cover. A point that says a worry itself covers the notes it shares words with; one that
    names a note only by a person or a word carries that note (first), one note per point and
    one point per note, and the other work notes it names the same way, quoted beside it; a
    flagged point (the user's private life) carries none."""
    tied: dict[int, tuple[Worry, ...]] = {}
    covered: set[int] = set()
    theirs = _their_words(counterpart)
    for p in points:
        text = p.entry.text
        if raises_concern(text) or reports_safety_problem(text):
            # it raises them itself, flagged or not ("the live work thing w deano … without
            # getting him in trouble" read as favouritism: round 68)
            covered |= {w.entry.id for w in worries if _same_worry(text, w.entry.text, theirs)}
            continue
        if any(f.category not in _NOT_PRIVATE_LIFE and is_confident(f) for f in p.flags):
            continue  # the user's own life: no worry about work goes beside it (a stray reading,
            # "targeting him" at 0.32 distress, does not say so: round 52)
        left = [w for w in worries if w.entry.id not in covered]
        worry = tied_worry(text, left, counterpart)
        if worry is not None:
            named = [
                w
                for w in left
                if w is not worry and not w.private and tied_worry(text, [w], counterpart)
            ]
            tied[p.entry.id] = (worry, *named)
            covered |= {w.entry.id for w in (worry, *named)}
            # the point names a person: their other worrying notes are the same matter (round
            # 54: "none of your points raises it" beside "the Rick thing")
            same = _names_in(worry.entry.text) & _names_in(text)
            covered |= {w.entry.id for w in left if same & _names_in(w.entry.text)}
            # and a note of the same matter as the one it carries: the same person and place
            # ("o P. … no quadro da extrusora" and "o estagiario ligou o disjuntor c o P. la
            # dentro do quadro": round 61 said "none of your points raises it" beside it)
            covered |= {
                w.entry.id
                for w in left
                if w.conduct == worry.conduct and _same_matter(worry.entry.text, w.entry.text)
            }
        elif takes_it_to_safety(text):  # "zgłaszać oficjalnie do BHP czy …?": the safety
            # notes' matter, raised (round 59: "none of your points raises it" beside it)
            covered |= {w.entry.id for w in left if not w.conduct}
    return tied, covered


def _same_matter(one: str, other: str) -> bool:
    """Two worrying notes about the same thing: a person (a name or an initial, "P.") and one
    more word of it, not of when or where ("night shift")."""
    people = (_names_in(one) | _initials_in(one)) & (_names_in(other) | _initials_in(other))
    shared = content_stems(one) & content_stems(other) - _WHEN_AND_WHERE
    return bool(people) and bool(shared - {p.lower() for p in people})


#: Words two unrelated worries share by chance: when and where work happens.
_WHEN_AND_WHERE_WORDS = (
    "night nights shift shifts day days week today yesterday again line floor site ward store"
    " kitchen yard office morning evening turno noche dia linha linia zmiana zmianie outra vez"
    " znowu raz"
)
_WHEN_AND_WHERE = frozenset(_WHEN_AND_WHERE_WORDS.split())


def _initials_in(text: str) -> set[str]:
    """Initials that stand for someone: "o P.", "K. again" (not "U.S.", not a line's end)."""
    return set(re.findall(r"(?<![\w.])([A-Z])\.(?=\s+[a-zà-ž])", text))


def _names_in(text: str) -> set[str]:
    """Capitalised words after a line's first word, as names are written ("Rick", "Tyler")."""
    rest = text.split(None, 1)[1] if len(text.split(None, 1)) > 1 else ""
    found = set(re.findall(r"\b[A-Z][a-zà-ž]{2,}\b", rest))
    first = re.match(r"\W*([A-Z][a-zà-ž]{2,})\b", text)  # "Rick again. …": a name, if rare
    if first and zipf_frequency(first.group(1).lower(), "en") < 4.5:
        found.add(first.group(1))
    return found


TIED_WORRY_NOTE = (
    TIED_OPENING
    + "{day} ({words}): a worry about safety, honesty or how someone is treated. Give it"
    " its own time, apart from your own asks — what you saw or were told, and when — and keep"
    " your dated note."
)


def tied_worry(text: str, worries: Sequence[Worry], counterpart: str) -> Worry | None:
    """The worrying note a point comes back to: by its words, or — when the point is unsure
    or says it will raise something ("Kevin?? still not sure", "lo de Rodrigo: ¿se lo digo a
    Paty?", "raise the night staffing (the fall)") — by a person named in both or one telling
    word, never the counterpart's name ("Kevin's leave cover in Dec" is not about his drinking)."""
    theirs = _their_words(counterpart)
    unsure = None  # read at the first note it decides: most points meet no worrying note
    for worry in worries:
        note = worry.entry.text
        if touches(text, note):
            return worry
        if unsure is None:
            unsure = bool(_UNSURE_OR_RAISING.search(text)) or any(map(weighs_saying, parts(text)))
        if not unsure:
            continue
        if _named_elsewhere(text, note, theirs) or _one_word_for_it(text, note, theirs):
            return worry
        if _labelled(text, note):
            return worry
    return None


#: A point's label, before its dash or colon: "temp logs - niende QA direct ama …?".
_LABEL = re.compile(r"^\W*([^-–—:：]{3,40}?)\s*[-–—:：]\s")


def _labelled(point: str, note: str) -> bool:
    """The point's label names the note by its own words, however each is spelled ("temp
    logs" for "data loggers … temp ilipanda 14°C": round 61 said "none of your points raises
    it" beside the point about those very logs)."""
    found = _LABEL.match(point)
    label = content_stems(found.group(1)) if found else frozenset()
    if not 2 <= len(label) <= 4:
        return False
    theirs = content_stems(note)
    return all(any(_one_stem(a, b) for b in theirs) for a in label)


def _one_stem(a: str, b: str) -> bool:
    """Two stems of one word, spelled apart by the stemmer ("log", "logg"), not "car" and
    "carlo"."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(short) >= 3 and len(short) >= 0.75 * len(long_)


def _their_words(counterpart: str) -> set[str]:
    """The counterpart's names, and their initials ("raise w/ R!!" to Rafał names no one else)."""
    words = {word.casefold() for word in counterpart.split()}
    return words | {word[0] for word in words if word[:1].isalpha()}


def _same_worry(point: str, note: str, theirs: set[str]) -> bool:
    """The point and the note share its words, or a person other than the counterpart."""
    return touches(point, note) or _named_elsewhere(point, note, theirs)


def _named_elsewhere(point: str, note: str, theirs: set[str]) -> bool:
    """Both lines name someone other than the counterpart ("中村さん" in Japanese)."""
    if any(n.casefold() not in theirs for n in _named_in_both(point, note)):
        return True
    shared = _ja_names(point, "") & _ja_names(note, "")
    return any(not any(name in word for word in theirs) for name in shared)


#: A point that weighs whether or how to raise something.
_UNSURE_OR_RAISING = re.compile(
    r"(?i)[?？]|\bnot\s+sure\b|\bunsure\b|\bidk\b|\bshould\s+i\b|\bdo\s+i\b|\braise\b"
    r"|\bsupposed\s+to\s+do\b|\bwhat\s+(?:do|should|can)\s+i\s+do\b|\bhandle\b"
    r"|\bbring\s+(?:it\s+)?up\b|\bflag\b|\bescalat\w*|\bsay\s+something\b|\bmention\b"
    r"|\bse\s+lo\s+digo\b|\bfalo\b|\bbolbo\b"
    # "falar da APR assinada e do Marcão — como reportar sem perder o emprego" (round 56)
    r"|\b(?:reportar|denunciar|notificar|plantear|planteo|ansprechen|melden|zg[lł]osi[cć]|signaler)\b"
    # "Cllr B – make sure Helen hears it from me first" (round 59)
    r"|\bhears?\s+(?:it|this|about\s+it)\s+from\s+me\b"
)


_CALENDAR = re.compile(
    r"(?i)(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?"
    r"|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?|wednesday|thursday|saturday"
)


def _named_in_both(one: str, other: str) -> set[str]:
    """Capitalised words both lines hold, past the first word in at least one of them (a
    name, not how a line begins) or rare in English, that are no day, month or everyday word."""
    first, second = _capitalised(one), _capitalised(other)
    inside = (first - {_first_word(one)}) | (second - {_first_word(other)})
    both = first & second
    # a name written as one in either line, typed in lower case in the other: "when dale says
    # that" beside "foreman (Dale) said skip LOTO"
    lower = {w.casefold() for w in _WORD.findall(one + " " + other) if w.islower()}
    both |= {w for w in inside if w.casefold() in lower}
    return {
        word
        for word in both
        if not _CALENDAR.fullmatch(word)
        and (
            len(word) == 1  # an initial in both lines is the same person
            or zipf_frequency(word, "en") < (COMMON_WORD_ZIPF if word in inside else RARE_WORD_ZIPF)
        )
    }


#: A name in Japanese, said with the word of address that follows it: "近藤さん", "森くん"
#: (round 61: "近藤さんの件、山下さんに言うべき？" beside the note of 近藤さん shouting was tied
#: to nothing).
_JA_NAMED = re.compile(r"([\u4e00-\u9fff]+|[\u30a0-\u30ff]+)(?:さん|くん|君|ちゃん|先輩)")
#: What ends a word before さん that is no one's name: お客さん, 皆さん, 利用者さん, 派遣さん,
#: 業者さん, 新人さん, お母さん, 店長さん.
_NOT_A_NAME_JA = frozenset("客皆者遣人子母父奥那方屋長生様員手主")


def _ja_names(text: str, counterpart: str) -> set[str]:
    """The people a Japanese line names, by their last two characters ("昨日近藤さん" is 近藤),
    never the counterpart nor a word for customers, staff or family."""
    found = set()
    for run in _JA_NAMED.findall(text):
        name = run if "\u30a0" <= run[0] <= "\u30ff" else run[-2:]  # katakana: the whole
        if name[-1] in _NOT_A_NAME_JA or name in counterpart or name in ("パート", "バイト"):
            continue
        found.add(name)
    return found


#: A word that begins both lines is a name only if this rare in English ("Paweł", "Rodrigo";
#: not "Raise" or "Chase").
RARE_WORD_ZIPF = 3.5


def _one_word_for_it(point: str, note: str, theirs: set[str]) -> bool:
    """A short point that shares one telling word with the note ("raise the night staffing w/
    numbers (the fall)" and "nights again. 2 of us for 30. a pt fell …"): the user's shorthand
    for it (round 37: the note was raised again as if no point did). Not the counterpart's name."""
    mine = content_stems(point)
    if len(mine) > SHORT_POINT_STEMS:
        return False
    shared = (mine & content_stems(note)) - _EVERYDAY_STEMS - _DAYS_ABROAD - theirs
    # in a point of a few words, a short one is telling too: "raise the fan. again. with photos"
    telling = 3 if len(mine) <= TERSE_POINT_STEMS else 5
    return any(len(stem) >= telling for stem in shared)


#: A point of this few stems says its topic in one word.
TERSE_POINT_STEMS = 4


#: A point of more stems than this shares one word with a note by chance.
SHORT_POINT_STEMS = 8
#: Stems any two work lines may share, as `content_stems` spells them.
_EVERYDAY_WORDS = "raise today tomorrow update check sorted stuff maybe people other"
_EVERYDAY_STEMS = frozenset().union(*map(content_stems, _EVERYDAY_WORDS.split()))


#: Weekdays in the notes' other languages: "vendredi" in a point about Friday hours is no tie to
#: "recroisé M. B. sur le parking vendredi soir" (round 58).
_DAYS_ABROAD = content_stems(
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes"
    " sábado domingo segunda terça quarta quinta sexta montag dienstag mittwoch donnerstag"
    " freitag samstag sonntag poniedziałek wtorek środa czwartek piątek sobota niedziela"
)


#: A capitalised word this common in English ("Send", "Need") is no one's name.
COMMON_WORD_ZIPF = 5.0
_WORD = re.compile(r"[^\W\d_]{3,}")


def _capitalised(text: str) -> set[str]:
    """Words written as names: a capital, then lower case ("Paweł", "Łukasz", "Chioma"), or a
    lone initial ("J said again …" and "mention J??", round 48) — never "I" or "A"."""
    named = {w for w in _WORD.findall(text) if w[0].isupper() and w[1:].islower()}
    # two initials are one person, wherever they stand: "parler de M. B. et du parking"
    named |= {a + b for a, b in _TWO_INITIALS.findall(text) if a + b not in _DOTTED_ACRONYMS}
    return named | {one or other for one, other in _INITIAL.findall(text)}


_TWO_INITIALS = re.compile(r"(?<![\w.])([A-Z])\.\s?([A-Z])\.(?!\w)")
#: Dotted acronyms, no one's initials: "told H.R.", "the U.K. team".
_ACRONYMS = "HR US UK EU PS AM PM IT QA PR HQ OK"
_DOTTED_ACRONYMS = frozenset(_ACRONYMS.split())


#: A lone capital that stands for someone: "J said again …", "S. came in smelling of booze"
#: (not "I", "A" or "Plan B.")
_INITIAL = re.compile(
    r"(?<![\w'’.&/+-])([B-HJ-Z])(?![\w'’.&/+-])"
    # with its period only where the line or a clause begins: "S. came in …", not "Plan B. if"
    r"|(?:^|(?<=[,;:(—–-]\s)|(?<=[,;:(]))\W*([B-HJ-Z])\.(?=\s+[a-z])"
)


def _first_word(text: str) -> str:
    words = text.split(maxsplit=1)
    return re.sub(r"\W+$", "", words[0]) if words else ""


def tied_worry_note(
    worries: Sequence[Worry], role: Role, now: datetime, counterpart: str = ""
) -> str:
    """Beside a point that names a worry only by a word: the note it comes back to (the first
    of `worries`, the notes it names), and how to raise it (round 36: a nurse smelling of
    alcohol and a teacher messaging pupils at night got a hedged "if" or nothing, the point's
    words being too few to read). A shock among them adds the medical check."""
    note = _tied_worry_note(worries[0], role, now, counterpart)
    for other in worries[1:]:
        if _same_matter(worries[0].entry.text, other.entry.text):
            continue  # the same person and thing: the quote above stands for both
        day = short_date(other.entry.created_at, now)
        note += f" {ALSO_TIED.format(day=day, words=in_quotes(_worry_words(other.entry.text)))}"
    if any(tells_of_shock(w.entry.text) for w in worries):
        note = note.replace(" " + REPORT_IT_TOO, "") + " " + SHOCK_CHECK_NOTE
    return note


#: Another worrying note the same point names, said so it is seen to be raised.
ALSO_TIED = "It also comes back to your note of {day} ({words})."
#: After an electric shock (round 67: "got a tingle off the neutral … fine but shaky tbh").
SHOCK_CHECK_NOTE = (
    "Whoever took an electric shock should get a medical check even if they feel fine, and it"
    " should be reported with the date and the job."
)


def _tied_worry_note(worry: Worry, role: Role, now: datetime, counterpart: str) -> str:
    words = in_quotes(_worry_words(worry.entry.text))
    day = short_date(worry.entry.created_at, now)
    text = worry.entry.text
    if MENACED.search(text) and not _AT_HOME_WITH.search(text):  # a threat: the safety plan
        return f"{TIED_OPENING}{day} ({words}). {threatened_note(role)}"
    if offers_money(text):
        theirs = names_them(text, counterpart, pronouns=False)
        return f"{TIED_OPENING}{day} ({words}). {money_offered_note(role, theirs=theirs)}"
    note = TIED_WORRY_NOTE.format(day=day, words=words) + concern_tail(role)
    if _NOT_REPORTED.search(text) and not _ON_RECORD.search(text) and reports_safety_problem(text):
        note += " " + REPORT_IT_TOO
    return note


#: The user says a safety event is not yet on record: "no lo he notificado todavia", "nobody
#: wrote it up", "não reportei", "nicht gemeldet", "nie zgłosiłam".
_NOT_REPORTED = re.compile(
    r"(?i)\b(?:not|never|haven'?t|hasn'?t|didn'?t|nobody|no\s+one|noone)\s+(?:yet\s+|been\s+)?"
    r"(?:reported(?!\s+back)|report(?:ed)?\s+it|logged|wrote\s+it\s+up|written\s+up|filed)\b"
    r"|\bno\s+(?:lo\s+|la\s+)?(?:he\s+|hemos\s+|ha\s+)?(?:notificad[oa]|notifiqu[eé]|reportad[oa]|report[eé])"
    r"|\bn[ãa]o\s+(?:o\s+|a\s+)?(?:reportei|notifiquei|registrei|foi\s+(?:reportad|notificad|registrad)[oa])"
    # not "hat sich nicht gemeldet" (got in touch) nor "nie zgłosił się" (didn't show up)
    r"|(?<!sich\s)\bnicht\s+(?:ge)?meld\w*|\bnie\s+zg[lł]osi\w*(?!\s+si[eę])"
)
#: Beside a near miss the user has not yet put on record.
REPORT_IT_TOO = (
    "A near miss belongs in the incident system as well, even with no harm done — it's there"
    " to fix how the work is done, not to blame one person."
)


#: The body a safety matter goes to: whether to take it there is a safety question.
_SAFETY_BODY = re.compile(
    r"\b(?:BHP|H&S|HSE|OHS|EHS|SESMT|CIPA|(?i:safety\s+(?:rep|officer|team|dept|department)"
    r"|arbeitssicherheit|sicherheitsfachkraft|prevenci[oó]n\s+de\s+riesgos))\b"
)


#: Reporting, in the notes' languages.
_REPORT_VERB = re.compile(
    r"(?i)\b(?:report\s+(?:it|this|that|them)|zg[lł]asz\w*|zg[lł]osi\w*|melden|reportar|notificar"
    r"|signaler)\b"
)


def takes_it_to_safety(text: str) -> bool:
    """Whether a point weighs reporting something to the safety body ("zgłaszać oficjalnie do
    BHP czy …?") — not an induction with H&S, nor an interview at BHP the company."""
    return bool(_SAFETY_BODY.search(text) and _REPORT_VERB.search(text)) and not (
        OUTSIDE_OFFER.search(text) or _JOB_WORDS.search(text)
    )


_JOB_WORDS = re.compile(r"(?i)\b(?:interview\w*|applied|apply\w*|post|job|vacancy|offer|cv)\b")


def dilemma_note(text: str, role: Role) -> str:
    """The way to decide whether to tell them something, for what the something is (round 29:
    one stock paragraph for a safety gap, a pregnancy, a plan to leave and a rival's job). An
    offer weighed as leverage is the offer note's with someone who has a say over your next
    step; a mentor is the place to weigh it (`point_notes`)."""
    if reports_safety_problem(text) or COMPLIANCE_GAP.search(text) or takes_it_to_safety(text):
        return TELL_A_GAP_NOTE  # "zgłaszać oficjalnie do BHP czy …?": a safety matter (round 59)
    if asks_what_goes_further(text):
        return CONFIDENTIAL_NOTE
    decides = role in (Role.MANAGER, Role.SKIP, Role.SPONSOR)
    if decides and _AN_OFFER.search(text) and LEVERAGE.search(text):
        return GROWTH_FIRST + OFFER_NOTE  # "¿le digo a E. de la oferta? could be leverage"
    about_someone = may_raise_concern(text) or about_others(text)
    for pattern, note in _DILEMMAS:
        if pattern.search(text) and not (pattern is ON_RECORD and about_someone):
            return note  # someone else's disciplinary or complaint is no "better from you"
    return TELL_OR_NOT_HARM_NOTE if about_someone else TELL_OR_NOT_NOTE


#: Someone else at work a point is about ("the thing with the new guy on nights", "the resident
#: was left", "Priya on nights has been sleeping"), who may be hurt or doing harm: the harm test
#: first. A dilemma of the user's own (a move, a plan, their own strain) gets the plain one.
_SOMEONE_AT_WORK = re.compile(
    r"(?i)\b(?:guy|girl|lad|man|woman|colleague|co-?worker|someone|somebody|resident|patient"
    r"|client|pupil|apprentice|trainee|new\s+(?:starter|hire))s?\b(?![-'’])"
    r"|\bone\s+of\s+the\s+\w+"
    # a name doing something: "Priya on nights has been …", "saw Dev do …", "Mark keeps …"
    r"|(?-i:\b(?!(?:This|That|It|There|Here|What|Which|Who|He|She|They|We|Work|Everything|Nothing"
    r"|Something|Everyone|Nobody)\b)[A-Z][a-z]+)\s+(?:on\s+(?:nights|days|lates|earlies)|has|had|is|was"
    r"|keeps|kept|did|do"
    r"|does|said|told|took|takes|left|hit|pushed|shouted)\b"
    # a colleague named with a Japanese title or suffix: "山本さんの件 言うべき?" (round 58)
    r"|(?:[\u4e00-\u9fff\u30a0-\u30ff]{2,4}|(?<![A-Za-z])(?-i:[A-Z]))(?:さん|くん|課長|部長|主任|先輩|係長)"
    # or their name at stake in one: "田中さんの名前出す?" — not to thank them (round 61)
    r"(?:の件|のこと|の名前(?!.*(?:感謝|お礼|紹介|褒め|ほめ)))"
)


def about_others(text: str) -> bool:
    """Whether a point is about someone else at work (`_SOMEONE_AT_WORK`)."""
    return bool(_SOMEONE_AT_WORK.search(text))


def asks_what_goes_further(text: str) -> bool:
    """The user asks whether what they say of their own strain goes further ("would she have
    to tell Lorraine?"): what stays between them is theirs to know first. Never over harm to
    someone else, whose test comes first."""
    return bool(CONFIDENTIAL.search(text)) and not about_others(text)


#: A win this recent is still news worth saying; the asks use wins this recent too.
WIN_DAYS = 30
_WIN_WORD = re.compile(r"(?i)\bwins?\b")
#: Who a win makes the case to: someone with a say over your work or next step, or a mentor
#: guiding it — a peer's favour is not won by a track record.
_CASE = frozenset({Role.MANAGER, Role.SKIP, Role.SPONSOR, Role.MENTOR})


def _unused_win(
    entries: Sequence[Entry],
    asks: Sequence[SuggestedAsk],
    ctx: CoachingContext,
    is_personal: Callable[[str], bool],
) -> str | None:
    """The newest win of the last `WIN_DAYS`, when no ask already builds on a win — so a logged
    win is used once on the card. Named by its topic ("your win of 18 Nov (the Tanaka
    pilot)"), else by a few of the user's own words in quotes: "your win of 20 Nov" alone left
    the user to work out which win (round 20). A private line is named by its date only."""
    now = ctx.now
    # an ask for feedback or visibility builds on the win, as does one that says "win"; an
    # advocacy ask in general words (a sponsor's "what would you need to make the case?")
    # leaves the win to the balance line, where it makes that case
    shows = WIN_PURPOSES - {AskCategory.ADVOCACY}
    if any(a.category in shows or _WIN_WORD.search(a.reason) for a in asks):
        return None
    wins = [
        e
        for e in entries
        if e.kind is EntryKind.WIN
        and e.status is not EntryStatus.DISMISSED
        and as_utc(now) - as_utc(e.created_at) <= timedelta(days=WIN_DAYS)
    ]
    if not wins:
        return None
    # one told by its result first ("from 18% to 7%"), then the newest
    newest = max(wins, key=lambda e: (shows_a_result(e.text), as_utc(e.created_at)))
    when = short_date(as_utc(newest.created_at), now)
    if is_personal(newest.text):
        return f"your win of {when}"
    label = ctx.relationship.full_label
    ref = reference(newest.text, newest.created_at, now=now, counterpart=label, names=ctx.names)
    if ref is not None and ref.topic:
        return f"your win of {when} ({ref.to_user()})"
    return f"your win of {when} ({in_quotes(newest.text, ctx.names)})"


def _shown(asks: Sequence[SuggestedAsk], points: Sequence[str] = ()) -> Shown:
    """What the suggestions hold, for the balance line: a first offer of help is the give. The
    user's own points that ask something count as asks too — "keep to one ask" beside a
    suggested ask and a point asking for a reference contradicted the card (round 13)."""
    give = bool(asks) and asks[0].category is AskCategory.OFFER_HELP
    chases = any(a.category is AskCategory.FOLLOW_UP for a in asks)
    own = sum(1 for text in points if asks_them(text))
    return Shown(suggestions=len(asks), asks=len(asks) - give + own, chases=chases)


def _since(entries: Sequence[Entry], now: datetime) -> str | None:
    """The last give or ask before the balance window, as the balance line names it — so a card
    that carries an old open ask never says nothing was asked without mentioning it."""
    before = [
        e
        for e in entries
        if e.kind in (EntryKind.GAVE, EntryKind.ASK)
        and e.status is not EntryStatus.DISMISSED
        and as_utc(e.created_at) < as_utc(now) - WINDOW
    ]
    if not before:
        return None
    last = max(before, key=lambda e: as_utc(e.created_at))
    when = short_date(as_utc(last.created_at), now)
    if last.kind is EntryKind.GAVE:
        return f"your give of {when}"
    still = ", which is still open" if last.status is EntryStatus.OPEN else ""
    return f"your ask of {when}{still}"


def _points_note(
    asks: Sequence[SuggestedAsk], points: Sequence[TalkingPoint]
) -> tuple[str | None, int | None]:
    """The manager's-call note the asks carried, and the first point it is about, so the card
    says it where the leave or rota point is rather than in the middle of an ask's reason."""
    note = next((a.points_note for a in asks if a.points_note), None)
    if note is None:
        return None, None
    about = next((p.entry.id for p in points if leave_or_rota([p.entry.text])), None)
    return note, about


def _said_once(asks: tuple[SuggestedAsk, ...], notes: list[str]) -> tuple[SuggestedAsk, ...]:
    """The asks with any sentence of their reasons that a note beside a point already says left
    out: round 34 printed "You've helped Joost 5 times … this ask is one you've earned" under
    the user's own ask and again under the chase of an open one."""
    said = {sentence for note in notes for sentence in _SENTENCE_END.split(note)}

    def kept(reason: str) -> str:
        left = " ".join(s for s in _SENTENCE_END.split(reason) if s not in said)
        return left or reason

    return tuple(replace(a, reason=kept(a.reason)) if a.reason else a for a in asks)


#: Between two sentences of a note: after its full stop and before the next one's first letter.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _advice_on_points(
    advice: Sequence[tuple[int, str]], points: Sequence[TalkingPoint]
) -> tuple[tuple[int, str], ...]:
    """The asks' advice on the user's points ("raise this first"), for points the card does not
    flag: a flagged point has its own note ("don't use the offer as a threat"), and "make it
    the ask" beside an outside offer would say the opposite."""
    flagged = {p.entry.id for p in points if p.flags}
    return tuple((i, note) for i, note in advice if i not in flagged)


def _local(ctx: CoachingContext) -> datetime:
    """Now on the user's clock, in the zone of their 1:1s with this person (as the header says
    the meeting's day), so "due today" and "overdue since" fall on the user's days."""
    zone = next((spec.tz for spec in ctx.series), None)
    return ctx.now.astimezone(ZoneInfo(zone)) if zone else ctx.now


def _history(first_logged: datetime | None, now: datetime) -> timedelta:
    """How long ago the first entry with them was logged (zero when nothing is)."""
    return as_utc(now) - as_utc(first_logged) if first_logged else timedelta(0)


def _days_to(meeting: Meeting | None, ctx: CoachingContext) -> int | None:
    """Whole days from today to the 1:1, on the series' clock (as the asks count them)."""
    if meeting is None:
        return None
    return days_until(meeting.start, ctx.now, next((s.tz for s in ctx.series), None))


def _carried(
    entries: list[Entry], person: str, private: Callable[[str], bool], names: Mapping[str, str]
) -> tuple[tuple[Entry, ...], frozenset[int]]:
    """Open asks and follow-ups, oldest first — those with this person before those for others
    (a follow-up neither listed as owed to them, `listed_for_them`, nor theirs to do, or one of
    the user's private errands: "book rehab intake call for mama" is not for their manager), and
    the ids of the latter."""
    still_open = [
        e
        for e in entries
        if e.status is EntryStatus.OPEN and e.kind in (EntryKind.FOLLOWUP, EntryKind.ASK)
    ]
    others = frozenset(
        e.id
        for e in still_open
        if e.kind is EntryKind.FOLLOWUP
        and (
            private_errand(e.text, person, private)
            or (
                not listed_for_them(plain_text(e.text, names), person)
                and not owed_by_them(e.text, person)
                and not (is_event(e.text) and names_them(e.text, person))  # "lunch with Carmen"
            )
        )
    )
    ours = tuple(e for e in still_open if e.id not in others)
    return ours + tuple(e for e in still_open if e.id in others), others


#: The user's own word that a line is not for work to know: "(nobody at work knows. don't
#: mention o)", "between us", "keep it quiet" (round 37: a secret UK registration exam was
#: offered to the matron as the win that makes the case).
SAID_SECRET = re.compile(
    r"(?i)\b(?:nobody|no\s+one|noone)\s+(?:at\s+work\s+|here\s+)?knows\b(?=\s*(?:$|[.,;!?)]|\s+(?:yet"
    r"|about\s+(?:it|this)|at\s+work|here)\b))"
    r"|\bdon'?t\s+(?:mention|tell\s+(?:anyone|anybody|work|her|him|them))\b(?:\s+(?:it|this|o|pls"
    r"|please))?(?=\s*(?:$|[.,;!?)]))"
    r"|\bkeep(?:ing)?\s+(?:it|this|that)\s+(?:quiet|to\s+myself|secret|between\s+us)\b"
    r"|\b(?:just\s+)?between\s+(?:us|you\s+and\s+me)(?=\s*(?:$|[.,;!?)]))|\bsecret(?:ly)?\b(?!\s+santa)"
    r"|\bnot\s+telling\s+(?:anyone|anybody|work|my\s+(?:manager|boss)|her|him|them)\b"
)


#: Said plainly, as a fact of how the card is written, not as advice on how to speak (round 42
#: found "your notes are mostly in another language: say these in your own words" patronising).
LANGUAGE_NOTE = (
    "These lines are drafted in English — you'll know best how to say them in the language you"
    " two share."
)
#: The lines a phrasebook could say, in the language of the user's notes.
DRAFTED_IN = "These lines are drafted in {language}, {why} — say them your way."
#: Why the lines are in that language: the notes, or the user's own `/oneonone language`.
LIKE_THE_NOTES = "like your notes"
AS_SET = "as you set for them"
#: A language the user set, where every line holds their own words.
SET_BUT_KEPT = (
    "You set {language} for them, but these lines hold your own words, so they stay in English"
    " — say them your way."
)
PARTLY_DRAFTED_IN = (
    "Drafted in {language} where the card could; the lines in English are yours to say in your"
    " own words."
)


def in_their_language(
    asks: tuple[SuggestedAsk, ...],
    entries: Sequence[Entry],
    today: date,
    chosen: str | None,
    *,
    role: Role = Role.OTHER,
    zone: str | None = None,
) -> tuple[tuple[SuggestedAsk, ...], str | None, Phrasebook | None]:
    """The asks in the language the user meets this person in — the one they `chosen`, else
    the one they write their notes about them in — as far as its phrasebook can say them, and
    the note on the language they are in, if any (rounds 37–63: every card for a user writing
    in Polish or Japanese drafted its lines in English); and the phrasebook, when any line is
    said from it, for the card's other lines to say."""
    if not asks:
        return asks, None, None
    texts = [e.text for e in sorted(entries, key=lambda e: e.created_at)]
    # the notes' language, not their quoted replies': a three-word reply is read as Italian or
    # Norwegian as often as as what it is, and may be a client's (a second fresh-eyes review)
    code = chosen or notes_language(texts)
    if code is None or code == ENGLISH:
        return asks, None, None
    book = book_for(code, None if chosen else zone)  # a language set is taken as set
    if book is None:
        return asks, LANGUAGE_NOTE, None
    # every ask opens on the same name: read how the notes address them once
    senior = role not in (Role.PEER, Role.OTHER)
    names = {dict(ask.fill).get("name", "") for ask in asks}
    opening = {name: as_written(name, texts, senior=senior) for name in names}
    said = tuple(_said_in(book, ask, today, role, opening) for ask in asks)
    kept = sum(ask.wording == other.wording for ask, other in zip(asks, said, strict=True))
    if kept == len(asks):
        return asks, (SET_BUT_KEPT if chosen else LANGUAGE_NOTE).format(language=book.name), None
    note = PARTLY_DRAFTED_IN if kept else DRAFTED_IN
    return said, note.format(language=book.name, why=AS_SET if chosen else LIKE_THE_NOTES), book


def said_in_full(text: str, book: Phrasebook | None) -> str:
    """A line of the card with the sentences it suggests saying (“What's taking most of your
    time…?”) in the phrasebook's language, where it holds them."""
    for english, theirs in book.said.items() if book else ():
        text = text.replace(f"“{english}”", f"“{theirs}”")
    return text


def _said_in(
    book: Phrasebook, ask: SuggestedAsk, today: date, role: Role, opening: Mapping[str, str]
) -> SuggestedAsk:
    """One ask in the phrasebook's language, opening on their name as the notes address them
    ("anh Hùng"), to a peer so named on first-name terms in the register colleagues use ("du"),
    when its wording is still the catalogue line it was filled from (a line reworded after,
    "then open the 1:1 with this", stays as it is)."""
    fill = dict(ask.fill)
    if not ask.template or ask.wording != as_sentence(ask.template.format(**fill)):
        return ask
    name = opening.get(fill.get("name", ""), "")
    if "name" in fill:
        fill["name"] = name
    informal = role is Role.PEER and not formally_addressed(name)
    wording = book.say(ask.template, fill, today, peer=informal)
    return ask if wording is None else replace(ask, wording=as_sentence(wording))


def kept_secret(entry: Entry) -> bool:
    """A win or a give the user says work must not know of: never cited on the card, not even
    by its date (a case made from it would tell). Notes keep theirs: a colleague's "she begged
    me not to say anything" does not silence a worry."""
    return entry.kind in (EntryKind.WIN, EntryKind.GAVE) and bool(SAID_SECRET.search(entry.text))


def build_prep(
    ctx: CoachingContext, *, meeting: Meeting | None, scanner: Scanner = scan
) -> PrepCard:
    """The card for one relationship (and, when scheduled, its next occurrence). `scanner`
    may answer from verdicts stored with the entries rather than run the model again."""
    counts = counts_of(ctx, window=WINDOW)  # counted as logged, secrets too
    ctx = replace(ctx, entries=tuple(e for e in ctx.entries if not kept_secret(e)))
    # an ask answered in a later note is read, and shown, with that answer
    ctx = replace(
        ctx, entries=with_later_answers(ctx.entries, ctx.relationship.full_label, ctx.now)
    )
    entries = own_entries(ctx)
    person = ctx.relationship.full_label
    # outside the line only: a manager who "does the schedules, supervision and contracts" is
    # still a manager, and peer supervision is a trade both ways
    supervision = ctx.relationship.role in (Role.OTHER, Role.MENTOR) and supervises_practice(
        ctx.relationship.title
    )

    def private(text: str) -> bool:
        return names_private_life(scanner(text))

    carried, for_others = _carried(entries, person, private, ctx.names)
    raw = {
        e.id: shown_flags(scanner(e.text), e.text)
        for e in entries
        if e.kind is EntryKind.AGENDA and e.status is EntryStatus.OPEN
    }
    asked = [e.text for e in carried if e.kind is EntryKind.ASK]
    scanned = [
        TalkingPoint(e, for_card(raw[e.id], e.text, ctx.relationship.role, asked))
        for e in entries
        if e.id in raw
    ]
    points = tuple(point_order(scanned))
    # a part of the body hurt at work is an injury to report, not health news to keep (round
    # 66: "should I tell her about my back??" was told to ask for "a lighter load")
    injured = {p.entry.id for p in points if injured_at_work(p.entry.text, entries, ctx.now)}
    points = tuple(
        replace(p, flags=tuple(f for f in p.flags if f.category not in _HEALTH))
        if p.entry.id in injured
        else p
        for p in points
    )
    worries = worrying_notes(entries, ctx.now, scanner)
    tied, covered = tie_worries(points, worries, person)
    # a point carrying a worry about someone else drops the stray readings the scan is unsure
    # of ("the S thing?? … targeting him": favouritism 0.18) before anything reads them (the
    # optics note, the checklist); a distress reading stays, so its care note shows beside the
    # worry, never instead of it (round 52 showed only the helpline)
    points = tuple(
        replace(p, flags=tuple(f for f in p.flags if is_confident(f) or f.needs_care))
        if p.entry.id in tied
        else p
        for p in points
    )
    seen = optics(ctx, scan=scanner, points=[p.entry for p in points])
    favouritism = any(
        f.category is Category.FAVOURITISM for p in points for f in worth_showing(p.flags)
    )
    hours = after_hours_note(ctx, social=favouritism)
    concern = bool(seen.text) or bool(hours and hours.concern)
    causes = _causes(points, meeting, seen=seen, hours=bool(hours and hours.concern))
    why = _full_checklist_why(causes, concern=concern)
    ideas = wants_ideas(entries)  # read once: the asks and the balance line both use it

    def personal(text: str) -> bool:
        """Nothing the scan is sure of, distress included, is ever named in an ask or a win."""
        return any(is_confident(f) for f in scanner(text))

    owed = owes_user(ctx, entries)  # read once: the asks and the balance line both use these
    overloaded = stretched(entries, ctx.now)
    lighter = lighter_load(entries)  # asking for less work: no more work offered either
    carrying = {p.entry.text for p in points if p.entry.id in tied}
    beside = {
        pid: tied_worry_note(named, ctx.relationship.role, ctx.now, person)
        for pid, named in tied.items()
    }
    on_points = point_notes(
        points,
        raw,
        ctx.relationship.role,
        beside,
        person,
        matter_of=lambda text: matter_behind(text, entries, ctx.now),
    )
    on_points = tuple((pid, note) for pid, note in on_points if pid not in injured) + tuple(
        (pid, INJURED_NOTE) for pid in sorted(injured)
    )
    on_points = _colleague_injured(on_points, points, entries, ctx.now)
    safety = tuple(p.entry.id for p in points if not p.flags and _unsafe_at_work(p.entry.text))
    to_raise = note_to_raise(worries, covered, ctx.now)
    role = ctx.relationship.role
    to_weigh = None if to_raise else note_to_weigh(entries, points, ctx.now, scanner, role, person)
    worry = bool(safety or to_raise) or any(is_concern_note(note) for _, note in on_points)
    plan = plan_asks(
        ctx,
        limit=3,
        # nothing the scan is sure of, distress included, is ever named in an ask
        is_personal=personal,
        meeting_at=meeting.start if meeting else None,
        first=bool(meeting and meeting.first),
        ideas=ideas,
        may_be_personal=lambda text: weakly_personal(scanner(text)),
        names_private_life=private,
        carries_worry=carrying.__contains__,
        beside_a_worry=worry,
        owed=owed,
        overloaded=overloaded or lighter,
    )
    asks = tuple(plan.asks)
    # a point still weighing whether to raise it gets no "make it plainly" or "raise this
    # first" beside "it can wait" (fresh-eyes review, round 48); what it chased stays
    undecided = {
        p.entry.id for p in points if weighs_telling(p.entry.text) or unformed(p.entry.text)
    }
    # nor one carrying a worry: a threat from a service user is no ask "your goal turns on",
    # with "what you'd bring" (round 58)
    undecided |= set(tied) | {pid for pid, note in on_points if is_concern_note(note)}
    on_own = _advice_on_points(plan.for_points, points)
    advice = on_points + tuple(
        (i, note) for i, note in on_own if i not in undecided or not decisive_advice(note)
    )
    asks = _said_once(asks, [note for _, note in advice])
    asks, language, spoken = in_their_language(
        asks,
        entries,
        _local(ctx).date(),
        ctx.relationship.language,
        role=ctx.relationship.role,
        zone=next((spec.tz for spec in ctx.series), None),
    )
    points_note, points_note_for = _points_note(asks, points)
    card = PrepCard(
        person=person,
        relationship_id=ctx.relationship.id,
        meeting=meeting,
        carried_forward=carried,
        carried_for_others=for_others,
        talking_points=points,
        asks=asks,
        balance=SUPERVISION_BALANCE
        if supervision
        else describe_balance(
            Balance(gave=counts.gave, asked=counts.asked),
            ctx.relationship.label,
            window=WINDOW,
            on_card=True,
            logged=counts.logged,
            history=_history(counts.first_logged, ctx.now),
            first=meeting is not None and meeting.first,
            give=_give(ctx, asks, scanner, _days_to(meeting, ctx)),
            since=_since(entries, ctx.now),
            open_asks=counts.open_asks,
            shown=_shown(asks, [p.entry.text for p in points]),
            wants_ideas=ideas,
            win=_unused_win(entries, asks, ctx, personal)
            if ctx.relationship.role in _CASE
            else None,
            owed=owed,
            role=ctx.relationship.role,
            stretched=overloaded,
            lighter=lighter,
        ),
        checklist=pick_checklist(
            causes,
            ctx.relationship.role,
            worry=worry,
        ),
        checklist_why=why,
        kind_word=_kind_word(seen, points, supervision=supervision),
        to_raise=to_raise,
        to_weigh=to_weigh,
        optics=seen.text,
        after_hours=hours.text if hours else None,
        hours_concern=bool(hours and hours.concern),
        person_id=ctx.relationship.person.user_id,
        names=ctx.names,
        role=ctx.relationship.role,
        points_note=points_note,
        points_note_for=points_note_for,
        goal_note=next((a.goal_note for a in asks if a.goal_note), None),
        language_note=language,  # about the drafted lines
        now=ctx.now,
        carried_count=counts.open_asks + counts.open_followups,
        safety_points=safety,
        safety_note=safety_note(_days_to(meeting, ctx)),
        point_notes=advice,
        carried_days=carried_days(
            # only the items the card lists: the rest are counted, never shown
            [
                (e.id, e.kind, plain_text(e.text, ctx.names), e.created_at, session_after(e, ctx))
                for e in carried[:SHOWN_CARRIED]
            ],
            now=_local(ctx),
            meeting=meeting.start if meeting else None,
        ),
        due=dues(
            [
                (e.id, plain_text(e.text, ctx.names), e.created_at, session_after(e, ctx))
                for e in carried
                if e.kind is EntryKind.FOLLOWUP
            ],
            now=_local(ctx),
            meeting=meeting.start if meeting else None,
            counterpart=person,
            errand=lambda text: private_errand(text, person, private),
        ),
    )
    return replace(card, balance=said_in_full(card.balance, spoken)) if spoken else card


def next_meeting(
    series: Sequence[tuple[int, SeriesSpec]], *, now: datetime
) -> tuple[int, datetime] | None:
    """The soonest upcoming occurrence among `(series_id, spec)` pairs."""
    upcoming = [
        (start, series_id)
        for series_id, spec in series
        if (start := next_occurrence(spec, after=now)) is not None
    ]
    if not upcoming:
        return None
    start, series_id = min(upcoming)
    return series_id, start


def meeting_for(
    series_id: int,
    start: datetime,
    *,
    now: datetime,
    tz: str,
    first: bool = False,
    from_calendar: bool = False,
) -> Meeting:
    return Meeting(series_id, start, when_text(start, now, tz), from_calendar, first)


def is_first_occurrence(spec: SeriesSpec, start: datetime, *, created_at: datetime) -> bool:
    """True when `start` is the first occurrence of a series made at `created_at`."""
    return next_occurrence(spec, after=created_at) == start


def flagged_shown(card: PrepCard) -> list[int]:
    """Entries whose flags this card shows in full for the first time: from now on, a marker."""
    return [p.entry.id for p in card.talking_points if p.flags and not p.noted]


def point_order(points: Sequence[TalkingPoint]) -> list[TalkingPoint]:
    """How the card lists talking points: the user's work points first, flagged ones after, so
    they never push work off the card; each group by date. `/oneonone agenda edit 2` uses the
    same numbers."""
    return sorted(points, key=lambda p: (bool(p.flags), p.entry.created_at, p.entry.id))


def with_next_steps(card: PrepCard, steps: Sequence[NextStep]) -> PrepCard:
    return replace(card, next_steps=tuple(steps))


def with_note(card: PrepCard, note: str) -> PrepCard:
    return replace(card, notes=(*card.notes, note))
