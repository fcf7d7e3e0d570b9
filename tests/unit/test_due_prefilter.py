"""The quick reject in `coaching.due` (`_may_name_a_day`) never changes a reading: every line
it turns away would have been read as naming no day by the full reader."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from coaching import due
from coaching.when import DAY_NAMES
from tests.properties import examples

#: Words from every rule of the reader (lead words, days, months, relative days) mixed with
#: ordinary ones, so that generated lines hit the rules often.
TOKENS = [
    *DAY_NAMES,
    *(d[:3] for d in DAY_NAMES),
    "tues", "weds", "thur", "thurs", "Fri/Sat",
    *due._FOREIGN_DAYS,
    "january", "Jan", "March", "may", "May", "sept", "dec", "Dec",
    "by", "before", "due", "until", "on", "this", "next", "for", "closes", "deadline", "end", "of",
    "the", "in", "early", "pre", "antes", "del", "bis", "voor", "erbyn", "op",
    "today", "tonight", "eod", "cob", "tomorrow", "tmrw", "2moro", "mañana", "morgen", "hoy",
    "week", "eow", "month", "eom", "month-end", "xmas", "Christmas", "q1", "Q3",
    "28th", "4th", "16", "3/12", "24/7", "99.2%", "RT07", "0540-0610", "£12k", ",", ".",
    "send", "Dana", "the", "rota", "pallet", "list", "course", "place", "asked", "about",
]  # fmt: skip

lines = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=9).map(" ".join)
days = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


@settings(max_examples=examples(500))  # ~3 s: the tokens above make most lines hit a rule
@given(text=lines, on=days, strict=st.booleans())
def test_the_quick_reject_never_changes_a_reading(text: str, on: date, strict: bool) -> None:
    due._due_from.cache_clear()
    assert due._due_from(text, on, strict=strict) == due._read_day(text, on, strict=strict)


def test_lines_that_name_no_day_are_turned_away_and_dated_ones_read() -> None:
    on = date(2026, 11, 20)  # a Friday
    assert not due._may_name_a_day("roadmap migration hiring budget review for the customer")
    assert due._due_from("roadmap migration hiring budget review", on) is None
    read = {
        text: due._due_from(text, on)
        for text in ("send it by Tue", "tegen vrijdag, uiterlijk vrijdag", "before xmas", "eod")
    }
    assert read == {
        "send it by Tue": date(2026, 11, 24),
        "tegen vrijdag, uiterlijk vrijdag": date(2026, 11, 27),  # on a Friday: the next one
        "before xmas": date(2026, 12, 24),
        "eod": date(2026, 11, 20),
    }
