"""Whether a logged phrase may be said inside an English ask: the guards `fits_slot` does not
make about the language and the shorthand of a note.

People log in the language they think in and in the shorthand of a shift note: "quiere que el
rooftop abra con menú de temporada", "a word w Gaz", "L2 & L3 tested and certs", "food cost
34% -> 29%". Each reads fine in the log and wrong inside "could I help with …?" (blind review,
round 9). A slot that fails here is not translated or expanded — the card names the item by
its kind and date instead, which is always true.

Word lists, not a language model: the short phrases a slot takes are too short for one, and a
false "not English" only swaps a topic for a date.
"""

from __future__ import annotations

import re

#: Function words of the languages people most often mix into English notes (Spanish, French,
#: Portuguese, Italian, German, Welsh) that an English noun phrase does not use.
_FOREIGN = frozenset(
    """
    que qué quien quién cuando cuándo el los las del con para por una unos pero como cómo quiero
    quiere quieres va vamos hay está esta este estos muy más también sin sobre hasta
    le les des du au aux avec pour une est sont dans sur pas mais très
    não com uma os às pelo pela da
    il della che per non di gli sono
    der die dem den das und mit für ist nicht ein eine einen zum zur auf
    yr efo hefo gyda gyfer mae yn ac ddod i'r o'r a'r fy dy ein eich wedi bod
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Words both English and foreign ("de Vries", "la carte", "a"): they count only beside others.
_WEAK = frozenset({"de", "la", "y", "e", "o", "en", "al", "se", "lo", "am", "ar", "i", "es"})
#: Arrows and symbols that stand for words in a note.
_SYMBOLS = re.compile(r"->|=>|<-|→|←|&|\+|@|#|\s/\s|\?\?|!!")
#: Note shorthand that needs expanding before it is said aloud.
_SHORTHAND = frozenset(
    """
    w n u ur r w/ b/c b4 pls plz thx tmrw tmw wk wks mgr mgmt govt approx asap fyi btw
    yr cos tho thru ppl msg certs diag
    """.split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\S+/")


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def is_foreign(text: str) -> bool:
    """Whether a short phrase is (partly) in another language: two of its words are foreign
    function words, or one is and the phrase has letters English does not (menú, ŷ, ç)."""
    words = _words(text)
    strong = sum(w in _FOREIGN for w in words)
    weak = sum(w in _WEAK for w in words)
    accented = bool(re.search(r"[^\x00-\x7f]", re.sub(r"[’‘“”–—]", "", text)))
    return strong >= 2 or (strong >= 1 and (weak >= 1 or accented))


def is_shorthand(text: str) -> bool:
    """Whether a phrase uses a note's symbols or shorthand ("w Gaz", "L2 & L3", "34% -> 29%")."""
    return bool(_SYMBOLS.search(text)) or any(w in _SHORTHAND for w in _words(text))


def speakable(text: str) -> bool:
    """Whether a phrase may be said inside an English sentence as it was logged."""
    return not (is_foreign(text) or is_shorthand(text))


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


__all__ = ["is_foreign", "is_gerund_led", "is_shorthand", "speakable", "to_you"]
