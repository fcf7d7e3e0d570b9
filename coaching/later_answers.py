"""An open ask answered in a later note: "Marisa contesta lo del turno: RRHH dice q desde febrero
si, enero no" two weeks after "pedido a Marisa turno fijo d mañanas desde enero". Rounds 53 and
54 found cards chasing asks whose answers the user had logged on a line of their own ("chases
an ask the user's own points show is already granted"). The ask is read with that note joined
to it (`LATER`, with the note's date), so every reader of its line — the carried list, the
chase, the stakes — sees what was answered, and the user sees both of their own lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from coaching.answers import LATER, REPLY_IN_A_NOTE, later_reply
from coaching.ask_signals import CALENDAR_STEMS, content_stems
from coaching.due import is_them
from coaching.items import short_date
from coaching.line_memo import Codec, line_memo
from coaching.model import Entry, EntryKind, EntryStatus

#: Not yet a reply, whatever verb follows: "Carmen hasn't replied", "nunca contestó", "nie
#: odpisała", "still hasn't got back to me".
_NOT_YET = re.compile(
    r"(?i)\b(?:hasn'?t|has\s+not|have\s+not|haven'?t|never|didn'?t|did\s+not|not\s+yet|still\s+no"
    # Spanish "no" only before the verb: "no contestó"; "respondeu no zap" is "on WhatsApp"
    r"|no\s+(?:me\s+)?(?:ha\s+)?(?:contest|respond|dijo|dice)\w*|no\s+(?:reply|answer|response)"
    r"|não|nao|nunca|nie|n['’]a\s+pas|pas\s+encore|hat\s+(?:noch\s+)?nicht|noch\s+nicht|todav[ií]a"
    r"|ainda)\b"
)
#: Someone's thing, named: "Jess's forklift course", "Tom's NEBOSH course" — theirs, not the
#: user's, unless the ask names them too.
_SOMEONES = re.compile(r"\b([A-Z][\w-]+)['’]s\b")
#: Words two lines share without being about the same thing, read both as stems and as typed.
_COMMON_TEXT = """ask asked about again today yesterday week month said says dijo disse replied
    answered yes no ok mine with from that this have will would could sobre lo del da de la le re
    para pero pro pra pedí pedido perguntei pytałem pytałam demandé gefragt wegen sprawie pour
    avec dans también também tylko jeszcze noch auch"""
_TOO_COMMON = content_stems(_COMMON_TEXT)
_COMMON_WORDS = frozenset(_COMMON_TEXT.split())


#: Someone on their side, named as the ask named them, as the note opens: "her ops mgr", "his
#: boss" (round 58: "her ops mgr OK'd 1 driver (Kev) not 2" left "prob yes but her ops mgr has
#: to OK" chased) — not "Nina moving to Berlin — her boss approved", someone else's boss.
_THEIR_SIDE = re.compile(r"(?i)^\W*(?:her|his|their)\s+(?:[\w-]+\s+){0,2}[\w-]+$")


@dataclass(frozen=True)
class _Read:
    """What a line is about, read once for every pairing: its stems, and its longer words as
    typed, split at hyphens — how the notes inflect and join them ("kurs"/"kursu", "Kurs" in
    "NEBOSH-Kurs"), which stems don't meet."""

    stems: frozenset[str]
    words: frozenset[str]
    someones: frozenset[str]

    @classmethod
    def of(cls, text: str, counterpart: str) -> _Read:
        theirs = {w.lower() for w in re.findall(r"[^\W\d_]+", counterpart)}
        found = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)}
        stems = content_stems(text) - content_stems(counterpart) - CALENDAR_STEMS - _TOO_COMMON
        words = frozenset(w for w in found - theirs if w not in _COMMON_WORDS)
        return cls(stems, words, frozenset(_SOMEONES.findall(text)))

    def shared(self, other: _Read) -> int:
        """Words shared: the same stem or its first five letters, or the same first four
        letters of a word as typed, whichever finds more."""
        stems = sum(
            1
            for x in self.stems
            if x in other.stems or (len(x) >= 5 and any(y[:5] == x[:5] for y in other.stems))
        )
        words = sum(1 for x in self.words if any(y[:4] == x[:4] for y in other.words))
        return max(stems, words)


