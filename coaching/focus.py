"""The focus area of a career goal: a short noun phrase the asks can name.

People write goals as sentences ("become a senior engineer owning the payments platform"). Pasted
into an ask, a sentence reads like a form letter. So the goal is kept as written and a *focus* is
derived from it — "the payments platform", "people management", "public speaking" — shown back to
the user, who can correct it (`/oneonone goal focus <phrase>`). Templates only ever use the focus,
and only in slots where any noun phrase reads well ("on {focus}", "about {focus}").

Goals name different kinds of thing (`read_goal`): a post or a grade is a *step* ("the deputy
manager post", "band 6"), an exam, a move or something to take over is a *target* the asks say
after "towards" or "preparing for" ("the ACCA exams", "a move to the claims department", "taking
over the books"), and a project, a skill or a field is an *area*. A deadline in the goal ("before
interviews close 28 March") is kept apart ("by 28 March"), never in the focus.

Heuristics rather than a parser: goals are short and formulaic, the result is always shown to the
user for confirmation, and None (no focus) is an honest answer the card copes with. Whatever is
derived passes the slot gate (`fits_slot`) or is None: saying less beats a clause in a noun slot.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from coaching.casefold import fold
from coaching.slot_text import SPELLED_OUT, is_foreign, written_abroad

#: Openers people put before a goal ("I want to", "Goal:"), stripped first.
_OPENER = re.compile(
    r"^(?:(?:goal|aim|target|objective|ambition|plan|focus)\s*[:=-]\s*|my goal is (?:to )?"
    r"|i(?:'d| would)? (?:like|want|hope|plan|aim) (?:to )?"
    r"|i'm (?:aiming|trying|hoping|working) (?:to |towards? )?|to |be able to "
    r"|(?:be|get|feel) ready to "
    # "to be" in the goals' other languages: "kuwa fleet supervisor by mid-2027"
    r"|(?:kuwa|zosta[cć]|werden|devenir|tornar-me|llegar\s+a\s+ser)\s+"
    # when, not what: "One day Exec Housekeeper" (round 46: "the One day Exec Housekeeper role")
    r"|(?:one|some) ?day,?\s+|eventually,?\s+|ultimately,?\s+|long[- ]term,\s+"
    r"|in (?:a few|two|three|five|\d+(?:\s*[-–]\s*\d+)?) "
    r"(?:years|yrs|jahren|años|anos|ans|jaar|lata?|lat)(?: time)?,?\s+)+",
    re.IGNORECASE,
)
#: Clause breaks: the focus never runs past these.
_CLAUSE_BREAK = re.compile(
    r"[,.;:!?()]| so (?:that|i|i'm|i'd|i'll|my|we|our|the|people|they) "
    r"| because | and then | while | - | — "
    r"| by (?:doing|getting)",
    re.I,
)
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    # and cut short, as goals are typed: "by feb", "the exam in Jan", "Sept 2027" (round 49)
    "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
#: Lead words before a time in the goals' other languages, and what each is in English: "socia
#: en 2027" is a partner "in 2027".
_LEAD_ABROAD = {"en": "in", "em": "in", "w": "in", "im": "in"} | dict.fromkeys(
    ("bis", "até", "ate", "hasta", "avant", "entro", "voor", "før", "innan"), "by"
)
_YEAR_LEAD = "|".join(_LEAD_ABROAD)

#: More times that are no focus (round 49): "by mid-2027", "partner track by 35" (an age),
#: "banquets from march", "the employment team Sept 2027", "within 3 seasons".
_MORE_TIME_TAIL = re.compile(
    r"(?i)\s+(?:by|before|from|in|until)\s+(?:the\s+)?(?:mid|early|late|end)[- ]?(?:of\s+)?"
    r"(?:\d{4}|"
    + _MONTH_NAMES
    + r")\b.*$|\s+(?:by|before)\s+(?:age\s+)?[1-9]\d\s*$|\s+from\s+(?:"
    + _MONTH_NAMES
    + r")\b.*$|\s+(?:"
    + _MONTH_NAMES
    + r")\.?\s+\d{4}\b.*$|\s+within\s+\w+\s+(?:seasons?|harvests?|terms?|semesters?)\b.*$"
)
#: Deadlines are not a focus ("in 2026", "by the end of next year", "within 18 months").
_TIME_TAIL = re.compile(
    # a year after a lead word of the goal's other language: "socia en 2027", "lead w 2027"
    rf"\s+(?:{_YEAR_LEAD})\s+\d{{4}}\b.*$"
    r"|\s+(?:by|before|within|in|this|next|during|over)\s+(?:the\s+)?(?:end of\s+)?"
    r"(?:(?:next|this|coming)\s+)?(?:\d{4}|q[1-4]|h[12]|(?:\d+\s*[-–]\s*)?\w+\s+(?:days?|weeks?|months?|years?|yrs?|mths?|mos?|wks?"
    # "in 2 Jahren", "en 2 años", "em 2 anos", "dans 2 ans", "over 2 jaar", "za 2 lata"
    r"|quarters?|jahren?|años|anos|ans|jaar|lata?|lat|monaten|meses|mois|maanden)"
    r"|days?|weeks?|months?|years?|yrs?|quarters?|half|cycle|(?:promo|promotion|review)"
    r"\s+cycle|summer|winter|spring|autumn|fall|christmas|easter|new year|" + _MONTH_NAMES + r"|"
    r"(?:\w+\s+)?(?:promo|promotion|review|appraisal|partnership)\s+(?:round|cycle|window))\b.*$"
    # "before it opens in March", "when Dev retires": a clause about when is a time too
    r"|\s+(?:before|when|once|until|by the time|as soon as)\s+(?:(?:it|he|she|they|we|i)\s+\w+"
    r"|(?:[A-Z]\w+|(?:the|our|my) \w+(?: \w+)?)\s+\w+(?:s|ed))\b.*$",
    re.IGNORECASE,
)
#: "in March", "by the summer": the plain time inside a clause about when.
_PLAIN_TIME = re.compile(
    r"(?i)\b(?:(?:in|by|before|over) (?P<t>(?:the )?(?:summer|winter|spring|autumn|christmas|easter"
    r"|new year|" + _MONTH_NAMES + r"|\d{4}))|(?P<n>(?:next|this) (?:year|summer|winter|spring"
    r"|autumn|quarter|month)))\b"
)
#: Roles that mean "managing people": their focus is the skill, not the title.
_PEOPLE_LEAD = re.compile(
    r"(?i)^(?:(?:an? |the )?(?:engineering |people |team |line )?manager(?: role)?"
    r"|(?:an? |the )?(?:team|tech) lead(?:er)?(?: role)?|(?:a |the )?head of (?:a |the )?team"
    r"|(?:an? |the )?em|(?:a |my own |our )?team|people|a squad|people management)$"
)
#: "owning X", "in X", "into X": the object is the focus. Tried before the role.
_OBJECT_RULES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:career|role|job|position|path|work) (?:in|on) (?P<t>.+)",
        # "get my grant writing good enough that …": the skill is the focus
        r"^(?:get|make) (?:my |our )?(?P<t>[\w' -]+?) (?:good|strong|sharp|clear|solid|tight"
        r"|polished|better)(?: enough)?\b",
        r"\b(?:better|good|great|stronger|confident|skilled|fluent|comfortable|expert|faster"
        r"|quicker|sharper|calmer|clearer)(?: and \w+)?"
        r" (?:at|in|with|on|during) (?P<t>.+)",
        r"\b(?:owning|leading|running|driving|building|shaping|responsible for|in charge of"
        r"|focused on|focusing on|specialising in|specializing in|working on) (?P<t>.+)",
        r"\binto (?P<t>.+)",
        r"\b(?:go-to person|expert|specialist|voice|lead|owner) (?:for|on|in) (?P<t>.+)",
        r"^(?:lead|run|own|manage|join|work on|drive|shape|build) (?P<t>.+)",
        r"\b(?:learn(?:ing)?|improve|master|develop|strengthen|study|practi[cs]e|sharpen"
        r"|deepen|grow|build up) (?P<t>.+)",
        r"\b(?:in|on|within|for) (?P<t>.+)",
    )
)
#: "head of X", "director of X": the focus is leading X.
_HEAD_OF = re.compile(r"(?i)\b(?:head|director|chief|lead) of (?P<t>.+)")
#: A goal about selling to or serving people: the people are the focus ("enterprise customers").
_AUDIENCE = re.compile(
    r"(?i)^(?:sell|win|serve|support|grow)(?: (?:more|better|faster))?"
    r" (?:to |with |for )?(?P<t>(?:\w+ ){0,3}(?:customers|clients|accounts|buyers|users|patients))$"
)
#: Where a role sits is not what it is about: "on the cardiac ward", "at the firm".
_PLACE = re.compile(
    r"(?i)(?<!\bhead)(?<!\bdirector)(?<!\bchief)(?<!\blead)"
    r"\s+(?:on|in|at|within|for|of) (?:the |a |an |our |my )?(?:[\w-]+ ){0,2}"
    r"(?:ward|team|department|floor|unit|site|office|store|branch|clinic|school|practice|firm"
    r"|company|hospital|agency|studio|startup|group|org|organisation|organization)\b.*$"
)
#: "run the night shift", "run the kitchen": a goal to run a unit of people on one's own.
_RUN_UNIT = re.compile(
    r"(?i)^(?:run|lead) (?P<t>(?:the|a|an|our|my) (?:[\w-]+ ){0,2}(?:shift|kitchen|floor|ward"
    r"|desk|crew|store|branch|site|warehouse|depot|line|unit|team))$"
)
#: "<a title> owning|leading X": the step keeps its verb.
_OWNING = re.compile(
    r"(?i)\b(?P<v>owning|leading|running|driving|building|shaping|growing) (?P<t>.+)"
)
#: "a design lead for the mobile app" → leading design on it.
_LEAD_FOR = re.compile(
    r"(?i)^(?:an? |the )?(?P<f>[\w-]+(?: [\w-]+)?) (?:lead|manager|owner) (?:for|of|on) (?P<t>.+)"
)
#: Where a role title ends and what it is for begins.
_OBJECT_TAIL = re.compile(
    r"(?i)\s+(?:owning|leading|running|driving|building|shaping|growing|responsible for"
    r"|in charge of|for|on|in|at|within|who|that)\b"
)
#: Longer openers first: "be promoted to" must win over "be", "make it to" over "make".
_ROLE_RULE = re.compile(
    r"(?i)\b(?:get promoted to|be promoted to|promotion to|step up to|move up to|make it to"
    r"|grow into|move into|step into|qualify as|work as|become|get made|be made|get to|reach"
    r"|land|make|be)"
    r" (?P<t>.+)"
)
#: Too vague to build an ask on.
_VAGUE = frozenset(
    {
        "work", "job", "my job", "it", "this", "that", "things", "stuff", "general", "life",
        "more", "the team", "my team", "the company", "here", "it all", "promoted", "promotion",
        "a promotion", "better", "the next level", "next level", "senior", "the role",
    }
)  # fmt: skip
_MAX_WORDS = 6
#: A noun phrase never ends on one of these (a cut-off clause would).
_DANGLING = frozenset(
    {
        "a", "an", "the", "of", "to", "for", "on", "in", "at", "with", "and", "or", "my", "our",
        "by", "from", "into", "as", "who", "that", "which", "is", "are", "be", "i", "me",
    }
)  # fmt: skip
#: A focus never starts with a verb or a pronoun: that would be a sentence, not a noun phrase
#: ("for write a book"). Goals open with a handful of verbs; these are the common ones.
_NOT_A_START = frozenset(
    """
    get be become make move do have find go stay keep bring i me we you it is am are and or to so
    can will should want need try start stop take give more less most very really much
    write pass ship publish finish launch earn win close sell hire speak present read complete
    deliver achieve obtain gain secure hit double triple increase reduce cut raise save teach
    negotiate manage handle travel relocate switch apply qualify graduate found create run own
    drive shape join grow learn improve develop strengthen sharpen deepen sit land reach step
    transition organise organize prepare open expand buy afford retire renew
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Job titles: "the <title> role" reads well in role slots ("ready for the controller role").
_ROLE_WORD = re.compile(
    r"(?i)\b(?:engineer|developer|manager|lead|director|architect|designer|analyst|principal"
    r"|head of \w+|vp|scientist|nurse|teacher|consultant|partner|officer|editor|writer"
    r"|researcher|specialist|administrator|accountant|counsel|associate|chef|pharmacist"
    r"|controller|lawyer|attorney|solicitor|barrister|surgeon|physician|doctor|professor"
    r"|lecturer|supervisor|executive|technician|planner|strategist|recruiter|producer|auditor"
    r"|actuary|economist|programmer|paralegal|midwife|dentist|librarian|sre|cto|cfo|ceo|coo"
    r"|cio|ciso|fellow|registrar|superintendent|foreman|captain|sergeant|inspector|journalist"
    r"|practitioner|(?:deputy|assistant) head|carpenter|joiner|electrician|plumber|welder"
    r"|mechanic|fitter|baker|butcher|stylist|barber|hairdresser|carer|co-?ordinator|advis[eo]r"
    r"|surveyor|estimator|groundsman|housekeeper|receptionist|paramedic|therapist|radiographer"
    r"|sonographer|pilot|sommelier|instructor|trainer|assessor|installer)s?$"
)
#: Who someone wants to *be* rather than a job ("a public speaker", "a better leader"): the
#: focus is the skill, and there is no step to name.
_IDENTITY = {
    "speaker": "public speaking", "public speaker": "public speaking",
    "presenter": "presenting", "leader": "leadership", "communicator": "communication",
    "negotiator": "negotiation", "mentor": "mentoring", "coach": "coaching",
    "writer": "writing", "storyteller": "storytelling", "listener": "listening",
    "people leader": "people management", "thought leader": None, "role model": None,
    "expert": None, "authority": None, "go-to person": None,
}  # fmt: skip
#: Where a title's head noun ends: "VP of Engineering", "mentor to juniors".
_TITLE_HEAD = re.compile(r"(?i)\s+(?:of|to|for|on|in|at|with|who|that)\s")
#: Titles written as "<title> of <what>": the step keeps the whole title.
_OF_TITLE = re.compile(
    r"(?i)^(?:(?:senior|deputy|associate|assistant|executive) )?"
    r"(?:vp|vice president|svp|evp|avp)\b"
)


