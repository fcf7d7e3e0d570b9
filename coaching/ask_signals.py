"""What one relationship's history says, read once for the suggested asks (`coaching.asks`).

The asks are only as good as what they notice: the ask still waiting and for how long, the win
worth showing, the idea worth testing, the priority they named, the promise still owed, the
feedback they gave a few weeks ago, what the user's own talking points already ask, and whether
the counterpart's title puts them in the field the user is aiming for. This module turns the
coaching context into those facts (`Signals`); `coaching.asks` ranks and words the asks from
them. Pure: no clock, no I/O.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from coaching.agenda_points import Points, points_of
from coaching.answers import deferred, granted, put_off_until, reported_answer
from coaching.balance import Balance, as_utc, balance
from coaching.concerns import raises_concern
from coaching.counterpart import decides, works_as, works_in
from coaching.due import (
    MONTH_NAMES,
    MONTH_WORDS,
    deadline_date,
    handed_to_them,
    is_them,
    owed_by_them,
    private_errand,
)
from coaching.focus import (
    TARGET_KINDS,
    derive_deadline,
    derive_step,
    fits_slot,
    focus_kind,
    is_role,
    read_goal,
)
from coaching.items import Reference, advice_of, plain_text, reference, short_date
from coaching.line_memo import FLAG, WORDS, enum_codec, line_memo
from coaching.model import CadenceKind, CoachingContext, Entry, EntryKind, EntryStatus, Role
from coaching.oversharing import reports_safety_problem
from coaching.slot_text import confident, foreign_small_word
from coaching.timing import days_until
from coaching.whose_ask import not_theirs_to_answer


class AskCategory(StrEnum):
    """The purposes of design §4's table; values are the catalogue's section names."""

    INTRODUCTION = "introduction"
    MENTORSHIP = "mentorship"
    SKILLS = "skills"
    FEEDBACK = "feedback"
    VISIBILITY = "visibility"
    ADVOCACY = "advocacy"
    IDEAS = "ideas"
    FOLLOW_UP = "follow_up"
    OFFER_HELP = "offer_help"
    HABIT = "habit"


# --------------------------------------------------------------------------------------------
# What a logged ask was about
# --------------------------------------------------------------------------------------------

#: Checked in this order; the first category whose words appear wins. Introductions and
#: mentorship come first because "teach me how you present" is a mentorship ask, not a stage.
_ASK_WORDS: tuple[tuple[AskCategory, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern))
    for category, pattern in (
        (  # a referee speaks for you: "would he be a referee for the PO competition" is not
            # training, whatever else the line names (round 23: "the training I asked about")
            AskCategory.ADVOCACY,
            r"\breferees?\b|\breference (?:letter|for me)\b|\b(?:be|as) (?:my|a) reference\b"
            r"|\bwrite (?:me )?a reference\b|\b(?:letter of )?recommendation letter\b"
            r"|\bletter of recommendation\b|\bcarta de recomenda\w*|\bcarta de refer[eê]ncia\b"
            r"|\breferenzschreiben\b|\blettre de r[ée]f[ée]rence\b|\breferencj\w*",
        ),
        (
            AskCategory.INTRODUCTION,
            r"\bintros?\b|\bintroduc(?:e|ed|es|ing|tion|tions)\b|\bconnect me\b"
            r"|\bput me in touch\b|\bconnect(?:ed)? (?:me )?with\b",
        ),
        (
            AskCategory.MENTORSHIP,
            # guidance given, not a guidance document ("the DHIS2 indicator guidance", round 50;
            # "the NICE guidance on sepsis", "some guidance templates")
            r"\bmentor\w*|\bcoach(?:ing|ed)?\b|\bteach me\b|\bshow me how\b"
            r"|\b(?:your|some|any|more|for|career)\s+guidance\b"
            r"(?!\s+(?:doc\w*|notes?|templates?|papers?|pdfs?|forms?|packs?|sheets?)\b)"
            r"|\b(?:give|gives|gave|giving|offer|offered)\s+me\s+(?:some\s+)?guidance\b"
            r"|\bhow you (?:approach|handle|think about|deal with)\b"
            r"|\bpair(?:ing)? (?:on|with)\b|\bshadow(?:ing)?\b"
            r"|\bhow did you (?:handle|approach|deal with|get|make|manage|decide)\b"
            r"|^\s*should i\b|\bwhat would you do\b|\bwould you advise\b",
        ),
        (
            AskCategory.SKILLS,
            # a certificate is learnt for, unless it is paperwork (`_PAPERWORK`); "certified"
            # only as something one becomes (round 47: "the training" for certified accounts)
            r"(?<!\bof )(?<!\bon )\bcourses?\b|\btraining\b|\bconferences?\b"
            r"|\bcertificat(?:e|es|ion|ions)\b|\bcertifica(?:ci[oó]n|[çc][ãa]o|do)\b"
            r"|\b(?:get|getting|got|be|become|becoming)\s+(?:\w+\s+){0,2}certified\b"
            r"|\bworkshops?\b|\bbootcamp\b"
            r"|\b(?:learning|training|education) budget\b"
            r"|\bbudget for (?:\w+ ){0,2}(?:learning|training|courses?|books?|conferences?)\b",
        ),
        (
            AskCategory.ADVOCACY,
            r"\bsponsor(?:ship|ing)?\b|\badvoca\w*|\bput my name (?:forward|in)\b"
            r"|\bspeak up for me\b|\bback me\b|\bnominat\w*|\bvouch\w*",
        ),
        (
            AskCategory.FEEDBACK,
            r"\bfeedback\b|\bdo(?:ne)? (?:it )?better\b|\bhow am i doing\b|\bcritique\b",
        ),
        (
            AskCategory.IDEAS,
            r"\bideas?\b|\bpitch\w*|\bproposals?\b|\bpropos(?:e|ed|ing)\b|\bbrainstorm\w*",
        ),
        (
            AskCategory.VISIBILITY,
            r"\bpresent(?:s|ed|ing|ation|ations)?\b|\bdemo(?:s|ed|ing)?\b|\blead(?:s|ing)?\b"
            r"|\bshowcas\w*|\bvisib\w*|\bspeak at\b|\bstretch (?:project|assignment)\b",
        ),
    )
)


#: A certificate that is a document, not a course: "a police certificate", "the certificate of
#: employment", "the completion certificate", a "CA-certified P&L".
_PAPERWORK = re.compile(
    r"\b(?:police|birth|medical|sick|fit|marriage|death|completion|employment|test|inspection|fire"
    r"|tax|residence|insurance|gas|electrical|safety|share|gift|vaccination)\s+certificates?\b"
    r"|\bcertificates?\s+of\s+(?:employment|completion|good\s+standing|residence|incorporation"
    r"|insurance|conformity|origin|service|attendance)\b|\b[\w&]+-certified\b"
)


def _normalise(text: str) -> str:
    return text.replace("’", "'").lower()


@line_memo(enum_codec(AskCategory))
def classify_ask(text: str) -> AskCategory | None:
    """What a logged ask was about, from its words; None when it fits no category.

    Keyword rules, not a model: explainable, and good enough to know "you asked for feedback
    12 days ago". Never returns FOLLOW_UP or OFFER_HELP — those are about an ask's state and
    the balance, not its subject. Cached by text: every card classifies each open ask again.
    """
    lowered = _normalise(text)
    if "certif" in lowered:  # a certificate that is paperwork is no course (`_PAPERWORK`)
        lowered = _PAPERWORK.sub(" ", lowered)
    for category, pattern in _ASK_WORDS:
        if pattern.search(lowered):
            return category
    return None


#: An ask still open after this long gets a follow-up suggestion before anything new.
FOLLOW_UP_AFTER = timedelta(days=7)
#: An open ask that shares this many of the focus's content words (all of them, when it has
#: fewer) is about the goal itself ...
GOAL_OVERLAP = 2
#: Lines older than this with them say the two have met a while: the first card of a new series
#: does not ask whether the rhythm suits them (round 42: "does meeting monthly suit you?" to
#: counterparts who had set the monthly meetings themselves).
NEW_TO_THEM = timedelta(days=28)
#: ... and is followed up from this age, ahead of older asks.
GOAL_ASK_AFTER_DAYS = 2
#: Words that say nothing about what a goal or an ask is about.
_FUNCTION_WORDS = frozenset(
    """
    the a an of and or for on in at to with my our your their his her its me i we you she he they
    them it this that these those from into onto by as is are be been was were will would could
    can should may might shall do does did have has had get got make made become move go going
    want wanted asked ask asking request if about again still more most very really just also
    than then so not no new next last first time times year years week month day days one two
    some any all who what when where which how why there here out up down over under able lot
    role level
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_SUFFIX = re.compile(r"(?:ing|ers|er|es|s|ed)$")


