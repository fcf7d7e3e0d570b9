"""The learned oversharing model: features, scores and the words that explain them.

Plain Python on purpose: the weights are trained offline (`python -m coaching.oversharing_train`,
scikit-learn) and shipped as a small JSON file, so the bot needs no numerical library at runtime.
Training and inference call the same `features` function, so they can never disagree about what a
text looks like to the model.

The model is a multinomial logistic regression (twelve categories and "none") over binary word
unigrams and bigrams and character 3–5-grams inside words (which carry typos, plurals and other
languages). Each of the two blocks is scaled by 1/sqrt(its number of distinct features), so long
and short notes score alike and the many character grams do not drown the words. One more feature
names the text's script when it is not Latin (Devanagari, CJK, Cyrillic…), so a plain work ask in
Hindi or Japanese is not pushed towards "personal" merely for looking unlike most of the data.

A text is personal when "none" is unlikely enough; it then carries its most likely category and
any other that is still plausible, because "my sister is in rehab" is honestly both family and
substances.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

ARTIFACT = "oversharing_model.json"
#: Label of the class that means "nothing personal here".
NONE = "none"

_TOKEN = re.compile(r"\w+(?:'\w+)*")
_CHAR_SIZES = (3, 4, 5)
#: Words too small to explain anything on their own ("my" may weigh, but says nothing alone).
_SMALL_WORDS = """
a an the and or but to of in on at for with from by is am are was be been i me my we our you your
he she it they them his her their this that so as if im i'm it's i've i'll i'd have has had do did
just about all
"""
_FUNCTION_WORDS = frozenset(_SMALL_WORDS.split())


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("\u2019", "'").replace("\u2018", "'")


def tokens(text: str) -> list[re.Match[str]]:
    """Word tokens of the normalised text; NFKC+casefold can change lengths, so spans index it."""
    return list(_TOKEN.finditer(normalise(text)))


def features(text: str) -> list[tuple[str, int, int, float]]:
    """Every distinct feature of `text`: name, first and last token it comes from, and value.

    Word features ("w:", "b:") and character grams ("c:") are two blocks, each scaled to unit
    length on its own.
    """
    words = [m.group() for m in tokens(text)]
    found: dict[str, tuple[int, int]] = {}
    grams: dict[str, tuple[int, int]] = {}
    for i, word in enumerate(words):
        found.setdefault("w:" + word, (i, i))
        if i + 1 < len(words):
            found.setdefault(f"b:{word} {words[i + 1]}", (i, i + 1))
        padded = f" {word} "
        for n in _CHAR_SIZES:
            for start in range(len(padded) - n + 1):
                grams.setdefault("c:" + padded[start : start + n], (i, i))
    out = []
    for block in (found, grams):
        value = 1.0 / math.sqrt(len(block)) if block else 0.0
        out += [(name, first, last, value) for name, (first, last) in block.items()]
    if words and (script := _script(text)):  # the whole text's, so every word shares it
        out.append(("s:" + script, 0, len(words) - 1, 1.0))
    return out


def _script(text: str) -> str | None:
    """The most common script of the text's letters when it is not Latin, else None."""
    if text.isascii():
        return None
    counts = Counter(unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha())
    top = counts.most_common(1)
    return top[0][0] if top and top[0][0] != "LATIN" else None


@dataclass(frozen=True)
class Verdict:
    """One category over its threshold, with the probability and the words that drove it."""

    category: str
    probability: float
    triggers: tuple[str, ...]


