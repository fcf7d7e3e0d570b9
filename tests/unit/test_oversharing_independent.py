"""The oversharing scan on sets written by people who never tuned it (see the README there).

Two are held to issue #3's bar (precision ≥ 0.95, recall ≥ 0.90). The hard probe and the
400-row blind set are not there yet; they are held at the level first measured, so a change that
makes the scan worse on text it was not tuned on fails here.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coaching.oversharing import scan

DATA = Path(__file__).resolve().parents[1] / "data" / "independent"

CASES = [
    ("a_first_author.csv", 0.95, 0.90),
    ("b_first_author_fresh.csv", 0.95, 0.90),
    ("c_first_author_probe.csv", 0.95, 0.75),  # measured 0.980 / 0.769; target not met yet
    ("d_blind_400.csv", 0.92, 0.82),  # measured 0.927 / 0.825; target not met yet
]


def precision_recall(path: Path) -> tuple[float, float]:
    with path.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    flagged = [(bool(scan(row["text"])), row["label"] != "none") for row in rows]
    true_pos = sum(1 for got, want in flagged if got and want)
    false_pos = sum(1 for got, want in flagged if got and not want)
    false_neg = sum(1 for got, want in flagged if want and not got)
    return true_pos / (true_pos + false_pos), true_pos / (true_pos + false_neg)


@pytest.mark.parametrize(("name", "min_precision", "min_recall"), CASES)
def test_scan_on_text_it_was_not_tuned_on(name: str, min_precision: float, min_recall: float):
    precision, recall = precision_recall(DATA / name)
    print(f"{name}: precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= min_precision
    assert recall >= min_recall
