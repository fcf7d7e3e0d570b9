"""How the card names a logged item (`coaching.items.topic_of`) from notes typed the way people
type them: the person by their initial, chat shorthand, the thing handed over after the person,
"write up" and "pull together", asides, and words that name nothing.

Lines are invented across trades (bench/data/topics_dev.jsonl is the labelled set these rules
were tuned on; bench/data/topics_holdout.jsonl is never tuned on). Assertions are on the phrase
the card would put in "Sam, any news on ___?"."""

from __future__ import annotations

import pytest

from coaching.items import topic_of


@pytest.mark.parametrize(
    ("line", "counterpart", "topic"),
    [
        # the counterpart named by an initial, after the verb or as a priority's subject
        (
            "asked K if i can shadow the theatre coordinator",
            "Kemi",
            "shadowing the theatre coordinator",
        ),
        ("send R the signed method statement", "Rhys", "the signed method statement"),
        ("D said reducing agency shifts is her big thing", "Dee", "reducing agency shifts"),
        # chat shorthand spelled out, emoji dropped
        ("asked abt the forklift refresher 🙏", "Jo", "the forklift refresher"),
        ("send the yr 10 scheme of work b4 half term", "Jo", "the year 10 scheme of work"),
        # the thing handed over, not the person it goes to
        ("owe P the snagging list for plot 14", "Priya", "the snagging list for plot 14"),
        ("get tomas the 3 quotes for the boiler", "Tomas", "the 3 quotes for the boiler"),
        ("need to send M my notes from the audit", "Mo", "my notes from the audit"),
        # a verb with its particle makes the thing that follows
        (
            "write up the incident report for the loading bay",
            "Jo",
            "the incident report for the loading bay",
        ),
        ("pull together the mileage claims", "Jo", "the mileage claims"),
        # asides that are not part of the thing
        ("send L the rota draft like she asked", "Lin", "the rota draft"),
        ("asked if i can move to the claims team q2", "Jo", "moving to the claims team"),
        # a committee that approved something: the thing approved is the win, not the committee
        (
            "got the lab extension shortlisted for the grant",
            "Jo",
            "getting the lab extension shortlisted",
        ),
    ],
)
def test_a_typed_note_gives_the_thing_it_is_about(line: str, counterpart: str, topic: str) -> None:
    assert topic_of(line, counterpart=counterpart) == topic


@pytest.mark.parametrize(
    ("line", "counterpart"),
    [
        ("do the thing for G asap", "Gail"),
        ("asked again re the stuff from last wk", "Gail"),
        ("G said well done in the briefing", "Gail"),
        ("good wk all round", "Gail"),
        ("the G to get the bays swept b4 6", "Gail"),  # "the G": the note's own shorthand
        ("the 3 new starters settle in", "Gail"),  # a count in a clause, not a thing
        ("can i get on the course", "Gail"),
    ],
)
def test_a_note_that_names_nothing_gets_no_phrase(line: str, counterpart: str) -> None:
    assert topic_of(line, counterpart=counterpart) is None


@pytest.mark.parametrize(
    ("line", "counterpart"),
    [
        ("asked a colleague abt the rota", "Aisha"),  # "a" is an article, not Aisha
        ("I sent the rota to everyone", "Ian"),  # "I" is the user, not Ian
    ],
)
def test_a_lower_case_a_or_a_capital_i_is_never_read_as_the_person(
    line: str, counterpart: str
) -> None:
    found = topic_of(line, counterpart=counterpart)
    assert found is None or counterpart not in found
