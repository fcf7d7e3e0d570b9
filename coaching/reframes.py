"""What to say instead: a work-focused reframe per sub-topic of each oversharing category.

A reframe keeps the work need and drops the private detail (design §4). The sub-topic is read
from the words that triggered the flag first and from the whole note second, by word stems; the
first sub-topic of a category is its fallback. Distress has no reframe on purpose: it gets the
care note, never a rewrite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+")

#: Close family, as one word each, in English and the other languages users write points in
#: (Polish, Italian, Spanish, French, German, Portuguese, Dutch). Whole words only: "mom" is not
#: "moment". Shared with coaching.manager_first, where "Mum's leave" is the user's own.
_CLOSE_FAMILY_WORDS = """
    mum mom mam mother dad father parent parents wife husband son daughter sister brother
    gran granny grandma grandmother grandad granddad grandpa grandfather nan nana auntie aunt
    uncle stepmum stepmom stepdad stepmother stepfather
    żona mąż mama ojciec matka moglie marito mamma papà madre padre esposa esposo marido
    femme mère père mutter vater mãe moeder vader partnerka"""
CLOSE_FAMILY = frozenset(_CLOSE_FAMILY_WORDS.split())


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
#:
#: Every sentence states only the work need, in general terms the user can fill in: no number,
#: date, duration or arrangement (leave, reduced hours, a handover, a rota) that the user did not
#: write — the sub-topic is a guess from a few words, and a rewrite that says "I'll be out for a
#: short while" to someone who said nothing of leave puts words in their mouth.
#: tests/unit/test_reframes_general.py holds every sentence to that.
REFRAMES: dict[str, tuple[Reframe, ...]] = {
    "health": (
        _r(
            "a physical restriction",
            "restrict duties",
            "For a while I can't do some of the physical jobs — "
            "can we go through which ones need covering, and for how long?",
        ),
        _r(
            "appointments",
            "appoint appt doctor dentist gp clinic scan test result hospital physio check",
            "I may need some flexibility in my schedule for a while — "
            "can we plan my work around it?",
        ),
        _r(
            "surgery or recovery",
            "surg operat recover rehab crutch broke injur op knee back hip",
            "I may need a lighter load for a while — can we plan my work around that?",
        ),
        _r(
            "ongoing condition",
            "chronic diagnos diabet migrain asthma pain pains painful painkiller painkillers flare "
            "condition medic",
            "At times I'll need a little flexibility — "
            "can we agree how I flag it and keep my work on track?",
        ),
        _r(
            "pregnancy",
            "pregnan baby due matern ivf fertility infertility ciąż ciaz incint embarazada "
            "embarazadas embarazo schwanger enceint zwanger grávid gravid",
            "There's something coming up I'll need to plan my work around — "
            "can we talk it through when I'm ready?",
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
            "I have a commitment I need to keep — can we plan our meetings around it?",
        ),
        _r(
            "pacing a step up",
            "panic nervous handle cope pace more much",
            "I want to take on more, at a pace I can sustain — how would you plan the next step?",
        ),
        _r(
            "anxiety in meetings",
            "panic nervous meeting present standup speak",
            "I do my best in meetings when I can prepare — how could we make that easier?",
        ),
        _r(
            "a diagnosis or condition",
            "anxi diagnos condition medic chronic adhd ocd bipolar",
            "Some stretches are harder for me than others — "
            "can we agree how I flag it and keep my work on track?",
        ),
        _r(
            "low mood",
            "depress low down numb mood cry",
            "I'd like to keep my scope steady for a while — can we pick what matters most?",
        ),
    ),
    "family": (
        _r(
            "caring for someone",
            "care carer carers caring cared caregiver hospital ill unwell sick dementia hospice "
            "stroke cancer ospedal ricover ingresad szpital krankenh hôpital hospitalis "
            "ziekenhuis chemo",
            "Things outside work need my attention for a while — "
            "can we plan my workload around that?",
        ),
        _r(
            "children and childcare",
            "kid child son daughter school nanny nursery baby",
            "I have commitments at home to fit around — can we work out together how my work fits?",
        ),
        _r(
            "separation",
            "divorc separated separating separation marriag custod split divorz rozwód rozwodu "
            "rozwodzie rozwodem rozwodzę rozwodzi rozwiedziony rozwiedziona scheid",
            "I have some personal matters to handle for a while — can I keep a little flexibility?",
        ),
        _r(
            "bereavement",
            "funeral passed died death lost bereave",
            "I may need some time at short notice — can we agree how to keep my work moving?",
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
            "I haven't been at my best lately — here's how I'll catch up.",
        ),
        _r(
            "dating life",
            "date dating crush app tinder hinge bumble love",
            "Leave it out — your private life isn't what the 1:1 is for; bring a work point "
            "instead.",
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
            "Could we look at how costs for work are covered up front?",
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
            "I'd like a conversation about my growth and where I could go next here.",
        ),
        _r(
            "thinking of leaving",
            "leav quit notice resign looking elsewhere",
            "I'd like to talk about what would make this role a better fit for me.",
        ),
    ),
    "gossip": (
        _r(
            "hearsay about someone",
            "heard rumour rumor apparently word say told overheard",
            "Is there anything I should know about how our plans are changing?",
        ),
        _r(
            "a colleague's progression",
            "promot shortlist",
            "What would I need to show to be considered for the next chance like that, "
            "and when could we talk about it?",
        ),
        _r(
            "judging a colleague",
            "lazy incompetent useless slack nightmare fraud hopeless terrible awful idiot",
            "I'm running into friction on some shared work — "
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
            "dating affair pregnan divorc marriag married separat wife husband girlfriend "
            "boyfriend drink drunk sleeping",
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
            "I have a commitment to keep — can we plan meetings around it?",
        ),
        _r(
            "a dispute with a colleague",
            "argu fight joke coworker colleague",
            "I'd like us to keep conversations at work about the work — "
            "how can I raise that if it comes up again?",
        ),
    ),
    "legal": (
        _r(
            "a court date",
            "court hearing trial tribunal judge lawyer solicitor sue sued suing",
            "I'll need some time for a personal matter — can we plan around it now?",
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
            "A personal matter may affect some of my work for a while — can we plan around it?",
        ),
    ),
    "substances": (
        _r(
            "a rough morning",
            "hungover hangover drunk wasted party night",
            "I wasn't at my best — here's how I'll make sure my work stays on track.",
        ),
        _r(
            "team events and drinking",
            "sober recover drink happy pub bar dry",
            "Could we plan some get-togethers that aren't built around drinks?",
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
            "Could we do something with everyone instead?",
        ),
        _r(
            "treatment over peers",
            "ahead others before promo first queue rating bonus skip",
            "What would I need to show to be considered for it, the same way as everyone else?",
        ),
        _r(
            "secrecy from the team",
            "between tell quiet radar calendar record secret mention",
            "I'd like to keep this open with everyone involved — how should we share it?",
        ),
        _r(
            "flattery for a favour",
            "best amazing genius fan smart",
            "Here's the case for what I'm asking, on its merits — does it hold up?",
        ),
    ),
}

#: What a rewrite says when the note has no telling word for a sub-topic (only "things at home",
#: or an idiom like "step back"): the work need in the most general terms, never a guess.
GENERAL: dict[str, str] = {
    "health": "I may need a lighter load for a while — can we plan my work around that?",
    "mental_health": "I may need a lighter load for a while — can we plan my work around that?",
    "family": "Things outside work need my attention for a while — "
    "can we plan my workload around that?",
    "legal": "A personal matter may affect some of my work for a while — can we plan around it?",
    "dating": "Leave it out — your private life isn't what the 1:1 is for; bring a work point "
    "instead.",
    "gossip": "I'm running into friction on some shared work — "
    "how would you approach making it work better?",
    "job_hunt": "I'd like a conversation about my growth and where I could go next here.",
    "favouritism": "I'd like this to be open to everyone on the same terms — "
    "how should we go about it?",
}

#: The note itself says the need is long ("for months", "long-term", "a while"): a rewrite that
#: speaks of "a little flexibility" or "some appointments" shrinks it and misleads the listener,
#: so these replace a rewrite that shrinks it ("some flexibility", "at times") with "a longer
#: stretch" — the length the user gave, no more, no less ("for a while" already says it).
LONG_DURATION = re.compile(
    r"(?i)\b(months|a month or (two|more)|a (good |long )?while|long[- ]?term|longer term|"
    r"indefinitely|for good|for a year|years|(the )?rest of the (year|season|term)|"
    r"weeks on end|permanent(ly)?|ongoing|(till|until) the end of)\b"
)
LONGER: dict[str, str] = {
    "health": "I may need to step back from part of my work for a longer stretch — "
    "can we plan around that now?",
    "mental_health": "I may need a lighter load for a longer stretch — "
    "can we plan my work around that now?",
    "family": "Things outside work will need my attention for a longer stretch — "
    "can we plan my workload around that now?",
    "legal": "A personal matter may affect some of my work for a longer stretch — "
    "can we plan around it now?",
}
#: What makes a rewrite smaller than a long need: occasional, a little, one commitment.
_SHRINKS = (
    "some flexibility",
    "a little",
    "at times",
    "some time",
    "a commitment",
    "something coming up",
)

#: Everyday words that carry a category only now and then, and far more often sit in a work
#: idiom ("step back", "head of", "down to", "take care", "high priority", "the offer letter").
#: They may pick a sub-topic, but are never quoted as the reason for a flag, and a note whose only
#: cue is one of them gets the general rewrite.
_IDIOM_WORDS = """
    back head down low high care break broke fast date test check sick pain heart pot op
    party night meeting session present offer match notice looking leave leaving quit split lost
    passed drain fried handle cope pace more much grab idea plan design
    proposal best amazing smart fan genius between quiet calendar record mention tell ahead
    others first queue rating bonus skip dinner lunch ticket weekend private only trip travel
    commute train bill card bank dry bar happy speed charge green law mass word say told due
    result scan appointment appointments hospital clinic ill"""
IDIOMS = frozenset(_IDIOM_WORDS.split())


def carries_meaning(category: str, phrase: str) -> bool:
    """A phrase worth quoting as the reason for a flag: it holds a word that carries `category`
    (its sub-topics' stems) and is not an everyday word of work idioms (`IDIOMS`) — so
    "diagnosed with anxiety" is quoted, "back" and "step back" are not."""
    return any(w.casefold() not in IDIOMS for w in cue_words(category, phrase))


def telling(category: str, text: str) -> bool:
    """The note has a word of its own for `category` beyond the idioms: the flag can name the
    category and a sub-topic rewrite fits; otherwise both stay general."""
    return carries_meaning(category, text)


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
#: Matched whole (`_WHOLE_WORDS`): as prefixes, "mom" was "moment", "frau" "fraud", "partner"
#: "partnership", "grand" a thousand pounds; "pai" (paid, pain) and "tata" (Tata Steel) are
#: left out.
_MORE_PEOPLE_WORDS = """
    partner mums moms dads mothers fathers wives husbands sons daughters sisters brothers aunts
    uncles stepson stepsons stepdaughter stepdaughters grandparent grandparents grandson
    grandsons granddaughter granddaughters grandkids grandchildren frau"""
_PEOPLE = {"family": CLOSE_FAMILY | frozenset(_MORE_PEOPLE_WORDS.split())}
#: Stems that pick a sub-topic but do not carry the category quoted alone ("before", "team").
_NOT_QUOTED = frozenset(
    {"before", "first", "only", "between", "after", "just", "tell", "mention"}
    | {"colleague", "coworker", "team", "teammate", "work", "office", "manager", "intern"}
)


#: Words a stem list holds whole, because as prefixes they begin everyday words of another
#: meaning: Spanish "embarazo" (pregnancy) begins "embarazoso" (awkward), Polish "rozwód"
#: (divorce) shares "rozw" with "rozwój" (development), "separated" shares "separat" with
#: "separate", "fertility" shares "fertil" with "fertiliser", "pain" begins "paint" and "care"
#: "career".
_WHOLE_STEM_WORDS = """
    fertility infertility embarazada embarazadas embarazo separated separating separation
    rozwód rozwodu rozwodzie rozwodem rozwodzę rozwodzi rozwiedziony rozwiedziona
    pain pains painful care carer carers caring cared"""
_WHOLE_WORDS = frozenset(_WHOLE_STEM_WORDS.split()) | _PEOPLE["family"]
#: Short stems that begin everyday words of another meaning, with the forms they do stand for:
#: "pot" is not "potential", "app" not "appraisal", "ill" not "illegal", "back" not "backlog".
_SHORT_STEM_FORMS = {
    stem: frozenset(forms.split())
    for stem, forms in {
        "pot": "pot pots",
        "app": "app apps",
        "high": "high",
        "down": "down",
        "ill": "ill illness illnesses",
        "low": "low lows",
        "cry": "cry cries cried crying",
        "law": "law laws lawsuit",
        "mass": "mass masses",
        "bar": "bar bars",
        "fan": "fan fans",
        "lent": "lent",
        "back": "back backs backache",
        "test": "test tests tested",
        "scan": "scan scans scanned",
        # app names begin place and product names: "the Tinderbox survey" (round 41: "your
        # love life"), "hinged", "bumblebee"; "date" begins "dates" and "dated" in any log
        "tinder": "tinder",
        "hinge": "hinge",
        "bumble": "bumble",
        "date": "date",
    }.items()
}


def _matches(word: str, stem: str) -> bool:
    """Stems of three letters or more match as prefixes ("surg" → surgery); shorter ones, and
    those in `_WHOLE_WORDS`, whole; those in `_SHORT_STEM_FORMS` by their own forms only."""
    if len(stem) < 3 or stem in _WHOLE_WORDS:
        return word == stem
    if stem in _SHORT_STEM_FORMS:
        return word in _SHORT_STEM_FORMS[stem]
    return word.startswith(stem)


def _hits(option: Reframe, words: list[str]) -> int:
    return sum(1 for w in set(words) if any(_matches(w, stem) for stem in option.stems))


def cue_words(category: str, text: str) -> tuple[str, ...]:
    """The words of `text` that carry `category` by its sub-topics' stems, as written, in order —
    the words a flag can quote back without leaking the model's incidental ones ("head")."""
    stems = [st for o in REFRAMES.get(category, ()) for st in o.stems if st not in _NOT_QUOTED]
    stems += _PEOPLE.get(category, ())
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if any(_matches(word.casefold(), stem) for stem in stems) and word not in found:
            found.append(word)
    return tuple(found)


def reframe_for(category: str, triggers: tuple[str, ...], text: str) -> str | None:
    """The reframe of the sub-topic the note points to most; None only for distress. When the
    note has no telling word for a sub-topic (only "weeks", "things at home" or an idiom such
    as "step back"), the category's general rewrite (`GENERAL`): a sub-topic would guess at a
    situation the user never described, and every flag shown in full still gets a way to say it.

    Each sub-topic scores the distinct words of the note that match its stems, words that
    triggered the flag counting twice; ties go to the first listed. A sub-topic that can name
    who the note is about ("my head of department") does, so the rewrite keeps the user's
    situation.
    """
    options = REFRAMES.get(category)
    if not options:
        return None
    if category in ("substances", "gossip") and (whose := substance_use_at_work(text)):
        if whose == "someone else":
            return CONDUCT_CONCERN  # a safety matter about someone at work, not their private life
        return _by_subtopic("substances", "a rough morning")  # the user's own: their work, kept
    if category in ("money", "family") and (cost := cost_of_support(text)):
        return cost  # what the money is for is the point: ask what support exists for it
    if category in ("money", "family") and (squeeze := extra_work(text)):
        return squeeze  # the work effect (less time) is the need, not the reason
    if category == "gossip" and (private := private_life(text)):
        return private  # whatever else the note says, a colleague's private life is the point
    if category == "gossip" and PROGRESSION.search(text):
        return _by_subtopic("gossip", "a colleague's progression")
    if category in ("mental_health", "health") and CAPACITY.search(text):
        return _by_subtopic("mental_health", "pacing a step up")  # the decision is the point
    if category == "health" and PHYSICAL_RESTRICTION.search(text):
        return _by_subtopic("health", "a physical restriction")
    said = _reframe(category, options, triggers, text)
    long = category in LONGER and LONG_DURATION.search(text)
    return LONGER[category] if long and any(w in said for w in _SHRINKS) else said


#: A colleague's drinking or drug use at work ("he'd been drinking on shift"): a safety or
#: conduct matter. It goes, as what was seen and when, to whoever runs the work or HR; not to a
#: mentor or sponsor as news about the person, and never as a guess at why.
_SUBSTANCE_AT_WORK = re.compile(
    r"(?i)\b(?:drinking|drunk|booze|alcohol|smell(?:s|ed|t)? of (?:drink|booze|alcohol|weed)|"
    r"hungover|high on \w+|stoned|on something)\b"
)
_AT_WORK = re.compile(
    r"(?i)\b(?:on (?:shift|duty|site|the (?:floor|line|ward|job|tools|pass|rig|road))|at work|"
    r"during (?:service|the shift|work)|in the (?:van|cab|kitchen|warehouse|yard)|"
    r"(?:before|during|after) (?:his|her|their|the) shift|while (?:driving|working)|"
    r"(?:early|late|night|day) shift|behind the wheel|at the wheel)\b"
)
#: Who can be the subject of a substance word. Someone other than the user: a pronoun or a
#: colleague word (a name alone is not enough to be sure the note is not about the user's own
#: night out). The user: "I", "I've", "me", "we" — then the matter is their own.
_SOMEONE_ELSE_WORDS = """
    he she they he'd she'd they'd he's she's they're they've he'll she'll him them his her
    their colleague coworker co-worker driver chef mate lad guy bloke supervisor boss manager
    someone somebody"""
_SOMEONE_ELSE = frozenset(_SOMEONE_ELSE_WORDS.split())
_ONE_OF_THE = re.compile(r"(?i)\bone of the (?:team|lads|girls|crew)\b")
_USER_WORDS = "i i've i'd i'm i'll me myself we we've we'd we're us"
_USER = frozenset(_USER_WORDS.split())
#: A subject after one of these heads a clause inside the sentence ("since she left"): once that
#: clause has ended (`_CLAUSE_END`), it does not govern what follows ("I've been drinking since
#: she left, came in hungover" is the user's drinking).
_SUBORDINATOR_WORDS = "since when after before because as while until till though although cos if"
_SUBORDINATORS = frozenset(_SUBORDINATOR_WORDS.split())
_CLAUSE_END = re.compile(r"(?i)[,;.!?]|\b(?:and|but|then|so)\b")
_TOKEN = re.compile(r"[\w'’-]+")


def _subject_before(text: str, at: int) -> str | None:
    """Whose the words at `at` are: "someone else", "user", or None when no subject comes before
    them (`_named_after` decides then). The nearest person word before `at` governs, except one
    heading a subordinate clause that has ended ("since she left,")."""
    crew = max((m.end() for m in _ONE_OF_THE.finditer(text, 0, at)), default=-1)
    tokens = list(_TOKEN.finditer(text[:at]))
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].end() <= crew:
            return "someone else"  # "one of the lads"
        word = tokens[i].group().casefold().replace("’", "'")
        subordinate = i and tokens[i - 1].group().casefold() in _SUBORDINATORS
        if subordinate and _CLAUSE_END.search(text, tokens[i].end(), at):
            continue
        if word in _USER:
            return "user"
        if word in _SOMEONE_ELSE:
            return "someone else"
    return None


