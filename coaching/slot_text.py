"""Whether a logged phrase may be said inside an English ask: the card's confidence that it reads
aloud as a noun phrase (`confident`), with the language and shorthand guards it rests on.

People log in the language they think in and in the shorthand of a shift note: "quiere que el
rooftop abra con menú de temporada", "a word w Gaz", "L2 & L3 tested and certs", "food cost
34% -> 29%". Each reads fine in the log and wrong inside "could I help with …?" (blind review,
round 9). A slot that fails here is not translated or expanded — the card names the item by
its kind and date instead, which is always true.

Word lists and word frequencies, not a language model: the short phrases a slot takes are too
short for one, and a false "not English" only swaps a topic for a date. The frequencies
(`wordfreq`, the field's word counts of forty languages) catch a word of any language the notes
are typed in, where a hand-kept list caught only the words someone had met ("the mandar à
Marta", "a murit bunica lui Radu" were pasted into asks in round 32).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from coaching.line_memo import FLAG, line_memo
from coaching.model import TITLES_BEFORE_NAMES

#: Function words of the languages people most often mix into English notes (Spanish, French,
#: Portuguese, Italian, German, Welsh, Dutch, Polish, Tagalog, Norwegian, Hindi as typed in
#: Latin letters) that an English noun phrase does not use.
_FOREIGN = frozenset(
    """
    que qué quien quién cuando cuándo el los las del con para por una unos pero como cómo quiero
    quiere quieres va vamos hay está esta este estos muy más también sin sobre hasta
    le les des du au aux avec pour une est sont dans sur pas mais très
    não com uma os às pelo pela da
    il della che per non di gli sono
    der die dem den das und mit für ist nicht ein eine einen zum zur auf
    oder bis heute abend noch schon aber wenn dass bei vom beim ich kann wir sich
    yr efo hefo gyda gyfer mae yn ac ddod i'r o'r a'r fy dy ein eich wedi bod
    het een moet voor zijn niet ook naar wordt worden nog klaar jullie deze dit bij graag
    dos pro pra pros pras ele ela eles tô tá vou nao né
    nie jest się już żeby
    ang mga ako siya hindi naman kasi pwede daw yung sana nya sya ng
    ikke jeg og
    hai nahi nahin kya bhi aur mein
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Words both English and foreign ("de Vries", "la carte", "a"): they count only beside others.
_WEAK = frozenset({"de", "la", "y", "e", "o", "en", "al", "se", "lo", "am", "ar", "i", "es"})
#: Arrows and symbols that stand for words in a note.
_SYMBOLS = re.compile(r"->|=>|<-|→|←|&|\+|@|#|\s/\s|\?\?|!!")
#: Chat shorthand a note types and a sentence to a senior colleague spells out (`items`
#: spells these out before reading a topic; left in a phrase, they are shorthand).
SPELLED_OUT = {
    "abt": "about", "b4": "before", "w/": "with", "fwd": "forward", "yr": "year",
    "yrs": "years", "qtr": "quarter", "mtg": "meeting", "mtgs": "meetings", "hrs": "hours",
    "wk": "week", "wks": "weeks", "thx": "", "pls": "", "plz": "", "u": "you", "rn": "",
    "atm": "", "tbh": "", "imo": "", "yday": "", "yest": "", "thru": "through",
    "ppl": "people", "msg": "message", "mgr": "manager", "mgmt": "management",
    "dept": "department", "depts": "departments", "govt": "government", "cert": "certificate",
    "certs": "certificates", "asst": "assistant", "mngr": "manager",
}  # fmt: skip
#: Note shorthand that needs expanding before it is said aloud.
_SHORTHAND = frozenset(
    """
    w n u ur r w/ b/c b4 pls plz thx tmrw tmw wk wks mgr mgmt govt approx asap fyi btw
    yr cos tho thru ppl msg cert certs diag dept depts yr9 mins hrs qty vs re wrt
    mon tue tues wed thu thur thurs fri sat jan feb apr jun jul aug sep sept oct nov dec
    """.split()  # noqa: SIM905
) | frozenset(SPELLED_OUT)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\S+/")


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


