"""The learned oversharing scan (design §4, issue 13): figures per category on `dev`, work language
that borrows personal words, explanations taken from the text, reframes that fit, distress as care.

`dev` rows are never trained on, and nothing is chosen on them any more (C and the threshold come
from grouped cross-validation on `train`), but earlier training rows were written after reading
dev misses, so these figures are a guard against regressions. The honest figure is the frozen
holdout's, in the README.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coaching.oversharing import MAX_SHOWN, Category, Flag, is_personal, scan
from coaching.reframes import REFRAMES, cue_words, reframe_for
from tests.properties import examples

DATA = Path(__file__).resolve().parents[1] / "data" / "oversharing.csv"

with DATA.open(newline="", encoding="utf-8") as _handle:
    ROWS = list(csv.DictReader(_handle))
DEV = [(r["text"], r["category"]) for r in ROWS if r["split"] == "dev"]
_DEV_FLAGS = None


def dev_flags() -> list[tuple[str, list[Flag]]]:
    global _DEV_FLAGS
    if _DEV_FLAGS is None:
        _DEV_FLAGS = [(label, scan(text)) for text, label in DEV]
    return _DEV_FLAGS


def test_one_data_file_with_the_agreed_columns_and_labels() -> None:
    assert list(ROWS[0]) == ["text", "label", "category", "source", "split"]
    assert {r["split"] for r in ROWS} <= {"train", "dev", "holdout"}
    assert {r["category"] for r in ROWS} == {c.value for c in Category} | {"none"}
    assert all((r["label"] == "work") == (r["category"] == "none") for r in ROWS)
    assert len({r["text"].casefold() for r in ROWS}) == len(ROWS)  # no row in two splits
    per_split = Counter((r["split"], r["category"]) for r in ROWS)
    assert all(per_split["dev", c.value] >= 25 for c in Category)


def test_dev_precision_and_recall_overall() -> None:
    flagged = [(label, bool(flags)) for label, flags in dev_flags()]
    tp = sum(f and label != "none" for label, f in flagged)
    fp = sum(f and label == "none" for label, f in flagged)
    fn = sum(not f and label != "none" for label, f in flagged)
    print(f"\ndev: precision {tp / (tp + fp):.3f} recall {tp / (tp + fn):.3f}")
    # Measured 0.975 / 0.913 when trained in round 5 (the cut is chosen by cross-validation, not
    # on dev; round 4 measured 0.967 / 0.944 with a looser cut).
    assert tp / (tp + fp) >= 0.96
    assert tp / (tp + fn) >= 0.89


# Measured on dev when the model was trained (see README); floors sit a little below.
# Below 0.8 on dev with the round-5 model: distress 0.74 (23 of 31 rows; 0.91 out of fold on
# train, where a recall-first distress threshold added nothing, so there is none). Round 4 had
# 0.77, round 3 0.68, round 2 0.74. The round-5 model holds every other category at 0.84 or
# more, so these floors were left where they were.
RECALL_FLOOR = {
    Category.POLITICS_RELIGION: 0.7,
    Category.DATING: 0.75,
    Category.SUBSTANCES: 0.75,
    Category.FAVOURITISM: 0.7,
    Category.DISTRESS: 0.65,
}
PRECISION_FLOOR = {Category.DISTRESS: 0.6}  # care notes on heavy mental-health notes are kind


@pytest.mark.parametrize("category", list(Category), ids=lambda c: c.value)
def test_dev_recall_and_precision_per_category(category: Category) -> None:
    """Recall: the category is among the flags. Precision: when it is the first flag, it is
    right (a row flagged under a neighbouring category still counts as personal above)."""
    ours = [(label, flags) for label, flags in dev_flags() if label == category.value]
    recall = sum(category in {f.category for f in flags} for _, flags in ours) / len(ours)
    first = [label for label, flags in dev_flags() if flags and flags[0].category is category]
    precision = sum(label == category.value for label in first) / len(first)
    print(f"\n{category.value}: recall {recall:.2f} precision {precision:.2f} ({len(ours)} rows)")
    assert recall >= RECALL_FLOOR.get(category, 0.8)
    assert precision >= PRECISION_FLOOR.get(category, 0.62)


WORK_SENTENCES = [
    "Run a health check of the service before the release",
    "health check of the service",
    "the launch hangover is slowing us down",
    "pager fatigue is hurting the on-call team",
    "I have some political capital to spend on the migration",
    "kill the job if it hangs",
    "the divorce of web and mobile",
    "we're still in the honeymoon period with the vendor",
    "office politics",
    "mental model",
    "sick build",
    "we're bleeding customers",
    "parent/child process",
    "legal review of the contract",
    "offer letter for the candidate",
    "the interview loop for our new hire",
    "leader election",
    "drinking from the firehose",
    "smoke tests",
    "we're behind on a few payments in the billing backlog",
    "I need to figure out how to pay for the new laptops",
    "the budget doesn't stretch to two contractors",
    "pain points",  # a known miss until the round-5 model (cut 0.40)
]


@pytest.mark.parametrize("text", WORK_SENTENCES)
def test_work_language_does_not_trip(text: str) -> None:
    assert scan(text) == []


def test_a_one_word_work_phrase_the_model_used_to_flag() -> None:
    """A known miss until the messy notes of round 24 were added to the training rows: a single
    personal-sounding word with no context ("drunk-walk", a test of a walkway) was flagged."""
    assert scan("drunk-walk") == []


EXAMPLES = {
    Category.HEALTH: "I have a colonoscopy on Friday so I'll be out",
    Category.MENTAL_HEALTH: "I've been having panic attacks before standups",
    Category.FAMILY: "my dad has dementia and I'm his carer now",
    Category.DATING: "I've started dating someone on the sales team",
    Category.MONEY: "I'm drowning in debt and can't make rent",
    Category.JOB_HUNT: "I got an offer from a competitor yesterday",
    Category.GOSSIP: "heard from Mia that Tom is getting fired",
    Category.POLITICS_RELIGION: "who are you voting for in the election?",
    Category.LEGAL: "my landlord is taking me to court next month",
    Category.SUBSTANCES: "I was so hungover this morning",
    Category.FAVOURITISM: "drinks after work, just the two of us?",
    Category.DISTRESS: "I don't see the point of anything anymore",
}


@pytest.mark.parametrize(
    "category",
    list(Category),
    ids=lambda c: c.value,
)
def test_each_category_is_explained_with_words_from_the_text(category: Category) -> None:
    text = EXAMPLES[category]
    flags = scan(text)
    assert flags and flags[0].category is category
    triggers = flags[0].triggers
    assert triggers and all(t in text for t in triggers)
    assert all(any(ch.isalpha() for ch in t) and len(t) >= 3 for t in triggers)


@pytest.mark.parametrize(
    ("text", "category", "says"),
    [
        ("I'm completely burnt out, running on empty", Category.MENTAL_HEALTH, "priorities"),
        ("therapy on Tuesdays at 5", Category.MENTAL_HEALTH, "commitment I need to keep"),
        ("dentist appointment on Friday morning", Category.HEALTH, "flexibility"),
        ("I have a court date next month", Category.LEGAL, "some time for a personal matter"),
        ("who are you voting for in the election?", Category.POLITICS_RELIGION, "Leave it out"),
        ("heard from Mia that Tom is getting fired", Category.GOSSIP, "plans are changing"),
        ("Greg is incompetent and the whole team knows it", Category.GOSSIP, "friction"),
        ("I got an offer from a competitor yesterday", Category.JOB_HUNT, "next level"),
        ("drinks after work, just the two of us?", Category.FAVOURITISM, "with everyone"),
        ("can you push my promo ahead of the others?", Category.FAVOURITISM, "same way"),
    ],
)
def test_reframe_fits_what_triggered_the_flag(text: str, category: Category, says: str) -> None:
    flag = next(f for f in scan(text) if f.category is category)
    assert flag.reframe is not None and says in flag.reframe


def test_at_least_three_natural_reframes_per_category() -> None:
    for category in Category:
        options = REFRAMES.get(category.value, ())
        if category is Category.DISTRESS:
            assert options == ()  # care, never a rewrite
            continue
        assert len(options) >= 3, category
        for option in options:
            assert option.sentence[0].isupper() and option.sentence[-1] in ".?!"
            assert "  " not in option.sentence and len(option.sentence) <= 140


def test_distress_gets_no_reframe_and_never_counts_as_personal() -> None:
    [flag] = [f for f in scan(EXAMPLES[Category.DISTRESS]) if f.needs_care]
    assert flag.reframe is None
    assert not is_personal(EXAMPLES[Category.DISTRESS])
    assert is_personal(EXAMPLES[Category.HEALTH])


def test_other_languages_are_checked() -> None:
    """Decided by measurement (README): non-English notes are flagged, not waved through."""
    assert scan("Ich habe nächste Woche eine Operation am Knie")
    assert scan("J'ai un entretien chez un concurrent demain")
    assert scan("No llego a fin de mes y tengo muchas deudas")
    assert not scan("¿Me puedes dar feedback sobre mi presentación?")


def test_curly_apostrophes_case_and_empty_text() -> None:
    assert scan("I’m interviewing at Stripe") and scan("I'M INTERVIEWING AT STRIPE")
    assert scan("") == [] and scan("   \n\t") == []


@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=400))
def test_any_text_scans_without_error(text: str) -> None:
    flags = scan(text)
    assert all(isinstance(f, Flag) for f in flags)
    assert len({f.category for f in flags}) == len(flags)


_PIECES = (
    "my head of department",
    "is useless",
    "and everyone knows it",
    "my son is sick",
    "I have a court date",
    "just the two of us",
    "the Q3 roadmap",
    "I'm burnt out",
    "heard that Tom",
    "before the review",
)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4))
def test_shown_words_come_from_the_text_and_carry_the_category(pieces: list[str]) -> None:
    """What a flag quotes is the user's own words; when a word of the text carries the category
    (its sub-topics' stems), every quoted phrase holds one — never an incidental "head"."""
    text = " ".join(pieces)
    for flag in scan(text):
        assert len(flag.triggers) <= MAX_SHOWN
        for trigger in flag.triggers:
            assert trigger.casefold() in text.casefold()
        cues = {c.casefold() for c in cue_words(flag.category.value, text)}
        if cues and flag.triggers:
            for trigger in flag.triggers:
                assert cues & {w.casefold() for w in trigger.split()}, (text, flag)


def test_a_rewrite_about_a_colleague_keeps_who_it_is_about() -> None:
    assert "my head of department" in (
        reframe_for("gossip", ("useless",), "My head of department is useless") or ""
    )
    assert "my manager" in (reframe_for("gossip", ("lazy",), "my manager is lazy") or "")
    generic = reframe_for("gossip", ("lazy",), "Greg is lazy") or ""
    assert "friction on some shared work" in generic
    peer = reframe_for("gossip", ("lazy",), "my colleague Dan is lazy") or ""
    assert "my colleague" in peer and "room to show" not in peer  # a peer gives no room


@pytest.mark.parametrize(
    ("text", "category", "says"),
    [
        ("my dad passed away last week", "family", "time at short notice"),  # not a caring rota
        ("My manager takes credit for my work", "gossip", "part in shared work is visible"),
        ("I've got anxiety and not sure I can handle more", "mental_health", "pace"),
        ("I panic before presenting at standup", "mental_health", "when I can prepare"),
    ],
)
def test_the_sub_topic_is_the_one_the_note_is_about(text: str, category: str, says: str) -> None:
    assert says in (reframe_for(category, (), text) or "")
