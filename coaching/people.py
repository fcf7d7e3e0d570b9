"""Who a bare name means: `history dana` should find the Dana the user meets, as `@dana` does.

Pure matching on the names Slack gives a person (handle, display name, real name); storage
brings the candidates and the caller decides what to do with none, one or several.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEPARATORS = re.compile(r"[\s._\-]+")


def _words(name: str) -> list[str]:
    return [word for word in _SEPARATORS.split(name.strip().lstrip("@").lower()) if word]


def name_matches(query: str, names: Iterable[str | None]) -> bool:
    """True when `query` is one of `names`, or the first name of one (`dana` for "Dana Smith",
    or for the handle `dana.smith`), ignoring case, a leading `@` and separators."""
    wanted = _words(query)
    if not wanted:
        return False
    for name in names:
        words = _words(name or "")
        if words and (words == wanted or (len(wanted) == 1 and words[0] == wanted[0])):
            return True
    return False


#: Short words of the notes' languages that are never taken for a short form of a name.
_COMMON_SHORT = frozenset(
    """an as at be by do go he if in is it me my no of on or so to up us we da de di du el la le
    lo ma na ne ni se si su ta te tu un ya yo the and any are but can for had has her him his how
    its may not now off one our out saw see she too two was who why yes yet you met ask mal per
    por pro par dem den der die das ich mit sie und une des les con del los las mas mia sua
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def is_short_name(word: str, full_name: str) -> bool:
    """Whether a note's word is a short form of the person's first name: "fi" for Fiona, "Reg"
    for Regina (round 29 asked Fiona for "any news on fi how stuart runs interviews?"). Two to
    four letters that begin a first name at least two letters longer, never a common short
    word."""
    first = next(iter(_words(full_name)), "")
    short = word.strip(".,:;'’").lower()
    return (
        2 <= len(short) <= 4
        and len(first) >= len(short) + 2
        and first.startswith(short)
        and short not in _COMMON_SHORT
    )
