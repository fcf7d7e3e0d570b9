"""Suggested asks: what to ask this senior person for at the next 1:1, and why.

Leverage runs both ways (design §1, idea 4): senior people come to you for projects and tasks, so
go to them for what you need — an introduction, mentorship, training, feedback, a hearing for your
ideas, a shot at visible work. This module ranks those asks for one relationship from what the
coaching context knows (the goal, the counterpart's role, what was asked and when, what is still
waiting for an answer, recent wins and ideas, the give-and-take) and explains every suggestion in
one line, so the user can judge it rather than obey it.

The wording comes from the ask catalogue (`coaching/asks.toml`, by purpose and role); this module
decides which purposes to suggest, which slot of the catalogue fits what is known (a win, the goal's
focus, nothing), and the one-line reason. Logged items are named by topic and date
(`coaching.items`), never quoted; the goal only through its focus area (`coaching.focus`).

Pure and deterministic: no randomness, no clock. The phrasing rotates with the week of `ctx.now`
(see `rotate`), so the same 1:1 prep always shows the same card, and consecutive cards differ.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from coaching.balance import Balance, as_utc, balance, times
from coaching.catalogue import Purpose, catalogue
from coaching.focus import derive_focus, derive_step, is_role
from coaching.items import Reference, reference, short_date
from coaching.model import CoachingContext, Entry, EntryKind, EntryStatus, Role


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
            r"|\bhow you (?:approach|handle|think about|deal with)\b"
            r"|\bpair(?:ing)? (?:on|with)\b|\bshadow(?:ing)?\b"
            r"|\bhow did you (?:handle|approach|deal with|get|make|manage|decide)\b"
            r"|^\s*should i\b|\bwhat would you do\b|\bwould you advise\b",
        ),
        (
            AskCategory.SKILLS,
            r"\bcourses?\b|\btraining\b|\bconferences?\b|\bcertif\w*|\bworkshops?\b|\bbootcamp\b"
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


def _normalise(text: str) -> str:
    return text.replace("’", "'").lower()


@lru_cache(maxsize=4096)
def classify_ask(text: str) -> AskCategory | None:
    """What a logged ask was about, from its words; None when it fits no category.

    Keyword rules, not a model: explainable, and good enough to know "you asked for feedback
    12 days ago". Never returns FOLLOW_UP or OFFER_HELP — those are about an ask's state and
    the balance, not its subject. Cached by text: every card classifies each open ask again.
    """
    lowered = _normalise(text)
    for category, pattern in _ASK_WORDS:
        if pattern.search(lowered):
            return category
    return None


# --------------------------------------------------------------------------------------------
# Ranking rules
# --------------------------------------------------------------------------------------------

#: An ask still open after this long gets a follow-up suggestion before anything new.
FOLLOW_UP_AFTER = timedelta(days=7)
#: A win or an idea counts as fresh for this long.
RECENT_DAYS = 30
#: A win this recent lifts feedback (the view is still specific) ...
JUST_DELIVERED_DAYS = 14
#: ... and only this recent may the reason call it "right after a delivery".
RIGHT_AFTER_DAYS = 3
#: Months when teams commonly plan next year's training budgets (Oct–Dec).
BUDGET_MONTHS = frozenset({10, 11, 12})

ROLE_WEIGHT = 2.0
#: Purposes a focus area makes concrete ("who knows the payments platform well").
FOCUS_PURPOSES = frozenset({AskCategory.INTRODUCTION, AskCategory.MENTORSHIP, AskCategory.SKILLS})
FOCUS_BONUS = 1.0
JUST_DELIVERED_BONUS = 1.0  # feedback right after a win
IDEA_NOTE_BONUS = 1.5  # ideas: you noted one recently
WIN_FOR_VISIBILITY_BONUS = 1.5  # a win to show: visibility and advocacy rise
BUDGET_SEASON_BONUS = 0.5
LEAN_GIVE_BONUS = 0.5  # you've been generous: every ask rises
LEAN_TAKE_PENALTY = 1.0  # you've been taking: every ask falls
PENDING_PENALTY = 2.0  # an ask of this kind is still open: follow up, don't re-ask
COOLDOWN_PENALTY = 4.0  # asked this kind recently: still offered, ranked last
FOLLOW_UP_SCORE = 10.0  # above any new ask
OFFER_HELP_SCORE = 20.0  # when the balance leans take: give before anything else
CONCRETE_GIVE_SCORE = 9.0  # their stated priority: after a follow-up, before new asks
OWED_SCORE = 11.0  # something you still owe them: deliver it before chasing your own ask

#: New-ask purposes, in tie-break order.
NEW_ASKS: tuple[AskCategory, ...] = (
    AskCategory.INTRODUCTION,
    AskCategory.MENTORSHIP,
    AskCategory.SKILLS,
    AskCategory.FEEDBACK,
    AskCategory.VISIBILITY,
    AskCategory.ADVOCACY,
    AskCategory.IDEAS,
)
CATEGORY_ORDER: tuple[AskCategory, ...] = tuple(AskCategory)


# --------------------------------------------------------------------------------------------
# What the context says
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Dated:
    """A logged entry, how many whole days old it is at `now`, and its topic when clear."""

    entry: Entry
    days: int
    ref: Reference | None = None


@dataclass(frozen=True)
class _Signals:
    """Everything the ranking reads, computed once from the context."""

    name: str
    role: Role
    focus: str | None
    step: str | None  # the role the goal steps up to ("the senior engineer role"), if any
    last_asked: dict[AskCategory, int]  # category → days since the latest ask of it
    pending: dict[AskCategory, int]  # category → days since the oldest still-open ask of it
    covered: frozenset[AskCategory]  # what the user's own open talking points already ask for
    stale_asks: tuple[_Dated, ...]  # open asks 7+ days old, oldest first
    win: _Dated | None  # the latest recent, shareable win with a clear topic
    idea: _Dated | None  # the latest recent, shareable idea with a clear topic
    priority: _Dated | None  # the latest priority of theirs the user logged
    promise: _Dated | None  # the oldest follow-up the user still owes them
    balance: Balance
    budget_season: bool


def _age_days(entry: Entry, now: datetime) -> int:
    """Whole days since the entry; entries stamped after `now` count as today."""
    return max(0, (as_utc(now) - as_utc(entry.created_at)).days)


def _own_entries(ctx: CoachingContext) -> list[Entry]:
    """This relationship's entries (and unassigned ones); anything filed elsewhere is ignored."""
    rid = ctx.relationship.id
    return [e for e in ctx.entries if e.relationship_id in (None, rid)]


