"""Oversharing scan (design §4): flag personal disclosures in talking points and logged text.

Eight categories. Each flag names the category, the words of the text that tripped it (verbatim)
and a work-focused reframe that keeps the work need and drops the private detail.

How it reads text: personal disclosure is mostly first person or possessive ("my wife", "I've been
diagnosed", "I'm interviewing at"), so ambiguous words are anchored on "I"/"my"; strongly personal
words ("chemo", "hungover", "DUI") stand alone; common work collocations with the same words
("health check", "product family", "kill the job", "drunk-walk") are excluded with lookarounds.

A second, broader layer (coaching/oversharing_lexicon.py) reads per clause: large lexicons of
strong words (flag alone) and weak words (flag only with I/me/my in a clause free of work nouns),
work-collocation guards, a person-plus-judgement rule for gossip and a role-plus-outside-party rule
for job hunting. Layer-1 matches that modify a work noun ("the kids mode in our app") or sit in
hiring talk ("a recruiter about hiring for our team") are dropped, and so are matches that a
work collocation of the second layer covers ("sandbox vs jail", "like a second job"), that follow
a work thing as subject ("the worker process is drunk on retries"), that sit in product talk
without the writer ("the alcohol age gate on the checkout page"), and rumours or "between us"
about the organisation rather than a person.

Every pattern is a flat alternation with bounded gaps (no nested unbounded quantifiers), so the scan
is linear in the text and safe on any input. Pure stdlib; patterns are compiled once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from coaching.oversharing_lexicon import (
    FIRST_NAMES,
    budget_context,
    followed_by_work,
    guarded_ranges,
    hiring_context,
    product_clause,
    scan_clauses,
    work_subject,
)


class Category(StrEnum):
    HEALTH = "health"
    FAMILY = "family"
    MONEY = "money"
    JOB_HUNT = "job_hunt"
    GOSSIP = "gossip"
    POLITICS_RELIGION = "politics_religion"
    LEGAL = "legal"
    SUBSTANCES = "substances"
    FAVOURITISM = "favouritism"
    DISTRESS = "distress"

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
    # Not a modifier of a work noun ("our mortgage partner integration", "my church app").
    "<NOTMOD>": r"(?![ -](?:teams?|clients?|customers?|apps?|software|api|services?|"
    r"integrations?|partners?|features?|products?|projects?|accounts?|data|tables?|pages?|"
    r"modules?|dashboards?|vendors?|management|platform|system|tools?|flows?|calculator|"
    r"models?|origination|endpoints?|repo|codebase|domain|vertical|segment|market|plans?|"
    r"pricing|tiers?|subscriptions?|bundles?|sku)\b)",
    "<NOTMOD2>": r"(?!(?:[\x27\u2019]s?)?(?:[ -][\w\x27\u2019]+){0,2}[ -](?:pages?|clients?|"
    r"customers?|datasets?|data|"
    r"corpus|features?|apps?|site|product|api|service|dashboard|feed|widget|vertical)\b)",
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

# "Rumour has it there's a reorg coming — can you tell us anything?" asks openly about the
# organisation; it is gossip only when a person is its subject.
_ORG_EVENT = re.compile(
    r"\b(?:re-?orgs?|restructur\w*|layoffs?|lay-?offs|redundanc\w+|merger|acquisition|acquired|"
    r"acquiring|funding|ipo|budget cuts?|hiring freeze|return to office|rto|office move|"
    r"new office|bonus(?:es)? (?:this|next) year|pay freeze|strategy|roadmap|pivot\w*|launch\w*|"
    r"release\w*|deadline|api|v\d|product|project|deal|contract|customer|client|vendor|pricing|"
    r"policy|headcount|budget|"
    r"all-hands|announcement|spin-?off|shut(?:ting)? down the|sunset\w*)\b",
    re.I,
)


# Categories whose vocabulary doubles as product domains ("the alcohol age gate on the checkout
# page", "the benefits tool handles dependents and spouses").
_PRODUCT_CATEGORIES = {
    Category.HEALTH,
    Category.FAMILY,
    Category.MONEY,
    Category.LEGAL,
    Category.SUBSTANCES,
    Category.POLITICS_RELIGION,
}


def _guarded(match: re.Match[str], a: int, b: int) -> bool:
    """A work collocation covers the match ("sandbox vs jail") or its head word ("our startup
    partner"); one inside a longer personal match ("considering leaving the company") does not."""
    start, end = match.start(), len(match.group(0).rstrip()) + match.start()
    if not (a < end and start < b):
        return False
    return not (start <= a and b < end)


_SECRECY = re.compile(r"between|off the record|don't tell|keep (?:this|it)|didn't hear", re.I)
_PERSON_WORD = re.compile(
    r"\b(?:he|she|his|her|him|he's|she's|(?:manager|boss|lead|teammate|team-?mate|colleague|"
    r"coworker|co-worker|guy|girl|vp|director|cto|ceo|cfo|intern|pm|em|peer)s?)\b",
    re.I,
)


def _org_rumour(text: str, match: re.Match[str]) -> bool:
    """A rumour about the organisation, or "between us" before an opinion about work rather
    than about a person."""
    words = match.group(0).lower()
    secrecy = bool(_SECRECY.match(words))
    if "rumo" not in words and not secrecy:
        return False
    start = max(text.rfind(c, 0, match.start()) for c in ".!?;\n") + 1
    found = re.search(r"[.!?;\n]", text[match.end() :])
    end = match.end() + found.start() if found else len(text)
    sentence = text[start:end]
    person = bool(
        _PERSON_WORD.search(sentence)
        or re.search(r"(?<=\S )(?-i:[A-Z][a-z]+)\b", sentence)
        or any(w in FIRST_NAMES for w in re.findall(r"[a-z]+", sentence))
    )
    if secrecy:
        return not person
    return bool(_ORG_EVENT.search(sentence)) and not person


def scan(text: str) -> list[Flag]:
    """Flag personal disclosures: at most one Flag per category, in Category order."""
    if not isinstance(text, str) or not text:
        return []
    flags = []
    broad = scan_clauses(text)
    guards = guarded_ranges(text)
    for category in Category:
        triggers: list[str] = []
        for pattern in _RULES.get(category, ()):
            for match in pattern.finditer(text):
                if category is Category.JOB_HUNT and hiring_context(
                    text, match.start(), match.end()
                ):
                    continue
                if category is Category.MONEY and budget_context(text, match.start()):
                    continue
                if followed_by_work(text, match.end()):
                    continue
                if any(_guarded(match, a, b) for a, b in guards):
                    continue
                if category is Category.GOSSIP and _org_rumour(text, match):
                    continue
                if work_subject(text, match.start()):
                    continue
                if category in _PRODUCT_CATEGORIES and product_clause(text, match.start()):
                    continue
                words = match.group(0).strip()
                if words and words not in triggers:
                    triggers.append(words)
                if len(triggers) >= _MAX_TRIGGERS:
                    break
        for words in broad.get(category.value, ()):
            if len(triggers) >= _MAX_TRIGGERS:
                break
            if words and not any(words in t or t in words for t in triggers):
                triggers.append(words)
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
        rf"<MY> <GAP>{_CONDITIONS}(?! (?:check|checks|score|metrics?|of the))<NOTMOD>",
        r"(?:<IM>|just|got|been|recently|was) (?:been |just |recently |finally |officially )?"
        r"(?:diagnosed|hospitali[sz]ed|admitted to (?:the )?hospital|in (?:the )?hospital|"
        r"on (?:antidepressants|medication|meds|sick leave|medical leave)|in therapy|"
        r"in recovery from|recovering from (?:surgery|an? (?:operation|injury|illness|infection))|"
        r"pregnant|depressed|having panic attacks|throwing up|vomiting|bedridden)",
        r"<IM> (?:got |caught |came down with |been )?(?:sick|ill|unwell|covid|the flu|"
        r"a (?:cold|fever|migraine|concussion|chest infection))(?! (?:of|and tired|build|test|"
        r"start|storage|cache|call|outreach|email|feet|shoulder|read|shots?|jabs?|vaccines?)\b)",
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
        r"(?:struggling|dealing|living|suffering|battling|coping|diagnosed|fighting|"
        r"struggle|struggled|deal|dealt|cope|coped) with (?:my |some |severe |bad |chronic )?"
        r"(?:anxiety|depression|insomnia|ptsd|adhd|ocd|an eating disorder|cancer|diabetes|"
        r"long covid|my health|mental health|migraines|chronic pain|an illness|grief|burnout)",
        r"(?:biopsy|sciatica|arthritis|endometriosis|epilepsy|long covid|a lump|tumou?r|"
        r"antibiotics|painkillers|blood tests?|medical tests|scans? results|(?:new|my) "
        r"(?:medication|meds)|the medication)<NOTMOD>|"
        r"(?:at|in|to|from|into|out of) (?:the )?(?:hospital|er|a&e|emergency room|urgent care)"
        r"<NOTMOD>|(?:threw|put|hurt|injured|broke|sprained|twisted|pulled|strained|tore|"
        r"dislocated) (?:out )?my (?:back|neck|knee|ankle|wrist|shoulder|hamstring|hip|arm|leg|"
        r"foot|hand)|"
        r"(?:(?:cardi|neur|dermat|endocrin|gastroenter|onc|rheumat|ur|gyn[a]?ec|ophthalm|"
        r"ha?emat|immun|nephr|pulmon|radi|audi|hepat|otolaryng)olog|\w+iatr)ists?|"
        r"p(?:a)?ediatrician|\w{2,}ectomy|(?:fibromy|neur)algia|(?:tendin|tendon|bronch|arthr|"
        r"appendic|sinus|gastr|col|dermat|hepat|mening|conjunctiv|tonsill|burs|fasci|laryng|"
        r"pancreat|diverticul)itis|(?:endometri|scoli|fibr|thromb|psych)osis|"
        r"(?:gallbladder|appendix|kidney|liver|heart|lung|thyroid|tonsils|knee|hip|spine|"
        r"stomach|gut|eye|ear|teeth|tooth|skin|bladder|bowel|prostate|uterus|ovarian|breast|"
        r"colon|chest|joint) (?:removed|removal|transplant|replacement|surgery|operation|"
        r"infection|stones?|condition|problems?|issues?|pain|injury|cancer|scan)|"
        r"(?:my |bad |terrible |constant |daily |chronic |severe |cluster |tension )headaches|"
        r"(?:I|I've|I have|I'm|been) (?:been )?(?:getting|having|had|get) (?:\w+ )?headaches|"
        r"(?:colonoscopy|endoscopy|mammogram|palpitations|dialysis|insulin|inhaler|epipen|"
        r"radiotherapy|ssris?|cancer|diabetic|asthma|epilepsy|migraines?|depression|"
        r"antidepressants?)<NOTMOD2>|(?:had|have|having) a stroke|"
        r"(?:I've been |I'm |I am |I was |been )(?:feeling |so |really |very |pretty )*"
        r"(?:low|depressed|unwell|awful|burnt out|burned out)(?! (?:on|in|about "
        r"the|with the|by the))|seeing (?:someone|a professional|a counsell?or|a therapist|"
        r"a specialist) (?:about|for)|"
        r"dizzy spells|dizziness|vertigo|nausea|fainted|seizures?|flare-ups?|"
        r"chronic fatigue|"
        r"insomnia|wisdom teeth|root canal|fertility (?:treatments?|clinic|doctor)|"
        r"(?:had|have|having|got) (?:a )?(?:stroke|heart attack|seizures?|concussion|"
        r"stomach bug|food poisoning|the flu|covid|a fever|an allergic reaction)"
        r"(?! (?:shots?|jabs?|vaccines?|vaccination)\b)",
        r"(?:sick|ill) (?:with|from) (?:the flu|covid|a (?:cold|virus|bug|fever|stomach bug))",
        r"(?:mental health|health) (?:issues?|problems?|struggles?|scare|reasons|day|days|crisis)"
        r"(?! (?:in|on|with|of|for) (?:the|our|prod|production|staging|cluster|service|system))",
    ],
)