#: Who can be named after a bare "drunk on shift again, ...": a subject, not a possessive ("after
#: his stag do" is where the user was, not who drank).
_NAMED_AFTER = _SOMEONE_ELSE - {"his", "her", "their", "him", "them"}
_SENTENCE_END = re.compile(r"[.!?\n]")


def _named_after(text: str, at: int) -> str:
    """Whose a substance word with no subject before it is: "someone else" when the rest of its
    sentence names another person and not the user ("drunk on shift again, he's a danger"),
    else the writer's own ("hungover on the early shift after his stag do, sorry")."""
    end = _SENTENCE_END.search(text, at)
    rest = [
        w.casefold().replace("’", "'")
        for w in _TOKEN.findall(text[at : end.start() if end else None])
    ]
    if any(w in _USER for w in rest):
        return "user"
    return "someone else" if any(w in _NAMED_AFTER for w in rest) else "user"


def substance_use_at_work(text: str) -> str | None:
    """Drinking or drug use at work and whose it is: "someone else" when another person is the
    subject of every substance word ("he'd been drinking on shift", "drunk on shift again, he's
    a danger"), "user" when the user is, or no one else is ("I've been drinking since she left,
    came in hungover"); None when the note has no substance use at work."""
    found = list(_SUBSTANCE_AT_WORK.finditer(text))
    if not (found and _AT_WORK.search(text)):
        return None
    whose = {_subject_before(text, m.start()) or _named_after(text, m.end()) for m in found}
    return "someone else" if whose == {"someone else"} else "user"


