"""An open ask answered in a later note: "Marisa contesta lo del turno: RRHH dice q desde febrero
si, enero no" two weeks after "pedido a Marisa turno fijo d mañanas desde enero". Rounds 53 and
54 found cards chasing asks whose answers the user had logged on a line of their own ("chases
an ask the user's own points show is already granted"). The ask is read with that answer joined
to it (`LATER`), so every reader of its line — the carried list, the chase, the stakes — sees
what was answered, and the user sees both of their own lines, joined."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from coaching.answers import LATER
from coaching.ask_signals import CALENDAR_STEMS, content_stems
from coaching.due import names_them
from coaching.model import Entry, EntryKind, EntryStatus

#: Their reply, said after their name: "Marisa contesta …", "Dana said yes to …", "Marek
#: odpisał: …", "Awa ok pour …", "Sato-san replied …". Not "I said", not "asked Dana again".
_REPLIED = re.compile(
    r"(?i)^\W*(?P<who>\S+(?:\s+\S+)?)\s+(?:(?:finally|just|has|had|then)\s+)?"
    r"(?:contest[aó]\w*|respond(?:e|ió|eu|ed)|respondi[oó]|replied|answered|came\s+back|got\s+back"
    r"|confirm(?:ed|ó|ou|a)|agreed|approved|aprob[oó]|aprovou|odpisa[łl]a?|odpowiedzia[łl]a?"
    r"|zgodzi[łl]a?\s+si[eę]|potwierdzi[łl]a?|a\s+r[ée]pondu|a\s+confirm[ée]|sagte\s+zu"
    r"|hat\s+(?:zugesagt|geantwortet|best[äa]tigt)|ok(?:'d|ed)|signed\s+off|(?:dijo|disse|said)\s*:"
    # the yes or the ok is the answer's first word: "said no to extra LHD op", "ok pour sam 5/12"
    r"|said\s+(?=(?:yes|no|ok)\b)|(?=ok\s+(?:pour|para|con|with|for|to|na|z)\b))\b"
    # how it came is not what was said: "respondeu no zap: …", "replied on email: …"
    r"(?:\s*(?:no|on|by|via|por|pelo|per|in|over|par)\s+(?:zap|whats\w*|wa|e-?mail|mail|text|sms"
    r"|slack|teams|phone|tel|telefone|teléfono)\b)?"
    r"\s*[:,-]?\s*(?P<answer>\S.{2,})$"
)
#: Stems two lines may share without being about the same thing.
_TOO_COMMON = content_stems(
    "ask asked pedido pedí perguntei pytałem demandé gefragt about sobre lo del da de la le re "
    "again today yesterday week month said dijo disse"
)


def answer_in_later_note(ask: Entry, notes: Sequence[Entry], counterpart: str) -> str:
    """The newest later note's report of their reply to this ask: it names them first, says
    they replied, and shares a word with the ask beyond their name and the dates; "" when none
    does."""
    asked = content_stems(ask.text) - content_stems(counterpart) - CALENDAR_STEMS - _TOO_COMMON
    for note in sorted(notes, key=lambda e: e.created_at, reverse=True):
        if note.created_at <= ask.created_at:
            continue
        said = _REPLIED.match(note.text)
        if said is None or not names_them(said.group("who"), counterpart, pronouns=False):
            continue
        if asked & content_stems(note.text):
            return said.group("answer").strip()
    return ""


def with_later_answers(entries: Sequence[Entry], counterpart: str) -> tuple[Entry, ...]:
    """The entries, each open ask answered in a later note carrying that answer (`LATER`)."""
    notes = [e for e in entries if e.kind is EntryKind.NOTE]
    out = []
    for entry in entries:
        if entry.kind is EntryKind.ASK and entry.status is EntryStatus.OPEN and notes:
            answer = answer_in_later_note(entry, notes, counterpart)
            if answer:
                entry = replace(entry, text=f"{entry.text}{LATER}{answer}")
        out.append(entry)
    return tuple(out)
