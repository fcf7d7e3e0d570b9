"""Round 20 of blind rating (bench/reviews/round20_blind_r1.md, _r2.md): answers logged on the
ask's own line with a reaction after them ("'lo hablamos'. classic") read as "no answer yet";
the user's own point chasing an answered ask ("ask straight this time, no más 'lo hablamos'")
or something they owe ("allergen matrix... still not done ffs. say when") got nothing beside
it; "your win of 20 Nov" and "here's what I promised … name it in your own words" left the user
to work out which win or promise.

Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from bot.blocktext import Renderer
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
    SeriesSpec,
)
from coaching.oversharing import Category, Flag
from coaching.prep import Meeting, build_prep
from handlers.views.prep import prep_message
from tests.said import outside_quotes

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
A, G, W, F, AG = (
    EntryKind.ASK,
    EntryKind.GAVE,
    EntryKind.WIN,
    EntryKind.FOLLOWUP,
    EntryKind.AGENDA,
)


def logged(n: int, kind: EntryKind, text: str, days: float) -> Entry:
    return Entry(n, kind, text, EntryStatus.OPEN, NOW - timedelta(days=days), relationship_id=1)


def card(
    *entries: Entry,
    role: Role = Role.MANAGER,
    in_days: int = 5,
    private: str = "",
    scanner: Callable[[str], list[Flag]] | None = None,
    goal: str | None = None,
    name: str = "Carmen Vidal",
    series: tuple[SeriesSpec, ...] = (),
    title: str | None = None,
) -> str:
    """The card as read in the shell, whitespace flattened. `private`: a line the scan is sure
    is personal; `scanner`: the scan itself, when a test needs other readings; `name`: the
    counterpart's; `series`: their 1:1 series (none: a meeting in `in_days` days); `title`:
    their job title as Slack gives it."""
    relationship = Relationship(1, Person(user_id="U7", name=name), role, title=title)
    ctx = CoachingContext(relationship, entries=entries, goal=goal, now=NOW, series=series)
    meeting = Meeting(1, NOW + timedelta(days=in_days), "Tue 1 Dec 15:30")
    personal = [Flag(Category.HEALTH, ("chemo",), None, 0.95)]
    scanner = scanner or (lambda t: personal if t == private else [])
    built = build_prep(ctx, meeting=meeting, scanner=scanner)
    return " ".join(Renderer(lambda user_id: None).message(prep_message(built)).split())


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("asked if i can draft the spring banquet menu. 'lo hablamos'. classic", "lo hablamos"),
        ("asked D about the acting CNM1 list. 'when it comes up' 🙄", "when it comes up"),
        (
            "asked for the tokyo trip in feb. 'peut-être, c'est les comptes d'olivier'",
            "peut-être, c'est les comptes d'olivier",
        ),
        ("asked him to put in a word w aoife? he said 'def' 👍", "def"),
    ],
)
def test_an_answer_with_the_users_reaction_after_it_is_shown_as_the_answer(
    line: str, answer: str
) -> None:
    shown = card(logged(1, A, line, 60))
    assert f"the answer was “{answer}”" in shown, shown
    assert "no answer yet" not in shown


@pytest.mark.parametrize(
    "line",
    [
        "asked for more hours on the pass. 'soon'. still waiting",
        "asked to run the Saturday pass - 'sure' she said, nothing since",
    ],
)
def test_a_reply_the_user_is_still_waiting_on_is_no_answer(line: str) -> None:
    assert "no answer yet" in card(logged(1, A, line, 30))


def test_a_point_chasing_an_answered_ask_is_told_to_ask_for_a_decision() -> None:
    shown = card(
        logged(1, A, "asked if i can draft the spring banquet menu. 'lo hablamos'. classic", 66),
        logged(2, AG, "spring banquets — ask straight this time, no más 'lo hablamos'", 2),
    )
    advice = shown.split("spring banquets — ask straight this time")[1].split("[")[0]
    assert "When you asked on 21 Sep, the answer was “lo hablamos”." in advice
    assert "This time ask for a yes, a no, or a date." in advice


def test_a_point_with_its_own_deadline_soon_after_the_1_1_says_to_message_now() -> None:
    shown = card(
        logged(1, A, "asked if she'd be a referee on the rotation form", 31),
        logged(2, AG, "rotation deadline is 15 dec — ask again re the reference", 1),
        role=Role.MENTOR,
        in_days=14,
    )
    assert "You first asked on 26 Oct, and no answer is logged." in shown
    assert "With Tue 15 Dec your deadline, don't wait for the 1:1: message Carmen now." in shown


def test_a_point_about_something_long_owed_asks_for_a_date_the_user_can_keep() -> None:
    shown = card(
        logged(1, F, "redo allergen matrix for carmen — said id do it", 63),
        logged(2, AG, "allergen matrix... still not done ffs. say when", 1),
        logged(3, F, "rota proposal for dec w the xmas parties — by fri", 9),  # leads the card
    )
    advice = shown.split("still not done ffs. say when")[1].split("[")[0]
    assert "You've owed this since 24 Sep." in advice and "give a date you can keep" in advice


def test_a_point_whose_ask_the_card_already_chases_gets_no_second_word_on_it() -> None:
    shown = card(
        logged(1, A, "asked if i could shadow the banquet manager on saturdays", 40),
        logged(2, AG, "banquet manager shadowing?", 1),
    )
    assert shown.count("ask for a yes, a no, or a date") <= 1, shown


#: Two gives and two asks, one still open: even, with an ask for a win to make the case for.
BALANCE = (
    logged(11, G, "covered the Sunday brunch for Carmen", 10),
    logged(12, G, "trained the 2 new commis on mandolines", 44),
    Entry(13, A, "asked about the pastry course", EntryStatus.DONE, NOW - timedelta(days=88), 1),
    logged(14, A, "asked if i can do the cheese course this spring", 30),
)


def test_a_win_the_card_cannot_name_is_shown_in_the_users_own_words() -> None:
    shown = card(
        logged(1, W, "sat+sun both services w only 3 on the line, 0 comps, 0 returns 💪", 6),
        *BALANCE,
        role=Role.MENTOR,
    )
    # cut where a clause ends (round 33), not mid-phrase ("3 on the…")
    assert (
        "about your win of 20 Nov (“sat+sun both services w only 3 on the line, 0 comps…”)" in shown
    )
    assert "💪" not in shown.split("your win of 20 Nov")[1]


def test_a_private_win_is_still_named_only_by_its_date() -> None:
    line = "back at work after my mum's chemo week, still hit the pass targets"
    shown = card(
        logged(1, W, line, 6),
        *BALANCE,
        role=Role.MENTOR,
        private=line,
    )
    assert "about your win of 20 Nov in a sentence" in shown  # a mentor's card: to advise on
    assert "chemo" not in outside_quotes(shown.split("*Suggested asks*")[1])
    assert "“back at work" not in shown


def test_a_promise_the_card_cannot_name_is_quoted_in_the_reason_never_in_the_ask() -> None:
    shown = card(logged(1, F, "absence numbers v2 w agency split - by fri", 8))
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert "You promised “absence numbers v2 w agency split” on 18 Nov." in asks
    assert "in your own words" not in asks
    said_to_carmen = asks.split("_")[0]  # the ask's own line, before its reason in italics
    assert "agency split" not in said_to_carmen


def scanned(line: str, flag: Flag):
    """A scanner sure of `flag` on `line` alone, as the model would be on a note like it."""
    return lambda text: [flag] if text == line else []


STRAIN_NOTE = "credit union loan for the car, tight till jan. cant afford to lose the allowance"


def test_a_recent_note_of_strain_gets_a_kind_word_for_the_users_eyes() -> None:
    money = Flag(Category.MONEY, ("loan",), "I'd like to talk about my pay.", 0.9)
    shown = card(
        logged(1, EntryKind.NOTE, STRAIN_NOTE, 8),
        logged(2, A, "asked about the acting CNM1 list", 20),
        scanner=scanned(STRAIN_NOTE, money),
    )
    assert "sounds hard going — look after yourself first" in shown
    assert "loan" not in shown.split("*Suggested asks*")[1]


def test_an_old_or_unsure_note_gets_no_kind_word() -> None:
    unsure = Flag(Category.MONEY, ("pay",), "I'd like to talk about my pay.", 0.57)
    sure = Flag(Category.MONEY, ("loan",), "I'd like to talk about my pay.", 0.9)
    line = "CPC course - do they pay? Tomasz got his paid"
    assert "hard going" not in card(
        logged(1, EntryKind.NOTE, line, 8), scanner=scanned(line, unsure)
    )
    assert "hard going" not in card(
        logged(1, EntryKind.NOTE, STRAIN_NOTE, 45), scanner=scanned(STRAIN_NOTE, sure)
    )


@pytest.mark.parametrize(
    "point",
    [
        "secondment decision date?? + do i mention spire or not",
        "tell him abt the licence b4 jan??",
        "might need 2 wks in Italy in Jan - tell Mark or just my GM?",
    ],
)
def test_a_point_asking_whether_to_tell_them_gets_a_way_to_decide(point: str) -> None:
    shown = card(logged(1, AG, point, 1))
    advice = shown.split(point)[1].split("[")[0]
    assert "would you be fine hearing it repeated in a room you're not in?" in advice


@pytest.mark.parametrize(
    "point", ["how do i tell G the physio says no lifting", "tell her the deck is late"]
)
def test_a_point_already_decided_gets_no_way_to_decide(point: str) -> None:
    assert "To decide:" not in card(logged(1, AG, point, 1))


XMAS = "xmas play script - whos doing it (not me again pls)"


@pytest.mark.parametrize(
    ("flag", "said"),
    [
        (Flag(Category.DISTRESS, (), None, 0.54, cued=False), "If this weighs on you more"),
        (Flag(Category.DISTRESS, ("hopeless",), None, 0.54), "That sounds really heavy"),
        (Flag(Category.DISTRESS, (), None, 0.85, cued=False), "That sounds really heavy"),
    ],
)
def test_distress_read_from_no_word_of_its_own_gets_care_that_says_if(
    flag: Flag, said: str
) -> None:
    """Round 20: the full care note beside a note about who writes the Christmas play. It is
    softened, never withheld: it still points to someone to talk to and to a helpline; the
    emergency service only when the reading is sure (round 33: a chef's clash with her GM got
    one)."""
    shown = card(logged(1, AG, XMAS, 1), scanner=scanned(XMAS, flag))
    assert said in shown
    assert "please talk to someone you trust" in shown.lower() and "helpline" in shown
    assert ("emergency" in shown) is said.startswith("That sounds"), shown


@pytest.mark.parametrize("line", ["Unilever intro - follow up gently, don't push", XMAS])
def test_distress_read_from_a_stray_word_shows_no_care_note(line: str) -> None:
    """Round 35: the care note under "Unilever intro - follow up gently, don't push" (distress
    0.13, on "don't")."""
    flag = Flag(Category.DISTRESS, ("don't",), None, 0.13, cued=False)
    shown = card(logged(1, AG, line, 1), scanner=scanned(line, flag))
    assert "someone you trust" not in shown and "helpline" not in shown, shown


def test_raise_it_or_not_gets_a_way_to_decide() -> None:
    point = "the 'muy joven' thing... raise it or not??"
    assert "To decide:" in card(logged(1, AG, point, 1))


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("next week: H&S walk w her + Paweł, 5am", False),  # an event to turn up to
        ("site visit thurs w the client", False),
        ("walkround checklist by fri", True),  # a thing made for one is owed
        ("call the supplier re invoices by fri", True),
    ],
)
def test_an_event_is_not_a_promise_to_get_done(line: str, due: bool) -> None:
    shown = card(logged(1, F, line, 5))
    assert ("get it done by then" in shown or "Overdue since" in shown) is due, shown


# --- round 21 (bench/reviews/round21_blind_r1.md, _r2.md) -------------------------------------


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("pedi ao gerente um dia de folga, ele disse 'talvez'", "talvez"),
        ("ask: budget for the ML course. ans: not this year!!", "not this year"),
        ("asked about moving to days, answer was 'after peak'. meh", "after peak"),
        ("asked to lead the stocktake -> 'go for it' 🙌", "go for it"),
        ("raised my title w/ mgr -> after calibration", "after calibration"),
        ("asked about hybrid fridays 'we'll see' 🙄", "we'll see"),
        ("asked about the conference budget, boss: nope", "nope"),
        ("asked him for feedback, he said it needs work 😬", "it needs work"),
    ],
)
def test_an_answer_said_in_more_ways_is_shown_as_the_answer(line: str, answer: str) -> None:
    shown = card(logged(1, A, line, 40))
    assert f"the answer was “{answer}”" in shown, shown


@pytest.mark.parametrize(
    "line",
    [
        "asked for a raise, said i want senior by june",  # the user's own words
        "le pedí el cambio, le dije 'quiero crecer'",
        "asked for 'the big room' for the offsite",
        "asked about the robot trial -> the lely farm near us??",  # the ask goes on, no answer
        "asked maria for a raise. no reply yet",
    ],
)
def test_words_that_are_not_their_answer_are_not_shown_as_one(line: str) -> None:
    shown = card(logged(1, A, line, 40))
    assert "the answer was" not in shown and "answered" not in shown, shown


@pytest.mark.parametrize(
    "line",
    [
        "skip level 1:1 tues 3pm",
        "termin mit dem chef am di, 15 uhr",
        "QBR w/ rachel's team next wk",
    ],
)
def test_an_event_in_other_words_is_not_a_promise(line: str) -> None:
    shown = card(logged(1, F, line, 3))
    assert "get it done by then" not in shown and "what I promised" not in shown, shown


@pytest.mark.parametrize(
    ("line", "days", "said"),
    [
        ("notas do bimestre no sistema até sexta 4/12", 3, "Fri 4 Dec"),
        ("Gliederung Safety Day slides an Birgit bis 4.12.", 12, "Fri 4 Dec"),
        ("committee votes Tue 1 Dec, my written objection due Mon 30 Nov 12h", 2, "Mon 30 Nov"),
    ],
)
def test_the_day_a_promise_is_due_is_the_one_it_says(line: str, days: int, said: str) -> None:
    shown = card(logged(1, F, line, days), in_days=9)  # the 1:1 after every one of them
    assert f"Due {said}" in shown, shown


def test_what_the_counterpart_is_to_do_is_not_the_users_promise() -> None:
    line = "revalidation due 1 Dec!!! need C to sign the confirmation form before"
    shown = card(logged(1, F, line, 9), in_days=4)
    assert "what I promised" not in shown and "You promised" not in shown, shown
    assert "get it done by then" not in shown


def test_two_asks_that_share_only_a_name_are_not_asked_twice() -> None:
    goal_ctx_entries = (
        logged(1, A, "asked for a study day for the outreach competencies. 'after CQC'", 58),
        Entry(2, A, "asked if i can lead the CQC mock walkround - yes!!", EntryStatus.DONE,
              NOW - timedelta(days=24), relationship_id=1),
    )  # fmt: skip
    assert "You've asked twice" not in card(*goal_ctx_entries)


@pytest.mark.parametrize(
    "point", ["Pilar ansprechen oder nicht??", "o lance do Rui: falo ou não falo?"]
)
def test_a_dilemma_in_another_language_gets_a_way_to_decide(point: str) -> None:
    assert "To decide:" in card(logged(1, AG, point, 1))


PAY = "holiday pay still wrong. 2 payslips now ~£230 missing"


def test_pay_owed_to_the_user_is_asked_for_and_no_give_is_urged() -> None:
    shown = card(
        logged(1, A, "holiday pay wrong on payslip, paid 20h not 30. asked C to sort it", 52),
        logged(2, A, PAY, 10),
        logged(3, G, "trained 4 new starters on scanners", 45),
        logged(4, A, "asked about a perm contract", 66),
        logged(5, A, "asked for days", 31),
        logged(6, AG, "holiday pay £230 when?? + perm?", 1),
        role=Role.OTHER,
    )
    assert "It's money you're owed, not a favour" in shown
    assert "Get what Carmen owes you settled first" in shown
    assert "Open with a give" not in shown and "offer first" not in shown
    assert "decided by your manager" not in shown  # holiday pay is pay, not leave


def test_a_goal_that_opens_with_idk_is_never_the_focus_of_an_ask() -> None:
    from coaching.focus import derive_focus

    assert derive_focus("idk, not look clueless in front of him? maybe the arbitration") is None
    assert derive_focus("no sé") is None
    assert derive_focus("not sure yet, maybe people management") == "people management"
    # and where it lands: no ask says the hedge ("who else … about idk?", round 20)
    for goal in ("idk, not look clueless in front of him? maybe the arbitration", "no sé"):
        asks = card(logged(1, W, "drafted the witness statement", 5), role=Role.SKIP, goal=goal)
        said = asks.split("*Suggested asks*")[1].split("*Balance*")[0].lower()
        assert "idk" not in said and "no sé" not in said and "front of him" not in said, said


# --- round 22 (bench/reviews/round22_blind_r1.md, _r2.md) -------------------------------------


@pytest.mark.parametrize(
    "line", ["Jan off-duty to the ADON by mon 30 nov", "Nov-Zahlen bis 1.12. an Controlling"]
)
def test_what_is_owed_to_someone_else_is_not_handed_to_them(line: str) -> None:
    """The rota owed to the ADON was "Bernadette, I'll have what I promised to you by Mon 30
    Nov", and the balance line told the user to send it to her."""
    shown = card(logged(1, F, line, 4), in_days=6)
    assert "what I promised" not in shown and "You promised" not in shown, shown
    assert "Send Carmen" not in shown
    assert "Due Mon 30 Nov" in shown or "Due Tue 1 Dec" in shown  # still the user's deadline


