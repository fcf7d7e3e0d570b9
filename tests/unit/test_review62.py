"""Round 61's reviews (bench/reviews/round61_blind_r1.md, _r2.md) on the cards of sets DG and DH:
asks put to someone else or asked of the user, chased from the counterpart as if theirs; an
answer said in Hinglish. Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from tests.unit.test_review20 import card, logged

A, N, AG, F = EntryKind.ASK, EntryKind.NOTE, EntryKind.AGENDA, EntryKind.FOLLOWUP

#: What a chase of an open ask says, in any of its phrasings.
CHASES = ("asked you about", "No answer logged since", "When you asked on")


def chased(said: str) -> bool:
    return any(words in said for words in CHASES)


@pytest.mark.parametrize(
    ("ask", "name"),
    [
        ("asked Priya for the Q3 spec, nothing back yet", "Carmen Vidal"),
        ("pedi à Dona Fátima a troca de turno do dia 12, nada ainda", "Rui Costa"),
        ("le pregunté a Rodrigo por el bono de diciembre, nada", "Carmen Vidal"),
        ("zapytałem p. Ewę o grafik na grudzień, cisza", "Marek Nowak"),
        ("鈴木課長に来月の有給を相談した → まだ返事なし", "山本GM"),
        ("asked Mrs Okafor AGAIN for the overtime sign-off", "Mr Pillay"),
    ],
)
def test_an_ask_put_to_someone_else_is_not_chased_from_them(ask: str, name: str) -> None:
    """Round 61: a department head's "no" was chased from the general manager ("森田GM, is
    there any news on what I asked you about?")."""
    said = card(logged(1, A, ask, 30), name=name)
    assert not chased(said), said


@pytest.mark.parametrize(
    "ask",
    [
        "Carmen ne pucha 6 Dec Sunday cover kar doge? abhi jawab nahi diya",
        "Carmen me pidió que cubra el sábado 12, no le he contestado",
        "Carmen pediu-me para fazer o turno de domingo, ainda não respondi",
        "Carmen asked me if I can cover the Saturday shift",
    ],
)
def test_their_request_of_the_user_is_not_chased_as_the_users_ask(ask: str) -> None:
    """Round 61: "Sandeep ne pucha … cover kar doge?" (Sandeep asked: will you cover?) was the
    user's open ask, chased from Sandeep."""
    said = card(logged(1, A, ask, 30))
    assert not chased(said), said


@pytest.mark.parametrize(
    ("ask", "name"),
    [
        ("asked Carmen about the NEBOSH course budget", "Carmen Vidal"),
        ("pedi ao Rui p pagar o curso de alta tensão", "Rui Costa"),
        # sent back to them by whoever was asked: theirs now
        ("le pregunté a Mauricio por la renovación, 'eso lo decide Carmen'", "Carmen Vidal"),
        # their name written in another script: not told apart, so still theirs
        ("大塚さんに清酒学校の推薦状をお願いした. waiting", "Ōtsuka"),
        ("asked Auntie C if she will write my reference letter", "Carmen Vidal"),
        ("le pedí a Chef Carm q me revisara la propuesta del menú", "Carmen Vidal"),
    ],
)
def test_an_ask_put_to_them_is_still_chased(ask: str, name: str) -> None:
    said = card(logged(1, A, ask, 30), name=name)
    assert chased(said), said


def test_an_answer_said_in_hinglish_is_the_answer() -> None:
    """Round 61: "bole 'system error hoga'" (he said: probably a system error) was "no answer
    yet"."""
    said = card(
        logged(
            1,
            A,
            "Carmen ko Zone C shortage ka bataya, bole 'system error hoga, WMS sync issue'. "
            "mujhe pakka nahi laga",
            8,
        )
    )
    assert "the answer was “system error hoga, WMS sync issue”" in said, said


