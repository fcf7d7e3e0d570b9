"""Suggested asks: what to ask this senior person for at the next 1:1, and why.

Leverage runs both ways (design §1, idea 4): senior people come to you for projects and tasks, so
go to them for what you need — an introduction, mentorship, training, feedback, a hearing for your
ideas, a shot at visible work. This module ranks those asks for one relationship from what the
coaching context knows (the goal, the counterpart's role, what was asked and when, what is still
waiting for an answer, recent wins and ideas, the give-and-take) and explains every suggestion in
one line, so the user can judge it rather than obey it.

Pure and deterministic: no randomness, no clock. The wording is picked from a catalogue by a stable
hash of the relationship, the category and the ISO week of `ctx.now`, so the same 1:1 prep always
shows the same card, yet the wording changes from one week to the next.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from coaching.balance import Balance, as_utc, balance, times
from coaching.model import CoachingContext, Entry, EntryKind, EntryStatus, Role


class AskCategory(StrEnum):
    INTRODUCTION = "introduction"
    MENTORSHIP = "mentorship"
    SKILLS = "skills"
    FEEDBACK = "feedback"
    IDEAS = "ideas"
    VISIBILITY = "visibility"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class SuggestedAsk:
    """One ask for the prep card: what to say, why now, and the score it was ranked by."""

    category: AskCategory
    wording: str
    reason: str
    score: float


# --------------------------------------------------------------------------------------------
# What a logged ask was about
# --------------------------------------------------------------------------------------------

#: Checked in this order; the first category whose words appear wins. Introductions and
#: mentorship come first because "teach me how you present" is a mentorship ask, not a stage.
_ASK_WORDS: tuple[tuple[AskCategory, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern))
    for category, pattern in (
        (
            AskCategory.INTRODUCTION,
            r"\bintros?\b|\bintroduc(?:e|ed|es|ing|tion|tions)\b|\bconnect me\b"
            r"|\bput me in touch\b|\bconnect(?:ed)? (?:me )?with\b",
        ),
        (
            AskCategory.MENTORSHIP,
            r"\bmentor\w*|\bcoach(?:ing|ed)?\b|\bteach me\b|\bshow me how\b|\bguidance\b"
            r"|\bhow you (?:approach|handle|think about|deal with)\b",
        ),
        (
            AskCategory.SKILLS,
            r"\bcourses?\b|\btraining\b|\bconferences?\b|\bcertif\w*|\bworkshops?\b|\bbootcamp\b"
            r"|\b(?:learning|training|education) budget\b"
            r"|\bbudget for (?:\w+ ){0,2}(?:learning|training|courses?|books?|conferences?)\b",
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


def _normalise(text: str) -> str:
    return text.replace("’", "'").lower()


def classify_ask(text: str) -> AskCategory | None:
    """What a logged ask was about, from its words; None when it fits no category.

    Keyword rules, not a model: explainable, and good enough to know "you asked for feedback
    12 days ago". Never returns FOLLOW_UP — that is about an ask's state, not its subject.
    """
    lowered = _normalise(text)
    for category, pattern in _ASK_WORDS:
        if pattern.search(lowered):
            return category
    return None


# --------------------------------------------------------------------------------------------
# The X of the goal
# --------------------------------------------------------------------------------------------

#: Openers people put before a goal ("I want to", "Goal:"), stripped first.
_GOAL_OPENER = re.compile(
    r"^(?:goal\s*:\s*|my goal is (?:to )?|i(?:'d| would)? (?:like|want|hope|plan|aim) (?:to )?"
    r"|i'm (?:aiming|trying|hoping) (?:to )?|to )+",
    re.IGNORECASE,
)
#: Clause breaks: the topic never runs past these.
_CLAUSE_BREAK = re.compile(r"[,.;:!?()]| so that | so i | because | and then | while ", re.I)
#: Deadlines are not topics ("in 2026", "by the end of next year", "within 18 months").
_TIME_TAIL = re.compile(
    r"\s+(?:by|before|within|in|this|next|during|over)\s+(?:the\s+)?(?:end of\s+)?"
    r"(?:(?:next|this|coming)\s+)?(?:\d{4}|q[1-4]|h[12]|\w+\s+(?:days?|weeks?|months?|years?"
    r"|quarters?)|days?|weeks?|months?|years?|quarters?|half|cycle|(?:promo|promotion|review)"
    r"\s+cycle|summer|winter|spring|autumn|fall)\b.*$",
    re.IGNORECASE,
)
#: Ways a goal names its X, tried in order (documented in `goal_topic`).
_TOPIC_RULES: tuple[tuple[re.Pattern[str], bool], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), is_role)
    for pattern, is_role in (
        (
            r"\b(?:better|good|great|stronger|confident|skilled|fluent|comfortable)"
            r" (?:at|in|with) (?P<t>.+)",
            False,
        ),
        (r"\binto (?P<t>.+)", True),
        (r"\b(?:in|on|within|for) (?P<t>.+)", False),
        (r"^(?:lead|run|own|manage|join|work on) (?P<t>.+)", False),
        (
            r"\b(?:learn(?:ing)?|improve|master|develop|strengthen|study|practi[cs]e|sharpen"
            r"|build|grow) (?:my |our )?(?P<t>.+)",
            False,
        ),
        (
            r"\b(?:become|be an?|get promoted to|be promoted to|promotion to|step up to"
            r"|move up to|make it to|reach) (?P<t>.+)",
            True,
        ),
    )
)
#: Too vague to build an ask on.
_VAGUE = frozenset(
    {"work", "job", "my job", "it", "this", "that", "things", "stuff", "general", "life", "more"}
)
_MAX_TOPIC_WORDS = 6
#: A short goal that starts with one of these is an action without an object ("get promoted").
_VERBS = frozenset(
    {"get", "be", "become", "make", "move", "grow", "do", "have", "find", "go", "stay", "keep"}
)


def goal_topic(goal: str | None) -> str | None:
    """The X a suggestion can name, pulled from a free-text career goal; None if nothing usable.

    Heuristics, in order, after dropping openers ("I want to"), anything after a clause break and
    a trailing deadline ("in 2026", "by next year"):

    1. "better/good/... at|in|with X" — "get better at public speaking" → "public speaking"
    2. "into X" — "move into product management" → "product management"
    3. "in|on|within|for X" — "become a staff engineer in data platform" → "data platform"
    4. "learn|improve|master|develop|... (my) X" — "learn Rust" → "Rust"
    5. "lead|run|own|manage|join|work on X" at the start — "lead the payments team"
    6. "become|be a|get promoted to ... X" — "become a staff engineer" → "the staff engineer role"

    A role ("a tech lead", "staff engineer") is phrased "the ... role" so every template reads.
    A goal of at most three words that matches no rule and does not start with a verb is used
    as it stands ("Kubernetes").
    Results longer than six words or too vague ("work") give None.
    """
    if not goal:
        return None
    text = " ".join(goal.replace("’", "'").split())
    text = _GOAL_OPENER.sub("", text)
    text = _CLAUSE_BREAK.split(text, maxsplit=1)[0].strip()
    text = _TIME_TAIL.sub("", text).strip()
    for pattern, is_role in _TOPIC_RULES:
        match = pattern.search(text)
        if match:
            return _clean_topic(match.group("t"), is_role=is_role)
    words = text.split()
    if 0 < len(words) <= 3 and words[0].lower() not in _VERBS:
        return _clean_topic(text, is_role=False)
    return None


def _clean_topic(raw: str, *, is_role: bool) -> str | None:
    topic = _TIME_TAIL.sub("", raw).strip(" '\"-")
    topic = re.sub(r"(?i)^(?:my|our)\s+", "", topic)  # templates speak to the person: no "my X"
    indefinite = re.match(r"(?i)an?\s+", topic)
    if indefinite:
        topic = topic[indefinite.end() :]
    if not topic or topic.lower() in _VAGUE or len(topic.split()) > _MAX_TOPIC_WORDS:
        return None
    if is_role and (indefinite or not _looks_like_field(topic)):
        topic = re.sub(r"(?i)^the\s+", "", topic)
        suffix = "" if re.search(r"(?i)\b(?:role|level|position|track)$", topic) else " role"
        return f"the {topic}{suffix}"
    return topic


def _looks_like_field(topic: str) -> bool:
    """A field ("product management") reads as X itself; a role ("staff engineer") does not."""
    return not re.search(
        r"(?i)\b(?:engineer|developer|manager|lead|director|architect|designer|analyst|senior"
        r"|principal|staff|head|vp|scientist)$",
        topic,
    )


# --------------------------------------------------------------------------------------------
# Ranking rules
# --------------------------------------------------------------------------------------------

#: An ask still open after this long gets a follow-up suggestion before anything new.
FOLLOW_UP_AFTER = timedelta(days=7)
#: Don't ask the same kind of thing again so soon. Mentorship, feedback and visibility follow
#: design §4; the others are gentler defaults of ours.
COOLDOWN_DAYS: dict[AskCategory, int] = {
    AskCategory.INTRODUCTION: 30,
    AskCategory.MENTORSHIP: 60,
    AskCategory.SKILLS: 30,
    AskCategory.FEEDBACK: 30,
    AskCategory.IDEAS: 14,
    AskCategory.VISIBILITY: 60,
}
#: A win or an idea counts as fresh for this long; feedback "right after a delivery" is shorter.
RECENT_DAYS = 30
JUST_DELIVERED_DAYS = 14
#: Months when teams commonly plan next year's training budgets (Oct–Dec).
BUDGET_MONTHS = frozenset({10, 11, 12})

#: How well each role fits each ask (design §4, "fits best when"), 0..1.
ROLE_FIT: dict[AskCategory, dict[Role, float]] = {
    AskCategory.INTRODUCTION: {
        Role.SKIP: 1.0, Role.SPONSOR: 1.0, Role.MENTOR: 0.8,
        Role.MANAGER: 0.5, Role.PEER: 0.4, Role.OTHER: 0.4,
    },
    AskCategory.MENTORSHIP: {
        Role.MENTOR: 1.0, Role.MANAGER: 0.8, Role.SKIP: 0.5,
        Role.SPONSOR: 0.5, Role.PEER: 0.4, Role.OTHER: 0.4,
    },
    AskCategory.SKILLS: {
        Role.MANAGER: 1.0, Role.SKIP: 0.6, Role.MENTOR: 0.5,
        Role.SPONSOR: 0.4, Role.PEER: 0.2, Role.OTHER: 0.3,
    },
    AskCategory.FEEDBACK: {
        Role.MANAGER: 0.8, Role.MENTOR: 0.8, Role.SKIP: 0.7,
        Role.SPONSOR: 0.7, Role.PEER: 0.7, Role.OTHER: 0.7,
    },
    AskCategory.IDEAS: {
        Role.MANAGER: 0.6, Role.MENTOR: 0.7, Role.SKIP: 0.6,
        Role.SPONSOR: 0.6, Role.PEER: 0.6, Role.OTHER: 0.6,
    },
    AskCategory.VISIBILITY: {
        Role.MANAGER: 1.0, Role.SPONSOR: 1.0, Role.SKIP: 0.7,
        Role.MENTOR: 0.4, Role.PEER: 0.3, Role.OTHER: 0.3,
    },
}  # fmt: skip
ROLE_WEIGHT = 2.0
#: Asks a goal makes concrete ("a course in X", "who has done X").
GOAL_CATEGORIES = frozenset({AskCategory.INTRODUCTION, AskCategory.MENTORSHIP, AskCategory.SKILLS})
GOAL_BONUS = 1.0
JUST_DELIVERED_BONUS = 1.0  # feedback right after a win
IDEA_NOTE_BONUS = 1.5  # ideas: you noted one recently
WIN_FOR_IDEAS_BONUS = 0.5
WIN_FOR_VISIBILITY_BONUS = 1.5
BUDGET_SEASON_BONUS = 0.5
LEAN_GIVE_BONUS = 0.5  # you've been generous: every ask rises
LEAN_TAKE_PENALTY = 1.0  # you've been taking: every ask falls
PENDING_PENALTY = 2.0  # an ask of this kind is still open: follow up, don't re-ask
COOLDOWN_PENALTY = 4.0  # asked this kind recently: still offered, ranked last
FOLLOW_UP_SCORE = 10.0  # above any new ask
OFFER_HELP_SCORE = 20.0  # when the balance leans take: give before anything else

#: Tie-break order, and the order categories are offered in for an empty history.
CATEGORY_ORDER: tuple[AskCategory, ...] = tuple(AskCategory)
_NOUN: dict[AskCategory, str] = {
    AskCategory.INTRODUCTION: "an introduction",
    AskCategory.MENTORSHIP: "mentorship",
    AskCategory.SKILLS: "training",
    AskCategory.FEEDBACK: "feedback",
    AskCategory.IDEAS: "a read on an idea",
    AskCategory.VISIBILITY: "visible work",
}

# --------------------------------------------------------------------------------------------
# The catalogue (design §4, grown). Placeholders: {name}, {topic} (the goal), {thing} (a logged
# win, idea or ask, quoted). Every wording names the person; topic wordings name the goal.
# --------------------------------------------------------------------------------------------

Wordings = tuple[str, ...]

INTRODUCTION_TOPIC: Wordings = (
    "{name}, who in your circle has grown in {topic}? Would you introduce me?",
    "{name}, is there someone you trust on {topic} I should meet? Could you connect us?",
    "{name}, who do you know who's strong in {topic}? I'd value a 20-minute intro.",
)
INTRODUCTION_GENERAL: Wordings = (
    "{name}, who's one person in your circle I should know? Would you introduce me?",
    "{name}, which team should I understand better, and who there could you connect me with?",
    "{name}, is there someone outside our team whose work I'd learn from? Could you introduce us?",
)
MENTORSHIP_TOPIC: Wordings = (
    "{name}, could we spend 15 minutes of each 1:1 on how you think about {topic}?",
    "{name}, what helped you most when you were growing in {topic}? Could we dig into it?",
    "{name}, would you mentor me on {topic} for the next quarter — one question each 1:1?",
)
MENTORSHIP_GENERAL: Wordings = (
    "{name}, could we spend 15 minutes of each 1:1 on how you approach the hard calls?",
    "{name}, what's one thing you wish you'd learned earlier in your career? Could we dig in?",
    "{name}, would you be open to mentoring me this quarter — one question each 1:1?",
)
SKILLS_TOPIC: Wordings = (
    "{name}, is there budget or time for a course or conference on {topic} this quarter?",
    "{name}, which training on {topic} would you back me taking this quarter?",
    "{name}, could I set aside a few hours a week to learn more about {topic}? "
    "What would you want to see from it?",
)
SKILLS_GENERAL: Wordings = (
    "{name}, is there budget or time for a course this quarter? I'd pick one that helps the team.",
    "{name}, which skill would make the biggest difference in my work this year? "
    "Is there training for it?",
    "{name}, could I go to one conference this year? I'd bring back a write-up for the team.",
)
FEEDBACK_THING: Wordings = (
    "{name}, what's one thing I could have done better on {thing}?",
    "{name}, how did {thing} land from where you sit? What would you change next time?",
    "{name}, what would have made {thing} stand out more?",
)
FEEDBACK_TOPIC: Wordings = (
    "{name}, what's one thing I could do better if I want to grow in {topic}?",
    "{name}, where do I stand today on {topic}, and what's the gap?",
    "{name}, what's one habit I should change to be seen as strong in {topic}?",
)
FEEDBACK_GENERAL: Wordings = (
    "{name}, what's one thing I could do better in the next month?",
    "{name}, what's one thing I should keep doing, and one I should change?",
    "{name}, is there anything people have said about my work that I should hear?",
)
IDEAS_THING: Wordings = (
    "{name}, I have an idea — {thing}. Can I get your read before I pitch it?",
    "{name}, I've been thinking about {thing}. What would make it land with the right people?",
    "{name}, could I walk you through an idea — {thing} — and hear where it would break?",
)
IDEAS_GENERAL: Wordings = (
    "{name}, I have an idea for how our team could work better — "
    "can I get your read before I pitch it?",
    "{name}, which problem on your mind would you like fresh ideas on? I'd like to take a pass.",
    "{name}, can I bring one improvement idea to each 1:1 and hear what you think?",
)
#: Offered (as an IDEAS suggestion) when the balance leans take: give before you ask again.
OFFER_HELP: Wordings = (
    "{name}, what's one thing on your plate I could take off it?",
    "{name}, which of your priorities could I help move this month?",
    "{name}, is there a problem on your team I could bring ideas to?",
)
VISIBILITY_THING: Wordings = (
    "{name}, could I present {thing} at the next review, or lead the next piece of it?",
    "{name}, who else should hear about {thing}? Could I demo it to them?",
    "{name}, could I write up {thing} for the wider team, and would you share it?",
)
VISIBILITY_TOPIC: Wordings = (
    "{name}, is there a visible project coming up that would show I'm ready for {topic}? "
    "I'd like to lead a piece of it.",
    "{name}, where could I show work that's relevant to {topic} — a review, a demo, a write-up?",
    "{name}, who should see my work if I'm growing toward {topic}, and how do I get in front "
    "of them?",
)
VISIBILITY_GENERAL: Wordings = (
    "{name}, is there a visible project coming up that I could lead a piece of?",
    "{name}, could I present our team's work at the next review?",
    "{name}, which upcoming meeting would be a good place for me to show what I'm working on?",
)
FOLLOW_UP_THING: Wordings = (
    "{name}, last time I asked about {thing} — is there anything I can do to move it?",
    "{name}, circling back on {thing} — is it still possible, or should I try another route?",
    "{name}, any news on {thing}? Happy to do the legwork if that helps.",
)
FOLLOW_UP_GENERAL: Wordings = (
    "{name}, last time I asked you for something — is there anything I can do to move it?",
    "{name}, circling back on my last ask — is it still possible, or should I try another route?",
    "{name}, any news on what I asked last time? Happy to do the legwork if that helps.",
)

#: The whole catalogue by category; each family is picked by what the context knows (a logged
#: thing to quote, a goal topic, or neither). Offering help counts as an ideas suggestion.
CATALOGUE: dict[AskCategory, dict[str, Wordings]] = {
    AskCategory.INTRODUCTION: {"topic": INTRODUCTION_TOPIC, "general": INTRODUCTION_GENERAL},
    AskCategory.MENTORSHIP: {"topic": MENTORSHIP_TOPIC, "general": MENTORSHIP_GENERAL},
    AskCategory.SKILLS: {"topic": SKILLS_TOPIC, "general": SKILLS_GENERAL},
    AskCategory.FEEDBACK: {
        "thing": FEEDBACK_THING,
        "topic": FEEDBACK_TOPIC,
        "general": FEEDBACK_GENERAL,
    },
    AskCategory.IDEAS: {"thing": IDEAS_THING, "general": IDEAS_GENERAL, "offer_help": OFFER_HELP},
    AskCategory.VISIBILITY: {
        "thing": VISIBILITY_THING,
        "topic": VISIBILITY_TOPIC,
        "general": VISIBILITY_GENERAL,
    },
    AskCategory.FOLLOW_UP: {"thing": FOLLOW_UP_THING, "general": FOLLOW_UP_GENERAL},
}

# --------------------------------------------------------------------------------------------
# What the context says
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Dated:
    """A logged entry and how many whole days old it is at `now`."""

    entry: Entry
    days: int


@dataclass(frozen=True)
class _Signals:
    """Everything the ranking reads, computed once from the context."""

    name: str
    role: Role
    topic: str | None
    last_asked: dict[AskCategory, int]  # category → days since the latest ask of it
    pending: dict[AskCategory, int]  # category → days since the oldest still-open ask of it
    stale_asks: tuple[_Dated, ...]  # open asks 7+ days old, oldest first
    win: _Dated | None  # the latest recent, shareable win
    idea: _Dated | None  # the latest recent, shareable idea-ish note
    balance: Balance
    budget_season: bool


def _age_days(entry: Entry, now: datetime) -> int:
    """Whole days since the entry; entries stamped after `now` count as today."""
    return max(0, (as_utc(now) - as_utc(entry.created_at)).days)


def _own_entries(ctx: CoachingContext) -> list[Entry]:
    """This relationship's entries (and unassigned ones); anything filed elsewhere is ignored."""
    rid = ctx.relationship.id
    return [e for e in ctx.entries if e.relationship_id in (None, rid)]


