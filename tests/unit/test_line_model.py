"""The learned line readings (`coaching.line_model`): every shipped model is loaded at start-up,
and any text a user can type is read without error, to a probability."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coaching import concerns, owed_model
from coaching.line_model import SHIPPED, load, masked
from tests.properties import examples


def test_every_model_the_card_reads_is_loaded_at_start_up() -> None:
    assert {owed_model.ARTIFACT, concerns.ARTIFACT} <= set(SHIPPED)


@given(st.text(max_size=300))
@settings(max_examples=examples(200), deadline=None)
def test_any_text_reads_as_a_probability(text: str) -> None:
    for artifact in SHIPPED:
        assert 0.0 <= load(artifact).probability(text, lambda word: word == "Dana") <= 1.0


def test_people_are_masked_so_the_reading_learns_roles_not_names() -> None:
    words = masked("reply to Ana re the HR form, cc Dana — his call", lambda w: w == "Dana")
    said = ["reply", "to", "NAME", "re", "the", "INIT", "form", "cc", "THEM", "THEM", "call"]
    assert words == said
