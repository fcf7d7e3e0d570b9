"""No log line, however it is written, puts a clause into an ask's slot.

The blind review found asks like "Helen, about there's a secondment slot in clinical services"
and "I've put the NMS audit write-up and send in your inbox": a topic that was a clause or a to-do
pasted where a noun goes. Here many log lines, built from the ways people write them, are each
put into every slot of every template; the sentence must never carry a clause-like fill, judged by
an oracle written apart from the code's own check."""

from __future__ import annotations

import re
import string
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from coaching.catalogue import SLOTS, catalogue
from coaching.focus import derive_focus
from coaching.items import topic_of
from tests.properties import examples

NAME = "Helen"

#: How a line opens: a report verb, a request, a promise, nothing.
OPENERS = [
    "", "asked Helen ", "asked Helen if ", "asked Helen whether ", "told Helen ", "promised ",
    "follow-up: ", "still ", "still keen on ", "Helen said ", "need to ", "I'll ", "ask: ",
    "chase ", "finish ", "send Helen ", "idea: ", "win: ", "gave: ",
]  # fmt: skip
#: What follows: things, and clauses or to-dos that are no thing.
BODIES = [
    "the NMS audit write-up", "the NMS audit write-up and send it to Helen",
    "there's a secondment slot in clinical services", "the rota is out", "it's the rota",
    "write-up and send", "the shadow day", "a shadow day before Christmas", "my matter list",
    "bid", "we could swap a week", "the deck to finish", "the headset keeps cutting out",
    "the upsell numbers", "I got the sim signed off", "hit 100%", "the store hit 100%",
    "swap a week in January", "they're hiring two senior designers", "the grant draft and chase",
    "people management", "who works on people management",
]  # fmt: skip
TAILS = ["", " by Fri", " - any chance?", " this month", ", politely", " before the 1:1"]

#: A subject and a verb, or a to-do, where a noun should be.
CLAUSE_START = re.compile(
    r"(?i)^(?:there(?:'s| is| are)|it's|they're|we|i|who|if|whether|that|the \w+ (?:is|are|was|"
    r"keeps)\b)"
)
CLAUSE_INSIDE = re.compile(r"(?i)\b(?:is|are|was|keeps|could|hit)\b|\band (?:send|chase)\b")
TODO_END = re.compile(r"(?i)\b(?:to|and) (?:finish|send|chase|share)$")


def _slot_templates() -> dict[str, list[str]]:
    """Every ask and reason, by the topic field it carries."""
    found: dict[str, list[str]] = defaultdict(list)
    for purpose in catalogue().values():
        for table in purpose.tables.values():
            for key, value in table.items():
                if key not in SLOTS and not key.startswith("why"):
                    continue
                for text in value if isinstance(value, list) else [value]:
                    for _, field, _, _ in string.Formatter().parse(text):
                        if field in ("item", "win", "idea", "priority", "point"):
                            found[field].append(text)
    return found


TEMPLATES = _slot_templates()


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(OPENERS), st.sampled_from(BODIES), st.sampled_from(TAILS))
def test_no_log_line_puts_a_clause_into_any_slot(opener: str, body: str, tail: str) -> None:
    topic = topic_of(opener + body + tail, counterpart=NAME)
    if topic is None:
        return  # the ask is worded without a topic: nothing to check
    assert not CLAUSE_START.search(topic), topic
    assert not CLAUSE_INSIDE.search(topic), topic
    assert not TODO_END.search(topic), topic
    for field, texts in TEMPLATES.items():
        for text in texts:
            sentence = string.Formatter().vformat(text, (), defaultdict(str, {field: topic}))
            assert topic in sentence
            assert not re.search(rf"(?i)\babout {re.escape(topic)} is\b", sentence), sentence


def test_the_slots_are_all_checked() -> None:
    """The oracle above sees each kind of topic slot the catalogue has."""
    assert {"item", "win", "priority", "point"} <= set(TEMPLATES)


def test_a_bare_focus_the_goal_made_one_thing_keeps_its_article() -> None:
    """ "Lead our bid for the Halden partnership" is about one bid: "on bid" would be a seam,
    "on the bid" reads well."""
    goal = "Lead our bid for the Halden Foods three-year partnership, our first ask over £1m"
    assert derive_focus(goal) == "the bid"
    assert derive_focus("move into marketing") == "marketing"
