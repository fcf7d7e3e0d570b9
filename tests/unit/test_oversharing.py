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
# talking_points.csv is the tuning set; the fresh sets were each written unseen and measured once
# before any fix (fresh: P=0.933 R=0.636; fresh2: P=0.944 R=0.531; fresh3: P=0.941 R=0.444;
# fresh4: P=0.889 R=0.405 before the lexicon layer; after it fresh5: P=0.893 R=0.781, fresh6:
# P=0.940 R=0.734, fresh7: P=1.000 R=0.875, fresh8: P=0.976 R=0.854, fresh9: P=0.873 R=0.809,
# fresh10: P=1.000 R=0.872, fresh11: P=0.907 R=0.812), then folded into
# tuning. They now guard against regressions, not measure generalisation.
FILES = [
    "talking_points.csv",
    "talking_points_fresh.csv",
    "talking_points_fresh2.csv",
    "talking_points_fresh3.csv",
    "talking_points_fresh4.csv",
    "talking_points_fresh5.csv",
    "talking_points_fresh6.csv",
    "talking_points_fresh7.csv",
    "talking_points_fresh8.csv",
    "talking_points_fresh9.csv",
    "talking_points_fresh10.csv",
    "talking_points_fresh11.csv",
    # Written while developing the lexicon layer (tuning, never measured unseen): indirect
    # personal phrasings and work sentences that reuse the lexicon's words.
    "talking_points_dev.csv",
]


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
    assert len(rows) >= 40
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


#: The categories this scanner finds. FAVOURITISM and DISTRESS exist so the optics note can read
#: them; the scanner that emits them is issue 13's (branch oversharing-model).
SCANNED = [c for c in Category if c not in (Category.FAVOURITISM, Category.DISTRESS)]


def test_labeled_set_is_large_and_balanced() -> None:
    rows = load("talking_points.csv")
    assert len(rows) >= 300
    labels = {label for _, label in rows}
    assert labels == {c.value for c in SCANNED} | {"none"}
    personal = sum(label != "none" for _, label in rows)
    assert 0.35 <= personal / len(rows) <= 0.65


CATEGORY_EXAMPLES = {
    Category.HEALTH: ["I've been diagnosed with diabetes", "my therapist moved our session"],
    Category.FAMILY: ["My wife and I are separating", "daycare closes early on Fridays"],
    Category.MONEY: ["I'm broke until payday", "my rent doubled this year"],
    Category.JOB_HUNT: ["I'm interviewing at Stripe", "I got an offer from Datadog"],
    Category.GOSSIP: ["I can't stand Mark", "Mark is lazy and never does any work"],
    Category.POLITICS_RELIGION: ["I'm fasting for Ramadan", "I voted for Trump"],
    Category.LEGAL: ["I got a DUI", "my lawyer says the case will drag on"],
    Category.SUBSTANCES: ["I was hungover on Monday", "I've been sober for a year"],
}


@pytest.mark.parametrize("category", SCANNED)
def test_each_category_flags_its_own_examples(category: Category) -> None:
    for text in CATEGORY_EXAMPLES[category]:
        flags = scan(text)
        assert category in {f.category for f in flags}, text
        flag = next(f for f in flags if f.category is category)
        assert flag.triggers and all(t in text for t in flag.triggers)
        assert flag.reframe.strip()


def test_category_values_and_labels() -> None:
    assert [c.value for c in SCANNED] == [
        "health",
        "family",
        "money",
        "job_hunt",
        "gossip",
        "politics_religion",
        "legal",
        "substances",
    ]
    assert Category.FAMILY.label == "family and relationships"
    assert Category.JOB_HUNT.label == "job hunting"
    assert Category.GOSSIP.label == "gossip about colleagues"
    assert Category.POLITICS_RELIGION.label == "politics or religion"
    assert Category.LEGAL.label == "legal trouble"
    assert all(c.label for c in SCANNED)


WORK_PHRASES = [
    "health check of the service",
    "product family",
    "mental model",
    "sick build",
    "kill the job",
    "we're bleeding customers",
    "parent/child process",
    "divorce these two services",
    "the team's budget",
    "legal review of the contract",
    "execute the plan",
    "dead link",
    "hot fix",
    "crash",
    "pain points",
    "the interview loop for our new hire",
    "offer letter for the candidate",
    "feedback on Mark's design doc",
    "the orphaned records",
    "pipeline is sick",
    "drunk-walk",
    "smoke tests",
    "high priority",
    "leader election",
    "office politics",
    "drinking from the firehose",
    "We wasted two sprints",
    "I'm looking for feedback",
    "whether I should stay on the payments project",
    "we're behind on a few payments in the billing backlog",
    "we picked up extra shifts for the launch weekend",
    "I need to figure out how to pay for the new laptops",
    "can we move on to the next agenda item",
    "the budget doesn't stretch to two contractors",
]


@pytest.mark.parametrize("text", WORK_PHRASES)
def test_work_language_does_not_trip(text: str) -> None:
    assert scan(text) == []


def test_one_flag_per_category_in_stable_order() -> None:
    text = "My wife is pregnant, I'm broke, I got a DUI and my wife's lawyer hates me"
    flags = scan(text)
    categories = [f.category for f in flags]
    assert len(categories) == len(set(categories))
    assert categories == sorted(categories, key=list(Category).index)
    assert scan(text) == flags
    assert all(isinstance(f, Flag) for f in flags)


def test_reframes_keep_the_work_need_and_drop_the_detail() -> None:
    health = scan("I have chemo on Thursdays")[0]
    assert "chemo" not in health.reframe.lower() and "flexib" in health.reframe
    job = scan("I got an offer from Google")[0]
    assert "google" not in job.reframe.lower() and "next level" in job.reframe


def test_curly_apostrophes_and_unicode() -> None:
    assert scan("I’m interviewing at Stripe")[0].triggers == ("I’m interviewing at Stripe",)
    assert scan("Mi esposa 🧡 — my wife’s café")[0].category is Category.FAMILY
    assert scan("") == [] and scan("   \n\t") == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_scan_never_raises_and_triggers_are_verbatim(text: str) -> None:
    for flag in scan(text):
        assert flag.reframe
        assert all(t and t in text for t in flag.triggers)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "my",
                "I'm",
                "wife",
                "drunk",
                " ",
                "-",
                "'",
                "is",
                "Mark",
                "lazy",
                "court",
                "x" * 40,
                "\n",
                "’",
            ]
        ),
        max_size=60,
    )
)
def test_scan_on_adversarial_word_soup(words: list[str]) -> None:
    text = " ".join(words)
    for flag in scan(text):
        assert all(t in text for t in flag.triggers)


def test_large_input_is_fast() -> None:
    filler = "The health check of the service is green and the sick build is fixed. " * 1500
    text = filler + "I got a DUI last month." + "a" * 2000 + " my my my " * 500
    assert len(text) >= 100_000
    start = time.perf_counter()
    flags = scan(text)
    elapsed = time.perf_counter() - start
    assert {f.category for f in flags} >= {Category.LEGAL}
    assert elapsed < 5.0
    pathological = ("my " * 20_000 + "a" * 40_000)[:100_000]
    start = time.perf_counter()
    assert isinstance(scan(pathological), list)
    assert time.perf_counter() - start < 5.0
