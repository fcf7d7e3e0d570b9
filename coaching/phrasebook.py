"""The drafted asks in the language the user meets in (`coaching/phrasebook/<code>.toml`).

The card speaks to the user in English, but its suggested asks are lines the user says out loud,
and a user who writes their notes in Polish meets their manager in Polish: every blind review from
round 37 on marked the English lines, with a note to translate them, as the wrong language.

Each phrasebook was written by a translator from the catalogue's own phrasings (`asks.toml`), so a
line is translated whole, never stitched from English words. Only lines whose slots the phrasebook
can say are translated: the counterpart's name as logged, a date (CLDR's format for the language,
via Babel), how often the two meet, and an open ask named by its kind and when it was asked ("the
training I asked you about last month"). A line with the user's own words in it (a win, a talking
point) stays in English, and the card says which lines are.

A phrasebook that would render badly — a missing line, a placeholder the English line has not —
is refused at start-up with one line naming the place, like the catalogue.
"""

from __future__ import annotations

import calendar
import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from types import MappingProxyType

from babel import Locale
from babel.dates import format_skeleton

from coaching.address import addressed
from coaching.balance import ASK_FIRST, NEED_FROM_ME
from coaching.casefold import unaccented
from coaching.model import Role
from coaching.recurrence import DAY_ABBR, MONTH_ABBR

#: Whole sentences the card suggests saying outside the asks, which a phrasebook may say.
SAID_ON_THE_CARD = frozenset({ASK_FIRST, NEED_FROM_ME})
#: The slots a phrasebook can say; a line with any other stays in English.
SAYABLE = frozenset({"name", "asked", "by", "day", "date", "cadence"})
#: What an open ask is called when its kind is known, and the fallback "what" (`asks.asked_about`).
ASKED_THINGS = (
    "what",
    "the time off",
    "the recommendation letter",
    "the nomination",
    "the pay question",
    "the shadowing",
    "the introduction",
    "the mentoring",
    "the training",
    "the feedback",
    "the opportunity",
    "the backing",
    "the idea",
    "the funding",
    "the move to days",
    "the pay rise",
    "the reference",
    "the payment",
)
#: When an ask was made, as `asks._month_said` says it.
WHEN_SAID = ("on {weekday}", "last week", "a couple of weeks ago", "a few weeks ago", "last month")
WHEN_MONTH = "in {month}"
CADENCES = ("weekly", "every two weeks", "monthly")
NEAR_DAYS = ("today", "tomorrow", "yesterday")
#: How a deadline's date is set in a line, where the language wants an article: "el {date}".
DATE_FRAME = "date"

#: Day and month names as `asks._month_said` writes them (`strftime`'s %A and %B: `calendar`
#: gives the same names), and their abbreviations as `due.day_text` does.
_WEEKDAYS = tuple(calendar.day_name)
_MONTHS = tuple(calendar.month_name)[1:]
_ASKED = re.compile(r"^(?P<what>.+?) I asked you about (?P<when>.+)$")
#: A day as the card writes it (`due.day_text`, `items.short_date`): "Tue 15 Dec", "3 Nov".
_DAY = re.compile(rf"^(?:(?:{'|'.join(DAY_ABBR)}) )?(?P<day>\d{{1,2}}) (?P<month>[A-Z][a-z]{{2}})$")


class PhrasebookError(ValueError):
    """A phrasebook that would render badly, named by file and place."""


