"""What the card says under a talking point that raises a worry about safety, integrity or
conduct at work, next to gossip and ordinary points. The blind reviews of round 32 put first
that such worries ("Kev's crew didn't lock out the MCC", drugs going missing on a ward) were
labelled "this might read as gossip" or left without a word of how to raise them.

Each line goes on a card as the user's only talking point, with the real scanner, for a
manager; the card is read as the user reads it. A concern is *helped* when the card says how to
raise it and calls it no gossip; gossip is *kept* when the card still flags it; a plain point is
*quiet* when the card says neither.

`bench/data/concerns_dev32.jsonl` and `concerns_holdout32.jsonl` were written by a helper who
never saw the code: 150 lines each (60 concerns, 45 gossip, 45 plain). The dev set is training
data; the holdout is evaluated once per change and its misses are not read.

    python bench/concerns.py [file.jsonl]      # bench/data/concerns_dev32.jsonl by default
    python bench/concerns.py --misses FILE     # the lines each label got wrong (dev only!)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)

from bot.blocktext import Renderer
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)
from coaching.oversharing import scan
from coaching.prep import Meeting, build_prep
from handlers.views.prep import prep_message

DATA = Path(__file__).resolve().parent / "data" / "concerns_dev32.jsonl"
NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
#: Words only a note on how to raise a worry uses (the card's safety note, the gap note, the
#: concern note, the conduct rewrite).
RAISE_WORDS = ("raise it early", "safety point", "a concern about the work", "what you saw")


def card_text(text: str, role: Role = Role.MANAGER) -> str:
    relationship = Relationship(1, Person(user_id="U7", name="Dana Whitfield"), role)
    point = Entry(1, EntryKind.AGENDA, text, EntryStatus.OPEN, NOW - timedelta(days=1), 1)
    ctx = CoachingContext(relationship, entries=(point,), now=NOW)
    meeting = Meeting(1, NOW + timedelta(days=5), "Tue 1 Dec 15:30")
    built = build_prep(ctx, meeting=meeting, scanner=scan)
    return " ".join(Renderer(lambda user_id: None).message(prep_message(built)).split())


def read(text: str) -> tuple[bool, bool]:
    """(the card calls it gossip, the card says how to raise a worry)."""
    shown = card_text(text)
    return "read as gossip" in shown, any(words in shown for words in RAISE_WORDS)


def verdict(label: str, gossip: bool, raise_note: bool) -> bool:
    if label == "concern":
        return raise_note and not gossip
    if label == "gossip":
        return gossip and not raise_note
    return not gossip and not raise_note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA)
    parser.add_argument("--misses", action="store_true", help="print the lines read wrongly")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    totals, right = Counter(), Counter()
    misses = []
    for row in rows:
        gossip, raise_note = read(row["text"])
        totals[row["label"]] += 1
        if verdict(row["label"], gossip, raise_note):
            right[row["label"]] += 1
        else:
            misses.append((row["label"], gossip, raise_note, row["text"]))
    print(f"talking points: {len(rows)} lines ({args.data.name})")
    for label, said in (("concern", "helped"), ("gossip", "kept"), ("plain", "quiet")):
        print(f"  {label:<8} {said:<7} {right[label]:>3} of {totals[label]}")
    if args.misses:
        for label, gossip, raise_note, text in misses:
            print(f"  [{label}] gossip={gossip:d} raise={raise_note:d}  {text}")


if __name__ == "__main__":
    main()
