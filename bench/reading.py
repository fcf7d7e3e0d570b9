"""How well the card reads two things in a logged line that decide what it says: the answer an
ask's own line records ("asked about days - 'not till feb'"), and whether a follow-up is an
event to turn up to ("site walk w her fri 7am") or something owed ("prep slides for the QBR").

Both sets were written by a helper who never saw the code (`bench/data/answers_holdout21.jsonl`,
`bench/data/followups_holdout21.jsonl`). They were evaluated once as a holdout in round 21
(answers read 21 → 22 of 40 with 1 → 1 of 40 invented; events 0 → 8 of 25, no task misread);
the misses were then fixed, so from then on they are training data, not a holdout.

    python bench/reading.py
"""

from __future__ import annotations

import json
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)

from coaching.answers import logged_answer
from coaching.due import is_event

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[dict]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def main() -> None:
    asks = _rows("answers_holdout21.jsonl")
    answered = [r for r in asks if r["answered"]]
    read = [r for r in answered if logged_answer(r["text"])]
    exact = [r for r in answered if logged_answer(r["text"]).lower() == r["answer"].lower()]
    invented = [r for r in asks if not r["answered"] and logged_answer(r["text"])]
    print(f"answers: {len(asks)} ask lines, {len(answered)} with an answer")
    print(f"  answer read           {len(read):>3} of {len(answered)} ({len(exact)} word for word)")
    print(f"  answer invented       {len(invented):>3} of {len(asks) - len(answered)}")
    follow = _rows("followups_holdout21.jsonl")
    events = [r for r in follow if r["event"]]
    tasks = [r for r in follow if not r["event"]]
    print(f"follow-ups: {len(events)} events, {len(tasks)} things owed")
    print(f"  event read as event   {sum(is_event(r['text']) for r in events):>3} of {len(events)}")
    print(f"  owed read as event    {sum(is_event(r['text']) for r in tasks):>3} of {len(tasks)}")


if __name__ == "__main__":
    main()
