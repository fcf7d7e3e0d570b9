"""The drafted asks in the language the user writes their notes in (`coaching/phrasebook/`).

Every blind review from round 37 to 63 marked the lines a non-English user is to say aloud down
for being in English. The card now drafts them in the user's language wherever a translator's
phrasebook holds the line and can say its slots, and says which lines it could not.

Inputs are invented; assertions are on the card as the user reads it, and on the phrasebook
files as the bot loads them."""

from __future__ import annotations

import tomllib
from datetime import time, timedelta
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coaching.balance import ASK_FIRST
from coaching.commands import Language, parse_command
from coaching.model import Cadence, CadenceKind, EntryKind, Person, Role, SeriesSpec
from coaching.phrasebook import PhrasebookError, _check, catalogue_lines, peer_lines, phrasebooks
from tests.unit.test_review20 import NOW, A, F, card, logged

N, W, AG = EntryKind.NOTE, EntryKind.WIN, EntryKind.AGENDA
LINES = catalogue_lines()


def _raw(code: str) -> dict:
    path = resources.files("coaching").joinpath("phrasebook", f"{code}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_every_phrasebook_holds_every_line_the_catalogue_can_translate() -> None:
    books = phrasebooks()
    assert {"de", "es", "fr", "ja", "pl", "pt"} <= set(books)
    for code, book in books.items():
        assert set(book.phrases) == LINES, code
        assert all(text.strip() and text != english for english, text in book.phrases.items())


SPANISH = [
    "le pedí a Carmen el curso de Excel avanzado, dijo que lo mira",
    "entregué el inventario de octubre sin diferencias",
    "Carmen quiere bajar las mermas antes de fin de año",
    "el turno de noche sigue sin cubrir los sábados",
]


def test_a_user_who_writes_in_spanish_is_given_the_lines_in_spanish() -> None:
    shown = card(
        logged(1, A, SPANISH[0], 40),
        *(logged(i, N, line, 10 - i) for i, line in enumerate(SPANISH[1:], 2)),
    )
    assert "la formación que le pedí el mes pasado" in shown, shown
    assert "I asked you about" not in shown, shown
    assert "These lines are drafted in Spanish, like your notes" in shown, shown
    assert "drafted in English" not in shown, shown


def test_a_deadline_in_a_chase_is_said_as_the_language_says_a_date() -> None:
    shown = card(
        logged(1, A, "le pedí a Carmen el curso de Excel, necesito saber antes del 4 dic", 40),
        *(logged(i, N, line, 10 - i) for i, line in enumerate(SPANISH[1:], 2)),
    )
    assert "para el 4 de diciembre" in shown, shown
    assert "4 Dec" not in shown.split("*Suggested asks*")[1].split("_")[0], shown


def test_a_line_holding_the_users_own_words_stays_in_english_and_the_card_says_so() -> None:
    """A win is named in the user's words, which no phrasebook holds: that line stays English
    and the note says the rest are in Spanish."""
    shown = card(
        logged(1, A, SPANISH[0], 40),
        logged(2, W, "bajamos las mermas de 4% a 2.5% en noviembre", 3),
        *(logged(i, N, line, 10 - i) for i, line in enumerate(SPANISH[1:], 3)),
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    if "Drafted in Spanish where the card could" in asks:
        assert "la formación que le pedí" in asks, asks
    else:  # every line the card chose was one a phrasebook holds
        assert "These lines are drafted in Spanish" in asks, asks


def test_a_user_who_writes_in_japanese_is_given_polite_japanese() -> None:
    shown = card(
        logged(1, A, "小林さんに英語研修の予算をお願いした、来月返事くれるって", 40),
        logged(2, N, "障害対応の振り返り資料、まだ半分しかできていない", 10),
        logged(3, AG, "オンコールの負担について相談したい、チーム全体の話として", 2),
        name="小林さん",
    )
    assert "小林さん、先月ご相談した研修の件" in shown, shown
    assert "drafted in Japanese" in shown, shown


def test_a_language_no_phrasebook_holds_keeps_the_english_lines_and_says_so() -> None:
    catalan = [
        "he demanat a la Carmen si puc fer el curs de gestió de projectes, s'ho mirarà",
        "la planificació de desembre encara no està tancada",
        "la Carmen vol reduir els temps d'espera abans de final d'any",
        "al torn de nit encara hi falten dues persones els dissabtes",
    ]
    shown = card(*(logged(i, N if i > 1 else A, t, 40 - i) for i, t in enumerate(catalan, 1)))
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert "I asked you about" in asks, asks  # English, as before: no Catalan phrasebook
    assert "Another language with them?" not in shown, shown  # nothing else to offer


def test_an_english_user_with_a_few_foreign_words_keeps_english_and_no_note() -> None:
    english = [
        "asked Carmen about the Excel course, she said she'd look at the budget",
        "sent the October inventory, zero discrepancies, muy bien",
        "Carmen wants shrinkage down before year end",
        "night shift still short on Saturdays — need a plan",
    ]
    shown = card(*(logged(i, N if i > 1 else A, t, 40 - i) for i, t in enumerate(english, 1)))
    assert "drafted in" not in shown and "Drafted in" not in shown, shown
    assert "I asked you about" in shown or "Excel course" in shown, shown


def test_a_promise_due_tomorrow_is_said_with_the_languages_own_word() -> None:
    shown = card(
        logged(1, F, "mandarle a Carmen el informe de mermas para el viernes 27", 3),
        *(logged(i, N, line, 10 - i) for i, line in enumerate(SPANISH, 2)),
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert "drafted in Spanish" in asks, asks
    assert "Fri 27 Nov" not in asks.split("_")[0], asks


def test_a_phrasebook_missing_a_line_is_refused_naming_the_file_and_line() -> None:
    data = _raw("es")
    line = sorted(data["phrases"])[0]
    del data["phrases"][line]
    with pytest.raises(PhrasebookError, match=r"coaching/phrasebook/es\.toml: \[phrases\] has no"):
        _check("es", data, LINES)


def test_a_phrasebook_line_with_another_placeholder_is_refused() -> None:
    data = _raw("de")
    line = next(k for k in data["phrases"] if "{asked}" in k)
    data["phrases"][line] = data["phrases"][line].replace("{asked}", "{item}")
    with pytest.raises(PhrasebookError, match="placeholders"):
        _check("de", data, LINES)


def test_a_phrasebook_whose_asked_phrase_lost_its_when_is_refused() -> None:
    data = _raw("ja")
    data["asked"]["the training"] = "研修の件"
    with pytest.raises(PhrasebookError, match=r"\[asked\] 'the training'"):
        _check("ja", data, LINES)


@given(
    line=st.sampled_from(sorted(LINES)),
    code=st.sampled_from(sorted(phrasebooks())),
    fill=st.dictionaries(
        st.sampled_from(["name", "asked", "by", "day", "date", "cadence"]),
        st.one_of(
            st.text(st.characters(blacklist_characters="{}"), max_size=40),
            st.sampled_from(
                ["the training I asked you about in March", "Tue 15 Dec", "29 Feb", "31 Nov"]
            ),
        ),
    ),
)
def test_any_fill_is_said_or_left_in_english_never_a_crash(
    line: str, code: str, fill: dict[str, str]
) -> None:
    said = phrasebooks()[code].say(line, fill, (NOW + timedelta(days=1)).date())
    assert said is None or "{" not in said  # every slot said, or the line stays English


def test_a_peer_is_spoken_to_as_colleagues_at_one_level_speak() -> None:
    """Round 64: "Hakan abi" was asked with the polite "siz"; a peer gets "tú", not "usted"."""
    lines = [
        "le pedí a Carmen el curso de Excel avanzado, dijo que lo mira",
        *SPANISH[1:],
    ]
    shown = card(
        *(
            logged(i, A if i == 1 else N, t, 40 if i == 1 else 10 - i)
            for i, t in enumerate(lines, 1)
        ),
        role=Role.PEER,
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert "la formación que te pedí el mes pasado" in asks, asks
    assert "le pedí" not in asks.split("_")[0], asks


def test_a_phrasebook_whose_peer_lines_miss_one_is_refused() -> None:
    data = _raw("es")
    line = sorted(data["peer"]["phrases"])[0]
    del data["peer"]["phrases"][line]
    with pytest.raises(PhrasebookError, match=r"\[peer\.phrases\] has no line"):
        _check("es", data, LINES, peer_lines())


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("espanol", "es"),
        ("TÜRKÇE", "tr"),
        ("turkce", "tr"),
        ("pt-BR", "pt"),
        ("tieng viet", "vi"),
        ("auto", None),
    ],
)
def test_a_language_is_named_with_or_without_its_accents(said: str, code: str | None) -> None:
    command = parse_command(f"language <@U7> {said}", today=NOW.date())
    assert command == Language(Person(user_id="U7"), code)


PORTUGUESE = [
    "pedi à Fernanda a formação em gestão de projetos, disse que vê no orçamento",
    "a equipa do turno da noite está esgotada, faltam duas pessoas",
    "mandar à Fernanda o relatório de não conformidades até sexta",
]


@pytest.mark.parametrize(
    ("zone", "portugal"), [("Europe/Lisbon", True), ("America/Sao_Paulo", False)]
)
def test_portuguese_lines_follow_the_country_of_the_users_time_zone(
    zone: str, portugal: bool
) -> None:
    """A fresh-eyes review: Brazilian "você" to "Eng.ª Fernanda" in Porto is rude."""
    series = (SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=1), time(10, 0), tz=zone),)
    entries = [logged(1, A, PORTUGUESE[0], 40)]
    entries += [logged(i, N, text, 10 - i) for i, text in enumerate(PORTUGUESE[1:], 2)]
    shown = card(*entries, name="Eng.ª Fernanda", series=series)
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert "rafted in Portuguese" in asks, asks
    assert ("in Portuguese (Portugal)" in asks) is portugal, asks


def test_the_balance_line_to_say_is_in_the_language_of_the_lines() -> None:
    """The shell, as a new user: a Spanish card asked “What's taking most of your time at the
    moment — is there a piece I could take on?” in English under its Spanish asks."""
    shown = card(
        logged(1, A, SPANISH[0], 40),
        *(logged(i, N, line, 10 - i) for i, line in enumerate(SPANISH[1:], 2)),
    )
    balance = shown.split("*Balance*")[1]
    assert "What's taking most of your time" not in balance, balance
    assert f"“{phrasebooks()['es'].said[ASK_FIRST]}”" in balance, balance


def test_a_phrasebook_line_the_card_never_says_is_refused() -> None:
    data = _raw("es")
    data["said"] = {**data.get("said", {}), "Hello there": "Hola"}
    with pytest.raises(PhrasebookError, match=r"\[said\] 'Hello there'"):
        _check("es", data, LINES)