#: Said to someone who does not run the work (a mentor, a sponsor, a skip-level): the risk, not
#: the person or a guess at why, and a question about where it belongs.
CONDUCT_CONCERN = (
    "I've seen something at work that could be a safety risk — who's the right person to take "
    "it to?"
)
#: The same for a line manager, who is the right person to hear it: sayable as it stands.
CONDUCT_TO_MANAGER = (
    "I saw something at work that could be a safety risk — can I tell you what I saw, and when?"
)


def conduct_concern(text: str) -> bool:
    """Someone else's drinking or drug use at work, which is a safety matter — never the
    user's own, which is theirs to handle (`substance_use_at_work`)."""
    return substance_use_at_work(text) == "someone else"


#: Money the user cannot find for their own training or childcare ("can't afford my course
#: fees", "the nursery fees went up again"): the need is support with that cost, not a pay rise.
#: The cost must belong to training or childcare the user names as theirs ("my course", "the
#: apprenticeship fees"), not sit anywhere near such a word: "dad lost his licence, taxi costs"
#: is no training, "can't find cover" for childcare no cost.
_TRAINING = (
    r"(?:course|apprenticeship|training|exams?|qualification|diploma|nvq|tuition|studies"
    r"|level \d|certificat\w*|module|college|uni|university)"
)
_CHILDCARE = r"(?:childcare|child care|nursery|childminder|nanny|creche|after-?school club)"
#: What it costs, in money or in pay given up ("the pay drop on the apprenticeship").
_COST = r"(?:fees?|costs?|bills?|prices?|pay drop|drop in pay|pay cut)"
_OWNED = r"(?:(?:my|the|our|this|these)\s+(?:[\w-]+\s+){0,2}?)"
#: Whose a bare "course fees" is when someone else's: "his course fees", "my son's uni fees".
_SOMEONE_ELSES_BEFORE = re.compile(r"(?i)\b(?:his|her|their|\w+['’]s)\s+(?:[\w-]+\s+)?$")


