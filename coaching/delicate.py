"""The delicate matter behind a talking point, read with the notes it comes back to.

Every blind round's reviewers put first the matter each person most needed help with: a
pregnancy against a site-chief plan, an offer from a rival firm, a colleague's secret, a job two
friends are both going for, a mother's stroke against a transfer. The user writes it out in a
note when it happens and comes back to it in a talking point with a word or two — "VetPlus -
pytać ją czy nie??", "Siaya vacancy - mention or not", "体のこと…どこまで話す？", "pis lui dire
pour le poste??" — so a point read on its own words gave a stock "would it help them plan the
work…", or nothing. Here a point is cut into its parts (a point is often a list: "VL, backfill,
nomination before Dec 4... and yung kay Rhea. how??"), a part that weighs saying something is
matched to the notes it names, and the matter is read from those words, in the notes' languages.

Pure and deterministic; the words are read as families per language, not as sentences, and
`bench/delicate.py` measures them on a holdout written blind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from coaching.ask_signals import content_stems
from coaching.line_memo import TEXT, line_memo
from coaching.model import Entry, EntryKind, EntryStatus


class Matter(StrEnum):
    """What a delicate matter is about, as far as the words say."""

    OWN_NEWS = "own news"  # the user's own pregnancy, fertility treatment, illness
    FAMILY = "family"  # a relative's illness or care, a childcare crisis
    RIVAL = "rival"  # going for the same job as a colleague
    CONFIDENCE = "confidence"  # a colleague's news, told in confidence
    OFFER = "offer"  # an offer from elsewhere, or a plan to leave


#: The user's own news of body and health: pregnancy and leave for a birth, fertility
#: treatment, a diagnosis — in the notes' languages.
_OWN_NEWS = (
    r"\b(?:pregnan\w*|(?:i'?m|i\s+am|we'?re)\s+expecting(?!\s+(?:delays?|a\s+delay|issues|news))"
    r"|(?:my|our)\s+(?:maternity|paternity|baby)|ivf|fertility\s+(?:treatment|clinic)"
    r"|egg\s+(?:retrieval|collection)"
    r"|embryos?|miscarr\w*|grávida|gravidez|embarazada|embarazo|suis\s+enceinte|grossesse|schwanger"
    r"|schwangerschaft|incinta|gravidanza|zwanger|zwangerschap|gravid|ciąż\w*|ciaz\w*|hamile"
    r"|tüp\s+bebe\w*|hamil|kehamilan|bayi\s+tabung|mimba|ujauzito|buntis|mang\s+thai|có\s+thai"
    r"|co\s+thai|có\s+bầu|co\s+bau|thụ\s+tinh|беременн\w*|fivet|in\s+vitro"
    r"|my\s+(?:diagnosis|biopsy|chemo\w*|surgery|operation|scan\s+results|health)"
    r"|i\s+(?:was|got|just\s+got)\s+diagnosed)\b"
    # not a colleague's: "田中さんの産休" (round 57)
    r"|(?<!の)(?:妊娠|産休)|つわり|悪阻|検査薬\s*陽性|体外受精|不妊治療|임신|출산\s?휴가|시험관|난임"
    r"|입덧"
)
#: Someone close who is ill or needs care: a relative, then a word of illness or care nearby.
_FAMILY = (
    r"\b(?:mum|mom|mother|dad|father|parents?|grandm\w*|grandf\w*|wife|husband|my\s+son"
    r"|my\s+daughter|my\s+kids?|sis(?:ter)?|bro(?:ther)?|mamá|mãe|mae|papá|pai|padre|madre|mère"
    r"|père|mutter|vater|tata|matka|ojciec|moeder|vader|annem?|babam?|bapak"
    r"|ayah|mamak|mẹ|bố|ba\s+mẹ|мама|мать|папа|отец|madre|nanay|tatay|mamangu|baba)\b"
    r"[^.!?]{0,60}?\b(?:stroke|hospital\w*|admitted|sick|ill|cancer|dementia|alzheimer\w*|surgery"
    r"|physio\w*|hospice|care\s+home|nursing\s+home|diagnos\w*|chemo\w*|fall|fell|heart\s+attack"
    r"|ictus|derrame|avc|infarto|hospital|internad[oa]|operaci[oó]n|cirurgia|krankenhaus"
    r"|schlaganfall|pflege\w*|szpital\w*|udar|hastane\w*|felç|inme|rumah\s+sakit|stroke"
    r"|dirawat|bệnh\s+viện|đột\s+quỵ|nằm\s+viện|больниц\w*|инсульт|kiharusi|hospitali|ospedale"
    r"|ricoverat\w*|ziekenhuis|hjerneblødning|sygehus|ospital|na-stroke)\b"
    r"|\b(?:childcare|daycare|nanny|babysitter|creche|crèche|guardería|kita|przedszkol\w*)\b"
    r"[^.!?]{0,40}?\b(?:quit|closed|closing|fell\s+through|cancel\w*|no\s+longer|cerr\w*|zu)\b"
    r"|(?:母|父|親|義母|義父)[^。!?]{0,20}?(?:入院|倒れ|介護|手術|脳梗塞|認知症)"
    r"|(?:엄마|아빠|어머니|아버지)[^.!?]{0,20}?(?:입원|수술|병원|간병|뇌졸중)"
)
#: Going for the same job as a colleague: "applied too", "moi aussi", "Kevin also applying".
_RIVAL = (
    r"\b(?:appl(?:y|ied|ying)|going\s+for|in\s+for|interview\w*)\b[^.!?]{0,40}?\b(?:job|role|post"
    r"|position|promotion|vacancy|opening|lead|manager|supervisor|head)\b[^.!?]{0,30}?\b(?:too"
    r"|as\s+well)\b|\b(?:for|going\s+for)\s+the\s+same\s+(?:job|role|post|position|promotion)\b"
    r"|\b(?:also|too)\s+(?:appl(?:y|ied|ying)|going)\s+for\s+(?:the\s+|that\s+)?(?:[\w-]+\s+)?(?:job"
    r"|role|post|position|promotion|vacancy|opening|lead|manager|supervisor|head)\b"
    r"|\bappliqu\w*\s+moi\s+aussi|\baussi\b[^.!?]{0,30}?\b(?:appliqu\w*|postul\w*|poste)"
    r"|\btamb(?:i[eé]n|[eé]m)\b[^.!?]{0,30}?\b(?:postul\w*|aplic\w*|candidat\w*|concurs\w*)\b"
    r"[^.!?]{0,30}?\b(?:puesto|plaza|vaga|cargo|jefatura|posici[oó]n|coordinaci[oó]n|supervis\w*"
    r"|gerencia|vacante|ger[eê]ncia)"
    r"|\b(?:postul\w*|me\s+candidat\w*|aplic\w*)\b[^.!?]{0,30}?\b(?:yo\s+tambi[eé]n|eu\s+tamb[eé]m)"
    r"|\bich\s+(?:hab\w*\s+)?(?:mich\s+)?auch\s+beworben|\bauch\s+beworben"
    r"|\b(?:też|tez)\s+(?:aplik\w*|złoż\w*|zloz\w*|startuj\w*)|\bben\s+de\s+başvur\w*"
    r"|\b(?:aku|saya)\s+juga\s+melamar|\banche\s+io\b[^.!?]{0,20}?candidat\w*"
    r"|\bik\s+ook\s+(?:gesolliciteerd|solliciteer)|\bjeg\s+har\s+også\s+søgt"
    r"|\bя\s+тоже\s+(?:подал\w*|податься)|\bnag-apply\s+din\s+ako"
    r"|私も応募|나도\s?지원"
)
#: A colleague's news told in confidence: said so outright ("told me in confidence", "me pidió q
#: no le diga a nadie", 🤐) — not the user's own "I've told nobody" ("nikomu nie mówiłem").
_CONFIDENCE = (
    r"\b(?:in\s+confidence|told\s+me\s+not\s+to\s+(?:tell|say)|(?:asked|begged)\s+me\s+not\s+to"
    r"\s+(?:tell|say|mention|report)|don'?t\s+tell\s+anyone|not\s+to\s+tell\s+anyone"
    r"|me\s+pidi[oó]\s+(?:q|que)\s+no\s+(?:le\s+|lo\s+)?(?:diga|cuente)|en\s+confianza"
    r"|no\s+se\s+lo\s+digas|pediu\s+(?:pra|para)\s+(?:eu\s+)?n[ãa]o\s+(?:contar|falar)"
    r"|en\s+confidence|ne\s+le\s+dis\s+[àa]\s+personne|im\s+vertrauen|niemandem\s+(?:sagen|erzählen)"
    r"|in\s+confidenza|non\s+dirlo\s+a\s+nessuno|w\s+tajemnicy|nikomu\s+nie\s+m[óo]w(?:cie)?\b"
    r"|kimseye\s+söyleme(?:sin|me)?\b|aramızda\s+kals\w*|jangan\s+(?:bilang|kasih\s+tau|cerita)"
    r"|usimwambie|(?:wag|huwag)\s+(?:mo\s+)?(?:sabihin|ipagsabi)|đừng\s+nói\s+(?:với\s+)?ai"
    r"|in\s+vertrouwen|i\s+fortrolighed|по\s+секрету|никому\s+не\s+говори)"
    r"|内緒|誰にも言わないで|아무(?:한테|에게)도\s?말하지|🤐"
    # a word for a secret, with someone telling it: "Steph m'a dit (confidentiel!!)"
    r"|\b(?:told|tells|said|confided|shared|cont[oó]|dijo|contou|disse|m'a\s+dit|a\s+dit"
    r"|hat\s+mir|erzählt\w*|detto|powiedzia\w*|söyledi|anlattı|bilang|cerita|aliniambia|alisema"
    r"|sinabi|nói|kể|сказал\w*|рассказал\w*)\b[^.!?]{0,40}?\b(?:confidential\w*|confidentiel\w*"
    r"|confidencial\w*|vertraulich\w*|riservat\w*|poufn\w*|gizli\w*|rahasia|siri|sikreto"
    r"|bí\s+mật|конфиденциальн\w*)"
    r"|(?:言って|話して|聞いた)[^。]{0,20}?秘密|말했[^.]{0,20}?비밀"
)
#: An offer from elsewhere, or a plan to leave.
_OFFER = (
    r"\b(?:job\s+offer|offer\s+(?:from|letter)|headhunt\w*|(?:arbeits|stellen|job)angebot"
    r"|offre\s+d'emploi|offerta\s+di\s+lavoro|iş\s+teklif\w*|jobtilbud|оффер\w*"
    r"|предложени\w*\s+о\s+работе|kazi\s+mpya|hand\s+in\s+my\s+notice|quit(?:ting)?\s+my\s+job)\b"
    # an offer word with pay or a post beside it: "oferta z EkoWat - 6200 netto", "oferta
    # geóloga senior, +35% sueldo" — not a supplier's "Angebot Würth" or "oferta 2x1"
    r"|\b(?:oferta|ofert[ęy]|offre|angebot|offerta|teklif\w*|tawaran|lời\s+mời|aanbod|tilbud"
    r"|offer)\b(?=[^.!?]{0,60}?(?:\b(?:sueldo|salario|salary|pay|netto|brutto|gaji|maaş|lương"
    r"|gehalt|stipendio|salário|pensj\w*|wynagrodz\w*|løn|зарплат\w*|puesto|vaga|stelle|poste"
    r"|stanowisk\w*|job|role|position|senior|lead|manager)\b|[+＋]\s?\d{1,3}\s?%))"
    r"|[+＋]\s?\d{1,3}\s?%\s*(?:\w+\s+)?(?:sueldo|salario|gaji|maaş|lương|gehalt|stipendio|salário"
    r"|pensj\w*|wynagrodz\w*|løn|зарплат\w*)|\d{1,3}\s?%\s+more\s+(?:pay|money)"
    r"|内定|転職|オファー|이직|스카우트"
)
#: First match first: a rival's or a confidence's words may also name a job, an offer or news of
#: health ("Marta told me in confidence she's pregnant" is hers to tell, not the user's news).
_READINGS = (
    (Matter.RIVAL, re.compile(_RIVAL, re.IGNORECASE)),
    (Matter.CONFIDENCE, re.compile(_CONFIDENCE, re.IGNORECASE)),
    (Matter.OWN_NEWS, re.compile(_OWN_NEWS, re.IGNORECASE)),
    (Matter.FAMILY, re.compile(_FAMILY, re.IGNORECASE)),
    (Matter.OFFER, re.compile(_OFFER, re.IGNORECASE)),
)


@line_memo(TEXT)
def matter_in(text: str) -> str | None:
    """The matter a line's own words name (a `Matter` value), or None."""
    return next((matter.value for matter, words in _READINGS if words.search(text)), None)


