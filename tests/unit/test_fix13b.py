"""Round 12 review, patterns 3, 10 and 11: the card around the asks — rewrites that keep whose
matter it is and what the work needs, no personal rewrite for late work, coaching on an outside
offer, a balance line that says one thing, and checklist questions tied to the role.

Inputs are invented across trades; assertions are on the rendered card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.blocktext import Renderer
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)
from coaching.oversharing import Category, Flag
from coaching.prep import LATE_NOTE, OFFER_NOTE, Meeting, build_prep
from coaching.reframes import FOR_MENTOR, about_someone_close, reframe_for
from handlers.views.prep import prep_message

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


def point(text: str, n: int = 1, kind: EntryKind = EntryKind.AGENDA) -> Entry:
    return Entry(n, kind, text, EntryStatus.OPEN, NOW - timedelta(days=3), relationship_id=1)


def flag(category: Category, trigger: str, text: str, *, p: float = 0.9) -> Flag:
    """A flag as the scan makes it: its rewrite chosen from the trigger and the note."""
    return Flag(category, (trigger,), reframe_for(category.value, (trigger,), text), p)


def card(*entries: Entry, role: Role = Role.MANAGER, flags: dict[str, Flag] | None = None) -> str:
    """The card as read in the shell, whitespace flattened."""
    flags = flags or {}
    relationship = Relationship(1, Person(user_id="U7", name="Morgan Hale"), role)
    ctx = CoachingContext(relationship, entries=entries, goal=None, now=NOW)
    meeting = Meeting(1, NOW + timedelta(days=2), "Sat 28 Nov 10:00")
    built = build_prep(
        ctx, meeting=meeting, scanner=lambda text: [flags[text]] if text in flags else []
    )
    return " ".join(Renderer(lambda user_id: None).message(prep_message(built)).split())


# --- a physical restriction: which jobs, for how long -----------------------------------------

RESTRICTIONS = [
    ("physio", "physio says no heavy lifting for a fortnight, how do I tell the foreman"),
    ("GP", "GP says no ladders till my wrist heals - what about the Elm St job"),
    ("op", "on light duties after my op, can I still do the morning deliveries?"),
    ("shoulder", "shoulder's gone, can't carry the stock pots this week"),
    ("knee", "my knee won't take kneeling, no kneeling for a month on the floor fits"),
]


@pytest.mark.parametrize(("trigger", "text"), RESTRICTIONS)
def test_a_physical_restriction_is_rewritten_as_which_jobs_for_how_long(
    trigger: str, text: str
) -> None:
    shown = card(point(text), flags={text: flag(Category.HEALTH, trigger, text)})
    assert "which ones need covering, and for how long?" in shown
    assert "flexibility in my schedule" not in shown


@given(
    st.sampled_from(["no", "can't do any", "not allowed any", "told to avoid", "off"]),
    st.sampled_from(["lifting", "climbing", "carrying", "bending", "kneeling", "shovelling"]),
    st.sampled_from(["the van", "the wards", "site", "the line", "the yard", "the kitchen"]),
)
def test_any_task_ruled_out_by_an_injury_names_the_physical_jobs(
    no: str, task: str, place: str
) -> None:
    text = f"back injury, {no} {task} on {place} for a bit"
    assert "physical jobs" in (reframe_for("health", ("injury",), text) or "")


# --- someone close: a family matter, never the user's own health ------------------------------

CLOSE = [
    ("stroke", "dad's had a stroke, I'm doing hospital runs most evenings"),
    ("chemo", "my sister starts chemo in Jan, I'll be taking her every other week"),
    ("surgery", "wife's surgery is on the 9th and she can't drive after"),
    ("hospice", "nan moved to a hospice, not sure how much longer"),
]


@pytest.mark.parametrize(("trigger", "text"), CLOSE)
@pytest.mark.parametrize("role", [Role.MANAGER, Role.MENTOR])
def test_a_relatives_illness_is_a_family_matter(trigger: str, text: str, role: Role) -> None:
    shown = card(point(text), role=role, flags={text: flag(Category.HEALTH, trigger, text)})
    assert "health matter" not in shown and "health detail" not in shown
    assert "family detail" in shown
    if role is Role.MENTOR:
        assert FOR_MENTOR["family"] in shown
    else:
        assert "Things outside work need my attention" in shown


def test_the_users_own_health_stays_theirs_when_family_is_mentioned() -> None:
    assert not about_someone_close("my knee op is on the 3rd, mum will drive me")
    assert not about_someone_close("I'm off sick again, my partner says see the GP")
    assert about_someone_close("mum got her results, chemo from Feb")


# --- late work: a new date, no personal rewrite ----------------------------------------------

LATE = [
    "stock take not finished, sorry",
    "site survey report is late - apologies, can I have till Weds?",
    "invoices not done. sorry. end of month ok?",
    "lesson plans for Y9 still not ready, sorry",
]


@pytest.mark.parametrize("text", LATE)
def test_late_work_gets_a_work_framing_not_a_personal_rewrite(text: str) -> None:
    hedged = Flag(
        Category.MENTAL_HEALTH, ("sorry",), "I wasn't at my best — here's how I'll catch up.", 0.5
    )
    shown = card(point(text), flags={text: hedged})
    assert "wasn't at my best" not in shown and ":warning:" not in shown
    assert LATE_NOTE in shown


def test_late_work_with_a_personal_reason_keeps_its_flag() -> None:
    text = "rota late, sorry - mum's been in hospital all week"
    shown = card(point(text), flags={text: flag(Category.FAMILY, "mum", text)})
    assert ":warning:" in shown and LATE_NOTE not in shown


# --- "heard nothing" is waiting for news, not hearsay -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the depot transfer - heard nothing since September",
        "still not heard back on the tender",
        "haven't heard anything about the night rate",
    ],
)
def test_waiting_for_news_is_not_gossip(text: str) -> None:
    shown = card(point(text), flags={text: flag(Category.GOSSIP, "heard", text)})
    assert ":warning:" not in shown
    assert "how our plans are changing" not in shown


def test_hearsay_about_a_colleague_still_shows() -> None:
    text = "heard Callum's getting the supervisor job, apparently it's done"
    shown = card(point(text), flags={text: flag(Category.GOSSIP, "heard", text)})
    assert ":warning:" in shown


# --- an outside offer with someone who has a say -----------------------------------------------

OFFERS = [
    ("recruiter", "a recruiter rang about a practice manager job, 4k more - mention it to her?"),
    ("offered", "the agency offered me a senior designer role, could use it to push for promo"),
    ("headhunted", "got headhunted by a rival garage, do I tell him so he matches it?"),
]


@pytest.mark.parametrize(("trigger", "text"), OFFERS)
@pytest.mark.parametrize("role", [Role.MANAGER, Role.SPONSOR, Role.SKIP])
def test_an_outside_offer_with_someone_who_has_a_say_gets_how_to_handle_it(
    trigger: str, text: str, role: Role
) -> None:
    flags = {text: flag(Category.JOB_HUNT, trigger, text)}
    shown = card(point(text), role=role, flags=flags)
    assert OFFER_NOTE in shown
    bare = card(point(text), role=role)  # the scan missed it: the words still say leverage
    assert "Talk about growing here, not the offer." in bare


def test_a_mentor_is_where_to_weigh_an_offer_so_no_warning_note() -> None:
    text = OFFERS[0][1]
    shown = card(point(text), role=Role.MENTOR, flags={text: flag(Category.JOB_HUNT, "x", text)})
    assert OFFER_NOTE not in shown


def test_offering_help_is_not_an_outside_offer() -> None:
    shown = card(point("can I offer to cover the Saturday shift so we can push the order?"))
    assert OFFER_NOTE not in shown


# --- balance: one thing to do, not a log dump ----------------------------------------------------


def test_balance_without_gives_or_asks_is_not_an_inventory() -> None:
    entries = (
        point("new walk-in fridge is working well", 1, EntryKind.NOTE),
        point("passed my food hygiene level 3", 2, EntryKind.WIN),
        point("can I try the sauce section?", 3),
    )
    shown = card(*entries)
    balance = shown.split("*Balance*")[1].split("Before you go in")[0]
    assert "logged a note" not in balance and "a win" not in balance
    assert "note what you gave Morgan (`gave:`) or asked for (`ask:`)" in balance


# --- checklist: tied to the role ------------------------------------------------------------------


def test_a_personal_point_with_a_mentor_asks_about_trust_only() -> None:
    text = "my wife's pregnant, due in May, should I hold off on the course?"
    flags = {text: flag(Category.HEALTH, "pregnant", text)}
    mentor = card(point(text), role=Role.MENTOR, flags=flags)
    assert "Do you trust this person with it?" in mentor
    assert "a meeting you are not in" not in mentor
    manager = card(point(text), role=Role.MANAGER, flags=flags)
    assert "a meeting you are not in" in manager


# --- their stated wish for ideas frames the balance -------------------------------------------

WISHES = [
    "Morgan said bring me ideas, not just requests",
    "she wants solutions not problems from the shift leads",
    "told me to come to her with proposals, not moans",
]


@pytest.mark.parametrize("wish", WISHES)
def test_a_stated_wish_for_ideas_says_bring_one_on_their_priority(wish: str) -> None:
    entries = (
        point(wish, 1, EntryKind.NOTE),
        point("returns rate on the online orders is too high", 2, EntryKind.PRIORITY),
        point("can I go on the forklift course?", 3, EntryKind.ASK),
        point("could I move to days in the new year?", 4, EntryKind.ASK),
    )
    balance = card(*entries).split("*Balance*")[1]
    assert "Bring one idea for" in balance and "asked for ideas rather than requests" in balance
    assert wish not in balance  # never pasted


@pytest.mark.parametrize(
    "note", ["I want ideas for the Christmas menu", "had some ideas for the rota", "ideas day?"]
)
def test_the_users_own_ideas_are_not_their_wish(note: str) -> None:
    entries = (point(note, 1, EntryKind.NOTE), point("can I shadow the buyer?", 2, EntryKind.ASK))
    assert "asked for ideas" not in card(*entries)


@pytest.mark.parametrize(
    "text",
    [
        "heard Priya's been shortlisted for the charge nurse post and she started after me",
        "apparently Dev got the promotion and it was never advertised",
        "word is Sam has an interview for the foreman job, not fair tbh",
    ],
)
def test_hearsay_about_a_colleague_moving_ahead_asks_about_the_users_own_path(text: str) -> None:
    shown = card(point(text), flags={text: flag(Category.GOSSIP, "heard", text)})
    assert "What would I need to show to be considered for the next chance like that" in shown
    assert "how our plans are changing" not in shown


# --- a recent win is used once, outside the asks -----------------------------------------------


def logged(n: int, kind: EntryKind, text: str, days: int) -> Entry:
    return Entry(n, kind, text, EntryStatus.OPEN, NOW - timedelta(days=days), relationship_id=1)


WIN = "signed off the Harbour St extension with zero snags, client thrilled"
#: A give, a recent win, an old ask to chase and a promise owed: the asks fill up with the chase
#: and the promise for a mentor or peer, and build on the win for someone who has a say.
BUSY = (
    logged(1, EntryKind.GAVE, "gave Morgan my notes on the fire doors", 30),
    logged(2, EntryKind.WIN, WIN, 4),
    logged(3, EntryKind.ASK, "can I run the next site handover myself?", 40),
    logged(4, EntryKind.FOLLOWUP, "send Morgan the snagging list for Elm Rd", 20),
)


def test_a_win_is_no_case_for_a_favour_from_a_peer() -> None:
    assert "Bring up your win" not in card(*BUSY, role=Role.PEER)


@pytest.mark.parametrize("role", [Role.MENTOR])
def test_a_recent_win_the_asks_leave_out_is_brought_up_by_its_date_and_name(role: Role) -> None:
    """Round 20: "your win of 22 Nov" alone left the user to work out which win."""
    asks, balance = card(*BUSY, role=role).split("*Suggested asks*")[1].split("*Balance*")
    assert "Harbour St" not in asks
    assert "about your win of 22 Nov (the Harbour St extension) in a sentence" in balance
    assert WIN not in balance


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SPONSOR])
def test_a_win_an_ask_builds_on_is_not_said_twice(role: Role) -> None:
    asks, balance = card(*BUSY, role=role).split("*Suggested asks*")[1].split("*Balance*")
    assert "Harbour St" in asks
    assert "Bring up your win" not in balance


def test_an_old_win_is_not_brought_up() -> None:
    entries = (
        point("covered the Tuesday late for Morgan", 1, EntryKind.GAVE),
        Entry(2, EntryKind.WIN, "passed my gas safe", EntryStatus.OPEN, NOW - timedelta(days=70)),
        point("could I take the apprentice on the Leigh job?", 3, EntryKind.ASK),
    )
    assert "Bring up your win" not in card(*entries)