def _latest(dated: Iterable[_Dated]) -> _Dated | None:
    return min(dated, key=lambda d: (d.days, -d.entry.id), default=None)


def _latest_shareable(
    dated: Iterable[_Dated], keep: Callable[[Entry], bool], is_personal: Callable[[str], bool]
) -> _Dated | None:
    """The most recent entry of a kind that may be quoted back (not personal), if any.

    Newest first, so the scan for personal text stops at the first quotable one instead of
    reading a busy user's whole month.
    """
    recent = sorted(
        (d for d in dated if d.days <= RECENT_DAYS and keep(d.entry)),
        key=lambda d: (d.days, -d.entry.id),
    )
    return next((d for d in recent if not is_personal(d.entry.text)), None)


def _signals(ctx: CoachingContext, is_personal: Callable[[str], bool]) -> _Signals:
    entries = _own_entries(ctx)
    dated = [_Dated(e, _age_days(e, ctx.now)) for e in entries]
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
    stale = sorted(
        (d for d in asks if d.entry.status is EntryStatus.OPEN and d.days >= FOLLOW_UP_AFTER.days),
        key=lambda d: (-d.days, d.entry.id),
    )
    return _Signals(
        name=ctx.relationship.label,
        role=ctx.relationship.role,
        topic=goal_topic(ctx.goal),
        last_asked=last_asked,
        pending=pending,
        stale_asks=tuple(stale),
        win=_latest_shareable(dated, lambda e: e.kind is EntryKind.WIN, is_personal),
        idea=_latest_shareable(dated, _is_idea_note, is_personal),
        balance=balance(entries, now=ctx.now),
        budget_season=ctx.now.month in BUDGET_MONTHS,
    )


