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

from coaching.due import DEPARTMENTS, is_them, names_them
from coaching.line_memo import FLAG, line_memo
from coaching.model import HONORIFICS
from coaching.when import is_day

#: A title said before a name: "p. Ewa", "Dona Lúcia", "dyr. Wiśniewski", "Frau Weber".
_TITLE = (
    r"(?:(?i:p\.|pani|pana|pan|panu|dyr\.?|kier\.?|mr\.?|mrs\.?|ms\.?|dr\.?|dra\.?|sr\.?|sra\.?"
    r"|dona|seu|don|doña|frau|herr|mme|m\.|chef|ing\.?|lic\.?)\s+)?"
)
#: A name as it is written: a capital, then letters ("Ewa", "Lúcia"), or an initial ("K.").
# ("K.Pim": Thai "Khun", a word of respect joined to the name, is no initial)
_NAME = r"(?P<who>[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ](?:[a-zà-ÿąćęłńóśźż'’-]+|\.(?=\s)|(?=\s)))"
_NAME2 = _NAME.replace("who", "who2")
#: Who a Japanese line asked: the name and title before に ("田中部長に相談", "GMに聞いた").
_JA_WHO = r"(?P<ja>[\u4e00-\u9fff\u30a0-\u30ffA-Za-zＡ-Ｚａ-ｚ]+(?:さん|くん|ちゃん|様)?)"

#: The user asking someone, named right after the verb, in the notes' languages.
_ASKED_WHOM = re.compile(
    r"(?i:^\W*(?:i\s+)?|\b(?:i|we)\s+)(?i:asked|emailed|messaged|pinged|texted|rang|called"
    r"|checked\s+with|chased)\s+"
    + _TITLE
    + _NAME
    + r"|\b(?i:pedi|perguntei|solicitei|falei)\s+(?i:ao|à|a|pro|pra|para\s+[oa]|com\s+[oa]|com)\s+"
    + _TITLE
    + _NAME.replace("who", "pt")
    + r"|\b(?i:(?:le\s+)?(?:pregunt[eé]|ped[ií]|solicit[eé])|habl[eé])\s+(?i:a\s+la|al|a|con)\s+"
    + _TITLE
    + _NAME.replace("who", "es")
    + r"|\b(?i:po)?(?i:prosi[lł](?:em|am)|pyta[lł](?:em|am)|zapyta[lł](?:em|am))\s+"
    + _TITLE
    + _NAME.replace("who", "pl")
    + r"|(?i:j['’]ai\s+demand[ée]|demand[ée])\s+(?i:à|a)\s+"
    + _TITLE
    + _NAME.replace("who", "fr")
    + r"|\b"
    + _NAME2
    + r"\s+(?i:se|ko)\s+(?i:pucha|poocha|puchha|bola|kaha|request\s+kiya)\b"
    + r"|"
    + _JA_WHO
    + r"(?:に|へ)[^→「」『』。、]*?(?:相談|聞い|聞き|きい|頼ん|頼み|お願い|確認|打診|申請)"
)

#: Someone asking the user, said as it opens or after a name: "Sandeep ne pucha … kar doge?",
#: "Rui pediu-me", "Marta me pidió", "Ewa poprosiła mnie", "X m'a demandé", "GMに頼まれた".
_ASKED_OF_ME = re.compile(
    r"\b(?P<who>[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][a-zà-ÿąćęłńóśźż'’-]+)\s+(?:"
    r"(?i:ne\s+(?:pucha|poocha|puchha|bola|kaha|request\s+kiya))"
    r"|(?i:me\s+(?:pidi[oó]|pregunt[oó]|encarg[oó]))"
    r"|(?i:(?:me\s+)?(?:pediu|perguntou)(?:-me)?(?=\s|$|[,.:]))"
    r"|(?i:(?:po)?prosi[lł]a?\s+mnie|(?:za)?pyta[lł]a?\s+mnie)"
    r"|(?i:m['’]a\s+demand[ée])"
    r"|(?i:hat\s+mich\s+(?:gefragt|gebeten)|bat\s+mich)"
    r"|(?i:asked\s+(?:me|if\s+i|whether\s+i))"
    r")\b"
    r"|[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]+(?:さん)?(?:に|から)(?:頼まれ|聞かれ|お願いされ|依頼され)"
)

#: Titles a Japanese line writes after a name; one said alone is someone by their post.
_JA_TITLES = re.compile(
    r"(?:部長|課長|係長|次長|社長|店長|料理長|支配人|主任|先輩|先生|マネージャー|リーダー|GM|ＧＭ"
    r"|さん|くん|ちゃん|様)+$"
)
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_BARE_HONORIFICS = frozenset(h.casefold().rstrip(".") for h in HONORIFICS)
#: A capitalised word this common in English is no name ("asked Finance", "asked Monday").
_NAME_ZIPF = 4.0


@line_memo(FLAG)
def not_theirs_to_answer(text: str, counterpart: str) -> bool:
    """The ask was put to someone other than `counterpart`, or is a request made of the user:
    either way not theirs to be chased for."""
    if _ASKED_OF_ME.search(text):
        return True
    found = _ASKED_WHOM.search(text)
    if not found:
        return False
    if found.group("ja") is not None:
        return _someone_else_ja(found.group("ja"), counterpart)
    if names_them(text[found.end() :], counterpart, pronouns=False):
        return False  # sent back to them: "'eso lo decide la Dra'", "she said 'ask 施設長'"
    who = next(found.group(g) for g in ("who", "pt", "es", "pl", "fr", "who2") if found.group(g))
    return _someone_else(_after_titles(who, text[found.end() :]), counterpart)


def _after_titles(who: str, rest: str) -> str:
    """The name past a word of respect: "Auntie E", "Chef Abi"."""
    if who.casefold() not in _BARE_HONORIFICS:
        return who
    following = re.match(r"\s*([A-ZÀ-Ý][\w'’.-]*)", rest)
    return following.group(1) if following else who


def _someone_else(who: str, counterpart: str) -> bool:
    """A name, an initial or a department that is not theirs."""
    bare = who.rstrip(".'’")
    if bare in DEPARTMENTS:
        return True
    if is_them(who, counterpart) or is_them(bare, counterpart, capitals=1):
        return False
    low = bare.lower()
    if len(bare) > 1 and (zipf_frequency(low, "en") >= _NAME_ZIPF or is_day(low)):
        return False  # "asked Finance", "asked Monday": no one named
    # a name of theirs declined or shortened: "Marka", "Rafa" for Rafał
    names = [n.lower() for n in counterpart.split() if len(n) >= 3]
    return not any(low[:4] == n[:4] or (len(low) >= 3 and n.startswith(low)) for n in names)


def _someone_else_ja(who: str, counterpart: str) -> bool:
    """ "田中部長" asked beside 森田GM is someone else; "GM" or "森田さん" is them."""
    if not _CJK.search(counterpart) or not _JA_TITLES.search(who):
        # their name in another script ("Ōtsuka" for 大塚さん) can't be told apart; "本当に",
        # "一緒に": no one asked, only a word before に
        return False
    name = _JA_TITLES.sub("", who)
    if name and not _CJK.search(name):
        return False  # "S部長" beside 佐藤部長: an initial, maybe theirs
    if name:
        return name not in counterpart
    return who not in counterpart  # a post alone: "部長" beside 森田GM is someone else