def _newest_first(dated: Iterable[_Dated]) -> list[_Dated]:
    return sorted(dated, key=lambda d: (d.days, -d.entry.id))


def _with_ref(d: _Dated, ctx: CoachingContext) -> _Dated:
    ref = reference(
        d.entry.text,
        d.entry.created_at,
        now=ctx.now,
        counterpart=ctx.relationship.label,
        names=ctx.names,
    )
    return replace(d, ref=ref)


def _first_nameable(
    dated: Iterable[_Dated], ctx: CoachingContext, is_personal: Callable[[str], bool]
) -> _Dated | None:
    """The first entry that may be named on the card: not personal, with a clear topic.

    Checked in the order given, so the scan for personal text stops at the first usable one.
    """
    for d in dated:
        if is_personal(d.entry.text):
            continue
        named = _with_ref(d, ctx)
        if named.ref is not None:
            return named
    return None


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
    recent = _newest_first(d for d in dated if d.days <= RECENT_DAYS)
    is_open = EntryStatus.OPEN
    focus = ctx.focus if ctx.focus is not None else derive_focus(ctx.goal)
    return _Signals(
        name=ctx.relationship.label,
        role=ctx.relationship.role,
        focus=focus,
        step=focus if focus and is_role(focus) else derive_step(ctx.goal),
        last_asked=last_asked,
        pending=pending,
        covered=frozenset(
            category
            for e in entries
            if e.kind is EntryKind.AGENDA
            and e.status is EntryStatus.OPEN
            and (category := classify_ask(e.text)) is not None
        ),
        stale_asks=tuple(stale),
        win=_first_nameable((d for d in recent if d.entry.kind is EntryKind.WIN), ctx, is_personal),
        idea=_first_nameable((d for d in recent if _is_idea_note(d.entry)), ctx, is_personal),
        priority=_first_nameable(
            (
                d
                for d in _newest_first(dated)
                if d.entry.kind is EntryKind.PRIORITY and d.entry.status is is_open
            ),
            ctx,
            is_personal,
        ),
        promise=_first_nameable(
            (
                d
                for d in sorted(dated, key=lambda d: (-d.days, d.entry.id))
                if d.entry.kind is EntryKind.FOLLOWUP and d.entry.status is is_open
            ),
            ctx,
            is_personal,
        ),
        balance=_balance(ctx, entries),
        budget_season=ctx.now.month in BUDGET_MONTHS,
    )