def _is_idea_note(entry: Entry) -> bool:
    """A note or talking point that floats an idea ("idea: ...", "what if we ...", a proposal)."""
    if entry.kind not in (EntryKind.NOTE, EntryKind.AGENDA):
        return False
    lowered = _normalise(entry.text)
    return classify_ask(entry.text) is AskCategory.IDEAS or bool(
        re.search(r"\bwhat if\b|\bwe could\b|\bcould we\b|\bsuggest\w*", lowered)
    )


# --------------------------------------------------------------------------------------------
# Copy helpers
# --------------------------------------------------------------------------------------------

_MAX_QUOTE_WORDS = 8
_MAX_QUOTE_CHARS = 60
_KIND_PREFIX = re.compile(r"(?i)^\s*(?:note|ask|gave|win|followup|follow-up|agenda|idea)\s*:\s*")


def shorten(text: str) -> str:
    """An entry's text cut to a short quote: prefix dropped, at most 8 words / 60 characters."""
    cleaned = " ".join(_KIND_PREFIX.sub("", text).split()).strip(" .!?;:,\"'“”")
    words = cleaned.split()
    short = " ".join(words[:_MAX_QUOTE_WORDS])
    if len(short) > _MAX_QUOTE_CHARS:
        short = short[:_MAX_QUOTE_CHARS].rsplit(" ", 1)[0] or short[:_MAX_QUOTE_CHARS]
    cut = short != cleaned
    return f"“{short}…”" if cut else f"“{short}”"