#: Chat shorthand at the end of a goal ("lol", "tbh", "pls") and a common typo.
_SHORTHAND_END = re.compile(r"(?i)\s+(?:lol|tbh|rn|pls|plz|fingers crossed|!+|:\))\s*$")
_TEH = re.compile(r"(?i)\bteh\b")


#: A goal that opens by saying the user does not know yet ("idk, …", "no sé… quizás …", "sei
#: lá, talvez …"): the hedge and its "maybe" are no focus (round 20: "who would you point me to
#: on no sé?", "who else would be good to talk to about idk?").
#: "I don't know" in the notes' other languages.
_DONT_KNOW_ABROAD = (
    r"no\s+s[ée]|sei\s+l[áa]|n[ãa]o\s+sei|je\s+(?:ne\s+)?sais\s+pas|wei(?:ß|ss)\s+nicht"
    r"|nie\s+wiem|geen\s+idee|weet\s+(?:het\s+)?niet|hindi\s+ko\s+alam|sijui"
)
_UNSURE = re.compile(
    r"(?i)^\W*(?:idk|dunno|i\s+don'?t\s+know|not\s+sure(?!\s+(?:about|if|whether|what)\b)"
    rf"|{_DONT_KNOW_ABROAD})\b(?:\s*(?:tbh|lol|yet|really|direito|bem|genau))?[\s,.…;:!?-]*"
    r"(?:(?:maybe|perhaps|quiz[áa]s?|talvez|vielleicht|peut-[êe]tre|misschien|mo[żz]e)\b[\s,]*)?"
)