def content_stems(text: str) -> frozenset[str]:
    """The words that carry what a line is about, roughly stemmed ("buyers", "buying" → "buy")."""
    return _stems(text)


#: Words two lines share for being asks, not for being about the same thing: "said", "asked",
#: "zobaczymy", "le pregunté", "相談" (round 59: a course's funding and a worry about gas checks,
#: both "powiedział" to Zbyszek, were "asked twice"; a fresh-eyes review of the chase under a
#: point: "le pregunté a la javi si …" beside "le pregunto derecho si va a postular").
_ASKING_TEXT = (
    "said says asked ask told powiedział powiedzial pytałem pytalem prosiłem prosilem zgłosiłem"
    " dijo disse pedí pedi perguntei sagte gefragt dedi sordum pregunté demandé poprosiłem"
    " poprosilem zapytałem zapytalem frågade chiesto"
)


#: A word in any alphabet, hyphens inside it ("nominación", "near-miss"): the notes are in many
#: languages, and a word cut at its first accent ("nominaci") matches nothing said of it.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_]))*")
#: Scripts written without spaces (Chinese, Japanese, Thai): a run of them is a phrase, not a
#: word; and Vietnamese, whose spaces part syllables ("thư giới thiệu" is one word, "letter of
#: recommendation"), so one syllable shared says nothing. Both are left out, as before.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1ea0-\u1ef9ơưăđ]")


@line_memo(WORDS)
def _stems(text: str) -> frozenset[str]:
    """Cached: a card compares each open ask with each talking point, so one long history would
    otherwise stem the same lines hundreds of times per card (bench/prep.py)."""
    words = [w for w in _WORD.findall(_normalise(text)) if not _UNSPACED.search(w)]
    stems = {
        _SUFFIX.sub("", w)[:6]
        for w in words
        if w not in _FUNCTION_WORDS and not foreign_small_word(w)
    }
    return frozenset(w for w in stems if len(w) >= 3)


#: `_ASKING_TEXT` as stems, with the kanji pairs of asking and consulting ("相談", "確認").
_ASKING_PAIRS = "相談 確認 返事 連絡 検討 質問"
ASKING_STEMS = content_stems(_ASKING_TEXT) | frozenset(_ASKING_PAIRS.split())


#: The focus of a goal about leading people (`coaching.focus`).
PEOPLE = "people management"
#: Themes a priority and a talking point can share without a word in common: "zero lost-time
#: incidents" and "near miss on the scaffold" are both about safety. Stems, as `content_stems`
#: makes them.
_THEMES: tuple[frozenset[str], ...] = tuple(
    frozenset(_SUFFIX.sub("", w)[:6] for w in words.split())
    for words in (
        "safety safe unsafe incident incidents injury injuries accident accidents hazard near-miss"
        " miss lost-time risk risks ppe scaffold exclusion harm",
        "quality defect defects bug bugs snag snags rework error errors complaint complaints",
        "cost costs budget spend margin margins billable billables overspend savings",
        "customer customers client clients churn retention nps renewal renewals satisfaction",
        "hiring hire hires recruit recruiting interview interviews candidate candidates headcount",
        "deadline deadlines schedule delay delays late milestone milestones programme slipping",
    )
)


#: Two teams working together, as goals and points say it: "get repairs and tenant services
#: actually talking to each other", "fewer dropped handovers between our teams".
_JOINT = re.compile(
    r"(?i)\btalk(?:ing)? to each other|\bwork(?:ing)? (?:better |well |closely )?together"
    r"|\bcollaborat\w*|\bjoined[- ]up\b"
    # "cross-team impact" in a promo case is praise for one person's work, not teams working
    r"|\bcross[- ](?:team|functional|department)(?![- ](?:impact|visibility|recognition))"
    r"|\bbetween (?:the |our |two |both )?(?:teams|departments|depts|sites|services)\b"
    r"|\bboth teams\b|\bsilos?\b|\bhand-?offs?\b|\bwho(?:['’]?s| is) owning\b|\bwho owns what\b"
    # one shift to the next: "smoother shift handovers before the winter peak" (round 57)
    r"|\bshift\s+hand-?overs?\b|\bhand-?overs?\s+between\b|\bbetween\s+(?:the\s+)?shifts\b"
)
#: Roles across the work rather than above it, where a joint goal turns the asks to the work.
JOINT_ROLES = frozenset({Role.PEER, Role.OTHER})


def joint_goal(goal: str | None, points: Iterable[str], role: Role) -> bool:
    """The goal speaks of teams working together, or, with a peer or someone in another team,
    one of the user's open points does (round 23 asked the head of another department for
    "development options people tend to miss" beside "whos owning the damp cases??")."""
    if _JOINT.search(goal or ""):
        return True
    return role in JOINT_ROLES and any(_JOINT.search(p) for p in points)


#: A point asking for more time on something owed: "ask for an extension on the soil data",
#: "kuomba extension ya soil data hadi 11 Dec", "pedir más plazo", "prorrogar", "mais prazo",
#: "Verlängerung", "przedłużenie", "push the deadline back" (round 57: "send Dr Njeri the soil
#: data before you meet" beside her own point asking to extend it).
_MORE_TIME = re.compile(
    # asked for, or on the thing: not a building's or a phone's extension, nor "extend Tom's
    # contract" or "postpone the offsite" (a fresh-eyes review)
    r"(?i)\b(?:ask\w*|request\w*|need|get|want|kuomba|naomba|omba)\s+(?:for\s+)?(?:an?\s+|some\s+)?"
    r"(?:extension|more\s+time)\b|\bextension\s+(?:on|for|of|ya|to|till|until|hadi)\s+(?:the\s+)?\w"
    r"|\bcan\s+i\s+have\s+(?:it\s+)?(?:till|until)\b"
    r"|\bpush\s+(?:it|the\s+(?:deadline|date))\s+back\b|\bpush\s+back\s+the\s+(?:deadline|date)\b"
    r"|\bm[aá]s\s+plazo\b|\bpr[oó]rroga\w*|\bprorrogar\s+o\s+prazo\b|\bmais\s+prazo\b"
    r"|\bfristverl[äa]ngerung\b|\bverl[äa]ngerung\s+der\s+frist\b|\bprzed[lł]u[zż]\w*\s+termin\w*"
    r"|\bwi[eę]cej\s+czasu\b|\bd[ée]lai\s+suppl[ée]mentaire\b|締め切り(?:を)?延長|期限(?:の|を)?延長"
)


def more_time_asked(owed: Entry, points: Iterable[str]) -> bool:
    """The user's own point asks for more time on what they owe (`_MORE_TIME`): theirs to
    raise at the 1:1, never sent first as "here's what I promised"."""
    return any(_MORE_TIME.search(p) and touches(p, owed.text) for p in points)


