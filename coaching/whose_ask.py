"""Whether a logged ask is the counterpart's to answer.

Users log, beside one person, asks they put to someone else ("田中部長に連休を相談", "pedi à
Dona Lúcia", "asked Priya for the spec") and requests made of them ("Sandeep ne pucha … cover
kar doge?", "Rui pediu-me …"). Neither is an ask this person owes an answer to: chasing them
for it sends the user in with the wrong question (round 61: a department head's refusal was
chased from the general manager; a shift cover the counterpart asked for was chased from him).
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from coaching.casefold import unaccented
from coaching.due import DEPARTMENTS, is_them, names_them
from coaching.line_memo import FLAG, line_memo
from coaching.model import BARE_HONORIFICS
from coaching.when import is_day

#: A title said before a name: "p. Ewa", "Dona Lúcia", "dyr. Wiśniewski", "Frau Weber".
_TITLE = (
    r"(?:(?i:p\.|pani|pana|pan|panu|dyr\.?|kier\.?|mr\.?|mrs\.?|ms\.?|dr\.?|dra\.?|sr\.?|sra\.?"
    r"|dona|seu|don|doña|frau|herr|mme|m\.|chef|ing\.?|lic\.?)\s+)?"
)
#: A name as it is written: a capital, then letters ("Ewa", "Lúcia"), or an initial ("K.").
# ("K.Pim": Thai "Khun", a word of respect joined to the name, is no initial)
_NAME = r"[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ](?:[a-zà-ÿąćęłńóśźż'’-]+|\.(?=\s)|(?=\s))"
#: Who a Japanese line asked: the name and title before に ("田中部長に相談", "GMに聞いた").
_JA_WHO = r"(?P<ja>[\u4e00-\u9fff\u30a0-\u30ffA-Za-zＡ-Ｚａ-ｚ]+(?:さん|くん|ちゃん|様)?)"
#: The verbs of asking someone, each with the words between it and the name, by language.
_ASKING = {
    "en": r"(?i:^\W*(?:i\s+)?|\b(?:i|we)\s+)(?i:asked|emailed|messaged|pinged|texted|rang|called"
    r"|checked\s+with|chased)\s+",
    "pt": r"\b(?i:pedi|perguntei|solicitei|falei)\s+"
    r"(?i:ao|à|a|pro|pra|para\s+[oa]|com\s+[oa]|com)\s+",
    "es": r"\b(?i:(?:le\s+)?(?:pregunt[eé]|ped[ií]|solicit[eé])|habl[eé])\s+"
    r"(?i:a\s+la|al|a|con)\s+",
    "pl": r"\b(?i:po)?(?i:prosi[lł](?:em|am)|pyta[lł](?:em|am)|zapyta[lł](?:em|am))\s+",
    "fr": r"(?i:j['’]ai\s+demand[ée]|demand[ée])\s+(?i:à|a)\s+",
}
#: The user asking someone, named right after the verb, in the notes' languages; in Hinglish
#: the name comes first ("Priya se pucha"), in Japanese before に.
_ASKED_WHOM = re.compile(
    "|".join(f"{verb}{_TITLE}(?P<{lang}>{_NAME})" for lang, verb in _ASKING.items())
    + rf"|\b(?P<hi>{_NAME})\s+(?i:se|ko)\s+(?i:pucha|poocha|puchha|bola|kaha|request\s+kiya)\b"
    + "|"
    + _JA_WHO
    + r"(?:に|へ)[^→「」『』。、]*?(?:相談|聞い|聞き|きい|頼ん|頼み|お願い|確認|打診|申請)"
)

#: An ask the user put to HR or payroll, logged beside this person: "IK'ya sordum maas ne oldu",
#: "asked HR about my band", "pregunté a RRHH", "perguntei pro RH", "bei HR nachgefragt",
#: "zapytałam w kadrach". Its answer is HR's, never chased from them (round 57 told a chef's
#: sous-chef "the answer was 'the chef passed nothing on'" as if the chef had said it).
_ASKED_HR = re.compile(
    # the user's own asking, as the line opens or in the first person: not "she emailed
    # payroll", "asked Carmen … she checked with HR", "… nach mehr Personal gefragt"
    r"(?i)^\W*(?:i\s+)?(?:asked|emailed|messaged|checked\s+with|chased)\s+(?:the\s+)?(?:HR|payroll"
    r"|people\s+team|people\s+ops)\b|\b(?:[İI]K|ik|insan\s+kaynaklar[ıi])['’]?(?:ya|ye|a|e|na)\s+sordum\b"
    r"|\bpregunt[eé]\s+(?:a|en)\s+(?:RRHH|recursos\s+humanos|n[oó]minas)\b"
    r"|\bpergunt(?:ei|o)\s+(?:pro|pra|para\s+o|ao|no)\s+(?:RH|DP)\b"
    r"|^\W*(?:bei\s+)?(?:HR|der\s+Personalabteilung|Lohnbuchhaltung)\s+(?:nach)?gefragt\b"
    r"|\bzapyta(?:[lł]em|[lł]am)\s+(?:w\s+)?(?:kadr\w*|HR)\b|人事に(?:聞|確認|問い合わせ)"
)
#: Someone asking the user, said as it opens or after a name: "Sandeep ne pucha … kar doge?",
#: "Rui pediu-me", "Marta me pidió", "Ewa poprosiła mnie", "X m'a demandé", "GMに頼まれた".
_ASKED_OF_ME = re.compile(
    r"^\W*(?P<who>[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][a-zà-ÿąćęłńóśźż'’-]+)\s+(?:"
    r"(?i:ne\s+(?:pucha|poocha|puchha|bola|kaha|request\s+kiya))"
    r"|(?i:me\s+(?:pidi[oó]|pregunt[oó]|encarg[oó]))"
    r"|(?i:(?:me\s+)?(?:pediu|perguntou)(?:-me)?(?=\s|$|[,.:]))"
    r"|(?i:(?:po)?prosi[lł]a?\s+mnie|(?:za)?pyta[lł]a?\s+mnie)"
    r"|(?i:m['’]a\s+demand[ée])"
    r"|(?i:hat\s+mich\s+(?:gefragt|gebeten)|bat\s+mich)"
    r"|(?i:asked\s+(?:me|if\s+i|whether\s+i))"
    r")\b"
    r"|^[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]+(?:さん)?(?:に|から)(?:頼まれ|聞かれ|お願いされ|依頼され)"
)
#: The user's own ask after their question: "She asked me what I need — I said the AWS course",
#: "Carmen me preguntó … y le pedí el curso", "Rahul ne pucha kya chahiye, maine bola …",
#: "部長に聞かれたので、昇給希望を伝えた".
_THEN_I_ASKED = re.compile(
    r"(?i)\b(?:i|we)\s+(?:asked|said|requested|told|suggested|pushed)\b|\bin\s+return\b"
    r"|\b(?:le\s+)?ped[ií]\b|\bpedi\b|\beu\s+(?:pedi|disse|falei)\b|\bpoprosi[lł](?:am|em)\b"
    r"|\bpowiedzia[lł](?:am|em)\b|\bmaine\b|\bich\s+(?:habe|hab|will|möchte|brauche)\b"
    r"|[:：]\s*\S|\bj['’]ai\s+(?:demandé|dit)\b|伝えた|お願いした|頼んだ|希望"
)

#: Titles a Japanese line writes after a name; one said alone is someone by their post.
_JA_TITLES = re.compile(
    r"(?:部長|課長|係長|次長|社長|店長|料理長|支配人|主任|先輩|先生|マネージャー|リーダー|GM|ＧＭ"
    r"|さん|くん|ちゃん|様)+$"
)
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
#: A capitalised word this common in English is no name ("asked Finance", "asked Monday").
_NAME_ZIPF = 4.0


@line_memo(FLAG)
def not_theirs_to_answer(text: str, counterpart: str) -> bool:
    """The ask was put to someone other than `counterpart`, or is a request made of the user:
    either way not theirs to be chased for. When unsure it is theirs: a real ask left unchased
    costs more than a stray one chased."""
    if _ASKED_HR.search(text):
        return True
    if _ASKED_OF_ME.search(text):
        return not _THEN_I_ASKED.search(text)
    found = _ASKED_WHOM.search(text)
    if not found:
        return False
    if found.group("ja") is not None:
        return _someone_else_ja(found.group("ja"), counterpart)
    if names_them(text[found.end() :], counterpart, pronouns=False):
        return False  # sent back to them: "'eso lo decide la Dra'", "she said 'ask 施設長'"
    who = next(found.group(g) for g in (*_ASKING, "hi") if found.group(g))
    return _someone_else(_after_titles(who, text[found.end() :]), counterpart)


def _after_titles(who: str, rest: str) -> str:
    """The name past a word of respect: "Auntie E", "Chef Abi"."""
    if unaccented(who) not in BARE_HONORIFICS:
        return who
    following = re.match(r"\s*([A-ZÀ-Ý][\w'’.-]*)", rest)
    return following.group(1) if following else who


#: A post, not a name: "Pana Dyrektora", "Szefową", "à Diretora", "the Boss" may be them.
_A_POST = re.compile(
    r"(?i)(?:pan|pani|dyrektor|kierownik|szef|prezes|diretor|director|gerent|jef|chef|boss"
    r"|manager|supervisor|encarregad|coordenador|coordinador|lead|head)\w*"
)
#: Short forms that share no letters with the name they stand for.
_NICKNAMES = {
    "kasia": "katarzyna", "gosia": "malgorzata", "zosia": "zofia", "basia": "barbara",
    "ola": "aleksandra", "jurek": "jerzy", "staszek": "stanislaw", "pepe": "jose",
    "paco": "francisco", "pancho": "francisco", "chema": "jose", "lola": "dolores",
    "memo": "guillermo", "beto": "alberto", "ze": "jose", "chico": "francisco",
    "bill": "william", "bob": "robert", "rob": "robert", "dick": "richard", "jim": "james",
    "jack": "john", "ted": "edward", "chuck": "charles", "peggy": "margaret",
    "sasha": "aleksandr", "misha": "mikhail", "dima": "dmitri",
}  # fmt: skip


def _someone_else(who: str, counterpart: str) -> bool:
    """A name, an initial or a department that is not theirs, in none of its forms."""
    bare = who.rstrip(".'’")
    if bare in DEPARTMENTS:
        return True
    if is_them(who, counterpart) or is_them(bare, counterpart, capitals=1):
        return False
    low = unaccented(bare)
    if len(bare) > 1 and (zipf_frequency(low, "en") >= _NAME_ZIPF or is_day(low)):
        return False  # "asked Finance", "asked Monday": no one named
    if _A_POST.fullmatch(low):
        return False  # their post, maybe: "zapytałem Pana Dyrektora"
    names = [unaccented(n) for n in counterpart.split() if len(n) >= 2]
    # "Lukasza" for Łukasz, "Tomka" for Tomasz, "Lupe" for Guadalupe, "Kasię" for Katarzyna
    forms = (low, low[:-1] + "a")
    nicknames = {_NICKNAMES.get(form) for form in forms}
    stems = {form[:3] for form in forms if len(form) >= 3}
    return not any(
        n in nicknames or any(n.startswith(stem) or stem in n for stem in stems) for n in names
    )


def _someone_else_ja(who: str, counterpart: str) -> bool:
    """ "田中部長" asked beside 森田GM is someone else; "GM", "部長" or "先週田中部長" beside
    田中 浩 may be them."""
    if not _CJK.search(counterpart) or not _JA_TITLES.search(who):
        # their name in another script ("Ōtsuka" for 大塚さん) can't be told apart; "本当に",
        # "一緒に": no one asked, only a word before に
        return False
    name = _JA_TITLES.sub("", who)
    if not name or not _CJK.search(name):
        return False  # a post alone ("部長に相談") or an initial ("S部長"): maybe theirs
    theirs = [_JA_TITLES.sub("", part) for part in counterpart.split()]
    return not any(part and (part in name or name in part) for part in theirs)