def ago(days: int) -> str:
    """'today', 'yesterday', '12 days ago', 'about 3 months ago'."""
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 60:
        return f"{days} days ago"
    return f"about {days // 30} months ago"


def _pick(options: Sequence[str], key: str) -> str:
    """A stable choice: crc32 is the same on every machine and every run (unlike `hash`)."""
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]


# --------------------------------------------------------------------------------------------
# Candidates: one per category, each scored and explained
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Draft:
    category: AskCategory
    options: Wordings
    fill: dict[str, str]
    reason: str
    score: float


def _base_score(category: AskCategory, s: _Signals) -> float:
    score = ROLE_FIT[category][s.role] * ROLE_WEIGHT
    if s.topic and category in GOAL_CATEGORIES:
        score += GOAL_BONUS
    lean = s.balance.lean
    if lean == "give":
        score += LEAN_GIVE_BONUS
    elif lean == "take":
        score -= LEAN_TAKE_PENALTY
    if category in s.pending:
        score -= PENDING_PENALTY
    if s.last_asked.get(category, COOLDOWN_DAYS[category]) < COOLDOWN_DAYS[category]:
        score -= COOLDOWN_PENALTY
    return score


def _holding_reason(category: AskCategory, s: _Signals) -> str | None:
    """Why an ask sits low: one of its kind is still open, or was made recently."""
    if category in s.pending:
        return (
            f"Your ask for {_NOUN[category]} from {ago(s.pending[category])} is still open — "
            f"follow up with {s.name} before asking again."
        )
    days = s.last_asked.get(category)
    if days is not None and days < COOLDOWN_DAYS[category]:
        return (
            f"Lower on the list: you asked {s.name} for {_NOUN[category]} {ago(days)}; "
            "give it a little more time."
        )
    return None