def _balance(ctx: CoachingContext, entries: list[Entry]) -> Balance:
    """The window's give-and-take: counted by storage when it did, else from the entries."""
    if ctx.counts is not None:
        return Balance(gave=ctx.counts.gave, asked=ctx.counts.asked)
    return balance(entries, now=ctx.now)


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


def ago(days: int) -> str:
    """'today', 'yesterday', '12 days ago', 'about 3 months ago'."""
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 60:
        return f"{days} days ago"
    return f"about {days // 30} months ago"


def rotation(key: str, now: datetime, size: int) -> int:
    """Which of `size` phrasings this week: a stable start per relationship, purpose and slot,
    one step a week.

    With three phrasings, cards one, two, four or five weeks apart (weekly, biweekly, monthly
    1:1s) always get a different one than the card before. crc32 is the same on every machine
    and run, unlike `hash`.
    """
    week = now.date().toordinal() // 7
    return (zlib.crc32(key.encode("utf-8")) + week) % size


def rotate(options: Sequence[str], key: str, now: datetime) -> str:
    return options[rotation(key, now, len(options))]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------------------------
# Candidates: one per purpose, each scored and explained
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Why:
    """A reason still to be worded: the catalogue's first key among `keys` that this role has
    (most specific first), filled in. Worded with the phrasing, so that where the catalogue gives
    three reasons, each phrasing gets its own."""

    category: AskCategory
    role: Role
    keys: tuple[str, ...]
    fill: dict[str, str]
    suffix: str = ""

    def text(self, index: int) -> str:
        purpose = _purpose(self.category)
        for key in self.keys:
            lines = purpose.reason(self.role, key)
            if lines:
                return _sentence(lines[index % len(lines)].format(**self.fill)) + self.suffix
        raise LookupError(f"no reason {self.keys} for {self.category}")  # the loader checks


@dataclass(frozen=True)
class _Draft:
    category: AskCategory
    slot: str
    fill: dict[str, str]
    reason: _Why | str
    score: float


def _purpose(category: AskCategory) -> Purpose:
    return catalogue()[category.value]


def _reason(category: AskCategory, counterpart: Role, /, *keys: str, **fill: str) -> _Why:
    return _Why(category, counterpart, keys, fill)


def _base_score(category: AskCategory, s: _Signals) -> float:
    score = _purpose(category).fits(s.role) * ROLE_WEIGHT
    if s.focus and category in FOCUS_PURPOSES:
        score += FOCUS_BONUS
    lean = s.balance.lean
    if lean == "give":
        score += LEAN_GIVE_BONUS
    elif lean == "take":
        score -= LEAN_TAKE_PENALTY
    cooldown = _purpose(category).cooldown_days
    if category in s.pending or category in s.covered:
        score -= PENDING_PENALTY
    if s.last_asked.get(category, cooldown) < cooldown:
        score -= COOLDOWN_PENALTY
    return score


