"""How an oversharing flag reads wherever it shows: the category, the words, a reframe.

Say it once (design §4): in full the first time the user sees it, as a short marker after.
"""

from __future__ import annotations

from collections.abc import Sequence

from coaching.oversharing import Category, Flag
from handlers.views.labels import quote_text

#: The short marker's few words of advice, when the full reframe was shown before.
_IN_SHORT = {
    Category.HEALTH: "share the need, not the diagnosis",
    Category.FAMILY: "share the need, not the details",
    Category.MONEY: "ask about pay and growth, not your finances",
    Category.JOB_HUNT: "ask what growth here would take instead",
    Category.GOSSIP: "describe the work problem, not the person",
    Category.POLITICS_RELIGION: "consider leaving it out",
    Category.LEGAL: "ask for the time you need, not the story",
    Category.SUBSTANCES: "consider leaving it out",
    Category.FAVOURITISM: "keep it about the work",
}


def _label(flag: Flag) -> str:
    if flag.category is Category.FAVOURITISM:
        return "could read as favouritism"
    return f"sounds personal: {flag.category.label}"


def flag_lines(flags: Sequence[Flag], *, full: bool = True) -> list[str]:
    if not flags:
        return []
    if not full:
        hints = "; ".join(
            dict.fromkeys(
                f"{_label(flag)} — {_IN_SHORT.get(flag.category, 'consider leaving it out')}"
                for flag in flags
            )
        )
        return [f":warning: _{hints[:1].upper() + hints[1:]}._"]
    lines = []
    for flag in flags:
        words = ", ".join(f"“{quote_text(t, 40)}”" for t in flag.triggers[:3])
        label = _label(flag)
        lines.append(
            f":warning: _{label[:1].upper() + label[1:]} ({words})._ "
            f"Try: _{quote_text(flag.reframe, 250)}_"
        )
    return lines