#: The same hedge in another language: what follows it is in that language too (round 22:
#: "não sei direito... quero crescer" gave the focus "quero crescer").
_UNSURE_ABROAD = re.compile(rf"(?i)^\W*(?:{_DONT_KNOW_ABROAD})\b")


def _plain_goal(goal: str) -> str:
    """The goal as one line, "teh" read as "the", chat shorthand at its end dropped, an opening
    "idk" (`_UNSURE`) left out."""
    text = _TEH.sub("the", " ".join(goal.replace("’", "'").split()))
    text = _ROLE_SHORT.sub(lambda m: SPELLED_OUT[fold(m.group(0))], text)
    # how, not what: "pass my LEA first go" is the LEA (round 36: "the LEA first go")
    text = _FIRST_GO.sub("", text)
    text = _TAGALOG_PROMOTE.sub("get promoted", text)  # "Ma-promote as supervisor"
    return _SHORTHAND_END.sub("", _UNSURE.sub("", text))


_FIRST_GO = re.compile(
    r"(?i)\s+(?:(?:on|at|for)\s+(?:the|my)\s+|my\s+|the\s+)?(?:first|1st)\s+(?:go|time|try|attempt"
    r"|sitting)\b(?=\s*(?:$|[.,;!?)]|(?:in|by|this|next|before|and|or)\b))"
)
_TAGALOG_PROMOTE = re.compile(r"(?i)\bma-?promote\b")
#: A role typed short in a goal: "logistics mgr" is the logistics manager role (round 29).
_ROLE_SHORT = re.compile(r"(?i)\b(?:mgr|mngr|asst|dept)\b")


#: A role named in the goal's other language, said in English in the asks: "socia en 2027"
#: read as "when socia en comes up" to a sponsor (round 29).
_ROLE_ABROAD = {
    "socia": "partner", "socio": "partner", "sócia": "partner", "sócio": "partner",
    "associée": "partner", "partnerin": "partner", "gerente": "manager", "jefa": "head",
    "jefe": "head", "encargada": "supervisor", "encargado": "supervisor",
    "kierownik": "manager", "kierowniczka": "manager", "coordenadora": "coordinator",
    "coordenador": "coordinator", "coordinadora": "coordinator", "coordinador": "coordinator",
    "directora": "director", "diretora": "director", "diretor": "director",
}  # fmt: skip
_ROLE_WORD_ABROAD = re.compile(
    r"(?i)^(\W*)(" + "|".join(_ROLE_ABROAD) + r")\b"
    # alone, or before a year: "gerente de loja" stays (its own words go on in that language)
    rf"(?=\s*(?:$|[.,;!?]|(?:{_YEAR_LEAD}|in|by)"
    r"\s+\d))"
)


def _goal_text(goal: str | None) -> str:
    """The goal with openers ("I want to"), anything after a clause break and a trailing deadline
    dropped; a role word it opens with in another language said in English."""
    if not goal:
        return ""
    goal = _ROLE_WORD_ABROAD.sub(lambda m: m.group(1) + _ROLE_ABROAD[fold(m.group(2))], goal)
    text = _plain_goal(goal)
    text = _OPENER.sub("", text)
    text = _CLAUSE_BREAK.split(text, maxsplit=1)[0].strip()
    return _WHEN_CLAUSE.sub("", _MORE_TIME_TAIL.sub("", _TIME_TAIL.sub("", text))).strip()


def derive_focus(goal: str | None) -> str | None:
    """The goal's focus (`_focus_of`), only when it passes the slot gate: a phrase that would
    read as a clause in a sentence is no focus at all, and the card says less instead."""
    if goal and _UNSURE_ABROAD.match(goal):
        return None  # "não sei direito... quero crescer": the goal goes on in that language
    if goal and written_abroad(goal) and not _ROLE_WORD_ABROAD.search(goal):
        # "In 5 Jahren freischaffende Lichtdesignerin, …" — but "socia en 2027" is a role
        return None
    if _NEGATED.match(_goal_text(goal)):
        return (
            None  # "not look clueless in front of him": a fear to avoid, no area ("front of him")
        )
    found = _focus_of(goal)
    if found is not None and _DECIDING.match(found):
        return None  # "figure out if I should …": a decision to make, not an area to grow in
    if found is not None and _BACK_TO.match(found):
        return None  # "back to full hours by Feb": a return to make, not an area to grow in

    return _fit_for_slots(found)


#: A return, not an area: "back to full hours", "return to nights".
_BACK_TO = re.compile(r"(?i)^(?:back|return(?:ing)?|go(?:ing)?\s+back)\s+to\b")
#: A goal said as what to avoid: "not look clueless", "don't get passed over again".
_NEGATED = re.compile(r"(?i)^(?:not|never|don'?t)\s+(?!only\b|just\b)")
#: A focus that is the act of deciding ("figure out", "work out whether"), which read as
#: "how would you build towards figure out" in an ask.
_DECIDING = re.compile(
    r"(?i)^(?:figure|work|find|sort|suss|think)\s+(?:out|through)\b|^(?:decide|deciding|choose)\b"
)


