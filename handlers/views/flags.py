"""How an oversharing flag reads wherever it shows: the category, the words, a reframe.

Distress is different: no "sounds personal" label and no rewrite, only a private, kind note and
the support link the operator set (ONEONONE_SUPPORT_URL). Every place that shows flags — the prep
card, the agenda reply, the DM reply — renders them through `flag_lines`, so none can forget it.

Say it once (design §4): a flag shows in full the first time the user sees it, and as a short
marker — with a few words of advice — after. The care note is never shortened.
"""

from __future__ import annotations

from collections.abc import Sequence

from coaching.oversharing import Category, Flag, distress_is_sure, worth_showing
from handlers.views.labels import quote_text

_support = {"url": None}  # set once at start-up by bot.app.build_app
#: The short marker's few words of advice, when the full reframe was shown before.
_IN_SHORT = {
    Category.HEALTH: "share the need, not the details",
    Category.MENTAL_HEALTH: "share the need, not the details",
    Category.FAMILY: "share the need, not the details",
    Category.DATING: "consider leaving it out",
    Category.MONEY: "say what you need, not your finances",
    Category.JOB_HUNT: "ask what growth here would take instead",
    Category.GOSSIP: "describe the work problem, not the person",
    Category.POLITICS_RELIGION: "consider leaving it out",
    Category.LEGAL: "ask for the time you need, not the story",
    Category.SUBSTANCES: "consider leaving it out",
    Category.FAVOURITISM: "keep it about the work, and open to everyone",
}


#: What a point shares, said as a person would ("This shares health detail"), never as a
#: classifier's label. Sensitive categories are not personal: they say how the line could read.
_SHARES = {
    Category.HEALTH: "shares health detail",
    Category.MENTAL_HEALTH: "shares mental-health detail",
    Category.FAMILY: "shares family detail",
    Category.DATING: "shares detail of your love life",
    Category.MONEY: "shares your own finances",
    Category.LEGAL: "shares a legal matter",
    Category.SUBSTANCES: "brings drink or drugs into it",
    Category.POLITICS_RELIGION: "brings politics or faith into it",
}
#: Hedged: the same, said as a possibility.
_MAY = {"shares": "may share", "brings": "may bring"}
_COULD_READ_AS = {
    Category.FAVOURITISM: "favouritism",
    Category.GOSSIP: "gossip",
    Category.JOB_HUNT: "job hunting",
}
#: Sensitive rather than personal: said as such, never counted as "personal".
SENSITIVE = frozenset(_COULD_READ_AS)


def set_support_url(url: str | None) -> None:
    _support["url"] = url


def care_note(*, sure: bool = True) -> str:
    """Said to someone who may be in distress: warm, short, never a lecture. When the model is
    unsure and the note has no word of distress of its own (`distress_is_sure`), it says "if":
    round 20 put "that sounds really heavy … talk to someone you trust today" beside "xmas play
    script - whos doing it (not me again pls)"; dropping it instead cost real distress (dev
    22 → 19 of 31), so it is softened, never withheld; the helpline is for the sure note."""
    url = _support["url"]
    where = (
        f" If you'd like support now, <{url}|this page has people ready to help>."
        if url
        else " If things feel urgent, please reach out to a local helpline or emergency service."
    )
    if not sure:  # the operator's page, but no emergency line on a guess (round 33 sent one
        # to a chef's "Toño vs Mariana: no quiero perder a ninguno")
        return (
            ":seedling: _If this weighs on you more than a note can say, you don't have to bring"
            " it to a 1:1 — and please talk to someone you trust._"
            + (where if url else " If it ever feels urgent, a local helpline is there for you.")
        )
    return (
        ":seedling: _That sounds really heavy, and I'm glad you wrote it down. You don't have to "
        "bring this to a 1:1 — it's yours to share or not. Please talk to someone you trust "
        f"today._{where}"
    )


def _about(flag: Flag) -> str:
    """ "This shares health detail", "“diagnosed with anxiety” shares health detail",
    "Sensitive: this could read as gossip". A word is quoted only when it carries the category
    (not the "back" of "step back") and never for favouritism, whose reason is the whole line;
    a point whose only cue is such an idiom is said to share "something personal", since the
    category is a guess. Hedged ("may") when tentative."""
    quoted = flag.quoted[:1] if flag.category is not Category.FAVOURITISM else ()
    subject = f"“{quote_text(quoted[0], 40)}”" if quoted else "this"
    if flag.category in _COULD_READ_AS:
        could = "might" if flag.tentative else "could"
        return f"Sensitive: {subject} {could} read as {_COULD_READ_AS[flag.category]}"
    said = _SHARES.get(flag.category, "shares personal detail")
    if not (quoted or flag.telling):
        said = "shares something personal"
    if flag.tentative:
        verb, rest = said.split(" ", 1)
        said = f"{_MAY[verb]} {rest}"
    line = f"{subject} {said}"
    return line[0].upper() + line[1:]


def _hint(flag: Flag) -> str:
    """The few words of advice, hedged ("if so, …") when the flag itself is tentative."""
    hint = _IN_SHORT.get(flag.category, "consider leaving it out")
    return f"if so, {hint}" if flag.tentative else hint


def _rewrite(flag: Flag, lead: str) -> str:
    """' Try: _…_' — only when the note's own words support a rewrite (coaching/reframes.py);
    otherwise the advice stands alone rather than guessing at the user's situation."""
    if not flag.reframe:
        return ""
    return f" {lead}: _{quote_text(flag.reframe, 250)}_"


def flag_lines(flags: Sequence[Flag], *, full: bool = True) -> list[str]:
    """Each flag worth showing in full (category, words, reframe), or — once it has been
    shown — as a marker with the category, the words and a few words of advice."""
    if not flags:
        return []
    if any(flag.needs_care for flag in flags):
        return [care_note(sure=distress_is_sure(flags))]
    lines = []
    for flag in worth_showing(flags):
        if full:
            lines.append(_full(flag))
        else:
            lines.append(_marker(flag))
    return lines


def _leaves_out(flag: Flag) -> bool:
    return bool(flag.reframe and flag.reframe.startswith("Leave it out"))


def _full(flag: Flag) -> str:
    """The label, a few words of advice and a rewrite; a "leave it out" reframe is the advice
    itself, said once."""
    if _leaves_out(flag):
        return f":warning: _{_about(flag)}. {quote_text(flag.reframe or '', 250)}_"
    return f":warning: _{_about(flag)} — {_hint(flag)}._{_rewrite(flag, 'Try')}"


def _marker(flag: Flag) -> str:
    """The short form: the category, a few words of advice and — where a rewrite fits — the
    rewrite itself, so a point flagged before still gets a way to say it."""
    if _leaves_out(flag):  # its own advice in short: "leave it out here", never "share the need"
        short = (flag.reframe or "").split(" — ")[0].split(";")[0].rstrip(".").lower()
        return f":warning: _{_about(flag)} — {'if so, ' if flag.tentative else ''}{short}._"
    line = f":warning: _{_about(flag)} — {_hint(flag)}._"
    return line + _rewrite(flag, "For example")
