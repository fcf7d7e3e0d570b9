"""A log line's readings, remembered from one card to the next, across restarts.

A card reads each of its lines with a few dozen patterns (what an ask was about, the day a
promise is due, a line's topic). The process keeps those readings in bounded memos, but a real
card is built once before a 1:1, days after its lines were last read, by which time the memos
have moved on: so a card with a long history paid for every reading again (bench/prep.py, cold).

`line_memo` wraps such a reading. While a card is built inside `remembering(stored)`, every
reading it takes is noted (under a digest of its arguments, never the words themselves) with
its value; `to_store()` then gives the text the caller keeps with the relationship, and the
next card built from it takes the readings back instead of reading the lines again. A snapshot
written by other code (`version()`: a digest of this package's source) is ignored, so a change
to a rule can never leave a card reading with the old one.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cache, lru_cache, update_wrapper
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Codec(Generic[T]):
    """How a reading's value goes into JSON and back."""

    encode: Callable[[T], Any]
    decode: Callable[[Any], T]


PLAIN: Codec[Any] = Codec(lambda value: value, lambda stored: stored)
DAY: Codec[date | None] = Codec(
    lambda day: day.isoformat() if day is not None else None,
    lambda stored: date.fromisoformat(stored) if stored is not None else None,
)
WORDS: Codec[frozenset[str]] = Codec(sorted, frozenset)


def enum_codec(kind: type[Enum]) -> Codec[Any]:
    return Codec(
        lambda value: value.value if value is not None else None,
        lambda stored: kind(stored) if stored is not None else None,
    )


@dataclass
class _Recorder:
    #: reading → argument digest → encoded value, from the stored snapshot.
    stored: dict[str, dict[str, Any]]
    #: The same, for every reading this card took.
    seen: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: This card's readings by memo and arguments, so a line read twice costs one lookup.
    values: dict[tuple, Any] = field(default_factory=dict)
    read_afresh: bool = False

    def to_store(self) -> str | None:
        """The snapshot to keep, or None when the stored one is still exactly right (a card
        asked for again writes nothing)."""
        same = not self.read_afresh and self.seen.keys() == self.stored.keys()
        if same and all(self.seen[name].keys() == self.stored[name].keys() for name in self.seen):
            return None
        return json.dumps({"v": version(), "r": self.seen}, separators=(",", ":"))


_RECORDER: ContextVar[_Recorder | None] = ContextVar("line_memo_recorder", default=None)


class LineMemo:
    """A reading memoised in the process (a bounded `lru_cache`, which the benches clear to
    measure a cold card) and, inside `remembering`, taken from or noted in the snapshot."""

    def __init__(self, reading: Callable[..., Any], codec: Codec[Any], maxsize: int) -> None:
        self._cached = lru_cache(maxsize=maxsize)(reading)
        self._name = f"{reading.__module__}.{reading.__qualname__}"
        self._codec = codec
        update_wrapper(self, reading)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        recorder = _RECORDER.get()
        if recorder is None:
            return self._cached(*args, **kwargs)
        key = (self, args, tuple(sorted(kwargs.items()))) if kwargs else (self, args)
        if key in recorder.values:
            return recorder.values[key]
        digest = _digest((self._name, args, tuple(sorted(kwargs.items()))))
        stored = recorder.stored.get(self._name, {})
        if digest in stored:
            encoded = stored[digest]
            value = self._codec.decode(encoded)
        else:
            value = self._cached(*args, **kwargs)
            encoded = self._codec.encode(value)
            recorder.read_afresh = True
        recorder.values[key] = value
        recorder.seen.setdefault(self._name, {})[digest] = encoded
        return value

    def cache_clear(self) -> None:
        self._cached.cache_clear()

    def cache_parameters(self) -> dict[str, Any]:
        return self._cached.cache_parameters()


def line_memo(codec: Codec[Any] = PLAIN, *, maxsize: int = 4096) -> Callable[..., LineMemo]:
    """Decorator: see the module docstring. Arguments must be hashable and have a stable
    `repr` (text, dates, numbers, flags), as for `lru_cache`."""

    def wrap(reading: Callable[..., Any]) -> LineMemo:
        return LineMemo(reading, codec, maxsize)

    return wrap


@contextmanager
def remembering(stored: str | None) -> Iterator[_Recorder]:
    """Readings taken inside come from `stored` where it holds them; `to_store()` on the
    yielded recorder gives what to keep afterwards. A snapshot of other code, or unreadable,
    counts as none."""
    recorder = _Recorder(_readings(stored))
    token = _RECORDER.set(recorder)
    try:
        yield recorder
    finally:
        _RECORDER.reset(token)


def _readings(stored: str | None) -> dict[str, dict[str, Any]]:
    if not stored:
        return {}
    try:
        data = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(data, dict) or data.get("v") != version():
        return {}
    readings = data.get("r")
    if not isinstance(readings, dict):
        return {}
    return {name: found for name, found in readings.items() if isinstance(found, dict)}


def _digest(key: tuple) -> str:
    return hashlib.blake2b(repr(key).encode("utf-8"), digest_size=12).hexdigest()


@cache
def version() -> str:
    """A digest of the rules (this package's code and data files): readings stored by other
    rules are not used."""
    digest = hashlib.blake2b(digest_size=12)
    folder = Path(__file__).resolve().parent
    for path in sorted(folder.iterdir()):
        if path.suffix in (".py", ".toml", ".json"):
            digest.update(path.name.encode("utf-8"))
            digest.update(path.read_bytes())
    return base64.urlsafe_b64encode(digest.digest()).decode("ascii")