def test_a_goal_in_words_the_asks_cannot_say_gives_no_focus() -> None:
    from coaching.focus import derive_focus

    assert derive_focus("não sei direito... quero crescer. diretora um dia? talvez") is None
    assert derive_focus("get my cert IV in training and assessment") is not None


def test_a_quote_cut_short_never_leaves_half_a_quote() -> None:
    line = "asked Ruan for 2 casuals for Black Friday. he said he'll 'see what he can do'"
    shown = card(logged(1, A, line, 9))
    assert "the answer was “he'll see what he can do”" in shown, shown


# --- a fresh-eyes review of this stop's rules: what they must not catch ------------------------


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("I will send the rota by Fri", "Ian Smith"),  # the user's own promise, not Ian's
        ("draft an RCA by fri", "Carmen Vidal"),  # the article, not the German "an"
        ("convert deck to PDF by fri", "Carmen Vidal"),  # a tool, not a person
        ("send rota to CV by fri", "Carmen Vidal"),  # the counterpart's initials
    ],
)
def test_the_users_own_promises_stay_promises(line: str, who: str) -> None:
    from coaching.due import owed_by_them, owed_to_someone_else

    assert not owed_by_them(line, who) and not owed_to_someone_else(line, who)
    if who == "Carmen Vidal":  # and the card hands it to her
        assert "You promised" in card(logged(1, F, line, 8))


