"""Round 30 of blind rating (bench/reviews/round31_blind_r1.md, _r2.md): a counterpart named
with a word of respect ("chị Hạnh") was addressed as "chị"; Korean and Japanese notes were
pasted into asks; a follow-up to someone named in Vietnamese or Swedish ("gửi anh Phong",
"maila Fatima") was handed to the counterpart. Inputs are invented."""

from __future__ import annotations

import pytest

from coaching.due import owed_to_them
from coaching.items import topic_of
from coaching.model import first_name


@pytest.mark.parametrize(
    ("label", "said"),
    [("chị Hạnh", "chị Hạnh"), ("Auntie Efua Mensah", "Auntie Efua"), ("Helen Marsh", "Helen")],
)
def test_a_word_of_respect_stays_with_the_name_it_goes_with(label: str, said: str) -> None:
    assert first_name(label) == said


@pytest.mark.parametrize(
    "line",
    ["재도장할 때 QC한테 말 없이 하지 말아달라고 함", "大塚さんに 清酒学校の推薦状 お願いした"],
)
def test_a_note_in_another_script_is_never_a_topic_to_paste(line: str) -> None:
    assert topic_of(line, counterpart="Jung Min-ho") is None


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("gửi anh Phong (purchasing) list đại lý bị blacklist", "chị Hạnh"),
        ("maila Fatima (modersmål) schemat för dec", "Annika Berg"),
    ],
)
def test_a_follow_up_to_someone_named_in_other_languages_is_theirs(line: str, who: str) -> None:
    assert not owed_to_them(line, who)
    assert owed_to_them("gửi chị Hạnh báo cáo tuần", "chị Hạnh")


from coaching.model import EntryKind  # noqa: E402
from coaching.oversharing import scan  # noqa: E402
from tests.unit.test_review20 import AG, card, logged  # noqa: E402

N = EntryKind.NOTE


@pytest.mark.parametrize(
    "note",
    [
        "near miss on the dock, forklift reversing w no banksman. reported it verbally only",
        "QA manager wants us to release the lot anyway even tho the test came back positive",
        "asked me to change the humidity logs before the audit. not doing that",
    ],
)
def test_a_safety_or_integrity_worry_in_a_note_is_brought_back_once(note: str) -> None:
    shown = card(logged(1, N, note, 5), scanner=scan)
    assert shown.count("sounds like a safety or integrity matter") == 1, shown


def test_a_worry_already_on_a_point_is_not_said_again() -> None:
    shown = card(
        logged(1, N, "near miss on the dock, forklift reversing w no banksman", 5),
        logged(2, AG, "raise the forklift near miss on the dock?", 1),
        scanner=scan,
    )
    assert "sounds like a safety or integrity matter" not in shown, shown


def test_a_remark_that_is_not_ok_gets_the_conduct_note() -> None:
    shown = card(logged(1, N, "GM made another sexist comment in the huddle, everyone laughed", 4))
    assert "isn't yours to absorb" in shown, shown


def test_a_private_breakdown_at_home_is_not_work_to_raise() -> None:
    shown = card(
        logged(1, N, "boiler at the flat broke, landlord useless, bit of a week", 4), scanner=scan
    )
    assert "sounds like a safety or integrity matter" not in shown, shown


def test_briefing_someone_is_for_them_not_the_counterpart() -> None:
    assert not owed_to_them("brief Musa + night shift on the new count sheets b4 mon", "Dr. Okwir")
    assert owed_to_them("brief Dr Okwir on the count sheets", "Dr. Okwir")