def _owned_cost(thing: str) -> re.Pattern[str]:
    """The cost of `thing` as the user's own: "my course fees", "the fees for my course",
    "afford my apprenticeship", or a bare "childcare costs"."""
    return re.compile(
        rf"(?i)\b(?:{_OWNED}?{thing}\s+{_COST}"
        rf"|{_COST}\s+(?:for|of|on)\s+{_OWNED}{thing}"
        rf"|(?:afford|pay(?:ing)? for|fund(?:ing)?)\s+{_OWNED}{thing})\b"
    )


#: Where what a sentence says about one cost ends: "my course fees are paid, but I'm struggling
#: with the maths" strains the maths, not the fees.
_TURN = re.compile(r"(?i)[.;!?]|\b(?:but|though|although|however|whereas)\b")


def _strained_cost(pattern: re.Pattern[str], text: str) -> bool:
    """A cost of the user's own (not "his course fees") said, in the same stretch of the
    sentence, to be more than they can find ("can't afford", "went up") — not a strain word
    elsewhere in the note ("my course fees are paid, but I'm struggling with the maths")."""
    for m in pattern.finditer(text):
        if _SOMEONE_ELSES_BEFORE.search(text[: m.start()]):
            continue
        start = max((t.end() for t in _TURN.finditer(text, 0, m.start())), default=0)
        end = next((t.start() for t in _TURN.finditer(text, m.end())), len(text))
        if _strained(text[start:end]):
            return True
    return False


