"""The delicate matter behind a talking point, read with the notes it comes back to
(`coaching.delicate`): the card under the point says how to handle that matter — a pregnancy, a
relative's care, an offer, a colleague's confidence, a job two colleagues want — instead of the
stock "would it help them plan the work…", and says nothing of one where the notes hold none.
Written in round 66 (the reviewers' first problem on every blind card); the lines are of this
test's own making, not the holdout's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coaching.delicate import Matter, matter_behind, parts
from coaching.model import Entry, EntryKind, Role
from coaching.prep import (
    CONFIDENCE_NOTE,
    CONFIDENCE_PEER,
    FAMILY_NOTE,
    INJURED_NOTE,
    LEAVING_NOTE,
    OFFER_NOTE,
    PREGNANCY_RISK_NOTE,
    PRIVATE_NEWS_NOTE,
    RIVAL_NOTE,
    TELL_OR_NOT_NOTE,
)
from tests.unit.test_review20 import NOW, card, logged

N, AG = EntryKind.NOTE, EntryKind.AGENDA


def _said(note: str) -> str:
    """A note as the flattened card shows it (in italics)."""
    return " ".join(note.split())


#: Each matter's note, by the matter it speaks to.
MATTER_NOTES = {
    "own news": PRIVATE_NEWS_NOTE,
    "family": FAMILY_NOTE,
    "rival": RIVAL_NOTE,
    "confidence": CONFIDENCE_NOTE,
    "offer": OFFER_NOTE,
    "leaving": LEAVING_NOTE,
    "injury": INJURED_NOTE,
    "pregnancy at risk": PREGNANCY_RISK_NOTE,
}


def matters_on(*entries: Entry, role: Role = Role.MANAGER) -> set[str]:
    """The matters whose notes the card shows, as the user reads it."""
    shown = card(*entries, role=role)
    return {matter for matter, note in MATTER_NOTES.items() if _said(note) in shown}


@pytest.mark.parametrize(
    ("notes", "point", "role", "expected"),
    [
        # named by a brand the note holds, in Polish, with a mentor: weigh leaving, no threat
        (
            ["telefon z Medivet – chcą mnie na oddział, +25% pensji, decyzja do 20.12"],
            "feedback do raportu / Medivet - mówić jej czy nie??",
            Role.MENTOR,
            LEAVING_NOTE,
        ),
        # the same with a manager: growth here first
        (
            ["Headhunter rang: Atlas Freight wants me as ops lead, job offer in writing Friday"],
            "rota, budget, Atlas - mention or not??",
            Role.MANAGER,
            OFFER_NOTE,
        ),
        # the point names nothing; the notes hold one matter: the user's own news
        (
            ["病院：妊娠12週。まだ誰にも言ってない", "見積もり 金曜まで"],
            "来月の配置／工程表／体のこと…どこまで話す？",
            Role.MANAGER,
            PRIVATE_NEWS_NOTE,
        ),
        # a relative's stroke behind "the transfer - say it or not"
        (
            ["dad had a stroke, in hospital in Leeds, mum can't manage alone"],
            "Leeds transfer - say it or not??",
            Role.MANAGER,
            FAMILY_NOTE,
        ),
        # a colleague's news, told in confidence, with the peer who may be the one
        (
            ["Ana me contó en confianza que se va a otra empresa en enero 🤐"],
            "café con Ana: ¿cuándo le va a decir a Jorge? / datos del turno",
            Role.PEER,
            CONFIDENCE_NOTE + CONFIDENCE_PEER,
        ),
        # going for the same job as the colleague met
        (
            ["j'ai postulé moi aussi sur le poste de chef d'équipe, pas dit à Luc"],
            "planning de décembre... pis lui dire pour le poste??",
            Role.PEER,
            RIVAL_NOTE,
        ),
    ],
)
def test_the_note_under_a_point_fits_the_matter_its_notes_hold(
    notes: list[str], point: str, role: Role, expected: str
) -> None:
    entries = [logged(i, N, text, 20 - i) for i, text in enumerate(notes, start=1)]
    shown = card(*entries, logged(9, AG, point, 1), role=role)
    assert _said(expected) in shown
    assert _said(TELL_OR_NOT_NOTE) not in shown


def test_how_to_say_one_thing_without_another_is_the_reason_kept() -> None:
    """ "How do I talk about the travel (without saying IVF)": ask for what is needed, no why."""
    shown = card(
        logged(1, N, "klinik: tüp bebek, Ocak ortası; işte kimse bilmiyor", 10),
        logged(2, AG, "Cenevre rolü — seyahati nasıl konuşacağım?? (tüp bebeği söylemeden)", 1),
    )
    assert "You don't have to give the reason" in shown
    assert _said(PRIVATE_NEWS_NOTE) not in shown


def test_a_point_about_someone_else_takes_no_matter_of_the_users_own() -> None:
    """ "川口さんのこと、言うべき?" is Kawaguchi-san's matter, not the user's pregnancy."""
    entries = [logged(1, N, "検査薬 陽性。産休は6月から", 10)]
    point = logged(2, AG, "川口さんのこと、部長に言うべき?", 1)
    assert matters_on(*entries, point) == set()


def test_the_users_own_silence_is_no_confidence() -> None:
    """ "nikomu nie mówiłem" (I've told nobody) is the user's own: no "theirs to tell"."""
    entries = [logged(1, N, "kopnęło mnie na Oltaszynie, nikomu nie mówiłem", 10)]
    point = logged(2, AG, "jak powiedzieć o tym kopnięciu bez robienia afery??", 1)
    assert _said(CONFIDENCE_NOTE) not in card(*entries, point)


def test_a_question_about_the_work_takes_no_matter_from_the_notes() -> None:
    """ "SEP books - return them or keep till January?" beside an offer is about the books."""
    entries = [logged(1, N, "oferta z EkoWat - 6200 netto na start, chcą referencje", 10)]
    point = logged(2, AG, "książki SEP - oddać czy mogę jeszcze do stycznia?", 1)
    assert matters_on(*entries, point) == set()


def test_a_point_is_cut_into_its_parts_but_not_inside_a_date_or_w_o() -> None:
    assert parts("VL, backfill, nomination before Dec 4... and yung kay Rhea. how??") == [
        "VL",
        "backfill",
        "nomination before Dec 4",
        "and yung kay Rhea. how??",
    ]
    assert parts("工程案12/3／体のこと") == ["工程案12/3", "体のこと"]
    assert parts("move my labs w/o saying why??") == ["move my labs w/o saying why??"]


@given(st.text(max_size=120), st.text(max_size=120))
def test_any_point_and_note_read_without_error(point: str, note: str) -> None:
    entries = [logged(1, N, note, 5), logged(2, AG, point, 1)]
    found = matter_behind(point, entries, NOW)
    assert found is None or found in {m.value for m in Matter}


@pytest.mark.parametrize(
    ("note", "point", "expected"),
    [
        # a fresh-eyes review's harms: an everyday how-question in Japanese or Korean
        ("病院：妊娠12週。まだ誰にも言ってない", "来週のシフト、どうする？", None),
        ("임신 10주. 아직 아무도 몰라", "재고 조사 어떻게 나눌까요?", None),
        # someone else's news, told in confidence, is theirs to tell — not the user's own
        (
            "Marta told me in confidence she's pregnant",
            "Marta and the night shifts - say anything??",
            "confidence",
        ),
        # a supplier's quote, a sale, health and safety: no offer, no health news
        (
            "Angebot Würth kam, 12% über Budget",
            "Angebot Würth - wie sag ich dass wir drüber sind?",
            None,
        ),
        ("oferta 2x1 de navidad no llegó a la tienda", "oferta 2x1 - ¿cómo le digo?", None),
        (
            "capacitación de seguridad y salud pendiente",
            "seguridad y salud - ¿cómo lo planteo?",
            None,
        ),
    ],
)
def test_what_reads_as_a_matter_only_where_it_is_one(
    note: str, point: str, expected: str | None
) -> None:
    shown = matters_on(logged(1, N, note, 10), logged(2, AG, point, 1))
    assert shown == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("note", "point"),
    [
        # the user's own silence is no one's confidence
        ("teklif geldi, +%35 maaş. Kimseye söylemedim", "teklif meselesi - nasıl açarım?"),
        (
            "tender closes the 3rd. if i keep quiet now its another year",
            "the tender - say it or not??",
        ),
        # a confided harassment is a worry to raise, not a secret to keep
        (
            "Pooja: Vikram waits for her at the staff door. she's scared, asked me not to tell",
            "Pooja - how do I raise it without naming her?",
        ),
    ],
)
def test_no_confidence_where_the_note_is_the_users_own_or_a_harm(note: str, point: str) -> None:
    assert "confidence" not in matters_on(logged(1, N, note, 10), logged(2, AG, point, 1))


def test_a_mark_dropped_still_weighs_saying() -> None:
    """ "do I tell him I applied too" has no question mark: it weighs telling all the same."""
    entries = [logged(1, N, "put my name in for 2nd shift lead, posting closes 30th", 10)]
    point = logged(2, AG, "catch up w/ Marcus - do I tell him I applied too", 1)
    assert _said(RIVAL_NOTE) in card(*entries, point, role=Role.PEER)


@pytest.mark.parametrize(
    ("note", "point"),
    [
        # a second fresh-eyes review's harms: an injury at work, a vendor, the user's own hire,
        # "kita" (we), a business secret, "がんばります", a colleague's announced pregnancy
        ("на складі травмувався чоловік з бригади Петра, зараз у лікарні", "травма - як сказати?"),
        ("Bapak Joko (vendor) kecelakaan, masuk rumah sakit", "Pak Joko - gimana bilangnya?"),
        ("made an offer to Kemi for the shift lead role", "Kemi's counter - how do I say no?"),
        ("kita closing laporan Q3 minggu ini", "closing Q3 - gimana bilangnya?"),
        ("legal said the settlement figure is confidential", "settlement - what do I tell them?"),
        ("がんばります！棚卸し来週", "棚卸しの件、どう伝える？"),
        ("Ayşe hanım hamile, şubatta izne çıkıyor", "Ayşe hanımın işleri - nasıl söylesem?"),
    ],
)
def test_words_in_their_work_sense_or_of_others_are_no_matter(note: str, point: str) -> None:
    assert matters_on(logged(1, N, note, 10), logged(2, AG, point, 1)) == set()


def test_a_back_hurt_at_work_is_an_injury_to_report_not_health_news() -> None:
    """Round 66's worst sentence: "I may need a lighter load" for a back strained lifting a
    resident with the lift's battery dead. The card says to report it, and no health rewrite."""
    from coaching.oversharing import scan

    entries = [
        logged(1, N, "pulled something in my lower back moving Mr R to the chair, lift dead", 9),
        logged(2, N, "didn't write it up. if I report they'll put me on light duty", 8),
    ]
    point = logged(3, AG, "Tue: tuition form, days in Jan?, should I tell her about my back??", 1)
    shown = card(*entries, point, scanner=scan)
    assert _said(INJURED_NOTE) in shown
    assert "lighter load" not in shown


def test_a_back_hurt_at_the_gym_is_not_a_work_injury() -> None:
    entries = [logged(1, N, "pulled my back at the gym deadlifting, ouch", 9)]
    point = logged(2, AG, "should I tell her about my back??", 1)
    assert _said(INJURED_NOTE) not in card(*entries, point)


def test_a_pregnancy_near_a_hazard_asks_for_a_risk_assessment_first() -> None:
    """Round 66: a QC inspector weighing how to tell her manager she is pregnant, with solvent
    fumes on her line, was told only that the news is hers to share."""
    entries = [
        logged(1, N, "đi khám thai, bác sĩ bảo 8 tuần", 10),
        logged(2, N, "line 3 dùng dung môi mới, mùi rất nặng", 6),
    ]
    point = logged(3, AG, "nói thẳng là có bầu hay chỉ nói lý do sức khỏe??", 1)
    shown = card(*entries, point)
    assert _said(PREGNANCY_RISK_NOTE) in shown
    assert _said(PRIVATE_NEWS_NOTE) not in shown