@dataclass(frozen=True)
class Phrasebook:
    code: str
    #: The language's English name, as the card names it ("Drafted in Polish").
    name: str
    phrases: Mapping[str, str]
    asked: Mapping[str, str]
    when: Mapping[str, str]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    days: Mapping[str, str]
    cadence: Mapping[str, str]
    #: The lines to a peer and their `asked` phrases in the informal register colleagues at
    #: one level use ("du", "tú", "sen"), where the language has one (round 64: "Hakan abi"
    #: was addressed with "siz"); empty where the polite lines serve everyone.
    peer_phrases: Mapping[str, str] = field(default_factory=dict)
    peer_asked: Mapping[str, str] = field(default_factory=dict)
    #: Whole sentences the card suggests saying outside the asks (the balance's "ask first").
    said: Mapping[str, str] = field(default_factory=dict)

    def say(
        self, template: str, fill: Mapping[str, str], today: date, *, peer: bool = False
    ) -> str | None:
        """`template` (an English phrasing of the catalogue) filled with `fill`, in this
        language, to a peer in their register; None when the line or one of its slots has no
        translation here."""
        informal = peer and template in self.peer_phrases
        target = (self.peer_phrases if informal else self.phrases).get(template)
        if target is None:
            return None
        said: dict[str, str] = {}
        for slot in _fields(template):
            value = self._slot(slot, fill.get(slot, ""), today, informal=informal)
            if value is None:
                return None
            said[slot] = value
        return target.format(**said)

    def _slot(self, slot: str, value: str, today: date, *, informal: bool) -> str | None:
        if slot == "name":
            return addressed(value, self.code) if value else None
        if slot == "cadence":
            return self.cadence.get(value)
        if slot in ("by", "day", "date"):
            return self._day(value, today, framed=slot != "date")
        if slot == "asked":
            return self._asked(value, self.peer_asked if informal else self.asked)
        return None

    def _day(self, value: str, today: date, *, framed: bool) -> str | None:
        """A day in CLDR's long form without its weekday ("15 grudnia", "12月15日"): an
        abbreviated "mar, 15 dic" reads as a form, and a weekday after "do" or "para" takes a
        case the format does not give. A deadline's day is set in the phrasebook's frame
        ("el {date}"), as "today" and "tomorrow" are its own words."""
        if value in NEAR_DAYS:
            return self.days[value]
        found = _DAY.match(value)
        if found is None or found.group("month") not in MONTH_ABBR:
            return None
        day = _nearest(int(found.group("day")), MONTH_ABBR.index(found.group("month")) + 1, today)
        if day is None:
            return None
        said = format_skeleton("MMMMd", day, locale=self.code)
        return self.days.get(DATE_FRAME, "{date}").format(date=said) if framed else said

    def _asked(self, value: str, asked: Mapping[str, str]) -> str | None:
        found = _ASKED.match(value)
        if found is None or found.group("what") not in asked:
            return None
        when = self._when(found.group("when"))
        return None if when is None else asked[found.group("what")].format(when=when)

    def _when(self, said: str) -> str | None:
        if said in self.when:
            return self.when[said]
        head, _, tail = said.partition(" ")
        if head == "on" and tail in _WEEKDAYS:
            return self.when["on {weekday}"].format(weekday=self.weekdays[_WEEKDAYS.index(tail)])
        if head == "in" and tail in _MONTHS:
            return self.when[WHEN_MONTH].format(month=self.months[_MONTHS.index(tail)])
        return None


def _nearest(day: int, month: int, today: date) -> date | None:
    """The date nearest `today` with this day and month: a card's dates lie within months."""
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - today).days), default=None)


def _fields(text: str) -> list[str]:
    return [slot for _, slot, _, _ in string.Formatter().parse(text) if slot]


def translatable(template: str) -> bool:
    """Whether a phrasebook could say this catalogue phrasing: its slots are all sayable."""
    return set(_fields(template)) <= SAYABLE


def _check_asked(asked: Mapping[str, str], where: str) -> None:
    for thing in ASKED_THINGS:
        if _fields(asked.get(thing, "")) != ["when"]:
            raise PhrasebookError(f"{where} {thing!r} must be one phrase with {{when}} once")


def _check_lines(lines: Mapping[str, str], english: frozenset[str], where: str) -> None:
    for key, text in lines.items():
        if key not in english:
            raise PhrasebookError(f"{where} {key!r} is no phrasing of the catalogue's")
        if sorted(_fields(text)) != sorted(_fields(key)):
            raise PhrasebookError(
                f"{where} {key!r}: placeholders {_fields(text)} differ from the English"
            )


