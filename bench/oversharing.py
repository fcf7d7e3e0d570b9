"""Scan time per talking point: the learned model next to the rules it replaced, in one run.

The rules (coaching/oversharing.py and oversharing_lexicon.py as of commit 1f046ee) are read
from git into a temporary package, so nothing of them stays in the tree. Both scanners read the
same talking points (every row of tests/data/oversharing.csv), interleaved in rounds so machine
noise hits them alike; the ratio is the figure to watch. With --quality it also prints each
scanner's precision and recall (any flag vs none) per split.

    python bench/oversharing.py [--rounds 3] [--quality]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)
from common import ROOT, summary

from coaching.oversharing import scan

RULES_COMMIT = "1f046ee"
RULE_FILES = ("coaching/oversharing.py", "coaching/oversharing_lexicon.py")
DATA = ROOT / "tests" / "data" / "oversharing.csv"


def load_rules(where: Path) -> Callable[[str], list]:
    """The old rule engine as package `rules_1f046ee`, imported from `where`."""
    package = where / f"rules_{RULES_COMMIT}"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    for path in RULE_FILES:
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{RULES_COMMIT}:{path}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        source = source.replace("coaching.oversharing_", f"{package.name}.oversharing_")
        (package / Path(path).name).write_text(source, encoding="utf-8")
    sys.path.insert(0, str(where))
    return importlib.import_module(f"{package.name}.oversharing").scan


def timings(scanner: Callable[[str], list], texts: list[str]) -> list[float]:
    samples = []
    for text in texts:
        started = time.perf_counter()
        scanner(text)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def quality(name: str, scanner: Callable[[str], list], rows: list[dict[str, str]]) -> None:
    for split in ("train", "dev", "holdout"):
        chosen = [r for r in rows if r["split"] == split]
        flagged = [(bool(scanner(r["text"])), r["category"] != "none") for r in chosen]
        tp = sum(f and p for f, p in flagged)
        fp = sum(f and not p for f, p in flagged)
        fn = sum(p and not f for f, p in flagged)
        print(
            f"{name:<8} {split:<8} n={len(chosen):<5} precision {tp / max(1, tp + fp):.3f}  "
            f"recall {tp / max(1, tp + fn):.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quality", action="store_true")
    args = parser.parse_args()
    with DATA.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = [r["text"] for r in rows]
    with tempfile.TemporaryDirectory() as tmp:
        rules = load_rules(Path(tmp))
        scan(texts[0]), rules(texts[0])  # load the artifact / compile the patterns first
        model_ms: list[float] = []
        rules_ms: list[float] = []
        for _ in range(args.rounds):
            model_ms += timings(scan, texts)
            rules_ms += timings(rules, texts)
        model_median, _ = summary("model (coaching/oversharing.py)", model_ms)
        rules_median, _ = summary(f"rules (commit {RULES_COMMIT})", rules_ms)
        print(f"model / rules median: {model_median / rules_median:.2f}")
        if args.quality:
            quality("model", scan, rows)
            quality("rules", rules, rows)


if __name__ == "__main__":
    main()