#: How the goal strengthens each goal-shaped ask; appended to the role reason when X is known.
GOAL_WHY: dict[AskCategory, str] = {
    AskCategory.INTRODUCTION: " Someone who knows {topic} can shortcut your path there.",
    AskCategory.MENTORSHIP: " A regular slot keeps your goal ({topic}) on the agenda.",
    AskCategory.SKILLS: " It's a direct step toward your goal ({topic}).",
}


def _goal_clause(category: AskCategory, s: _Signals) -> str:
    return GOAL_WHY[category].format(topic=s.topic) if s.topic else ""


#: Why each role suits an ask, when no fresher signal explains it better. {name} is the person.
INTRODUCTION_WHY: dict[Role, str] = {
    Role.SKIP: "{name} is your skip-level — their circle reaches teams you don't see yet.",
    Role.SPONSOR: "{name} is your sponsor — an intro from them carries weight a cold message "
    "can't.",
    Role.MENTOR: "{name} is your mentor — sharing their network is one of the best things a mentor "
    "can do.",
    Role.MANAGER: "{name} knows who's who across the org — one intro can save you weeks of "
    "searching.",
    Role.PEER: "{name} may know people you don't — an intro is a small ask with a big upside.",
    Role.OTHER: "{name} may know people you don't — an intro is a small ask with a big upside.",
}
MENTORSHIP_WHY: dict[Role, str] = {
    Role.MENTOR: "{name} is your mentor — a standing slot turns good chats into steady progress.",
    Role.MANAGER: "{name} sees your work every week — the way they work is the closest model "
    "you have.",
    Role.SKIP: "{name} has done the job you're growing toward — their way of thinking is worth "
    "borrowing.",
    Role.SPONSOR: "{name} has done the job you're growing toward — their way of thinking is worth "
    "borrowing.",
    Role.PEER: "{name} has experience you can learn from — asking how they work is a compliment, "
    "not a burden.",
    Role.OTHER: "{name} has experience you can learn from — asking how they work is a compliment, "
    "not a burden.",
}
VISIBILITY_WHY: dict[Role, str] = {
    Role.MANAGER: "{name} decides who presents and who leads — visible work is how the next level "
    "sees your value.",
    Role.SPONSOR: "{name} is your sponsor — visible work gives them something concrete to "
    "champion.",
}
VISIBILITY_WHY_DEFAULT = (
    "Visible work is how people beyond your team see your value — {name} can help you find it."
)


