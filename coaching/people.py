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