#: A line that says it is the same one again, in the notes' languages: a later ask ("pedi 12%
#: de novo", "asked again about"), a point ("Ripon again?? I need a real answer").
SAID_AGAIN = re.compile(
    r"(?i)\b(?:again|once\s+more|re-?asked|re-?raised|de\s+novo|otra\s+vez|outra\s+vez|de\s+nuevo"
    r"|nochmal|noch\s+einmal|wieder|encore|opnieuw|znowu|ponownie|jeszcze\s+raz|ulit)\b"
)


#: A chase logged as an ask: "transport allowance - still nothing, 3rd time asking",
#: "Lehrlingsförderung — nix gehört seit Okt". Unlike an ask said again (`SAID_AGAIN`), it adds
#: nothing to the first: the first is the ask to follow up, with its date and its answer (round
#: 45 listed "the transport allowance (19 Oct) and the transport allowance (16 Nov)" as two
#: things still open).
_CHASE = re.compile(
    r"(?i)\b(?:still (?:nothing|no (?:answer|word|news|reply|response))|(?:2nd|3rd|4th|second|third"
    r"|fourth) time (?:asking|i'?ve asked|i asked|chasing|reminding)"
    r"|(?:asked|asking|chased|chasing) (?:for the |the )?(?:2nd|3rd|4th|second|third|fourth) time"
    r"|(?:nix|nichts) (?:gehört"
    r"|gekommen)|noch (?:nix|nichts)|ainda nada|todav[ií]a nada|a[uú]n nada|nadal nic|dalej nic"
    r"|wci[aą][zż] nic)\b"
)


def chases_earlier(ask: Dated, followed: Sequence[Dated], counterpart: str = "") -> bool:
    """This ask only chases an earlier one that the card follows up (`followed`), which is the
    one to follow up: never both, and never neither (an earlier ask put off to January leaves
    the chase to be followed up)."""
    text = ask.entry.text
    if _OPENS_CHASING.match(text):  # it says it chases: two shared words name what, past the
        # counterpart's name and the days ("chased Dana re sign-off on my Leeds trip" does not
        # chase "asked Dana for budget for the Excel course")
        stems = content_stems(text) - content_stems(counterpart) - CALENDAR_STEMS
        return any(
            d.days > ask.days
            and (touches(text, d.entry.text) or len(stems & content_stems(d.entry.text)) >= 2)
            for d in followed
        )
    return bool(_CHASE.search(text)) and any(
        d.days > ask.days and touches(text, d.entry.text) for d in followed
    )


#: Day and month words, which two lines share without being about one thing.
#: As `content_stems` leaves them ("decemb", "monday"), so two lines' shared stems can drop them.
CALENDAR_STEMS = content_stems(
    " ".join([*MONTH_WORDS, *calendar.day_name, *calendar.day_abbr])
    + " thu thur thurs tues weds week weeks month months today tomorrow tmrw yesterday"
)
#: A line that opens by chasing: "chased P re MIE funding" (round 52 listed it beside the ask
#: it chased as two things still open).
_OPENS_CHASING = re.compile(r"(?i)^\W*(?:chased|chasing|followed\s+up|reminded|nudged|re-?asked)\b")


#: An ask for their advice or view: "asked Mrs A how to handle the PA matter", "asked if I
#: should apply", "asked her advice on the panel".
_ASKED_ADVICE = re.compile(
    r"(?i)\bask(?:ed)?\b[^.;!?]{0,30}?\b(?:how (?:to|do i|should i|would you|best to)"
    r"|what (?:to do|i should|would you)|whether i should|if i should|should i"
    r"|(?:for )?(?:her|his|their|your)? ?(?:advice|view|opinion|take|tips?)\b)"
)


def advice_given(text: str) -> bool:
    """An ask for their advice whose line says what they advised ("asked Mrs A how to handle the
    PA matter. She said write everything down …"): answered, nothing to chase — round 23 asked
    "any news on A how? Tell me if there's legwork I can take on" of advice already given."""
    return bool(_ASKED_ADVICE.search(text)) and bool(reported_answer(text)) and not deferred(text)


#: Roles whose help is a favour, not part of their job: a mentor, a sponsor, a peer.
GOODWILL_ROLES = frozenset({Role.MENTOR, Role.SPONSOR, Role.PEER})
#: An answer from one of them ("vamos ver", "let me think about it") is left to rest this long
#: before the card chases it (round 41 had a retired chef, nine days after "vamos ver", asked
#: for news with "send a short message now").
ANSWER_RESTS = timedelta(days=28)


#: An answer that neither agrees nor refuses, only takes time: "vamos ver", "lets see", "we'll
#: see", "Mal sehen", "ya veremos", "on verra", "zobaczymy", "maybe", "I'll think about it".
_MULLING = re.compile(
    r"(?i)^\W*(?:(?:ok|okay|hmm+|well|ah)\W+)?(?:vamos\s+ver|veremos|ya\s+veremos|let'?s\s+see"
    r"|lemme\s+see|we'?ll\s+see|mal\s+sehen|schauen\s+wir\s+mal|on\s+verra|zobaczymy|vediamo"
    r"|maybe|perhaps|possibly|(?:i'?ll|let\s+me|will)\s+think(?:\s+about\s+it)?)\b"
)


def resting(ask: Dated, role: Role) -> bool:
    """Whether an ask that someone who owes the user nothing is still mulling ("vamos ver")
    is theirs to mull a while longer: chasing it reads as pressing for a favour."""
    return (
        role in GOODWILL_ROLES
        and ask.days < ANSWER_RESTS.days
        and bool(_MULLING.match(reported_answer(ask.entry.text)))
    )


def _put_off_to_a_month(ask: Dated, ctx: CoachingContext) -> bool:
    """Put off to a month or day not yet come ("nothing on days till Feb"): it waits."""
    logged, today = ask.entry.created_at.date(), ctx.now.date()
    return put_off_until(ask.entry.text, logged, today, events=False) is not None


def _waits(ask: Dated, ctx: CoachingContext) -> bool:
    """Put off until something happens ("after exam result"), or a favour still being mulled."""
    put_off = put_off_until(ask.entry.text, ask.entry.created_at.date(), ctx.now.date())
    return put_off is not None or resting(ask, ctx.relationship.role)


def asked_again(ask: Dated, again: Sequence[Dated]) -> bool:
    """A later ask says it asks the same thing again ("pedi 12% de novo pro Santa Clara" after
    "pedi … 12% de desconto pro Hospital Santa Clara"): the later one is the ask to chase, and
    the earlier is not chased on its own (round 23 chased an August ask the user had asked
    again in November, and quoted its old answer). `again`: the asks whose words say so."""
    return any(
        later.days < ask.days and touches(later.entry.text, ask.entry.text) for later in again
    )


#: The counterpart's own private life in a line logged as their priority: "Dana is busy with IVF
#: appts", "preparing for her mum's surgery", "Ana busy with her wedding" (fresh-eyes review,
#: stop 32: each became "could I help with …?"). Said as theirs ("her wedding"), since "the
#: wedding season bookings" or "the surgery list" are work.
_THEIR_PRIVATE_LIFE = re.compile(
    r"(?i)\b(?:ivf|fertility|chemo\w*|divorc\w*|funeral|bereave\w*|pregnan\w*)\b"
    r"|\b(?:her|his|their)\s+(?:own\s+)?(?:\w+\s+)?(?:surgery|operation|wedding|treatment|appts?"
    r"|appointments?|health|illness|baby|mum|mom|dad|mother|father|wife|husband|partner|kids?"
    r"|children|family|house\s+move)\b|\b(?:her|his|their)\s+(?:mum|mom|dad|mother|father)'s\b"
)


def their_private_life(text: str) -> bool:
    return bool(_THEIR_PRIVATE_LIFE.search(text))


