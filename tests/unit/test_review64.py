"""Round 64 of blind rating (bench/reviews/round64_blind_r1.md, _r2.md): the first round to
rate lines drafted in the user's language. What it found that this round fixes: titles and
forms of address read as first names — "Eng, here's what I promised" for "Eng.ª Fernanda",
"Send Mas your follow-up" for "Mas Rizky", a bare "Серик" for "Серик Болатович", "Hakan" for
"Hakan abi". And what a fresh-eyes review of the drafted lines found: notes in one language
about someone who answers in another, formal peers spoken to as "du", and names a Polish or
Japanese line must say otherwise.

Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from tests.unit.test_phrasebook import SPANISH
from tests.unit.test_review20 import A, F, card, logged

N = EntryKind.NOTE


@pytest.mark.parametrize(
    "name",
    ["Eng.ª Fernanda", "Mas Rizky", "Mbak Sari", "Серик Болатович", "Hakan abi", "Anna Sergeevna"],
)
def test_a_form_of_address_is_kept_whole_in_the_lines_to_say(name: str) -> None:
    shown = card(
        logged(1, A, "asked about the Leica course budget for next year", 40),
        logged(2, F, "send the survey memo", 3),
        name=name,
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert f"*{name}, " in asks, asks


@pytest.mark.parametrize(("name", "said"), [("Eng Hock Lim", "Eng"), ("Ivan Petrov", "Ivan")])
def test_a_given_name_that_looks_like_a_title_is_still_a_given_name(name: str, said: str) -> None:
    shown = card(logged(1, A, "asked about the Leica course budget for next year", 40), name=name)
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert f"*{said}, " in asks, asks


# --- a fresh-eyes review of the lines drafted in the user's language ----------------------

POLISH_NOTES = [
    "standup znowu trwał 40 minut, nikt nie pilnuje czasu",
    "wysłać raport z testów do piątku, obiecałem",
    "zespół od płac ma zaległości, trzeba to podnieść",
]


def test_a_short_quoted_reply_never_switches_the_language_of_the_notes() -> None:
    """A second fresh-eyes review: one quoted reply decided the language, and three words are
    read as Italian or Norwegian as often as as what they are ("no idea yet" in Polish notes
    gave Italian lines). The notes decide; `/oneonone language` is the way out."""
    shown = card(
        logged(1, A, "zapytałam Ewę o szkolenie z Excela → 'no idea yet'", 40),
        *(logged(i, N, t, 10 - i) for i, t in enumerate(POLISH_NOTES, 2)),
        name="Ewa",
    )
    assert "rafted in Polish" in shown, shown


def test_notes_in_cyrillic_are_read_as_russian() -> None:
    """A second fresh-eyes review: notes all in Russian were never read as another language."""
    russian = [
        "просила у С.Б. обучение по лазерному сканеру Leica в Алматы, ответа нет",
        "замер проходки за октябрь готов, расхождение с актом",
        "Е.М. со мной не здоровается, убрал из графика на монтаж",
        "сдала промбез в аттестационной комиссии, удостоверение на руках",
    ]
    shown = card(
        logged(1, A, russian[0], 40),
        *(logged(i, N, t, 10 - i) for i, t in enumerate(russian[1:], 2)),
        name="Серик Болатович",
    )
    assert "drafted in Russian" in shown, shown


def test_a_peer_addressed_with_a_word_of_respect_keeps_the_polite_register() -> None:
    lines = ["le pedí a Carmen el curso de Excel avanzado, dijo que lo mira", *SPANISH]
    entries = [logged(1, A, lines[0], 40)]
    entries += [logged(i, N, text, 10 - i) for i, text in enumerate(lines[1:], 2)]
    formal = card(*entries, role=Role.PEER, name="doña Carmen")
    assert "que le pedí" in formal and "que te pedí" not in formal, formal
    plain = card(*entries, role=Role.PEER, name="Carmen")
    assert "que te pedí" in plain, plain


@pytest.mark.parametrize(
    ("name", "opening", "lines"),
    [
        ("Pani Ewa", "*Pani Ewo, ", POLISH_NOTES),
        ("Pan Zbyszek", "*Panie Zbyszku, ", POLISH_NOTES),
        (
            "Kenji",
            "*Kenjiさん、",
            [
                "障害対応の振り返り資料、まだ半分しかできていない",
                "オンコールの負担が大きい、チーム全体の話",
                "新人の研修計画を来週までに出す",
            ],
        ),
    ],
)
def test_a_line_in_polish_or_japanese_opens_on_the_name_as_that_language_addresses(
    name: str, opening: str, lines: list[str]
) -> None:
    shown = card(
        logged(1, A, lines[0], 40),
        *(logged(i, N, t, 10 - i) for i, t in enumerate(lines[1:], 2)),
        logged(9, F, lines[-1], 2),
        name=name,
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert opening in asks, asks


@pytest.mark.parametrize(
    ("name", "lines", "opening"),
    [
        (
            "Hùng",
            [
                "em hỏi anh Hùng về khóa học AWS, anh bảo để xem ngân sách",
                "dự án kho mới chậm 2 tuần, team đang thiếu người",
                "gửi anh Hùng báo cáo tồn kho trước thứ 6",
            ],
            "*Anh Hùng ơi",
        ),
        (
            "Kemal",
            [
                "Kemal Bey'e altı sigma eğitimini sordum, bakarız dedi",
                "depoda yine kaos, iki kişi hasta, vardiya eksik",
                "Kemal Bey'e envanter raporunu cumaya kadar göndermem lazım",
            ],
            "*Kemal Bey, ",
        ),
    ],
)
def test_a_line_in_their_language_opens_on_the_name_as_the_notes_address_them(
    name: str, lines: list[str], opening: str
) -> None:
    shown = card(
        logged(1, A, lines[0], 40),
        logged(2, N, lines[1], 8),
        logged(3, F, lines[2], 2),
        name=name,
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert opening in asks, asks


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("demandé la formation Excel à Julie → « on verra en janvier »", "on verra en janvier"),
        (
            "попросила отремонтировать тахеометр → «напиши служебку через Ержана»",
            "напиши служебку через Ержана",
        ),
        (
            "nach der Weiterbildung gefragt → „machen wir nach Weihnachten“",
            "machen wir nach Weihnachten",
        ),
    ],
)
def test_an_answer_in_guillemets_is_shown_without_them(line: str, answer: str) -> None:
    """Round 64 showed “«напиши служебку через Ержана” with the user's own quote mark in it."""
    shown = card(logged(1, A, line, 30), name="Julie")
    assert f"“{answer}”" in shown, shown