def _focus_of(goal: str | None) -> str | None:
    """The focus area of a goal (see `_derive_focus`), or None when it is one bare word the goal
    itself gave an article or possessive: "Lead our bid for the Halden partnership" is about
    one bid, so it is "the bid" ("make the case for me on bid" would read as a seam)."""
    kind = _read_kind(goal)
    if kind and fits_slot(kind[0], speaker=False):
        return kind[0]
    found = _derive_focus(goal)
    if found:  # the asks say the focus about other people too: never "their … on my own"
        found = _ON_MY_OWN.sub("", found)
        if _FIRST_PERSON.search(found):
            return None
    if not (found and found.islower()) or " " in found:
        return found
    if _SKILL_GOAL.match(_goal_text(goal)):
        return found  # "improve my spanish": a skill, not one thing
    one_thing = re.search(rf"(?i)\b(?:{_ONE_OF}) {re.escape(found)}\b", goal or "")
    return f"the {found}" if one_thing else found


#: "running anaesthetic monitoring on my own": how the user wants to do it, not what it is.
_ON_MY_OWN = re.compile(r"(?i)\s+(?:on my own|by myself|alone|independently|unsupervised)$")
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i'm|me|my|myself|mine)\b")

#: Words that make a bare noun one thing: "our bid", "the audit".
_ONE_OF = "our|the|my|a|an|their|this|that"


def _derive_focus(goal: str | None) -> str | None:
    """The focus area of a goal, or None when nothing usable comes out.

    1. what a role is *for*, as a domain the asks can put after a preposition: "a senior engineer
       owning the payments platform" → "the payments platform"; "a design lead for the mobile app"
       → "design on the mobile app"; "head of the science department" → "leading the science
       department" (the step itself is `derive_step`'s);
    2. the object of "better at / into / expert on / learn X": "product marketing";
    3. else, for a role goal ("become a staff engineer", "VP of Engineering"): people management
       for manager and lead roles, "the <role> role" for job titles, the skill for who someone
       wants to be ("a public speaker" → "public speaking"), None for anything else;
    4. else a short phrase of at most four words that starts like a noun ("Kubernetes"); a goal
       led by a verb we cannot read ("write a book", "pass the bar exam") gives None, so the card
       uses its general phrasings rather than "for write a book".
    """
    text = _goal_text(goal)
    if not text:
        return None
    role = _ROLE_RULE.search(text)
    role_text = role.group("t") if role else (text if _is_title(text) else None)
    role_text = _without_relative(role_text)
    leading = _HEAD_OF.search(role_text or text)
    if leading:
        return clean_focus(_with_article(_PLACE.sub("", _tidy(leading.group("t")))))
    if role_text:
        lead_for = _LEAD_FOR.match(role_text)
        if lead_for and lead_for.group("f").lower() not in ("tech", "team", "a team", "people"):
            thing = re.sub(r"(?i)^(?:the|a|an|our|my) ", "", _tidy(lead_for.group("t")))
            field = lead_for.group("f")
            # "mobile app design", but "HR for the new Dire Dawa line", not "… line HR"
            said = f"{field} for the {thing}" if field.isupper() else f"{thing} {field}"
            found = clean_focus(said)
            if found:
                return found
        owning = _OWNING.search(role_text)
        if owning:
            found = clean_focus(_tidy(owning.group("t")))
            if found:
                return found
        if _PLACE.search(role_text):  # "a charge nurse on the cardiac ward": the role
            return _role_focus(_PLACE.sub("", role_text))
    running = _RUN_UNIT.match(text)
    if running and not role_text:  # "run the whole night shift": leading its people
        return "people management"
    verb_led = role_text is None and _first_word(text) in _NOT_A_START
    audience = _AUDIENCE.match(text)
    if audience:  # "sell more to enterprise customers": the work is with them
        return clean_focus(audience.group("t"))
    for pattern in _OBJECT_RULES:
        if verb_led and pattern is _OBJECT_RULES[-1]:
            break  # "publish a paper in Nature": the place is not the goal
        match = pattern.search(role_text or text) or pattern.search(text)
        if match:
            what = _verb_object(match.group("t"))
            what = _PLACE.sub("", what) or what  # not "at head office"
            found = clean_focus(what) or clean_focus(_before_place(what))
            if found:
                return found
    if role_text:
        return _role_focus(role_text)
    # "bring calf losses down and run calving better": doing a thing better makes it the area
    for phrase in _VERB_AND.split(text):
        head, _, rest = phrase.partition(" ")
        if head.lower() in _NOT_A_START and _OBJECT_AFTER.search(rest):
            what = _verb_object(rest)
            found = None if re.match(r"(?i)an? ", what) else clean_focus(what)  # "write a book"
            if found:
                return found
    words = text.split()
    if len(words) <= 4:
        return clean_focus(text)
    return None


#: " and run …", " and cut …": where one verb phrase of a goal ends and the next begins.
_VERB_AND = re.compile(r"(?i)\s+and\s+(?=(?:" + "|".join(sorted(_NOT_A_START)) + r")\s)")
#: What follows an object and is not part of it: "calving better than last year's", "down".
_OBJECT_AFTER = re.compile(
    r"(?i)\s+(?:(?:much |a lot |far )?(?:better|faster|quicker|down|up|well|right|properly"
    r"|smoothly|safely|again|than)\b).*$"
)
#: A time word owning the object: "this spring's calving" is calving.
_TIME_OWNER = re.compile(
    r"(?i)^(?:(?:this|next|last|the) )?(?:\w+ )?(?:year|spring|summer|autumn"
    r"|winter|season|quarter|month|week)'s\s+"
)


def _verb_object(phrase: str) -> str:
    """The object of one verb phrase: "calving better and cut calf losses" → "calving",
    "this spring's calving better than last year's" → "calving"."""
    first = _VERB_AND.split(phrase, maxsplit=1)[0]
    first = _OBJECT_AFTER.sub("", first)
    return _TIME_OWNER.sub("", first).strip()


#: A dated day: "28 March", "28th of March".
_DAY = re.compile(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_NAMES + r")\b")


def derive_deadline(goal: str | None) -> str | None:
    """When the goal says it should happen, as the goal says it: "this year", "within two
    years", "by next summer"; None when it names no time. Asks about timing and criteria use it
    ("is the senior accountant role this year still realistic?")."""
    if not goal:
        return None
    text = _OPENER.sub("", _plain_goal(goal))
    text = _CLAUSE_BREAK.split(text, maxsplit=1)[0].strip()
    tail = _TIME_TAIL.search(text)
    if tail is None:
        day = _DAY.search(goal)  # "before interviews close 28 March" → "by 28 March"
        return f"by {day.group(1)} {day.group(2).capitalize()}" if day else None
    if re.match(r"(?i)\s+(?:before|when|once|until|by the time|as soon as)\s", tail.group(0)):
        plain = _PLAIN_TIME.search(tail.group(0))  # "before it opens in March" → "by March"
        if plain is None:
            return None
        when = plain.group("t") or plain.group("n")
        return ("" if when.lower().startswith(("next", "this")) else "by ") + " ".join(
            _MONTH_SAID.get(w.lower(), w.lower()) for w in when.split()
        ).replace("christmas", "Christmas").replace("easter", "Easter")
    words = [_MONTH_SAID.get(w.lower().rstrip("."), w.lower()) for w in tail.group(0).split()]
    if words and words[0] in _LEAD_ABROAD:  # "socia en 2027": in 2027, said in English
        words[0] = _LEAD_ABROAD[words[0]]
    return " ".join(words[:5]).rstrip(".!?") or None


