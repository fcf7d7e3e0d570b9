"""Round 11 (issue 11): causes behind the round-9 blind review of unseen personas, pinned on
inputs invented here (other trades, languages, phrasings, typos), never on the persona files.

1. no slot takes text in another language or a note's shorthand (`coaching.slot_text`);
3. a priority logged about them ("his rota") is said to them as "your rota";
4. the quoted ask is what the user says: no advice to the user inside it, in any catalogue entry.
"""

from __future__ import annotations

import re

import pytest

from coaching.ask_signals import AskCategory
from coaching.catalogue import catalogue
from coaching.model import Entry, EntryKind, Role, spoken_of
from coaching.slot_text import is_foreign, is_shorthand, speakable, to_you
from tests.said import outside_quotes
from tests.unit.test_asks_round10 import OPEN, entry
from tests.unit.test_asks_round10 import card as _card


def card(*logged: Entry, name: str, role: Role, goal: str | None = None) -> list:
    return _card(*logged, name=name, role=role, goal=goal)


# --- 1: language and shorthand -------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "que la cocina tenga más personal los sábados",  # Spanish
        "le nouveau planning pour les week-ends",  # French
        "mae angen i ni drefnu'r cyfarfod yn gynt",  # Welsh
        "die neue Schicht mit dem Lager",  # German
        "o relatório com os números",  # Portuguese
        "mudar o turno da noite",  # Portuguese, accents only beside a function word
    ],
)
def test_text_in_another_language_is_foreign(phrase: str) -> None:
    assert is_foreign(phrase) and not speakable(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "the delivery rota for December",
        "a café opening in the spring",  # an accent in an English phrase
        "the de Vries account",  # a weak word alone
        "the Level 3 diploma",
        "the ward's falls audit",
    ],
)
def test_english_phrases_stay_speakable(phrase: str) -> None:
    assert speakable(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "sorting the van w Tony",
        "the kiln temps 900 -> 1100",
        "stock check & reorder",
        "quotes + invoices for Q1",
        "the CSCS certs for the lads",
        "cover for the 2 wks at xmas pls",
    ],
)
def test_note_shorthand_is_refused(phrase: str) -> None:
    assert is_shorthand(phrase) and not speakable(phrase)


@pytest.mark.parametrize(
    ("text", "topic_word"),
    [
        ("Nico: que el bar abra los domingos con tapas", "domingos"),
        ("Siôn: mae angen trefnu'r rota gyda'r tîm", "trefnu"),
        ("Kate: van servicing & MOT w the new garage", "garage"),
    ],
)
def test_a_foreign_or_shorthand_priority_is_named_by_its_date(text: str, topic_word: str) -> None:
    name = text.split(":")[0]
    asks = card(
        entry(1, EntryKind.PRIORITY, text, 5, OPEN),
        entry(2, EntryKind.ASK, "asked for the forklift ticket", 40),
        entry(3, EntryKind.ASK, "asked for weekend cover", 30),
        entry(4, EntryKind.ASK, "asked about the first aid course", 20),
        name=name,
        role=Role.PEER,
    )
    give = next(a for a in asks if a.category is AskCategory.OFFER_HELP)
    assert topic_word not in give.wording
    # never "the priority you raised on 21 Nov" to them (round 12), and never "what you said
    # matters most" either (round 13): a priority the card cannot name is not the give
    assert not re.search(r"\d{1,2} (?:Nov|Oct)", give.wording), give.wording
    assert "priority" not in give.reason and "matters most" not in give.wording


@pytest.mark.parametrize(
    "promise",
    [
        "send Jo la carta de vinos para el viernes",
        "send Jo the till counts w the float",
        "send Jo the float change 50 -> 80 quid",
    ],
)
def test_a_promise_that_cannot_be_said_is_named_by_its_date(promise: str) -> None:
    asks = card(entry(1, EntryKind.FOLLOWUP, promise, 6, OPEN), name="Jo Kerr", role=Role.MANAGER)
    owed = asks[0]
    assert owed.category is AskCategory.OFFER_HELP
    # said as "what I promised", never "what I promised on 20 Nov" (round 12); the date is in
    # the reason, with the user's own words quoted so they know which promise (round 20)
    assert "what I promised" in owed.wording and "20 Nov" not in owed.wording, owed.wording
    assert "20 Nov" in owed.reason and f"“{promise[:12]}" in owed.reason, owed.reason
    for word in ("carta", " w ", "->", "float"):
        assert word not in owed.wording and word not in outside_quotes(owed.reason)