@pytest.mark.parametrize(
    "line",
    [
        "просила у С.Б. обучение по лазерному сканеру Leica в Алматы → «в этом году денег нет»",
        "hỏi lại chị Mai vụ khóa học – trưởng khoa ok nhưng viện chỉ trả 50% học phí",
        "am cerut sa ma trimita la cursul de auditor HACCP de la Bucuresti (feb)",
        "minta izin ikut pelatihan USG dasar di RSUD Sleman 3 hari",
    ],
)
def test_a_course_asked_for_in_more_languages_is_named_as_the_training(line: str) -> None:
    """Round 64: "any news on what I asked you about last month?" for a Leica course."""
    shown = card(logged(1, A, line, 40), name="Stig")
    assert "the training I asked you about" in shown, shown


def test_a_peer_the_notes_address_formally_keeps_the_polite_register() -> None:
    """Slack says "Ewa", the notes "Pani Ewa": the line opens "Pani Ewo" and says no "ty"."""
    shown = card(
        logged(1, A, "zapytałam Pani Ewa o szkolenie z Excela, nie odpowiedziała", 40),
        logged(2, N, "Pani Ewa prosi o listę kontrolną przekazania do piątku", 5),
        *(logged(i, N, t, 10 - i) for i, t in enumerate(POLISH_NOTES, 3)),
        name="Ewa",
        role=Role.PEER,
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert "*Pani Ewo, " in asks and " ci " not in asks and "twoj" not in asks, asks


def test_a_manager_is_never_opened_on_a_juniors_form_of_the_same_name() -> None:
    lines = [
        "em hỏi chị Lan về khóa học AWS, chị bảo để xem ngân sách",
        "em Lan thực tập sinh làm sai báo cáo tồn kho, phải sửa lại",
        "em Lan xin nghỉ thứ 6, em Lan ốm",
        "gửi chị Lan báo cáo tồn kho trước thứ 6",
    ]
    shown = card(
        logged(1, A, lines[0], 40),
        *(logged(i, N, t, 10 - i) for i, t in enumerate(lines[1:3], 2)),
        logged(4, F, lines[3], 2),
        name="Lan",
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert "Em Lan" not in asks, asks


def test_an_answer_naming_a_title_in_guillemets_keeps_the_rest() -> None:
    shown = card(logged(1, A, "demandé la formation → «Excel avancé» refusée", 30), name="Julie")
    assert "“Excel avancé”" not in shown, shown
