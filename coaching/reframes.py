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


def _r(subtopic: str, stems: str, sentence: str) -> Reframe:
    return Reframe(subtopic, tuple(stems.split()), sentence)


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
            "anxiety in meetings",
            "anxi panic nervous meeting present standup",
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
            "care mum mom dad father mother parent hospital ill sick dementia nan grand",
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
            "lazy incompetent useless slack nightmare fraud credit",
            "I'm running into friction on a shared piece of work — "
            "how would you approach making it work better?",
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


def _matches(word: str, stem: str) -> bool:
    """Stems of three letters or more match as prefixes ("surg" → surgery); shorter ones whole."""
    return word.startswith(stem) if len(stem) >= 3 else word == stem


def reframe_for(category: str, triggers: tuple[str, ...], text: str) -> str | None:
    """The reframe of the sub-topic the triggers (else the note) point to; None for distress."""
    options = REFRAMES.get(category)
    if not options:
        return None
    for source in (" ".join(triggers), text):
        words = _WORD.findall(source.casefold())
        for option in options:
            if any(_matches(w, stem) for w in words for stem in option.stems):
                return option.sentence
    return options[0].sentence