def _check(
    code: str, data: dict, english: frozenset[str], to_peers: frozenset[str] = frozenset()
) -> Phrasebook:
    where = f"coaching/phrasebook/{code}.toml"

    def fail(message: str) -> PhrasebookError:
        return PhrasebookError(f"{where}: {message}")

    if data.get("language") != code:
        raise fail(f"language = {data.get('language')!r}, expected {code!r}")
    phrases = data.get("phrases", {})
    for key in sorted(english - phrases.keys()):
        raise fail(f"[phrases] has no line for {key!r}")
    _check_lines(phrases, english, f"{where}: [phrases]")
    asked = data.get("asked", {})
    _check_asked(asked, f"{where}: [asked]")
    said = data.get("said", {})
    for key, text in said.items():
        if key not in SAID_ON_THE_CARD or not text.strip() or _fields(text):
            raise fail(f"[said] {key!r}: no such line on the card, or an empty or filled one")
    peer = data.get("peer", {})
    if peer:
        for key in sorted(to_peers - peer.get("phrases", {}).keys()):
            raise fail(f"[peer.phrases] has no line for {key!r}")
        _check_lines(peer["phrases"], english, f"{where}: [peer.phrases]")
        _check_asked(peer.get("asked", {}), f"{where}: [peer.asked]")
    when = data.get("when", {})
    for said, slot in (*((s, []) for s in WHEN_SAID[1:]), (WHEN_SAID[0], ["weekday"])):
        if said not in when or _fields(when[said]) != slot:
            raise fail(f"[when] {said!r} missing or with the wrong placeholder")
    if _fields(when.get(WHEN_MONTH, "")) != ["month"]:
        raise fail(f"[when] {WHEN_MONTH!r} missing or with the wrong placeholder")
    calendar = data.get("calendar", {})
    if len(calendar.get("months", ())) != 12 or len(calendar.get("weekdays", ())) != 7:
        raise fail("[calendar] needs 12 months and 7 weekdays")
    days, cadence = data.get("days", {}), data.get("cadence", {})
    if set(days) - {DATE_FRAME} != set(NEAR_DAYS) or set(cadence) != set(CADENCES):
        raise fail(f"[days] needs {NEAR_DAYS}, [cadence] needs {CADENCES}")
    if _fields(days.get(DATE_FRAME, "{date}")) != ["date"]:
        raise fail(f"[days] {DATE_FRAME} must hold {{date}} once")
    return Phrasebook(
        code=code,
        name=str(data.get("name") or code),
        phrases=MappingProxyType(dict(phrases)),
        asked=MappingProxyType(dict(asked)),
        when=MappingProxyType(dict(when)),
        months=tuple(calendar["months"]),
        weekdays=tuple(calendar["weekdays"]),
        days=MappingProxyType(dict(days)),
        cadence=MappingProxyType(dict(cadence)),
        said=MappingProxyType(dict(data.get("said", {}))),
        peer_phrases=MappingProxyType(dict(peer.get("phrases", {}))),
        peer_asked=MappingProxyType(dict(peer.get("asked", {}))),
    )


def catalogue_lines() -> frozenset[str]:
    """Every phrasing of the ask catalogue a phrasebook must translate."""
    from coaching.catalogue import catalogue

    return frozenset(
        text
        for purpose in catalogue().values()
        for text in purpose.all_phrasings()
        if text.startswith("{name}") and translatable(text)
    )


def peer_lines() -> frozenset[str]:
    """The phrasings a peer can be asked with: a phrasebook with a peer register holds them all."""
    from coaching.catalogue import SLOTS, catalogue

    return frozenset(
        text
        for purpose in catalogue().values()
        for slot in SLOTS
        for text in purpose.phrasings(Role.PEER, slot) or ()
        if text.startswith("{name}") and translatable(text)
    )


