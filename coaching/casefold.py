"""Table keys for words a case-blind pattern matched.

Python's `re`, told to ignore case, matches "ARALIK" and "aralik" to "aralık", "aſſt" to
"asst" and the Kelvin sign to "k"; `str.lower` keeps those letters apart ("İ" even becomes two
characters), so a table looked up by the matched word's `.lower()` raised KeyError on a Turkish
user's "3 aralik" (round 57's personas). `fold` spells each such word the one way both agree on.
"""

from __future__ import annotations

import unicodedata

_SAME = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None, "\u212a": "k"})


def fold(word: str) -> str:
    """`word` lower-cased, with the letters a case-blind pattern treats as one made one."""
    return word.lower().translate(_SAME)


#: Letters NFKD leaves whole that a name typed without its marks drops: "Łukasz" as "Lukasz".
_UNMARKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


def unaccented(word: str) -> str:
    """`word` as a name is typed in a hurry: lower case, no accents, no punctuation round it —
    "Hằng" and "hang", "Łukasz" and "Lukasz", "İbrahim" and "ibrahim" are one."""
    folded = unicodedata.normalize("NFKD", fold(word.strip(",.:;!?'’\"()")).translate(_UNMARKED))
    return "".join(c for c in folded if not unicodedata.combining(c))


__all__ = ["fold", "unaccented"]
