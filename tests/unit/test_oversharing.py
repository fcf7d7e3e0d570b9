"""The oversharing scan (design §4): precision/recall on labeled talking points, per-category
behaviour, work language that must not trip it, and safety on arbitrary input."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coaching.oversharing import Category, Flag, scan

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = ["talking_points.csv", "talking_points_fresh.csv"]


def load(name: str) -> list[tuple[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as handle:
        return [(row["text"], row["label"]) for row in csv.DictReader(handle)]


def evaluate(rows: list[tuple[str, str]]) -> dict[str, object]:
    tp = fp = fn = 0
    hits: dict[str, list[int]] = {c.value: [0, 0] for c in Category}
    misses = []
    for text, label in rows:
        flags = scan(text)
        predicted = bool(flags)
        actual = label != "none"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        if actual:
            hits[label][1] += 1
            hits[label][0] += label in {f.category.value for f in flags}
        if predicted != actual:
            misses.append((label, text, [(f.category.value, f.triggers) for f in flags]))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    per_category = {c: (h / n if n else 1.0) for c, (h, n) in hits.items()}
    return {"precision": precision, "recall": recall, "per": per_category, "misses": misses}


@pytest.mark.parametrize("name", FILES)
def test_precision_and_recall(name: str) -> None:
    rows = load(name)
    assert len(rows) >= 100
    result = evaluate(rows)
    print(
        f"\n{name}: {len(rows)} rows precision={result['precision']:.3f} "
        f"recall={result['recall']:.3f}"
    )
    for category, recall in result["per"].items():  # type: ignore[union-attr]
        print(f"  {category:<18} recall={recall:.2f}")
    for miss in result["misses"]:  # type: ignore[union-attr]
        print("  MISS", miss)
    assert result["precision"] >= 0.95
    assert result["recall"] >= 0.90


def test_labeled_set_is_large_and_balanced() -> None:
    rows = load("talking_points.csv")
    assert len(rows) >= 300
    labels = {label for _, label in rows}
    assert labels == {c.value for c in Category} | {"none"}
    personal = sum(label != "none" for _, label in rows)
    assert 0.35 <= personal / len(rows) <= 0.65
