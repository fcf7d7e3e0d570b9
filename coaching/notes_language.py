"""Which language the user writes about someone in: the language their 1:1 is held in.

The drafted asks go out in it (`coaching.phrasebook`). The judgement is the user's newest longer
lines, not their Slack locale: most people keep Slack in English and still meet in Polish or
Japanese, and their notes say so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from coaching.slot_text import written_abroad

#: The newest lines the language is judged from.
LANGUAGE_SAMPLE = 20
#: Lines of fewer words say too little of their language.
LANGUAGE_WORDS = 4
#: The share of the user's longer lines not in English from which the card says so.
NOT_ENGLISH_SHARE = 0.6
#: Scripts written without spaces between words (Japanese, Chinese) or with few (Korean).
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _long_enough(text: str) -> bool:
    """Enough words to judge its language by: four, or ten characters of a script written
    without spaces (round 54: two Japanese cards got English lines and no word of it)."""
    return len(text.split()) >= LANGUAGE_WORDS or len(_UNSPACED_SCRIPT.findall(text)) >= 10


#: Letters of the Latin alphabet, accented ones and Vietnamese included: `written_abroad` reads
#: the words written in it.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _mostly_unspaced(text: str) -> bool:
    """A line mostly in another alphabet than the Latin one — Japanese, Chinese, Korean, and
    Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai (a second fresh-eyes review: notes all
    in Russian were never read as Russian) — which `written_abroad`, reading Latin words,
    cannot judge."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(letters) - len(_LATIN.findall(text)) >= 0.5 * len(letters)


@lru_cache(maxsize=8192)
def line_language(text: str) -> str:
    """The ISO 639-1 code of one line's language, by py3langid (97 languages; its model loads
    on first use, in half a second, once per process: `bot.cli` loads it at start-up)."""
    import py3langid

    return py3langid.classify(text)[0]


def notes_language(texts: Sequence[str]) -> str | None:
    """The language of most of the user's longer lines, newest `LANGUAGE_SAMPLE` first, as an
    ISO 639-1 code; None while they write mostly in English (mixed-in English words, a Hinglish
    or Taglish line, still read as English: those users meet in English or can say it)."""
    longer = [text for text in texts[-LANGUAGE_SAMPLE:] if _long_enough(text)]
    if len(longer) < 3:
        return None
    abroad = sum(written_abroad(text) or _mostly_unspaced(text) for text in longer)
    if abroad < NOT_ENGLISH_SHARE * len(longer):
        return None
    # every longer line votes, the newest first so a tie goes to what they write now: a line of
    # Catalan that no Latin word list knows still counts against the Spanish beside it
    votes = Counter(line_language(text) for text in reversed(longer))
    code = votes.most_common(1)[0][0]
    return None if code == "en" else code
