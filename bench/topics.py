"""How well the card names a logged item: `coaching.items.topic_of` against lines labelled by
people who never saw the code.

Each line of a labelled file (JSON Lines) is a log line as users type them, its kind, the
counterpart, and the noun phrases that would fill "Dana, any news on ___?" well (empty when
none would). The card either names the item by such a phrase or falls back to its kind and
date ("what I asked you about last week"); a phrase that is not one of the labels is a
fragment in a sentence to a senior colleague, the worst outcome. So the script prints:

- *named well*: the phrase is one of the labels (case, spacing and a leading "the" aside);
- *named closely*: not one of them, but every word of it is in one (a shorter or reordered
  label: "the strike out application" for "the Harris strike-out application");
- *named badly*: any other phrase (the figure to keep near zero);
- *fell back*: no phrase where the labels have one;
- *rightly silent*: no phrase where the labels have none.

    python bench/topics.py bench/data/topics_dev.jsonl [--show bad|missed|all]

`bench/data/topics_dev.jsonl` is the set rules may be tuned on; `topics_holdout.jsonl` is
evaluated once per change and never read for tuning (its figure is reported, whatever it is).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)

from coaching.items import topic_of

OUTCOMES = ("named well", "named closely", "named badly", "fell back", "rightly silent")


@dataclass(frozen=True)
class Labelled:
    kind: str
    counterpart: str
    text: str
    topics: tuple[str, ...]


def load(path: Path) -> list[Labelled]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            rows.append(
                Labelled(data["kind"], data["counterpart"], data["text"], tuple(data["topics"]))
            )
    return rows


def normal(phrase: str) -> str:
    """Compared without case, spacing, apostrophe style, end punctuation or a leading "the"."""
    said = re.sub(r"\s+", " ", phrase.replace("’", "'").lower()).strip(" .,!?;:")
    return said.removeprefix("the ")


def outcome(row: Labelled, found: str | None) -> str:
    if found is None:
        return "fell back" if row.topics else "rightly silent"
    if normal(found) in {normal(t) for t in row.topics}:
        return "named well"
    words = _words(found)
    if len(words) > 1 and any(words <= _words(t) for t in row.topics):
        return "named closely"
    return "named badly"


def _words(phrase: str) -> set[str]:
    return set(re.findall(r"[\w£$%']+", normal(phrase).replace("-", " ")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", choices=("bad", "missed", "all"), help="list those lines")
    args = parser.parse_args()
    rows = load(args.path)
    counts: Counter[str] = Counter()
    for row in rows:
        found = topic_of(row.text, counterpart=row.counterpart)
        result = outcome(row, found)
        counts[result] += 1
        wanted = {"bad": ("named badly",), "missed": ("fell back",), "all": OUTCOMES}
        if args.show and result in wanted[args.show]:
            print(f"{result:<14} {row.kind:<8} {row.text[:64]!r:<66} → {found!r}  {row.topics}")
    named = counts["named well"] + counts["named closely"] + counts["named badly"]
    good = counts["named well"] + counts["named closely"]
    labelled = sum(1 for row in rows if row.topics)
    print(f"{args.path.name}: {len(rows)} lines, {labelled} with a topic")
    for name in OUTCOMES:
        print(f"  {name:<15} {counts[name]:>4}  ({counts[name] / len(rows):6.1%})")
    if named:
        print(f"  well or closely, of all named     {good / named:6.1%}")
    if labelled:
        print(f"  well or closely, of all with one  {good / labelled:6.1%}")


if __name__ == "__main__":
    main()