def touches(point: str, priority: str) -> bool:
    """Whether a talking point speaks to a stated priority: two content words or a theme
    shared."""
    mine, theirs = content_stems(point), content_stems(priority)
    shared = len(mine & theirs) >= GOAL_OVERLAP
    return shared or any(mine & theme and theirs & theme for theme in _THEMES)


def is_a_worry(text: str) -> bool:
    """A point about something unsafe or wrong is no piece of work to offer to own (round 39:
    "which part of the fan would help you most if I owned it?" of a broken paint-shop fan)."""
    return reports_safety_problem(text) or raises_concern(text)


#: A win or an idea counts as fresh for this long.
RECENT_DAYS = 30
#: Feedback asked for this many days ago (and answered) is due a "here's what I changed".
REPORT_BACK_DAYS = range(7, 46)
#: Months when teams commonly plan next year's training budgets (Oct–Dec).
BUDGET_MONTHS = frozenset({10, 11, 12})
#: A follow-up that is something to hand over ("send Olu the list"), not a reminder to chase.
DELIVERABLE = re.compile(
    r"(?i)^\s*(?:send|share|forward|email|write|draft|finish|prepare|give|lend|book|get|make"
    r"|put together|write up|redo|rewrite|revise|rework|redraft|polish|tidy up)\b"
)
#: How the card says a series' rhythm.
_CADENCE_WORDS = {
    CadenceKind.WEEKLY: "weekly",
    CadenceKind.BIWEEKLY: "every two weeks",
    CadenceKind.MONTHLY: "monthly",
}


# --------------------------------------------------------------------------------------------
# What the context says
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dated:
    """A logged entry, how many whole days old it is at `now`, and its topic when clear."""

    entry: Entry
    days: int
    ref: Reference | None = None


@dataclass(frozen=True)
class Signals:
    """Everything the ranking reads, computed once from the context."""

    name: str
    role: Role
    focus: str | None
    step: str | None  # the role the goal steps up to ("the senior engineer role"), if any
    deadline: str | None  # when the goal says it should happen ("this year")
    last_asked: dict[AskCategory, int]  # category → days since the latest ask of it
    pending: dict[AskCategory, int]  # category → days since the oldest still-open ask of it
    covered: frozenset[AskCategory]  # what the user's own open talking points already ask for
    stale_asks: tuple[Dated, ...]  # open asks due a follow-up: those about the goal, then oldest
    on_goal: frozenset[int]  # ids of asks that name the goal's own words ("lead the X package")
    win: Dated | None  # the latest recent, shareable win with a clear topic
    idea: Dated | None  # the latest recent, shareable idea with a clear topic
    priority: Dated | None  # the latest priority of theirs the user logged
    promise: Dated | None  # the oldest follow-up the user still owes them
    promise_link: Dated | None  # what they said or care about that the promise speaks to
    report: Dated | None  # feedback they gave a few weeks ago, on something named
    advice: Dated | None  # advice of theirs the user noted a few weeks ago: say how it went
    on_priority: Dated | None  # a talking point of the user's that touches their priority
    own: Dated | None  # a work topic on the user's agenda they could offer to own
    points: Points
    balance: Balance
    budget_season: bool
    weeks_left: int  # whole weeks left in the calendar year: "this year" in late November
    insider: bool  # they work in the goal's field, or hold its step (their title says so)
    holds_step: bool  # they already hold the step the goal names
    decider: bool  # ... and hand out the work in it
    #: The first 1:1 of a series with someone the user has not been meeting before: a new
    #: series with weeks of history logged is a rhythm already set (`NEW_TO_THEM`).
    first: bool
    cadence: str | None
    days_to_meeting: int | None
    #: The open asks are chased on this card already (a follow-up ask, or the user's own point).
    chased: bool = False
    #: A goal is set, whether or not a focus or step could be read from it: with none, the asks
    #: ask about "the goal I've set" rather than fall back to office stock phrasings.
    has_goal: bool = False
    #: What the goal works towards when it is neither an area nor a step: an exam or licence
    #: ("the ACCA exams"), a move ("a move to the claims department"), something to take over
    #: ("running both crews"). Said only where "towards" or "prepare for" reads well.
    target: str | None = None
    #: The user already gives far more than they ask, or logged feeling used or taken for
    #: granted: never told to offer more; their own open ask is the one to make (round 13).
    generous: bool = False
    #: The user logged lately that the work is more than they can carry: no offers of more
    #: work, no give first (round 23).
    stretched: bool = False
    #: The user noted the counterpart is going for the same job ("heard fi's applyin").
    rival: bool = False
    #: The goal (or, with a peer or someone in another team, an open point) is about two teams
    #: working together: the asks are about the work between them, not the user's career.
    joint: bool = False
    #: The goal itself, not only a point, speaks of two teams working together.
    joint_in_goal: bool = False
    #: They owe the user something open: pay ("holiday pay still wrong, ~£230 missing"), a
    #: signature or an answer they are to give ("need J to sign the form"). The card asks for
    #: it; it does not tell the user to offer help first (round 20).
    owes_user: bool = False
    #: They told the user they want ideas, not requests: the give is an idea (round 13).
    wants_ideas: bool = False

    @property
    def work_goal(self) -> bool:
        """A goal about the work itself ("sell more to enterprise customers", "move into
        product marketing"), or none: no level, no promotion in its asks."""
        return self.step is None  # no goal, or one that names no level: no level talk either

    @property
    def leads_team(self) -> bool:
        """A goal about leading the user's own team well ("a team lead my analysts want to work
        for"), not about a level: the asks are about how people lead, day to day."""
        return self.focus == PEOPLE and self.step is None

    @property
    def area(self) -> str | None:
        return self.focus if self.focus and not is_role(self.focus) else None


@dataclass(frozen=True)
class SayablePoints(Points):
    """The user's points, as the asks may quote them: what a point weighs applying for, or the
    thing a "how do you write X?" asks about, goes into a sentence only when the card is
    confident it reads aloud (`slot_text.confident`); otherwise that ask is left out."""

    def application(self) -> str | None:
        found = super().application()
        return found if found and confident(found) else None

    def practice(self) -> str | None:
        found = super().practice()
        thing = re.search(r"(?i)\b(?:a|an|the) .+$", found or "")
        return found if found and thing and confident(thing.group()) else None


def age_days(entry: Entry, now: datetime) -> int:
    """Whole days since the entry; entries stamped after `now` count as today."""
    return max(0, (as_utc(now) - as_utc(entry.created_at)).days)


#: A priority of theirs older than this is no longer what they need a hand with now.
GIVE_PRIORITY_DAYS = 60


def recent_priority(days: int) -> bool:
    """Whether their priority, `days` old (`age_days`), is recent enough to offer help on. The
    asks and the balance line both read this, so the line never offers help with a months-old
    priority the asks refuse (round 13: "what you said matters most right now", from August)."""
    return days <= GIVE_PRIORITY_DAYS


def deadline_against_meeting(
    entry: Entry, days_old: int, days_to_meeting: int | None
) -> tuple[date, int] | None:
    """The day a line sets and how many days after the 1:1 it falls (before it: negative), read
    from the day it was logged; None without a 1:1 or a day."""
    if days_to_meeting is None:
        return None
    day = deadline_date(entry.text, entry.created_at, entry.created_at)
    if day is None:
        return None
    return day, (day - entry.created_at.date()).days - days_old - days_to_meeting


def due_before_meeting(entry: Entry, days_old: int, days_to_meeting: int | None) -> bool:
    """Whether their priority's own deadline falls before the 1:1 ("everyone's data up to date
    by end of month", the 1:1 on 9 Dec): help offered at the 1:1 would come after it was needed,
    so the card does not offer it there."""
    found = deadline_against_meeting(entry, days_old, days_to_meeting)
    return found is not None and found[1] < 0