#: A month as the card says it, from however the goal typed it: "jan" → "January".
_MONTH_SAID = {
    name[:n].lower(): name for name in calendar.month_name[1:] for n in (3, len(name))
} | {"sept": "September"}
#: "a team lead | my four analysts want to work for": a title, then a clause about who it is for.
_RELATIVE = re.compile(r"(?i)\s+(?:my|our|whose|who|that|people|everyone|anyone)\b")
_RELATIVE_MINE = re.compile(r"(?i)\s(?:my|our)\s")
#: "the deck retrofit package | on the Riverside bridge job": what, then where.
_WHERE = re.compile(r"(?i)\s+(?:on|at|in|for|across) (?:the|a|an|our|my) ")


def _without_relative(role_text: str | None) -> str | None:
    """ "a team lead my four analysts actually want to work for" → "a team lead": the title
    before a clause about whom it is for, when the title alone is one."""
    if not role_text or _is_title(role_text):
        return role_text
    head = _RELATIVE.split(role_text, maxsplit=1)[0]
    return head if head != role_text and _is_title(head) else role_text


def _before_place(phrase: str) -> str:
    """ "the deck retrofit package on the Riverside bridge job" → "the deck retrofit package"."""
    return _WHERE.split(phrase, maxsplit=1)[0]


def _with_article(text: str) -> str:
    """ "science department" → "the science department": a bare place reads as a thing."""
    if re.match(r"(?i)^(?:the|a|an|our|my)\b", text):
        return text
    return f"the {text}"


def _fit_for_slots(found: str | None) -> str | None:
    """A phrase read from the goal, when it reads well in the asks' slots: not in another
    language ("chcę być planning lead", "pasar a instructora TCP" are the goal's own words,
    which an English sentence can only paste) and not a clause (`fits_slot`)."""
    if found is None or is_foreign(found) or not fits_slot(found, speaker=False):
        return None
    return found


def derive_step(goal: str | None) -> str | None:
    """The role a goal steps up to (`_step_of`), only when it passes the slot gate."""
    found = _step_of(goal)
    return _fit_for_slots(found)


def _step_of(goal: str | None) -> str | None:
    """The role a goal steps up to, as "the <role> role" ("the senior engineer role"); None when
    the goal names no role. A mentor or sponsor knows the step better than the area."""
    kind = _read_kind(goal)
    if kind:  # a post or a grade is the step; an exam or a move is not one
        return kind[0] if kind[1] in ("role", "grade") and fits_slot(kind[0]) else None
    text = _goal_text(goal)
    if not text:
        return None
    role = _ROLE_RULE.search(text)
    if role is None and not _is_title(text):
        return None
    raw = role.group("t") if role else text
    if _RELATIVE_MINE.search(raw) and _without_relative(raw) != raw:
        return None  # "a team lead my analysts want to work for": the step is already taken
    keeps_of = _OF_TITLE.match(_bare_title(raw))  # "VP of Engineering" keeps its "of"
    title = raw if keeps_of else _OBJECT_TAIL.split(raw, maxsplit=1)[0]
    title = _PLACE.sub("", title)
    head_of = re.match(r"(?i)(?:the )?(head|director|chief) of (?:the |a |our )?(.+)", title)
    if head_of:  # "head of the science department" → "the head of department role"
        what = _tidy(head_of.group(2)).split()
        return clean_focus(f"the {head_of.group(1).lower()} of {what[-1]} role")
    step = _role_focus(title)
    if step == "people management":
        return "the people manager role"
    return step if step and is_role(step) else None


def _first_word(text: str) -> str:
    words = text.split()
    return words[0].lower() if words else ""


def _bare_title(raw: str) -> str:
    """A title as written, without its article, adjectives of degree or a trailing "role"."""
    title = _tidy(raw)
    title = re.split(r"(?i) (?:at|with) (?:the|a|an|our|my) ", title, maxsplit=1)[0]
    title = re.sub(r"(?i)^(?:an?|the)\s+", "", title)
    title = re.sub(r"(?i)^(?:much |even )?(?:better|great|good|stronger|strong|real)\s+", "", title)
    return re.sub(r"(?i)\s+(?:role|level|position|job)$", "", title)


def _title_kind(title: str) -> str | None:
    """ "identity" for who someone wants to be ("public speaker", "mentor to juniors"), "title"
    for a job title ("staff engineer", "VP of Engineering"), else None (an area)."""
    lowered = title.lower()
    head = _TITLE_HEAD.split(lowered, maxsplit=1)[0]
    if lowered in _IDENTITY or head in _IDENTITY:
        return "identity"
    if _ROLE_WORD.search(head) or _OF_TITLE.match(lowered):
        return "title"
    return None


def _is_title(text: str) -> bool:
    """A goal that is just a role ("VP of Engineering", "public speaker"), with no verb."""
    bare = _bare_title(text)
    words = bare.lower().split()
    if not words or words[0] in _NOT_A_START or {"both", "all"} & set(words):
        return False  # "get joiner", "lead both crews": a verb and its object, not a title
    return bool(bare) and (_PEOPLE_LEAD.match(bare) is not None or _title_kind(bare) is not None)


def _role_focus(raw: str) -> str | None:
    title = _bare_title(raw)
    if not title:
        return None
    if _PEOPLE_LEAD.match(title):
        return "people management"
    kind = _title_kind(title)
    if kind == "identity":
        lowered = title.lower()
        return _IDENTITY.get(lowered, _IDENTITY.get(_TITLE_HEAD.split(lowered, maxsplit=1)[0]))
    if kind == "title":
        return clean_focus(f"the {title} role")
    return None  # "a better person", "more money": not a role, not an area


def _tidy(raw: str) -> str:
    text = _TIME_TAIL.sub("", raw).strip(" '\"-")
    return " ".join(text.split())


def clean_focus(raw: str) -> str | None:
    """A phrase as a focus: possessives and "a/an" dropped, bounded, checked to be a noun phrase.

    Also used on what the user types in `/oneonone goal focus <phrase>`: a job title becomes "the
    <title> role" and who they want to be becomes the skill ("public speaker" → "public
    speaking"), so an area slot never reads "about VP of Engineering".
    """
    text = _tidy(raw)
    text = re.sub(r"(?i)^(?:my|our|your)\s+(?:own\s+)?", "", text)
    text = re.sub(r"(?i)^an?\s+", "", text)
    text = re.sub(r"(?i)\b(?:the )?(role|level)\s+\1$", r"\1", text)
    if _PEOPLE_LEAD.match(text):
        return "people management"
    words = text.split()
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    if not words or len(words) > _MAX_WORDS or words[0].lower() in _NOT_A_START:
        return None
    phrase = " ".join(words)
    if phrase.lower() in _VAGUE:
        return None
    if not is_role(phrase) and _title_kind(_bare_title(phrase)) is not None:
        return _role_focus(phrase)
    return phrase


