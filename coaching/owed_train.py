"""Train the follow-up model (`coaching.owed_model`) and write `coaching/owed_model.json`.

    python -m coaching.owed_train            # fits on the two earlier blind sets, prints CV
    python -m coaching.owed_train --cv-only

Data: `bench/data/owed_holdout27.jsonl` and `owed_holdout30.jsonl` (200 lines each, written
blind, each with the counterpart and who the line is for); both were evaluated as holdouts
before their misses were read, and are training data since. `owed_holdout31.jsonl` is never
trained on: `python bench/owed.py bench/data/owed_holdout31.jsonl` measures the result.
Needs the `train` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from coaching.due import names_them
from coaching.owed_model import ARTIFACT, BAR, features

ROOT = Path(__file__).resolve().parents[1]
DATA = tuple(ROOT / "bench" / "data" / f"owed_holdout{n}.jsonl" for n in (27, 30))
OUT = Path(__file__).resolve().parent / ARTIFACT
#: Inverse regularisation, chosen by 5-fold cross-validation among 1, 3, 10 and 30.
C = 10.0


def rows_of(paths: tuple[Path, ...]) -> list[dict]:
    return [json.loads(line) for path in paths for line in path.read_text().splitlines() if line]


def featurised(rows: list[dict]) -> tuple[list[dict[str, float]], list[bool]]:
    found = [
        features(r["text"], lambda word, who=r["counterpart"]: names_them(word, who)) for r in rows
    ]
    return found, [r["label"] == "counterpart" for r in rows]


def _fit(found: list[dict[str, float]], labels: list[bool]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(vectoriser.fit_transform(found), labels)
    return vectoriser, model


def cross_validate(found: list[dict[str, float]], labels: list[bool]) -> str:
    from sklearn.model_selection import StratifiedKFold

    kept = stopped = theirs = others = 0
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(found, labels):
        vectoriser, model = _fit([found[i] for i in train], [labels[i] for i in train])
        scores = model.predict_proba(vectoriser.transform([found[i] for i in test]))[:, 1]
        for i, p in zip(test, scores, strict=True):
            if labels[i]:
                theirs += 1
                kept += p >= BAR
            else:
                others += 1
                stopped += p < BAR
    return (
        f"5-fold CV at {BAR}: promises kept {kept} of {theirs}, "
        f"others stopped {stopped} of {others}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv-only", action="store_true")
    args = parser.parse_args()
    found, labels = featurised(rows_of(DATA))
    print(cross_validate(found, labels))
    if args.cv_only:
        return
    vectoriser, model = _fit(found, labels)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    artifact = {"intercept": round(float(model.intercept_[0]), 5), "weights": weights}
    OUT.write_text(json.dumps(artifact, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {OUT.name}: {len(weights)} weights")


if __name__ == "__main__":
    main()
