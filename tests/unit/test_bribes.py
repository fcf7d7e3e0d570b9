"""Money offered to bend a rule (`coaching.concerns.offers_money`): the card says to put it on
record early, from the user, with who offered what and what they did — beside the point that
comes back to the note, or under a point that says it. Round 67's blind reviewers put first an
extension officer who refused an envelope ("dikasih amplop, sy tolak") and got only "keep it to
the work". The lines here are of this test's own making, not the holdout's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coaching.concerns import money_offered_note, offers_money
from coaching.model import EntryKind, Role
from tests.unit.test_review20 import card, logged

N, AG, F = EntryKind.NOTE, EntryKind.AGENDA, EntryKind.FOLLOWUP


def _said(note: str) -> str:
    return " ".join(note.split())


def _money_note_on(*entries, role: Role = Role.MANAGER) -> bool:
    return _said(money_offered_note(role)) in card(*entries, role=role)


@pytest.mark.parametrize(
    ("note", "point"),
    [
        # Indonesian: the envelope refused, the point names the farmer group's head
        (
            "Pak Darto (ketua poktan) minta 5 nama titipan di daftar pupuk. dikasih amplop,"
            " sy tolak",
            "cerita soal Pak Darto & daftar pupuk, minta arahan",
        ),
        # Vietnamese: an envelope slipped over before an audit
        (
            "anh Khoa bên nhà cung cấp dúi phong bì, nhờ bỏ qua lô hàng lỗi",
            "chuyện anh Khoa — nói với chị sao đây??",
        ),
        # German: the word itself
        ("Lieferant Brandt hat Bestechung angedeutet, wenn wir den Auftrag verlängern", "Brandt?"),
        # English, the user offered cash to pass a check
        ("the Kestrel rep offered me cash to sign off the load test", "Kestrel - raise or not"),
    ],
)
def test_a_point_coming_back_to_an_offered_bribe_says_put_it_on_record(note, point):
    assert _money_note_on(logged(1, N, note, 6), logged(2, AG, point, 0.5))


def test_a_point_that_says_the_bribe_itself_gets_the_note_with_the_way_for_a_mentor():
    point = logged(
        1, AG, "supplier's sales guy offered me a kickback on the tender — what do I do", 1
    )
    shown = card(point, role=Role.MENTOR)
    assert _said(money_offered_note(Role.MENTOR)) in shown
    assert "Ask who should hear it" in shown
    assert "backing if it comes back on you" not in shown  # that one is the manager's to give


@pytest.mark.parametrize(
    "note",
    [
        "dikasih amplop THR sama Bu Rini, alhamdulillah",  # the holiday bonus
        "bought envelopes for the client mailing",
        "anti-bribery e-learning due Fri",
        "nhận phong bì lì xì đầu năm từ sếp",  # a New Year red envelope
        "bestik til kantinen er bestilt",  # Danish cutlery
        "Teo offered me the team lead role from Jan",
    ],
)
def test_innocent_envelopes_and_offers_get_no_bribe_note(note):
    assert not _money_note_on(logged(1, N, note, 3), logged(2, AG, note.split()[0] + "?", 0.5))


@given(st.text(max_size=120))
def test_the_note_appears_only_where_a_line_tells_of_money_offered(text):
    shown = _money_note_on(logged(1, N, text, 3), logged(2, AG, text, 0.5))
    assert not shown or offers_money(text)


@pytest.mark.parametrize(
    "line",
    [
        "apparently Dan in purchasing takes bribes from the cleaners",  # hearsay
        "anti bribery e-learning module due Fri",  # the rule, not a case
        "Schulung Korruption und Bestechung bis 30.11 abschließen",
        "bribed the team with donuts to finish the stocktake",  # a joke
        "terima kasih Bu, amplop lamaran sudah saya terima",  # thanks, and application papers
        "HR handed me an envelope with the new contract",
        "my kid bribed me with a drawing for ice cream lol",
        "Kalle mutade teamet med semlor så retron blev klar",
        "team kickback at the beach friday, bring snacks",
    ],
)
def test_rumours_rules_jokes_and_paperwork_get_no_bribe_note(line):
    assert not _money_note_on(logged(1, N, line, 3), logged(2, AG, line, 0.5))


def test_a_bribe_the_counterpart_took_is_taken_outside_not_to_them():
    shown = card(
        logged(1, N, "saw Carmen take an envelope of cash from the cleaning contractor", 4),
        logged(2, AG, "the cleaning contractor - what do I do?", 0.5),
        name="Carmen Vidal",
    )
    assert _said(money_offered_note(Role.MANAGER, theirs=True)) in shown
    assert "for backing" not in shown
