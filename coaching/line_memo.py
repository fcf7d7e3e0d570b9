"""A log line's readings, remembered from one card to the next, across restarts.

A card reads each of its lines with a few dozen patterns (what an ask was about, the day a
promise is due, a line's topic). The process keeps those readings in bounded memos, but a real
card is built once before a 1:1, days after its lines were last read, by which time the memos
have moved on: so a card with a long history paid for every reading again (bench/prep.py, cold).

`line_memo` wraps such a reading. While a card is built inside `remembering(stored)`, every
reading it takes is noted with its value, under a digest of its arguments; `to_store()` then
gives the text the caller keeps with the relationship, and the next card built from it takes
the readings back instead of reading the lines again. The values are derived from the user's
lines (a topic phrase, word stems, a day), so the caller keeps them as it keeps the lines:
the user's alone. A snapshot made by other rules (`VERSION`: this package's code and data,
and the Python and Unicode versions its patterns run on) is ignored, so a change to a rule can
never leave a card reading with the old one.

This module holds state (the recorder of the card being built, in a context variable, so that
cards built at once in several threads each note their own) because the readings are called
deep inside the rules; passing a recorder through every rule would put it in every signature.
"""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import lru_cache, update_wrapper
from importlib import resources
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Codec(Generic[T]):
    """How a reading's value goes into JSON and back."""

    encode: Callable[[T], Any]
    decode: Callable[[Any], T]


def _checked(*kinds: type) -> Callable[[Any], Any]:
    """A decoder that takes a stored value only of the reading's own type: a corrupt row must
    not hand a card a value its rules never return."""

    def decode(stored: Any) -> Any:
        if not isinstance(stored, kinds):
            raise TypeError(type(stored).__name__)
        return stored

    return decode


TEXT: Codec[str | None] = Codec(lambda value: value, _checked(str, type(None)))
FLAG: Codec[bool] = Codec(lambda value: value, _checked(bool))
NUMBER: Codec[int | None] = Codec(lambda value: value, _checked(int, type(None)))
DAY: Codec[date | None] = Codec(
    lambda day: day.isoformat() if day is not None else None,
    lambda stored: date.fromisoformat(stored) if stored is not None else None,
)


def _words(stored: Any) -> frozenset[str]:
    """A kept list of words back as a set: checked in one pass (a cold card takes back a word
    set for nearly every line it compares, so a checker per word added up)."""
    if type(stored) is not list or not all(type(word) is str for word in stored):
        raise TypeError(type(stored).__name__)
    return frozenset(stored)


WORDS: Codec[frozenset[str]] = Codec(sorted, _words)


def enum_codec(kind: type[Enum]) -> Codec[Any]:
    """An enum reading (or None) kept by its value."""
    return Codec(
        lambda value: value.value if value is not None else None,
        lambda stored: kind(stored) if stored is not None else None,
    )


#: How many readings a snapshot keeps beyond those of the card that wrote it: readings another
#: card of the same person takes (the nudge, the after-meeting message) stay, so cards built in
#: turn do not rewrite it each time; lines long gone from every card fall out.
SPARE = 200


@dataclass
class _Recorder:
    #: reading → argument digest → encoded value, from the stored snapshot.
    stored: dict[str, dict[str, Any]]
    #: The same, for every reading this card took.
    seen: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: This card's readings by memo and arguments, so a line read twice costs one lookup.
    values: dict[tuple, Any] = field(default_factory=dict)
    #: Each text's digest, taken once per card: a line is read by several rules.
    texts: dict[str, str] = field(default_factory=dict)
    read_afresh: bool = False

    def to_store(self) -> str | None:
        """The snapshot to keep, or None when the stored one already holds every reading this
        card took (a card asked for again writes nothing)."""
        if not self.read_afresh:
            return None
        kept = {name: dict(found) for name, found in self.seen.items()}
        spare = SPARE
        for name, found in self.stored.items():
            for digest, encoded in found.items():
                if spare and digest not in kept.get(name, {}):
                    kept.setdefault(name, {})[digest] = encoded
                    spare -= 1
        return json.dumps({"v": VERSION, "r": kept}, separators=(",", ":"))


_RECORDER: ContextVar[_Recorder | None] = ContextVar("line_memo_recorder", default=None)
#: Every reading wrapped, so a bench or a test can clear them all (a card built days later).
_ALL: list[LineMemo] = []


class LineMemo:
    """A reading memoised in the process (a bounded `lru_cache`, which the benches clear to
    measure a cold card) and, inside `remembering`, taken from or noted in the snapshot."""

    def __init__(self, reading: Callable[..., Any], codec: Codec[Any], maxsize: int) -> None:
        self._cached = lru_cache(maxsize=maxsize)(reading)
        self._name = f"{reading.__module__}.{reading.__qualname__}"
        self._codec = codec
        update_wrapper(self, reading)
        _ALL.append(self)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        recorder = _RECORDER.get()
        if recorder is None:
            return self._cached(*args, **kwargs)
        key = (self, args, tuple(sorted(kwargs.items()))) if kwargs else (self, args)
        values = recorder.values
        if key in values:
            return values[key]
        digest = _key(args, kwargs, recorder.texts)
        if digest is None:  # arguments with no stable spelling: read, never kept
            return self._cached(*args, **kwargs)
        found = _decoded(self._codec, recorder.stored.get(self._name), digest)
        if found is _MISSING:
            value = self._cached(*args, **kwargs)
            encoded = self._codec.encode(value)
            recorder.read_afresh = True
        else:
            value, encoded = found
        values[key] = value
        seen = recorder.seen.get(self._name)
        if seen is None:
            seen = recorder.seen[self._name] = {}
        seen[digest] = encoded
        return value

    def cache_clear(self) -> None:
        self._cached.cache_clear()

    def cache_parameters(self) -> dict[str, Any]:
        return self._cached.cache_parameters()