_TRAINING_COST = _owned_cost(_TRAINING)
_CHILDCARE_COST = _owned_cost(_CHILDCARE)
#: The cost is more than the user can find ("can't afford", "more than I can", "went up").
_STRAIN = re.compile(
    r"(?i)\b(?:(?:can'?t|cannot|couldn'?t|unable to|struggl\w* to|hard to|barely|hardly"
    r"|not sure (?:i|we) can|(?:if|whether|how) (?:i|we)(?: can| could| will| would)?"
    r"|no way (?:i|we) can) afford|unaffordable|expensive|skint|too (?:much|dear|steep)"
    r"|more than (?:i|we) can|can'?t pay|cannot pay|couldn'?t pay|struggl\w*|stretching (?:me|us)"
    r"|stretched|a (?:real |big )?stretch(?! (?:goal|project|assignment|role|target|task))"
    r"|(?:went|gone|going) up|doubled|out of (?:my|our) (?:reach|budget)|pay drop"
    r"|drop in pay)\b"
)
#: Said before a strain word, these undo it: "not expensive", "no longer struggling".
_NO_STRAIN = re.compile(r"(?i)\b(?:not|no longer|never|no|isn'?t|aren'?t)\s+(?:\w+\s+)?$")
TRAINING_COST = (
    "Paying for the training is the hard part for me — what funding or support is there for "
    "it, and who should I ask?"
)
CHILDCARE_COST = (
    "Childcare costs are stretching me — is there any support or scheme I should know about?"
)