def _introduction(s: _Signals) -> _Draft:
    why = INTRODUCTION_WHY[s.role].format(name=s.name) + _goal_clause(AskCategory.INTRODUCTION, s)
    options = INTRODUCTION_TOPIC if s.topic else INTRODUCTION_GENERAL
    return _draft(AskCategory.INTRODUCTION, options, s, why)


def _mentorship(s: _Signals) -> _Draft:
    why = MENTORSHIP_WHY[s.role].format(name=s.name) + _goal_clause(AskCategory.MENTORSHIP, s)
    options = MENTORSHIP_TOPIC if s.topic else MENTORSHIP_GENERAL
    return _draft(AskCategory.MENTORSHIP, options, s, why)


def _skills(s: _Signals) -> _Draft:
    if s.role is Role.MANAGER:
        why = (
            f"{s.name} decides on your time and training budget — a specific ask is easier to "
            "say yes to."
        )
    else:
        why = f"{s.name} can point you to the training that actually mattered for them."
    if s.budget_season:
        why += " Next year's budgets are often set now — ask before they're spent."
    else:
        why += _goal_clause(AskCategory.SKILLS, s)
    options = SKILLS_TOPIC if s.topic else SKILLS_GENERAL
    return _draft(AskCategory.SKILLS, options, s, why)


