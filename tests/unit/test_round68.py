"""Live electrical work and a shock (round 67's blind cards): "Brett had me in a live board …
no test b4 touch" and "got a tingle off the neutral" got nothing, and the point that named both
("live board + tingle") was told "none of your points raises it". Now the work and the shock
read as safety matters, a point carries every worrying note it names (quoting those of another
matter), and a shock brings the medical check. The lines are this test's own."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from coaching.prep import COLLEAGUE_INJURED_NOTE, SHOCK_CHECK_NOTE
from tests.unit.test_review20 import card, logged

N, AG = EntryKind.NOTE, EntryKind.AGENDA
NONE_RAISES = "none of your points raises it"


def _said(note: str) -> str:
    return " ".join(note.split())


def test_a_point_naming_the_live_work_and_the_shock_carries_both_and_the_medical_check():
    shown = card(
        logged(1, N, "Kane had me in a live board again to save time. no test b4 touch", 12),
        logged(2, N, "got a tingle off the neutral at the Baldivis job. shaky", 9),
        logged(3, AG, "tell mentor about live board + tingle. who do i report it to?", 0.5),
        role=Role.MENTOR,
    )
    assert "This comes back to your note of" in shown
    assert "It also comes back to your note of" in shown and "tingle off the neutral" in shown
    assert _said(SHOCK_CHECK_NOTE) in shown
    assert NONE_RAISES not in shown


@pytest.mark.parametrize(
    "note",
    [
        "levei um choque no quadro do 3º piso, ninguém cortou o circuito",  # Portuguese
        "Stromschlag am Verteiler, keiner hatte freigeschaltet",  # German
        "got a belt off the neutral bar on the Ellerslie job",
    ],
)
def test_a_shock_alone_in_a_note_is_raised_when_no_point_names_it(note):
    shown = card(logged(1, N, note, 4), logged(2, AG, "pay review date?", 0.5))
    assert NONE_RAISES in shown


@pytest.mark.parametrize(
    "note",
    [
        "got a shock from the news about the merger",
        "I'm on the live panel for the careers fair, nervous",
        "in the live board meeting the CFO said no to hiring",
        # look-alikes a fresh-eyes review wrote (bench/reviews/fresh_eyes68_shock_injury.md)
        "got a shock from the board about the budget cut",
        "i'm in the live panel thurs, nervous",
        "typo in the live board pack, fixed it",
        "deployed without testing before touching prod, oops",
        "levei um choque quando vi o salário deste mês",
        "die Absage kam wie ein Stromschlag",
        "nakuryente ako sa tsismis ni Jun",
    ],
)
def test_shocks_and_live_panels_of_other_kinds_are_no_safety_matter(note):
    shown = card(logged(1, N, note, 4), logged(2, AG, "pay review date?", 0.5))
    assert NONE_RAISES not in shown
    assert _said(SHOCK_CHECK_NOTE) not in shown


def test_a_flagged_point_that_says_the_safety_matter_still_covers_its_note():
    shown = card(
        logged(1, N, "Deano told me swap the board live, got a belt off the neutral bar", 20),
        logged(2, AG, "the live work thing w deano. how do i say it without dropping him in it", 1),
        scanner=scan,  # the real scan, which may read the point as favouritism
    )
    assert NONE_RAISES not in shown


def test_a_point_on_how_to_speak_of_a_colleague_hurt_at_work_says_report_it_together():
    shown = card(
        logged(1, N, "Lina hurt her back lifting the new pallets Tue. begged me not to say", 3),
        logged(2, AG, "rehire list: how do I mention Lina without hurting her chances?", 0.5),
    )
    assert _said(COLLEAGUE_INJURED_NOTE) in shown


def test_a_shock_on_the_warning_path_brings_the_medical_check_too():
    shown = card(
        logged(1, N, "got a tingle off the neutral at the Baldivis job. shaky", 9),
        logged(2, AG, "pay review date?", 0.5),
    )
    assert NONE_RAISES in shown and _said(SHOCK_CHECK_NOTE) in shown


@pytest.mark.parametrize(
    ("note", "point"),
    [
        # hurt away from work, a relative's hurt, hurt feelings (the fresh-eyes review's)
        (
            "Sam's mum hurt her hip moving house. Sam begged me not to say",
            "how do I mention Sam's leave?",
        ),
        ("Lina is hurt that she wasn't picked. asked me not to say", "how do I mention Lina?"),
        # named, but not hurt
        ("Lina asked me not to say she's job hunting", "how do I mention Lina?"),
        # hurt, but at home, and the point names someone else
        ("hurt my back moving pallets Tue", "how do I mention Lina's promotion?"),
        # the point raises nothing about how to say it
        ("Lina hurt her back lifting the new pallets Tue", "Lina back Mon"),
    ],
)
def test_no_report_it_note_without_a_colleague_hurt_at_work_and_a_point_weighing_it(note, point):
    shown = card(logged(1, N, note, 3), logged(2, AG, point, 0.5))
    assert _said(COLLEAGUE_INJURED_NOTE) not in shown


def test_a_live_work_point_worried_for_a_colleague_is_a_safety_point_not_favouritism():
    point = "the live work thing w deano. how do i say it without getting him in trouble??"
    shown = card(logged(1, AG, point, 1), role=Role.MENTOR, scanner=scan)  # the real scan
    assert "favouritism" not in shown
    assert "A safety point" in shown