def _own_entries(ctx: CoachingContext) -> list[Entry]:
    """This relationship's entries (and unassigned ones); anything filed elsewhere is ignored."""
    rid = ctx.relationship.id
    return [e for e in ctx.entries if e.relationship_id in (None, rid)]


#: A win told by its result: a before and after with a share in it ("stock-outs from 18% to
#: 7%", "廃棄率を5%→2%に改善"), a share of a target ("112% of target"), nothing gone wrong ("zero
#: findings", "sin observaciones", "誤出荷0件") or a record ("récord de ventas"). Not any figure:
#: a price quoted, a sum spent, a count of shifts, a time or a date, nor a rise in errors (a
#: fresh-eyes review of this rule).
_RESULT = re.compile(
    r"(?i)\d[\d.,]*\s?%?\s*(?:→|->|=>)\s*\d[\d.,]*\s?%|\d[\d.,]*\s?%\s*(?:→|->|=>)\s*\d"
    r"|\b(?:from|de|desde|von|od|z)\s+\d[\d.,]*\s?%\s*(?:to|a|para|auf|do|na)\s+\d[\d.,]*\s?%"
    r"|\d[\d.,]*\s?%\s+(?:of|del?|da|do|des|vom|z)\s+(?:the\s+)?(?:target|goal|meta|objetivo"
    r"|objectif|ziel\w*|plan\w*|celu)\b"
    r"|\b(?:zero|zéro|cero|null|zeramos|zerou|zerad[oa]s?)\s+(?!pointer)\w+"
    r"|\b(?:no|without\s+(?:a\s+)?(?:single\s+)?)\s*(?:customer\s+)?(?:complaints?|findings?|defects?"
    r"|errors?|observations?|non-?conformit\w+)\b|\bsin\s+(?:observaciones|hallazgos|reclamos|quejas)"
    r"|\bsans\s+(?:remarque|r[ée]serve|[ée]cart)s?\b|\bsem\s+(?:apontamentos?|observa[cç][õo]es"
    r"|reclama[cç][õo]es)|\bbez\s+(?:uwag|reklamacji|b[lł][eę]d[óo]w)|\bohne\s+(?:beanstandung"
    r"|abweichung|reklamation)\w*|\btanpa\s+(?:selisih|temuan|komplain)|0件|ゼロ"
    r"|\br[eé]cord(?:e)?s?\b(?!\s+keeping)|\brekord\w*"
)
#: "from scratch", a drawn match: zero that is no result.
_NO_RESULT = re.compile(
    r"(?i)\b(?:do|de|desde|from|à\s+partir\s+de)\s+(?:zero|zéro|cero|scratch)\b|\bmatch\s+nul\b"
    r"|\bnull\s+pointer\b"
)


@line_memo(FLAG)  # read of every recent win, by the asks and the balance line
def shows_a_result(text: str) -> bool:
    """A win that says what it changed, with a figure: the strongest case a card can cite."""
    return bool(_RESULT.search(text)) and not _NO_RESULT.search(text)


def measured_first(dated: Sequence[Dated]) -> list[Dated]:
    """Wins told by a result first (`shows_a_result`), each group in its own order: reviewers
    asked for "stock-outs from 18% to 7%" over the newest ECDIS refresher (round 62)."""
    return sorted(dated, key=lambda d: not shows_a_result(d.entry.text))


def _newest_first(dated: Iterable[Dated]) -> list[Dated]:
    return sorted(dated, key=lambda d: (d.days, -d.entry.id))


def with_ref(d: Dated, ctx: CoachingContext) -> Dated:
    ref = reference(
        d.entry.text,
        d.entry.created_at,
        now=ctx.now,
        counterpart=ctx.relationship.full_label,
        names=ctx.names,
    )
    return replace(d, ref=ref)


#: An ask about pay or money the user is owed: "holiday pay wrong on payslip", "mileage
#: sign-off", "still not reimbursed", "owes me".
MONEY_OWED = re.compile(
    # the user's own pay or claim, gone wrong or unpaid — not "a bigger expenses budget for the
    # team", "the sick pay policy", or "cut mileage on the van routes"
    r"(?i)\b(?:(?:my\s+)?(?:holiday|back|overtime|over\s+time)\s+pay\b(?!\s+policy)"
    r"|my\s+(?:sick\s+pay|pay|wages?|salary)\s+(?:is\s+|was\s+)?(?:wrong|short|late|missing)"
    r"|pay(?:slip)?\s+(?:is\s+|was\s+)?(?:wrong|short)|underpaid|not\s+(?:been\s+)?paid"
    r"|(?:my\s+)?(?:expenses|mileage)\s+(?:claim|sign-?off|not\s+paid|still|unpaid|owed)"
    # "owes me £40", not "owes me this since Oct" (an answer she promised, round 24)
    r"|not\s+(?:yet\s+)?reimbursed|reimburse\s+me|still\s+owed"
    r"|owes?\s+me\s+(?:(?:about|around|roughly|like|over|nearly)\s+)?(?:[£$€]|\d|money|cash"
    r"|pay|wages|the\s+(?:money|cash|pay|difference|balance))"
    r"|missing\s+(?:from\s+)?(?:my\s+)?pay)|[£$€]\s?\d+[^.]{0,20}\bmissing\b"
    # hours worked and not on the payslip: "hrs again … nothing on the 12/11 payslip" (round 42)
    r"|\bnothing\s+on\s+(?:the\s+|my\s+)?(?:[\d/.]+\s+)?payslip"
    # in the notes' other languages (round 42: "이벤트 일러 비용 80만원 정산 언제인지", a fee owed
    # four weeks, counted as a favour asked): Korean, Japanese, German, Portuguese, Spanish
    r"|(?:원|비용|금액|대금)\s*정산|정산\s*(?:언제|아직)|미지급|미정산|未払い"
    r"|\bmir\s+(?:noch\s+)?nicht\s+bezahlt\b|\bn[ãa]o\s+me\s+pag(?:ou|aram)\b"
    r"|\bno\s+me\s+(?:han\s+)?pagad[oa]\b"
    # a fee, a payout or an invoice of the user's, unpaid (round 46: a gallery's consignment
    # payout ten weeks late counted as two asks, and "open with a give" to the gallery owner)
    r"|\b(?:my\s+)?(?:payout|consignment\s+payment|invoice|fee)\s+(?:is\s+|still\s+)?(?:late"
    r"|overdue|unpaid|not\s+(?:yet\s+)?paid|outstanding)\b|\bunpaid\s+(?:invoice|fee|payout)s?\b"
    r"|\buitbetaling\b|\bniet\s+(?:uit)?betaald\b|\bnog\s+steeds\s+geen\s+geld\b"
    r"|\b(?:pas\s+(?:encore\s+)?(?:été\s+)?pay[ée]e?s?|facture\s+impay[ée]e)\b"
    r"|\bnon\s+(?:mi\s+)?(?:ha(?:nno)?\s+)?pagat[oaie]\b"
)


def owes_user(ctx: CoachingContext, entries: Sequence[Entry] | None = None) -> bool:
    """An open line of the user's says they owe the user something (`Signals.owes_user`)."""
    own = _own_entries(ctx) if entries is None else entries
    return any(_owes_user(e, ctx) for e in own if e.status is EntryStatus.OPEN)


def _owes_user(entry: Entry, ctx: CoachingContext) -> bool:
    if entry.kind is EntryKind.FOLLOWUP:
        return owed_by_them(entry.text, ctx.relationship.full_label)
    return entry.kind is EntryKind.ASK and asks_for_money_owed(entry.text)


@line_memo(FLAG)  # read of every open ask, by the balance line and the chase order alike
def asks_for_money_owed(text: str) -> bool:
    """An ask about the user's own pay or a claim gone wrong (`MONEY_OWED`)."""
    return bool(MONEY_OWED.search(text))