@pytest.mark.parametrize(
    "point",
    [
        "lockout on line 2 - name him or not?? don't want to be a snitch",
        "consignação na prensa - falar sem nomear ninguem?? nao quero ser bufo",
        "el que grita a los nuevos: ¿nombrarlo o no?",
        "山田さんの件どう伝えるか（名前出す？出さない？）",
        "Zenek krzyczy na nowych - z nazwiskiem czy bez?",
    ],
)
def test_whether_to_name_someone_gets_a_way_to_decide_it(point: str) -> None:
    """Round 61: "falar sem nomear ninguem?? ou nomear?" got nothing; "名前出す？出さない？"
    got "if neither, it can wait"."""
    said = card(logged(1, AG, point, 1))
    assert "On naming names" in said and "it can wait" not in said, said


@pytest.mark.parametrize(
    "point",
    [
        "rename the shared drive folders before the audit?",
        "name for the new product line - any ideas?",
        "nombrar un responsable de turno para diciembre",
        # a fresh-eyes review of this change
        "should we name them Team Phoenix or keep the old name?",
        "give her name for employee of the month?",
        "nomear um substituto para as férias da Ana?",
        "czy wymienić go na nowszy laptop?",
        "発表で田中さんの名前を出して感謝したい？",
        "z nazwiskiem czy bez na identyfikatorze?",
    ],
)
def test_naming_a_thing_is_no_question_of_naming_someone(point: str) -> None:
    said = card(logged(1, AG, point, 1))
    assert "On naming names" not in said, said


@pytest.mark.parametrize(
    "point",
    [
        "line 2 lockout - nao quero ser bufo mas alguem se vai magoar. como falar?",
        "Kuba i klodka - nie chce byc kapusiem, jak to powiedziec?",
    ],
)
def test_a_fear_of_telling_on_someone_is_answered(point: str) -> None:
    said = card(logged(1, AG, point, 1))
    assert "isn't telling on a colleague" in said or "raise it as a concern" in said, said


def test_shouting_at_a_colleague_in_japanese_is_about_how_they_are_treated() -> None:
    said = card(logged(1, N, "主任がまた新人の佐藤さんに怒鳴ってた。佐藤さん泣いてた", 5))
    assert "is about how someone is treated" in said, said


def test_a_worry_of_the_same_person_and_place_is_raised_by_the_point_that_raises_the_other() -> (
    None
):
    """Round 61: "none of your points raises it" beside the point about that very panel."""
    said = card(
        logged(1, N, "vi o P. outra vez a mexer no quadro da extrusora sem consignar", 9),
        logged(2, N, "quase acidente: o estagiario ligou o disjuntor c o P. dentro do quadro", 6),
        logged(3, AG, "consignação na extrusora - falar sem nomear ninguem?? ou nomear?", 1),
    )
    assert "none of your points raises it" not in said, said
    assert "comes back to your note" in said and "On naming names" in said, said


@pytest.mark.parametrize("role", [Role.SPONSOR, Role.SKIP])
def test_a_sponsor_or_skip_level_is_never_invited_to_say_no(role: Role) -> None:
    """Round 61: "A no for now is fine — I'd rather know" to the partner sponsoring the user's
    partnership case, and to a general manager two levels up."""
    for in_days in range(1, 29, 3):  # the phrasings rotate from one 1:1 to the next
        ask = logged(1, A, "asked Carmen for a slot on the ops review agenda", 25)
        said = card(ask, role=role, in_days=in_days)
        assert "no for now" not in said and chased(said), said


@pytest.mark.parametrize(
    ("point", "kept"),
    [
        (
            "Kevin keeps making racist jokes at the pass - name him or keep it general?",
            "This is a concern about the work",
        ),
        (
            "got an offer from Acme, 15% more - use their name to push for a raise? or not?",
            "not the offer",
        ),
    ],
)
def test_the_naming_note_never_takes_the_place_of_the_points_own_note(
    point: str, kept: str
) -> None:
    said = card(logged(1, AG, point, 1))
    assert kept in said, said