# --- 3: their pronouns said to them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("logged", "said"),
    [
        ("his overtime budget", "your overtime budget"),
        ("Her clinic waiting list", "your clinic waiting list"),
        ("their stock audit and his rota", "your stock audit and your rota"),
    ],
)
def test_possessives_about_them_become_yours(logged: str, said: str) -> None:
    assert to_you(logged).lower() == said.lower()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Omar Said", "Omar: his overtime budget for the bakery"),
        ("Bea Lowe", "Bea: her clinic waiting list"),
        ("Sam Roy", "Sam: their stock audit in January"),
    ],
)
def test_a_priority_about_them_is_said_as_yours(name: str, text: str) -> None:
    asks = card(
        entry(1, EntryKind.PRIORITY, text, 5, OPEN),
        entry(2, EntryKind.ASK, "asked for a day on the tills", 40),
        entry(3, EntryKind.ASK, "asked for the early shifts", 30),
        name=name,
        role=Role.PEER,
    )
    worded = " ".join(a.wording for a in asks).lower()
    assert not re.search(r"\b(?:his|her|their)\b", worded), worded
    assert re.search(r"\b(?:your|the) (?:overtime|clinic|stock)\b", worded), worded


# --- 4: no advice inside the quoted ask ------------------------------------------------------

#: Words that speak to the user, not to the counterpart: where to find something on the card,
#: how to say it, what to do before the meeting.
_ADVICE = re.compile(
    r"(?i)carried forward|in your own words|\bname it\b|\blog (?:it|a|this)\b|`|"
    r"tell my manager first|before the 1:1|\bthen ask\b|talking point"
)


def _phrasings() -> list[tuple[str, str]]:
    out = []
    for purpose, p in catalogue().items():
        for role, table in p.tables.items():
            for key, value in table.items():
                if key.startswith("why") or not isinstance(value, list):
                    continue
                out.extend((f"{purpose}.{role}.{key}", line) for line in value)
    return out


def test_the_catalogue_has_phrasings_to_check() -> None:
    assert len(_phrasings()) > 100


@pytest.mark.parametrize(("where", "line"), _phrasings())
def test_no_quoted_ask_gives_the_user_advice(where: str, line: str) -> None:
    assert not _ADVICE.search(line), where
    assert line.startswith("{name}"), where  # said to them, by name
    # "this month" on the 26th of November offers four days: a span that reads true any day
    assert "this month" not in line, where


# --- 2: an initialism title is "the GM" when the card speaks about them -----------------------


@pytest.mark.parametrize("title", ["QS", "HOD", "CEO"])
def test_an_initialism_title_reads_as_the_title_in_reasons(title: str) -> None:
    asks = card(name=title, role=Role.SKIP, goal="become a site manager within two years")
    assert asks and all(a.wording.startswith(f"{title},") for a in asks)  # said to them: as written
    reasons = " ".join(a.reason for a in asks)
    assert title in reasons
    assert not re.search(rf"(?<!the )(?<!The )\b{title}\b", reasons), reasons


@pytest.mark.parametrize("name", ["Chef", "Matron", "Priya"])
def test_names_and_word_titles_stay_as_written(name: str) -> None:
    assert spoken_of(name) == name


# --- 5: asks do not pile up after a run of asks ----------------------------------------------


def _open_asks(*texts: str) -> tuple[Entry, ...]:
    return tuple(entry(i + 1, EntryKind.ASK, t, 30 - 5 * i, OPEN) for i, t in enumerate(texts))


@pytest.mark.parametrize(
    ("asks", "gave"),
    [
        (("a place on the forklift course", "the weekend rota swap"), 1),
        (("cover for the Tuesday surgery", "a review of my case notes", "the audit lead"), 1),
        (("budget for new knives", "a tasting-menu slot"), 0),
    ],
)
def test_with_more_asks_open_than_gives_no_new_ask_joins_the_follow_up(asks, gave) -> None:
    gives = tuple(entry(20 + i, EntryKind.GAVE, "covered a late shift", 12) for i in range(gave))
    out = card(*_open_asks(*asks), *gives, name="Ana Ruiz", role=Role.MANAGER,
               goal="become a team leader within two years")  # fmt: skip
    assert out[0].category in (AskCategory.FOLLOW_UP, AskCategory.OFFER_HELP)
    new = [a for a in out if a.category not in (AskCategory.FOLLOW_UP, AskCategory.OFFER_HELP)]
    assert new == [], [a.wording for a in out]