#: Words that make a phrase a clause, not a thing: a subordinator ("when Ken retires"), a verb
#: that needs its subject to agree ("the checklist matters"), a modal.
_CLAUSE_WORD = re.compile(
    r"(?i)\b(?:when|whenever|before|after|because|if|unless|until|while|once|whether|so that"
    r"|is|are|was|were|being|been|has|have|had|does|do|did|can|could|will|would|should|must|might"
    r"|matters|cares|needs|wants|means|gets|goes|makes|takes|retires|leaves)\b"
)
#: Verbs a goal or a log line starts with; a slot starting with one is a clause ("sign off").
_LEADING_VERB = re.compile(
    r"(?i)^(?:get|be|become|run|lead|make|take|do|have|go|sign|move|learn|improve|build|start"
    r"|stop|finish|help|work|own|manage|handle|cover|sort|chase|ask|send|try|keep|find|give"
    r"|put|set|see|look|check|fix|plan|book|pass|apply|join|speak|talk|feel|stay|grow|earn"
    r"|win|land|hit|reach|cut|raise|drive|deliver|write|read|teach|train|shadow|sit"
    r"|complete|qualify)\b"
)
#: -ing words that are things in their own right ("marketing", "nursing care"), not gerunds
#: with an object ("running anaesthetic monitoring", "signing off funding").
_ING_NOUNS = frozenset(
    [
        "accounting",
        "advertising",
        "banking",
        "bookkeeping",
        "building",
        "catering",
        "clothing",
        "coaching",
        "computing",
        "consulting",
        "cooking",
        "costing",
        "engineering",
        "farming",
        "fundraising",
        "funding",
        "hearing",
        "housekeeping",
        "landscaping",
        "learning",
        "lighting",
        "listening",
        "manufacturing",
        "marketing",
        "meeting",
        "mentoring",
        "modelling",
        "nursing",
        "onboarding",
        "packaging",
        "painting",
        "parking",
        "planning",
        "plumbing",
        "pricing",
        "printing",
        "publishing",
        "purchasing",
        "recruiting",
        "recruitment",
        "reporting",
        "safeguarding",
        "scheduling",
        "seating",
        "shipping",
        "spending",
        "staffing",
        "testing",
        "ticketing",
        "tiling",
        "training",
        "tutoring",
        "warehousing",
        "wiring",
        "writing",
    ]
)


def fits_slot(
    phrase: str | None, *, others: str = "", speaker: bool = True, thing: bool = False
) -> bool:
    """Whether a phrase read from a goal or a log line may fill a noun slot in a sentence.

    A slot takes a thing ("the payments platform", "the Level 5 funding"), never a clause: not
    one led by a verb or a gerund with an object ("signing off funding"), not one with a
    subordinate clause or a verb that must agree ("both crews when Ken semi-retires", "the cares
    most matters"), not one naming `others` (the counterpart, who is spoken to, not about).
    `speaker=False` is for slots said about someone else or about the work in general (the
    goal's focus, their priority): first-person words there ("on my own") belong to the user.
    `thing=True` is for an area the asks put after "work on" or "more on": a gerund with an
    object ("running anaesthetic monitoring") reads wrong there, though "about demoing the
    dashboard" reads well after a preposition, so only an area refuses it.
    When this says no, the card says the sentence without the slot (by kind and date)."""
    if not phrase or not phrase.strip():
        return False
    text = " ".join(phrase.replace("’", "'").split())
    words = re.findall(r"[A-Za-z']+", text)
    if not words or len(words) > (_MAX_WORDS + 2 if thing else 12):
        return False
    first = words[0].lower()
    if first in ("the", "a", "an") and len(words) > 1:
        first = words[1].lower()
    if _LEADING_VERB.match(words[0]) or _CLAUSE_WORD.search(text):
        return False
    if thing and len(words) > 1 and _gerund(first, words):
        return False
    if (not speaker and _FIRST_PERSON.search(text)) or _HOW_ALONE.search(text):
        return False  # "the till float on my own": how the user did it, not what it is
    names = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", others)} - {"the", "and"}
    return not names & {re.sub(r"'s$", "", w.lower()) for w in words}


def _gerund(first: str, words: list[str]) -> bool:
    """ "running anaesthetic monitoring", "signing off the rota": a verb's -ing form with its
    object; "beekeeping training" and "nursing care" are things."""
    if not first.endswith("ing") or first in _ING_NOUNS:
        return False
    stem = first[:-3]
    verbs = (stem, stem[:-1], stem + "e")  # sign-ing, runn-ing, mak-ing
    next_word = words[1].lower() if len(words) > 1 else ""
    determiner = next_word in ("the", "a", "an", "my", "our", "their", "his", "her", "every")
    return determiner or any(_LEADING_VERB.fullmatch(v) for v in verbs)


_HOW_ALONE = re.compile(r"(?i)\b(?:on my own|by myself|unsupervised)\b")


def is_role(focus: str) -> bool:
    """A focus that names a role or a grade ("the staff engineer role", "the deputy manager
    post", "band 7") reads in other slots than an area: it is a step."""
    return focus_kind(focus) in ("role", "grade")


def is_target(focus: str | None) -> bool:
    """A focus said as something worked towards ("the ACCA exams", "a move to the claims
    department", "running both crews"): neither an area nor a step."""
    return focus_kind(focus) in TARGET_KINDS


# --- What kind of goal it is: a post, a grade, a qualification, a move, taking something over ---
#
# Goals people really write name a post to get ("the deputy manager post"), a grade ("band 7"),
# an exam or licence to pass ("the ACCA exams"), a move ("a move to the claims department") or
# something to run when someone leaves ("running both crews"). Each is said as a noun phrase that
# reads after "towards" or "ready for"; posts and grades are steps, the rest are *targets*.

#: Kinds a focus phrase can be: `focus_kind` reads it back from the phrase alone, so a focus the
#: user typed is routed the same way as a derived one.
KINDS = ("role", "grade", "qualification", "move", "takeover", "project", "skill", "area")
#: Kinds said in the target slot ("working towards {target}"), not as an area or a step.
TARGET_KINDS = frozenset({"qualification", "move", "takeover"})