#: Languages people type notes in, besides English, in Latin letters (other scripts are caught
#: by `_OTHER_SCRIPT`).
_NOTE_LANGUAGES = (
    "es pt fr de it ro pl nl tr id ms vi fil sv nb da cs sk hu fi sl lt lv".split()  # noqa: SIM905
)
#: A word rarer than this in English is hardly English at all ("pwede", "forslag", "mandar").
_UNKNOWN_IN_ENGLISH = 2.0
#: A word this common in English is English, whatever else it is ("la", "sun", "don").
_ENGLISH_ENOUGH = 3.5
#: ... and a rarer one is another language's when that language uses it this much more often
#: (a Zipf step is tenfold): "mandar", "lui", "raportul", but not "rota" or "kaizen".
_MORE_AT_HOME = 2.0


#: Words English took whole, rarer in English than at home: "sous chef", "mise en place".
_LOANS = frozenset("sous mise fixe commis crèche creche bono hoc fide bona versa".split())  # noqa: SIM905


def load_word_lists() -> None:
    """Read every language's word list now: the first card would otherwise wait a second for
    them, inside its request (and its database transaction)."""
    zipf_frequency("a", "en")
    for language in _NOTE_LANGUAGES:
        zipf_frequency("a", language, wordlist="small")


@lru_cache(maxsize=16384)
def _foreign_word(word: str) -> bool:
    """A word far more common in another language of the notes than in English."""
    if len(word) < 2 or word in _LOANS:
        return False
    english = zipf_frequency(word, "en")
    if english >= _ENGLISH_ENOUGH:
        return False
    # the other languages' short lists (their commonest words, a tenth of the memory): a word
    # must be common at home to count against English
    elsewhere = max(
        zipf_frequency(word, language, wordlist="small") for language in _NOTE_LANGUAGES
    )
    return elsewhere >= english + _MORE_AT_HOME


