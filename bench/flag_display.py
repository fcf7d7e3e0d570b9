"""What the card shows of the scanner's verdicts, on `dev` (tests/data/oversharing.csv): how many
points get a second flag line at each bar, and how sure a line must be to count in a note about
the whole relationship (the drift note's evidence), as precision and recall of "personal".

    python bench/flag_display.py

It ends with the display policy's table (`oversharing.display_of`) on dev and holdout: per band
and evidence, how many first flags show and how many of those points are personal.

The bars live in coaching/oversharing.py (SECOND_STRONG, CONFIDENT); this prints the figures
their comments quote, for the model that is checked in.
"""

from __future__ import annotations

import csv

import common  # noqa: F401  (puts the repository on sys.path)
from common import ROOT

import coaching.oversharing as oversharing
from coaching.checklist import NOT_PERSONAL

DATA = ROOT / "tests" / "data" / "oversharing.csv"


def main() -> None:
    with DATA.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["split"] == "dev"]
    scanned = [(r, oversharing.scan(r["text"])) for r in rows]
    print(f"dev: {len(rows)} rows")
    for bar in (0.1, 0.2, 0.3, 0.4):
        seconds = [
            (r, f[1])
            for r, f in scanned
            if len(f) > 1 and not f[1].needs_care and f[1].probability >= bar
        ]
        right = sum(r["category"] == second.category.value for r, second in seconds)
        print(f"second category at {bar:.1f}: {len(seconds):4} points, {right:3} right")
    for bar in (0.3, 0.4, 0.5, 0.6):
        tp = fp = fn = 0
        for r, flags in scanned:
            weight = sum(
                f.probability
                for f in flags
                if f.category not in NOT_PERSONAL and oversharing.content_words(f.triggers)
            )
            gold = r["label"] == "personal" and r["category"] not in {"favouritism", "distress"}
            counted = weight >= bar
            tp, fp, fn = (
                tp + (counted and gold),
                fp + (counted and not gold),
                fn + (gold and not counted),
            )
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        print(f"counted personal at {bar:.1f}: precision {precision:.3f} recall {recall:.3f}")
    _by_cue(scanned)
    for split in ("dev", "holdout"):
        _policy(split)


def _by_cue(scanned: list) -> None:
    """First flags by whether the note has a word for the category (`Flag.cued`) and how sure
    the model is: how many are personal, in the right category, and get a rewrite — the
    figures behind `Flag.tentative` and rewrites only on the note's own words."""
    groups: dict[tuple[bool, bool], list[int]] = {}
    for r, flags in scanned:
        if not flags or flags[0].needs_care:
            continue
        f = flags[0]
        personal = r["label"] == "personal"
        row = groups.setdefault((f.cued, f.probability >= oversharing.CONFIDENT), [0] * 4)
        right = personal and r["category"] == f.category.value
        for i, hit in enumerate((True, personal, right, f.reframe is not None)):
            row[i] += hit
    for (cued, sure), (n, personal, right, rewrite) in sorted(groups.items(), reverse=True):
        print(
            f"first flag {'cued' if cued else 'uncued':6} {'sure' if sure else 'unsure':6}: "
            f"{n:4} points, {personal:4} personal, {right:4} right category, {rewrite:4} rewrites"
        )


def _policy(split: str) -> None:
    """The display policy's table: per band (full, might, none) and evidence (a phrase or a
    word for the category, a single word, not English, a career ask), the first flags it puts
    there and the share of those points that are personal (full: and in the right category)."""
    with DATA.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["split"] == split]
    cells: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        flags = oversharing.scan(r["text"])
        if not flags or flags[0].needs_care:
            continue
        first, text = flags[0], r["text"]
        band = oversharing.display_of(first, text).value
        if oversharing.is_career_ask(text):
            evidence = "career"
        elif not oversharing.is_english(text):
            evidence = "not-en"
        elif first.cued or len(oversharing.content_words(first.triggers)) >= 2:
            evidence = "phrase"
        else:
            evidence = "1-word"
        personal = r["label"] == "personal"
        right = personal and r["category"] == first.category.value
        for key in ((band, evidence), (band, "all")):
            cell = cells.setdefault(key, [0, 0, 0])
            cell[0], cell[1], cell[2] = cell[0] + 1, cell[1] + personal, cell[2] + right
    print(f"display policy on {split} (first flags; precision = personal / shown):")
    for (band, evidence), (n, personal, right) in sorted(cells.items()):
        print(
            f"  {band:5} {evidence:6}: {n:4} points, precision {personal / n:.3f}, "
            f"right category {right / n:.3f}"
        )


if __name__ == "__main__":
    main()
