"""Rewrites state only the work need (issue 11, coaching round 10): no number, date, duration or
arrangement the user did not write, a rewrite for every flag shown in full, and flag labels said
as a person would, quoting a word only when it carries the meaning."""

from __future__ import annotations

import re

import pytest

from coaching.oversharing import Category, Flag
from coaching.reframes import GENERAL, REFRAMES, carries_meaning, reframe_for
from handlers.views.flags import flag_lines

#: Facts a rewrite could invent: numbers, dates, lengths of time, and concrete arrangements.
_INVENTED = re.compile(
    r"(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|several|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mornings?|afternoons?|"
    r"evenings?|nights?|weekends?|today|tonight|tomorrow|days?|weeks?|months?|years?|hours?|"
    r"quarter|reduced|part-time|time off|day off|on leave|hand ?over|cover|rota|shifts?|"
    r"finish time|remote|from home|out for|back on|standing|site visits?|driving|agendas?)\b"
)


def _every_sentence() -> list[str]:
    sentences = [o.sentence for options in REFRAMES.values() for o in options]
    sentences += [t for options in REFRAMES.values() for o in options for t in o.with_who or ()]
    return sentences + list(GENERAL.values())


@pytest.mark.parametrize("sentence", _every_sentence())
def test_no_reframe_states_a_fact_the_user_did_not_give(sentence: str) -> None:
    assert not _INVENTED.search(sentence.replace("1:1", "")), sentence


# Points of my own invention, from trades and settings not in any persona file.
INVENTED_POINTS = [
    ("health", "gonna need to take a step back from the big jobs, my back is shot"),
    ("health", "physio says my shoulder needs 6 weeks"),
    ("health", "got my MRI results thursday"),
    ("mental_health", "been totally overwhelmed since the audit, cant sleep"),
    ("mental_health", "diagnosed with ADHD last spring, meds are still being sorted"),
    ("family", "my grandad moved in with us and needs looking after"),
    ("family", "custody hearing for my daughter is on the 3rd"),
    ("family", "things at home are a lot right now"),
    ("legal", "got done for speeding, might lose my licence"),
    ("legal", "tribunal with my old employer in february"),
    ("dating", "started seeing someone from the night crew"),
    ("substances", "came in rough after the christening, sorry"),
    ("money", "behind on the car loan again"),
]


@pytest.mark.parametrize(("category", "text"), INVENTED_POINTS)
def test_a_rewrite_adds_nothing_the_point_does_not_say(category: str, text: str) -> None:
    rewrite = reframe_for(category, (), text)
    assert rewrite, (category, text)
    said = {w.casefold() for w in re.findall(r"\w+", text)}
    found = _INVENTED.findall(rewrite.replace("1:1", ""))
    invented = [m for m in found if m.casefold() not in said]
    assert not invented, (rewrite, invented)


@pytest.mark.parametrize("category", [c for c in Category if c is not Category.DISTRESS])
def test_every_flag_shown_in_full_has_a_rewrite(category: Category) -> None:
    """Even when the note has no word for a sub-topic ("stuff going on"), a general one."""
    text = "there is some stuff going on with me lately"
    flag = Flag(category, (), reframe_for(category.value, (), text), telling=False)
    [line] = flag_lines([flag])
    assert "Try:" in line or "Leave it out" in line, line


@pytest.mark.parametrize(
    ("category", "phrase", "quoted"),
    [
        ("health", "back", False),  # "step back", "back me for June"
        ("health", "step back", False),
        ("health", "head", False),
        ("mental_health", "diagnosed with anxiety", True),
        ("health", "knee surgery", True),
        ("family", "my grandad", True),
        ("gossip", "useless", True),
        ("job_hunt", "recruiter", True),
    ],
)
def test_a_word_is_quoted_only_when_it_carries_the_meaning(
    category: str, phrase: str, quoted: bool
) -> None:
    assert carries_meaning(category, phrase) is quoted


def test_an_idiom_alone_is_said_as_something_personal_never_as_its_category() -> None:
    text = "might have to step back from the late jobs a while, things going on at home"
    flag = Flag(Category.HEALTH, ("back",), reframe_for("health", ("back",), text), telling=False)
    [line] = flag_lines([flag])
    assert "This shares something personal" in line and "“back”" not in line
    assert "health" not in line.split("Try:")[0]


@pytest.mark.parametrize(
    ("category", "words", "label"),
    [
        (Category.GOSSIP, "useless", "Sensitive: “useless” could read as gossip"),
        (Category.JOB_HUNT, "recruiter", "Sensitive: “recruiter” could read as job hunting"),
        (Category.HEALTH, "knee surgery", "“knee surgery” shares health detail"),
    ],
)
def test_sensitive_is_not_personal_and_labels_read_as_a_person_would(
    category: Category, words: str, label: str
) -> None:
    flag = Flag(category, (words,), "How can I help?")
    [line] = flag_lines([flag])
    assert label in line and "(" not in line.split("—")[0]


# Whole points through the real scanner: what a user of another trade might type.
SCANNED = [
    "my knee surgery is booked, not sure how long I'll be off the tools",
    "been diagnosed with diabetes, still getting used to the injections",
    "my dad's dementia is getting worse and I'm doing most of the caring",
    "landlord's taking me to court over the deposit",
    "Gary on the night crew is useless and everyone knows it",
    "a recruiter from the other hospital rang me about a charge nurse job",
    "I was so hungover at the stocktake, never again",
    "behind on my rent again, might have to move back in with my mum",
]


@pytest.mark.parametrize("text", SCANNED)
def test_a_scanned_point_shown_in_full_has_a_rewrite_that_adds_no_facts(text: str) -> None:
    from coaching.oversharing import scan_shown

    flags = scan_shown(text)
    lines = flag_lines(flags)
    if not flags or flags[0].needs_care:
        return
    said = {w.casefold() for w in re.findall(r"\w+", text)}
    for line in lines:
        assert "Try:" in line or "Leave it out" in line, line
        assert "Sounds personal" not in line and "(" not in line, line
        rewrite = line.split("Try:")[-1].replace("1:1", "")
        invented = [m for m in _INVENTED.findall(rewrite) if m.casefold() not in said]
        assert not invented, (line, invented)