def _first_nameable(
    dated: Iterable[Dated], ctx: CoachingContext, is_personal: Callable[[str], bool]
) -> Dated | None:
    """The first entry that may be named on the card: not personal, with a clear topic.

    Checked in the order given, so the scan for personal text stops at the first usable one.
    """
    for d in dated:
        if is_personal(d.entry.text):
            continue
        named = with_ref(d, ctx)
        if named.ref is not None:
            return named
    return None


def _first_sayable(
    dated: Iterable[Dated], ctx: CoachingContext, is_personal: Callable[[str], bool]
) -> Dated | None:
    """The first entry whose topic the card is confident of (`slot_text.confident`): for the
    slots that only work with a topic (a win to mention, a point to own, what a promise answers),
    an item known only by its date is no use, and a later one that can be named is. Each
    entry's reference is read once (`_first_nameable` of those with a topic read it twice)."""
    for d in dated:
        if is_personal(d.entry.text):
            continue
        named = with_ref(d, ctx)
        if named.ref is not None and named.ref.topic:
            return named
    return None


def _dated_only(
    dated: Sequence[Dated], ctx: CoachingContext, is_personal: Callable[[str], bool]
) -> Dated | None:
    """The first of them that is not personal, named by its date alone: a promise the user
    still owes is worth delivering even when its words cannot be said back ("la carta de vinos
    para el viernes" is "what I promised on 20 Nov")."""
    for d in dated:
        if not is_personal(d.entry.text):
            return replace(d, ref=Reference("", short_date(d.entry.created_at, ctx.now)))
    return None


def _feedback_object(d: Dated, ctx: CoachingContext) -> Dated | None:
    """ "asked Tom for feedback on my discovery calls" → named "my discovery calls"."""
    found = re.search(r"(?i)\bfeedback (?:on|about) (?P<t>[^.;!?]+)", d.entry.text)
    if not found:
        return None
    topic = " ".join(found.group("t").split()[:6])
    return replace(d, ref=Reference(topic, short_date(d.entry.created_at, ctx.now)))


def read_signals(
    ctx: CoachingContext,
    is_personal: Callable[[str], bool],
    meeting_at: datetime | None,
    first: bool,
    *,
    ideas: bool | None = None,
    names_private_life: Callable[[str], bool] = lambda text: False,
    carries_worry: Callable[[str], bool] = lambda text: False,
    owes: bool | None = None,
    overloaded: bool | None = None,
) -> Signals:
    """`ideas`: whether they asked for ideas rather than requests, when the caller has read it
    already (`wants_ideas` reads the whole history; the prep card reads it once); `owes` and
    `overloaded` likewise for `owes_user` and `stretched` (its balance line reads both).
    `names_private_life`: what keeps a private errand from being handed over.
    `carries_worry`: a point that brings a worrying note to the 1:1, never work to own."""
    entries = _own_entries(ctx)
    dated = [Dated(e, age_days(e, ctx.now)) for e in entries]
    asks = [d for d in dated if d.entry.kind is EntryKind.ASK]
    last_asked: dict[AskCategory, int] = {}
    pending: dict[AskCategory, int] = {}
    for d in asks:
        category = classify_ask(d.entry.text)
        if category is None:
            continue
        last_asked[category] = min(d.days, last_asked.get(category, d.days))
        if d.entry.status is EntryStatus.OPEN:
            pending[category] = max(d.days, pending.get(category, d.days))
    goal = read_goal(ctx.goal)
    focus = ctx.focus if ctx.focus is not None else goal.focus
    focus = _undated(focus) if focus else focus
    kind = goal.kind if focus == goal.focus else focus_kind(focus)
    target = focus if kind in TARGET_KINDS else None
    focus = None if target else focus
    step = focus if focus and is_role(focus) else derive_step(ctx.goal)
    # the asks say these about other people and the work: a clause read from the goal ("both
    # crews when Ken retires") is left out, and the asks speak of "the goal I've set" instead
    who = ctx.relationship.full_label
    focus = focus if fits_slot(focus, others=who, speaker=False, thing=True) else None
    step = step if fits_slot(step, others=who, speaker=False, thing=True) else None
    target = target if fits_slot(target, others=who, speaker=False) else None
    goal_words = content_stems(" ".join(w for w in (focus, step) if w) or ctx.goal or "")
    needed = min(GOAL_OVERLAP, len(goal_words))
    on_goal = frozenset(
        d.entry.id
        for d in asks
        if goal_words and len(content_stems(d.entry.text) & goal_words) >= needed
    )
    newest = _newest_first(dated)  # sorted once: the promise's link, the priority, the advice
    recent = [d for d in newest if d.days <= RECENT_DAYS]
    balance_ = _balance(ctx, entries)
    generous = balance_.lean == "give" or any(_feels_used(d.entry) for d in recent)
    again = [d for d in asks if SAID_AGAIN.search(d.entry.text)]  # read once, not once per ask
    overloaded = stretched(entries, ctx.now) if overloaded is None else overloaded
    # What the goal hangs on leads, however young; then the oldest. Someone who gives far more
    # than they ask chases a young ask too: it is the ask they have earned.
    # the user's own open points: one that raises an ask again is their call to press it
    raising = [
        e.text for e in entries if e.kind is EntryKind.AGENDA and e.status is EntryStatus.OPEN
    ]
    stale = sorted(
        (
            d
            for d in asks
            if d.entry.status is EntryStatus.OPEN
            and (
                d.days >= FOLLOW_UP_AFTER.days
                or ((d.entry.id in on_goal or generous) and d.days >= GOAL_ASK_AFTER_DAYS)
            )
            # answered with a month not yet come ("nothing on days till Feb"), or a favour
            # still being mulled: it waits, unless the user's own point raises it again
            # (round 44: "después de la vendimia vemos" lost its "ask for a yes, a no, or a
            # date" under the point that asks it again)
            and not _put_off_to_a_month(d, ctx)
            and (not _waits(d, ctx) or any(touches(p, d.entry.text) for p in raising))
            and not asked_again(d, again)
            and not advice_given(d.entry.text)
            and not granted(
                d.entry.text
            )  # "Carmen approved the course", "'yes, go ahead'": settled
            # put to HR or someone else, or asked of the user: not theirs to be chased for
            and not not_theirs_to_answer(plain_text(d.entry.text, ctx.names), who)
        ),
        key=lambda d: (d.entry.id not in on_goal, -d.days, d.entry.id),
    )
    stale = [d for d in stale if not chases_earlier(d, stale, ctx.relationship.full_label)]
    is_open = EntryStatus.OPEN
    agenda = [
        d
        for d in dated
        if d.entry.kind is EntryKind.AGENDA
        and d.entry.status is is_open
        and not is_personal(d.entry.text)
    ]
    points = SayablePoints(
        points_of([d.entry.text for d in sorted(agenda, key=lambda d: -d.days)]).texts
    )
    title = ctx.relationship.title
    reports = (
        _feedback_object(d, ctx)
        for d in _newest_first(asks)
        if d.entry.status is EntryStatus.DONE
        and d.days in REPORT_BACK_DAYS
        and classify_ask(d.entry.text) is AskCategory.FEEDBACK
        and not is_personal(d.entry.text)
    )
    statements = set(points.statements())
    owed = [
        d
        for d in sorted(dated, key=lambda d: (-d.days, d.entry.id))
        if d.entry.kind is EntryKind.FOLLOWUP
        and d.entry.status is is_open
        and DELIVERABLE.match(plain_text(d.entry.text, ctx.names))
        and handed_to_them(plain_text(d.entry.text, ctx.names), ctx.relationship.full_label)
        and not private_errand(d.entry.text, ctx.relationship.full_label, names_private_life)
        and not more_time_asked(d.entry, raising)
    ]
    promise = _first_nameable(owed, ctx, is_personal) or _dated_only(owed, ctx, is_personal)
    promise_link = None
    if promise:
        owed = content_stems(promise.entry.text) - content_stems(ctx.relationship.full_label)
        promise_link = _first_nameable(
            (
                d
                for d in newest
                if d.entry.kind in (EntryKind.NOTE, EntryKind.PRIORITY)
                and _linked(owed, content_stems(d.entry.text))
            ),
            ctx,
            is_personal,
        )
    raised = set(points.issues())  # a problem the user brings, not a favour they ask
    priority = _first_nameable(
        (d for d in newest if d.entry.kind is EntryKind.PRIORITY and d.entry.status is is_open),
        ctx,
        # Their own stated priority, said back to them: the scan's worries about the user's
        # private life do not apply (and it misreads work like "agency shifts on nights") — but
        # their own private life is no work to offer help with ("busy with her mum's surgery")
        their_private_life,
    )
    on_priority = (
        _first_nameable(
            (
                d
                for d in agenda
                if d.entry.text in raised and touches(d.entry.text, priority.entry.text)
            ),
            ctx,
            is_personal,
        )
        if priority
        else None
    )
    return Signals(
        has_goal=bool((ctx.goal or "").strip()),
        target=target,
        name=ctx.relationship.label,
        role=ctx.relationship.role,
        focus=focus,
        step=step,
        deadline=derive_deadline(ctx.goal) if step else None,
        last_asked=last_asked,
        pending=pending,
        covered=frozenset(
            category for d in agenda if (category := classify_ask(d.entry.text)) is not None
        ),
        stale_asks=tuple(stale),
        on_goal=on_goal,
        win=_first_sayable(
            measured_first([d for d in recent if d.entry.kind is EntryKind.WIN]), ctx, is_personal
        ),
        idea=_first_sayable((d for d in recent if _is_idea_note(d.entry)), ctx, is_personal),
        priority=priority,
        on_priority=on_priority,
        promise=promise,
        promise_link=promise_link,
        advice=next(
            (
                replace(d, ref=Reference(topic, short_date(d.entry.created_at, ctx.now)))
                for d in newest
                if d.entry.kind is EntryKind.NOTE
                and d.days in REPORT_BACK_DAYS
                and (topic := advice_of(d.entry.text, counterpart=ctx.relationship.full_label))
                and not is_personal(d.entry.text)
            ),
            None,
        ),
        report=next((r for r in reports if r is not None), None),
        own=_first_sayable(
            (
                d
                for d in agenda
                if d.entry.text in statements
                and not (is_a_worry(d.entry.text) or carries_worry(d.entry.text))
            ),
            ctx,
            is_personal,
        ),
        points=points,
        balance=balance_,
        generous=generous,
        stretched=overloaded,
        rival=rival(entries, ctx.relationship.full_label, ctx.now),
        joint=joint_goal(ctx.goal, (d.entry.text for d in agenda), ctx.relationship.role),
        joint_in_goal=joint_goal(ctx.goal, (), ctx.relationship.role),
        owes_user=owes_user(ctx, entries) if owes is None else owes,
        wants_ideas=wants_ideas(entries) if ideas is None else ideas,
        budget_season=ctx.now.month in BUDGET_MONTHS,
        weeks_left=(date(ctx.now.year, 12, 31) - ctx.now.date()).days // 7,
        insider=works_in(title, focus if focus and not is_role(focus) else None)
        or works_as(title, step),
        holds_step=works_as(title, step),
        decider=decides(title),
        first=first and not any(d.days > NEW_TO_THEM.days for d in dated),
        cadence=next((_CADENCE_WORDS.get(spec.cadence.kind) for spec in ctx.series), None),
        days_to_meeting=(
            None
            if meeting_at is None
            else days_until(meeting_at, ctx.now, next((s.tz for s in ctx.series), None))
        ),
    )


