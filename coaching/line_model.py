"""A small learned reading of one logged line: a binary logistic regression, trained offline
(`coaching.line_train`, scikit-learn) and shipped as a JSON file of weights, scored here in
plain Python so the bot needs no numerical library.

Features, shared by every such reading and by its training: the line's words lower-cased, with
its people masked — a word `is_them` says is the counterpart, or "he", "she", "his", "her",
becomes THEM; another capitalised word NAME (the first word only when it is no common English
word); a short all-capitals word INIT — so that a reading
learns "send THEM the deck" against "reply to NAME", not who Dana is. Binary word unigrams and
bigrams (the first word marked) and character 3–5-grams inside the other words (typos, plurals,
other languages), each block scaled by 1/sqrt(its size) so long and short lines score alike.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from wordfreq import zipf_frequency

_WORD = re.compile(r"\w+(?:'\w+)*")
_EDGES = re.compile(r"^\W+|\W+$")
_MASKS = frozenset({"THEM", "NAME", "INIT"})
#: In a line logged for one 1:1, "his comments" or "she asked for" is most often the counterpart.
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})


def _rare(word: str) -> bool:
    """Not a common English word ("Joost", "Adebayo"; not "Send", "Review")."""
    return zipf_frequency(word, "en") < 4.0


def nobody(word: str) -> bool:
    """`is_them` for a reading that has no counterpart to find."""
    return False


def masked(text: str, is_them: Callable[[str], bool] = nobody) -> list[str]:
    """The line's words, lower-cased, with its people masked (see the module's docstring)."""
    out = []
    for i, raw in enumerate(text.split()):
        core = _EDGES.sub("", raw)
        own = core.removesuffix("'s").removesuffix("’s")  # "Carmen's forecast" is theirs
        if core and (is_them(own) or core.lower() in _THIRD_PERSON):
            out.append("THEM")
        elif core[:1].isupper() and not core.isupper() and (i > 0 or _rare(core)):
            out.append("NAME")  # a first word is capitalised anyway: a name if no common word
        elif core.isupper() and 1 < len(core) <= 3:
            out.append("INIT")
        else:
            out.extend(word.lower() for word in _WORD.findall(raw))
    return out


def features(text: str, is_them: Callable[[str], bool] = nobody) -> dict[str, float]:
    """The features of a line; training calls this same function."""
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


@dataclass(frozen=True)
class LineModel:
    weights: dict[str, float]
    intercept: float

    def probability(self, text: str, is_them: Callable[[str], bool] = nobody) -> float:
        found = features(text, is_them)
        z = self.intercept + sum(self.weights.get(name, 0.0) * v for name, v in found.items())
        return 1 / (1 + math.exp(-z))


@cache
def load(artifact: str) -> LineModel:
    """A model shipped in the package (`owed_model.json`, `concern_model.json`), read once."""
    data = json.loads(resources.files("coaching").joinpath(artifact).read_text("utf-8"))
    return LineModel(data["weights"], data["intercept"])


#: The readings the bot ships (`coaching.owed_model`, `coaching.concerns`).
SHIPPED = ("owed_model.json", "concern_model.json")


def load_shipped() -> None:
    """Read every shipped model once at start-up, not inside the first card's request and its
    database transaction (about 0.1 s for the two)."""
    for artifact in SHIPPED:
        load(artifact)