# --- family and relationships ------------------------------------------------------------------
_KIN = (
    r"(?:wife|husband|spouse|partner(?<!our partner)"
    r"(?! (?:team|org|teams|company|companies|api|portal|program|"
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
        rf"<MY> (?:\w+ )?{_KIN}(?<!is my baby)"
        r"(?!'s? (?:design|code|doc|docs|review|team|project|pr)\b)<NOTMOD>",
        r"<IM> (?:getting |going through (?:a |the )?|in the middle of (?:a |the )?)?"
        r"(?:divorced|divorcing|separated|separating|engaged|getting married|newly married|"
        r"married|pregnant|expecting(?= (?:a baby|a child|a boy|a girl|twins|our|my|another|"
        r"in (?:may|june|july|the spring|the fall))|[.,!]|$)|a single (?:mom|mum|dad|parent)|"
        r"a new (?:mom|mum|dad|parent)|"
        r"dating|single again|widowed|going through a (?:divorce|breakup|separation)|"
        r"trying for a baby|trying to conceive|adopting|moving in with)",
        r"(?:going through|in the middle of|dealing with|finalizing|finalising) (?:a |the |my )?"
        r"(?:divorce|breakup|break-up|separation|custody)",
        r"(?:divorce|custody) (?:lawyer|battle|hearing|papers|proceedings|settlement)",
        r"(?:broke|broken) up with|dumped me|cheated on me|cheating on me|"
        r"(?:he|she|they) left me|(?:got|getting) engaged|(?:got|getting) married|our wedding|"
        r"(?:we're|we are|we) (?:having|expecting) a baby|"
        r"my (?:wife|partner|girlfriend) is pregnant",
        r"(?:adopted|adopting|fostering) (?:a|our|two) (?:kid|child|baby|son|daughter|kids)|"
        r"(?:our|the) (?:kids|children|toddler|twins|baby)(?! (?:on|in) the team)<NOTMOD2>|"
        r"my (?:step|half-)\w+|"
        r"(?:going to be|becoming|became|about to be|to be) a (?:dad|mom|mum|father|mother|"
        r"parent|grandparent|grandma|grandpa)|"
        r"trying for a baby|trying to conceive|daycare|childcare|nanny|babysitter|"
        r"family (?:emergency|emergencies|issues?|problems?|stuff|situation|matters?|reasons|"
        r"drama|crisis|troubles?|obligations|commitments|health)",
        r"(?:school|daycare|nursery|kindergarten) (?:pick-?ups?|drop-?offs?|run)|"
        r"pick up (?:my |the )?kids|parent-teacher|maternity leave|paternity leave|"
        r"(?:passed away|funeral|died)(?= (?:last|this|on|yesterday|recently|suddenly))",
    ],
)