@pytest.mark.parametrize(
    "point",
    [
        "vou ter que engolir sapo de novo?",
        "grafik na grudzień - uzgodnić z p. Kapuścińską?",
        "budżet na wigilię firmową - barszcz czy kapuśniak?",
    ],
)
def test_words_that_only_look_like_snitching_raise_nothing(point: str) -> None:
    said = card(logged(1, AG, point, 1))
    assert "raise it as a concern" not in said and "telling on" not in said, said


@pytest.mark.parametrize(
    "note",
    [
        "Ops removed my padlock from the gym locker, lost my stuff",
        "facilities took the padlock off the bin store, keys now at reception",
        "quitaron el candado del almacén de papelería, ahora con tarjeta",
        "o fornecedor só aceita vender sem consignação agora",
        "パワハラ防止研修の資料を作成、来週展開予定",
        "セクハラ対策の社内ポスター完成",
        "갑질 예방 교육 자료 준비 완료",
        "お客様アンケート：「スタッフが怒鳴ったりせず丁寧」と高評価",
        "隣の部屋の人が夜中に怒鳴っていて寝不足",
    ],
)
def test_lines_that_only_share_a_worrys_words_raise_nothing(note: str) -> None:
    said = card(logged(1, N, note, 3), logged(2, AG, "Q1 roadmap priorities", 1))
    assert "Your note of" not in said, said


def test_being_shouted_at_said_in_the_japanese_passive_is_the_users_own() -> None:
    said = card(logged(1, N, "会議中、田中さんにみんなの前で怒鳴られた。3回目", 3))
    assert "isn't yours to absorb quietly" in said, said


@pytest.mark.parametrize(
    ("other", "point"),
    [
        ("fire exit blocked by pallets on the night shift", "fire exit - raise?"),
        ("Dev skipped the lockout on line 2 on night shift, guard off", "line 2 lockout - raise?"),
    ],
)
def test_a_worry_of_another_kind_keeps_its_own_warning(other: str, point: str) -> None:
    said = card(
        logged(1, N, "Dev made a sexist comment to Ama on the night shift", 3),
        logged(2, N, other, 2),
        logged(3, AG, point, 1),
    )
    assert "isn't yours to absorb quietly" in said or "how someone is treated" in said, said


@pytest.mark.parametrize(
    ("ask", "name"),
    [
        ("She asked me what I need for next year, I said the AWS course budget", "Carmen Vidal"),
        ("Carmen asked me to lead onboarding; I asked for a title bump in return", "Carmen Vidal"),
        ("Carmen me preguntó qué necesitaba y le pedí el curso de inglés", "Carmen Vidal"),
        ("Carmen hat mich gefragt was ich brauche: Budget für die Schulung", "Carmen Vidal"),
        ("Rahul ne pucha kya chahiye, maine bola promotion chahiye", "Rahul Sharma"),
        ("面談で部長に聞かれたので、昇給希望を伝えた。返事待ち", "田中 浩"),
        ("部長に昇給の件を相談した", "田中 浩"),
        ("昇給の件、先週田中部長に相談済み", "田中 浩"),
        ("zapytałem Lukasza o podwyżkę", "Łukasz Nowak"),
        ("asked Ibrahim about the night shift allowance", "İbrahim Yılmaz"),
        ("zapytałem Tomka o urlop", "Tomasz Wiśniewski"),
        ("poprosiłam Kasię o dzień wolny", "Katarzyna Zając"),
        ("le pregunté a Pepe por el bono", "José Martínez"),
        ("le pedí a Lupe el curso de Excel", "Guadalupe Ortiz"),
        ("asked Liz re: the title change", "Elizabeth Moore"),
        ("zapytałem Pana Dyrektora o podwyżkę", "Jan Kowalski"),
        ("pedi à Diretora a transferência", "Anna Schmidt"),
    ],
)
def test_an_ask_to_them_by_another_form_of_their_name_or_post_is_still_chased(
    ask: str, name: str
) -> None:
    """A fresh-eyes review of this change: nicknames, accents left off, Polish cases, a post
    said alone and the user's own ask after their question were read as someone else's."""
    said = card(logged(1, A, ask, 30), name=name)
    assert chased(said), said


