"""Balance: counts only GAVE and ASK inside the window, leans with a documented threshold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coaching.balance import (
    Balance,
    Give,
    Shown,
    balance,
    balance_nudge,
    describe_balance,
)
from coaching.model import Entry, EntryKind, EntryStatus

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)


def entry(kind: EntryKind, days_ago: float, n: int = 1) -> Entry:
    return Entry(
        id=n,
        kind=kind,
        text=f"{kind} {n}",
        status=EntryStatus.OPEN,
        created_at=NOW - timedelta(days=days_ago),
        relationship_id=1,
    )


def test_counts_gave_and_ask_only() -> None:
    entries = [
        entry(EntryKind.GAVE, 1),
        entry(EntryKind.GAVE, 10),
        entry(EntryKind.ASK, 5),
        entry(EntryKind.NOTE, 2),
        entry(EntryKind.WIN, 3),
        entry(EntryKind.FOLLOWUP, 3),
    ]
    assert balance(entries, now=NOW) == Balance(gave=2, asked=1)


def test_counts_only_the_window() -> None:
    entries = [
        entry(EntryKind.GAVE, 89),
        entry(EntryKind.GAVE, 90),  # exactly on the edge: inside
        entry(EntryKind.GAVE, 91),
        entry(EntryKind.ASK, 200),
        entry(EntryKind.ASK, -1),  # stamped after now: ignored
    ]
    assert balance(entries, now=NOW) == Balance(gave=2, asked=0)
    assert balance(entries, now=NOW, window=timedelta(days=30)) == Balance(gave=0, asked=0)


def test_naive_timestamps_are_read_as_utc() -> None:
    naive = Entry(1, EntryKind.ASK, "x", EntryStatus.OPEN, datetime(2025, 3, 1))
    assert balance([naive], now=NOW) == Balance(gave=0, asked=1)


def test_lean_threshold() -> None:
    assert Balance(gave=3, asked=1).lean == "give"
    assert Balance(gave=2, asked=0).lean == "give"
    assert Balance(gave=1, asked=0).lean == "even"  # one stray log never tips it
    assert Balance(gave=5, asked=4).lean == "even"
    assert Balance(gave=4, asked=2).lean == "give"
    assert Balance(gave=0, asked=2).lean == "take"
    assert Balance(gave=1, asked=3).lean == "take"
    assert Balance(gave=0, asked=0).lean == "even"


def test_describe_the_design_example() -> None:
    text = describe_balance(Balance(gave=3, asked=1), "Dana")
    assert text.splitlines()[0] == "You've helped Dana 3 times and asked once in the last 90 days."
    assert text.splitlines()[1] == "You've been generous — it's a good moment to ask."


def test_notes_without_gives_or_asks_say_one_thing_to_do() -> None:
    """Round 12: an inventory of what is logged read as a log dump; the line says what to do."""
    for history in (timedelta(days=300), timedelta(days=20)):
        line = describe_balance(Balance(0, 0), "Ruth", logged=10, history=history)
        assert line == (
            "After your next 1:1, note what you gave Ruth (`gave:`) or asked for (`ask:`), so the "
            "next card can weigh the two."
        )


def test_a_title_alone_is_spoken_of_as_the_asks_do() -> None:
    # "note what you gave GM" read as a typo (blind review, round 9): a bare initialism title
    # is "the GM" in the balance as in the asks' reasons
    text = describe_balance(Balance(gave=1, asked=4), "GM")
    assert "the GM" in text and " GM " not in text.replace("the GM", "")


def test_a_new_relationship_is_not_told_about_90_days() -> None:
    assert describe_balance(Balance(0, 0), "Dana", history=timedelta(0), first=True) == (
        "Nothing logged with Dana yet — after this first 1:1, note what you gave Dana "
        "(`gave:`) or asked for (`ask:`)."
    )
    assert describe_balance(Balance(1, 1), "Dana", history=timedelta(days=12)) == (
        "You've helped Dana once and asked once so far."
    )


def test_describe_nothing_logged_says_only_gives_and_asks_were_counted() -> None:
    # Notes may exist outside the window: the line must not claim more than it counted.
    assert describe_balance(Balance(0, 0), "Dana") == (
        "Nothing logged with Dana in the last 90 days — after your next 1:1, note what you gave "
        "Dana (`gave:`) or asked for (`ask:`)."
    )


def test_describe_singular_and_plural() -> None:
    assert describe_balance(Balance(1, 1), "Dana") == (
        "You've helped Dana once and asked once in the last 90 days."
    )
    assert describe_balance(Balance(2, 2), "Dana") == (
        "You've helped Dana twice and asked twice in the last 90 days."
    )
    assert describe_balance(Balance(1, 0), "Dana") == (
        "You've helped Dana once in the last 90 days and haven't asked for anything yet."
    )


def test_describe_lean_take_points_at_a_concrete_give() -> None:
    two = Shown(suggestions=2, asks=1)  # a give and one ask: "keep to one ask" fits
    text = describe_balance(
        Balance(0, 4), "Sam", window=timedelta(days=30), on_card=True, shown=two
    )
    assert text == (
        "You've asked Sam 4 times in the last 30 days and haven't logged a give yet.\n"
        "Open with a give this time. Nothing of Sam's is logged to offer help with, so ask "
        "first: “What's taking most of your time at the moment — is there a piece I could "
        "take on?” Log the answer as a `priority:`. Then keep to one ask; the rest can wait."
    )
    priority = Give("priority", "hiring two senior designers", on_card=True)
    lead = describe_balance(Balance(1, 4), "Carlos", on_card=True, give=priority, shown=two)
    # Round 10: the first suggestion is the give and its reason says so — only the one-ask
    # advice is new; with no second ask there is nothing to add at all.
    assert lead.splitlines()[1] == "Keep to one ask this time; the rest can wait."
    alone = describe_balance(
        Balance(1, 4), "Carlos", on_card=True, give=priority, shown=Shown(suggestions=1)
    )
    assert "\n" not in alone and "Lead with" not in alone
    owed = describe_balance(Balance(0, 3), "Olu", on_card=True, give=Give("promise", "the list"))
    assert owed.splitlines()[1].startswith("Send Olu the list before you meet")
    # App Home has no suggestions below: it points to the card instead.
    home = describe_balance(Balance(0, 4), "Sam").splitlines()[1]
    assert home == "Open with a give next time — your prep card suggests a concrete one."


def test_an_owed_promise_is_the_first_give_even_when_balanced() -> None:
    text = describe_balance(Balance(0, 1), "Olu", on_card=True, give=Give("promise", "the list"))
    assert text.splitlines()[1] == (
        "Send Olu the list before you meet — it's the give you already promised, and a good "
        "first one to log."
    )


def test_even_has_no_nudge() -> None:
    assert balance_nudge(Balance(2, 2)) is None
    assert "\n" not in describe_balance(Balance(2, 2), "Dana")


@given(
    st.lists(
        st.tuples(st.sampled_from(list(EntryKind)), st.integers(min_value=-30, max_value=400)),
        max_size=40,
    )
)
def test_balance_matches_a_plain_count(items: list[tuple[EntryKind, int]]) -> None:
    entries = [entry(kind, days, n) for n, (kind, days) in enumerate(items)]
    b = balance(entries, now=NOW)
    assert b.gave == sum(1 for k, d in items if k is EntryKind.GAVE and 0 <= d <= 90)
    assert b.asked == sum(1 for k, d in items if k is EntryKind.ASK and 0 <= d <= 90)
    assert b.lean in {"give", "take", "even"}
    assert "Dana" in describe_balance(b, "Dana")
