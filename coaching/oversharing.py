"""Oversharing scan (design §4): flag personal disclosures in talking points and logged text.

Eight categories. Each flag names the category, the words of the text that tripped it (verbatim)
and a work-focused reframe that keeps the work need and drops the private detail.

How it reads text: personal disclosure is mostly first person or possessive ("my wife", "I've been
diagnosed", "I'm interviewing at"), so ambiguous words are anchored on "I"/"my"; strongly personal
words ("chemo", "hungover", "DUI") stand alone; common work collocations with the same words
("health check", "product family", "kill the job", "drunk-walk") are excluded with lookarounds.

Every pattern is a flat alternation with bounded gaps (no nested unbounded quantifiers), so the scan
is linear in the text and safe on any input. Pure stdlib; patterns are compiled once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    HEALTH = "health"
    FAMILY = "family"
    MONEY = "money"
    JOB_HUNT = "job_hunt"
    GOSSIP = "gossip"
    POLITICS_RELIGION = "politics_religion"
    LEGAL = "legal"
    SUBSTANCES = "substances"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Category.HEALTH: "health",
    Category.FAMILY: "family and relationships",
    Category.MONEY: "money",
    Category.JOB_HUNT: "job hunting",
    Category.GOSSIP: "gossip about colleagues",
    Category.POLITICS_RELIGION: "politics or religion",
    Category.LEGAL: "legal trouble",
    Category.SUBSTANCES: "substances",
}

REFRAMES = {
    Category.HEALTH: (
        "I'll need some flexibility on Thursdays for a few weeks — can we plan around it?"
    ),
    Category.FAMILY: (
        "I have a personal commitment that affects my availability for a while — "
        "can we agree how to keep my work on track?"
    ),
    Category.MONEY: (
        "I'd like to understand how compensation works here — what would it take to grow mine?"
    ),
    Category.JOB_HUNT: ("I want to make sure I'm growing here — what would the next level take?"),
    Category.GOSSIP: (
        "I'm running into friction on a collaboration — "
        "how would you suggest I make it work better?"
    ),
    Category.POLITICS_RELIGION: (
        "I have a personal commitment on a few dates — can we plan my schedule around it?"
    ),
    Category.LEGAL: (
        "I need a few hours on a set date for a personal matter — can we plan around it?"
    ),
    Category.SUBSTANCES: (
        "I wasn't at my best this week — here's how I'll make sure my work stays on track."
    ),
}


@dataclass(frozen=True)
class Flag:
    category: Category
    triggers: tuple[str, ...]
    reframe: str


# Shorthands expanded inside pattern sources. A straight apostrophe in a source matches ' or ’
# (or nothing: "Im", "cant").
def _apos(pattern: str) -> str:
    return pattern.replace("'", "['’]?")


_MACROS = {
    "<IM>": _apos(r"(?:I'm|I am|I've been|I have been|I was|I'll be|I will be|I've|I have|I)"),
    "<I>": _apos(r"(?:I|I've|I have|I'd|I had|I'm|I am|I'll|we|we've|we're|we are)"),
    "<MY>": r"(?:my|our)",
    "<GAP>": r"(?:[\w\x27\u2019-]+[ \t]+){0,3}?",  # up to three words in between
}


def _source(pattern: str) -> str:
    pattern = _apos(pattern)
    for macro, expansion in _MACROS.items():
        pattern = pattern.replace(macro, expansion)
    return pattern


def _compile(patterns: list[str], *, ignore_case: bool = True) -> re.Pattern[str]:
    body = "|".join(f"(?:{_source(p)})" for p in patterns)
    return re.compile(rf"\b(?:{body})(?!\w)", re.I if ignore_case else 0)


_RULES: dict[Category, list[re.Pattern[str]]] = {}


def _rule(category: Category, patterns: list[str], names: list[str] | None = None) -> None:
    """Register a category: `patterns` ignore case; `names` are case-sensitive (proper nouns)."""
    compiled = [_compile(patterns)]
    if names:
        compiled.append(_compile(names, ignore_case=False))
    _RULES[category] = compiled


_MAX_TRIGGERS = 5


def scan(text: str) -> list[Flag]:
    """Flag personal disclosures: at most one Flag per category, in Category order."""
    if not isinstance(text, str) or not text:
        return []
    flags = []
    for category in Category:
        triggers: list[str] = []
        for pattern in _RULES.get(category, ()):
            for match in pattern.finditer(text):
                words = match.group(0).strip()
                if words and words not in triggers:
                    triggers.append(words)
                if len(triggers) >= _MAX_TRIGGERS:
                    break
        if triggers:
            flags.append(Flag(category, tuple(triggers[:_MAX_TRIGGERS]), REFRAMES[category]))
    return flags


# --- health -----------------------------------------------------------------------------------
_CONDITIONS = (
    r"(?:surgery|operation|diagnosis|illness|condition|disease|disorder|cancer|tumou?r|diabetes|"
    r"asthma|migraines?|depression|anxiety|insomnia|panic attacks?|blood pressure|back pain|"
    r"chronic pain|injury|concussion|infection|flu|covid|pneumonia|fever|allergies|treatment|"
    r"medications?|meds|prescriptions?|pills|symptoms|biopsy|mri|ct scan|x-ray|blood (?:test|work)|"
    r"test results|physio(?:therapy)?|therapy|therapist|psychiatrist|psychologist|counsell?or|"
    r"doctor|gp|dentist|surgeon|oncologist|cardiologist|specialist|health|mental health|"
    r"pregnancy|ivf|fertility|miscarriage|recovery|stitches|cast|crutches|sick leave|"
    r"medical leave|adhd|autism|ocd|ptsd|bipolar|burnout)"
)
_rule(
    Category.HEALTH,
    [
        rf"<MY> <GAP>{_CONDITIONS}(?! (?:check|checks|score|metrics?|dashboard|endpoint|of the))",
        r"(?:<IM>|just|got|been|recently|was) (?:been |just |recently |finally |officially )?"
        r"(?:diagnosed|hospitali[sz]ed|admitted to (?:the )?hospital|in (?:the )?hospital|"
        r"on (?:antidepressants|medication|meds|sick leave|medical leave)|in therapy|"
        r"in recovery from|recovering from (?:surgery|an? (?:operation|injury|illness|infection))|"
        r"pregnant|depressed|having panic attacks|throwing up|vomiting|bedridden)",
        r"<IM> (?:got |caught |came down with |been )?(?:sick|ill|unwell|covid|the flu|"
        r"a (?:cold|fever|migraine|concussion|chest infection))(?! (?:of|and tired|build|test))",
        r"(?:<I>|I've got|I got|I need|I'm having|I'm getting|I'm scheduled for) "
        r"(?:an? |the |my )?(?:minor |major |knee |back |hip |eye |heart |dental )?"
        r"(?:surgery|operation|biopsy|colonoscopy|mri|chemo(?:therapy)?|radiation|"
        r"physio(?:therapy)? sessions?|root canal|procedure at|medical procedure)",
        r"(?:doctor|doctor's|dentist|gp|hospital|clinic|therapy|therapist|medical|specialist|"
        r"physio|psychiatrist|oncology|fertility|ob-?gyn|prenatal) "
        r"(?:appointments?|appt|visits?|session|sessions|leave)",
        r"chemo(?:therapy)?|antidepressants|miscarriage|ivf|panic attacks?|mental breakdown|"
        r"nervous breakdown|therapist|psychiatrist|oncologist|my physio|chronic (?:pain|illness)|"
        r"cancer (?:treatment|scare|diagnosis)|(?:broke|broken|sprained|tore|torn) (?:my )?"
        r"(?:arm|leg|wrist|ankle|ligament|acl|hand|foot|back|knee|shoulder|ribs?)",
        r"(?:my|I have|I've got|I have a) (?:bad |terrible |awful |chronic )?"
        r"(?:back|knee|hip|neck|shoulder|wrist) (?:is (?:killing|bad)|pain|injury|problem|issues?)",
        r"(?:sick|ill) (?:with|from) (?:the flu|covid|a (?:cold|virus|bug|fever|stomach bug))",
        r"(?:mental health|health) (?:issues?|problems?|struggles?|scare|reasons|day|days|crisis)"
        r"(?! (?:in|on|with|of|for) (?:the|our|prod|production|staging|cluster|service|system))",
    ],
)

# --- family and relationships ------------------------------------------------------------------
_KIN = (
    r"(?:wife|husband|spouse|partner(?! (?:team|org|teams|company|companies|api|portal|program|"
    r"manager|integration|engineer|success|channel|account|on|for|in|at|from))|boyfriend|"
    r"girlfriend|fianc[eé]e?|ex(?!-| (?:colleague|coworker|manager|team|employer|company|boss))|"
    r"ex-(?:wife|husband|partner|boyfriend|girlfriend)|kids?|children|son|daughter|baby|"
    r"toddler|newborn|twins|mom|mum|mother|dad|father|parents|stepdad|stepmom|stepson|"
    r"stepdaughter|sister|brother|siblings?|grandma|grandpa|grandmother|grandfather|"
    r"grandparents|aunt|uncle|cousin|niece|nephew|in-laws|mother-in-law|father-in-law|family|"
    r"nanny|babysitter|daycare|childcare|marriage|relationship with my|divorce|separation|"
    r"breakup|break-up|custody|wedding|honeymoon|dating life|love life|pregnancy)"
)
_rule(
    Category.FAMILY,
    [
        rf"<MY> (?:\w+ )?{_KIN}(?!'s? (?:design|code|doc|docs|review|team|project|pr)\b)",
        r"<IM> (?:getting |going through (?:a |the )?|in the middle of (?:a |the )?)?"
        r"(?:divorced|divorcing|separated|separating|engaged|getting married|newly married|"
        r"married|pregnant|expecting|a single (?:mom|mum|dad|parent)|a new (?:mom|mum|dad|parent)|"
        r"dating|single again|widowed|going through a (?:divorce|breakup|separation)|"
        r"trying for a baby|trying to conceive|adopting|moving in with)",
        r"(?:going through|in the middle of|dealing with|finalizing|finalising) (?:a |the |my )?"
        r"(?:divorce|breakup|break-up|separation|custody)",
        r"(?:divorce|custody) (?:lawyer|battle|hearing|papers|proceedings|settlement)",
        r"(?:broke|broken) up with|dumped me|cheated on me|cheating on me|"
        r"(?:he|she|they) left me|(?:got|getting) engaged|(?:got|getting) married|our wedding|"
        r"(?:we're|we are|we) (?:having|expecting) a baby|my (?:wife|partner|girlfriend) is pregnant",
        r"family (?:emergency|emergencies|issues?|problems?|stuff|situation|matters?|reasons|"
        r"drama|crisis|troubles?|obligations|commitments|health)",
        r"(?:school|daycare|nursery|kindergarten) (?:pick-?ups?|drop-?offs?|run)|"
        r"pick up (?:my |the )?kids|parent-teacher|maternity leave|paternity leave|"
        r"(?:passed away|funeral|died)(?= (?:last|this|on|yesterday|recently|suddenly))",
    ],
)