@pytest.mark.parametrize(
    "line",
    [
        "asked about the raise, she said check with Jan in finance",  # a person, not January
        "asked about the course, she said talk to Mei first",
    ],
)
def test_a_name_is_not_read_as_the_month_an_ask_waits_for(line: str) -> None:
    assert any(a in card(logged(1, A, line, 30)) for a in ("answered", "Carmen, "))
    shown = card(logged(1, A, line, 30))
    assert "where that has got to" in shown, shown  # still chased


@pytest.mark.parametrize(
    "line",
    [
        "asked for promo review, status: still waiting",
        "asked for a laptop, ticket: 4411",
        "asked G re the rota -> chase next wk",
        "vroeg om opslag dit kwartaal",  # Dutch "dit" is "this", not "said"
        "asked if i can attend 'Lean Basics'",  # a course's name, not a reply
    ],
)
def test_more_words_that_are_not_an_answer(line: str) -> None:
    shown = card(logged(1, A, line, 30))
    assert "the answer was" not in shown and "answered" not in shown, shown


@pytest.mark.parametrize(
    "line", ["scored on avg 4/5 in the audit", "cut agency spend by 1.5", "ship on version 2.1"]
)
def test_a_number_is_not_a_day(line: str) -> None:
    shown = card(logged(1, F, line, 3))
    assert "Due " not in shown and "Overdue" not in shown, shown