def _strained(text: str) -> bool:
    """The words say a cost is more than the user can find, and do not say the opposite."""
    return any(not _NO_STRAIN.search(text[: m.start()]) for m in _STRAIN.finditer(text))


def cost_of_support(text: str) -> str | None:
    """The rewrite for money the user can't find for their training or childcare, else None."""
    if _strained_cost(_TRAINING_COST, text):
        return TRAINING_COST
    return CHILDCARE_COST if _strained_cost(_CHILDCARE_COST, text) else None


#: Extra paid work taken on because of a money or family matter ("picking up nights", "doing
#: doubles", "a second job"): what the work needs to hear is that time is squeezed.
EXTRA_WORK = re.compile(
    r"(?i)\b(?:picking up (?:extra )?(?:nights|shifts|hours|overtime|weekends)|extra (?:shifts|"
    r"nights|hours)|overtime|doubles|second job|another job|every (?:extra )?shift going"
    r"|(?:evening|weekend|night|side|cash) job|job on the side)\b"
)
#: Work outside this job; the rest (overtime, doubles, extra shifts) is more of this one.
_ELSEWHERE = re.compile(
    r"(?i)\b(?:second job|another job|(?:evening|weekend|night|side|cash) job|job on the side)\b"
)
#: "can't do overtime", "no more doubles", "stopped picking up nights": the extra work is what
#: the user is not doing, so there is no squeeze to speak of.
_NOT_DOING = re.compile(
    r"(?i)\b(?:can'?t|cannot|couldn'?t|won'?t|don'?t|not|no|no more|stopped|without|nor"
    r"|never|unable to|too \w+ (?:for|to))\s+(?:(?:do|doing|take|taking|pick|picking|up|any"
    r"|more|on|the|even)\s+){0,3}$"
)
EXTRA_WORK_SQUEEZE = (
    "I've taken on extra work outside this for a while, and it's squeezing my time — can we "
    "plan what matters most around it?"
)
EXTRA_WORK_FOR_MENTOR = (
    "I've taken on extra work outside this for a while, and it's squeezing my time — how would "
    "you plan what matters most around it?"
)
#: Overtime or extra shifts in this job: the manager already knows the hours, so the rewrite
#: says what they do to the rest of the work, not that there is work "outside this".
EXTRA_HOURS_SQUEEZE = (
    "I've been working a lot of extra hours for a while, and it's squeezing my time — can we "
    "plan what matters most around it?"
)
EXTRA_HOURS_FOR_MENTOR = (
    "I've been working a lot of extra hours for a while, and it's squeezing my time — how would "
    "you plan what matters most around it?"
)


def extra_work(text: str) -> str | None:
    """The rewrite for extra paid work the user has taken on (a second job, or overtime here),
    else None — also when the note says the user is not doing it ("can't do overtime")."""
    doing = [m for m in EXTRA_WORK.finditer(text) if not _NOT_DOING.search(text[: m.start()])]
    if not doing:
        return None
    elsewhere = any(_ELSEWHERE.fullmatch(m.group()) for m in doing)
    return EXTRA_WORK_SQUEEZE if elsewhere else EXTRA_HOURS_SQUEEZE


