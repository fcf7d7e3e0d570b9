"""How many suggested asks on the bench cards name an item by its date ("my request from 3 Nov")
rather than by a topic: a measure of how often the card refuses to quote what it can't say.

    python bench/dated_asks.py [folder]     # default: bench/cards
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_DATE = re.compile(r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
_ASKS = re.compile(r"\*Suggested asks\*\n(.*?)\n  \*(?:Balance|Before)", re.S)
_ASK = re.compile(r"^  \d\. \*(.*?)\*\n", re.S | re.M)


def count(folder: Path) -> tuple[int, int]:
    """(asks, asks with a date in their wording) over every card below `folder`."""
    asks = [a for f in sorted(folder.rglob("*.txt")) for m in _ASKS.finditer(f.read_text())
            for a in _ASK.findall(m.group(1))]  # fmt: skip
    return len(asks), sum(bool(_DATE.search(a)) for a in asks)


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "cards"
    total, dated = count(root)
    print(f"asks={total} naming-by-date={dated}")