#: A clause about when, and anything after it: "before interviews close 28 March".
_WHEN_CLAUSE = re.compile(
    r"(?i)(?<!\blook)\s+(?:before|b4|when|once|until|after|by the time|as soon as|ahead of"
    r"|so that|so i|because|if|in time for|one day|some ?day|eventually"
    r"|in (?:the )?(?:long run|long term|future))\b.*$"
)
#: A date or season at the end: "this year", "by summer", "in 2027", "28 March", "asap".
_DATE_END = re.compile(
    r"(?i)\s+(?:(?:by|before|in|for|this|next|within|over|during|around)\s+)?(?:the\s+)?"
    r"(?:end of\s+)?(?:(?:this|next|coming)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + _MONTH_NAMES
    + r")|(?:"
    + _MONTH_NAMES
    + r")(?:\s+\d{1,2})?|\d{4}|year|summer|winter|spring|autumn"
    r"|christmas|easter|q[1-4]|h[12]|quarter|month|asap|yr"
    r"|\w+ (?:months?|years?|weeks?|yrs?|mths?|wks?))\s*$"
)
_DET = r"(?:(?:my|the|a|an|our|this|that|me|myself)\s+)?"
#: Words that end the name of a qualification.
_QUAL_NOUN = (
    r"exams?|licen[cs]es?|certificates?|certifications?|qualifications?|diplomas?|degrees?|nvqs?"
    r"|svqs?|btecs?|apprenticeships?|accreditations?|chartership|tickets?|cards?|tests?|papers?"
    r"|modules?|courses?|masters?|mba|phd|cert|registration|endorsement|level \d+"
)
_QUALIFICATION = re.compile(
    r"(?i)^(?:get|pass|gain|earn|complete|finish|sit|do|achieve|obtain|clear|get through"
    r"|go for|study for|revise for|work towards|start|take|renew|get signed off for"
    r"|get on|get onto|go on|book onto|book on)\s+"
    r"(?!(?:better|good|great|confident|faster|fluent|comfortable|on|onto|in|at|to|for|with"
    r"|through)\b)"
    + _DET
    + r"(?P<t>(?:[\w&/+.'-]+\s+){0,5}?(?:"
    + _QUAL_NOUN
    + r")(?:\s+(?:[IVX]{1,4}|\d{1,2}|level \d+))?)"
    r"(?P<rest>(?:\s+(?:in|on|for)\s+[\w&/+-]+(?:\s+[\w&/+-]+){0,2})?)$"
)
#: "pass my ACCA", "pass the bar": whatever is passed is an exam.
_PASS = re.compile(
    r"(?i)^(?:pass|sit|clear|get through)\s+(?!(?:on|onto|in|at|to|for|with|through|over)\b)"
    r"(?P<d>" + _DET + r")(?P<t>.+)$"
)
#: "qualify as an electrician", "get qualified as a gas engineer", "get chartered".
_QUALIFY_AS = re.compile(
    r"(?i)^(?:get\s+)?(?:qualif(?:y|ied)|train(?:ed)?|register(?:ed)?|certif(?:y|ied)"
    r"|chartered)\s+as\s+(?P<t>(?:an?\s+)?[\w-]+(?:\s+[\w-]+){0,3})$"
)
#: "get the deputy manager post", "land a band 6 job", "take over the sous chef role".
_POST = re.compile(
    r"(?i)^(?:be ready for|be considered for|get shortlisted for|be in|be given|be offered"
    r"|get offered|get into|get onto|get on|get|land|win|secure|go for|apply for|take over"
    r"|take on|step into|move into|move up to|move to|grow into|earn|make|reach|be)\s+"
    + _DET
    + r"(?P<t>[\w&/'-]+(?:\s+[\w&/'-]+){0,4}?)\s+(?P<n>post|role|job|position|seat"
    r"|vacancy|spot|secondment)(?:\s+(?:on|in|at|with|within)\s+.+)?$"
)
#: Words never inside a job title: "be ready for the store manager post" is not a post named
#: "ready for the store manager".
_NOT_IN_TITLE = _NOT_A_START | {"the", "a", "an", "for", "to", "my", "our", "ready"}
#: "get my CDL", "finish my MBA": an acronym the user owns is a qualification.
_ACRONYM = re.compile(
    r"^(?i:get|gain|earn|complete|finish|do|pass|sit)\s+(?i:my|the)\s+(?P<t>[A-Z]{2,6}"
    r"(?:\s+(?:[IVX]{1,4}|\d{1,2}|(?i:level|part|stage)\s+\w{1,3}))?)$"
)
#: "take over from Marco as sous chef", "step up as deputy when Jo leaves".
_AS_TITLE = re.compile(
    r"(?i)^(?:take over|step up|step in|cover|take on)(?:\s+from\s+[\w' -]+?)?\s+as\s+"
    r"(?:the\s+|an?\s+)?(?P<t>[\w&/'-]+(?:\s+[\w&/'-]+){0,3})$"
)
#: "reach band 7", "get to grade 6", "move up to level 4", "a band 6 post".
_GRADE = re.compile(
    r"(?i)^(?:reach|get to|get|make|move up to|move to|step up to|go up to|be on|be at|hit"
    r"|get moved up to|get promoted to|be promoted to|get on)\s+(?:the\s+)?(?P<t>(?:pay\s+)?"
    r"(?:band|grade|level|scale|tier|step|pay point|spine point)\s+\w{1,4})\b"
)
#: "move to the claims department", "transfer to the Leeds site", "move into the Leeds office"
#: ("move into marketing" is a field: the area rules read it).
_MOVE = re.compile(
    r"(?i)^(?:move|transfer|switch|relocate|get moved|get transferred|get a transfer|cross"
    r"|get a move)\s+(?:over\s+|across\s+)?(?:(?P<p>to|onto)\s+(?P<t>.+)|into\s+(?P<in>(?:the|a|an"
    r"|our|my)\s+.*\b(?:department|site|office|team|ward|unit|branch|depot|store|division"
    r"|practice|clinic|school|warehouse|plant|yard|kitchen)s?))$"
)
_PLACE_NOUN = re.compile(
    r"(?i)\b(?:department|site|office|team|ward|unit|branch|depot|store|division|practice"
    r"|clinic|school|warehouse|plant|yard|kitchen)s?$"
)
#: "run both crews", "take over the books", "look after the Leeds depot": taken over or run,
#: usually when someone leaves; said with the user's own verb ("running both crews").
_TAKEOVER = re.compile(
    r"(?i)^(?P<v>run|take over|take on|look after|head up|manage|lead|cover|own|keep)\s+"
    r"(?P<t>(?:the|both|all|our|my|a|an|his|her|their|\w+'s)\s+[\w&/'-]+(?:\s+[\w&/'-]+){0,3})$"
)
_SUCCESSION = re.compile(
    r"(?i)\b(?:when|once|after|before|as soon as)\s+\S+(?:\s+\S+)?\s+(?:leaves?|retires?|"
    r"semi-retires?|steps? (?:down|back)|goes|moves? on|hands? over|is off|on leave|left)\b"
    r"|\bfrom\s+[A-Z]\w+\b"
)
#: Units of people: running one is leading its people, whoever leaves.
_PEOPLE_UNIT = re.compile(
    r"(?i)\b(?:shifts?|crews?|teams?|kitchens?|wards?|floors?|squads?|gangs?|rotas?|staff"
    r"|lines?)$"
)
_GERUNDS = {"run": "running", "take over": "taking over", "take on": "taking on",
            "look after": "running", "head up": "heading up", "manage": "managing",
            "lead": "leading", "cover": "covering", "own": "owning", "keep": "keeping"}  # fmt: skip