def test_with_as_many_gives_as_open_asks_a_new_ask_is_added() -> None:
    gives = tuple(entry(20 + i, EntryKind.GAVE, "covered a late shift", 12) for i in range(3))
    opened = _open_asks("a place on the forklift course", "the weekend rota swap")
    out = card(*opened, *gives, name="Ana Ruiz", role=Role.MANAGER, goal="become a team leader")
    assert any(a.category not in (AskCategory.FOLLOW_UP, AskCategory.OFFER_HELP) for a in out)


# --- 7: no give-first where it backfires -----------------------------------------------------


@pytest.mark.parametrize(
    ("point", "complaint"),
    [
        ("bins left in the loading bay again, third time this month", True),
        ("your team keeps booking the van I reserved", True),
        ("still no reply on the shared drive access - need a fix", True),
        ("can we swap the Friday cover?", False),
        ("ideas for the new starter training", False),
        ("still keen on the audit?", False),
    ],
)
def test_a_recurring_complaint_about_a_peer_gets_a_fix_not_an_offer(
    point: str, complaint: bool
) -> None:
    out = card(
        entry(1, EntryKind.PRIORITY, "Lee: the new starter training", 5, OPEN),
        entry(2, EntryKind.AGENDA, point, 1, OPEN),
        name="Lee Park",
        role=Role.PEER,
    )
    offers = [a for a in out if a.category is AskCategory.OFFER_HELP]
    if complaint:
        assert not offers, [a.wording for a in out]
        assert "fix" in out[0].reason and "help" in out[0].reason  # help can wait
    else:
        assert offers and out[0] is offers[0]


@pytest.mark.parametrize(
    ("ask", "point"),
    [
        ("asked for the signed change order for the sockets", "still no change order, 5 wks now"),
        ("asked the client to pay the March invoice", "invoice unpaid again after the promise"),
        ("asked for the revised drawings for block C", "keeps promising the drawings, nothing"),
    ],
)
def test_an_outsider_dispute_asks_for_a_date_in_writing(ask: str, point: str) -> None:
    out = card(
        entry(1, EntryKind.ASK, ask, 40, OPEN),
        entry(2, EntryKind.PRIORITY, "Max: handover of phase 2", 10, OPEN),
        entry(3, EntryKind.AGENDA, point, 1, OPEN),
        name="Max Frey",
        role=Role.OTHER,
    )
    assert all(a.category is not AskCategory.OFFER_HELP for a in out)
    assert "in writing" in out[0].reason and re.search(r"\d{1,2} Oct", out[0].reason)


def test_an_outsider_without_a_dispute_keeps_the_follow_up() -> None:
    out = card(
        entry(1, EntryKind.ASK, "asked for the revised drawings for block C", 40, OPEN),
        entry(3, EntryKind.AGENDA, "ideas for phasing the fit-out", 1, OPEN),
        name="Max Frey",
        role=Role.OTHER,
    )
    assert out[0].category is AskCategory.FOLLOW_UP and "in writing" not in out[0].reason


# --- 8: an ask is named by when it was made, not by a kind guessed from its words -------------


@pytest.mark.parametrize(
    "ask",
    ["asked to shadow the night coordinator", "asked to pair on the boiler fault-finding",
     "asked to sit in on the tasting panel"],
)  # fmt: skip
def test_a_recent_ask_is_not_relabelled(ask: str) -> None:
    out = card(entry(1, EntryKind.ASK, ask, 5, OPEN), name="Rosa Kim", role=Role.MENTOR,
               goal="become a charge nurse within two years")  # fmt: skip
    said = " ".join(f"{a.wording} {a.reason}" for a in out)
    assert "for mentorship" not in said and "for feedback" not in said


@pytest.mark.parametrize(
    ("promise", "sayable"),
    [
        ("send Kim the booking sheet for the spa", True),  # an -ing noun leads a thing
        ("get the hot-works permit countersigned for Kim", False),
        ("finish getting the quotes for Kim", False),
    ],
)
def test_a_promised_action_is_not_called_a_thing_they_have(promise: str, sayable: bool) -> None:
    asks = card(entry(1, EntryKind.FOLLOWUP, promise, 6, OPEN), name="Kim Ode", role=Role.MANAGER)
    owed = next(a for a in asks if a.category is AskCategory.OFFER_HELP)
    assert ("what I promised" not in owed.wording) is sayable, owed.wording
    assert "20 Nov" not in owed.wording