def test_due_to_is_because_of_not_a_deadline() -> None:
    shown = card(logged(1, F, "send Q4 deck by 1 Dec (late due to IT outage 25 Nov)", 2))
    assert "Overdue" not in shown and "Due Tue 1 Dec" in shown, shown


@pytest.mark.parametrize("line", ["Board meeting: finish slides by Thu", "budget review, by fri"])
def test_work_owed_for_an_event_is_still_owed(line: str) -> None:
    assert "get it done by then" in card(logged(1, F, line, 2)) or "Due" in card(
        logged(1, F, line, 2)
    )


@pytest.mark.parametrize(
    "line", ["ask for a bigger expenses budget for team socials", "ask about the sick pay policy"]
)
def test_money_talk_is_not_money_owed_to_the_user(line: str) -> None:
    shown = card(logged(1, A, line, 30), logged(2, A, "asked for a rota change", 40))
    assert "owes you" not in shown and "money you're owed" not in shown


def test_the_answer_of_a_private_ask_is_never_quoted() -> None:
    line = "asked for fridays off for mum's chemo, she said 'ok, take what you need for mum'"
    shown = card(
        logged(1, A, line, 30), logged(2, AG, "fridays off for mum - still ok?", 1), private=line
    )
    assert "take what you need" not in outside_quotes(shown.split("*Carried forward*")[1].split(
        "*Your talking points*")[1]), shown  # fmt: skip


