"""Logged items referred to, not quoted: "the course budget you asked about on 3 Nov".

A log line is written for the user ("@dana asked to demo the retry dashboard at the all-hands");
pasted inside an ask to Dana it reads like a bug. So the card names a logged item by a short
*topic* — a noun phrase pulled from the line — and its date. The topic is kept in the user's
voice ("my design doc") and turned to the right voice where it is used: "your design doc" when
the card speaks to the user, "your hiring plan" (not "Dana's hiring plan") when the user speaks
to Dana.

Heuristics over short, formulaic lines propose a topic; `slot_text.confident` then decides, by a
few positive checks, whether the card may say it. A topic that does not earn its slot is never
quoted: the item is named by its kind and date ("my request from 3 Nov") or the sentence is left
out. A wrong-but-fluent topic is worse than none, so the rules prefer giving up.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from coaching.casefold import fold
from coaching.due import is_short_name
from coaching.focus import fits_slot
from coaching.line_memo import TEXT, line_memo
from coaching.model import AFTER_THE_NAME, TITLES_BEFORE_NAMES
from coaching.slot_text import SPELLED_OUT, confident

_SLACK_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^<>]*))?>")
_FREE_MENTION = re.compile(r"(?<![\w@])@([A-Za-z][\w.-]*)")
_OTHER_TOKEN = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
#: A label before a colon ("intro:", "re:", "Q:", "fyi -"): the topic comes after it.
_PREFIX = re.compile(r"(?i)^\s*(?P<label>follow[ -]up|[a-z][\w/]{0,11})\s*(?::|\s[-–])\s*")
#: Labels that say what the item is: an "intro: Sam from finance" is an introduction to Sam.
_INTRO_LABELS = frozenset({"intro", "introduction", "introductions"})
_CLAUSE_BREAK = re.compile(
    r"[.;!?()\"“”]|, | — | – | - | because | so that | so we | so i | but | and (?:she|he|they|"
    r"i|we|it) | and (?:send|share|email|forward|pass) | which | after | before | when | since "
    r"| until | while | like (?:i|she|he|they|we|you) (?:said|promised|asked|wanted|agreed)",
    re.I,
)
_COPULA = re.compile(
    r"(?i)\s+(?:is|was|were|are|went|got|looks?|looked|seems?|seemed|has been|had been|will be"
    r"|landed|shipped|made it|moved|slipped|changed|postponed|delayed|cancell?ed"
    r"|has to|have to|needs? to|must|should|ought to)\b.*$"
)
#: A trailing "this quarter", "by Friday", "next week": when, not what.
_WHEN_TAIL = re.compile(
    r"(?i)\s+(?:(?:this|next|last|by|before|for) (?:the )?(?:end of )?(?:the )?"
    r"(?:week|month|quarter|year|half|sprint|cycle|monday|tuesday|wednesday|thursday|friday"
    r"|mon|tue|tues|wed|thu|thurs|fri|q[1-4]|h[12])|today|tomorrow|yesterday|asap|eod|eow"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+\w*)"
    r"(?! (?:nights?|mornings?|evenings?|afternoons?|shifts?|lates?|earlies)\b))\b.*$"
)
#: Who brought the thing up, after it: "the DHIS2 indicator guidance she mentioned at kickoff",
#: "the course Dana recommended" — the thing is what the card names.
_THEY_MENTIONED = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:she|he|they|you|[A-Z][\w'-]*)\s+(?:had\s+)?(?:mentioned"
    r"|suggested|recommended|talked about|spoke about|brought up)\b"
    r"(?!\s+(?:me|us|you|him|her|them)\b)"
)
#: What may follow it: when or where it was said, or nothing ("… she mentioned at kickoff");
#: not what it is about ("the process he suggested for triage handover").
_WHEN_SAID = re.compile(
    r"(?i)\s*(?:$|[,.;:!?—–-]|(?:at|in|on|last|yesterday|today|this|during|earlier|before|after"
    r"|when|once|back)\b)"
)
#: Words that make the rest a question about the mentioning: "asked Dana if she mentioned me".
_ASKS_WHETHER = re.compile(r"(?i)\b(?:if|whether|that|why|how|what|when)$")


def _without_who_mentioned(plain: str) -> str:
    """The thing without who brought it up — only after a thing, and only when nothing but when
    or where follows: "Dr K mentioned the internal fellowship round" is about the round, not
    "Dr"; "asked Dana if she mentioned me to the panel" is about the panel."""
    said = _THEY_MENTIONED.search(plain)
    if not said or not _WHEN_SAID.match(plain[said.end() :]):
        return plain
    before = plain[: said.start()]
    if _ASKS_WHETHER.search(before) or not re.search(r"[a-z]{3}", before):
        return plain
    return before


#: A trailing "a quarter early", "ahead of schedule", "on time": how, not what.
_HOW_TAIL = re.compile(
    r"(?i)\s+(?:(?:a|one|two|three) (?:day|week|month|quarter|year)s? early|ahead of "
    r"(?:schedule|time|plan)|on time|on budget|under budget|early|first time"
    r"|with(?:out| no| zero) \w+|(?:with|using|in) (?:her|his|their|your|its) \w+"
    r"|in (?:a|one|two|three|four|five|\d+) (?:days?|weeks?|months?|hours?|shifts?)"
    r"|on (?:my|our) own|by myself|single-handed(?:ly)?|solo|line by line|step by step"
    r"|one by one|in detail"
    r"|(?:really |so |very )?(?:well|badly|smoothly|quickly|fast|faster|quicker))\b.*$"
)
#: Words that open a line before its topic: subjects, auxiliaries, request and report verbs.
_LEAD = frozenset(
    """
    i i've i'd i'll we we've she he they you it me us her him them someone can could would
    she'd he'd they'd you'd she'll he'll they'll you'll
    will may might should shall did do does please maybe just also finally asked ask asking
    requested request requesting told tell said say mentioned mention suggested suggest
    offered offer promised promise agreed agree wants want wanted needs need needed would like
    like hoped hope wondered wonder checked check chatted chat talked talk discussed discuss
    raised raise brought bring pinged ping followed follow up about for if whether to that on
    keen eager hoping chase chasing chased remind reminded
    texted messaged whatsapped whatsapp'd wa'd dm'd dmed emailed called rang phoned
    with re regarding wrt around again still what maybe should
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Verbs of the `_LEAD` list that, right after "to", are what was asked: "asked her to raise
#: my name at the comp meeting" is about raising it.
_LEAD_VERBS = frozenset(
    [
        "raise",
        "bring",
        "check",
        "tell",
        "mention",
        "suggest",
        "offer",
        "follow",
        "talk",
        "discuss",
        "chat",
        "ping",
        "agree",
    ]
)
#: Words that open advice without being its verb ("tip from Ruth: we could ...").
_NOT_A_VERB = frozenset(["i", "we", "you", "she", "he", "they", "it", "to", "be", "is", "was"])
#: Verbs whose object is the thing itself: "if she'd write the sponsor memo" → "the sponsor memo".
_MAKE_VERBS = frozenset(["write", "draft", "send", "share", "prepare", "sign"])
#: Verbs that take a particle after "to": "asked him to put in a word", "to sign off my log".
_PHRASAL = frozenset(["put", "sign", "fill", "step", "sit", "stand", "hand", "pass", "back"])
_PHRASAL_PARTICLES = frozenset(["in", "on", "up", "out", "off", "forward", "through", "over"])
#: Verbs of handing a thing to the person named next: "owe V a summary", "get Ravi the log".
_HAND_OVER = frozenset(["owe", "get", "give", "bring", "show", "pass", "hand", "mail"])
#: Verbs that, with a particle, make the thing that follows: "pull together the hours".
_GATHER_VERBS = frozenset(["pull", "put", "type", "knock", "draw", "write", "sort"])
_SHARE_OF = frozenset(["most", "all", "some", "part", "parts", "half", "much", "each"])
#: "closed out", "signed off", "wrapped up": the particle is part of the verb.
_PARTICLES = frozenset(["out", "off", "up", "through", "together"])
#: "Ruth cares most about stewardship data", "Dr Patel cares most about …": the priority is what
#: comes after (a name of up to three words before it, titles included).
_CARES_ABOUT = re.compile(
    r"(?i)^(?:[\w'.]+ ){0,3}?(?:cares?|cared) (?:most |a lot |deeply |mainly )?about\s+"
)
#: "Marcus wants the CRM day to get people reporting fatigue honestly": what they want is what
#: it should do, not the thing (often the user's own project) that should do it.
_WANTS_IT_TO = re.compile(
    r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*)? (?:wants|needs|wanted|needed) (?:the|our|this|that) "
    r"[\w' -]+? to (?P<do>[a-z][\w-]+ \w.*)$"
)