#: Where one point becomes several: a slash with a space beside it (not "12/3", "w/o"), a full-width
#: slash, a semicolon, a comma not inside a number, an ellipsis, a bar.
_PARTS = re.compile(r"\s*(?:\s/|/\s|／|[;；]|,(?!\d)|、|…+|\.{3,}|\s\|\s)\s*")


def parts(point: str) -> list[str]:
    """A point cut into the matters it lists: "VL, backfill, … and yung kay Rhea. how??"."""
    return [part for part in _PARTS.split(point) if part.strip()]


#: A part that weighs saying something: a word for saying, telling or how, and a question or an
#: "or not" — in the notes' languages. "sijui nitaanzaje" (I don't know how to begin) is one.
_SAYING = re.compile(
    r"(?i)\b(?:tell|say|said|mention|raise|bring\s+(?:it\s+)?up|how|whether|decir|digo"
    r"|diga|decirle|contar|cuento|mencion\w*|plantear\w*|c[oó]mo|dizer|digo|falar|falo"
    r"|conto|como|dire|dis|parler|mentionner|comment|sagen|sage|erwähnen|ansprechen|wie"
    r"|parlarne|dirlo|accennare|pytać|pytac|powiedzieć|powiedziec|mówić|mowic|wspomnieć"
    r"|zeggen|vertellen|noemen|hoe|sige|siger|fortælle|nævne|hvordan|söyle\w*|konuş\w*"
    r"|bahset\w*|nasıl|ngomong|bilang|cerita|bahas|gimana|bagaimana|nisem\w*|nimwambi\w*"
    r"|nitaanzaje|sijui|vipi|sabihin|paano|nói|kể|nhắc|сказать|говорить"
    r"|рассказать|как)\b"
    r"|話す|伝え|言う|言お|言わ|どう|どこまで|말하|얘기|어떻게"
)
_QUESTION = re.compile(
    r"[?？]|(?i:\bor\s+not\b|\bo\s+no\b|\bou\s+n[ãa]o\b|\bou\s+pas\b|\boder\s+nicht\b|\bczy\s+nie\b"
    r"|\bgk\s+ya\b|\bnggak\b|\bsijui\b|\beller\s+ej\b|\beller\s+ikke\b|\bof\s+niet\b|\bko\b|\bkhông\b"
    r"|\bили\s+нет\b)"
)