@pytest.mark.parametrize(
    "point",
    ["mention overtime budget - can we get more?", "tell team about new rota, who covers sat?"],
)
def test_a_work_question_is_no_dilemma_about_telling(point: str) -> None:
    assert "To decide:" not in card(logged(1, AG, point, 1))


def test_an_acting_manager_is_not_told_about_to_your_manager() -> None:
    relationship = Relationship(
        1,
        Person(user_id="U7", name="Bev Hart"),
        Role.SKIP,
        title="Head of Housing, covering as his line manager while Kev is off sick",
    )
    entries = (logged(1, A, "asked about the senior officer regrade", 20),)
    ctx = CoachingContext(
        relationship, entries=entries, goal="get the senior officer regrade", now=NOW
    )
    built = build_prep(
        ctx, meeting=Meeting(1, NOW + timedelta(days=4), "Mon 30 Nov"), scanner=lambda t: []
    )
    shown = " ".join(Renderer(lambda user_id: None).message(prep_message(built)).split())
    assert "your manager" not in shown.split("*Suggested asks*")[1].split("*Balance*")[0], shown


def test_advice_beside_a_point_is_about_the_ask_it_chases_not_a_neighbour() -> None:
    """Round 23: the headcount ask's answer ("will check w/ finance") was put beside the point
    about the Bhiwandi role."""
    shown = card(
        logged(1, A, "asked for 2 more pickers for peak, she said will check w/ finance", 90),
        logged(2, A, "asked about the Bhiwandi site lead role, she said 'first show me peak'", 60),
        logged(3, AG, "Bhiwandi role - ask again now peak is over?", 1),
    )
    advice = shown.split("ask again now peak is over?")[1].split("[")[0]
    assert "will check w/ finance" not in advice, advice


