"""Round 62's fourth problem (bench/reviews/round62_blind_r1.md, _r2.md): a chase the card can
name only as "what I asked you about last month" — its words in another language or shorthand
— drafted in English although the user's own point opens on that very ask. The chase is said
under the point instead. Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from coaching.prep import AVOID_NOTES
from tests.unit.test_review20 import card, logged

A, AG = EntryKind.ASK, EntryKind.AGENDA
VAGUE = "what I asked you about"


@pytest.mark.parametrize(
    ("ask", "point", "answer"),
    [
        (
            "Anna wg Ultraschallkurs Rind gefragt (Wien, Feb, ca 1.400€) – 'schau ma' 🙄",
            "Ultraschallkurs: Anmeldeschluss 15.12.!! brauch jetzt ja/nein",
            "schau ma",
        ),
        (
            "kysyin uutta penkkiä traktoriin, jousitus ihan loppu. 'katotaan budjetti joulukuussa'",
            "penkki?? jos ei koko penkkiä niin edes vaimentimet",
            "katotaan budjetti joulukuussa",
        ),
        (
            "輪島の蒔絵師・大西さんを紹介してほしいとお願い → 先生から連絡してみるとのこと",
            "大西さんの件、その後どうなったか",
            "先生から連絡してみるとのこと",
        ),
        (
            "nadgodziny z października - nie ma ich na pasku, 'sprawdzę z kadrami'",
            "nadgodziny - dalej nic",
            "sprawdzę z kadrami",
        ),
    ],
)
def test_a_chase_the_card_cannot_name_is_said_under_the_point_that_opens_on_it(
    ask: str, point: str, answer: str
) -> None:
    """Before: "Anna, is there any news on what I asked you about last month?" above the
    user's own "Ultraschallkurs: … brauch jetzt ja/nein", which got nothing."""
    shown = card(logged(1, A, ask, 38), logged(2, AG, point, 1), name="Anna Berger")
    assert VAGUE not in shown, shown
    at = shown.index(point.split()[0].rstrip(":!"))
    under = shown[at : at + len(point) + 160]
    assert f"the answer was “{answer}”" in under, shown


def test_the_point_names_its_deadline_and_the_decision_is_asked_for() -> None:
    shown = card(
        logged(1, A, "Anna wg Ultraschallkurs Rind gefragt – 'schau ma'", 38),
        logged(2, AG, "Ultraschallkurs: Anmeldeschluss 15.12.!! brauch jetzt ja/nein", 1),
        name="Anna Berger",
    )
    assert "This time ask for a yes, a no, or a date." in shown, shown


def test_a_mentor_is_asked_again_lightly_under_the_point() -> None:
    shown = card(
        logged(
            1,
            A,
            "輪島の蒔絵師・大西さんを紹介してほしいとお願い → 先生から連絡してみるとのこと",
            60,
        ),
        logged(2, AG, "大西さんの件、その後どうなったか", 1),
        name="森先生",
        role=Role.MENTOR,
    )
    assert "Ask once more, lightly" in shown, shown
    assert "a yes, a no, or a date" not in shown


@pytest.mark.parametrize(
    ("ask", "point", "name"),
    [
        # a word shared late in the point is no sign it is about the ask
        (
            "pedi pra H revisar meu portfolio draft antes do concurso",
            "como negociar com a Dani tempo pro concurso sem parecer q to largando a obra",
            "Helena Prado",
        ),
        # their own name, in the script the label does not use
        (
            "大塚さんに 清酒学校の推薦状 お願いした. waiting",
            "do I tell 大塚さん about 小林さん retiring?? feels like gossip tho",
            "Ōtsuka",
        ),
        # a verb of asking is shared by every ask
        (
            "le pregunté a la javi si cambiamos mi subida del 23/12 x la suya",
            "le pregunto derecho si va a postular al cupo senior?",
            "Javiera Soto",
        ),
        # nor is consulting about something else
        (
            "森田さんに棚卸(12/15)の応援、パート1人貸してもらえないか相談。「シフト見てみる」とのこと",
            "違算の件どう相談するか。田中さんの名前出す?",
            "森田さん",
        ),
        # a short word (a place) is not enough
        (
            "asked A if Sydney can run the Tumut calibration so I can focus on the statement",
            "Tumut notes back lol",
            "Anand Rao",
        ),
        # a point that shares a word but asks for no answer (a fresh-eyes review)
        (
            "le pedí a Carmen hablar con Rodríguez sobre mi cambio de turno, 'ya veremos'",
            "cambio de proveedor de uniformes - quién decide?",
            "Carmen Vidal",
        ),
        (
            "大西さんの後任に推薦してほしいとお願い → 「考えとく」",
            "大西さんの送別会、幹事どうする?",
            "森さん",
        ),
        (
            "poprosiłem Carmen o przeniesienie na zmianę poranną, 'zobaczymy'",
            "przeniesienie magazynu na Dębiec - kto koordynuje?",
            "Carmen Vidal",
        ),
        (
            "田中部長に異動希望を伝えた → 「春の人事で考える」",
            "人事評価の面談日程、まだ連絡なし",
            "田中部長",
        ),
    ],
)
def test_a_point_that_does_not_open_on_the_ask_gets_no_chase_under_it(
    ask: str, point: str, name: str
) -> None:
    shown = card(logged(1, A, ask, 40), logged(2, AG, point, 1), name=name)
    at = shown.index(point[:12])
    assert "When you asked on" not in shown[at : at + len(point) + 40], shown
    assert "You first asked on" not in shown[at : at + len(point) + 40], shown