def weighs_saying(part: str) -> bool:
    """Whether a part of a point asks whether or how to say something (`_SAYING`, `_QUESTION`)."""
    return bool(_SAYING.search(part) and _QUESTION.search(part))


#: How far back a note can be what a point comes back to.
NOTE_DAYS = 60
#: Words every line may hold, which tie no part to a note.
_COMMON_WORDS = (
    "the and for with about how say said says tell told ask asked mention not yet still again"
    " thing issue stuff leave days"
    " night shift day week today tomorrow jan feb mar apr may jun jul aug sep oct nov dec"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def matter_behind(point: str, entries: Sequence[Entry], now: datetime) -> str | None:
    """The matter a point weighs saying, from its own words or the notes it comes back to.

    Each part that weighs saying something is read on its own words first; then on the notes
    it shares a word with, newest first (the part names the note: "VetPlus", "Siaya vacancy",
    "file OT"); then, when it shares no word with any note ("体のこと…どこまで話す？"), on the
    recent notes if they name one matter only. A point that weighs nothing gets None: the
    card's other readings have it."""
    cut = parts(point)
    # a question with no words of its own is about the part before it: "体のこと…どこまで話す？"
    weighed = [
        part if content_stems(part) - _COMMON or not i else f"{cut[i - 1]} {part}"
        for i, part in enumerate(cut)
        if weighs_saying(part)
    ]
    if not weighed:
        return None
    notes = sorted(
        (
            e
            for e in entries
            if e.kind is EntryKind.NOTE
            and e.status is EntryStatus.OPEN
            and (now - e.created_at).days <= NOTE_DAYS
        ),
        key=lambda e: e.created_at,
        reverse=True,
    )
    for part in weighed:
        own = matter_in(part)
        if own is not None:
            return own
        words = _words_of(part)
        names = content_stems(" ".join(_CAPITALISED.findall(part)))
        named = [n for n in notes if _ties(words, names, content_stems(n.text))]
        found = next((m for m in map(matter_in, (n.text for n in named)) if m is not None), None)
        if found is not None:
            return found
        if not named and _points_at_own_matter(part, words):
            kinds = {m for m in map(matter_in, (n.text for n in notes)) if m is not None}
            if len(kinds) == 1:
                return kinds.pop()
    return None


def _ties(words: frozenset[str], names: frozenset[str], note: frozenset[str]) -> bool:
    """A part names a note by two of its words, a name or brand ("VetPlus", "Siaya") or one
    longer word ("poste"), not by one short everyday word ("rota")."""
    shared = words & note
    return len(shared) >= 2 or any(w in names or len(w) >= 5 for w in shared)


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")


def _points_at_own_matter(part: str, words: frozenset[str]) -> bool:
    """A part that points at a matter without naming it or anyone: "the other thing. how??",
    "体のこと…どこまで話す？" (one's body, family, home) — not "川口さんのこと、言うべき?"
    (someone else's), "棚卸しの件、どうする？" (the stocktake) or "来週のシフト、どうする？"."""
    if _SOMEONE.search(part) or not _VAGUE.search(part) or len(words) > 2:
        return False
    rest = _SAYING.sub("", _VAGUE.sub("", part))
    named = re.findall(r"[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7af]+", rest)
    return all(_OWN_CJK.fullmatch(word) for word in named)


#: What a vague Japanese or Korean part may still name and be the user's own: the body, the
#: family, home.
_OWN_CJK = re.compile(
    r"(?:体|身体|家族|母|父|家|実家|親|妻|夫|子供?|自分|私|몸|가족|엄마|아빠|집|개인)+"
)


#: Someone named in a part: a name after its first word, or a Japanese name with its title.
_SOMEONE = re.compile(
    r"(?<=\s)(?-i:[A-Z][a-z]+)\b|[\u4e00-\u9fff\u30a0-\u30ff]+(?:さん|くん|君|ちゃん|先輩|課長|部長|主任)"
)


def _words_of(part: str) -> frozenset[str]:
    """The words a part names its matter by: not how it asks ("how", "le digo") nor when."""
    return content_stems(_SAYING.sub(" ", part)) - _COMMON


#: A matter pointed at, not named: "the other thing", "lo de…", "chuyện…", "体のこと".
_VAGUE = re.compile(
    r"(?i)\b(?:thing|issue|matter|situation|stuff|lo\s+de|el\s+tema|o\s+lance|a\s+quest[aã]o"
    r"|l'histoire|la\s+chose|die\s+sache|das\s+thema|sprawa|spraw[eęy]|chuyện|vụ|soal|masalah"
    r"|yung|ile|jambo|hiyo|mesele\w*|konu\w*|det\s+der|het\s+ding|la\s+cosa|quella\s+cosa"
    r"|дело|тем[уа])\b|件|こと|事|것|문제"
)
