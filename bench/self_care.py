"""Whether the care note lands where it should: notes that mention the writer ("handle it
myself", "proud of myself tho") against notes of real distress, on a set written by a helper who
never saw the code (`bench/data/self_holdout.jsonl`, evaluated once per change, never tuned on).

Round 16's blind review found the care note ("please talk to someone you trust today … a
helpline") on "denise - HR or handle it myself?" and on "ask again if i can present myself in
jan": the model had learnt "myself" from the distress rows, where it is in nearly every line.

    python bench/self_care.py [bench/data/self_holdout.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)

from coaching.oversharing import scan, worth_showing

DEFAULT = Path(__file__).resolve().parent / "data" / "self_holdout.jsonl"


def shows_care(text: str) -> bool:
    return any(flag.needs_care for flag in worth_showing(scan(text)))


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    ordinary = [r["text"] for r in rows if not r["distress"]]
    distress = [r["text"] for r in rows if r["distress"]]
    wrong = sum(shows_care(t) for t in ordinary)
    found = sum(shows_care(t) for t in distress)
    print(f"{path.name}: {len(ordinary)} ordinary notes, {len(distress)} of distress")
    print(f"  care note on an ordinary note   {wrong:>3} of {len(ordinary)}")
    print(f"  care note on a note of distress {found:>3} of {len(distress)}")


if __name__ == "__main__":
    main()