# --- 6: the user's own question is the key to the card ---------------------------------------


@pytest.mark.parametrize(
    ("ask", "question"),
    [
        (
            "asked about funding for the HGV class 1 licence",
            "does the depot lead job need class 1?",
        ),
        ("asked to shadow the stores buyer", "who decides which buyer gets the new stores?"),
        (
            "asked for time off for the gas safe exam",
            "is the gas safe ticket required for the lead role?",
        ),
    ],
)
def test_a_question_about_an_open_ask_is_not_stapled_to_an_ask(ask: str, question: str) -> None:
    out = card(
        entry(1, EntryKind.ASK, ask, 20, OPEN),
        entry(2, EntryKind.AGENDA, question, 1, OPEN),
        name="Ivo Bell",
        role=Role.MANAGER,
    )
    # advice on the user's own points is not stapled to an ask's reason (round 12): a reason
    # says why that ask
    assert out and not any("own question" in a.reason.lower() for a in out)


@pytest.mark.parametrize(
    "point",
    [
        "can I swap to days in January?",  # a favour, not a question that decides the asks
        "what's the plan for the Christmas rota?",  # a question about something else
        "the new till system keeps crashing",
        "how to get the HGV class 1 licence",  # a topic, not a question
    ],
)
def test_other_points_add_no_raise_first(point: str) -> None:
    out = card(
        entry(1, EntryKind.ASK, "asked about funding for the HGV class 1 licence", 20, OPEN),
        entry(2, EntryKind.AGENDA, point, 1, OPEN),
        name="Ivo Bell",
        role=Role.MANAGER,
    )
    assert out and not any("own question" in a.reason.lower() for a in out)


@pytest.mark.parametrize(
    ("goal", "question"),
    [
        (
            "become a qualified electrician by next summer",
            "what does the electrician assessment cover?",
        ),
        ("run my own section of the kitchen", "who decides which chef gets a section?"),
        ("pass my level 3 with distinction", "what does distinction take at level 3?"),
    ],
)
def test_a_question_on_the_goal_is_not_stapled_to_an_ask(goal: str, question: str) -> None:
    out = card(entry(2, EntryKind.AGENDA, question, 1, OPEN), name="Ivo Bell", role=Role.MENTOR,
               goal=goal)  # fmt: skip
    assert not any("own question" in a.reason.lower() for a in out)  # not stapled (round 12)
    assert not any("goal I've set" in a.wording for a in out)


@pytest.mark.parametrize(
    ("fragment", "texts"),
    [
        (
            "menú",
            {
                EntryKind.WIN: "el menú de temporada salió perfecto el sábado",
                EntryKind.PRIORITY: "Ana: que el menú de temporada esté listo para el lunes",
                EntryKind.ASK: "pedí un curso de pastelería para el menú de temporada",
            },
        ),
        (
            " w ",
            {
                EntryKind.WIN: "fitted the boiler w Sam in 1 day",
                EntryKind.PRIORITY: "Ana: the van rota w the new lads",
                EntryKind.ASK: "asked to do the gas course w Sam",
            },
        ),
        (
            "->",
            {
                EntryKind.WIN: "waste down 12% -> 7% after the new prep list",
                EntryKind.PRIORITY: "Ana: food cost 32% -> 28% by spring",
                EntryKind.ASK: "asked to move from 4 -> 5 shifts",
            },
        ),
    ],
)
@pytest.mark.parametrize("role", [Role.MANAGER, Role.SKIP, Role.SPONSOR, Role.PEER])
def test_no_card_path_pastes_a_foreign_or_shorthand_line(fragment, texts, role) -> None:
    logged = [
        entry(i + 1, kind, text, 8 + 9 * i, OPEN) for i, (kind, text) in enumerate(texts.items())
    ]
    logged.append(
        entry(9, EntryKind.AGENDA, "how are the numbers looking for the quarter?", 1, OPEN)
    )
    out = card(*logged, name="Ana Sol", role=role, goal="become head chef within two years")
    assert out
    for a in out:  # a reason may quote the user's own line back to them, in “…”
        assert fragment not in f"{a.wording} {outside_quotes(a.reason)}", (a.wording, a.reason)