def test_the_users_own_words_in_hinglish_are_no_answer() -> None:
    said = card(
        logged(1, A, "hike ke liye pucha, maine kaha 'market se 20% kam hai' aur offer bhi", 20),
        name="Rahul Sharma",
    )
    assert "the answer was" not in said, said


def test_a_point_naming_someone_in_japanese_carries_the_note_about_them() -> None:
    """Round 61: "近藤さんの件、山下さんに言うべき？" beside the note of 近藤さん shouting at 森くん
    was tied to nothing, and "森くんの名前は出したくない" got no word on naming."""
    said = card(
        logged(1, N, "近藤さんがまた森くんに怒鳴ってた 皿投げた 森くん裏で泣いてた", 20),
        logged(2, AG, "近藤さんの件、言うべき？二人は同期で仲いい。森くんの名前は出したくない", 1),
        name="山下さん",
    )
    assert "comes back to your note" in said and "On naming names" in said, said
    assert "it can wait" not in said, said


def test_a_japanese_point_about_someone_else_carries_no_note_about_another() -> None:
    said = card(
        logged(1, N, "近藤さんがまた森くんに怒鳴ってた 皿投げた", 20),
        logged(2, AG, "年末シフトと練習の両立 相談？", 1),
        name="山下さん",
    )
    assert "comes back to your note" not in said, said


def test_a_point_labelled_by_the_notes_own_words_carries_it_and_answers_the_fear() -> None:
    said = card(
        logged(1, N, "data loggers za truck KDK zimeeditiwa - temp ilipanda 14°C, insulin", 6),
        logged(2, AG, "temp logs - niende QA direct ama kwa Otieno kwanza? naogopa snitch", 1),
    )
    assert "comes back to your note" in said and "none of your points" not in said, said
    assert "isn't telling on a colleague" in said, said


@pytest.mark.parametrize(
    "goal",
    [
        "nipate MSc scholarship (Wageningen) na nikuwe na data nzuri ya fodder trials",
        "nataka kuwa depot manager by 2027",
    ],
)
def test_a_goal_in_swahili_is_never_pasted_into_an_english_ask(goal: str) -> None:
    """Round 61: "what do you wish you'd known earlier about nipate MSc scholarship?"."""
    said = card(goal=goal, role=Role.MENTOR)
    assert "nipate" not in said.split("Suggested asks")[-1], said
    assert "nataka" not in said.split("Suggested asks")[-1], said


# --- a second fresh-eyes review of this change ------------------------------------------------


@pytest.mark.parametrize(
    ("note", "point"),
    [
        ("お客さんに怒鳴られた。店長は見てるだけだった", "お客さんアンケートの結果、共有する？"),
        (
            "利用者さんに暴言を吐かれた。主任は笑ってた",
            "利用者さんの誕生日会の準備、手伝ってもらえる？",
        ),
        ("派遣さんが森くんに怒鳴ってた 皿投げた", "派遣さんの契約更新、来月で大丈夫？"),
        ("皆さんの前で部長に怒鳴られた", "年末、皆さんへの挨拶どうする？"),
        (
            "近藤さんが森くんに怒鳴ってた。山下さんにはまだ言ってない",
            "山下さんに年末シフトの相談？",
        ),
        (
            "Carlos shouted at the new apprentice in the parking bay again",
            "car park - permits for the night staff",
        ),
        (
            "Kev drilling overhead without goggles again, fired back at me",
            "fire drill - date for January",
        ),
        (
            "Vanessa keeps making comments about my weight, keys in hand",
            "van keys - need a second set",
        ),
    ],
)
def test_a_point_sharing_only_a_common_word_with_a_worry_does_not_carry_it(
    note: str, point: str
) -> None:
    said = card(logged(1, N, note, 5), logged(2, AG, point, 1), name="山下さん")
    assert "comes back to your note" not in said and "Your note of" in said, said


