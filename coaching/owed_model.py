"""Whether a follow-up reads as the user's promise to this counterpart, by a small learned model.

Word rules decide first who a follow-up is for (`coaching.due.owed_to_them`); fitted to the lines
they were fixed on, they carried badly to lines written later by someone else: on the third blind
set they still handed the counterpart 62 of 130 lines that were not theirs ("reply to the
recruiter (Ana) by 4 dec" to a sponsor, a supplier's tandoor "here's what I promised" to a GM).
So the card hands a line over only when this model agrees (`coaching.due.handed_to_them`).

A binary logistic regression over the line with its people masked — the counterpart's name,
initials or short name become THEM, another capitalised word NAME, a short all-capitals word INIT
(and so does "he", "she", "his" or "her") — so that it learns "send THEM the deck" against
"reply to NAME", not who Dana is: binary word
unigrams and bigrams (with the first word marked) and character 3–5-grams inside the other words,
each block scaled by 1/sqrt(its size). Trained offline (`python -m coaching.owed_train`, with
scikit-learn) on the two earlier blind sets and shipped as `owed_model.json`; plain Python here.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from itertools import pairwise

ARTIFACT = "owed_model.json"
#: Handed over from this probability up: low, so the model stops only lines it is fairly sure
#: are not theirs, for a real promise kept off the card is a miss too, and a bare task ("absence
#: numbers v2 - by fri") is rare in the training sets, which score it low. By 5-fold CV on them:
#: 137 of 140 promises kept, 80 of 260 other lines stopped (at 0.3: 128 and 193).
BAR = 0.08
_WORD = re.compile(r"\w+(?:'\w+)*")
_EDGES = re.compile(r"^\W+|\W+$")
_MASKS = frozenset({"THEM", "NAME", "INIT"})
#: In a line logged for one 1:1, "his comments" or "she asked for" is most often the counterpart.
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})


def masked(text: str, is_them: Callable[[str], bool]) -> list[str]:
    """The line's words, lower-cased, with its people masked (see the module's docstring)."""
    out = []
    for i, raw in enumerate(text.split()):
        core = _EDGES.sub("", raw)
        if core and (is_them(core) or core.lower() in _THIRD_PERSON):
            out.append("THEM")
        elif core[:1].isupper() and i > 0 and not core.isupper():
            out.append("NAME")
        elif core.isupper() and 1 < len(core) <= 3:
            out.append("INIT")
        else:
            out.extend(word.lower() for word in _WORD.findall(raw))
    return out


def features(text: str, is_them: Callable[[str], bool]) -> dict[str, float]:
    """The model's features; training calls this same function."""
    words = masked(text, is_them)
    block = {f"w:{w}" for w in words} | {f"b:{a} {b}" for a, b in pairwise(words)}
    block.add(f"w:^{words[0]}" if words else "w:^")
    grams = set()
    for word in words:
        if word in _MASKS:
            continue
        padded = f"<{word}>"
        for n in (3, 4, 5):
            grams.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    found = {name: 1 / math.sqrt(len(block)) for name in block}
    if grams:
        found.update({name: 1 / math.sqrt(len(grams)) for name in grams})
    return found


@cache
def _model() -> tuple[dict[str, float], float]:
    data = json.loads(resources.files("coaching").joinpath(ARTIFACT).read_text("utf-8"))
    return data["weights"], data["intercept"]


def promise_probability(text: str, is_them: Callable[[str], bool]) -> float:
    """How likely the line is a promise the user owes the counterpart (`is_them`: whether a
    word names them)."""
    weights, intercept = _model()
    z = intercept + sum(
        weights.get(name, 0.0) * value for name, value in features(text, is_them).items()
    )
    return 1 / (1 + math.exp(-z))


def reads_as_theirs(text: str, is_them: Callable[[str], bool]) -> bool:
    return promise_probability(text, is_them) >= BAR