def _feedback(s: _Signals) -> _Draft:
    win = s.win
    if win and win.days <= JUST_DELIVERED_DAYS:
        why = (
            f"You logged a win {ago(win.days)} ({shorten(win.entry.text)}) — feedback from "
            f"{s.name} right after a delivery is the most specific you'll get."
        )
        return _draft(AskCategory.FEEDBACK, FEEDBACK_THING, s, why, thing=shorten(win.entry.text))
    why = (
        f"No feedback ask to {s.name} in the last {COOLDOWN_DAYS[AskCategory.FEEDBACK]} days — "
        f"asking regularly shows {s.name} you want to grow."
    )
    options = FEEDBACK_TOPIC if s.topic else FEEDBACK_GENERAL
    return _draft(AskCategory.FEEDBACK, options, s, why)


def _ideas(s: _Signals) -> _Draft:
    if s.idea:
        quote = shorten(s.idea.entry.text)
        why = (
            f"You noted an idea {ago(s.idea.days)} ({quote}) — {s.name}'s read before you pitch "
            "it makes it stronger and shows your creativity."
        )
        return _draft(AskCategory.IDEAS, IDEAS_THING, s, why, thing=quote)
    if s.win:
        why = (
            f"You logged a win {ago(s.win.days)} — an idea for what comes next shows {s.name} "
            "your drive, not only your delivery."
        )
    else:
        why = f"Bringing {s.name} an idea, not only updates, lets them see your creativity."
    return _draft(AskCategory.IDEAS, IDEAS_GENERAL, s, why)


def _offer_help(s: _Signals) -> _Draft:
    b = s.balance
    came = f"they came to you {times(b.gave)}" if b.gave else "they haven't come to you yet"
    why = (
        f"You've asked {s.name} {times(b.asked)} lately and {came} — offer help first, so your "
        "next ask lands well."
    )
    return _Draft(AskCategory.IDEAS, OFFER_HELP, {"name": s.name}, why, OFFER_HELP_SCORE)


def _visibility(s: _Signals) -> _Draft:
    if s.win:
        quote = shorten(s.win.entry.text)
        why = (
            f"You logged a win {ago(s.win.days)} ({quote}) — {s.name} can help the right people "
            "see it."
        )
        return _draft(AskCategory.VISIBILITY, VISIBILITY_THING, s, why, thing=quote)
    why = VISIBILITY_WHY.get(s.role, VISIBILITY_WHY_DEFAULT).format(name=s.name)
    options = VISIBILITY_TOPIC if s.topic else VISIBILITY_GENERAL
    return _draft(AskCategory.VISIBILITY, options, s, why)


def _follow_up(s: _Signals, is_personal: Callable[[str], bool]) -> _Draft | None:
    if not s.stale_asks:
        return None
    oldest, others = s.stale_asks[0], len(s.stale_asks) - 1
    more = f" ({others} more still waiting.)" if others else ""
    if is_personal(oldest.entry.text):  # never quote a private ask back
        why = (
            f"Your ask to {s.name} from {ago(oldest.days)} has no answer logged — follow up "
            f"before asking anew.{more}"
        )
        return _Draft(
            AskCategory.FOLLOW_UP, FOLLOW_UP_GENERAL, {"name": s.name}, why, FOLLOW_UP_SCORE
        )
    quote = shorten(oldest.entry.text)
    why = (
        f"You asked {s.name} about {quote} {ago(oldest.days)} and haven't logged an answer — "
        f"follow up before asking anew.{more}"
    )
    fill = {"name": s.name, "thing": quote}
    return _Draft(AskCategory.FOLLOW_UP, FOLLOW_UP_THING, fill, why, FOLLOW_UP_SCORE)


