"""What the card says under a talking point that weighs a delicate matter, read with its notes.

Each holdout item is a user's recent notes (two to five, most of them ordinary work) and one
talking point that comes back to a delicate matter — their own health news, a relative's care,
an offer from elsewhere, a colleague's confidence, a job they are going for against a colleague,
a worry about safety, a false record or someone mistreated — or to an ordinary matter (`none`).
The card is built as the bot builds it, for the item's role, and the note under the point is
read for the kind of advice it gives: *right* when it fits the kind (any worry's note for the
three worries), *wrong* when it gives another kind's advice. A worry the card only warns about
under the points (its note is on no point) is counted apart, and so is a point whose only word
on the matter is its oversharing flag (health, family, job hunting), whose rewrite speaks to it.

`bench/data/delicate_holdout66a.jsonl` and `66b` were written in round 66 by two helpers who
never saw the code (81 items each, nine per kind, eighteen languages); evaluate them once per
change and do not read their misses. `delicate_dev66c.jsonl` and `66d` (90 items each, written
the same way) are dev sets: read, and tuned on.

    python bench/delicate.py [file.jsonl ...]   # the two holdouts by default
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import time
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)
from cards import AG, Logged, N, Persona, card_for, weekly

from coaching.concerns import is_concern_note
from coaching.model import Role
from coaching.oversharing import Category

DATA = Path(__file__).resolve().parent / "data"
HOLDOUTS = (DATA / "delicate_holdout66a.jsonl", DATA / "delicate_holdout66b.jsonl")
WORRIES = ("safety", "false_record", "mistreatment")
KINDS = ("own_health", "family_care", "outside_offer", "confidence", "rival", *WORRIES, "none")
ROLES = {
    "manager": Role.MANAGER,
    "skip": Role.SKIP,
    "mentor": Role.MENTOR,
    "sponsor": Role.SPONSOR,
    "peer": Role.PEER,
}
#: Words only one kind's advice uses, as the card has said them before and after round 66.
ADVICE = (
    ("own_health", ("share news like this", "have to give the reason")),
    ("family_care", ("family's news",)),
    ("outside_offer", ("offer as a threat", "Thinking of leaving")),
    ("confidence", ("told you in confidence",)),
    ("rival", ("hear it from you than from someone else",)),
    (
        "worry",
        (
            "safety or compliance gap",
            "someone could be hurt",
            "A safety point",
            "isn't your word against",
            "Say what you saw and when",
            "talk about the practice",
            "whoever can stop it",
        ),
    ),
)


#: The flags whose rewrite under a point speaks to a kind of matter (the oversharing check's).
FLAGGED = {
    Category.HEALTH: "own_health",
    Category.MENTAL_HEALTH: "own_health",
    Category.FAMILY: "family_care",
    Category.JOB_HUNT: "outside_offer",
}


def advice_kind(note: str) -> str | None:
    """The kind of matter a point's note advises on, or None (a stock way to decide, nothing)."""
    if is_concern_note(note):
        return "worry"
    return next((kind for kind, words in ADVICE if any(w in note for w in words)), None)


def read(item: dict) -> tuple[str | None, str | None, bool]:
    """(the kind the point's note advises on, the kind its flag's rewrite speaks to, the card
    warns of a worry on no point)."""
    logged = [Logged(N, n["text"], n["days_ago"]) for n in item["notes"]]
    logged.append(Logged(AG, item["point"], 0.5))
    persona = Persona(
        item["id"],
        "User",
        "",
        None,
        "Sam",
        "",
        ROLES.get(item["role"], Role.MANAGER),
        weekly(1),
        time(10, 0),
        "",
        logged=tuple(logged),
    )
    card = card_for(persona, 1)
    shown = card.talking_points[0]
    point = shown.entry.id
    notes = [note for pid, note in card.point_notes if pid == point]
    kinds = [k for k in map(advice_kind, notes) if k is not None]
    if point in card.safety_points:
        kinds.append("worry")
    flagged = next((FLAGGED[f.category] for f in shown.flags if f.category in FLAGGED), None)
    return (kinds[0] if kinds else None), flagged, card.to_raise is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="*", type=Path, default=list(HOLDOUTS))
    args = parser.parse_args()
    rows = [json.loads(line) for path in args.data for line in path.read_text().splitlines()]
    totals, right, wrong, warned, flagged = Counter(), Counter(), Counter(), Counter(), Counter()
    for row in rows:
        said, flag, warning = read(row)
        kind = row["kind"]
        expected = "worry" if kind in WORRIES else kind
        totals[kind] += 1
        if kind == "none":
            right[kind] += said is None
            wrong[kind] += said is not None
            flagged[kind] += flag is not None
        else:
            right[kind] += said == expected
            wrong[kind] += said is not None and said != expected
            warned[kind] += said is None and warning and kind in WORRIES
            flagged[kind] += said is None and flag == expected
    names = ", ".join(p.name for p in args.data)
    print(f"delicate points: {len(rows)} items ({names})")
    print(f"  {'kind':<14} {'right':>5} {'wrong':>5} {'warned':>6} {'flagged':>7}   of")
    for kind in KINDS:
        counts = f"{right[kind]:>5} {wrong[kind]:>5} {warned[kind]:>6} {flagged[kind]:>7}"
        print(f"  {kind:<14} {counts}   {totals[kind]}")
    matters = [k for k in KINDS if k != "none"]
    counts = (
        f"{sum(right[k] for k in matters):>5} {sum(wrong[k] for k in matters):>5}"
        f" {sum(warned.values()):>6} {sum(flagged[k] for k in matters):>7}"
    )
    print(f"  all matters    {counts}   {sum(totals[k] for k in matters)}")
    print(LEGEND)


LEGEND = """  right: the note under the point fits the kind; wrong: it fits another; warned: a worry
  said only under the points; flagged: no such note, but the point's oversharing flag speaks
  to the kind (for none: a flag of those kinds shown at all)"""


if __name__ == "__main__":
    main()