def _kind_text(goal: str) -> str:
    """The goal's main clause: openers, a clause about when and a date at the end dropped."""
    text = _OPENER.sub("", _plain_goal(goal))
    text = re.split(r"[,;:!?()]|\.(?:\s|$)| - | — ", text, maxsplit=1)[0].strip()
    text = _WHEN_CLAUSE.sub("", text)
    for _ in range(2):  # "in March next year"
        text = _DATE_END.sub("", text).strip()
    return text.rstrip(". ")


def _the(phrase: str) -> str:
    """ "my ACCA exams" → "the ACCA exams"; "HGV class 1 licence" → "the HGV class 1 licence"."""
    bare = re.sub(r"(?i)^(?:my|our|the|a|an|this|that)\s+", "", phrase.strip())
    return f"the {bare}"


def _read_kind(goal: str | None) -> tuple[str | None, str] | None:
    """The noun phrase and kind of a goal that names a post, a grade, a qualification, a move or
    a thing to take over; None when it is none of these (the area rules read it then)."""
    if not goal:
        return None
    text = _kind_text(goal)
    if not text:
        return None
    grade = _GRADE.match(text)
    if grade:
        return _lower_head(grade.group("t")), "grade"
    post = _POST.match(text)
    if post and not {w.lower() for w in post.group("t").split()} & _NOT_IN_TITLE:
        title = re.sub(r"(?i)^(?:new|open|vacant|next)\s+", "", post.group("t"))
        return f"the {title} {post.group('n').lower()}", "role"
    as_title = _AS_TITLE.match(text)
    if as_title:
        title = re.sub(r"(?i)\s+(?:role|post|job|position)$", "", as_title.group("t"))
        return f"the {title} role", "role"
    qual = _QUALIFICATION.match(text)
    if qual:
        return _the(qual.group("t") + qual.group("rest")), "qualification"
    qualify = _QUALIFY_AS.match(text)
    if qualify:
        who = qualify.group("t")
        titled = _role_focus(who)  # "qualify as a chartered accountant": a title is the step
        if titled and is_role(titled):
            return titled, "role"
        if not re.match(r"(?i)an?\s", who):
            who = f"{'an' if who[:1] in 'aeiouAEIOU' else 'a'} {who}"
        return f"qualifying as {who}", "qualification"
    acronym = _ACRONYM.match(text)
    if acronym:
        return f"the {acronym.group('t')}", "qualification"
    passed = _PASS.match(text)
    if passed and len(passed.group("t").split()) <= 5:
        what = passed.group("t")  # "pass probation" as typed; "pass my test" → "the test"
        return (_the(what) if passed.group("d") else what), "qualification"
    move = _MOVE.match(text)
    if move:
        where = move.group("t") or move.group("in")
        if re.match(r"(?i)(?:the|a|an|our|my)\s", where) or where[:1].isupper():
            where = re.sub(r"(?i)^(?:my|our)\s+", "the ", where)
            where = re.sub(r"(?i)^a (?=[aeiou])", "an ", where)  # "a accounts" as typed
        bare = not re.match(r"(?i)(?:the|a|an)\s", where) and where[:1].islower()
        if bare and _PLACE_NOUN.search(where):  # "move to returns department": add "the"
            where = f"the {where}"
        return f"a move to {where}", "move"  # "a move to nights", "a move to the Leeds site"
    takeover = _TAKEOVER.match(text)
    if takeover and (takeover.group("v").lower() == "take over" or _SUCCESSION.search(goal)):
        if _PEOPLE_UNIT.search(takeover.group("t")):  # "run both crews": leading their people
            return "people management", "area"
        verb = _GERUNDS[fold(takeover.group("v"))]
        return f"{verb} {takeover.group('t')}", "takeover"
    return None


@dataclass(frozen=True)
class GoalRead:
    """What a goal is about, read once: the noun phrase the asks say, its kind (one of `KINDS`)
    and its deadline as written ("by 28 March"), each None when the goal does not say."""

    focus: str | None
    kind: str
    deadline: str | None


def read_goal(goal: str | None) -> GoalRead:
    """The goal's focus, kind and deadline: "Get the deputy manager post before interviews close
    28 March" → ("the deputy manager post", "role", "by 28 March")."""
    focus = derive_focus(goal)
    found = _read_kind(goal)
    kind = found[1] if found and found[0] == focus else focus_kind(focus)
    if kind == "area" and focus and _SKILL_GOAL.match(_goal_text(goal)):
        kind = "skill"
    return GoalRead(focus, kind, derive_deadline(goal))


#: A goal to get better at something: the focus is a skill.
_SKILL_GOAL = re.compile(
    r"(?i)^(?:learn|master|improve|get (?:better|good|confident|faster) (?:at|with)"
    r"|be (?:better|good|confident|fluent) (?:at|with|in)|become (?:fluent|confident) in"
    r"|practi[cs]e|develop|strengthen|sharpen|build up)\b"
)


def _lower_head(grade: str) -> str:
    """ "Band 7" → "band 7": a grade's word reads lower-case mid-sentence."""
    word, _, rest = grade.partition(" ")
    return f"{word.lower()} {rest}".strip()


_GRADE_PHRASE = re.compile(
    r"(?:pay\s+)?(?:band|grade|level|scale|tier|step|pay point|spine point)\s+\w{1,4}"
)


def focus_kind(focus: str | None) -> str:
    """The kind of a focus phrase, read from the phrase alone (so a typed focus routes too): a
    post or role, a grade, a qualification, a move, taking something over, a project, or an area."""
    if not focus:
        return "area"
    text = focus.strip().lower()
    if re.search(r"\s(?:role|post|job|position|seat|vacancy|secondment|spot)$", text):
        return "role"
    if _GRADE_PHRASE.fullmatch(text):
        return "grade"
    qual = (
        rf"\b(?:{_QUAL_NOUN})(?:\s+(?:[ivx]{{1,4}}|\d{{1,2}}))?(?:\s+(?:in|on|for)\s+[\w\s&/-]+)?$"
    )
    if text.startswith("qualifying as ") or re.search(qual, text):
        return "qualification"
    if text.startswith(("a move to ", "a move into ")):
        return "move"
    if re.match(
        r"(?:running|taking over|taking on|looking after|heading up|managing|covering"
        r"|keeping) ",
        text,
    ):
        return "takeover"
    if re.search(r"\b(?:project|programme|program|rollout|launch|migration|refit|build)$", text):
        return "project"
    return "area"


__all__ = [
    "KINDS",
    "TARGET_KINDS",
    "GoalRead",
    "clean_focus",
    "derive_deadline",
    "derive_focus",
    "derive_step",
    "fits_slot",
    "focus_kind",
    "is_role",
    "is_target",
    "read_goal",
]