def _draft(
    category: AskCategory, options: Wordings, s: _Signals, why: str, *, thing: str = ""
) -> _Draft:
    """A new ask: scored by the shared rules; its reason yields to a hold-back reason if any."""
    fill = {"name": s.name, "topic": s.topic or "", "thing": thing}
    reason = _holding_reason(category, s) or why
    return _Draft(category, options, fill, reason, _base_score(category, s))


_BUILDERS: dict[AskCategory, Callable[[_Signals], _Draft]] = {
    AskCategory.INTRODUCTION: _introduction,
    AskCategory.MENTORSHIP: _mentorship,
    AskCategory.SKILLS: _skills,
    AskCategory.FEEDBACK: _feedback,
    AskCategory.IDEAS: _ideas,
    AskCategory.VISIBILITY: _visibility,
}


def _with_signal_bonus(draft: _Draft, s: _Signals) -> _Draft:
    """Fresh wins, ideas and budget season lift the asks they make timely."""
    bonus = 0.0
    if draft.category is AskCategory.FEEDBACK and s.win and s.win.days <= JUST_DELIVERED_DAYS:
        bonus += JUST_DELIVERED_BONUS
    if draft.category is AskCategory.IDEAS:
        bonus += IDEA_NOTE_BONUS if s.idea else (WIN_FOR_IDEAS_BONUS if s.win else 0.0)
    if draft.category is AskCategory.VISIBILITY and s.win:
        bonus += WIN_FOR_VISIBILITY_BONUS
    if draft.category is AskCategory.SKILLS and s.budget_season:
        bonus += BUDGET_SEASON_BONUS
    return replace(draft, score=draft.score + bonus)


def _drafts(s: _Signals, is_personal: Callable[[str], bool]) -> list[_Draft]:
    drafts = [_with_signal_bonus(build(s), s) for build in _BUILDERS.values()]
    if s.balance.lean == "take":
        drafts = [d for d in drafts if d.category is not AskCategory.IDEAS] + [_offer_help(s)]
    follow_up = _follow_up(s, is_personal)
    if follow_up:
        drafts.append(follow_up)
    return drafts


def _rank_key(draft: _Draft) -> tuple[float, int]:
    return (-round(draft.score, 6), CATEGORY_ORDER.index(draft.category))


def _finish(draft: _Draft, ctx: CoachingContext) -> SuggestedAsk:
    year, week, _ = ctx.now.isocalendar()
    key = f"{ctx.relationship.id}:{draft.category}:{year}-W{week}"
    wording = _pick(draft.options, key).format(**draft.fill)
    return SuggestedAsk(draft.category, wording, draft.reason, round(draft.score, 2))


def _credit_generosity(asks: list[SuggestedAsk], s: _Signals) -> list[SuggestedAsk]:
    """When the user has been giving, say so on the top new ask: it's why asking is fair now."""
    if s.balance.lean != "give":
        return asks
    for i, ask in enumerate(asks):
        if ask.category is not AskCategory.FOLLOW_UP:
            extra = f" You've helped {s.name} {times(s.balance.gave)} lately — a fair time to ask."
            asks[i] = replace(ask, reason=ask.reason + extra)
            break
    return asks


def suggest_asks(
    ctx: CoachingContext,
    *,
    limit: int = 3,
    is_personal: Callable[[str], bool] = lambda text: False,
) -> list[SuggestedAsk]:
    """The `limit` best asks for this 1:1, best first, at most one per category.

    Ranking, highest first:
    - an "offer help first" ask when the balance leans take (you have asked far more than given);
    - a follow-up on the oldest ask still open after 7+ days — follow up before asking anew;
    - new asks scored by role fit (design §4 table), +1 when the goal names an X for
      introductions, mentorship and training, + fresh signals (a win for visibility and
      feedback, an idea note for ideas, budget season for training), +0.5 each when the
      balance leans give, -1 when it leans take, -2 when an ask of that kind is still open,
      -4 when one was made within its cool-down (mentorship 60 d, feedback 30 d, visibility
      60 d, introduction and training 30 d, ideas 14 d).
    Ties break in catalogue order. All six new-ask categories are always candidates, so any
    `limit` up to 6 is met even for an empty history. `is_personal` keeps private text out of
    quoted wins, ideas and asks.
    """
    if limit <= 0:
        return []
    s = _signals(ctx, is_personal)
    ranked = sorted(_drafts(s, is_personal), key=_rank_key)[:limit]
    return _credit_generosity([_finish(d, ctx) for d in ranked], s)


__all__ = [
    "CATALOGUE",
    "AskCategory",
    "SuggestedAsk",
    "classify_ask",
    "goal_topic",
    "suggest_asks",
]
