"""What a flag shows (finding G): words that mean something, and a second category only when it
stands on its own — for any text and any verdicts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coaching.oversharing import (
    SECOND_STRONG,
    Category,
    Flag,
    content_words,
    meaningful,
    scan,
    worth_showing,
)
from tests.properties import examples

EMPTY = ["en", "que", "mi", "diciembre", "Fri", "Friday", "might", "bit", "still", "not", "list"]
FULL = ["madre", "hospital", "recruiter", "election", "divorce", "therapy", "drinks", "promo"]
WORK = ["rota", "deck", "billables", "roadmap", "crane", "audit", "matter", "week", "paid"]


def test_function_words_of_the_data_languages_and_day_names_mean_nothing() -> None:
    assert not any(meaningful(w) for w in [*EMPTY, "und", "le", "och", "het", "nie", "Mon"])
    assert all(meaningful(w) for w in [*FULL, "date", "home", "bill", "cry"])


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from(EMPTY + FULL + WORK), min_size=1, max_size=12))
def test_every_quoted_phrase_has_a_meaningful_word(words: list[str]) -> None:
    for flag in scan(" ".join(words)):
        assert all(content_words((t,)) for t in flag.triggers), flag


_flags = st.builds(
    Flag,
    category=st.sampled_from([c for c in Category if c is not Category.DISTRESS]),
    triggers=st.lists(st.sampled_from(EMPTY + FULL), max_size=3).map(tuple),
    reframe=st.just("reframe"),
    probability=st.floats(0.0, 1.0),
)


@given(st.lists(_flags, max_size=5))
def test_at_most_one_second_flag_and_only_a_strong_one_with_its_own_words(
    flags: list[Flag],
) -> None:
    shown = worth_showing(flags)
    assert shown[:1] == flags[:1] and len(shown) <= 2
    for second in shown[1:]:
        assert second.probability >= SECOND_STRONG
        assert content_words(second.triggers) - content_words(flags[0].triggers)
