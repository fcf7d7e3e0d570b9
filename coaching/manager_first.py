"""What belongs with the user's line manager, whoever else the 1:1 is with.

Leave and rota changes are the manager's call: asked of a skip-level, HR or a mentor first, they
go round the manager, and the answer is "ask your manager" anyway. And a skip-level or sponsor
who hears a career ask the manager has not heard can leave the manager feeling bypassed. The card
says so in one line rather than leave the user to find out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from coaching.model import CoachingContext, Entry, EntryKind, EntryStatus, Role
from coaching.reframes import CLOSE_FAMILY

#: Time off and shift changes, as people write them (and a few common words for leave in the
#: languages users write points in: "urlop", "vacaciones", "congé", "Urlaub").
_LEAVE_OR_ROTA = re.compile(
    r"(?i)\b(?:(?:annual|unpaid|study|parental|paternity|maternity|compassionate|special"
    r"|funeral|bereavement|carer'?s|emergency) leave|leave (?:in|for|from|request)|on leave"
    r"|time off|days? off|holidays?(?!\s+pay)"  # holiday pay is pay, not leave
    r"|rota|shift swaps?|swap (?:(?:a|my|the|some) )?shifts?|come off nights|flexible hours"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)\w* \d{1,2}(?:st|nd|rd|th)? off"
    r"|urlop\w*|vacaciones|unos días|cong[ée]s?|urlaub|freie\s+tage|folgas?|f[ée]rias"
    r"|vrije\s+dag(?:en)?|elastyczn\w* godzin)\b"
)
#: Who decides leave and rotas: only the line manager. A peer is not asked to decide: shifts
#: are agreed between peers before the manager signs them off (round 34: two sous-chefs sharing
#: out the holiday services were told the rota was "your manager's call").
_NOT_THEIR_CALL = frozenset({Role.SKIP, Role.MENTOR, Role.SPONSOR, Role.OTHER})
#: Whose career asks the manager should hear about: those above or beside the line.
_ABOVE_THE_LINE = frozenset({Role.SKIP, Role.SPONSOR})

#: Said on the card in one of three wordings, so that cards side by side do not repeat a line.
#: The user's own manager named ("I'd loop my manager in"), not a "revenue manager".
_YOUR_MANAGER = re.compile(r"(?i)\b(?:my|your) (?:line |own )?manager\b")

MANAGER_CALL = (
    " Time off or a rota change in your talking points is your manager's call — raise it with "
    "them first; here, keep to the need if it comes up.",
    " Leave and shift changes are decided by your manager, not here — ask them first, and leave "
    "that point out of this 1:1.",
    " Your point about time off or shifts belongs with your manager: raise it there first, so "
    "nobody is asked to overrule them.",
)
#: Said as an "unless": the card cannot know whether the manager is part of what the user is
#: raising (every blind round from 41 to 44 found it said where the manager was the problem).
KEEP_MANAGER_INFORMED = (
    " Unless your manager is part of the problem, tell them you're raising it, so they hear it"
    " from you first.",
    " Let your manager know beforehand, so it never looks like going round them — unless they"
    " are what you need to raise.",
    # not "Unless it's about your manager, mention it to them first": two rounds (52, 53) read
    # "it" and "them" as the sponsor and the ask
    " Tell your manager you're asking, unless they're part of what you're raising — help from"
    " above lands better with them on board.",
)


#: A colleague's leave said just before the leave words ("Jo goes on", "Tom's off on", "with
#: Ade"): news that changes the work (cover, an acting-up chance), not the user's own request.
#: A capitalised word is a name unless it is a day, a month, an opening word or close family:
#: "Mum's funeral leave" and "Dad is ill, need time off" are the user's own leave to ask for.
_FAMILY = "|".join(sorted(map(re.escape, CLOSE_FAMILY), key=len, reverse=True))
_NOT_A_NAME = (
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|January\b|February\b|March\b|April\b"
    r"|June\b|July\b|August\b|September\b|October\b|November\b|December\b|Christmas\b"
    rf"|Easter\b|This\b|That\b|It\b|What\b|Which\b|Next\b|There\b|(?i:{_FAMILY})\b)"
)
_SOMEONE_ELSES = re.compile(
    rf"(?:\b(?i:he|she|they)|\b{_NOT_A_NAME}[A-Z][a-z]+)"
    r"(?:'s|’s|\s+(?:is|goes|went|will be|'ll be|starts|was|has been|is going|going))"
    r"\s+(?:(?!(?i:my|me|i|i'm)\b)\w+\s+){0,2}$"
    rf"|\bwith\s+(?:him|her|them|{_NOT_A_NAME}[A-Z][a-z]+)\s+$",
)


def _own_leave(text: str) -> bool:
    """Leave or a rota change the user asks for: not a colleague's leave reported as news."""
    return any(not _SOMEONE_ELSES.search(text[: m.start()]) for m in _LEAVE_OR_ROTA.finditer(text))


def leave_or_rota(points: Iterable[str]) -> bool:
    """Whether a talking point asks for time off or a change of shifts (the user's own, not a
    colleague's absence that changes the work)."""
    return any(_own_leave(text) for text in points)


