"""Train a learned line reading (`coaching.line_model`) and write its JSON to `coaching/`.

    python -m coaching.line_train owed        # whom a follow-up is for → owed_model.json
    python -m coaching.line_train concern     # a worry about safety or conduct → concern_model.json
    python -m coaching.line_train owed --cv-only

Needs the `train` extra (scikit-learn). Each prints its 5-fold cross-validation on the training
lines first, at the bar the bot uses. Data (all written blind by helpers who never saw the code):

- owed: `bench/data/owed_holdout27.jsonl`, `owed_holdout30.jsonl` (200 follow-ups each, with the
  counterpart and whom the line is for; both were holdouts, evaluated before their misses were
  read, and are training data since). Measured on `owed_holdout31.jsonl` by `bench/owed.py`.
- concern: `bench/data/concerns_train34a.jsonl`, `concerns_train34b.jsonl` (300 talking points
  each: concern, gossip, plain), `concerns_dev32.jsonl`, and `concerns_personas34.jsonl` (the
  1,621 notes and talking points of the bench's personas, labelled by two helpers who saw no
  code: concern, gossip, personal, plain), with the oversharing data's work
  talking points as plain (`tests/data/oversharing.csv`, train split, less those the word
  families or the safety reading already take for a worry): without them, everyday asks ("ask
  straight out to be named bid lead") read as concerns. Measured on `concerns_holdout32.jsonl`
  by `bench/concerns.py`.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coaching import concerns, owed_model
from coaching.due import names_them
from coaching.line_model import features
from coaching.oversharing import reports_safety_problem

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"


@dataclass(frozen=True)
class Task:
    files: tuple[str, ...]
    artifact: str
    bar: float
    #: Inverse regularisation, chosen by 5-fold cross-validation among 1, 3, 10 and 30.
    c: float
    positive: Callable[[dict], bool]
    is_them: Callable[[dict], Callable[[str], bool]]
    more: Callable[[], list[dict]] = list


TASKS = {
    "owed": Task(
        ("owed_holdout27.jsonl", "owed_holdout30.jsonl"),
        owed_model.ARTIFACT,
        owed_model.BAR,
        10.0,
        lambda row: row["label"] == "counterpart",
        lambda row: lambda word: names_them(word, row["counterpart"]),
    ),
    "concern": Task(
        (
            "concerns_train34a.jsonl",
            "concerns_train34b.jsonl",
            "concerns_dev32.jsonl",
            "concerns_personas34.jsonl",
        ),
        concerns.ARTIFACT,
        concerns.BAR,
        10.0,
        lambda row: row["label"] == "concern",
        lambda row: lambda word: False,
        lambda: plain_work_points(),
    ),
}


def plain_work_points() -> list[dict]:
    """The oversharing data's work talking points (train split) that nothing reads as a worry."""
    with (ROOT / "tests" / "data" / "oversharing.csv").open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["label"] == "work" and r["split"] == "train"]
    return [
        {"text": r["text"], "label": "plain"}
        for r in rows
        if not concerns.worded_concern(r["text"]) and not reports_safety_problem(r["text"])
    ]


def rows_of(task: Task) -> list[dict]:
    return [
        json.loads(line)
        for name in task.files
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ] + task.more()


def _fit(task: Task, found: list[dict[str, float]], labels: list[bool]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    model = LogisticRegression(C=task.c, max_iter=5000, class_weight="balanced")
    model.fit(vectoriser.fit_transform(found), labels)
    return vectoriser, model


def cross_validate(task: Task, found: list[dict[str, float]], labels: list[bool]) -> str:
    from sklearn.model_selection import StratifiedKFold

    right = {True: 0, False: 0}
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(found, labels):
        vectoriser, model = _fit(task, [found[i] for i in train], [labels[i] for i in train])
        scores = model.predict_proba(vectoriser.transform([found[i] for i in test]))[:, 1]
        for i, p in zip(test, scores, strict=True):
            right[labels[i]] += bool(p >= task.bar) == labels[i]
    return (
        f"5-fold CV at {task.bar}: positives found {right[True]} of {sum(labels)}, "
        f"others left {right[False]} of {len(labels) - sum(labels)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--cv-only", action="store_true")
    args = parser.parse_args()
    task = TASKS[args.task]
    rows = rows_of(task)
    found = [features(row["text"], task.is_them(row)) for row in rows]
    labels = [task.positive(row) for row in rows]
    print(cross_validate(task, found, labels))
    if args.cv_only:
        return
    vectoriser, model = _fit(task, found, labels)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    artifact = {"intercept": round(float(model.intercept_[0]), 5), "weights": weights}
    out = Path(__file__).resolve().parent / task.artifact
    out.write_text(json.dumps(artifact, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {out.name}: {len(weights)} weights")


if __name__ == "__main__":
    main()