#: The small words of the notes' commonest other languages (articles, prepositions, pronouns,
#: "whether", "but"): they say nothing about what a line is about, as "for" or "the" say nothing
#: (round 46 tied a point to a promise by the Polish "dla", "for"). A list, not word counts:
#: counts also took English words ("pour", "vet", "inn") and other languages' content words
#: ("años", "vida"). Words English also uses for things ("van", "war", "pour") are left out.
_SMALL_WORDS_ABROAD = frozenset(
    """
    que por para con sin los las del una uno unos unas pero como más mas muy este esta eso esto
    ese esa sus hay fue ser son está todo nada algo también porque cuando donde entre sobre hasta
    desde antes después les nos mis tus ella ellos ellas
    com sem uma uns umas dos das nas pelo pela mais muito isso isto essa seu sua seus suas ele
    eles elas meu minha você não sim foi são tudo até depois pra pro
    qui avec sans des une dans par sur mais comme plus très cette ces son ses leur leurs elles
    ils nous vous moi lui pas est sont été tout rien aussi parce quand avant après chez donc
    der die das den dem des und oder aber mit ohne für von bei nach aus auf über unter ein eine
    einen einem einer ist sind nicht auch noch schon sehr wie was wer wenn dass weil ich sie
    wir ihm ihn mein meine sein seine dann doch nur
    het een voor met zonder niet ook nog maar als dat wat wie hij zij wij mijn zijn haar bij
    naar uit
    dla czy jak nie się jest był była ale albo lub przez przed pod nad bez przy tak już jeszcze
    tylko żeby ten tego tej jego jej ich mnie mój moja moje swój kto gdzie kiedy bardzo też oraz
    więc
    che per gli della dei delle nel nella sul sulla non anche più molto questo questa sono
    wala wali wale mein hai hain aur bhi nahi kya kaise
    için ile gibi daha bir veya çok ama kadar sonra önce benim senin onun bunu
    yang untuk dengan tidak ini itu dari juga sudah belum akan saya mereka atau tapi kalau
    kwa kwenye kama lakini sana hii hiyo huyo hapa pia bado
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def foreign_small_word(word: str) -> bool:
    """One of another language's small words (`_SMALL_WORDS_ABROAD`)."""
    return word in _SMALL_WORDS_ABROAD


@line_memo(FLAG)  # read for the newest lines of every card: kept with the card's readings
def written_abroad(text: str) -> bool:
    """Whether a whole line is written in another language of the notes: a third or more of
    its lower-case words, and at least two, are far more common there than in English (terse
    English — "plot 9 handover zero snags" — has few function words, so those cannot say)."""
    lower = [w.casefold() for w in _WORD.findall(text) if w[:1].islower() and len(w) > 2]
    abroad = sum(_foreign_word(w) for w in lower)
    return abroad >= 2 and abroad >= len(lower) / 3


def is_foreign(text: str) -> bool:
    """Whether a short phrase is (partly) in another language: two of its words are foreign
    function words, or one is and the phrase has letters English does not (menú, ŷ, ç), or one
    of its words in lower case (a capital may be a name: "Radu", "Marta") is far more common in
    another language than in English."""
    words = _words(text)
    lower = [w.casefold() for w in _WORD.findall(text) if w[:1].islower()]
    abroad = [w for w in lower if _foreign_word(w)]
    # two such words, or one English barely knows: one rarer English word ("rapport", "lieu",
    # a typo) is no other language
    if len(abroad) >= 2 or any(zipf_frequency(w, "en") < _UNKNOWN_IN_ENGLISH for w in abroad):
        return True
    strong = sum(w in _FOREIGN for w in words)
    weak = sum(w in _WEAK for w in words)
    accented = bool(re.search(r"[^\x00-\x7f]", re.sub(r"[’‘“”–—]", "", text)))
    return (
        strong >= 2
        or (strong >= 1 and (weak >= 1 or accented))
        or bool(_NEVER_ENGLISH.search(text))
        or any(w in _NO_ENGLISH_WORD for w in words)
        or bool(_OTHER_SCRIPT.search(text))
    )


#: Letters of scripts other than Latin (Greek, Cyrillic, Arabic, Indic, Thai, CJK, Hangul …):
#: a phrase written in one is not English ("the 재도장할 때 QC한테 …", round 31).
_OTHER_SCRIPT = re.compile(r"[\u0370-\u1dff\u2e80-\ud7ff\uf900-\ufaff]")


#: Words of other languages that are no English word, so one is enough: verbs of wanting and
#: becoming that open goals ("pasar a instructora TCP" read as "when pasar a instructora TCP
#: comes up"), and Vietnamese typed without its marks ("the audit cua Cindy", round 29).
_NO_ENGLISH_WORD = frozenset(
    """pasar passar llegar chegar virar tornar devenir diventare werden worden zostać być chcę
    quero voglio möchte quisiera gostaria cua voi khong duoc nhung xuat chac gửi maila mejla
    skicka
    kwa kutoka kutuma yangu wangu yako wako zangu bado hii hiyo kwenye katika kesho
    tayari pamoja baada kabla mwezi barua mshahara imeenda nimetuma nitatuma alisema
    amesema hatujapata kuhusu nipate nikuwe niwe nataka natamani kuwa kupata nifanye nisome
    kusoma nipandishwe nipande""".split()  # noqa: SIM905 (Swahili last: wordfreq has none, round 57)
)


#: Letters no English word borrows (café and naïve keep theirs; "listę", "wysłać" cannot):
#: one is enough, since the function-word list covers only a few languages.
#: Both cases written out: under IGNORECASE Python matches "ı" to "i" and "ſ" to "s".
_NEVER_ENGLISH = re.compile("[ąćęłńśźżőűčďěňřšťůžğşåøæðþĄĆĘŁŃŚŹŻŐŰČĎĚŇŘŠŤŮŽĞŞÅØÆÐÞ]")


def is_shorthand(text: str) -> bool:
    """Whether a phrase uses a note's symbols or shorthand ("w Gaz", "L2 & L3", "34% -> 29%")."""
    return bool(_SYMBOLS.search(text)) or any(w in _SHORTHAND for w in _words(text))


def speakable(text: str) -> bool:
    """Whether a phrase may be said inside an English sentence as it was logged: the card is
    confident it reads as a noun phrase (`confident`). Anything else is named by its date."""
    return confident(text)


# --- Confidence: a topic must earn its slot ---------------------------------------------------
#
# Every rule before this one added a pattern to accept more, and each blind review found new
# pasted fragments ("the D to leave pick faces topped up", "the 8R attendance up from 91%"). So
# the check is turned around: a phrase goes into a sentence only when a few positive checks all
# hold, and everything else is referred to by its kind and date, which is always true.
#
#   1. bounded: one to nine words (twelve for "an introduction to someone on …");
#   2. English, in plain words: no foreign function words, no letters English does not use;
#   3. no leftover shorthand: no note symbols ("=", "??", arrows, "%", ":"), no single capital
#      letter standing for a name ("the D"), no digits glued to letters ("8R", "91%"), no bare
#      count ("the 20 rooms"), no chat abbreviations;
#   4. no finite verb: no auxiliary, no subject pronoun, no "to" + verb, no verb with its object
#      or after its subject ("the Friends want a …", "his figures go"), no state it should be in
#      ("… ready", "… topped up");
#   5. a head the card can stand behind: a determiner or possessive leads it ("the handover
#      sheet", "my design doc"), or its head noun reads without one (a plural, a mass or
#      abstract noun: "duty manager training", "stock accuracy"), or it is a gerund with such a
#      phrase as its object ("demoing the retry dashboard").

_MAX_CONFIDENT = 9
_LEADS = frozenset(
    """
    the a an my our your his her their its this that these those some any more fewer less
    every each no zero one two three four five six both all
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Subject pronouns and auxiliaries: a phrase with one is a clause.
_CLAUSE = frozenset(
    """
    i we you he she they it i'm we're you're he's she's they're it's there's that's what's
    is are was were am be been being isn't aren't wasn't weren't has have had hasn't haven't
    do does did don't doesn't didn't can can't could couldn't will won't would wouldn't should
    shouldn't shall may might must if when whether because unless until while so though
    """.split()  # noqa: SIM905
)
#: Verbs that are verbs wherever they stand after a noun: "the Friends want", "figures go".
_VERBS = frozenset(
    """
    want wants wanted go goes went gets got says said thinks reckons knows asks asked told tells
    seems seemed looks looked keeps kept likes hates loves feels felt reckon think know seem
    agreed agrees promised promises happens happened stays stayed stopped started
    """.split()  # noqa: SIM905
)
#: Verbs that are nouns too ("a fresh start", "the school run"): a verb only with an object or a
#: gerund after them ("start asking", "leave pick faces", "make the cut").
_VERBS_WITH_OBJECT = frozenset(
    """
    start starts leave leaves make makes take takes need needs give gives keep run runs see
    sees do let help helps hit hits cover covers move moves cut cuts send sends get put
    """.split()  # noqa: SIM905
)
#: A state or a comparison at the end: what they want it to be, not what it is.
_STATE_END = frozenset(
    """
    ready done live up down out off over sorted fixed back again now yet too first asap soon
    later today tomorrow finished closed signed approved open
    perfect right complete spotless better smaller bigger faster shorter
    """.split()  # noqa: SIM905
)
#: States that are also the job itself ("the deep clean", "the spring tidy"): a state only
#: after what is to be in it ("get it clean", "keep them tidy").
_STATE_OR_JOB = frozenset(["clean", "tidy"])
_STATE_OF = frozenset(["it", "them", "everything", "things"])
#: Verb and particle that English also uses as a noun for a thing or an event ("the write up
#: for Jo", "the sign in for visitors"). Not ones that name a person standing in ("fill in",
#: "stand in") or a role taken on ("act up", "cover up"): those stay phrasal verbs.
_PHRASAL_NOUNS = frozenset(
    """
    write-up set-up follow-up catch-up clean-up mark-up line-up round-up build-up sign-up
    pick-up warm-up check-up top-up print-out fit-out roll-out call-out check-out walk-out
    lock-out drop-off hand-off sign-off kick-off write-off cut-off send-off sign-in log-in
    check-in walk-in drop-in lock-in run-in
    """.split()  # noqa: SIM905
)
#: Nouns a standalone number may follow, as a name: "level 5", "band 6", "phase 2", "Year 9".
_NUMBERED = frozenset(
    """
    level band phase stage year grade module unit step part room ward bay gate line version
    release sprint week day floor block wing lab table route bus platform section chapter
    flat house plot bed bay theatre court pitch site zone aisle door van truck lane pier berth
    """.split()  # noqa: SIM905
)
#: Quarters and halves said aloud as they are written ("the Q3 roadmap").
_QUARTER = re.compile(r"(?i)^[qh][1-4]$")
#: Symbols a note uses that a sentence does not.
_NOTE_MARKS = re.compile(r"[:=?!%()\[\]{}<>|*_~^$€£#&+/\\;\"“”]|->|→|←|\.\.")
#: Last words that read without an article: mass and abstract nouns people manage.
_MASS_HEADS = frozenset(
    """
    morale hygiene compliance attendance retention safety quality cashflow flow punctuality
    productivity wellbeing well-being turnover absence sickness spend waste footfall uptake
    engagement governance feedback revenue margin overtime training leave cover management
    leadership support work research data time budget funding recruitment supervision practice
    strategy marketing planning design testing reporting mentoring coaching induction people
    staff churn
    """.split()  # noqa: SIM905
)
_ABSTRACT = (
    "ity", "acy", "ness", "ety", "ment", "tion", "sion", "ance", "ence", "ship", "ism", "ology",
)  # fmt: skip


def _tokens(phrase: str) -> list[str]:
    return phrase.replace("’", "'").split()


def _bare_head(word: str) -> bool:
    """Whether a last word reads without an article: a plural, a mass or an abstract noun."""
    w = word.lower()
    plural = len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s"))
    return plural or w in _MASS_HEADS or w.endswith(_ABSTRACT) or w in _ING_NOUNS


def _shorthand_left(words: list[str]) -> bool:
    """Check 3: a note's shorthand left in the words."""
    for i, word in enumerate(words):
        bare = word.strip(",.")
        if re.fullmatch(r"[A-Z]", bare) and not (i == 0 and bare == "A"):
            return True  # "the D": a name only the user can expand
        if re.search(r"\d", bare) and not _QUARTER.match(bare):
            if _CODE.fullmatch(bare):
                continue  # "CP12", "GC2", "ISO": a form's or machine's name, said as written
            if re.fullmatch(r"(?:1st|2nd|3rd|[4-9]th)", bare):
                continue  # "a 2nd CTD technician": an ordinal reads aloud as written
            if not bare.isdigit():
                return True  # "8R", "91%", "1pm", "L2"
            named = words[i - 1].lower() in _NUMBERED or words[i - 1][:1].isupper()
            if i and not named and _few_things(words, i):
                continue  # "the 3 supplier quotes", "my 2 Saturdays": a small count of things
            if i == 0 or not named:
                return True  # "the 20 rooms": a count from a note, not a name
    return False


#: A name written in capitals and digits: two capitals at least, then digits ("CP12", "GC2").
_CODE = re.compile(r"[A-Z]{2,}\d{1,4}")


def _few_things(words: list[str], i: int) -> bool:
    """Whether the number at `i` counts a handful of things right after "the" or "my"
    ("the 3 supplier quotes"); a larger count ("the 20 rooms") is a note's figure."""
    count = int(words[i])
    rest = [w.lower().strip(",") for w in words[i + 1 :]]
    plural = next(
        (n for n, w in enumerate(rest[:2]) if w.endswith("s") and not w.endswith("ss")), None
    )
    if plural is None or not 2 <= count <= 9 or words[i - 1].lower() not in ("the", "my", "our"):
        return False
    after = rest[plural + 1 : plural + 2]
    return not after or after[0] in _LINKS  # "the 3 new hires settle": a clause, not a count


#: Nouns and gerunds "to" follows as a direction, not an infinitive: "moving to days".
_MOVES = frozenset(
    """
    introduction intro move moving visit trip route transfer transferring switch switching return
    returning secondment promotion progression access invitation invite nomination referral
    """.split()  # noqa: SIM905
)


def _infinitive(before: str, after: str) -> bool:
    """ "to leave", "to get": "to" before a verb, not "an introduction to Sam", "a move to the
    claims team"."""
    verb = bool(after) and after not in _LEADS and after.isalpha() and after.islower()
    return verb and before not in _MOVES


def _finite_verb(lower: list[str], words: list[str]) -> bool:
    """Check 4: a verb, a subject or a state that makes the phrase a clause."""
    if any(w in _CLAUSE for w in lower):
        return True
    for i, word in enumerate(lower):
        before = lower[i - 1] if i else ""
        after = lower[i + 1] if i + 1 < len(lower) else ""
        if word == "to" and _infinitive(before, after):
            return True  # "the D to leave …": a verb, not a thing
        if i and word in _VERBS and before not in _LEADS:
            return True
        if (
            i
            and word in _VERBS_WITH_OBJECT
            and before not in _LEADS
            and (after in _LEADS or after.endswith("ing") or after in ("to", "me", "us", "them"))
        ):
            return True
        if i and word in ("that", "which", "who", "whose", "where"):
            return True  # "a laptop that actually works": a relative clause
        if i and len(word) > 4 and word.endswith("ed") and before not in _LEADS and after in _LEADS:
            return True  # "the kitchen passed its inspection": a subject and its verb
        if word == "about" and i and not words[i - 1].islower():
            return True  # "the HR about my contract": who to chase, not a thing
        if len(word) > 4 and word.endswith("ed") and after in ("up", "out", "off", "down", "in"):
            return True  # "topped up", "signed off": a state it should be in
        phrasal = word in ("up", "out", "off", "in") and after in ("as", "for")
        if i and phrasal and not _phrasal_noun(lower, i):
            return True  # "the act up as SM", "fill in for Jo": a phrasal verb, not a thing
        if re.fullmatch(r"[b-hj-z]", word) and words[i].islower():
            return True  # "the note on s": a lone letter left where "s.21" was cut
    last = lower[-1]
    participle = len(last) > 4 and last.endswith("ed") and not last.endswith("eed")
    state = last in _STATE_END or (last in _STATE_OR_JOB and lower[-2] in _STATE_OF)
    return len(lower) > 1 and (state or participle)  # "the drawings issued"


def _phrasal_noun(lower: list[str], i: int) -> bool:
    """Whether the verb and particle ending at `i` are a noun after a determiner: "the sign
    in for visitors", "a write up for Jo" — a thing, not what someone is to do."""
    return i >= 2 and lower[i - 2] in _LEADS and f"{lower[i - 1]}-{lower[i]}" in _PHRASAL_NOUNS


#: Where the head of a noun phrase ends: "waste | from the hot line".
_HEAD_ENDS = frozenset(["of", "for", "on", "in", "with", "from", "at", "to", "by", "about"])


def _has_head(lower: list[str], words: list[str]) -> bool:
    """Check 5: a determiner leads, or the head reads bare, or a gerund takes such a phrase."""
    if lower[0] in _LEADS or lower[0].endswith("'s"):
        return True
    if lower[0].endswith("ing") and lower[0] not in _ING_NOUNS and len(lower) > 1:
        if lower[0] not in _NEEDS_MORE and all(w[:1].isupper() for w in words[1:3]):
            return len(words) <= 3  # "shadowing Deepa": a person is a whole object
        rest = _object_of_gerund(lower[1:])
        if lower[0] in _NEEDS_MORE and not _completed(lower[1:]):
            return False  # "getting the snagging list": getting it what? The rest was cut
        chunk = next((i for i, w in enumerate(rest) if i and w.endswith("ing")), len(rest))
        rest = rest[:chunk]  # "getting people | reporting fatigue": the object is "people"
        start = len(lower) - len(_object_of_gerund(lower[1:]))
        return bool(rest) and _has_head(rest, words[start : start + len(rest)])
    head = next((i for i, w in enumerate(lower) if i and w in _HEAD_ENDS), 0)
    last = words[head - 1] if head else words[-1]
    proper = all(w[:1].isupper() for w in words[: head or len(words)])
    return _bare_head(last) or (proper and len(words) > 1 and not words[-1].isupper())


#: What may stand between a gerund and its object: "putting me forward for", "sitting in on".
_OBJECT_PRONOUNS = frozenset(["me", "us"])
#: Gerunds a person alone does not complete: "getting Gaz" (to do what?), "having Sam".
_NEEDS_MORE = frozenset(["getting", "having", "making", "letting", "putting", "asking", "telling"])
_PARTICLES = frozenset(["in", "on", "off", "up", "forward", "out", "over", "through", "back"])
_LINKS = frozenset(["on", "for", "in", "to", "with", "into", "onto", "at", "about", "from"])


def _completed(after: list[str]) -> bool:
    """Whether a gerund that needs more than an object has it: "putting me forward for …",
    "getting people reporting …", not "getting the snagging list"."""
    return any(
        w in _PARTICLES | _LINKS or (w.endswith("ing") and after[j] not in _LEADS)
        for j, w in enumerate(after[1:])
    )


def _object_of_gerund(lower: list[str]) -> list[str]:
    """ "me forward for the floor manager secondment" → "the floor manager secondment": the
    object a gerund's phrase is about, which must itself have a head."""
    rest = lower
    if rest and rest[0] in _OBJECT_PRONOUNS:
        rest = rest[1:]
    while len(rest) > 1 and rest[0] in _PARTICLES | _LINKS:
        rest = rest[1:]
    return rest


#: "getting the X approved": a win said as getting a thing through, a noun phrase as a whole.
_GOT_THROUGH = re.compile(
    r"^getting (?:the|my|our|a|an) .+? (?P<done>approved|signed off|accepted|funded|published"
    r"|adopted|agreed|greenlit|green-lit|shortlisted|nominated|certified|accredited)$"
)


#: A phrase led by these says when, not what: "due mid june", "until the 12 week scan".
_WHEN_LEADS = frozenset(["due", "til", "till", "until", "by", "before", "after"])
_DETERMINERS = frozenset(["the", "a", "an", "my", "our", "your", "this", "that"])


def _says_when(lower: list[str]) -> bool:
    """ "the due mid june" is a date said as a thing; "the due diligence pack" is a thing."""
    rest = lower[1:] if lower and lower[0] in _DETERMINERS else lower
    return bool(rest) and rest[0] in _WHEN_LEADS and rest[1:2] != ["diligence"]


#: "falling apart", "running late": a thing and what is happening to it is a clause.
_HAPPENING_ENDS = frozenset(["apart", "behind", "down", "late", "over", "off", "wrong", "short"])


def _says_what_happens(lower: list[str]) -> bool:
    """ "the van racking falling apart" says what is happening, not a thing to name."""
    return (
        len(lower) >= 3
        and lower[-1] in _HAPPENING_ENDS
        and lower[-2].endswith("ing")
        and lower[-3] not in _DETERMINERS
    )


#: A person, not a thing: "the don Eusebio", "the Pak Hendra" (round 32: "here's the don
#: Eusebio I promised").
_BEFORE_NAMES = sorted(
    {spelled for w in TITLES_BEFORE_NAMES for spelled in (w, w.capitalize())}, key=len, reverse=True
)
_A_PERSON = re.compile(
    r"(?i:(?:the|a|my)\s+)?(?:"
    + "|".join(re.escape(w) for w in _BEFORE_NAMES)
    + r")\.?\s+[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)?"
)


@line_memo(FLAG)
def confident(phrase: str | None) -> bool:
    """Whether the card is confident a phrase reads as a noun phrase the user would say aloud
    in a slot: all five checks above hold. A no is never a guess at a fix — the caller names the
    item by its kind and date ("the ask you made on 25 Sep") or leaves the sentence out."""
    if not phrase or not phrase.strip():
        return False
    words = _tokens(phrase)
    lower = [w.lower().strip(",") for w in words]
    passed = _GOT_THROUGH.match(" ".join(lower))
    if passed:  # "getting the allergen matrix signed off": what was got through is the thing
        cut = len(passed.group("done").split())
        words, lower = words[1:-cut], lower[1:-cut]
    intro = lower[:3] == ["an", "introduction", "to"]
    if len(words) > (_MAX_CONFIDENT + 3 if intro else _MAX_CONFIDENT):
        return False
    if is_foreign(phrase) or _A_PERSON.fullmatch(phrase.strip()):
        return False
    if is_shorthand(phrase) or _NOTE_MARKS.search(phrase) or _shorthand_left(words):
        return False
    if any(not re.fullmatch(r"[^\W_]+(?:['-][^\W_]+)*'?,?", w) for w in words):
        return False
    if _says_when(lower) or _says_what_happens(lower):
        return False
    if _torn(lower, words):  # "the and submit application", "the Atty Cruz the list": a seam
        return False
    if _clipped_head(words[-1]):
        return False
    if len(lower) == 1:  # one word alone must be a thing in itself: "punctuality", not "pupils"
        return lower[0] in _MASS_HEADS or lower[0].endswith(_ABSTRACT) or lower[0] in _ING_NOUNS
    return not _finite_verb(lower, words) and _has_head(lower, words)


def _clipped_head(head: str) -> bool:
    """A head word cut short, as notes cut them: "the ch" (chapter), "the dok" (Polish for the
    document), "the pt" — the thing it names is a guess (round 50 asked about "the ch", round 51
    said "Send Nowak the dok"). Capitals are codes and stand ("the SEP", "B6")."""
    word = head.strip(",'")
    if not word.isalpha() or not word.islower() or word in _CODES_TYPED_SMALL:
        return False
    return len(word) <= 2 or (len(word) == 3 and zipf_frequency(word, "en") < _CLIPPED_ZIPF)


#: A three-letter word this rare in English is a clipping, not a word ("dok" 2.3; "sop" 2.9,
#: "app" and "doc" far above).
_CLIPPED_ZIPF = 2.5
#: Codes people type in lower case, which name the thing whole ("my cv", "the pr", "the kpi").
_CODES_WORDS = """cv pr qa hr it ai ui ux bi kpi okr sla mvp api ppe cpd rfq poc ceo cfo cto coo
    hse sow pdp idp pip ojt p45 p60 dbs nda mou"""
_CODES_TYPED_SMALL = frozenset(_CODES_WORDS.split())


_JOINERS = frozenset({"and", "or", "but", "nor", "to", "of", "with"})
_DETS = frozenset({"the", "a", "an", "my", "our", "your", "their", "his", "her"})


def _torn(lower: list[str], words: list[str]) -> bool:
    """A phrase torn from a clause: a joining word right after its determiner, or a name then a
    second "the" ("the Atty Cruz the list": the person handed it read as part of the thing).
    Round 25 pasted both."""
    if len(lower) > 1 and lower[0] in _DETS and lower[1] in _JOINERS:
        return True
    return any(lower[i] == "the" and words[i - 1][:1].isupper() for i in range(2, len(lower)))


#: Nouns ending in -ing that lead a noun phrase well ("training plan", "building work").
_ING_NOUNS = frozenset(
    """
    thing morning evening ceiling building spring string ring wing king sibling pudding
    training meeting funding housing clothing parking catering booking planning wedding
    bedding lighting painting heating plumbing wiring flooring roofing ticketing
    """.split()  # noqa: SIM905
)


def is_gerund_led(text: str) -> bool:
    """Whether a phrase opens with a gerund and no article ("getting Gaz", "chasing the
    invoices"): an action, which reads wrong after "now that you have"."""
    words = _words(text)
    return bool(words) and words[0].endswith("ing") and words[0] not in _ING_NOUNS


#: Third-person possessives in a note about someone, said to that person as "your".
_THEIR = re.compile(r"(?i)\b(?:his|her|their)\b")


def to_you(text: str) -> str:
    """A phrase logged about the counterpart, said to them: "his mispick rate" → "your
    mispick rate". Only possessives: "him"/"she" in a slot mean a clause, which the slot check
    has refused already."""
    return _THEIR.sub("your", text)


__all__ = ["confident", "is_foreign", "is_gerund_led", "is_shorthand", "speakable", "to_you"]