#: A note or point saying the user feels used or taken for granted, or carries someone's work:
#: telling them to give first would be advice against their own log.
_USED = re.compile(
    r"(?i)\btaken for granted\b|\bfeel(?:s|ing)? (?:a bit |slightly |kind of )?(?:used|"
    r"like a doormat)\b|\b(?:all|always|very|completely|totally|it's|its|is)\s+one[- ]way\b"
    r"|\bone[- ]sided\b|\balways me\b|\bnever (?:returns?|reciprocates?|"
    r"gives? back)\b|\bcarry(?:ing)? (?:her|his|their) (?:work|workload|load|cases)\b"
)


#: Whole month names or their short forms, nothing longer: "Head of Marketing" keeps its head.
_MONTH = rf"(?:{MONTH_NAMES})\b\.?"
#: A date at a focus's end ("the employment team Sept 2027", "the Leeds store by March"): when,
#: not what, and it reads as pasted inside "the next thing on …" (round 13).
_DATED_TAIL = re.compile(
    rf"(?i)\s+(?:(?:by|in|from|for|before|until|this|next)\s+)?"
    rf"(?:{_MONTH}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s*$"
)


def _undated(focus: str) -> str:
    """The focus without a date at its end; unchanged when the date is all there is."""
    cut = _DATED_TAIL.sub("", focus)
    return cut if cut.strip() else focus


#: A note, point or ask of the user's saying the work is more than they can carry: "cant keep
#: going like this", "doing two jobs since sept", "burnt out", "não aguento mais".
_STRETCHED = re.compile(
    r"(?i)\bcan['’]?t keep (?:going|doing|this|it|up)|\bcannot keep (?:going|doing|this|it|up)"
    r"|\b(?:doing|covering|running) (?:two|2|three|3) (?:jobs|roles|posts)\b"
    r"|\bburn(?:t|ed|ing)? ?out\b|\bburnout\b|\bexhausted\b|\bdrowning\b|\bswamped\b"
    r"|\bat (?:full )?capacity\b|\bno capacity\b|\brunning on empty\b|\boverwhelmed\b"
    r"|\bstretched (?:too )?thin\b|\bon my knees\b|\bat breaking point\b"
    r"|\bno puedo más\b|\bno doy más\b|\bnão aguento\b|\bsobrecarregad[ao]\b"
    r"|\bkann nicht mehr\b|\büberlastet\b|\bépuisée?\b|\bovervraagd\b"
)
#: How recent a note of overload must be for the card to spare the user offers of more work.
STRETCHED_DAYS = 30


def stretched(entries: Iterable[Entry], now: datetime) -> bool:
    """The user logged lately that the work is more than they can carry: the card does not ask
    them to take more on ("tell me if there's legwork I can take on" to someone who wrote "cant
    keep going like this", round 23)."""
    mine = (EntryKind.NOTE, EntryKind.AGENDA, EntryKind.ASK, EntryKind.FOLLOWUP)
    return any(
        e.kind in mine and age_days(e, now) <= STRETCHED_DAYS and _says_stretched(e.text)
        for e in entries
    )


def lighter_load(entries: Iterable[Entry]) -> bool:
    """An open ask or point of the user's asks for less work ("4-day week from Jan?", "Teilzeit
    ab Januar", "時短の相談"): the card offers no more work beside it (round 63: "what could I
    take off your plate?" beside a point asking for a four-day week)."""
    mine = (EntryKind.AGENDA, EntryKind.ASK)
    return any(
        e.kind in mine and e.status is EntryStatus.OPEN and asks_for_lighter_load(e.text)
        for e in entries
    )