def test_a_promise_that_says_promised_is_not_said_twice() -> None:
    shown = card(logged(1, F, "promised ma'am the transport vendor comparison (3 vendors)", 15))
    assert "You promised “promised" not in shown, shown


def test_a_referee_ask_is_chased_as_the_reference_not_as_training() -> None:
    """Round 23: "would he be a referee for the PO competition" was "the training I asked you
    about in August"."""
    line = "Asked D would he be a referee for the PO competition. 'Of course, remind me later'"
    shown = card(logged(1, A, line, 100), role=Role.SPONSOR)
    assert "the training I asked" not in shown
    assert "the reference I asked you about" in shown or "“Of course, remind me later”" in shown


def test_a_named_day_this_week_leads_over_a_whole_month() -> None:
    """Round 22: a reference letter needed "até domingo 29" was left off the card for a shadow
    day "in December" that the goal rides on."""
    shown = card(
        logged(1, A, "asked if I could shadow her one day at the wound clinic in December", 28),
        logged(2, AG, "reference letter!! need it by Sunday 29, application closes monday", 1),
        in_days=1,
        goal="become a wound clinic specialist nurse, shadow the wound clinic",
    )
    asks = shown.split("*Suggested asks*")[1]
    assert "Sun 29 Nov" in asks.split("2.")[0], asks


@pytest.mark.parametrize(
    "line", ["need C to sign my revalidation form before 1 Dec", "site visit thurs w the client"]
)
def test_the_balance_line_never_hands_over_what_is_not_the_users_promise(line: str) -> None:
    """One rule for "the user's promise to them" (`coaching.due.owed_to_them`) on the whole card:
    the balance line named "your follow-up" to send for what the counterpart is to do."""
    shown = card(logged(1, F, line, 9), logged(2, A, "asked about the band 6 post", 30))
    assert "Send Carmen" not in shown and "You promised" not in shown, shown