def _signal_bonus(category: AskCategory, s: _Signals) -> float:
    """Fresh wins, ideas and budget season lift the asks they make timely."""
    if category is AskCategory.FEEDBACK and s.win and s.win.days <= JUST_DELIVERED_DAYS:
        return JUST_DELIVERED_BONUS
    if category is AskCategory.IDEAS and s.idea:
        return IDEA_NOTE_BONUS
    if category in (AskCategory.VISIBILITY, AskCategory.ADVOCACY) and s.win:
        return WIN_FOR_VISIBILITY_BONUS
    if category is AskCategory.SKILLS and s.budget_season:
        return BUDGET_SEASON_BONUS
    return 0.0


def _holding_reason(category: AskCategory, s: _Signals) -> str | None:
    """Why an ask sits low: one of its kind is still open, or was made recently."""
    noun = _purpose(category).noun
    if category in s.pending:
        return (
            f"Your ask for {noun} from {ago(s.pending[category])} is still open — "
            f"follow up with {s.name} before asking again."
        )
    if category in s.covered:
        return f"One of your own talking points already asks {s.name} for {noun} — this can wait."
    days = s.last_asked.get(category)
    if days is not None and days < _purpose(category).cooldown_days:
        return f"Lower on the list: you asked {s.name} for {noun} {ago(days)}; give it time."
    return None


def _new_ask(category: AskCategory, s: _Signals) -> _Draft | None:
    """The draft for one new-ask purpose, in the most specific slot the context can fill."""
    purpose = _purpose(category)
    if purpose.fits(s.role) == 0:
        return None
    role, fill = s.role, {"name": s.name, "focus": s.focus or ""}
    win_slot = category in (
        AskCategory.FEEDBACK,
        AskCategory.VISIBILITY,
        AskCategory.ADVOCACY,
    ) and (category is not AskCategory.FEEDBACK or (s.win and s.win.days <= JUST_DELIVERED_DAYS))
    if win_slot and s.win and s.win.ref and purpose.phrasings(role, "win"):
        fill["win"] = s.win.ref.to_counterpart(s.name)
        why_keys = ("why_win_fresh", "why_win") if s.win.days <= RIGHT_AFTER_DAYS else ("why_win",)
        why = _reason(
            category, role, *why_keys, **fill | {"win": s.win.ref.to_user()}, ago=ago(s.win.days)
        )
        slot = "win"
    elif category is AskCategory.IDEAS and s.idea and s.idea.ref:
        fill["idea"] = s.idea.ref.to_counterpart(s.name)
        why = _reason(
            category,
            role,
            "why_idea",
            "why",
            **fill | {"idea": s.idea.ref.to_user()},
            ago=ago(s.idea.days),
        )
        slot = "idea"
    elif (
        s.step
        and purpose.phrasings(role, "role")
        and (is_role(s.focus or "") or purpose.prefers_step(role) or not s.focus)
    ):
        slot = "role"
        fill = {"name": s.name, "role": s.step}
        keys = ("why_season",) if category is AskCategory.SKILLS and s.budget_season else ()
        why = _reason(category, role, *keys, "why_role", "why", **fill)
    elif s.focus and not is_role(s.focus) and purpose.phrasings(role, "focus"):
        slot = "focus"
        keys = ("why_season",) if category is AskCategory.SKILLS and s.budget_season else ()
        why = _reason(category, role, *keys, "why_focus", "why", **fill)
    else:
        slot = "general"
        keys = ("why_season",) if category is AskCategory.SKILLS and s.budget_season else ()
        why = _reason(category, role, *keys, "why", **fill)
    score = _base_score(category, s) + _signal_bonus(category, s)
    return _Draft(category, slot, fill, _holding_reason(category, s) or why, score)


