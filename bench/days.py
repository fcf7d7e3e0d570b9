"""How well the card reads the deadline a logged line names ("closes mon 7/12", "ANTES del 4
dic", "b4 xmas"), which decides what leads a card and what it says is due before the 1:1.

`bench/data/days_holdout26.jsonl` was written by a helper who never saw the code: 180 lines typed
the way people type them, many in or mixing other languages, each with the day it was logged and
the deadline a careful reader would take from it (or none: counts, clock times, past dates). It
was evaluated once at the start of round 26's fixes and once after them (README, issue 11); from
then on it is training data, not a holdout. `bench/data/days_holdout30.jsonl` is a second set of
180 written the same way by another helper for the next stop, evaluated at its start (7c88a48)
and once at its end (04b3812) before its misses were read: read right 68 and 68 of 120, another
day 5 and 6, missed 47 and 46, a day invented 8 and 8 of 60.

Its misses were then fixed (training data since); a third set, `bench/data/days_holdout31.jsonl`,
written the same way, is the holdout: read right 67 of 120 at 7c88a48, 83 after.

    python bench/days.py [file.jsonl]      # bench/data/days_holdout30.jsonl, _holdout31.jsonl
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)

from coaching.due import deadline_date

DATA = Path(__file__).resolve().parent / "data" / "days_holdout26.jsonl"
#: The day every line is read on: the reference moment of the persona cards.
TODAY = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


def read(row: dict) -> date | None:
    """The deadline the card takes from a line, logged at noon on its day."""
    logged = datetime.combine(date.fromisoformat(row["logged"]), time(12), tzinfo=UTC)
    return deadline_date(row["text"], logged, TODAY)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA)
    rows = [json.loads(line) for line in parser.parse_args().data.read_text().splitlines() if line]
    dated = [r for r in rows if r["deadline"]]
    undated = [r for r in rows if not r["deadline"]]
    right = [r for r in dated if str(read(r)) == r["deadline"]]
    wrong = [r for r in dated if read(r) is not None and str(read(r)) != r["deadline"]]
    invented = [r for r in undated if read(r) is not None]
    print(f"days: {len(rows)} lines, {len(dated)} name a deadline")
    print(f"  deadline read right   {len(right):>3} of {len(dated)}")
    print(f"  read as another day   {len(wrong):>3} of {len(dated)}")
    print(f"  missed                {len(dated) - len(right) - len(wrong):>3} of {len(dated)}")
    print(f"  day invented          {len(invented):>3} of {len(undated)}")


if __name__ == "__main__":
    main()