def needs_manager_call(role: Role, points: Iterable[str]) -> bool:
    """Whether a leave or rota point is headed to someone who cannot grant it."""
    return role in _NOT_THEIR_CALL and leave_or_rota(points)


def informs_manager(
    role: Role,
    asks: Iterable[str],
    category: str = "",
    ctx: CoachingContext | None = None,
    chased: frozenset[int] = frozenset(),
) -> bool:
    """Whether the card already keeps the manager in the loop, or needs not: a chase
    (`category` "follow_up") of what only this person can give needs no word to the manager."""
    if role not in _ABOVE_THE_LINE or any(re.search(_YOUR_MANAGER, a) for a in asks):
        return True
    if ctx is not None and _STANDS_IN.search(ctx.relationship.title or ""):
        return True  # they are the manager for now: "tell your manager first" is them
    if ctx is not None and any(_stands_in(e) for e in ctx.entries):
        return True  # the user stands in for their manager, who is away: no one to tell first
    return (
        category == "follow_up"
        and ctx is not None
        and (chases_only_theirs(ctx) or not chases_a_career_move(ctx, chased))
    )


#: A title that says they stand in as the user's manager: "covering as his line manager while
#: Kev is off sick", "acting line manager", "interim manager" (round 22: "mention it to your
#: manager first" said to the acting manager).
_STANDS_IN = re.compile(
    r"(?i)\b(?:acting|covering|interim|standing\s+in)\b[^.;]{0,40}\b(?:line\s+)?manager\b"
)


#: The user's own line says they stand in for their manager: "Morag asked me to act up",
#: "'faisant fonction' while K is out", "covering for my manager" (round 24 said "tell your
#: manager you're raising it" of a manager on sick leave, twice).
_ACTING_UP = re.compile(
    r"(?i)\bact(?:ing)?[- ]up\b|\bfaisant[- ]fonction\b|\bcovering (?:for )?(?:my|the) "
    r"(?:line )?(?:manager|boss|TL|team lead(?:er)?)\b|\bacting (?:team )?(?:lead|leader|TL"
    r"|manager|supervisor)\b|\bstanding in for (?:my|the) (?:manager|boss)\b"
)


#: An ask to act up is not acting up: "asked if I could act up as SM", "any news on acting-up?".
_WANTS_TO = re.compile(r"(?i)\b(?:if|whether) i (?:could|can)\b|\bput me forward\b|\bany news\b|\?")


def _stands_in(entry: Entry) -> bool:
    """A note of the user's says they stand in for their manager now."""
    return (
        entry.kind in (EntryKind.NOTE, EntryKind.GAVE)
        and bool(_ACTING_UP.search(entry.text))
        and not _WANTS_TO.search(entry.text)
    )


#: What only the person asked can give, whoever manages the user: their own reference, their
#: feedback or read of the user's work. Chasing it goes round nobody.
_THEIRS_TO_GIVE = re.compile(
    r"(?i)\b(?:references?|referee|recommendation|testimonial|feedback|"
    r"(?:look|read) (?:over|through|at) my|your (?:view|read|advice) on)\b"
)


def chases_a_career_move(ctx: CoachingContext, chased: frozenset[int] = frozenset()) -> bool:
    """The ask chased (`chased`, by id; else any still open) is about the user's own next step
    (a secondment, a stretch piece, their backing, training): a chase of it goes round the
    manager as the ask did. A chase for gloves, a quote or a day's cover does not (round 46:
    "tell your manager first" beside a chase for winter gloves)."""
    from coaching.ask_signals import AskCategory, classify_ask  # the asks read this module

    career = {AskCategory.VISIBILITY, AskCategory.ADVOCACY, AskCategory.SKILLS}
    career |= {AskCategory.MENTORSHIP, AskCategory.INTRODUCTION}
    return any(
        classify_ask(text) in career or _A_MOVE.search(text) for text in _open_asks(ctx, chased)
    )


#: A move the manager decides, however the ask was worded: "a secondment to the audit team".
_A_MOVE = re.compile(
    r"(?i)\b(?:second(?:ment|ed)|transfer\s+to|promot(?:ion|ed|e\s+me)|act(?:ing)?[- ]up"
    r"|acting\s+(?:role|post|manager|lead|supervisor|head)|rotation\s+(?:to|into|onto)"
    r"|(?:new|next|senior|lead)\s+(?:role|post|position)|study\s+leave|pay\s+(?:rise|review)"
    r"|a\s+raise|salary|regrad\w*)\b"
)


def _open_asks(ctx: CoachingContext, only: frozenset[int] = frozenset()) -> list[str]:
    rid = ctx.relationship.id
    return [
        e.text
        for e in ctx.entries
        if e.kind is EntryKind.ASK
        and e.status is EntryStatus.OPEN
        and e.relationship_id in (None, rid)
        and (not only or e.id in only)
    ]


def chases_only_theirs(ctx: CoachingContext) -> bool:
    """Every ask still open with this person is theirs alone to give (a reference, feedback):
    a chase of one is between the two of you, and "tell your manager first" only misleads."""
    waiting = _open_asks(ctx)
    return bool(waiting) and all(_THEIRS_TO_GIVE.search(text) for text in waiting)
