"""How an oversharing flag reads wherever it shows: the category, the words, a reframe."""

from __future__ import annotations

from collections.abc import Sequence

from coaching.oversharing import Flag
from handlers.views.labels import quote_text


def flag_lines(flags: Sequence[Flag]) -> list[str]:
    lines = []
    for flag in flags:
        words = ", ".join(f"“{quote_text(t, 40)}”" for t in flag.triggers[:3])
        lines.append(
            f":warning: _Sounds personal ({flag.category.label}: {words})._ "
            f"Try: _{quote_text(flag.reframe, 250)}_"
        )
    return lines