W, G = EntryKind.WIN, EntryKind.GAVE


@pytest.mark.parametrize(
    ("older", "newer", "said", "unsaid"),
    [
        (
            "cut ward stock-outs from 18% to 7% since the new par levels",
            "did the ECDIS refresher",
            "stock-outs",
            "ECDIS",
        ),
        (
            "errores de picking turno noche bajaron de 0.9% a 0.4%",
            "fui a Saltillo con Inge",
            "errores de picking",
            "Saltillo",
        ),
        ("zero findings on the Maritime NZ spot check", "covered the 6am run", "spot", "6am"),
        (
            "cerré la auditoría de BPM sin observaciones",
            "arreglé el horario de diciembre",
            "auditoría",
            "horario",
        ),
    ],
)
def test_the_win_the_card_cites_is_the_one_told_by_its_result(
    older: str, newer: str, said: str, unsaid: str
) -> None:
    """Round 62, both reviewers' fifth problem: the newest win cited (an ECDIS refresher) over
    one that says what it changed (stock-outs from 18% to 7%)."""
    shown = card(
        logged(1, W, older, 20),
        logged(2, W, newer, 3),
        logged(3, A, "asked Carmen to put me forward for the senior role", 10),
        logged(4, G, "covered Carmen's Friday close", 15),
    )
    assert said in shown, shown
    assert unsaid not in shown, shown


@pytest.mark.parametrize(
    ("older", "word"),
    [
        ("errores subieron 20% con el escáner nuevo, avisé a TI", "escáner"),
        ("sent Acme our quote for the retrofit: 45.000 €", "retrofit"),
        ("cubrí 2 x turnos de noche", "turnos"),
        ("moved the daily huddle 9->9:30 so nights can join", "huddle"),
        ("montei a planilha de escala do zero", "planilha"),
        ("fixed the null pointer crash", "pointer"),
    ],
)
def test_a_figure_that_is_no_result_does_not_outrank_the_newest_win(older: str, word: str) -> None:
    """A fresh-eyes review: a price quoted, a count of shifts, a time, "from scratch" or a rise
    in errors was cited over the newest win."""
    shown = card(
        logged(1, W, older, 20),
        logged(2, W, "trained the two new deckhands", 3),
        logged(3, A, "asked Carmen to put me forward for the senior role", 10),
        logged(4, G, "covered Carmen's Friday close", 15),
    )
    assert "deckhands" in shown, shown
    assert word not in shown, shown


def test_with_no_result_told_the_newest_win_is_cited() -> None:
    shown = card(
        logged(1, W, "ran the stocktake on my own", 20),
        logged(2, W, "trained the two new deckhands", 3),
        logged(3, A, "asked Carmen to put me forward for the senior role", 10),
        logged(4, G, "covered Carmen's Friday close", 15),
    )
    assert "deckhands" in shown, shown
    assert "stocktake" not in shown, shown


AVOID_OTHERS = "To raise it without it landing on someone"
AVOID_IMAGE = "You've named how you don't want it to come across"