# --- What a priority is about: "X is her big thing", "his focus this term is X" ---------------
_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|june?|july?|aug|august|sept?|september"
    "|oct|october|nov|november|dec|december"
)
#: "Ken says", "Dr Patel reckons that": who said it is not what it is about.
_SAYS = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? )?(?:(?:[A-Z][\w'.-]*\s+){0,2}?[A-Z][\w'.-]*\s+)?"
    r"(?i:says?|said|thinks|reckons|keeps saying|made (?:it )?clear|is clear)(?:\s+that)?\s+"
)
#: Words of respect said after a name ("Meera ma'am", "Selin hoca", "Tanaka sama").
_AFTER_NAMES = sorted(AFTER_THE_NAME, key=len, reverse=True)
#: Who said it, as a note names a senior colleague: "Tom", "Dr A", "AH", "I.", "M ma'am", or a
#: lone lower-case initial typed in a hurry ("c wants more pro bono hrs logged").
_WHO = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? )?(?:[A-Z][\w'.-]*\s+|(?![ai]\b)[a-z]\.?\s+(?=wants|needs"
    r"|is\b|'s\b|rolling|launching|busy|swamped|flat))"
    r"(?:[A-Z][\w'.-]*\s+)?(?:(?:" + "|".join(map(re.escape, _AFTER_NAMES)) + r")\s+)?"
)
#: "Tom really wants X", "Ana needs X", "Dr A wants CHV data…": what they want (unless it is
#: "the day to do Y", or the person they want it from: "wants me to", "wants it done").
_NAME_WANTS = re.compile(
    r"^" + _WHO + r"(?:(?:really|mostly|just|mainly)\s+)?(?:wants|needs|expects|insists on"
    r"|is after)\s+(?=(?:the|a|an|our|his|her|their|more|fewer|less|no|zero|every)\b"
    r"|(?!(?:to|me|us|him|her|them|you|it|everyone|everybody|all|someone|somebody)\b)"
    r"(?:[a-z]+[\w-]* [\w\s-]*?\b(?:up|down)\b|[A-Z]{2,}\b|[a-z][\w-]* [a-z]"
    r"|[A-Z][\w-]+ (?!to\b)[a-z]))"
)
#: The same with the name first: "Priya is focused on X".
_NAME_FIRST = r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? )?(?:[A-Z][\w'.-]*\s+){0,2}"
#: What they are busy bringing in, after who: "N rolling out pt education across med wards",
#: "Dana is launching the new onboarding flow", "C busy with the Fondecyt bid".
_BUSY_WITH = re.compile(
    r"^" + _WHO + r"(?:is\s+|are\s+|'s\s+)?(?:(?:really|so|still|very|totally)\s+)?"
    r"(?:rolling out|launching|busy with|swamped with|flat out (?:with|on)|working on"
    r"|prepping|preparing for|preparing)\s+"
)
#: "X is top of his list", "X are her big thing", "X is all she talks about", "X matters most".
_IS_PRIORITY = re.compile(
    r"(?i)^(?P<t>.+?)\s+(?:(?:is|are|was|were|=|'s)\s+(?:(?:still|really|very much|definitely|"
    r"clearly)\s+)?(?:(?:his|her|their|the|a|my|our|your|[A-Z]\w+'s)\s+)?(?:(?:big|biggest|main"
    r"|number one|no\.? ?1|#1|top|first|key|real|one|current|new|only|pet)\s+)*(?:thing|priority"
    r"|priorities|focus|worry|concern|deal|issue|goal|obsession|bugbear|project|ask|headache"
    r"|mission|one|prio|push)\b|(?:is|are)\s+top of\b|(?:is|are)\s+all\s+(?:she|he|they)\b"
    r"|(?:matters?|comes?) (?:most|first)\b|(?:is|are) what matters\b"
    r"|(?:is|are) (?:non-negotiable|key|everything|the priority|crucial|critical|vital)\b)"
)
#: "her priority: X", "main thing for Joe = X", "Sam's focus this term is X": what follows.
_PRIORITY_IS = re.compile(
    r"(?i)^(?:(?:his|her|their|the|my|our|[A-Z][\w'.-]*'s)\s+)?(?:(?:big|biggest|main|number one"
    r"|no\.? ?1|#1|top|key|one|current)\s+)*(?:thing|priority|prio|push|focus|worry|concern|ask"
    r"|goal)"
    r"(?:\s+(?:for|of)\s+[A-Z][\w'.-]*)?(?:\s+(?:this|next)\s+\w+)?"
    r"(?:\s+(?:rn|atm|now|right now|at the moment))?\s*(?:[:=]|\s-|\s+is|"
    r"\s+are|\s+right now is)\s+"
)
#: "focused on X", "big push on X", "keen on X", "obsessed with X": what they are on about.
_ON_ABOUT = re.compile(
    _NAME_FIRST + r"(?i:(?:(?:is|are|was|seems|really|very|super|so|still)\s+)*"
    r"(?:focused|focussed|keen|hot|obsessed|fixated|set|pushing|big|mad|strict)\s+(?:on|with|about)\s+)"
    r"|(?i:^(?:a\s+)?(?:big\s+|real\s+|huge\s+)?(?:push|drive|focus|crackdown|emphasis)\s+on\s+)"
    r"|(?i:^[\w.-]+(?:'s)?\s+(?:(?:really|so|still|very)\s+)*(?:focused|focussed|keen"
    r"|obsessed|fixated|mad|strict|hot|big)\s+(?:on|with|about)\s+)"
    r"|" + _NAME_FIRST + r"(?i:(?:keeps?\s+|always\s+)?(?:going|banging|harping)\s+on\s+about\s+"
    r"|(?:keeps?\s+|always\s+)(?:talking|asking)\s+about\s+"
    r"|(?:wants|needs)\s+(?:us|everyone|everybody|the team|all of us)(?:\s+all)?\s+"
    r"(?:on|using|to use|trained on)\s+)"
    r"|(?i:^what\s+(?:[A-Z][\w'.-]*\s+)?(?:cares about|wants|needs|worries about|asks for)"
    r"(?:\s+most)?\s+is\s+)"
)
#: "the checklist being done every time", "the site tidy every Friday", "the list closed before
#: handover": the state they want it in is not the thing.
_STATE_TAIL = re.compile(
    r"(?i)\s+(?:being\s+\w+|done|closed|finished|sorted|fixed|tidy|clean|cleared|completed"
    r"|signed off|up to date|in place|bedded in|ready|right|on time|filled|every \w+|each \w+"
    r"|(?:up|down)(?:\s+(?:to|under|below|above|over)\s+\S+)?"
    r"|out(?= \w+ly\b| faster| quicker| sooner| on time|$)"
    r"|at all times|properly)\b.*$"
)
#: Chat shorthand at the end of a line: "rn", "atm", "tbh".
_SHORTHAND = re.compile(r"(?i)\s+(?:rn|atm|tbh|imo|fyi|asap|lol|pls|plz|!+)\s*$")
_MONTH_TAIL = re.compile(
    r"(?i)\s+(?:in|by|before|for|from|until|end of)\s+(?:" + _MONTHS + r")\b.*$"
)


def _priority_core(plain: str) -> str:
    """What a priority line is about: "Margaret: family feedback scores are her big thing this
    year" → "family feedback scores"; "Dr Patel cares most about the pre-op checklist being done
    every time" → "the pre-op checklist". Lines of other shapes come back unchanged."""
    text = _SHORTHAND.sub("", plain.strip())
    text = _SAYS.sub("", text)
    if not _WANTS_IT_TO.match(text):
        text = _NAME_WANTS.sub("", text)
    text = _PRIORITY_IS.sub("", text, count=1)
    text = _ON_ABOUT.sub("", text, count=1)
    text = _BUSY_WITH.sub("", text, count=1)
    named = _IS_PRIORITY.match(text)
    if named:
        text = named.group("t")
    if _CARES_ABOUT.match(text) or named or text != plain.strip():
        text = _STATE_TAIL.sub("", _CARES_ABOUT.sub("", text))
    return _MONTH_TAIL.sub("", text).strip()


def _what_they_want(plain: str) -> str:
    """ "Marcus wants the CRM day to get people reporting fatigue honestly" → "get people
    reporting fatigue honestly"; kept whole when the want is only "to go out on time"."""
    wants = _WANTS_IT_TO.match(plain)
    if not wants:
        return plain
    do = _HOW_TAIL.sub("", _WHEN_TAIL.sub("", wants.group("do")))
    return do if len(do.split()) >= 3 else plain


#: "got the drainage redesign approved by the council": getting it through is the win.
_GOT_DONE = re.compile(
    r"(?i)^(?:got|had) (?P<what>(?:the|my|our|a|an) [\w' -]+?) (?P<done>approved|signed off"
    r"|accepted|funded|published|adopted|agreed|greenlit|green-lit|shortlisted|nominated"
    r"|certified|accredited)\b"
)
#: "upgrade-prep sim signed off by the captain": the same win said without "got".
_SIGNED_OFF = re.compile(
    r"^(?P<what>(?:(?:the|my|our|a|an) )?[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}?)"
    r" (?:was |were |got |has been |have been )?(?P<done>approved|signed off|accepted|funded"
    r"|published|adopted|greenlit|green-lit)\b"
)
_NOT_A_THING = frozenset(
    ["i", "we", "you", "they", "he", "she", "it", "this", "that", "someone", "everyone"]
)
#: Past-tense verbs a win or a gift opens with; the topic is their object.
_DONE_VERBS = frozenset(
    """
    shipped launched delivered finished completed closed fixed led ran presented demoed wrote
    published got won landed built released migrated reviewed helped gave covered organised
    organized mentored onboarded unblocked drafted created designed prepared sent shared
    hosted taught trained coached interviewed debugged rolled automated cut reduced improved
    cleaned paired found solved resolved introduced connected recorded ran set put
    send share forward email book draft finish prepare give lend
    redo rewrite revise rework redraft polish rewrote redid reworked redrafted
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Base-form verbs a request opens with ("demo the dashboard"): turned into "demoing ...".
_BASE_VERBS = frozenset(
    """
    demo present join lead run take attend go speak write review pair shadow move switch try
    use own drive host teach mentor cover present pitch build ship start visit sit work learn
    do get have
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Verbs whose object is a problem, not a deliverable: the topic keeps the verb, as a gerund.
_CHANGE_VERBS = {
    "cut": "cut", "reduced": "reduce", "improved": "improve", "fixed": "fix", "halved": "halve",
    "doubled": "double", "lowered": "lower", "increased": "increase", "raised": "raise",
    "sped": "speed", "saved": "save", "grew": "grow", "boosted": "boost", "slashed": "slash",
    "eliminated": "eliminate", "removed": "remove", "stabilised": "stabilise",
    "stabilized": "stabilize", "unblocked": "unblock", "simplified": "simplify",
    "migrated": "migrate", "moved": "move", "automated": "automate",
}  # fmt: skip
#: First words that make a line a reply, a question or a mood, not a thing: "no to the
#: conference", "don't tell the team", "why the deploy failed". No article fixes those; the card
#: names the item by its date instead.
_NOT_A_HEAD = frozenset(
    """
    no yes not none nothing ok okay thanks thank sorry hi hey why how when where what who whom
    whose whether if because so just maybe also still very really quite sure fyi todo tbd q
    never always only even please
    el la le les los las der die das il lo het
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_DETERMINERS = frozenset(
    """
    the a an my our your his her their this that these those some any more zero every fewer less
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_MAX_WORDS = 7
_DANGLING = frozenset(
    """
    a an the of to for on in at with and or my our your by from into as who that which is are
    was be i me it this next
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: What follows a verb, never a noun: "to nominate me", "to swap a week".
_OBJECTS = _DETERMINERS | frozenset(["me", "us", "him", "them", "it"])
_BREAK_WORDS = frozenset(["at", "for", "on", "in", "with", "by", "from", "to", "during", "about"])


@dataclass(frozen=True)
class Reference:
    """A logged item as the card names it: a topic in the user's voice, and its local date."""

    topic: str
    date: str

    def to_user(self) -> str:
        """The topic as the card says it to the user: "my doc" → "your doc"."""
        return _swap(self.topic, _TO_USER)

    def to_counterpart(self, name: str) -> str:
        """The topic as the user says it to `name`: "Dana's plan" → "your plan"."""
        # a first name also matches the full name a log line may use ("Dana Ruiz's plan")
        who = rf"(?i:{re.escape(name)})" + ("" if " " in name else r"(?: [A-Z][\w-]*)?")
        text = re.sub(rf"\b{who}['’]s\b", "your", self.topic)
        return re.sub(rf"\b{who}\b", "you", text)


_TO_USER = {"my": "your", "me": "you", "i": "you", "mine": "yours", "our": "your team's"}


def _swap(text: str, table: Mapping[str, str]) -> str:
    return re.sub(
        r"\b(" + "|".join(table) + r")\b",
        lambda m: table[fold(m.group(1))],
        text,
        flags=re.IGNORECASE,
    )


def plain_text(text: str, names: Mapping[str, str] | None = None) -> str:
    """Slack's tokens as a reader would say them: `<@U1|dana>` and `@dana` → "Dana"."""

    def slack(match: re.Match[str]) -> str:
        label = match.group(2) or (names or {}).get(match.group(1)) or "them"
        return _name(label)

    # Each step only where its token can be: a card asks this of its lines about 150 times, and
    # most lines hold no token at all (three regex passes and three replaces for nothing).
    if "<" in text:
        text = _SLACK_MENTION.sub(slack, text)
        text = _OTHER_TOKEN.sub(lambda m: m.group(2) or m.group(1).lstrip("#!"), text)
    if "@" in text:
        text = _FREE_MENTION.sub(lambda m: _name(m.group(1)), text)
    if "&" in text:
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def _name(label: str) -> str:
    """A Slack handle as a name: "dana" → "Dana", "bruno.s" or "bruno_s" → "Bruno S." (round
    57: "Bruno.s pediu …" read as a typo)."""
    label = label.strip().lstrip("@")
    if label.islower() and re.fullmatch(r"[^\W\d_]{2,}[._][^\W\d_]{1,2}", label):
        first, last = re.split(r"[._]", label)  # "Bruno S.": the initial tells two Carmens apart
        return f"{first.capitalize()} {last.upper()}."
    return label[:1].upper() + label[1:] if label.islower() else label


def _without_bare_tail(words: list[str]) -> list[str]:
    """ "costed allergen matrix for spring menu" → "costed allergen matrix": a note's shorthand
    drops the article a sentence needs ("for the spring menu"), and whether a noun takes one
    cannot be told from the words — so a bare "for/on X Y" tail after a thing already named in
    two words or more is left out rather than said wrongly."""
    for i, word in enumerate(words):
        if word.lower() not in ("for", "on") or i < 2:
            continue
        head = [w for w in words[:i] if w.lower() not in _DETERMINERS]
        tail = words[i + 1 :]
        bare = (
            len(tail) >= 2
            and all(w.islower() and w.isalpha() for w in tail)
            and tail[0] not in _DETERMINERS
            and not tail[-1].endswith(("s", "ing"))
        )
        if bare and len(head) >= 2:
            return words[:i]
    return words


def _a_thing(words: str) -> bool:
    """Whether the words before "signed off" name a piece of work, not who did it or a verb."""
    first = words.split()[0]
    return first not in _NOT_A_THING and first not in _LEAD and first not in _DONE_VERBS


#: How many of the user's own words name an item the card cannot name by its topic.
EXCERPT_WORDS = 8
#: A line this short is quoted whole: cut, "dry run #2 — 0 msgs lost, replay 41…" left out the
#: point (round 33).
WHOLE_WORDS = 12
#: Not words: emoji and pictographs. Currency signs stay ("¥300k", "₦50k", "₹2L", round 46).
_NOT_WORDS = re.compile(r"[^\w\s'’.,:;!?%€$£¥₩₹₦₱₺₽฿₫₵₪₴₡₲₸₮₭₾₼+=<>→/()#&~—–-]+")
#: A quote mark that is not an apostrophe inside a word: cut, it would leave "he'll 'see what
#: he can do…" with a quote that never closes (round 22).
LONE_QUOTE = re.compile(r"(?<!\w)['‘’\"“”]|['‘’\"“”](?!\w)")
#: Where a clause ends inside a line: a cut there reads as a thought, not a broken one.
_CLAUSE_END = re.compile(r"[,;:.!?)]$|^[—–-]$")
#: Not where a clause ends: "Dr.", "e.g.", "No.", a list's "1)" or "b)".
_NOT_AN_END = re.compile(r"^(?:[A-Z][a-z]{0,3}\.|(?:[a-z]\.){1,3}|\w{1,2}\))$")


def excerpt(text: str, words: int = EXCERPT_WORDS) -> str:
    """A line's opening words, emoji left out: the whole line when it is short (`WHOLE_WORDS`),
    else up to the last clause that ends within those words, else `words` words, with "…"."""
    said = LONE_QUOTE.sub("", _NOT_WORDS.sub(" ", text)).split()
    whole = WHOLE_WORDS if words == EXCERPT_WORDS else words  # a caller's own limit holds
    if len(said) <= whole:
        return " ".join(said).rstrip(" ,;:-–—(") or " ".join(said)
    ends = [
        i
        for i, word in enumerate(said[:whole])
        if _CLAUSE_END.search(word) and not _NOT_AN_END.match(word)
    ]
    at = ends[-1] + (0 if said[ends[-1]] in "—–-" else 1) if ends else 0
    cut = said[:at] if at > words // 2 else said[:words]
    kept = " ".join(cut).rstrip(" ,;:.-–—(")
    return kept + "…" if kept.strip("-–—.…") else " ".join(said[:words]) + "…"


def in_quotes(text: str, names: Mapping[str, str] | None = None, words: int = EXCERPT_WORDS) -> str:
    """A logged line the card cannot name, shown to the user as their own words so they know
    which one it means (round 20: "here's what I promised … name it in your own words" left
    them to guess). For the user's eyes only: never inside what they would say to someone."""
    return f"“{excerpt(plain_text(text, names), words)}”"


def short_date(instant: datetime, now: datetime) -> str:
    """ "3 Nov" in the zone of `now` (the user's clock)."""
    local = instant.astimezone(now.tzinfo) if now.tzinfo else instant
    return f"{local.day} {local:%b}"


#: "asked the site agent to sign off my log book": whoever was asked (a role, not a name the
#: card knows) is not the topic — what they were asked to do is.
_ASKED_SOMEONE_TO = re.compile(
    r"(?i)^(?P<verb>(?:i\s+)?asked)\s+"
    r"(?!(?:for|about|if|whether|on|after|how|what|when|why)\b)"
    r"(?:the|my|our|a|an|her|him|them)\s+(?:(?!intro|introduction|to\b)\w+\s+){0,3}?"
    r"(?P<link>to|for|about)\s+(?=[a-z])"
)


def topic_of(text: str, *, counterpart: str, names: Mapping[str, str] | None = None) -> str | None:
    """A short noun phrase for what a log line is about, in the user's voice; None unless the
    card is confident it reads aloud in a slot (`fits_slot` and `slot_text.confident`): the card
    then names the item by its kind and date."""
    found = _topic_of(text, counterpart=counterpart, names=names)
    return found if found and fits_slot(found) and confident(found) else None


#: An article before a lone participle names no thing: "the written", "the done", "the sorted".
_BARE_PARTICIPLE = re.compile(
    r"(?i)^(?:the|a|an|my)\s+(?:written|done|approved|signed|passed|finished|sorted|fixed|booked"
    r"|sent|given|taken|seen|chosen|broken|spoken|forgotten|hidden|gone|paid|agreed|confirmed)$"
)


def _topic_of(text: str, *, counterpart: str, names: Mapping[str, str] | None = None) -> str | None:
    """The topic before the gate (see `topic_of`)."""
    plain = _PROMISED_TAIL.sub("", _SENT_ABROAD.sub("send ", plain_text(text, names)))
    found = _topic_of_plain(_AGAIN_AT_END.sub("", plain), counterpart)
    if found and _COUNTED.match(found) and _HANDED_COUNT.search(plain):
        found = f"the {found}"  # "owe Mere 2 revised reflections": the two of them
    return None if found and _BARE_PARTICIPLE.match(found) else found  # not "the written"


#: A count before the thing: "2 revised reflections", "3 quotes" (round 53: "here's what I
#: promised" of two reflections the line names).
_COUNTED = re.compile(r"^\d{1,2}\s+[a-z]")
#: ... handed over: not a win's "3 new hires all passed", "5 stars on the last review".
_HANDED_COUNT = re.compile(
    r"(?i)\b(?:owe|send|bring|give|promised|share|email|forward|hand)\b[^.;!?]{0,30}?\b\d{1,2}\s"
)


#: "re NRF letter again", "the rota again, sigh": how often, not what.
_AGAIN_AT_END = re.compile(r"(?i)\s+(?:again|once\s+more)\b(?=\s*(?:[,.;:!?(—–-]|$))")


#: "Send" said in the user's language before an English object: "mandar pra Jú the article
#: about secondary trauma", "enviar a Paty the deck", "wysłać Kasi the list" (round 41: "here's
#: what I promised" for an article the line names).
_SENT_ABROAD = re.compile(
    r"(?i)^\s*(?:mandar|enviar|envoyer|schicken|senden|wysłać|wyslac|wyślij|levar|llevar"
    r"|trazer|traer|inviare|mandare|sturen|stuur|kirim(?:kan)?|gửi)"
    r"(?:\s+(?:pra|pro|para|p/|a|à|ao|al|an|naar|ke|cho))?\s+"
    # only before an English object: "mandar pra Jú the article", not "trazer pra Ana as fotos"
    r"(?=(?:[^\W\d_]+\s+)?(?:the|my|this|that|our|his|her)\s)"
)
#: The promise said again at the line's end: "… I promised", "… as promised", "… like I said".
_PROMISED_TAIL = re.compile(
    r"(?i)\s*(?:,\s*)?(?:(?:that|which)\s+)?(?:i\s+promised(?:\s+(?:her|him|them))?|as\s+promised"
    r"|like\s+i\s+said)\s*[.!]*\s*$"
)


_SHORT_WORD = re.compile(
    r"(?i)(?<![\w/])(?:" + "|".join(map(re.escape, SPELLED_OUT)) + r")(?![\w/])"
)
#: A lone lower-case "w" before a word is "with" ("share the log w M"); a capital one may be a
#: person ("asked W for study leave").
_LONE_W = re.compile(r"(?<![\w/])w(?= [\w£$])")


#: Emoji and other pictographs: a note's mood, never part of what it names.
_PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+")


#: A numbered part cut short: "ch.2 draft" is the chapter 2 draft (round 50 asked about "the ch").
#: Not "Sec 3": in Singapore that is a school year, not a section; not "CH4", a gas.
_NUMBERED_PART = re.compile(r"\b([Cc]h|[Cc]hap|[Ss]ect|[Vv]ol)(?:\.\s?|\s)(\d+(?:[-–]\d+)?)\b")
_PARTS = {"ch": "chapter", "chap": "chapter", "sect": "section", "vol": "volume"}


def _spelled_out(plain: str) -> str:
    plain = _NUMBERED_PART.sub(lambda m: f"{_PARTS[fold(m.group(1))]} {m.group(2)}", plain)
    said = _SHORT_WORD.sub(lambda m: SPELLED_OUT[fold(m.group(0))], _PICTOGRAPHS.sub("", plain))
    # "the oct+nov excursion report": two months that name a report, said in full
    said = _MONTH_PAIR.sub(lambda m: f"the {_month(m.group(1))} and {_month(m.group(2))}", said)
    return " ".join(_LONE_W.sub("with", said).split())


_MONTH_WORD = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_PAIR = re.compile(rf"(?i)\bthe\s+{_MONTH_WORD}\s*[+&]\s*{_MONTH_WORD}\b")


_MONTH_NAMES = {name[:3].lower(): name for name in calendar.month_name[1:]}


def _month(word: str) -> str:
    return _MONTH_NAMES[word[:3].lower()]


def _named_by_initial(plain: str, counterpart: str) -> str:
    """ "send G the revised risk assessment", "asked M if i can shadow…": a note names the
    person by their initial, which reads as the person, not as a word of the topic. Only the
    counterpart's own initial, never a line's first word, and "a" or "i" only as a capital
    ("asked A for the 3%", not "asked a colleague")."""
    initial = counterpart.strip()[:1]
    if not initial.isalpha():
        return plain
    titled = counterpart.split()
    if len(titled) > 1 and titled[0].lower() in TITLES_BEFORE_NAMES and titled[1][:1].isupper():
        # "promised Sister A a one-page template": Sister Achieng, her title and initial
        plain = re.sub(
            rf"\b(?i:{re.escape(titled[0])})\s+{re.escape(titled[1][0])}\b(?![\w.'’])",
            " ".join(titled[:2]),
            plain,
        )
    initials = "".join(w[0] for w in counterpart.split() if w[:1].isupper())
    if len(initials) > 1:
        # "asked CV to go through my budget": Carmen Vidal by her initials, where the line
        # speaks to someone — never "my CV", "the HR policy"
        first = counterpart.split()[0]
        plain = re.sub(
            rf"(?i:\b(?:{_ADDRESSING})\s+){re.escape(initials)}\b",
            lambda m: m.group(0)[: -len(initials)] + first,
            plain,
        )
    words = plain.split(" ")
    for i, word in enumerate(words):
        bare = word.rstrip(",:")
        if i and words[i - 1].lower() in _ADDRESSED and is_short_name(bare, counterpart):
            words[i] = counterpart.split()[0] + word[len(bare) :]  # "asked fi how …": Fiona
            continue
        if len(bare) != 1 or bare.lower() != initial.lower() or bare in "ai":
            continue
        if i and words[i - 1].lower() in _DETERMINERS:
            continue  # "the D to get the bays cleared": a note's own shorthand, not a name
        reports = i == 0 and len(words) > 1 and words[1].lower() in _REPORTS
        if i or reports:  # first only as a subject: "G said …", "M wants …"
            words[i] = counterpart.split()[0] + word[1:]
    return " ".join(words)


#: Verbs after which a word is whom the line speaks to: "asked fi how", "told carm".
_ADDRESSING = (
    "ask|asked|told|tell|send|sent|email|emailed|ping|pinged|text|texted|promised|owe|owed|give"
    "|gave|show|showed|remind|reminded|call|called|ring|rang"
)
_ADDRESSED = frozenset(_ADDRESSING.split("|"))
#: What a person does as the subject of a priority line: "G said …", "M wants …".
_REPORTS = frozenset(
    "said says wants wanted needs needed thinks reckons keeps mentioned asked is was".split()  # noqa: SIM905
)


#: A season the ask is for, at its end: "… rate negotiation for xmas/valentines season".
_SEASON_TAIL = re.compile(
    r"(?i)\s+(?:for|over|during|in)\s+(?:the\s+)?\S+\s+(?:season|period|rush)\s*$"
)
#: Asks said in shapes the topic reader cannot take apart, said in one it can (round 29 left
#: each as "what I asked you about last week"): who pays, who vouches, who introduces.
_PAYS_FOR = re.compile(
    r"(?i)^(?P<asked>(?:asked|ask)\s+\S+)\s+(?:if|whether)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:firm|company|practice|trust|school|lab|team|budget|dept|department|they|he|she)\s+"
    r"(?:can\s+|could\s+|would\s+|will\s+)?(?:pays?\s+(?:for\s+)?|funds?\s+"
    r"|covers?\s+(?=(?:the\s+)?(?:cost|costs|fees?)\b))"
)
_VOUCH = re.compile(r"(?i)\bto\s+be\s+(?:my|a)\s+(?:reference|referee)\b")
_INTRODUCES = re.compile(
    r"(?i)^.*?\bme\s+(?:apresenta|apresentar|apresentaria|presenta|presentar|presentaría)"
    r"\s+(?:a|ao|à|al|pro|pra)\s+(?P<who>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)"
)


#: "asked her if she know anybody at the hotel groups in Accra": an introduction to someone
#: there (round 41: "about the know anybody").
_KNOWS_SOMEONE = re.compile(
    r"(?i)^.*?\b(?:if|whether)\s+(?:she|he|they|you)\s+(?:knows?|knew)\s+"
    r"(?:anybody|anyone|someone|somebody|people|a\s+contact|any\s+contacts?)\s+"
    r"(?:at|in|from|on|with)\s+(?P<where>[^,.;!?()]+)"
)


def _asked_plainly(plain: str) -> str:
    """ "asked Paul if his lab can pay for a technician" → "asked Paul for funding for a
    technician"; "asked Deb to be my reference for the CNE post" → "asked Deb for a reference
    for the CNE post" (not "bing my reference"); "perguntei se ela me apresenta ao Marcelo
    Viana" → "intro to Marcelo Viana"."""
    plain = _SEASON_TAIL.sub("", plain)
    introduced = _INTRODUCES.match(plain)
    if introduced:
        return f"intro to {introduced.group('who')}"
    knows = _KNOWS_SOMEONE.match(plain)
    if knows:
        return f"intro to {knows.group('where').strip()}"
    plain = _PAYS_FOR.sub(lambda m: f"{m.group('asked')} for funding for ", plain, count=1)
    return _VOUCH.sub("for a reference", plain)


#: How it was asked, after the asking and whom: "asked D straight out about a profit share"
#: is about a profit share (round 24 asked "any news on the straight out about …?").
_HOW_ASKED = re.compile(
    r"(?i)(?P<asked>\b(?:ask(?:ed)?|rais(?:ed|e)|put it to|told)\s+(?:[\w'.]+\s+)?)"
    r"(?:straight out|point[- ]blank|directly|formally|properly|casually|politely|officially"
    r"|outright|head[- ]on)\s+"
)


@line_memo(TEXT)
def _topic_of_plain(plain: str, counterpart: str) -> str | None:
    """Read once per line and counterpart: every card built for a relationship (prep, the
    nudge, App Home, the after-meeting message) reads the same log lines again, and a topic
    takes a few dozen patterns to read."""
    label = _PREFIX.match(plain)
    if label:
        plain = plain[label.end() :]
        if label.group("label").lower() in _INTRO_LABELS:
            plain = "intro to " + plain
    plain = _spelled_out(plain)
    plain = _asked_plainly(plain)
    plain = _HOW_ASKED.sub(r"\g<asked> ", plain)
    plain = re.sub(r"(?i)\btake the lead on\b", "lead", plain)
    plain = _named_by_initial(plain, counterpart)
    plain = _priority_core(plain)
    plain = _CLAUSE_BREAK.split(plain, maxsplit=1)[0]
    plain = _ASKED_SOMEONE_TO.sub(r"\g<verb> \g<link> ", plain)
    plain = _CARES_ABOUT.sub("", plain).replace(" + ", " and ")
    plain = _what_they_want(plain)
    passed = _GOT_DONE.match(plain)
    if passed:  # "got the drainage redesign approved": the win is getting it through
        return f"getting {passed.group('what')} {passed.group('done')}"
    passed = _SIGNED_OFF.match(plain)
    approved_what = passed and plain[passed.end() :].split()[:1]
    if approved_what and approved_what[0].lower() in _DETERMINERS:
        passed = None  # "planning committee approved the scheme": the scheme is the win
    if passed and _a_thing(passed.group("what")):
        what = passed.group("what")
        what = what if what.split()[0] in _DETERMINERS else f"the {what}"
        return f"getting {what} {passed.group('done')}"
    plain = _COPULA.sub("", plain)
    plain = re.sub(
        r"(?i)\s+by (?:about |over |almost )?[\d.,]+\s*(?:%|x|ms|s|percent)?.*$", "", plain
    )
    plain = re.sub(
        r"(?i)\b(?:(?:an?|the) )?(?:intro(?:duce)?|introduction|connect)(?: me)?(?: to| with)"
        r"(?P<who> (?:someone|somebody|a person)(?: (?:on|in|from|at|who knows))?)?\b",
        lambda m: "an introduction to" + (m.group("who") or ""),
        plain,
    )
    plain = _WHEN_TAIL.sub("", plain)
    plain = _HOW_TAIL.sub("", plain)
    plain = _without_who_mentioned(plain)
    plain = re.sub(r"(?i)\s+(?:in\s+)?(?:q[1-4]|h[12])\s*$", "", plain)  # "… squad q3"
    words = plain.replace("’", "'").split()
    who = {w.lower() for w in counterpart.split()} | {counterpart.lower()}
    gerund = False
    after_to = False
    while words:
        head = words[0].lower().strip(",")
        if (
            after_to
            and len(words) > 1
            and head.replace("-", "").isalpha()
            and head not in _DETERMINERS
            and head not in _NOT_A_HEAD
            and (head not in _LEAD or head in _LEAD_VERBS)
            and (
                head in _TODO_VERBS
                or words[1].lower() in _OBJECTS
                or (head in _PHRASAL and words[1].lower() in _PHRASAL_PARTICLES)
            )
            and head not in who
            and words[0].islower()
            and not (head in _DONE_VERBS and words[1].lower() in who)
        ):
            # "asked Ray to nominate me for the council": after "to", a request's verb
            words[0] = _ing(head)
            gerund = True
            break
        if head == "how" and 3 <= len(words) <= 8 and words[1].isalpha():
            # "asked fi how stuart runs interviews": the way a thing is done is the topic
            return " ".join(_bounded(words))
        if head in _LEAD or head in who:
            after_to = head == "to"
            words.pop(0)
        elif head in _CHANGE_VERBS and len(words) > 1:
            # "cut checkout errors by 30%": the win is the change, not the errors — said as a
            # noun ("the cut in checkout errors"), since a gerund clause reads badly in an ask
            changed = _change_noun(head, _bounded(words[1:]))
            if changed:
                return changed
            words[0] = _ing(_CHANGE_VERBS[head])
            gerund = True
            break
        elif head in _DONE_VERBS or (head.endswith("ed") and len(head) > 4 and len(words) > 1):
            words.pop(0)
            after_to = False  # "to put": the verb is read, what follows is not a second one
            if words and words[0].lower() in _PARTICLES:  # "closed out the pour"
                words.pop(0)
            # "helped Dana with the plan", "gave Dana feedback on the plan"
            while words and (
                words[0].lower() in who or words[0].lower() in {"with", "on", "them", "her", "him"}
            ):
                words.pop(0)
        elif (
            head in _MAKE_VERBS | _GATHER_VERBS
            and len(words) > 3
            and words[1].lower() in _PARTICLES
            and words[2].lower() in _DETERMINERS
        ):
            words[:2] = []  # "write up the postmortem", "pull together the overtime hours"
            break
        elif after_to and head in _DONE_VERBS and len(words) > 2 and words[1].lower() in who:
            words[:2] = []  # "need to send P my notes": the notes are what is owed
        elif head in _HAND_OVER and len(words) > 2 and words[1].lower() in who:
            words[:2] = []  # "owe V a summary", "get simon the quotes": the thing handed over
        elif head in _MAKE_VERBS and len(words) > 2 and words[1].lower() in _DETERMINERS:
            words.pop(0)  # "write the sponsor memo": the memo is the thing asked for
            break
        elif head in _BASE_VERBS and not gerund and len(words) > 1:
            words[0] = _ing(head)
            gerund = True
            break
        else:
            break
    words = _bounded(words)
    if len(words) > 2 and words[0].lower() in _SHARE_OF and words[1].lower() == "of":
        words = words[2:]  # "rewrote most of my pathways": the pathways are the topic
    words = _without_bare_tail(words)
    if len(words) > 2 and words[-2].lower() in {"with", "to", "for"} and words[-1].lower() in who:
        words = words[:-2]  # "the test plan with Ana": said to Ana, "with you" is noise
    if len(words) > 2 and words[-2].lower() in _TAIL_LINKS and words[-1].lower() in _THIRD:
        words = words[:-2]  # "the summary for him": said to him, "for him" is a pasted seam
    if len(words) > 2 and words[-2].lower() in _TAIL_LINKS and _CUT_SHORT.fullmatch(words[-1]):
        words = words[:-2]  # "the research note on s" (s.21 cut at its dot): the note is the thing
    if len(words) > 3 and words[1].lower() in {"on", "with"} and words[2].lower() in _FILLER_ING:
        words = words[:2] + words[3:]  # "pairing on writing Playwright tests"
    if len(words) > 3 and words[-3].lower() == "for" and words[-1].lower() in _OWN_PLACE:
        words = words[:-3]  # "the sepsis audit for the ward": the ward is where, not what
    if not words or clause_like(words) or _vague(words):
        return None
    if len(words) == 1 and words[0].lower() in _TODO_VERBS:
        return None  # "can i get on the course" cut to its verb: "the get" names nothing
    first = words[0].lower()
    if first in _LEAD or first in _DONE_VERBS or first in who:
        return None
    phrase = " ".join(words)
    if re.search(r"[:=]", phrase):
        return None  # "tip from Sam: lead with …": a label and what follows, not one thing
    if gerund or first in _DETERMINERS or first.endswith("'s") or first.endswith("ing"):
        return phrase
    if not _noun_like(words):
        return None
    if len(words) > 1 and (words[1].startswith("#") or words[1].isdigit()):
        return phrase  # "PR #4521", "ticket 88": a name, not a thing that takes "the"
    if _bare_reads(words):
        return phrase  # "family feedback scores", "stock accuracy": no "the" needed
    return "the " + phrase


#: Words that name no thing: "the thing from last week", "something about priorities", a mood.
_VAGUE = frozenset(
    """
    thing things stuff something anything everything it well good great nice fine busy ok okay
    bad tough long hard
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def _vague(words: list[str]) -> bool:
    """Whether the phrase's head is a word that names nothing (the card then names the item by
    its kind and date, which says as much and reads better)."""
    lower = [w.lower() for w in words]
    while lower and lower[0] in _DETERMINERS:
        lower.pop(0)
    return bool(lower) and lower[0] in _VAGUE


#: What links a thing to whom or what it is for, at a phrase's end.
_TAIL_LINKS = frozenset(["with", "to", "for", "on", "about", "from", "of", "under"])
#: Pronouns for the counterpart or someone else, which a slot said to them cannot keep.
_THIRD = frozenset(["him", "her", "them"])
#: A lone letter left where a reference was cut at its dot ("s.21", "r.3", "p.12").
_CUT_SHORT = re.compile(r"(?i)[b-hj-z]")


#: Last words of things said without an article: "stock accuracy", "staff morale".
_MASS = frozenset(
    """
    morale hygiene compliance attendance retention safety quality cashflow flow punctuality
    productivity wellbeing well-being turnover absence sickness spend waste footfall uptake
    engagement governance feedback revenue margin margins overtime training leave cover
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


_HEAD_ENDS = frozenset(["for", "on", "in", "at", "with", "from", "of", "about", "to", "by"])


def _bare_reads(words: list[str]) -> bool:
    """Whether a phrase of lower-case words reads without "the": a plural ("on-time
    departures") or a mass noun ("stock accuracy"). A singular thing ("the audit") needs one."""
    head = next((words[:i] for i, w in enumerate(words) if i and w.lower() in _HEAD_ENDS), words)
    if any(w[:1].isupper() for w in head):
        return False
    last = head[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is", "'s"))
    abstract = len(last) > 6 and last.endswith(("ity", "acy", "ness", "ety"))
    return plural or abstract or last in _MASS


#: Words that make a phrase a clause, whatever follows: "there's a secondment slot", "it's
#: the rota", "the plan is late". A subject and a verb never read in a noun's slot.
_CLAUSE_OPENERS = frozenset(
    """
    there there's here's it's that's what's who's i'm we're they're you're he's she's
    i we you he she they it this that someone everyone
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_FINITE = frozenset(
    """
    is are was were am be been isn't aren't wasn't has have had hasn't haven't do does did
    don't doesn't didn't can can't could couldn't will won't would wouldn't should shouldn't
    shall may might must keeps kept goes went comes came hit
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Verbs that, after "and" or last in a phrase, make it a to-do, not a thing: "the write-up and
#: send", "the deck to finish".
_TODO_VERBS = (
    _MAKE_VERBS
    | _BASE_VERBS
    | frozenset(
        "send share forward email book finish give lend chase fix check call ask".split()  # noqa: SIM905
    )
)


_DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])


def clause_like(words: list[str]) -> bool:
    """Whether a phrase is a clause or a to-do rather than a noun phrase, so that it would
    read as a seam in any slot ("about there's a secondment slot", "the write-up and send is
    in your inbox"). Such a topic is dropped and the ask is worded without one."""
    lower = [w.lower().strip(",").replace("’", "'") for w in words]
    if lower[0] in _CLAUSE_OPENERS or lower[0] in _BREAK_WORDS or any(w in _FINITE for w in lower):
        return True
    verb_first = lower[0] not in _DETERMINERS and not lower[0].endswith("ing")
    if verb_first and len(lower) > 1 and lower[1] in _OBJECTS - _DEMONSTRATIVES:
        return True  # a verb and its object: "swap a week", "hit the target"
    if lower[0] == "any" and len(lower) == 2:
        return True  # "any chance", "any news": a question, not a thing
    for before, word, after in zip(lower, lower[1:], lower[2:], strict=False):
        if (
            word.endswith("ed")
            and len(word) > 4
            and before not in _DETERMINERS
            and (after in _DETERMINERS)
        ):
            return True  # "the customer complimented the layout": a subject and its verb
    return any(a in ("and", "or", "then") and b in _TODO_VERBS for a, b in pairwise(lower)) or (
        len(lower) > 1 and lower[-2] in ("and", "or", "to", "then") and lower[-1] in _TODO_VERBS
    )


#: A change as a noun: "the cut in X" (how much) or "the X automation" (what was done to it).
_CHANGE_IN = {"cut": "cut", "reduce": "cut", "lower": "cut", "slash": "cut", "halve": "cut",
              "increase": "rise", "raise": "rise", "double": "rise", "boost": "rise",
              "grow": "growth", "improve": "improvement", "speed": "speed-up"}  # fmt: skip
_CHANGE_OF = {"automate": "automation", "migrate": "migration", "fix": "fix",
              "simplify": "simplification", "stabilise": "stabilisation",
              "stabilize": "stabilization", "move": "move", "eliminate": "removal",
              "remove": "removal"}  # fmt: skip


#: Where the object of a change ends: "migrated billing | to Postgres".
_OBJECT_ENDS = frozenset(["to", "at", "for", "from", "with", "on", "onto", "into", "via", "across"])


def _change_noun(verb: str, rest: list[str]) -> str | None:
    """ "cut checkout errors" → "the cut in checkout errors"; "automated the intercompany
    reconciliation" → "the intercompany reconciliation automation"; None when it would not read."""
    base = _CHANGE_VERBS[verb]
    if rest and rest[0].lower() == "up":  # "sped up the build"
        rest = rest[1:]
    if not rest or rest[0].lower() in _LEAD:
        return None
    cut = next((i for i, w in enumerate(rest) if i and w.lower() in _OBJECT_ENDS), len(rest))
    obj = " ".join(rest[:cut])
    if base in _CHANGE_IN:
        return f"the {_CHANGE_IN[base]} in {obj}"
    if base in _CHANGE_OF:
        bare = re.sub(r"(?i)^(?:the|our|my|a|an) ", "", obj)
        if len(bare.split()) <= 4:
            return f"the {bare} {_CHANGE_OF[base]}"
    return None


#: After a name, words that show it is a person, not the name of a thing: "Jaz through her
#: first month", "Ana and me".
_PERSON_NEXT = frozenset(["and", "through", "into", "over", "after", "before", "across", "up"])


def _noun_like(words: list[str]) -> bool:
    """Whether a phrase starts like a noun phrase that reads after "the": "the Northwind
    renewal", not "the no to the conference", "the don't tell the team" or "the Sam from
    finance" (a person: their name alone is no topic)."""
    head = words[0]
    if head.lower() == "no" and len(words) > 2 and words[1].lower() == "more":
        return True  # "no more missed deliveries": what they want, said as a thing
    if head.lower() in _NOT_A_HEAD or "'" in head:
        return False
    if not head.replace("-", "").isalnum():
        return False
    named = head[:1].isupper() and not head.isupper()
    return not (named and (len(words) == 1 or words[1].lower() in {*_BREAK_WORDS, *_PERSON_NEXT}))


_TAIL_WORDS = frozenset(["to", "at", "across", "during", "via"])
_INTRO_SOMEONE = ["an", "introduction", "to"]
_FILLER_ING = frozenset(["writing", "doing", "building", "making", "creating", "working"])
_OWN_PLACE = frozenset(["ward", "team", "department", "unit", "group", "clinic", "school"])


def _bounded(words: list[str]) -> list[str]:
    """The head of the phrase: cut before a trailing "to all EU customers" or "at the
    all-hands", at most seven words, never a dangling article at the end."""
    tail = next(
        (
            i
            for i, w in enumerate(words)
            if i >= 2 and w.lower() in _TAIL_WORDS and words[i - 1].lower() != "introduction"
        ),
        None,
    )
    if tail is not None:
        words = words[:tail]
    #: "an introduction to someone on the data platform team" keeps who it was to
    most = _MAX_WORDS + 3 if [w.lower() for w in words[:3]] == _INTRO_SOMEONE else _MAX_WORDS
    if len(words) > most:
        cut = [i for i, w in enumerate(words[: most + 1]) if w.lower() in _BREAK_WORDS]
        cut = [i for i in cut if i >= 2]
        kept = words[: cut[-1]] if cut else []
        if len(kept) < 3 and len(words) <= most + 2:  # "sitting in on one of my ward rounds"
            kept = words
        elif _for_an_object(words, cut[-1] if cut else None) and len(words) <= most + 2:
            kept = words  # "signing off funding for my Level 5 diploma": the "for" is the what
        words = kept
    while words and words[-1].lower().strip(",") in _DANGLING:
        words.pop()
    return [w.strip(",") for w in words]


def _for_an_object(words: list[str], at: int | None) -> bool:
    """The cut would drop "for my Level 5 diploma" after a bare noun ("funding"): what the
    request is for is the topic, and the phrase without it is a fragment."""
    if at is None or at + 1 >= len(words) or words[at].lower() != "for":
        return False
    return words[at + 1].lower() in _DETERMINERS and words[at - 1].lower() not in _DETERMINERS


def _ing(verb: str) -> str:
    """demo → demoing, write → writing, run → running, see → seeing."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]{1,2}[aeiou][^aeiouwxy]", verb):  # run, swap, plan, chat
        return verb + verb[-1] + "ing"
    return verb + "ing"


def advice_of(text: str, *, counterpart: str) -> str | None:
    """What a note of their advice told the user to do, as something tried: "tip from Ruth: lead
    with the one change that matters" → "leading with the one change that matters"; None when
    the line is not advice from them."""
    name = re.escape(counterpart)
    found = re.match(
        rf"(?i)^\s*(?:(?:a )?(?:tip|advice|suggestion) from {name}\s*[:\-–]\s*"
        rf"|{name}(?:'s)? (?:suggested|advised|recommended|told me to|said to)"
        rf"(?: (?:that )?i(?: should)?| me to)? )(?P<t>.+)",
        plain_text(text),
    )
    if not found:
        return None
    words = _CLAUSE_BREAK.split(found.group("t"), maxsplit=1)[0].split()
    if not words or not words[0].isalpha() or not words[0].islower() or len(words) > _MAX_WORDS + 1:
        return None
    if words[0] in _NOT_A_VERB or words[0] in _DETERMINERS or words[0] in _NOT_A_HEAD:
        return None
    return " ".join([_ing(words[0]), *words[1:]])


def reference(
    text: str,
    created_at: datetime,
    *,
    now: datetime,
    counterpart: str,
    names: Mapping[str, str] | None = None,
) -> Reference | None:
    """The card's name for a logged item, or None when no topic reads from it at all. A topic
    the card is not confident of (`slot_text.confident`) is kept out of the reference — its topic
    is empty and only its date is left ("what Dana said on 3 Nov") — so no slot can quote it,
    whatever its own gate says."""
    topic = _topic_of(text, counterpart=counterpart, names=names)
    if not topic:
        return None
    return Reference(topic if confident(topic) else "", short_date(created_at, now))


__all__ = [
    "Reference",
    "advice_of",
    "clause_like",
    "plain_text",
    "reference",
    "short_date",
    "topic_of",
]