def _offer_help(s: _Signals) -> _Draft:
    """Give before asking again: their priority, what the user owes them, a win, or an offer."""
    b, role = s.balance, s.role
    gave = f"helped them {times(b.gave)}" if b.gave else "haven't logged helping them yet"
    counts = {"asked": times(b.asked), "gave": gave}
    fill = {"name": s.name}
    category = AskCategory.OFFER_HELP
    if s.priority and s.priority.ref:
        ref = s.priority.ref
        fill["priority"] = ref.to_counterpart(s.name)
        why = _reason(
            category, role, "why_priority", **fill | {"priority": ref.to_user()}, date=ref.date
        )
        slot = "priority"
    elif s.promise and s.promise.ref:
        ref = s.promise.ref
        fill["item"] = ref.to_counterpart(s.name)
        why = _reason(
            category, role, "why_promise", name=s.name, item=ref.to_user(), date=ref.date, **counts
        )
        slot = "promise"
    elif s.win and s.win.ref:
        fill["win"] = s.win.ref.to_counterpart(s.name)
        why = _reason(
            category, role, "why_win", name=s.name, win=s.win.ref.to_user(), ago=ago(s.win.days)
        )
        slot = "win"
    else:
        why = _reason(category, role, "why", name=s.name, **counts)
        slot = "general"
    return _Draft(category, slot, fill, why, OFFER_HELP_SCORE)


def _follow_up(
    s: _Signals, ctx: CoachingContext, is_personal: Callable[[str], bool]
) -> _Draft | None:
    if not s.stale_asks:
        return None
    oldest, others = s.stale_asks[0], len(s.stale_asks) - 1
    more = f" ({others} more still waiting.)" if others else ""
    category, role = AskCategory.FOLLOW_UP, s.role
    named = None if is_personal(oldest.entry.text) else _with_ref(oldest, ctx).ref
    date = named.date if named else _with_date(oldest, ctx)
    if named:  # never name a private ask back
        fill = {"name": s.name, "item": named.to_counterpart(s.name), "date": date}
        why = _reason(category, role, "why_item", name=s.name, item=named.to_user(), date=date)
        slot = "item"
    else:
        fill = {"name": s.name, "date": date}
        why = _reason(category, role, "why_dated", name=s.name, date=date)
        slot = "dated"
    return _Draft(category, slot, fill, replace(why, suffix=more), FOLLOW_UP_SCORE)


def _with_date(d: _Dated, ctx: CoachingContext) -> str:
    return short_date(d.entry.created_at, ctx.now)


#: How many asks on one card may lean on the same thing: one win, the focus area twice.
SLOT_BUDGET = {"win": 1, "focus": 2, "role": 2}
#: Slots that draw on one budget: the goal, whether said as its focus or its step.
_BUDGET_OF = {"role": "focus"}


def _drafts(s: _Signals, ctx: CoachingContext, is_personal: Callable[[str], bool]) -> list[_Draft]:
    drafts = [d for d in (_new_ask(c, s) for c in NEW_ASKS) if d is not None]
    if s.balance.lean == "take":
        drafts.append(_offer_help(s))
    elif s.balance.lean == "even" and (s.priority or s.promise):
        give = _offer_help(s)
        score = OWED_SCORE if give.slot == "promise" else CONCRETE_GIVE_SCORE
        drafts.append(replace(give, score=score))
    follow_up = _follow_up(s, ctx, is_personal)
    if follow_up:
        drafts.append(follow_up)
    ranked = _varied(sorted(drafts, key=_rank_key), s)
    return _restrained(ranked) if s.balance.lean == "take" else ranked


#: Asks that cost the counterpart little: fine even when the user has been asking a lot.
LIGHT_ASKS = frozenset({AskCategory.FEEDBACK, AskCategory.FOLLOW_UP, AskCategory.OFFER_HELP})