# --- money -------------------------------------------------------------------------------------
_rule(
    Category.MONEY,
    [
        r"<MY> (?:\w+ )?(?:mortgage|rent(?! (?:a|the)\b)|landlord|student loans?|loans?|"
        r"credit cards?|credit score|(?<!tech )(?<!technical )debts?|savings|bills|paycheck|"
        r"pay cheque|bank account|"
        r"bank balance|overdraft|finances|financial (?:situation|problems?|issues|stress|trouble)|"
        r"401k|401\(k\)|pension|retirement (?:savings|fund|account)|investments|portfolio|"
        r"crypto|stocks|tax (?:bill|return|debt)|taxes|car payments?|budget at home|"
        r"household budget|spending|gambling)<NOTMOD>",
        r"<IM> (?:completely |totally |flat |pretty |so |really |basically )?"
        r"(?:(?:(?<=m )|(?<=s )|(?<=e )|(?<=n ))broke|in debt|drowning in debt|buried in debt|"
        r"deep in debt|behind on (?:rent|"
        r"payments|bills|my)|living paycheck to paycheck|struggling (?:financially|to pay|"
        r"with money|to make rent)|short on (?:cash|money|rent)|strapped for cash|"
        r"tight on money|bankrupt|filing for bankruptcy|being evicted|in collections|maxed out)",
        r"(?:(?:I|we) )?(?:can't|cannot|can not|couldn't) (?:afford|pay) (?:my|our|rent|the rent|"
        r"groceries|the mortgage|bills|childcare|daycare|a (?:house|car|flat|home)|to (?:pay|"
        r"live|buy|move|rent)|food)",
        r"repossess(?:ed|ion)|foreclos(?:ed|ure)|emergency fund|overdrawn|underwater on|"
        r"(?:get|getting|got|go|going|went|stay|climb) (?:out of|into) debt|"
        r"debt (?:collectors?|relief|consolidation|counsel\w*)|"
        r"pay (?:off|down) (?:my |our |the )?(?:debts?|loans?|credit cards?|mortgage|car)|"
        r"dip(?:ped|ping)? into (?:my|our) (?:savings|emergency fund|retirement|401k|pension)|"
        r"(?:a |my )?second job|"
        r"(?:take|took|taking|taken) out (?:a |another |an? \w+ )?(?:loan|second mortgage|"
        r"payday loan|advance)|(?:I|we) (?:had to |have to |need to )?borrow(?:ed)? (?:money|"
        r"from)|my (?:paycheck|salary|pay) (?:doesn't|does not|won't|barely) (?:stretch|cover)|"
        r"(?:barely|can't|cannot|struggling to|hard to|trying to) (?:make|pay|cover) "
        r"(?:the |my |our )?(?:rent|mortgage|bills)|make ends meet|gambling|"
        r"(?:I'm |I am |I )?sell(?:ing)? (?:my|our) (?:car|house|home|flat|apartment|stuff|"
        r"jewelry|watch) (?:to|so|because|for (?:money|cash))|"
        r"behind on (?:the |my |our )?(?:rent|mortgage|bills|car payments?|loan|payments)|"
        r"(?:considering|thinking about|might|may|have to|had to|filing|file) (?:for )?"
        r"(?:personal )?bankruptcy|"
        r"paycheck to paycheck|payday loans?|money (?:is|has been|'s) (?:tight|short|a problem)|"
        r"(?:credit card|student|medical|gambling|personal|crushing) debt|debt collectors?|"
        r"(?:personal|my) bankruptcy|foreclosure|eviction notice|(?:got|getting|being) evicted|"
        r"(?:lost|losing) (?:all )?(?:my|our) (?:savings|money|house|home)|"
        r"(?:second|side|another) (?:job|gig|hustle) (?:to|so|because|for (?:the )?money)|"
        r"financial (?:hardship|difficulties|trouble|struggles|stress) at home|"
        r"(?:borrowed|borrow|lend me|owe) (?:money|\$\d)",
        # The writer affording, covering or owing: "I'm not sure I can cover childcare", "how
        # I'm going to pay for my daughter's braces", "we fell behind on a couple of bills".
        r"(?:I|we) (?:\w+ )?(?:can|can't|cannot|could|couldn't|won't be able to|can no longer) "
        r"(?:really |even |still |actually )?(?:afford|cover|swing|manage|pay for) "
        r"(?:the |my |our )?"
        r"(?:childcare|daycare|nursery|rent|mortgage|bills|groceries|school fees|tuition|braces|"
        r"repairs|deposit|it (?:myself|on my own|out of pocket)|that (?:myself|on my own))",
        r"how (?:I'm|I am|I'll|I will|I can|I'd|we're|we'll|we can) (?:going to |gonna )?"
        r"(?:pay for|afford|cover) (?:my|our|it all|all of it|the (?:rent|mortgage|bills|"
        r"deposit|repairs|wedding|move))",
        r"(?:pay|paying|afford|cover) (?:for )?(?:my|our) (?:\w+'s )?(?:braces|tuition|school fees|"
        r"wedding|treatment|surgery|childcare|daycare|nursery|car repairs?|roof|boiler)",
        r"(?:fell|falling|fallen|got|getting|are|am|we're|I'm|I've been|we've been) behind on "
        r"(?:a |the |my |our )?(?:few |couple of |couple |some |several |two |three )?"
        r"(?:bills|payments|rent|mortgage|loan|car payments?|credit cards?)"
        r"(?! (?:to|for|from|in) (?:the|our|a) (?:\w+ )?(?:vendor|supplier|contractor|agency|"
        r"provider|customer|client|billing|backlog|invoice|queue|sprint|board)s?\b)",
        r"I (?:need to|have to|'ve got to|must|'m trying to|am trying to|'ve been trying to) "
        r"(?:figure out|work out|find a way|sort out|see) how (?:to|I'll|I'm going to|I can) "
        r"(?:pay for|afford|cover)(?! (?:the |our |a |an )?(?:new |extra )?(?:team|tool|tooling|"
        r"licen[cs]e|vendor|laptops?|servers?|hardware|seats?|offsite|contractor|cloud)\w*)",
        r"(?:things|money|cash|finances)(?:'ve| have| has|'s| are| is)? (?:been )?(?:really |"
        r"pretty |a bit |so |very |super )?tight (?:for us|for me|at home|since|ever since|"
        r"lately|these days|right now|this month|at the moment)",
        r"money(?:'s| is| has)? (?:been )?(?:a |such a )?(?:real |huge |big |constant |bit of a )?"
        r"(?:stress|worry|struggle|strain)(?! (?:for|on) (?:the|this|our) )",
        r"(?:picked|picking|pick|doing|working|took|taking) (?:up |on )?"
        r"(?:some |a few |extra |more )?"
        r"(?:weekend |evening |night |bar |restaurant |retail |extra )shifts(?! (?:on|for) "
        r"(?:the|our) )",
        r"(?:moved|moving|move) back (?:home|in with (?:my|our) (?:parents|mum|mom|dad|folks))"
        r"(?: \w+){0,3} to save",
        r"(?:need|needs|needed) (?:the |a |this |that )?(?:raise|bonus|money) "
        r"(?:to (?:pay|cover|make)|for (?:my|rent|the rent|the mortgage|bills))",
    ],
)

