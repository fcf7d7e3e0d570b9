"""How an oversharing flag reads wherever it shows: the category, the words, a reframe.

Distress is different: no "sounds personal" label and no rewrite, only a private, kind note and
the support link the operator set (ONEONONE_SUPPORT_URL). Every place that shows flags — the prep
card, the agenda reply, the DM reply — renders them through `flag_lines`, so none can forget it.
"""

from __future__ import annotations

from collections.abc import Sequence

from coaching.oversharing import Flag
from handlers.views.labels import quote_text

_support = {"url": None}  # set once at start-up by bot.app.build_app
#: A note can honestly touch two categories; a third line would only repeat the warning.
MAX_FLAGS = 2


def set_support_url(url: str | None) -> None:
    _support["url"] = url


def care_note() -> str:
    """Said to someone who may be in distress: warm, short, never a lecture."""
    url = _support["url"]
    where = (
        f" If you'd like support now, <{url}|this page has people ready to help>."
        if url
        else " If things feel urgent, please reach out to a local helpline or emergency service."
    )
    return (
        ":seedling: _That sounds really heavy, and I'm glad you wrote it down. You don't have to "
        "bring this to a 1:1 — it's yours to share or not. Please talk to someone you trust "
        f"today._{where}"
    )


def flag_lines(flags: Sequence[Flag]) -> list[str]:
    if any(flag.needs_care for flag in flags):
        return [care_note()]
    lines = []
    for flag in flags[:MAX_FLAGS]:
        words = ", ".join(f"“{quote_text(t, 40)}”" for t in flag.triggers[:3])
        about = f"{flag.category.label}: {words}" if words else flag.category.label
        lines.append(
            f":warning: _Sounds personal ({about})._ Try: _{quote_text(flag.reframe or '', 250)}_"
        )
    return lines