@cache
def phrasebooks() -> Mapping[str, Phrasebook]:
    """Every phrasebook, by language code, checked against the catalogue: loaded once."""
    english, to_peers = catalogue_lines(), peer_lines()
    books = {}
    for entry in sorted(resources.files("coaching").joinpath("phrasebook").iterdir(), key=str):
        if not entry.name.endswith(".toml"):
            continue
        code = entry.name.removesuffix(".toml")
        try:
            data = tomllib.loads(entry.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise PhrasebookError(f"coaching/phrasebook/{entry.name}: {error}") from error
        books[code] = _check(code, data, english, to_peers)
    return MappingProxyType(books)


#: The language the card is written in: a user may always ask for the lines in it.
ENGLISH = "en"
#: Codes the language reading gives for a language a phrasebook holds under another: Nynorsk
#: and Bokmål notes are met in Norwegian.
SAME_LANGUAGE = {"nn": "no", "nb": "no"}


#: Where a language is met in another country's forms, by the user's time zone: "você" to a
#: superior is rude in Portugal (a fresh-eyes review: Brazilian lines to "Eng.ª Fernanda").
#: Angola, Mozambique, Cape Verde, Guinea-Bissau, São Tomé, Timor-Leste and Macau speak to a
#: superior as Portugal does, never with Brazil's "você" (a second fresh-eyes review).
_PORTUGAL_S_FORMS = (
    "Europe/Lisbon Atlantic/Madeira Atlantic/Azores Africa/Luanda Africa/Maputo"
    " Atlantic/Cape_Verde Africa/Bissau Africa/Sao_Tome Asia/Dili Asia/Macau"
)
REGIONAL = {("pt", zone): "pt_PT" for zone in _PORTUGAL_S_FORMS.split()}


def book_for(code: str, zone: str | None = None) -> Phrasebook | None:
    """The phrasebook for a language as read from the notes or set by the user, in the forms
    of the country the user's time zone is in where it has its own."""
    books = phrasebooks()
    code = SAME_LANGUAGE.get(code, code)
    return books.get(REGIONAL.get((code, zone or ""), code)) or books.get(code)


#: Names CLDR does not give that users type: "nihongo", "bahasa", "tagalog" is no drafting one.
_MORE_NAMES = {"nihongo": "ja", "bahasa": "id", "bahasa indonesia": "id", "hangul": "ko"}
#: A region after a code: "pt-BR", "pt_PT", "es-MX" name the language.
_REGION = re.compile(r"^([a-z]{2,3})[-_][a-z]{2,4}$")


def _spelled(word: str) -> str:
    """A language name as typed on any keyboard: "Español", "espanol", "TÜRKÇE" are one."""
    return unaccented(word.strip(" .,;:!?").casefold())


@cache
def _language_words() -> Mapping[str, str]:
    """Every word a user may name a drafting language by: its English name, its own name and
    its code ("polish", "polski", "pl"), as CLDR gives them, accents optional."""
    words: dict[str, str] = {}
    for code in (ENGLISH, *phrasebooks()):
        locale = Locale.parse(code)
        for word in (code, locale.english_name, locale.get_display_name(code)):
            if word:
                words[_spelled(word)] = code
    for word, code in _MORE_NAMES.items():
        if code in phrasebooks():
            words[word] = code
    return MappingProxyType(words)


def language_named(word: str) -> str | None:
    """The code of the drafting language a user named ("Spanish", "español", "espanol", "es",
    "pt-BR"), if any."""
    spelled = _spelled(word)
    region = _REGION.match(spelled)
    if region is None:
        return _language_words().get(spelled)
    own = f"{region.group(1)}_{spelled[len(region.group(1)) + 1 :].upper()}"  # "pt-pt" → "pt_PT"
    return own if own in phrasebooks() else _language_words().get(region.group(1))


def drafting_codes() -> frozenset[str]:
    """The codes of the languages lines can be drafted in, English among them."""
    return frozenset({ENGLISH, *phrasebooks()})


def drafting_languages() -> list[str]:
    """The languages lines can be drafted in, by English name, English first."""
    books = phrasebooks()
    return ["English", *sorted(book.name for book in books.values())]


def language_name(code: str) -> str:
    """A drafting language's English name ("Spanish")."""
    book = phrasebooks().get(code)
    return book.name if book else Locale.parse(code).english_name or code
