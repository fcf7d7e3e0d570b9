"""How a line in another language opens on the person's name, where the language needs more
than the name as the user logged it.

A Polish line opens in the vocative ("Pani Ewo," not "Pani Ewa,"), and a Japanese one never
on a bare name ("Kenji、" to one's boss is rude): a fresh-eyes review of the drafted lines found
both. Only the common shapes are changed; any other name is left as the user wrote it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from coaching.model import AFTER_THE_NAME, TITLES_BEFORE_NAMES

#: Japanese words of address after a name: a name with one needs nothing more.
_JAPANESE_ADDRESS = re.compile(
    r"(?:さん|様|さま|先生|先輩|殿|氏|くん|君|ちゃん|GM|CEO"
    r"|(?:部|課|係|班|所|店|局|次|室|社|会|工場|院|校|園|師|主|組|職|料理|支配|総)長|主任|教授|支配人)$"
    r"|(?i:-?(?:san|sama|sensei|senpai|kun|chan|bucho|kacho|shacho|hancho|tencho|kyoju))$"
)
#: A title before a name, in any script: "Dr. Sato", "Mr Tanaka" are said as they are.
_TITLED = re.compile(r"(?i)^(?:dr|mr|mrs|ms|prof)\.?\s")

#: A Polish name after "Pani" in the vocative: "Ewa" → "Ewo", "Maria" → "Mario", and a short
#: form "Kasia" → "Kasiu", "Ola" → "Olu"; titles and surnames that are adjectives ("Pani
#: Dyrektor", "Pani Kowalska", "Pani Oddziałowa") and names not ending in -a keep their form.
_PANI = (
    ("ska", "ska"), ("cka", "cka"), ("dzka", "dzka"), ("owa", "owa"),
    ("sia", "siu"), ("zia", "ziu"), ("cia", "ciu"), ("nia", "niu"), ("dzia", "dziu"),
    ("Ola", "Olu"), ("Ela", "Elu"), ("Iza", "Izo"), ("a", "o"),
)  # fmt: skip
#: A Polish name after "Pan" (which becomes "Panie"): "Zbyszek" → "Zbyszku", "Piotr" →
#: "Piotrze", "Grzegorz" → "Grzegorzu", "Jakub" → "Jakubie", "Paweł" → "Pawle"; titles
#: ("Prezes", "Dyrektor" become "Prezesie", "Dyrektorze") follow the same endings, and
#: adjectival surnames ("Kowalski") keep theirs.
_PAN = (
    ("ski", "ski"), ("cki", "cki"), ("dzki", "dzki"), ("ny", "ny"), ("ek", "ku"), ("eł", "le"),
    ("ał", "ale"), ("rz", "rzu"), ("sz", "szu"), ("cz", "czu"), ("ch", "chu"), ("r", "rze"),
    ("n", "nie"), ("m", "mie"), ("f", "fie"), ("w", "wie"), ("d", "dzie"), ("t", "cie"),
    ("s", "sie"), ("b", "bie"), ("p", "pie"), ("j", "ju"), ("k", "ku"), ("g", "gu"), ("l", "lu"),
)  # fmt: skip


def _ending(word: str, table: tuple[tuple[str, str], ...]) -> str:
    for nominative, vocative in table:
        if word.endswith(nominative):
            return word[: len(word) - len(nominative)] + vocative
    return word


def _polish(name: str) -> str:
    words = name.split()
    if len(words) == 2 and words[0].casefold() == "pani":
        # a word that is no given name stays: "Pani Dyrektor", "Pani Kierownik", "Pani Nowak"
        return f"{words[0]} {_ending(words[1], _PANI) if words[1].endswith('a') else words[1]}"
    if len(words) == 2 and words[0].casefold() == "pan":
        return f"{words[0]}ie {_ending(words[1], _PAN)}"
    return name


def _japanese(name: str) -> str:
    if _JAPANESE_ADDRESS.search(name) or _TITLED.match(name):
        return name
    return f"{name}さん"


_BY_LANGUAGE = {"pl": _polish, "ja": _japanese}


def addressed(name: str, language: str) -> str:
    """`name` as a line in `language` opens on it."""
    change = _BY_LANGUAGE.get(language)
    return change(name) if change else name


#: Words a senior colleague is never called by: the notes' "em Lan" is the intern, not the
#: manager Lan (a second fresh-eyes review).
_JUNIOR = frozenset({"em", "bé", "cháu", "dik", "adik", "kun", "chan"})


def as_written(name: str, texts: Sequence[str], *, senior: bool = False) -> str:
    """How the user's notes address someone the card knows by a bare name — "anh Hùng" for
    Slack's "Hùng", "Kemal Bey" for "Kemal", "Pani Kasia" for "Kasia" — so a line in their
    language opens as the user would say it (a fresh-eyes review: "Hùng ơi, em …" to the
    manager the notes call "anh Hùng", "Kemal, … size" to "Kemal Bey"); the name as it is when
    it already carries a word of respect or the notes never give it one."""
    if len(name.split()) != 1 or not texts:
        return name
    found = Counter(
        match.group(0)
        for text in texts
        for pattern in _forms_of(name)
        for match in pattern.finditer(text)
        if not (senior and _JUNIOR & set(match.group(0).casefold().split()))
    )
    ranked = found.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return name  # two forms as often: two people of that name, or no telling which
    return ranked[0][0]


@lru_cache(maxsize=256)
def _forms_of(name: str) -> tuple[re.Pattern[str], ...]:
    said = re.escape(name)
    before = "|".join(sorted((re.escape(w) for w in TITLES_BEFORE_NAMES), key=len, reverse=True))
    after = "|".join(sorted((re.escape(w) for w in AFTER_THE_NAME), key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w.])(?i:{before})\s+{said}(?!\w)"),
        re.compile(rf"(?<![\w.]){said}\s+(?i:{after})(?!\w)"),
        re.compile(rf"(?<!\w){said}(?:さん|様|部長|課長|先生)"),
    )