def _reply_decoded(stored: object) -> tuple[str, bool, str]:
    """A kept reply reading back as `_their_reply` gives it, or a TypeError (read again)."""
    if type(stored) is not list or len(stored) != 3:
        raise TypeError(type(stored).__name__)
    reply, weak, decider = stored
    if type(reply) is not str or type(weak) is not bool or type(decider) is not str:
        raise TypeError("reply")
    return reply, weak, decider


_REPLY: Codec[tuple[str, bool, str]] = Codec(list, _reply_decoded)


@line_memo(_REPLY)  # every note of the card, with one of the dearest patterns there is
def _their_reply(text: str, counterpart: str) -> tuple[str, bool, str]:
    """The note's report of their reply, said after their own name and not "hasn't" ("" when
    it is someone else's, or none yet), whether it was only told as what they said, and — when
    the reply is from the one their side said must decide ("her ops mgr OK'd 1 driver") — who,
    as the note names them, for the ask that names them too."""
    found = REPLY_IN_A_NOTE.search(text)
    if found is None or found.group("who").endswith(("'s", "’s")):
        return "", False, ""
    if _NOT_YET.search(text[: found.end("who") + 25]):
        return "", False, ""
    weak = found.group("weak") is not None
    if is_them(found.group("who").rstrip("'’s."), counterpart, capitals=1):
        return later_reply(text), weak, ""
    decider = _THEIR_SIDE.search(text[: found.end("who")])
    if decider is None or weak:
        return "", False, ""
    return later_reply(text), False, decider.group(0).lower()


def with_later_answers(
    entries: Sequence[Entry], counterpart: str, now: datetime
) -> tuple[Entry, ...]:
    """The entries, each open ask answered in a later note carrying that note (`LATER`). A note
    answers one ask only: the open ask before it that shares most with it (two words, or one
    when it is the only ask open then), and never one about someone else's thing."""
    asks = [e for e in entries if e.kind is EntryKind.ASK and e.status is EntryStatus.OPEN]
    read = {ask.id: _Read.of(ask.text, counterpart) for ask in asks}
    answered: dict[int, Entry] = {}
    for note in sorted(
        (e for e in entries if e.kind is EntryKind.NOTE), key=lambda e: e.created_at
    ):
        reply, weak, decider = _their_reply(note.text, counterpart) if asks else ("", False, "")
        if not reply:
            continue
        said = _Read.of(note.text, counterpart)
        before = [a for a in asks if a.created_at < note.created_at]
        if decider:  # only the ask that said this one must decide
            before = [a for a in before if decider in a.text.lower()]
        scored = []
        for ask in before:
            others = said.someones - read[ask.id].someones
            if any(not is_them(n, counterpart) and n not in ask.text for n in others):
                continue  # "Carmen said yes to Jess's forklift course": Jess's, not mine
            scored.append((said.shared(read[ask.id]), ask.created_at, ask))
        if not scored:
            continue
        best, _, ask = max(scored, key=lambda t: (t[0], t[1]))
        # what they said, told with "que" ("Carmen dice q el turno de noche va fatal"), is about
        # the ask only when it shares two words with it, even the only ask open (a fresh-eyes
        # review: the night shift going badly answered "turno fijo de mañanas")
        if best >= 2 or (best >= 1 and len(before) == 1 and not weak):
            answered[ask.id] = note  # a later note on the same ask is the newer word
    out = []
    for entry in entries:
        note = answered.get(entry.id)
        if note is not None:
            entry = replace(
                entry, text=f"{entry.text}{LATER}{short_date(note.created_at, now)}: {note.text}"
            )
        out.append(entry)
    return tuple(out)
