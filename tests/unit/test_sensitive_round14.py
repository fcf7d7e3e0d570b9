"""Sensitive content seen for what it is (round 14, brief fix14a), with lines of my own invention.

Blind reviewers found: personal points the scan missed (a relative's illness in Italian, a
divorce, a pregnancy in Polish, money trouble and childcare, an outside offer taken to someone
senior); work points it cautioned (a thank-you letter, a colleague's leave that changes the
rota); and rewrites that changed what the matter is or whose it is (a colleague drinking on
shift as "get-togethers without drinks", training fees as "a pay conversation"). The safety
lines are in test_safety_lines_round14.py.
"""

from __future__ import annotations

import pytest

from coaching.oversharing import Category, scan, shown_flags
from coaching.reframes import (
    CONDUCT_CONCERN,
    CONDUCT_TO_MANAGER,
    EXTRA_HOURS_SQUEEZE,
    TRAINING_COST,
    for_role,
    reframe_for,
)
from handlers.views.flags import flag_lines


def shown(text: str):
    return shown_flags(scan(text), text)


# --- 1. Missed flags -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a relative's illness, in Italian and Spanish
        ("mio fratello è in ospedale a Bari da ieri, non so quando torno", Category.FAMILY),
        ("mi padre está otra vez en el hospital en Quito", Category.FAMILY),
        # a divorce or separation
        ("my wife and I are splitting up, that's why I've been late in", Category.FAMILY),
        ("should I mention my divorce? it's why my head's not in it", Category.FAMILY),
        # a pregnancy, in Polish: the user's own, and a partner's
        ("jestem w ciąży, czy mówić o tym przed oceną roczną?", Category.HEALTH),
        ("moja dziewczyna jest w ciąży, chcę mniej nocek od kwietnia", Category.FAMILY),
        # money trouble and childcare
        ("can't afford the nursery fees since my hours dropped", Category.MONEY),
        ("can't afford the CIPD course fees on my salary", Category.MONEY),
        # an outside offer
        (
            "Asda offered me a duty manager post, do I mention it to the regional?",
            Category.JOB_HUNT,
        ),
        ("a competitor has offered me more money, should the sponsor know?", Category.JOB_HUNT),
    ],
)
def test_a_personal_point_in_any_words_shows_a_flag(text: str, category: Category) -> None:
    flags = shown(text)
    assert flags, text
    assert category in {f.category for f in scan(text)}, [f.category for f in scan(text)]


@pytest.mark.xfail(strict=True, reason="known miss: illness said without a word for it")
def test_an_illness_said_only_as_unwell_in_italian_is_still_missed() -> None:
    assert shown("la nonna sta molto male, forse devo partire per la Sicilia")


def test_a_point_split_between_personal_kinds_shows_hedged_only_with_a_word_for_one() -> None:
    """The model may be sure a point is personal, unsure which kind: it shows as "might", and
    only when the point has a word of its own for the category it names. Checked on what the
    user reads: a hedged flag says "may share … if so", a sure one says "shares"."""
    split = "things with my ex are messy and the bills are piling up"
    [read] = flag_lines(shown(split))
    assert "may share your own finances" in read and "if so," in read, read
    sure = "my daughter's dad has stopped paying again so I'm doing doubles, coursework slipping"
    [read] = flag_lines(shown(sure)[:1])
    assert "shares family detail" in read and "may share" not in read and "if so" not in read
    for work in ("could I lead the stock count in March?", "CPC courses filling up, any news?"):
        assert not shown(work), work


# --- 2. False flags --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "put the headteacher's thank-you letter in the parents' newsletter",
        "the CEO's thank-you note to the warehouse team - pin it in the canteen",
        "Ola is off on maternity leave from Feb, who's covering the help desk?",
    ],
)
def test_work_news_is_not_flagged(text: str) -> None:
    assert not shown(text), [(f.category, f.probability) for f in scan(text)]


# --- 3. Rewrites keep what the matter is and whose it is ------------------------------------


def _rewrite(text: str, role: str) -> str | None:
    [first, *_] = scan(text)
    return for_role(first.category.value, first.reframe, role)


@pytest.mark.parametrize(
    "text",
    [
        "the new forklift driver was drinking on shift again, do I tell anyone?",
        "pretty sure she came in stoned on the early shift, what do I do",
    ],
)
def test_a_colleagues_drinking_at_work_is_a_safety_matter_for_the_right_person(text) -> None:
    for role in ("sponsor", "mentor", "skip"):
        said = _rewrite(text, role)
        assert said == CONDUCT_CONCERN, (role, said)
    assert _rewrite(text, "manager") == CONDUCT_TO_MANAGER
    for role in ("sponsor", "manager"):
        said = _rewrite(text, role) or ""
        assert "get-together" not in said and "drink" not in said.casefold()


def test_the_users_own_night_out_keeps_its_own_rewrite() -> None:
    said = reframe_for("substances", (), "came in hungover after my sister's hen do, sorry")
    assert said not in (CONDUCT_CONCERN, CONDUCT_TO_MANAGER)


@pytest.mark.parametrize("role", ["mentor", "manager", "sponsor"])
def test_money_for_training_asks_what_support_exists_not_for_a_pay_talk(role: str) -> None:
    for text in (
        "can't afford the CIPD course fees on my salary",
        "honestly the exam fees for my AAT level 3 are more than I can find",
    ):
        said = reframe_for("money", (), text)
        assert for_role("money", said, role) == TRAINING_COST, text
        assert "pay" not in TRAINING_COST.split("—")[1]


def test_childcare_costs_ask_about_support_and_extra_shifts_keep_the_time_squeeze() -> None:
    childcare = reframe_for("money", (), "can't afford the nursery fees since my hours dropped")
    assert childcare and "Childcare" in childcare and "pay" not in childcare
    text = "my ex stopped the maintenance so I'm picking up extra shifts, revision is suffering"
    squeeze = for_role("family", reframe_for("family", (), text), "mentor")
    assert squeeze and "extra hours" in squeeze and "squeezing my time" in squeeze
    assert "outside this" not in squeeze  # extra shifts: more of this job, not another one
    assert "ex" not in squeeze.split() and "maintenance" not in squeeze
    assert reframe_for("family", (), text) == EXTRA_HOURS_SQUEEZE


def test_an_outside_offer_to_someone_senior_becomes_a_growth_conversation() -> None:
    text = "Asda offered me a duty manager post, do I mention it to the regional?"
    for role in ("skip", "sponsor", "manager"):
        said = _rewrite(text, role) or ""
        assert "growing here" in said and "offer" not in said and "Asda" not in said


def test_a_worry_about_capacity_keeps_the_decision_it_bears_on() -> None:
    """A health worry beside a step up ("not sure I can take on more") is what a mentor helps
    weigh: the rewrite keeps the capacity question, not a generic "stretches like this"."""
    for text in (
        "been on antidepressants since spring, not sure about stepping up to deputy",
        "my anxiety is back and I don't know if I can take on another class",
    ):
        [first, *_] = scan(text)
        mentor = for_role(first.category.value, first.reframe, "mentor") or ""
        assert "capacity for more" in mentor and "next step" in mentor, (text, mentor)
        manager = for_role(first.category.value, first.reframe, "manager") or ""
        assert "pace I can sustain" in manager, (text, manager)