# --- job hunting elsewhere ---------------------------------------------------------------------
_rule(
    Category.JOB_HUNT,
    [
        r"(?:<IM>|been|started|start|keep|still) (?:\w+ )?(?:interviewing|applying) "
        r"(?:elsewhere|around|outside|(?:at|with|to|for) (?:other|another|new|a few|some|"
        r"several|two|three|a couple of) (?:companies|company|jobs|job|roles|role|places|"
        r"startups|positions|opportunities)|(?:at|with|to) (?-i:[A-Z][\w.&]+)(?! team))",
        r"(?:<IM>|been|started|start|keep|still) (?:\w+ )?(?:looking|searching|shopping) "
        r"(?:around(?! for (?!(?:a |an |another |my )?(?:new |better |different )?(?:jobs?|"
        r"roles?|positions?|gig|company|employer)))|elsewhere|outside (?:the company)?|"
        r"for (?:a new|another|other|new|a "
        r"different|a better(?:-paying)?) (?:jobs?|roles?|positions?|opportunit\w+|company|"
        r"employer|gig))",
        r"(?:interview|interviews|onsite|on-site|final round|phone screen|loop) (?:at|with) "
        r"(?:another company|other companies|a competitor|(?-i:[A-Z][\w.&]+))(?! team)",
        r"(?:I|I've|I have|I just|just) (?:got|received|have|accepted|been (?:made|given)) "
        r"(?:an?|another|a job|a competing|a better|a verbal) (?:\w+ )?offer"
        r"(?! letter for| of help| to help| from the \w+ team)",
        r"(?:an|the|their|a job|job|verbal|written) offer (?:from|at) (?:another|a competitor|"
        r"a startup|(?-i:[A-Z])[\w.&-]*)|"
        r"(?:competing|outside|external|counter-?) ?offer|counteroffer|"
        r"(?:offered|offering) me (?:a|the|more|\$)|they offered me",
        r"(?:a |the )?(?:recruiter|headhunter)s? (?:from|at) \w+ (?:reached out|contacted|called|"
        r"messaged|pinged|approached)|(?:recruiters?|headhunters?) (?:reached out to me|"
        r"contacted me|called me|keep calling|have been calling|messaged me|pinged me)|"
        r"(?:got|been|being) headhunted|poached by",
        r"(?:updat|polish|refresh|rewrit|send|sen|submitt)(?:e|ed|ing|ting|t)? (?:out )?my "
        r"(?:resume|résumé|cv|linkedin|portfolio)|my (?:resume|résumé|cv) (?:is out|to)",
        r"job (?:hunting|hunt|search|searching|interviews?|offers?)(?! (?:pipeline|for the|for our|"
        r"page|board for))|job-hunting|open to work|(?:looking|ready|time) for (?:a|my) next "
        r"(?:job|role|gig|move) (?:outside|elsewhere)|looking for (?:a new|another|a different) "
        r"(?:job|role|position|company|employer)",
        r"(?:talking|speaking|chatting|talked|spoke|been in touch) (?:to|with) (?:a few |some |"
        r"several |two |three |a couple of )?(?:other companies|recruiters|a recruiter|"
        r"headhunters|competitors|a competitor)(?! about (?:hiring|the (?:role|req|opening|"
        r"candidate)|our|a candidate|candidates|the \w+ role))|"
        r"(?:opportunities|options|roles|jobs|positions) "
        r"(?:outside (?:the company|of here|this company)|elsewhere|at other companies)|"
        r"(?:I've|I have|I) (?:started|begun|been|am|'m) interviewing(?! (?:candidates|for "
        r"(?:the|our)|people|\w+ (?:candidates|engineers|people)))",
        r"(?:I'll|I will|I'd|I might|I may|I'm going to|I'm gonna|I could) (?:probably |just |"
        r"have to |definitely |seriously |honestly )?(?:walk|leave|quit|resign(?! myself)|"
        r"look elsewhere|start looking|be gone|jump ship|walk away)"
        r"(?=\s*(?:[.,;!?)]|$| if | unless | "
        r"when | after | before | soon| otherwise| too))",
        r"(?:one|a) foot out the door|the right offer|a better offer|(?:a|some|two|several|"
        r"few|other) recruiters?(?= (?:called|reached|contacted|pinged|messaged|"
        r"about (?!hiring|the role|"
        r"our|candidates)|from|at|"
        r"and|who))|(?:told|asked|called|emailed|messaged) (?:a|that) recruiter|"
        r"(?:with|to|at) (?:a|another|this|that) (?:startup|company|firm|competitor|bank|agency)"
        r" (?:about|for) (?:a|an|the|their) (?:\w+ ){0,2}?(?:role|job|position|opening)|"
        r"interview(?:ing)? (?:with|at|for) (?:a|another) (?:company|startup|firm|competitor)|"
        r"(?:interviews?|interviewing|round|onsite|on-site|offer|screen|screening|loop|process|"
        r"talks) (?:at|with) (?:another company|a different company|a competitor|other "
        r"companies|one of our competitors)|(?:a |the )?(?:recruiter|headhunter)"
        r" (?:at|from) (?-i:[A-Z])[\w.&-]*|(?:browsing|scrolling|checking|looking at|on) "
        r"(?:the )?(?:job boards|job listings|job sites|glassdoor|indeed|linkedin jobs)",
        r"(?:appl(?:y|ied|ying)|interview(?:ed|ing)?) (?:to|for|at|with) (?:a couple of |a few |"
        r"some |several |two |three |a bunch of |other |a )?(?:roles?|jobs?|positions?|openings?"
        r"|companies|startups|places)(?: (?:at|with) (?-i:[A-Z])[\w.&-]*)?(?! (?:on|in) (?:the|our)"
        r" team)",
        r"(?:thinking (?:about|of)|considering|planning (?:on|to)|going to|want to|might|may|"
        r"I'll|I will|ready to) (?:quit|quitting|leave the company|leaving the company|"
        r"leave this company|resign(?! myself)|resigning|hand in my notice|put in my notice|"
        r"jump ship|"
        r"move on from (?:here|this company)|leave for)"
        r"(?! (?:doing|using|as|the|on|from the|\w+ing)\b)",
        # Leaving or looking, the writer as subject: "a friend's team is hiring and asked if I'd
        # be interested", "whether I should stay here", "a phone screen for a job at a bank".
        r"(?:friend|friend's|mate's|former|old|ex-\w+)(?:'s)? (?:\w+ )?(?:team|company|startup|"
        r"firm|place|boss|manager|lab|agency) (?:is|are|was|were|'s|has been) (?:\w+ )?hiring"
        r"(?= and (?:they |he |she )?(?:asked|wants?|pinged|messaged|reached)| and I\b)",
        r"asked (?:if|whether) I(?:'d| would|'m| am| was) (?:be )?"
        r"(?:interested|keen|open|up for it)"
        r"(?!\w| in (?!(?:joining|moving|coming|a role|the role|applying|switching)))",
        r"(?:whether|if) (?:or not )?(?:I|to) (?:should |want to |ought to |even want to )?stay"
        r"(?! (?:late|on (?:the|this|that|our|my|\w+ (?:project|team))|for|in the|until|"
        r"till|after|online|home|behind|focused|"
        r"involved|close|across|with the|longer on|up)\b)",
        r"for an? (?:\w+ )?(?:job|role|position|opening) (?:at|with) (?:a|an|another|"
        r"(?-i:[A-Z]))|(?:final|last) (?:round|stage)s? (?:somewhere|elsewhere)|"
        r"(?:coffee|lunch|drinks|a chat|a call)(?: chat)? with (?:\w+ ){0,4}?(?:over )?(?:at|from) "
        r"(?:a|another) (?:startup|company|competitor|firm|scale-?up|bank|agency)",
        r"(?:hand|handing|put|putting|give|giving|gave|handed) in my (?:notice|resignation)|"
        r"two weeks'? notice|my (?:notice|resignation) (?:letter|period)|"
        r"(?:pays|pay|paying) (?:way |much |a lot )?more (?:than here|elsewhere)|"
        r"other (?:companies|employers) (?:pay|are paying|would pay|offered)",
    ],
)