#: Asking for less work: fewer hours, a shorter week, part time, in the notes' languages.
_LIGHTER_LOAD = re.compile(
    r"(?i)\b(?:4|four)[-\s]?day\s+(?:work\s*)?week\b|\b(?:reduced|fewer|less|lighter)\s+(?:hours|shifts"
    r"|load|nights|night\s+shifts|on-?call)\b|\bpart[-\s]?time\b(?!\s+(?:staff|workers?|team|cover|hires?|people|rota|colleagues?|students?|employees?|jobs?))|\bcut\s+(?:back\s+)?(?:my\s+)?hours"
    r"|\bteilzeit\b|\bstunden\s+reduzieren\b|\bweniger\s+(?:stunden|nachtdienste|dienste)\b"
    r"|\bvier[-\s]?tage[-\s]?woche\b|\bmeio\s+per[ií]odo\b|\bjornada\s+reducida\b|\bmedia\s+jornada\b"
    r"|\breduzir\s+(?:a\s+)?(?:carga|jornada|horas)\b|\btemps\s+partiel\b|\bsemaine\s+de\s+(?:4|quatre)"
    r"\s+jours\b|\bczterodniow\w*|\bmniej\s+(?:godzin|dy[zż]ur[óo]w|nocek)\b|\bp[óo][lł]\s+etatu\b"
    r"|\bosa-?aika\w*|時短|短時間勤務|\bk[ıi]smi\s+zamanl[ıi]|\b4\s+g[üu]nl[üu]k\s+hafta"
)


@line_memo(FLAG)  # read of every open line by the card's stretched reading
def asks_for_lighter_load(text: str) -> bool:
    """A line asking for less work (`_LIGHTER_LOAD`)."""
    return bool(_LIGHTER_LOAD.search(text))


#: A person said to be going for a job: "heard fi's applyin", "Marta is applying too".
_APPLYING = re.compile(
    r"(?i)\b(?P<who>[\w.]+?)(?:['’]s|\s+is|\s+has)\s+(?:also\s+)?"
    r"(?:applyin[g']?|applying|applied\s+for|going\s+for\s+it|goin\s+for\s+it|in\s+for\s+it)"
    # for the job, or said as news on its own: "heard fi's applyin", "Marta is applying too"
    r"(?=\s*(?:$|[.,;!?)]|too\b|as\s+well\b|for\s+(?:it|the\s+(?:job|role|post))\b))"
)


def rival(entries: Iterable[Entry], counterpart: str, now: datetime) -> bool:
    """The user noted lately that the counterpart is going for the job too: the card then asks
    them for no introductions to people who made that step (round 29 asked a rival peer "who
    do you know who made the step to the contracts manager role?")."""
    mine = (EntryKind.NOTE, EntryKind.AGENDA)
    return any(
        is_them(found.group("who"), counterpart)
        for e in entries
        if e.kind in mine and age_days(e, now) <= RIVAL_DAYS
        for found in _APPLYING.finditer(e.text)
    )


#: How recent a note that the counterpart is applying must be.
RIVAL_DAYS = 60


#: Someone else said just before the words: "Raj looked swamped", "she's exhausted", "R is
#: burnt out" are about them, not the user.
_SOMEONE_ELSE = re.compile(
    r"(?:\b(?:he|she|they|s?he['’]s|they['’]re)|\b(?!(?:I|Im|Ive|Id|Ill)\b)[A-Z][a-z]*)"
    r"(?:['’]s|\s+(?:is|was|were|are|looks?|looked|seems?|seemed|sounds?|sounded|gets?|got"
    r"|feels?|felt|getting))?\s+(?:(?:so|really|very|totally|completely|a bit|quite)\s+)?$"
)


@line_memo(FLAG)  # asked of every recent line of every card: kept with the card's readings
def _says_stretched(text: str) -> bool:
    found = _STRETCHED.search(text)
    return found is not None and not _SOMEONE_ELSE.search(text[: found.start()])


def _feels_used(entry: Entry) -> bool:
    """A note or talking point that says the giving runs one way."""
    if entry.kind not in (EntryKind.NOTE, EntryKind.AGENDA):
        return False
    return bool(_MAY_BE_USED.search(entry.text)) and bool(_USED.search(entry.text))


#: Words every line `_USED` matches has one of: a quick look before the full pattern.
_MAY_BE_USED = re.compile(r"(?i)granted|used|doormat|one.way|always me|never|carry")


#: They said they want ideas brought, not requests: "bring me ideas, not just requests",
#: "wants solutions not problems", "come to me with proposals".
WANTS_IDEAS = re.compile(
    r"(?i)\b(?:ideas|solutions|proposals)\W+(?:\w+\W+)?not\W+(?:\w+\W+)?"
    r"(?:asks|requests|problems|questions|complaints|moans)\b"
    r"|\bbrings?\s+(?:me|us|him|her|them)\s+(?:\w+\s+)?(?:ideas|solutions|proposals)\b"
    r"|\b(?:wants|wanted)\s+(?:\w+\s+)?(?:ideas|solutions|proposals)\b"
    r"|\bcome to (?:me|him|her|them) with\s+(?:\w+\s+)?(?:ideas|solutions|proposals)\b"
)
#: What the user logged of what they said: a note, their priority, a talking point.
_HEARD_FROM_THEM = (EntryKind.NOTE, EntryKind.PRIORITY, EntryKind.AGENDA)


def wants_ideas(entries: Sequence[Entry]) -> bool:
    """They have told the user they want ideas rather than requests, in an entry not dismissed
    — clearly said, never guessed from tone — so the card's framing can say bring an idea."""
    return any(
        e.kind in _HEARD_FROM_THEM
        and e.status is not EntryStatus.DISMISSED
        and _MAY_WANT_IDEAS.search(e.text)  # a cheap look first: most lines name none
        and WANTS_IDEAS.search(e.text)
        for e in entries
    )


_MAY_WANT_IDEAS = re.compile(r"(?i)idea|solution|proposal")


#: Words so common at work that sharing one says nothing: "the pilot numbers for the board
#: pack" is not an answer to "put my name to the board" (round 13).
_COMMON_WORK = frozenset(
    content_stems(
        "board team plan rota pass meeting work project report numbers data list update notes"
        " review shift week month year time name staff pack draft sheet doc email client"
        " customer manager job role site office day"
    )
)


def _linked(owed: frozenset[str], said: frozenset[str]) -> bool:
    """Whether what the user owes answers what they said: two words shared, or one that is not
    a word every line at work uses ("churn analysis" and "churn numbers by segment")."""
    shared = owed & said
    return len(shared) >= GOAL_OVERLAP or bool(shared - _COMMON_WORK)


def _balance(ctx: CoachingContext, entries: list[Entry]) -> Balance:
    """The window's give-and-take: counted by storage when it did, else from the entries."""
    if ctx.counts is not None:
        return Balance(gave=ctx.counts.gave, asked=ctx.counts.asked)
    return balance(entries, now=ctx.now)


#: "no idea how this works", "any idea when it opens": not knowing, not an idea to float. A
#: private worry read as an idea was once put to a skip-level as "I've shared … with my manager".
_NO_IDEA = re.compile(
    r"\b(?:no|any|not an?|zero|little|the faintest|the foggiest)\s+idea\b"
    r"|\bideas?\s+(?:how|what|why|where|when|if|whether|who)\b"
)


def _is_idea_note(entry: Entry) -> bool:
    """A note or talking point that floats an idea ("idea: ...", "what if we ...", a proposal)."""
    if entry.kind not in (EntryKind.NOTE, EntryKind.AGENDA):
        return False
    lowered = _normalise(entry.text)
    if _NO_IDEA.search(lowered):
        return False
    return classify_ask(entry.text) is AskCategory.IDEAS or bool(
        re.search(r"\bwhat if\b|\bwe could\b|\bcould we\b|\bsuggest\w*", lowered)
    )


__all__ = [
    "WANTS_IDEAS",
    "AskCategory",
    "Dated",
    "Signals",
    "classify_ask",
    "content_stems",
    "read_signals",
    "touches",
    "wants_ideas",
    "with_ref",
]
