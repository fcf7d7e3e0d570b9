"""Round 18 of blind rating (bench/reviews/round18_blind_r1.md, _r2.md): a compliment the
counterpart paid the user ("samira said 'you're a lifesaver'") counted as favouritism, quoting
"you're"; and a priority said with a nickname and chat shorthand ("rhi obsessed w GP rn") put
into an offer of help word for word.

Inputs are invented; assertions are on what the user reads."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coaching.answers import logged_answer
from coaching.due import deadline_date
from coaching.items import topic_of
from coaching.oversharing import is_confident, scan


@pytest.mark.parametrize(
    "note",
    [
        "kemal said 'you're a lifesaver' again, nice",
        "she said you're so good at rotas you should just do mine too",
    ],
)
def test_a_compliment_paid_to_the_user_is_no_confident_favouritism(note: str) -> None:
    assert not any(
        flag.category.value == "favouritism" and is_confident(flag) for flag in scan(note)
    )


def test_a_real_request_for_special_treatment_still_is() -> None:
    flags = scan("you're the best, can you push my promo ahead of the others?")
    assert any(f.category.value == "favouritism" and is_confident(f) for f in flags)


@pytest.mark.parametrize(
    ("line", "counterpart"),
    [
        ("rhi obsessed w GP rn - wants every kitchen under 30% food cost", "Rhiannon"),
        ("mo fixated on the audit trail atm", "Mohammed"),
    ],
)
def test_a_priority_said_with_a_nickname_never_carries_the_nickname(
    line: str, counterpart: str
) -> None:
    found = topic_of(line, counterpart=counterpart)
    assert found is None or not (
        {"rhi", "mo", "rn", "atm", "obsessed", "fixated"} & set(found.lower().split())
    )


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("asked him to put in a word w mrs adeyemi for me", "putting in a word with mrs adeyemi"),
        ("asked her to step in on the weekend rota", "stepping in on the weekend rota"),
    ],
)
def test_a_verb_with_its_particle_after_to_is_read_whole(line: str, topic: str) -> None:
    """ "asked him to put in a word" read "put" as done and "in" as the next verb: "ining a word
    with mrs adeyemi" (round 18)."""
    assert topic_of(line, counterpart="Chidi") == topic


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("pay - asked abt moving up a band. 'after the review in jan'", "after the review in jan"),
        ("vroeg om budget voor de cursus — 'na de begroting'", "na de begroting"),
        ("asked abt the increment — after march cycle she said", "after march cycle"),
        ("asked to run the Saturday pass. 'ya veremos'", "ya veremos"),
    ],
)
def test_an_answer_logged_on_the_asks_own_line_is_read(line: str, answer: str) -> None:
    """Round 18: answers quoted at the end, or said before "she said", read as "no answer yet",
    and the card told the user to chase what had been answered."""
    assert logged_answer(line) == answer


@pytest.mark.parametrize(
    "line",
    [
        "asked for a raise, said i want 85k",  # the user's own words, not their answer
        "asked if she'd review my portfolio, no reply yet",
        "can i present the case at the conference in feb?",
    ],
)
def test_an_ask_with_no_answer_of_theirs_has_none(line: str) -> None:
    assert logged_answer(line) == ""


def test_an_ask_for_a_month_is_due_when_the_month_starts_but_a_point_about_one_is_not() -> None:
    """Round 19: "asked for less nights in dec" lost its "settle it now, it's for December"
    when round 16 stopped reading "in dec" as a deadline on talking points."""
    logged, now = datetime(2026, 10, 22, tzinfo=UTC), datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
    line = "asked for less nights in dec bc of family stuff, he said he'd look at rota"
    assert deadline_date(line, logged, now, asked=True) == date(2026, 12, 1)
    assert deadline_date("want to ask if i can go to the trial plots in dec", logged, now) is None
