"""Shared bits for benchmarks: run from the repository root as `python bench/<name>.py`."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(name: str, samples_ms: list[float]) -> tuple[float, float]:
    median, p99 = statistics.median(samples_ms), percentile(samples_ms, 0.99)
    print(f"{name:<34} n={len(samples_ms):<5} median {median:7.2f} ms   p99 {p99:7.2f} ms")
    return median, p99