def _restrained(ranked: list[_Draft]) -> list[_Draft]:
    """After "give first", at most one favour: the other new asks wait behind feedback."""
    favours = [d for d in ranked if d.category not in LIGHT_ASKS]
    light = [d for d in ranked if d.category in LIGHT_ASKS]
    return sorted(light + favours[:1], key=_rank_key) + favours[1:]


def _varied(ranked: list[_Draft], s: _Signals) -> list[_Draft]:
    """Three asks about the same win, or all about the goal, read like a template: past each
    slot's budget (the focus and the step share one), an ask is reworded from what else is
    known (its rank stays)."""
    used: dict[str, int] = {}
    out = []
    for draft in ranked:
        if used.get(_BUDGET_OF.get(draft.slot, draft.slot), 0) >= SLOT_BUDGET.get(
            draft.slot, len(ranked)
        ):
            plainer = (
                replace(s, win=None) if draft.slot == "win" else replace(s, focus=None, step=None)
            )
            again = _new_ask(draft.category, plainer)
            if again is not None:
                draft = replace(again, score=draft.score)
        budget = _BUDGET_OF.get(draft.slot, draft.slot)
        used[budget] = used.get(budget, 0) + 1
        out.append(draft)
    return out


def _rank_key(draft: _Draft) -> tuple[float, int]:
    return (-round(draft.score, 6), CATEGORY_ORDER.index(draft.category))


def _finish(draft: _Draft, ctx: CoachingContext) -> SuggestedAsk:
    options = _purpose(draft.category).phrasings(ctx.relationship.role, draft.slot) or ()
    index = rotation(f"{ctx.relationship.id}:{draft.category}:{draft.slot}", ctx.now, len(options))
    wording = options[index].format(**draft.fill)
    reason = draft.reason.text(index) if isinstance(draft.reason, _Why) else draft.reason
    return SuggestedAsk(draft.category, wording, reason, round(draft.score, 2))


def _credit_generosity(asks: list[SuggestedAsk], s: _Signals) -> list[SuggestedAsk]:
    """When the user has been giving, say so on the top new ask: it's why asking is fair now."""
    if s.balance.lean != "give":
        return asks
    for i, ask in enumerate(asks):
        if ask.category is not AskCategory.FOLLOW_UP:
            extra = (
                f" You've helped {s.name} {times(s.balance.gave)} in the last 90 days — "
                "a fair time to ask."
            )
            asks[i] = replace(ask, reason=ask.reason + extra)
            break
    return asks


def suggest_asks(
    ctx: CoachingContext,
    *,
    limit: int = 3,
    is_personal: Callable[[str], bool] = lambda text: False,
) -> list[SuggestedAsk]:
    """The `limit` best asks for this 1:1, best first, at most one per purpose.

    Ranking, highest first:
    - an "offer help first" ask when the balance leans take (you have asked far more than given);
    - a follow-up on the oldest ask still open after 7+ days — follow up before asking anew;
    - new asks, only for purposes the counterpart's role can give (the catalogue's `fit`),
      scored by that fit, +1 when the goal's focus makes introductions, mentorship and training
      concrete, + fresh signals (a win for visibility, advocacy and feedback, an idea note for
      ideas, budget season for training), +0.5 each when the balance leans give, -1 when it
      leans take, -2 when an ask of that kind is still open or one of the user's own talking
      points already makes it, -4 within its cool-down.
    Ties break in catalogue order. `is_personal` keeps private text out of named wins, ideas,
    priorities and asks.
    """
    if limit <= 0:
        return []
    s = _signals(ctx, is_personal)
    ranked = _drafts(s, ctx, is_personal)[:limit]
    return _credit_generosity([_finish(d, ctx) for d in ranked], s)


__all__ = [
    "AskCategory",
    "SuggestedAsk",
    "classify_ask",
    "rotate",
    "suggest_asks",
]
