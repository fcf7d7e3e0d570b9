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