@dataclass(frozen=True)
class LinearModel:
    classes: tuple[str, ...]
    weights: dict[str, dict[int, float]]  # feature -> {class index: weight}, zeros left out
    bias: tuple[float, ...]
    #: `personal`: flag when P(none) is below it; `also`: a second category needs this much.
    thresholds: dict[str, float]
    #: Words never quoted back as a trigger: function words, day and month names of the
    #: languages in the data, and everyday words with no topic (built by the training script).
    quiet_words: frozenset[str] = frozenset()

    @classmethod
    def from_json(cls, raw: str) -> LinearModel:
        data = json.loads(raw)
        return cls(
            classes=tuple(data["classes"]),
            weights={k: dict(v) for k, v in data["weights"].items()},
            bias=tuple(data["bias"]),
            thresholds=dict(data["thresholds"]),
            quiet_words=frozenset(data.get("quiet_words", ())),
        )

    def probabilities(self, text: str) -> dict[str, float]:
        return self._score(features(text))

    def verdicts(self, text: str, *, max_triggers: int = 3) -> list[Verdict]:
        feats = features(text)
        if not any(name in self.weights for name, _, _, _ in feats):
            return []  # nothing the model knows: the class balance alone must not flag it
        probs = self._score(feats)
        if probs[NONE] >= self.thresholds["personal"]:
            return []
        ranked = sorted((c for c in self.classes if c != NONE), key=lambda c: -probs[c])
        flagged = ranked[:1] + [c for c in ranked[1:] if probs[c] >= self.thresholds["also"]]
        return [Verdict(c, probs[c], self._explain(text, feats, c, max_triggers)) for c in flagged]

    def _score(self, feats: list[tuple[str, int, int, float]]) -> dict[str, float]:
        logits = list(self.bias)
        for name, _, _, scale in feats:
            for k, w in self.weights.get(name, {}).items():
                logits[k] += w * scale
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def _explain(
        self, text: str, feats: list[tuple[str, int, int, float]], category: str, limit: int
    ) -> tuple[str, ...]:
        """The text's own words that pushed it from "none" towards `category`, as short phrases.

        Each feature's evidence (its weight for the category minus its weight for "none") is
        credited to the words it came from; the strongest words, joined with their strong
        neighbours, are quoted back exactly as written.
        """
        k, none = self.classes.index(category), self.classes.index(NONE)
        words = tokens(text)
        credit = [0.0] * len(words)
        for name, first, last, scale in feats:
            row = self.weights.get(name)
            if row is None:
                continue
            share = (row.get(k, 0.0) - row.get(none, 0.0)) * scale / (last - first + 1)
            for i in range(first, last + 1):
                credit[i] += share
        ranked = sorted(
            (i for i, w in enumerate(words) if credit[i] > 0 and w.group() not in _FUNCTION_WORDS),
            key=lambda i: -credit[i],
        )
        if not ranked:
            return ()
        floor = credit[ranked[0]] * 0.4
        chosen = {i for i in ranked[: limit * 2] if credit[i] >= floor}
        norm = normalise(text)
        phrases: list[tuple[float, str]] = []
        i = 0
        while i < len(words):
            if i not in chosen:
                i += 1
                continue
            j = i
            while True:  # grow the phrase over chosen words and single small words between them
                if j + 1 in chosen:
                    j += 1
                elif j + 2 in chosen and words[j + 1].group() in _FUNCTION_WORDS:
                    j += 2
                else:
                    break
            phrase = _original(text, norm, words[i].start(), words[j].end())
            phrases.append((max(credit[i : j + 1]), phrase))
            i = j + 1
        phrases.sort(key=lambda p: -p[0])
        return tuple(p for _, p in phrases[:limit])


def _original(text: str, norm: str, start: int, end: int) -> str:
    """The span as the user wrote it when normalising kept lengths (the usual case)."""
    return text[start:end] if len(text) == len(norm) else norm[start:end]


@cache
def default_model() -> LinearModel:
    return LinearModel.from_json(_artifact())


#: The verdict code's own version, mixed into `model_stamp`: bump it when `features`, the
#: explanations or the thresholds change, so that verdicts the old code stored go stale too.
VERDICT_CODE_VERSION = 1


@cache
def model_stamp() -> str:
    """Which model and verdict code gave a verdict: a hash of the artifact (so a retrained model
    needs nothing bumped) and of `VERDICT_CODE_VERSION` (the code around it)."""
    stamped = f"{VERDICT_CODE_VERSION}\n{_artifact()}"
    return hashlib.sha256(stamped.encode("utf-8")).hexdigest()[:16]


def _artifact() -> str:
    return resources.files("coaching").joinpath(ARTIFACT).read_text(encoding="utf-8")