#: A worry about capacity for more ("not sure I can handle more", "can I take on the extra
#: role"): what the listener needs is the decision it bears on, so the rewrite keeps it.
CAPACITY = re.compile(
    r"(?i)\b(?:handle|cope with|manage|take on|deal with)\s+(?:\w+\s+)?(?:more|extra|another)\b"
    r"|\bcapacity\b|\bstep(?:ping)? up\b|\bmore on my plate\b"
)
#: The same with a mentor, who helps weigh the step rather than plan the work.
CAPACITY_FOR_MENTOR = (
    "I'm not sure I have the capacity for more right now — how would you weigh the next step "
    "against that?"
)


#: A note that says which physical tasks are off ("no lifting", "can't kneel", "light duties"):
#: what the work needs to hear is which jobs, for how long — not "flexibility in my schedule",
#: which on a farm, a site or a ward says the wrong thing.
PHYSICAL_RESTRICTION = re.compile(
    r"(?i)\b(?:no|not|can'?t|cannot|mustn'?t|avoid|off|stop)\s+(?:\w+\s+){0,2}"
    r"(?:lift\w*|carry\w*|scrap\w*|bend\w*|climb\w*|kneel\w*|dig\w*|shovel\w*|twist\w*"
    r"|heavy|ladders?|manual|driving|standing|on my feet)\b"
    r"|\b(?:light|restricted|desk|amended)\s+duties\b"
)
#: A colleague moving ahead ("heard Tom's got an interview", "she got the promotion"): what the
#: user can ask about is their own path to the same chance, not the colleague.
PROGRESSION = re.compile(
    r"(?i)\b(?:interview\w*|promot\w*|promo|shortlist\w*|put forward|pay rise|"
    r"got the (?:job|role|post))\b"
)
#: Someone close to the user, named as the one the matter is about: "mum got her results".
_CLOSE = re.compile(
    r"(?i)\b(?:(?:mother|father)-in-law|"
    + "|".join(sorted(map(re.escape, CLOSE_FAMILY), key=len, reverse=True))
    + r")(?:'s)?\b"
)
#: The user's own health said in the first person: "my back", "I've got", "I'm off sick".
_OWN = re.compile(
    r"(?i)\b(?:my|i'?ve got|i have|i'?m|i am)\s+(?:\w+\s+)?"
    r"(?:back|knee|hip|shoulder|wrist|ankle|surgery|op|operation|diagnos\w*|sick|ill|injur\w*)\b"
)


def about_someone_close(text: str) -> bool:
    """The health matter is a family member's ("mum's stage 3, chemo from Jan"), not the user's:
    a family member is named and the note does not speak of the user's own body. Rewriting it as
    the user's "health matter" would misstate whose it is; it is a family matter (time, cover)."""
    return bool(_CLOSE.search(text)) and not _OWN.search(text)


def _by_subtopic(category: str, subtopic: str) -> str:
    return next(o.sentence for o in REFRAMES[category] if o.subtopic == subtopic)


def _reframe(
    category: str, options: tuple[Reframe, ...], triggers: tuple[str, ...], text: str
) -> str:
    general = GENERAL.get(category, options[0].sentence)
    if not telling(category, text):
        return general
    trigger_words = _WORD.findall(" ".join(triggers).casefold())
    text_words = _WORD.findall(text.casefold())
    score = {o: _hits(o, trigger_words) + _hits(o, text_words) for o in options}
    best = max(options, key=score.__getitem__)
    if not score[best]:
        return general
    if best.subtopic == "someone's private life":
        return best.sentence
    if best.with_who and (who := _WHO.search(text)):
        senior, peer = best.with_who
        template, person = (senior, who.group(1)) if who.group(1) else (peer, who.group(2))
        return template.format(who=f"my {person.lower()}")
    return best.sentence


#: A colleague's private life, by the words that say it, and what the rewrite calls it — the
#: plain word, so the advice names what to leave out ("Mark's marriage"), not "it".
_PRIVATE_MATTERS = (
    (
        re.compile(r"(?i)\baffair\b|\bsleeping with\b|\bdating\b|\b(?:girl|boy)friend"),
        "love life",
    ),
    (re.compile(r"(?i)\bmarri(?:age|ed)\b|\bdivorc|\bseparat(?:ed|ing|ion)\b"), "marriage"),
    (re.compile(r"(?i)\bpregnan"), "pregnancy"),
    # drinking as a habit, not the team's drinks after work
    (re.compile(r"(?i)\bdrinking\b|\bdrunk\b|\bhungover\b|\bdrink problem\b"), "drinking"),
    (re.compile(r"(?i)\bwife\b|\bhusband\b"), "home life"),
)
#: Capitalised words that are not a colleague's name: openings, pronouns, days, months.
_NOT_A_NAME_WORDS = """
    i i'm i've i'd a an the my our his her their he she they it its this that think
    apparently heard so but and also just not can could would should what when why how who
    is are was were if as at in on of to for with from by no yes ok still again
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december told said asked thought saw found
    rumour gossip looks seems turns guess reckon christmas easter"""
_NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
_TITLE = r"(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+"
_NAME = re.compile(rf"\b(?:{_TITLE})?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _whose(text: str, at: int) -> str:
    """Who the private matter (found at `at`) belongs to, as the rewrite names them: a name
    written as its owner ("Mark's wife"), else a name before it ("Mark … his marriage"), else
    "my head of department", else a name after it; "your colleague" when the note names nobody."""
    names = [m for m in _NAME.finditer(text) if m.group().casefold() not in _NOT_A_NAME]
    owner = next((m for m in names if text[m.end() : m.end() + 2] == "'s"), None)
    before = [m for m in names if m.start() < at]
    if owner or before:
        return (owner or before[0]).group()
    if who := _WHO.search(text):
        return f"my {(who.group(1) or who.group(2)).lower()}"
    return names[0].group() if names else "your colleague"


def _possessive(who: str) -> str:
    if who.startswith("my "):
        return "your " + who[3:] + "'s"
    return f"{who}'s"


def private_life(text: str) -> str | None:
    """The rewrite for gossip about a colleague's private life, said firmly and kindly: leave
    their matter out by name ("Leave Mark's marriage out"), and if it affects the work, say how
    the work is affected. None when the note names no private matter this table knows."""
    found = next(
        ((m, word) for pattern, word in _PRIVATE_MATTERS if (m := pattern.search(text))), None
    )
    if found is None:
        return None
    at, matter = found[0].start(), found[1]
    return (
        f"Leave {_possessive(_whose(text, at))} {matter} out — it isn't yours to share. If it's "
        "affecting the work, say how the work is affected, not why."
    )


#: Categories whose rewrite asks for work to be planned around a need: a line manager's job.
NEEDS = frozenset({"health", "mental_health", "family", "legal"})
#: A mentor outside the line is the place to ask how to handle it, in general words.
FOR_MENTOR: dict[str, str] = {
    "health": "I'm dealing with a health matter — how have you kept your career moving "
    "through something like that?",
    "mental_health": "Work has felt harder than usual lately — how have you handled stretches "
    "like this?",
    "family": "Things at home are taking a lot of my attention — how have you balanced that "
    "with your work?",
    "legal": "I'm dealing with a personal matter that may touch my work — how would you raise "
    "it with my manager?",
    "job_hunt": "I'm weighing my next move — how would you think it through?",
    "money": "How would you approach a conversation about pay with my manager?",
}
#: Rewrites fitted to what the matter is, which read the same to anyone but a mentor.
_FOR_MENTOR_TOO = {
    EXTRA_WORK_SQUEEZE: EXTRA_WORK_FOR_MENTOR,
    EXTRA_HOURS_SQUEEZE: EXTRA_HOURS_FOR_MENTOR,
}
#: Rewrites already fitted to what the matter is, which read the same to anyone.
_FITS_ANY_ROLE = frozenset({TRAINING_COST, CHILDCARE_COST, *_FOR_MENTOR_TOO})
#: A skip-level or sponsor is not the place for a personal need: the manager plans the work.
#: Not even a hint (round 47, both reviewers: "Something may affect my work for a while", said
#: to a sponsor before a role decision, invites the guessing it means to avoid).
FOR_ABOVE = (
    "Leave it out here — it's yours to share when you're ready, and your manager is the one to"
    " plan the work around it. Keep this 1:1 on your work and where you're headed."
)
#: A peer needs only what touches the work you share.
FOR_PEER = "Can we agree how we keep our shared work moving?"


def for_role(category: str, reframe: str | None, role: str) -> str | None:
    """The rewrite fitted to who the point is for (`role`: a `coaching.model.Role` value): a
    line manager (or anyone else) gets the rewrite as written, which asks to plan the work
    around a need; a mentor outside the line is asked how they would handle it; a skip-level or
    sponsor is the wrong place for a personal need, so it is left out, with the manager as the
    one to plan around it when the user is ready; a peer hears only what touches shared
    work. Other categories (gossip, favouritism, a
    "leave it out" already) keep theirs."""
    if reframe == CONDUCT_CONCERN:
        return CONDUCT_TO_MANAGER if role == "manager" else reframe
    if role == "mentor" and reframe == _by_subtopic("mental_health", "pacing a step up"):
        return CAPACITY_FOR_MENTOR
    if reframe in _FOR_MENTOR_TOO and role == "mentor":
        return _FOR_MENTOR_TOO[reframe]
    if reframe is None or reframe.startswith("Leave it out") or reframe in _FITS_ANY_ROLE:
        return reframe
    if (
        role == "mentor"
        and category == "money"
        and reframe != _by_subtopic("money", "pay and growth")
    ):
        return reframe  # hardship is not a pay conversation
    if role == "mentor" and category in FOR_MENTOR:
        return FOR_MENTOR[category]
    if category not in NEEDS:
        return reframe
    if role in ("skip", "sponsor"):
        return FOR_ABOVE
    return FOR_PEER if role == "peer" else reframe
