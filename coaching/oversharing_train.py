"""Train the oversharing model and write the artifact the bot ships.

    python -m coaching.oversharing_train            # rebuild coaching/oversharing_model.json
    python -m coaching.oversharing_train --check    # train, print dev figures, write nothing
    python -m coaching.oversharing_train --evaluate holdout   # the shipped model on one split

Needs the training extra (`pip install -e '.[train]'`); the bot itself never imports this module.
Everything is deterministic (no random state, fixed fold order, rounded weights, sorted keys), so
two runs on the same data write the same bytes.

Data: `tests/data/oversharing.csv` (`text,label,category,source,split`). The model is fitted on
`train` only; the one decision threshold is chosen on `dev` (and the tests measure `dev`);
`holdout` is never read here.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

from coaching.oversharing_model import ARTIFACT, NONE, LinearModel, features

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "oversharing.csv"
OUT = Path(__file__).resolve().parent / ARTIFACT

C = 20.0  # inverse regularisation strength, chosen on dev
MIN_DF = 3  # a feature seen in one text only teaches nothing and bloats the artifact
TOL = 1e-3  # lbfgs stopping tolerance: tighter changes no dev figure and trains slower
#: "personal" is the highest cut on P(none) that keeps dev precision at this level or above.
TARGET_PRECISION = 0.95
CUTS = [round(0.20 + 0.02 * i, 2) for i in range(21)]
ALSO = 0.1  # a second category is shown from this probability (recall per category, same P)
PRUNE = 0.1  # weights this small move no decision (same dev figures); dropping them keeps
DIGITS = 2  # the file small


def load(path: Path, split: str) -> tuple[list[str], list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["split"] == split]
    return [r["text"] for r in rows], [r["category"] for r in rows]


def vectors(texts: list[str]) -> list[dict[str, float]]:
    """The exact feature values inference uses."""
    return [{name: value for name, _, _, value in features(t)} for t in texts]


def _by_source(path: Path, split: str) -> dict[str, tuple[list[str], list[str]]]:
    """All rows of the split first, then each source file on its own."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["split"] == split]
    groups = {f"{split} (all)": rows}
    for row in rows:
        groups.setdefault(row["source"], []).append(row)
    return {k: ([r["text"] for r in v], [r["category"] for r in v]) for k, v in groups.items()}


def fit(texts: list[str], labels: list[str]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = vectors(texts)
    seen = Counter(name for row in rows for name in row)
    vectoriser = DictVectorizer(sort=True)
    x = vectoriser.fit_transform([{k: v for k, v in r.items() if seen[k] >= MIN_DF} for r in rows])
    # "balanced": "none" is a third of the data, each category a twentieth.
    model = LogisticRegression(C=C, tol=TOL, max_iter=5000, class_weight="balanced")
    model.fit(x, labels)
    return vectoriser, model


def build(texts: list[str], labels: list[str], personal: float) -> dict:
    vectoriser, model = fit(texts, labels)
    weights = {}
    for name, column in vectoriser.vocabulary_.items():
        row = [(k, round(float(w), DIGITS)) for k, w in enumerate(model.coef_[:, column])]
        if kept := [[k, w] for k, w in row if abs(w) >= PRUNE]:
            weights[name] = kept
    return {
        "classes": [str(c) for c in model.classes_],
        "bias": [round(float(b), DIGITS) for b in model.intercept_],
        "thresholds": {"personal": personal, "also": ALSO},
        "weights": dict(sorted(weights.items())),
    }


def choose_cut(data: dict, texts: list[str], labels: list[str]) -> float:
    """The highest P(none) cut whose dev precision stays at TARGET_PRECISION (best recall)."""
    model = LinearModel.from_json(json.dumps(data))
    none = [model.probabilities(t)[NONE] for t in texts]
    best = CUTS[0]
    for cut in CUTS:
        tp = sum(p < cut and y != NONE for p, y in zip(none, labels, strict=True))
        fp = sum(p < cut and y == NONE for p, y in zip(none, labels, strict=True))
        if tp + fp and tp / (tp + fp) >= TARGET_PRECISION:
            best = cut
    return best


def dump(data: dict) -> str:
    """One feature per line, keys sorted, ASCII kept readable: stable diffs, same bytes twice."""
    head = {k: v for k, v in data.items() if k != "weights"}
    lines = [json.dumps(head, sort_keys=True)[:-1] + ', "weights": {']
    items = [
        f"{json.dumps(k, ensure_ascii=False)}:{json.dumps(v, separators=(',', ':'))}"
        for k, v in data["weights"].items()
    ]
    return lines[0] + "\n" + ",\n".join(items) + "\n}}\n"


def report(model: LinearModel, texts: list[str], labels: list[str], name: str) -> dict:
    """Overall precision/recall (any flag vs none) and per-category recall and precision."""
    tp = fp = fn = 0
    per: dict[str, list[int]] = {}
    for text, label in zip(texts, labels, strict=True):
        found = {v.category for v in model.verdicts(text)}
        tp += bool(found) and label != NONE
        fp += bool(found) and label == NONE
        fn += not found and label != NONE
        if label != NONE:
            per.setdefault(label, [0, 0, 0])
            per[label][0] += label in found
            per[label][1] += 1
        for category in found:
            per.setdefault(category, [0, 0, 0])[2] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"{name}: {len(texts)} rows  precision {precision:.3f}  recall {recall:.3f}")
    for category, (hit, n, predicted) in sorted(per.items()):
        print(f"  {category:<18} recall {hit / n if n else 1:.2f} ({hit}/{n})  flagged {predicted}")
    return {"precision": precision, "recall": recall, "per": per}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="print dev figures, write nothing")
    parser.add_argument("--evaluate", metavar="SPLIT", help="score the shipped model on SPLIT")
    args = parser.parse_args(argv)
    if args.evaluate:
        model = LinearModel.from_json(args.out.read_text(encoding="utf-8"))
        for source, rows in _by_source(args.data, args.evaluate).items():
            report(model, *rows, source)
        return 0
    texts, labels = load(args.data, "train")
    dev = load(args.data, "dev")
    data = build(texts, labels, personal=0.5)
    data["thresholds"]["personal"] = choose_cut(data, *dev)
    raw = dump(data)
    model = LinearModel.from_json(raw)
    print(f"{len(model.weights)} features, {len(raw) // 1024} KiB, thresholds {model.thresholds}")
    report(model, *dev, "dev")
    if not args.check:
        args.out.write_text(raw, encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