@pytest.mark.parametrize(
    ("point", "note"),
    [
        ("cómo manejar lo de autoría sin quemar a Fuentes", AVOID_OTHERS),
        ("comment parler de 'la suite' sans trahir Karim", AVOID_OTHERS),
        ("flag Vikram's load w/o throwing him under the bus", AVOID_OTHERS),
        (
            "Lederer ansprechen – NICHT als Vorwurf. fragen wie wir's in Zukunft handhaben",
            AVOID_IMAGE,
        ),
        ("como falar do Bruno sem parecer q to me justificando?", AVOID_IMAGE),
        ("maas: IK'ya hic iletmemis, bunu sefi kizdirmadan nasil sorarim", AVOID_IMAGE),
        ("recommendation letter – kumkumbusha bila kusound pushy, deadline 11/12", AVOID_IMAGE),
        ("how do I raise the roster thing without going behind Sister M's back?", "going round"),
        (
            "roster swap w Rob - how to raise it w/o it being my word against his",
            "your word against",
        ),
        ("Unterschrift-Sache mit Ronny, wie ansprechen ohne dass ich rausfliege", "in good faith"),
        ("flex mornings in dec w/o saying why??", "You don't have to give the reason"),
    ],
)
def test_a_point_that_says_what_it_must_avoid_gets_how_to_say_it_that_way(
    point: str, note: str
) -> None:
    """97 talking points of the blind sets say how they must not come across ("sem queimar o
    Sérgio", "w/o sounding like a moaner"); 34 got nothing, 22 "two plain sentences — first what
    has happened", which round 62 read as pushing a confidence out."""
    shown = card(logged(1, AG, point, 1), name="Carmen Vidal")
    at = shown.index(point[:10])
    assert note in shown[at : at + len(point) + 400], shown
    assert "two plain sentences" not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "Wareneinsatz 32% - zu hoch? wo kürzen ohne dass es billig wirkt",
        "la extensión sin costo hasta junio — confirmar",
        "GIS interns without budget for the survey",
        "finish the audit pack without fail by Fri",
    ],
)
def test_without_alone_is_no_worry_about_how_it_comes_across(point: str) -> None:
    shown = card(logged(1, AG, point, 1), name="Carmen Vidal")
    assert AVOID_IMAGE not in shown and AVOID_OTHERS not in shown, shown


def test_a_mentor_is_asked_how_they_would_put_it() -> None:
    shown = card(
        logged(1, AG, "how do i bring up the hours w/o sounding like a moaner", 1),
        name="Dana Moss",
        role=Role.MENTOR,
    )
    assert "This is one to ask Dana Moss straight out" in shown or "ask Dana" in shown, shown
    assert AVOID_IMAGE not in shown, shown


def test_of_two_points_sharing_the_asks_word_the_one_that_chases_it_gets_the_chase() -> None:
    """A fresh-eyes review: "Projektleitung Kita Nord: Zeitplan kippt" (logged first) took the
    chase of the Müller-Bau ask from "Müller-Bau PL – will endlich Antwort"."""
    shown = card(
        logged(1, A, "Carmen wg Projektleitung Müller-Bau gefragt – 'mal sehen'", 40),
        logged(2, AG, "Projektleitung Kita Nord: Zeitplan kippt", 2),
        logged(3, AG, "Müller-Bau PL – will endlich Antwort", 1),
    )
    kita = shown[shown.index("Kita Nord") : shown.index("Müller-Bau PL")]
    assert "When you asked on" not in kita, shown
    assert "When you asked on" in shown[shown.index("Müller-Bau PL") :], shown


@pytest.mark.parametrize(
    ("point", "kind"),
    [
        (
            "how to tell Carmen i made a mistake on the dosage chart without getting in trouble",
            "own",
        ),
        ("como dizer que errei no orçamento sem perder o emprego", "own"),
        ("Sicherheitsmängel ansprechen ohne dass ich fliege", "job"),
        ("how do i ask for a few days off without telling her about the IVF", "why"),
        ("how do I ask for the transfer without him knowing I applied", "why"),
        ("jak poprosić o wolne bez podawania powodu", "why"),
        ("como levar isso pra diretoria sem passar por cima do Paulo", "head"),
        ("cómo postulo sin pasarle por encima a Marcelo? le digo a él primero?", "head"),
        ("gimana ngomongnya soal stok hilang tanpa menyebut nama Budi", "others"),
        ("how do I ask for a raise without sounding greedy", "image"),
        ("Erkan'ı kızdırmadan zammı nasıl sorarım", "image"),
    ],
)
def test_what_a_point_avoids_is_read_by_kind(point: str, kind: str) -> None:
    """A fresh-eyes review of this reading: an own mistake was told to keep it off "the
    person", a safety worry told to ask "rather than report", a private reason told to "say the
    fact once, plainly"."""
    shown = card(logged(1, AG, point, 1), name="Carmen Vidal")
    at = shown.index(point[:10])
    assert AVOID_NOTES[kind][:40] in shown[at : at + len(point) + 200], shown


@pytest.mark.parametrize(
    "point",
    [
        "ask if I can do the course without taking annual leave",
        "ask how we cut costs on the menu without losing quality",
        "how do we cover the night shift without them after the 2 leavers?",
        "fragen ob wir ohne zu warten auf die Freigabe starten dürfen",
        "nimwambie tutaleta mzigo bila kuchelewa wiki hii",
        "tanya gimana cara kirim barang tanpa melewati gudang pusat",
        "başlamadan önce bütçeyi nasıl sorarım",
        "忘れずに来期の予算を聞く",
        "jak zapytać o dostawę żeby nie było opóźnień jak w maju",
        "preguntar cómo exportar sin exponer los datos del cliente",
        "how do I say no to extra shifts without burning out the rest of the team",
    ],
)
def test_a_without_about_the_work_is_no_way_of_saying_it(point: str) -> None:
    shown = card(logged(1, AG, point, 1), name="Carmen Vidal")
    assert not any(note[:40] in shown for note in AVOID_NOTES.values()), shown