#: Notes that say a worry: work without its lockout, a padlock taken off, a new hire shouted at,
#: a record found changed (round 61 read each as no worry at all: an insulin shipment's
#: temperature excursion edited out of the logger data among them).
WORRIES = [
    "vi o Zé outra vez a mexer no quadro da prensa sem consignar",
    "Kuba zdjal klodke z wylacznika a ja mialem tam ludzi",
    "Gav took his padlock off the isolator while I was in the panel",
    "主任がまた新人の佐藤さんに怒鳴ってた。佐藤さん泣いてた",
    "data loggers za truck KDK zimeeditiwa - temp ilipanda 14°C, report inaonyesha 2-8",
    "the temp logs on fridge 3 were edited after the audit",
    "someone backdated the calibration records",
    "温度記録を書き換えた人がいる",
]
#: Notes that only share a worry's words: a padlock moved, one's own edits, a record changed in
#: ordinary work (a fresh-eyes review of this change).
NOT_WORRIES = [
    "took the padlock to the shed for Mike",
    "removed the lock from the gate, it was rusted",
    "I edited the report for Dana before the board",
    "data was changed in the new dashboard layout",
    "changed the data source for the report",
    "org chart was changed again, I now report to Dev",
    "the log was edited to fix a typo in the batch number",
    "the temps were changed to day shift from Monday",
    "meter readings were changed to monthly instead of weekly",
    "patient records were modified in the migration to the new EPR",
    "a data e os horários foram alterados pelo cliente, reunião agora dia 12",
    "los registros de turnos alterados por el cambio de horario",
    "今月、店の売上記録を書き換えた！過去最高",
    "テストデータを書き換えたらCIが通った",
]


@pytest.mark.parametrize("note", WORRIES)
def test_a_worry_said_in_these_words_is_raised(note: str) -> None:
    assert "Your note of" in card(logged(1, N, note, 5))


@pytest.mark.parametrize("note", NOT_WORRIES)
def test_a_note_that_only_shares_a_worrys_words_raises_nothing(note: str) -> None:
    said = card(logged(1, N, note, 5))
    assert "Your note of" not in said, said


# --- round 62 (sets DI-DL) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "point",
    [
        "el 47: q lo saquen de servicio hasta q lo revise alguien q no sea Rubén",
        "take bus 12 out of service until the brakes are checked by someone else",
    ],
)
def test_a_demand_to_take_a_vehicle_out_of_service_is_a_safety_point(point: str) -> None:
    """Round 62: a bus whose brakes failed, now driven by a novice, was told "you've owed this
    since 12 Nov … a late thing with a firm date still builds trust"."""
    said = card(
        logged(1, F, "llevar copia de los partes del 47 y de lo q dijo Rubén", 20),
        logged(2, AG, point, 1),
        in_days=11,
    )
    assert "A safety point won't keep" in said and "You've owed this" not in said, said


def test_an_offer_named_by_who_makes_it_gets_the_offer_note() -> None:
    """Round 62: "the Welly offer. tell him or not??" got "if neither, it can wait"."""
    said = card(logged(1, AG, "the Welly offer. tell him or not?? if yes, before 11 Dec", 1))
    assert "Don't use the offer as a threat" in said and "it can wait" not in said, said


def test_a_sale_named_offer_is_no_job_offer() -> None:
    said = card(logged(1, AG, "the Christmas offer for customers - how do we staff the till?", 1))
    assert "Don't use the offer as a threat" not in said, said
