"""Money offered to bend a rule, read on lines written blind (round 68).

`bench/data/bribe_holdout68.jsonl`: 120 notes and points written by a helper who never saw the
code, 60 telling of a bribe, a kickback or an envelope (offered, taken, refused or seen) and 60
ordinary lines using nearby words innocently (mailing envelopes, holiday bonuses, tips, sales
commission, anti-bribery training), in 21 languages. Evaluated once per change: never tune on it.

    python bench/bribes.py [file.jsonl]

Prints, per label, how many lines get the bribe note's reading (`offers_money`) and how many
read as a worry at all (`raises_concern`, which also holds theft, false records and the rest).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from coaching import concerns

DATA = Path(__file__).resolve().parent / "data" / "bribe_holdout68.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA)
    path = parser.parse_args().data
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    offered = getattr(concerns, "offers_money", lambda _text: False)  # absent before round 68
    total, money, worry = Counter(), Counter(), Counter()
    for row in rows:
        total[row["label"]] += 1
        money[row["label"]] += offered(row["text"])
        worry[row["label"]] += concerns.raises_concern(row["text"])
    print(f"{len(rows)} lines ({path.name})")
    for label in sorted(total):
        print(
            f"  {label:<6} bribe reading {money[label]:>3} of {total[label]:<3}"
            f"  any worry reading {worry[label]:>3} of {total[label]}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