def line_memo(codec: Codec[Any], *, maxsize: int = 4096) -> Callable[..., LineMemo]:
    """Decorator: see the module docstring. Arguments must be hashable, as for `lru_cache`;
    only text, numbers, flags, None and dates are kept in a snapshot."""

    def wrap(reading: Callable[..., Any]) -> LineMemo:
        return LineMemo(reading, codec, maxsize)

    return wrap


def forget_all() -> None:
    """Clear every reading's process memo: what a card built days later finds."""
    for memo in _ALL:
        memo.cache_clear()


@contextmanager
def remembering(stored: str | None) -> Iterator[_Recorder]:
    """Readings taken inside come from `stored` where it holds them; `to_store()` on the
    yielded recorder gives what to keep afterwards. A snapshot of other rules, or unreadable,
    counts as none; an unreadable value in it, as not there."""
    recorder = _Recorder(_readings(stored))
    token = _RECORDER.set(recorder)
    try:
        yield recorder
    finally:
        _RECORDER.reset(token)


_MISSING = object()


def _decoded(codec: Codec[Any], stored: dict[str, Any] | None, digest: str) -> Any:
    if stored is None:
        return _MISSING
    encoded = stored.get(digest, _MISSING)
    if encoded is _MISSING:
        return _MISSING
    try:
        return codec.decode(encoded), encoded
    except (TypeError, ValueError, KeyError):
        return _MISSING


def _readings(stored: str | None) -> dict[str, dict[str, Any]]:
    if not stored:
        return {}
    try:
        data = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(data, dict) or data.get("v") != VERSION:
        return {}
    readings = data.get("r")
    if not isinstance(readings, dict):
        return {}
    return {name: found for name, found in readings.items() if isinstance(found, dict)}


def _key(args: tuple, kwargs: dict[str, Any], texts: dict[str, str] | None = None) -> str | None:
    """A reading's arguments as its key within the reading's part of a snapshot: the same in
    every process (never `repr` of arbitrary objects, which may hold an address, nor `hash`,
    which is seeded); None for an argument with no stable spelling. Each part spells itself to
    its end (a text by its fixed-length digest, a day by its ISO date, a number up to ";"), so
    no two argument lists share a key. A card reads each of its lines with several rules, so
    a text is digested once per card (`texts`), not once per reading: digesting each reading's
    whole spelling cost a cold card more than most of the readings it looked up (issue 15)."""
    texts = {} if texts is None else texts
    try:
        key = "".join([_part(arg, texts) for arg in args])
        if kwargs:
            key += "".join(
                [f"k{len(name)}:{name}{_part(kwargs[name], texts)}" for name in sorted(kwargs)]
            )
    except TypeError:
        return None
    return key


def _part(value: Any, texts: dict[str, str]) -> str:
    """One argument of a key (see `_key`)."""
    if type(value) is str:
        digest = texts.get(value)
        if digest is None:
            digest = texts[value] = "s" + _hashed(value)
        return digest
    kind = type(value)
    if kind is bool:  # spelled as `_spell` spells them, without its chain of tests
        return "b1" if value else "b0"
    if kind is date:
        return f"d{value.isoformat()}"
    if kind is int:
        return f"i{value};"
    if value is None:
        return "n"
    return "x" + _hashed(_spell(value))  # a tuple, a subclass of text or of a number


def _hashed(spelled: str) -> str:
    return hashlib.blake2b(spelled.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def _spell(value: Any) -> str:
    """A value as a tagged, length-prefixed string: no two values spell the same."""
    # the exact types first, as a lookup rather than the isinstance chain below: nearly every
    # argument a reading takes is text or a tuple of it, and subclasses (a StrEnum) still
    # reach the chain, which spells them the same way
    kind = type(value)
    if kind is str:
        return f"s{len(value)}:{value}"
    if kind is tuple:
        return f"t{len(value)}:" + "".join([_spell(item) for item in value])
    if value is None:
        return "n"
    if isinstance(value, bool):
        return "b1" if value else "b0"
    if isinstance(value, int):
        return f"i{value};"
    if isinstance(value, str):
        return f"s{len(value)}:{value}"
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"d{value.isoformat()}"
    if isinstance(value, tuple):
        return f"t{len(value)}:" + "".join(_spell(item) for item in value)
    if isinstance(value, dict):
        items = sorted((str(key), item) for key, item in value.items())
        return f"m{len(items)}:" + "".join(_spell(key) + _spell(item) for key, item in items)
    raise TypeError(type(value).__name__)


def _version() -> str:
    """A digest of the rules (this package's code and data files) and of what their patterns
    run on (Python's version and its Unicode tables): readings stored by other rules are not
    used. Taken once, at import, so a process never stamps old readings with new files."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{sys.version_info[:2]} {unicodedata.unidata_version}".encode())
    files = sorted(
        (item for item in resources.files(__package__).iterdir() if item.is_file()),
        key=lambda item: item.name,
    )
    for item in files:
        if item.name.endswith((".py", ".toml", ".json")):
            digest.update(item.name.encode("utf-8"))
            digest.update(item.read_bytes())
    return digest.hexdigest()


VERSION = _version()