def test_how_to_say_it_without_naming_is_not_whether_to_say_it() -> None:
    """ "シフトの件、名前出さずにどう伝えるか" was told "if neither, it can wait"."""
    shown = card(logged(1, AG, "シフトの件、名前出さずにどう伝えるか", 1), name="Carmen Vidal")
    assert AVOID_OTHERS in shown, shown
    assert "it can wait" not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "Uwe: erstmal allgemein fragen wie man sowas macht, ohne Namen??",
        "Dave came in smelling of drink again - ask how it's handled, without names??",
        "メンターの件、田中さんの名前出さずに言う方法は？",
    ],
)
def test_a_point_weighing_whether_to_name_gets_the_naming_note_alone(point: str) -> None:
    """Round 63, both reviewers: "the practice, not the person … you'd rather fix how it's
    done" beside the naming note, of a conductor who came to work smelling of alcohol."""
    shown = card(logged(1, AG, point, 1), name="Kemal Demir")
    assert "On naming names" in shown or "concern about the work" in shown, shown
    assert AVOID_OTHERS not in shown, shown


F = EntryKind.FOLLOWUP


@pytest.mark.parametrize(
    "asked",
    [
        "asked for fewer nights in Nov/Dec bc of mum's situation. she said she'll try",
        "4-day week from January? asked, she'll think about it",
        "Teilzeit ab Januar angefragt, sie überlegt",
    ],
)
def test_someone_asking_for_a_lighter_load_is_not_told_to_take_more_on(asked: str) -> None:
    """Round 63, both reviewers: "what could I take off your plate?" and "offer help with the
    wards" beside an ask for a four-day week or fewer nights."""
    shown = card(
        logged(1, A, asked, 20),
        logged(2, A, "asked about the rota for Christmas", 15),
        logged(3, EntryKind.PRIORITY, "Carmen: wards fully staffed over Christmas", 10),
        name="Carmen Vidal",
    )
    assert "could I help with" not in shown and "pick up" not in shown, shown
    assert "offering help with" not in shown and "offer help with" not in shown, shown


def test_a_lighter_load_for_the_shop_is_not_the_users() -> None:
    reading = card(
        logged(1, AG, "fewer days open in January?? affects the revenue numbers", 1),
        logged(2, A, "asked about the rota for Christmas", 15),
        logged(3, A, "asked about the tills", 12),
    )
    assert "lighter load" not in reading, reading


@pytest.mark.parametrize(
    ("point", "said"),
    [
        ("pin him on a date for the GLM review, AA sign-off is in Jan", "The start of January"),
        ("GLM review - need a date, sign-off by 1 Jan", "Fri 1 Jan"),
    ],
)
def test_a_month_alone_is_said_as_its_start_not_as_a_day(point: str, said: str) -> None:
    """Round 63: "AA sign-off is in Jan" became "Fri 1 Jan is your deadline"."""
    shown = card(
        logged(1, A, "asked Carmen for a date for the GLM review", 40), logged(2, AG, point, 1)
    )
    assert f"{said} is your deadline" in shown, shown


def test_a_turkish_small_word_ties_no_point_to_an_ask() -> None:
    """A fresh-eyes review: "yıllık izin için sordum" (asked for annual leave) was chased under
    "yıllık hedefler: 2027 için ne bekliyor?" (annual targets), by "yıllık" and "için" (for)."""
    shown = card(
        logged(1, A, "Carmen'e yıllık izin için sordum, 'bakarız' dedi", 40),
        logged(2, AG, "yıllık hedefler: 2027 için ne bekliyor?", 1),
    )
    at = shown.index("yıllık hedefler")
    assert "When you asked on" not in shown[at : at + 120], shown


@pytest.mark.parametrize(
    ("point", "note"),
    [
        ("how do I tell him about the harassment without it coming back on me", "point at you"),
        ("how do I raise the overtime thing without it landing on Joe", "raise it as a concern"),
    ],
)
def test_a_worry_that_names_what_it_avoids_keeps_the_worrys_own_note(point: str, note: str) -> None:
    """Where an earlier rule reads the point as a worry (being traced as the one who told, a
    concern about how someone is treated), its note stands and no avoid note is added."""
    shown = card(logged(1, AG, point, 1), name="Carmen Vidal")
    assert note in shown, shown
    assert not any(avoid[:40] in shown for avoid in AVOID_NOTES.values()), shown
