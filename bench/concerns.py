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
data; the holdout is evaluated once per change and its misses are not read. Concerns helped on
the holdout: 1 of 60 at 43110a4, 8 with the first rules, 6 after a fresh-eyes review narrowed them
(gossip kept 19 of 45 and plain points quiet 45 of 45 throughout). With the learned reading
of stop 27 (`coaching/concern_model.json`): 38 of 60 trained on 600 more lines written blind
and the dev set, at 0.6; 22 of 60 (said as an "if") once the personas' own points were added
and the bar raised to 0.7, because the first model took everyday asks for worries. Gossip 19 of
45 and plain 45 of 45 throughout.

`bench/data/concerns_holdout53.jsonl` is a second holdout, nine times the size: 900 lines
written blind in round 53 by three helpers (trades and transport; care, schools and kitchens;
public service, finance, labs and offices), typed as on a phone, 40% or more in other
languages: 360 concerns, 180 gossip, 263 plain and 97 personal (counted with plain). It was
written as training data for the learned reading; the retrained model found no more of the
personas' concerns by cross-validation and took three guarded points for worries, so it was
not kept, and the lines became a holdout instead. At c4fa237, before round 53's changes:
concerns helped 86 of 360, gossip kept 73 of 180, plain quiet 255 of 263.

    python bench/concerns.py [file.jsonl]      # bench/data/concerns_dev32.jsonl by default
    python bench/concerns.py --misses FILE     # the lines each label got wrong (dev only!)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)

from coaching.model import EntryKind
from coaching.oversharing import scan
from tests.unit.test_review20 import card, logged

DATA = Path(__file__).resolve().parent / "data" / "concerns_dev32.jsonl"
#: Words only a note on how to raise a worry uses (the card's safety note, the gap note, the
#: concern note, the conduct rewrite).
RAISE_WORDS = ("raise it early", "safety point", "a concern about the work", "what you saw")


def read(text: str) -> tuple[bool, bool]:
    """(the card calls it gossip, the card says how to raise a worry)."""
    shown = card(logged(1, EntryKind.AGENDA, text, 1), scanner=scan)  # for a manager
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
    if totals["personal"]:  # the second holdout's own lives, read as plain points are
        print(f"  personal quiet   {right['personal']:>3} of {totals['personal']}")
    if args.misses:
        for label, gossip, raise_note, text in misses:
            print(f"  [{label}] gossip={gossip:d} raise={raise_note:d}  {text}")


if __name__ == "__main__":
    main()