# --- complaints or gossip about colleagues -----------------------------------------------------
# A capitalised word that is a person's name rather than a tool, team or sentence opener.
_NAME = (
    r"(?-i:(?!(?:The|This|That|These|Those|It|Its|He|She|They|We|I|You|Our|My|Your|Their|His|"
    r"Her|There|Here|What|Which|Who|When|If|And|But|So|Also|Everything|Everyone|Nobody|"
    r"Nothing|Jira|Jenkins|Slack|Confluence|Terraform|Kubernetes|Docker|Python|Java|Go|Rust|"
    r"Prod|Staging|Sales|Marketing|Legal|Finance|Engineering|Product|Design|Support|Ops|Infra|"
    r"Security|Platform|Data|Mobile|Android|Windows|Linux|Excel|Zoom|Teams|Outlook|Gmail|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Yesterday|"
    r"Everybody|Management|Leadership|Legacy|Onboarding|Hiring|Planning|Testing|Deploy)\b)"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
_PERSON = (
    rf"(?:{_NAME}|he|she|my (?:\w+ )?(?:manager|boss|coworker|co-worker|colleague|teammate|"
    r"team-?mate|lead|skip-level|peer|pm|tech lead|report|cubicle neighbou?r|desk mate)|"
    r"(?:the new|our|the|my) (?:guy|girl|hire|manager|director|vp|cto|ceo|cfo|pm|em|lead|"
    r"designer|intern|contractor|architect|boss|head of \w+)|that guy|that woman|this guy)"
)
_INSULT = (
    r"(?:lazy|incompetent|useless|clueless|hopeless|an? (?:total |complete |absolute |real )?"
    r"(?:idiot|jerk|moron|snake|nightmare|joke|bully|creep|liar|slacker|narcissist|psycho|ass|"
    r"asshole|clown|drama queen|backstabber|waste of space|control freak|mess|disaster)|"
    r"toxic|annoying|stupid|dumb|fake|rude|arrogant|creepy|two-faced|lying|pathetic|unbearable|"
    r"insufferable|hopeless|a (?:pain|nightmare) to work with|a pain|a micromanager|"
    r"micromanaging|a tyrant|a diva|a suck-up|a brown-noser|a kiss-ass|a dinosaur|"
    r"dead ?weight|a (?:total |complete )?waste of (?:space|a salary)|"
    r"slacking|a slacker|crazy|nuts|unhinged|full of (?:it|himself|"
    r"herself)|(?:terrible|awful|bad|horrible|useless) at (?:his|her|their) job|"
    r"out of (?:his|her) depth|an? (?:drunk|alcoholic|racist|sexist|misogynist))"
)
_rule(
    Category.GOSSIP,
    [
        rf"(?:can't|cannot|can not|could not|couldn't|can|nobody can|no one can) stand "
        rf"(?:working with )?{_PERSON}|(?:nobody|no one|everyone) (?:likes|trusts|hates|"
        rf"wants to work with|respects) {_PERSON}|"
        rf"(?:I|I really|I honestly|I absolutely) (?:hate|despise|loathe|detest) "
        rf"(?:working with )?{_PERSON}|(?:sick|tired|fed up) (?:and tired )?of {_PERSON}",
        rf"{_PERSON}(?: is|'s| has been| was| keeps being| seems| acts| can be) "
        rf"(?:so |such |really |totally |completely |honestly |basically |just |kind of |"
        rf"always |being |very |utterly |incredibly |a bit |pretty )*{_INSULT}",
        r"between (?:you and me|us|ourselves)|off the record|don't tell (?:anyone|anybody)|"
        r"keep (?:this|it) (?:between us|to yourself|quiet)|you didn't hear (?:it|this) from me|"
        r"(?:spread|spreading|heard|hearing|started|there's|there are|there is) (?:a |the )?"
        r"rumou?rs?|rumou?rs? (?:is|are|has it|that|about)(?= )",
        rf"(?:I heard|I hear|apparently|word is|rumou?r is|everyone knows|everybody knows) "
        rf"(?:that )?{_PERSON}(?: is|'s| was| got| has| had| might| will| and)(?= )",
        rf"{_PERSON} (?:is |was |has been |'s )?(?:sleeping with|hooking up with|dating|having "
        rf"an affair|cheating on)|(?:office|workplace) (?:affair|romance|fling)|"
        rf"(?:his|her|their) affair",
        rf"{_PERSON} (?:never|doesn't|does not|won't|barely) (?:does|do|pulls?|carry|carries|"
        rf"lifts?) (?:any|his|her|their|a) (?:work|weight|share|finger)|"
        rf"{_PERSON} (?:always |keeps )?(?:takes|taking|stole|steals|stealing) (?:all )?"
        rf"(?:the )?credit|talk(?:s|ing|ed)? (?:trash|behind (?:my|his|her|their) back)|"
        r"back-?stabb(?:ing|ed|er)|bad-?mouth(?:s|ed|ing)?|trash-?talk(?:s|ed|ing)?",
        rf"{_PERSON}(?: [\w\x27\u2019,]+){{0,8}}? (?:drives me (?:nuts|crazy|insane|up the wall)|"
        rf"gets on my nerves|annoys the hell)|(?:only|just) got (?:promoted|the job|hired|"
        rf"the role|the raise|the bonus) because|(?:are|were|is) (?:seeing|dating|sleeping "
        rf"with) each other|sleeping together|(?:did you|have you) hear(?:d)? (?:that |about )?"
        rf"{_PERSON}|word is (?:that )?{_PERSON}",
        rf"{_PERSON} (?:drinks|smells|stinks|is always drunk|is (?:probably )?getting fired|"
        rf"is getting divorced|is pregnant|is on (?:a )?(?:PIP|performance plan))",
    ],
)


# --- politics or religion ----------------------------------------------------------------------
_FAITHS = (
    r"(?:christian|muslim|jewish|catholic|protestant|hindu|buddhist|atheist|agnostic|mormon|"
    r"evangelical|sikh|orthodox|religious|devout|observant|born-again)"
)
_rule(
    Category.POLITICS_RELIGION,
    [
        r"<MY> (?:\w+ )?(?:church|mosque|synagogue|temple|parish|congregation|pastor|priest|"
        r"rabbi|imam|faith|religion|religious \w+|beliefs|bible study|prayer group|"
        r"politics|political \w+|vote|party membership)<NOTMOD>",
        rf"(?:<IM>|as an?) (?:an? )?(?:very |deeply |devout |practicing |practising |proud |"
        rf"lifelong |committed |card-carrying |registered )?(?:{_FAITHS}|democrat|republican|"
        r"socialist|communist|libertarian|leftist|conservative|liberal|progressive|tory|"
        r"pro-life|pro-choice|trump supporter|maga)(?! (?:with|about|in|on|when|estimates?|"
        r"approach|guess|timeline)\b)",
        r"(?:church|mosque|synagogue|temple|bible|sunday school|religious|prayer|prayers|"
        r"worship) (?:on|every|service|services|group|meeting|retreat|holidays?|obligations?|"
        r"commitments?|times?|breaks?|class|camp|leader)(?! (?:features?|apps?|pages?|widgets?|api|"
        r"services?|data|modules?|screens?|notifications?))|(?:go|going|went|goes) to "
        r"(?:church|mosque|synagogue|temple|mass|services)|(?:at|after|before|to|from) "
        r"(?:church|mosque|synagogue|mass)(?! (?:st|street|road|rd|ave)\b)",
        r"mosque|synagogue|bible study|(?:church|temple) (?:on|every|this|tonight|choir|youth)|"
        r"(?:city council|mayoral|senate|congressional|governor's|school board|presidential) "
        r"(?:race|candidate|campaign|election)s?|(?:volunteering|volunteer|canvass\w*|"
        r"campaigning) for (?:a|the|our) (?:local )?(?:candidate|party|campaign)|"
        r"(?:the|this|our|their) government(?! (?:client|contract|customer|agency|agencies|"
        r"sector|tender|rfp|api|portal|account|team|deal|vertical|work|project))<NOTMOD2>|"
        r"mission trip|church group|youth group at|"
        r"union (?:organi[sz]ing|drive|push|campaign)|unioni[sz](?:e|ing|ation)|"
        r"bar mitzvah|bat mitzvah|baptism|christening|first communion|hajj|pilgrimage|seder|"
        r"(?:went to|at|attended|joined|going to|marching in|marched in) (?:a |the )?"
        r"(?:climate|pride|peace|women's|\w+ rights|anti-\w+|labou?r|general) "
        r"(?:march|protest|rally|strike|demonstration|vigil)|"
        r"ramadan|yom kippur|rosh hashanah|passover|hanukkah|chanukah|shabbat|sabbath|"
        r"eid(?: al-\w+)?|diwali|navratri|vesak|lent(?= (?:starts|begins|is|this))|"
        r"(?:for|during|observing|observe|giving up \w+ for) lent|fasting for|my fast|"
        r"(?:pray|praying|prayed) (?:at|five times|daily|every|for my|to god|with my)|"
        r"god (?:has|is|wants|willing)|the (?:bible|quran|koran|torah)|jesus|allah",
        r"(?-i:Trump|Biden|Obama|Kamala|MAGA|Brexit|Democrats?|Republicans?|GOP|Tories|Tory|"
        r"Labour(?: Party| voter| government| campaign| candidate| MP| councillor| leadership)|"
        r"(?:Tory|Democratic|Republican|Green Party|Lib Dem|SNP|Reform UK) (?:campaign|candidate)|"
        r"Conservatives|Liberals|Congress|Senate|"
        r"Parliament|NRA)",
        r"(?<!leader )(?<!leadership )(?<!master )(?<!raft )(?:presidential |general |midterm |"
        r"local |national )?elections?(?! (?:of (?:a|an|the|new|our)|timeout|algorithm|"
        r"protocol|logic|code|bug|"
        r"service|module|library|round|term|leader|lock))<NOTMOD2>|"
        r"abortion|gun (?:control|rights|laws)|immigration (?:policy|debate|laws|reform)|"
        r"the president|prime minister|(?:left|right)-wing|far-(?:left|right)|liberals|"
        r"conservatives|socialism|communism|fascis[mt]s?|woke(?! up)|voted (?:for|against) "
        r"(?:the )?(?-i:[A-Z])\w+|(?:who|how) (?:I|to|you) vote|(?:my|political|their) "
        r"(?:views|opinions|beliefs|leanings)|political (?:views|rally|campaign|party|debate|"
        r"opinions|beliefs|stuff|argument|discussion|fight|post|posts)",
        r"(?<!office )(?<!team )(?<!org )(?<!internal )(?<!company )(?<!corporate )politics"
        r"(?! (?:at work|here|in the (?:team|org|office|company)|of the (?:team|org|project)))|"
        r"(?:went to|going to|attending|attended|joined|joining|organi[sz]ing|marched in|"
        r"march in|at) (?:a |the )?(?:protest|rally|demonstration|picket line|march)"
        r"(?! (?:through|the team))|canvassing|phone banking|campaign(?:ing)? for (?:the )?"
        r"(?-i:[A-Z])\w+|(?:political|election) campaign",
    ],
)


# --- legal trouble -----------------------------------------------------------------------------
_rule(
    Category.LEGAL,
    [
        r"<MY> (?:\w+ )?(?:lawyer|attorney|solicitor|court (?:date|case|hearing|appearance)|"
        r"hearing(?![\x27\u2019]s| (?:is|has|aid|aids|loss|test|getting|problems?))|trial|"
        r"lawsuit|arrest|probation|parole|criminal record|bail|dui|dwi|"
        r"legal (?:trouble|issues?|problems?|fees|battle|case|situation|bills)|"
        r"immigration (?:lawyer|case|status|hearing|paperwork)|visa (?:status|issues?|problems?|"
        r"expires|expired|application|renewal|was denied)|green card|deportation|"
        r"restraining order|plea|sentencing|speeding ticket|license (?:was )?suspended|"
        r"licence (?:was )?suspended|case worker|parole officer|probation officer)<NOTMOD>",
        r"(?:<IM>|just|got|been|recently|may be|might be|could be) (?:\w+ )?(?:arrested|sued|"
        r"being sued|getting sued|charged with|on probation|on parole|in jail|in prison|"
        r"locked up|detained|subpoenaed|indicted|convicted|pulled over|facing charges|in court|"
        r"going to court|due in court|suing|testifying in|deported|fined for|"
        r"under investigation|a defendant|a witness in|taken to court|served (?:with )?papers)",
        r"(?:I|I've|I just) (?:got|received|have|had) (?:a |an )?(?:dui|dwi|summons|subpoena|"
        r"court summons|speeding ticket|citation|criminal charge|charges)",
        r"(?:parking|traffic|speeding) (?:fine|ticket|violation)s?|shoplift\w*|"
        r"(?:caught|busted|charged) (?:for |with )?(?:shoplifting|stealing|speeding|drunk|"
        r"possession|theft)|(?:complaint|report) (?:with|to) the police|police report|"
        r"(?:about|against|on) me (?:with|to) the police|fighting (?:a|the|my) (?:\w+ )?"
        r"(?:ticket|fine|charge|case) in court|in court(?! (?:of|filing|filings|records|data))|"
        r"background check (?:flagged|came up|found|failed)|my background check|"
        r"deposition|house arrest|(?:a|an|arrest|outstanding|bench) warrant|"
        r"(?:appear|appearing|be|go|due|show up) in court|summons|subpoena|(?:tax |insurance )?"
        r"fraud (?:charges?|investigation)|(?:being|been|was|am|'m) investigated|unpaid fines?|"
        r"criminal (?:case|trial|charges?|investigation|record)|"
        r"testify(?:ing)? (?:in|at|against) (?:a |the |my )?(?:trial|court|criminal|hearing|case)|"
        r"dui|dwi|court date|court hearing|restraining order|criminal record|mugshot|"
        r"(?:posted|make|made|out on) bail|plead(?:ed)? (?:guilty|not guilty)|"
        r"(?<!vs )(?<!vs\. )(?<!versus )(?<!chroot )jail(?!-?break|-?broken)|prison|"
        r"got arrested|was arrested|police (?:station|report|came|called|stopped)|the cops|"
        r"small claims|(?:suing|sue|sued) (?:me|my|us)|sued by (?:my|a|the) (?:landlord|"
        r"neighbou?r|ex|former|tenant|contractor)|lawsuit against me|legal trouble|"
        r"(?:divorce|custody|immigration|criminal|defen[cs]e|personal injury) (?:lawyer|attorney)|"
        r"(?:my|the) (?:landlord|neighbou?r|ex) is (?:suing|taking me to court)",
    ],
)

# --- substances --------------------------------------------------------------------------------
_rule(
    Category.SUBSTANCES,
    [
        r"hung ?over|hangovers?(?! from)|"
        r"drunk(?!-| the kool| on (?:power|success|retries|data|caffeine|coffee|\w+ing))<NOTMOD2>|"
        r"tipsy|"
        r"microdos\w+|need(?:ed)? a (?:drink|beer|stiff drink|glass of wine)|"
        r"(?:problem|issue|issues|struggle|struggling) with (?:pills|alcohol|drinking|drugs|"
        r"weed|booze|gambling)|(?:doing|did|take|taking|took|on) (?:hard )?drugs|"
        r"adderall|ritalin|popping (?:pills|xanax|adderall)|pills to (?:sleep|stay awake|focus)|"
        r"(?:blacked|passed) out drunk|blacked out|blackout drunk|under the influence|"
        r"(?:too much|a lot) to drink|hair of the dog|pre-?gam(?:e|ed|ing)|"
        r"(?:bar|pub) crawl|(?:partied|partying) (?:too hard|all night|till|until)",
        r"(?:I'm|I am|we're|we are|I was|we were|I got|we got|got|get|getting|gets|been) "
        r"(?:so |too |super |really |completely |totally |pretty |a bit |absolutely )?"
        r"(?:wasted|hammered|smashed|plastered|trashed|stoned|high|baked|blazed|buzzed|"
        r"sloshed|loaded)(?![-\w]| "
        r"(?:on|by|time|effort|cycles|priority|level|load|availability|up|"
        r"in|enough|a|the|our|its|from|with|for)\b)",
        r"stoned|(?:cut|cutting) back on (?:the )?(?:drinking|alcohol|booze|smoking|weed)|"
        r"weed(?!-| out)|marijuana|cannabis|edibles|cocaine|mdma|"
        r"coke(?! (?:zero|machine|can|cans)\b)|"
        r"molly|ecstasy|lsd|acid trip|shrooms|magic mushrooms|psychedelics|ketamine|heroin|"
        r"crystal meth|opioids?|xanax|oxy(?:contin|codone)|painkillers|(?:smoking|smoked|smoke) "
        r"(?:pot|a joint|joints|a blunt|cigarettes|cigs|weed)|bong|"
        r"cigarettes?|cigs|smoke breaks?|vaping|vapes?|nicotine|chain-?smok\w*|"
        r"(?:I|I've|I have|I started|I'm) (?:been )?smoking(?! gun| hot| fast)",
        r"alcohol(?:ic|ism)?|booze|boozing|(?:I|I've|I'm|been|started|keep|stop) "
        r"(?:been )?drinking(?! (?:(?:a lot of |lots of |so much |more |less |too much )?"
        r"(?:coffee|tea|water|"
        r"energy drinks|soda)|from|the kool))|drinking (?:problem|habit|"
        r"too much|heavily|again|every night|alone)|(?:drank|had|downed) (?:\w+ ){0,3}?"
        r"(?:beers|wine|drinks|shots|cocktails|vodka|whiskey|whisky|tequila|gin|rum|pints)|"
        r"(?:bottles?|glass|glasses) of (?:wine|whiskey|whisky|vodka|tequila|gin|rum)",
        r"sober(?! up (?:about|on)| (?:assessment|look|analysis|view|evaluation|review|reading|"
        r"reality|reflection)\b)|sobriety|relapsed?|"
        r"rehab(?! (?:for|on) (?:the|my) (?:knee|back|shoulder|ankle|hip|leg|arm|wrist|neck|foot))|"
        r"aa meetings?|alcoholics anonymous|"
        r"narcotics anonymous|"
        r"(?:12|twelve)-step|addict(?:ed|ion)?(?! to (?:coffee|this|the|our|it|work|tea|podcasts))",
    ],
)
