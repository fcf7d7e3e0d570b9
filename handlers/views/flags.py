"""How an oversharing flag reads wherever it shows: the category, the words, a reframe.

Say it once (design §4): in full the first time the user sees it, as a short marker after.
"""

from __future__ import annotations

from collections.abc import Sequence

from coaching.oversharing import Category, Flag
from handlers.views.labels import quote_text


def _label(flag: Flag) -> str:
    if flag.category is Category.FAVOURITISM:
        return "could read as favouritism"
    return f"sounds personal: {flag.category.label}"


def flag_lines(flags: Sequence[Flag], *, full: bool = True) -> list[str]:
    if not flags:
        return []
    if not full:
        labels = "; ".join(dict.fromkeys(_label(flag) for flag in flags))
        return [f":warning: _{labels[:1].upper() + labels[1:]} — see the note when you added it._"]
    lines = []
    for flag in flags:
        words = ", ".join(f"“{quote_text(t, 40)}”" for t in flag.triggers[:3])
        label = _label(flag)
        lines.append(
            f":warning: _{label[:1].upper() + label[1:]} ({words})._ "
            f"Try: _{quote_text(flag.reframe, 250)}_"
        )
    return lines
