"""What to say instead: a work-focused reframe per sub-topic of each oversharing category.

A reframe keeps the work need and drops the private detail (design §4). The sub-topic is read
from the words that triggered the flag first and from the whole note second, by word stems; the
first sub-topic of a category is its fallback. Distress has no reframe on purpose: it gets the
care note, never a rewrite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Reframe:
    subtopic: str
    stems: tuple[str, ...]
    sentence: str
    #: The same reframe naming who the note is about ("{who}" = "my head of department"), for
    #: someone senior and for a peer, so the rewrite keeps the user's situation.
    with_who: tuple[str, str] | None = None


def _r(
    subtopic: str, stems: str, sentence: str, with_who: tuple[str, str] | None = None
) -> Reframe:
    return Reframe(subtopic, tuple(stems.split()), sentence, with_who)


#: By category value (`Category` lives in coaching.oversharing, which reads this table).
REFRAMES: dict[str, tuple[Reframe, ...]] = {
    "health": (
        _r(
            "appointments",
            "appoint appt doctor dentist gp clinic scan test result hospital physio check",
            "I'll need some flexibility on a few mornings for the next weeks — "
            "can we plan my work around it?",
        ),
        _r(
            "surgery or recovery",
            "surg operat recover rehab crutch broke injur op knee back hip",
            "I'll be out for a short while and back on reduced hours after — "
            "can we agree what to hand over before I go?",
        ),
        _r(
            "ongoing condition",
            "chronic diagnos diabet migrain asthma pain flare condition medic",
            "Some days I work best with a flexible schedule — "
            "can we agree how I flag it and keep my work on track?",
        ),
        _r(
            "pregnancy",
            "pregnan baby due matern ivf fertil",
            "I'd like to plan some time off later this year — can we talk about cover and timing?",
        ),
    ),
    "mental_health": (
        _r(
            "burnout",
            "burn burnt exhaust overwhelm drain fried workload stress",
            "My workload has been more than I can do well — "
            "can we look at my priorities and what can wait?",
        ),
        _r(
            "therapy or appointments",
            "therap counsel psych session appoint cbt",
            "I have a standing commitment on one afternoon a week — "
            "can we keep our meetings clear of it?",
        ),
        _r(
            "pacing a step up",
            "anxi panic nervous handle cope pace more much",
            "I want to take on more, at a pace I can sustain — how would you plan the next step?",
        ),
        _r(
            "anxiety in meetings",
            "panic nervous meeting present standup speak",
            "I do my best work in meetings when I can prepare — could I get agendas a day ahead?",
        ),
        _r(
            "low mood",
            "depress low down numb mood cry",
            "I'd like to keep my scope steady for the next few weeks — "
            "can we pick the two things that matter most?",
        ),
    ),
    "family": (
        _r(
            "caring for someone",
            "care hospital ill unwell sick dementia hospice stroke cancer",
            "I have caring commitments for a while — "
            "can we agree on a schedule that keeps my work on track?",
        ),
        _r(
            "children and childcare",
            "kid child son daughter school nanny nursery baby",
            "I need a fixed finish time on a few days — can we move my meetings so I can keep it?",
        ),
        _r(
            "separation",
            "divorc separat marriag custod split",
            "I have some personal matters to handle in the coming weeks — "
            "can I keep a little flexibility on short notice?",
        ),
        _r(
            "bereavement",
            "funeral passed died death lost bereave",
            "I need a few days off at short notice — can we agree what to hand over?",
        ),
    ),
    "dating": (
        _r(
            "relationship with a colleague",
            "colleague coworker team teammate work office manager intern",
            "If there's anything I should disclose under our conflict-of-interest policy, "
            "where do I find it?",
        ),
        _r(
            "breakup",
            "break broke dump split heart ex",
            "I've had a rough week and was less focused than usual — here's how I'll catch up.",
        ),
        _r(
            "dating life",
            "date dating crush app tinder hinge bumble love",
            "I'd like to keep my evenings free after six this week — "
            "can we keep late calls to a minimum?",
        ),
    ),
    "money": (
        _r(
            "pay and growth",
            "pay salary raise afford wage earn rent mortgage",
            "I'd like to understand how pay is set here — what would it take to grow mine?",
        ),
        _r(
            "debt or hardship",
            "debt loan owe overdra broke card bill bank bailiff evict",
            "Is there an employee support or advance scheme I could look into? "
            "I'm happy to ask HR directly.",
        ),
        _r(
            "costs of work events",
            "trip dinner offsite travel commute train ticket",
            "Could we look at whether team events and travel are covered up front?",
        ),
    ),
    "job_hunt": (
        _r(
            "an offer elsewhere",
            "offer counter match competitor",
            "I want to keep growing here — what would the next level take, "
            "and when could we review my role?",
        ),
        _r(
            "interviews or recruiters",
            "interview recruit headhunt applic appl final round cv",
            "I'd like a conversation about my growth and where I could go next in this team.",
        ),
        _r(
            "thinking of leaving",
            "leav quit notice resign looking elsewhere",
            "I'd like to talk about what would make this role a better fit for the next year.",
        ),
    ),
    "gossip": (
        _r(
            "hearsay about someone",
            "heard rumour rumor apparently word say told overheard",
            "Is there anything I should know about how the team's plans are changing?",
        ),
        _r(
            "judging a colleague",
            "lazy incompetent useless slack nightmare fraud hopeless terrible awful idiot",
            "I'm running into friction on a shared piece of work — "
            "how would you approach making it work better?",
            (
                "How do I work well with {who} and still get the room to show what I can do?",
                "How do I work well with {who} when we see the work differently?",
            ),
        ),
        _r(
            "credit for shared work",
            "credit steal stole took takes",
            "How can I make sure my part in shared work is visible?",
        ),
        _r(
            "someone's private life",
            "dating affair pregnant divorce drink sleeping",
            "Leave it out — it's their story to tell, and the 1:1 is about your work.",
        ),
        _r(
            "a colleague's proposal",
            "proposal grab idea plan design",
            "I have concerns about the approach in the proposal — "
            "can we go through the trade-offs together?",
        ),
    ),
    "politics_religion": (
        _r(
            "politics",
            "vote elect party government president campaign protest polit law",
            "Leave it out — politics rarely helps a 1:1; spend the time on your work instead.",
        ),
        _r(
            "religious observance",
            "pray mosque church temple synagog fast ramadan eid lent mass shabbat sabbath",
            "I'd like to block a short time on some days for a personal commitment — "
            "can we keep meetings clear of it?",
        ),
        _r(
            "a dispute with a colleague",
            "argu fight joke coworker colleague",
            "I'd like us to keep team conversations about the work — "
            "how can I raise that if it comes up again?",
        ),
    ),
    "legal": (
        _r(
            "a court date",
            "court hearing trial tribunal judge lawyer solicitor sue sued suing",
            "I need a day off on a fixed date for a personal matter — can we plan around it now?",
        ),
        _r(
            "immigration",
            "visa permit immigra deport green asylum",
            "Could you point me to who handles work permits here, "
            "so I can check my paperwork is in order?",
        ),
        _r(
            "licence or police",
            "licen arrest police dui speed charge",
            "I can't do site visits that need driving for a while — "
            "can we shift those to someone else?",
        ),
    ),
    "substances": (
        _r(
            "a rough morning",
            "hungover hangover drunk wasted party night",
            "I wasn't at my best this morning — here's how I'll make sure my work stays on track.",
        ),
        _r(
            "team events and drinking",
            "sober recover drink happy pub bar dry",
            "Could we plan some team events that aren't built around drinks?",
        ),
        _r(
            "drugs or dependence",
            "weed pot high stoned pill coke smoke vape addict rehab meeting",
            "Leave it out of the 1:1; if you want support, the employee assistance line "
            "is confidential.",
        ),
    ),
    "favouritism": (
        _r(
            "an exclusive invitation",
            "just two us drink dinner lunch golf ticket weekend private only",
            "Could we do something with the whole team to celebrate the quarter?",
        ),
        _r(
            "treatment over peers",
            "ahead others before promo first queue rating bonus skip",
            "What would I need to show to be considered for it, the same way as everyone else?",
        ),
        _r(
            "secrecy from the team",
            "between tell quiet radar calendar record secret mention",
            "I'd like to keep this open with the team — how should we share it?",
        ),
        _r(
            "flattery for a favour",
            "best amazing genius fan smart",
            "Here's the case for what I'm asking, on its merits — does it hold up?",
        ),
    ),
}

_WORD = re.compile(r"\w+")
#: "my head of department", "our team lead", "my colleague": who a note about a colleague is
#: about, someone senior first.
_SENIOR = (
    r"head of \w+|manager|boss|team lead|lead|director|supervisor|principal|head teacher"
    r"|headteacher|deputy head|deputy"
)
_PEER = r"colleague|teammate|coworker|co-worker|peer"
_WHO = re.compile(
    rf"\b(?:my|our)\s+(?:new\s+|current\s+|line\s+)?(?:({_SENIOR})|({_PEER}))\b", re.IGNORECASE
)
#: Words that carry a family note without being a sub-topic: quoted back, never a reframe key.
_PEOPLE = {
    "family": "mum mom dad father mother parent wife husband partner sister brother grand nan",
}
#: Stems that pick a sub-topic but do not carry the category quoted alone ("before", "team").
_NOT_QUOTED = frozenset(
    {"before", "first", "only", "between", "after", "just", "tell", "mention"}
    | {"colleague", "coworker", "team", "teammate", "work", "office", "manager", "intern"}
)


def _matches(word: str, stem: str) -> bool:
    """Stems of three letters or more match as prefixes ("surg" → surgery); shorter ones whole."""
    return word.startswith(stem) if len(stem) >= 3 else word == stem


def _hits(option: Reframe, words: list[str]) -> int:
    return sum(1 for w in set(words) if any(_matches(w, stem) for stem in option.stems))


def cue_words(category: str, text: str) -> tuple[str, ...]:
    """The words of `text` that carry `category` by its sub-topics' stems, as written, in order —
    the words a flag can quote back without leaking the model's incidental ones ("head")."""
    stems = [st for o in REFRAMES.get(category, ()) for st in o.stems if st not in _NOT_QUOTED]
    stems += _PEOPLE.get(category, "").split()
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if any(_matches(word.casefold(), stem) for stem in stems) and word not in found:
            found.append(word)
    return tuple(found)


def reframe_for(category: str, triggers: tuple[str, ...], text: str) -> str | None:
    """The reframe of the sub-topic the note points to most; None for distress, and None when
    the note has no word for the category or its sub-topics — a rewrite about mornings off for
    a note that only says "weeks" guesses at a situation the user never described.

    Each sub-topic scores the distinct words of the note that match its stems, words that
    triggered the flag counting twice; ties go to the first listed. A sub-topic that can name
    who the note is about ("my head of department") does, so the rewrite keeps the user's
    situation.
    """
    options = REFRAMES.get(category)
    if not options or not cue_words(category, text):
        return None
    trigger_words = _WORD.findall(" ".join(triggers).casefold())
    text_words = _WORD.findall(text.casefold())
    score = {o: _hits(o, trigger_words) + _hits(o, text_words) for o in options}
    best = max(options, key=score.__getitem__)
    if not score[best]:
        return None
    if best.with_who and (who := _WHO.search(text)):
        senior, peer = best.with_who
        template, person = (senior, who.group(1)) if who.group(1) else (peer, who.group(2))
        return template.format(who=f"my {person.lower()}")
    return best.sentence
