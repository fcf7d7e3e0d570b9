"""Domain values shared by the coaching logic, storage and the handlers.

Everything here is plain data: no Slack, no database. Times are timezone-aware; instants that
are stored or compared are in UTC, wall-clock values (a meeting's local time) are naive `time`s
paired with an IANA zone name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from coaching.casefold import unaccented


class EntryKind(StrEnum):
    NOTE = "note"
    ASK = "ask"  # the user asked the counterpart for something
    GAVE = "gave"  # the user did something for the counterpart, whoever started it
    WIN = "win"
    FOLLOWUP = "followup"
    AGENDA = "agenda"  # a talking point for the next 1:1
    PRIORITY = "priority"  # something the counterpart said matters to them (a way to give)


#: Kinds a user may name when logging (`log ask: ...`, a DM starting with `win:` ...).
LOGGABLE_KINDS = (
    EntryKind.NOTE,
    EntryKind.ASK,
    EntryKind.GAVE,
    EntryKind.WIN,
    EntryKind.FOLLOWUP,
    EntryKind.PRIORITY,
)


class EntryStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DISMISSED = "dismissed"


class EntrySource(StrEnum):
    COMMAND = "command"
    DM = "dm"
    REACTION = "reaction"
    SHORTCUT = "shortcut"
    BUTTON = "button"


class Role(StrEnum):
    MANAGER = "manager"
    SKIP = "skip"
    MENTOR = "mentor"
    SPONSOR = "sponsor"
    PEER = "peer"
    OTHER = "other"


class CadenceKind(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    ONCE = "once"
    #: Followed from the user's calendar: the starts are given, not computed (`SeriesSpec.dated`).
    CALENDAR = "calendar"


@dataclass(frozen=True)
class Person:
    """Who a command is about: a Slack user (`<@U123>`) or a free-text name (`@dana`, `Dana`)."""

    user_id: str | None = None
    name: str | None = None

    def __post_init__(self) -> None:
        if not (self.user_id or self.name):
            raise ValueError("a Person needs a Slack user id or a name")

    @property
    def key(self) -> str:
        """Stable identity: the Slack id when known, else the lower-cased name."""
        return self.user_id or (self.name or "").strip().lower()


@dataclass(frozen=True)
class Cadence:
    """How a 1:1 series repeats.

    weekly/biweekly: `weekday` (0 = Monday). monthly: `weekday` and `nth` (1..4, or -1 for the
    last). once: `on` (a local date).
    """

    kind: CadenceKind
    weekday: int | None = None
    nth: int | None = None
    on: date | None = None


@dataclass(frozen=True)
class SeriesSpec:
    """A 1:1 series as the user sees it: local wall-clock time in their zone."""

    cadence: Cadence
    local_time: time
    duration: timedelta = timedelta(minutes=30)
    tz: str = "UTC"
    #: First local date the series may fall on (anchors biweekly parity).
    starts_on: date | None = None
    #: Occurrence starts (UTC) the user skipped.
    skipped: frozenset[datetime] = frozenset()
    #: CALENDAR only: each occurrence's (start UTC, duration), in order, as the calendar says.
    dated: tuple[tuple[datetime, timedelta], ...] = ()

    @property
    def from_calendar(self) -> bool:
        return self.cadence.kind is CadenceKind.CALENDAR

    def duration_at(self, start: datetime) -> timedelta:
        """How long the occurrence starting at `start` lasts (a moved one may differ)."""
        return dict(self.dated).get(start, self.duration)


@dataclass(frozen=True)
class NudgeSettings:
    """When the user wants to hear from the bot."""

    lead_times: tuple[timedelta, ...] = (timedelta(hours=1),)
    quiet_start: time = time(20, 0)
    quiet_end: time = time(8, 0)
    nudges_on: bool = True


@dataclass(frozen=True)
class Entry:
    """One logged thing: a talking point, an ask, a win, a follow-up ..."""

    id: int
    kind: EntryKind
    text: str
    status: EntryStatus
    created_at: datetime
    relationship_id: int | None = None
    done_at: datetime | None = None
    permalink: str | None = None
    source: EntrySource = EntrySource.COMMAND
    #: When an oversharing flag on this entry was first shown in full (say it once).
    flag_noted_at: datetime | None = None


@dataclass(frozen=True)
class Relationship:
    """The owner's tie to one counterpart (manager, mentor ...)."""

    id: int
    person: Person
    role: Role = Role.OTHER
    display_name: str | None = None
    #: Their job title from the Slack profile ("Product Marketing Manager"): tells the asks
    #: whether they work in the user's target field, or decide who does.
    title: str | None = None
    #: The language the user meets them in, when they set it (`/oneonone language`: "en",
    #: "es"); None: the card drafts in the language of the user's notes.
    language: str | None = None

    @property
    def full_label(self) -> str:
        """Who the card is with, in full: the display name, else the free-text name, else a
        mention. For the header, the commands that name them, and matching their name in logs."""
        if self.display_name:
            return self.display_name
        if self.person.name:
            return self.person.name
        return f"<@{self.person.user_id}>"

    @property
    def label(self) -> str:
        """How the card's copy addresses and mentions them: by first name, as a mentor would
        ("Helen, …", not "Helen Marsh, …"). Every ask, reason and balance line reads this."""
        return first_name(self.full_label)


_ABROAD_TITLES = """ing inž inż dipl dl dna d-na domnul doamna sr sra srta lic licda arq herr
frau mgr dott avv mme mlle señor señora senhor senhora engr atty dra ir fr hr rev revd dyr enf"""
#: Titles that make a first word no first name: "Dr Patel" is addressed as "Dr Patel".
_TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "lord", "lady", "dir"}
    # the same in the notes' languages: "dl Rusu", "Ing. Teodoro", "Pak Hendra", "Sra. Díaz",
    # "dyr. Zając" (Polish: a director, round 47: "dyr, is there any news …")
    | set(_ABROAD_TITLES.split())
)
#: Words of respect that go with the given name and are also given names ("Don Draper"): a
#: title only in lower case ("don Eusebio").
_LOWER_CASE_TITLES = frozenset({"don", "doña", "dona", "dom"})
#: Words of respect said before a given name, in the notes' languages: the pair is the name.
_KIN_TITLES = frozenset(
    [
        "chị",
        "anh",
        "em",
        "cô",
        "chú",
        "bác",
        "ate",
        "kuya",
        "tita",
        "tito",
        "auntie",
        "aunty",
        "uncle",
        "pak",
        "bu",
        "ibu",
        "bapak",
        # Javanese and Indonesian, to an older colleague: "Mas Rizky", "Mbak Sari" (round 64:
        # "Send Mas your follow-up")
        "mas",
        "mbak",
        "ma'am",
        "maam",
        "madam",
        # Polish: "Pani Ewa", "Pan Marek" (round 41: "Pani, …")
        "pani",
        "pan",
        # said with the name in wards, schools and churches: "Sister Achieng",
        # "Profe Hernán" (round 36: "You've helped Sister 4 times")
        "sister",
        "brother",
        "father",
        "pastor",
        "profe",
        "profa",
        "maestro",
        "maestra",
        "mwalimu",
        # Afrikaans: "Oom Piet", "Tannie Marie" (round 41: "Oom named it as a priority")
        "oom",
        "tannie",
        # Swahili: "Bi Njeri", "Bw. Otieno", "Mzee Kamau" (round 46: "Bi, here's …")
        "bi",
        "bw",
        "bwana",
        "mzee",
        # said with a name to a senior woman in East and West Africa: "Mama A", "Mama Ngozi"
        "mama",
        # Brazilian Portuguese, to an older man or a boss: "Seu Valdir" (round 50: "Seu,")
        "seu",
        "sô",
    ]
)
#: Words of respect said after a given name: "Meera ma'am", "Ramesh sir", "Kemal Bey".
_AFTER_THE_NAME = (
    "sir ma'am maam madam ji san sama bey hanım hanim hn hnm hoca hocam şef sensei"
    " abi abla"  # Turkish: "Hakan abi" (round 64: the card's "Hakan," dropped what ties them)
)
AFTER_THE_NAME = frozenset(_AFTER_THE_NAME.split())
#: Words of respect said before a name, never after it ("the don Eusebio", not "Rohit sir").
TITLES_BEFORE_NAMES = _TITLES | _KIN_TITLES | _LOWER_CASE_TITLES
#: Every word of respect a note may address someone with, before or after the name ("Rohit
#: sir", "Kemal Bey", "Selin hoca", "chị Hạnh"): none of them is the name.
HONORIFICS = _TITLES | _KIN_TITLES | _LOWER_CASE_TITLES | AFTER_THE_NAME | {"boss"}
#: Words of respect said with a name between colleagues on first-name terms: "Hakan abi".
_FAMILIAR = frozenset({"abi", "abla"})


def formally_addressed(name: str) -> bool:
    """Whether the user addresses them with a word of respect ("Pani Ewa", "Frau Schneider",
    "Ayşe Hanım", "don Ernesto", "Madame Durand"): a peer so addressed is no "du" or "tú" (a
    fresh-eyes review of the lines drafted to peers)."""
    words = {w.casefold().rstrip(".,ªº") for w in name.split()}
    return bool(words & (HONORIFICS | _FORMAL_ABROAD) - _FAMILIAR)


#: Words of respect the name lists above leave out, said before a colleague's name at one level.
_FORMAL_TEXT = (
    "madame monsieur m frau herr signora signor signore sig sig.ra dottoressa dottore dott"
)
_FORMAL_ABROAD = frozenset(_FORMAL_TEXT.split())


#: The same as `unaccented` spells a word of a line, to tell them apart from a name in it.
BARE_HONORIFICS = frozenset(unaccented(h) for h in HONORIFICS)


_IN_BRACKETS = re.compile(r"\([^)]*\)")
#: A patronymic after a given name, said together to someone senior in Russian, Ukrainian and
#: Kazakh workplaces: "Серик Болатович", "Анна Сергеевна", "Ivan Petrovich".
_PATRONYMIC = re.compile(
    r"(?:ович|евич|ьич|овна|евна|ична|инична)$|(?i:ovich|evich|ovna|evna|ichna)$"
)
#: An article before a title in a name as typed: "la Dra. C", "el Ing. Ruiz", "o Dr. Paulo".
_ARTICLES = frozenset({"la", "el", "lo", "o", "a", "le", "der", "die"})
#: Scripts whose names and titles are said whole: Hangul, kana, CJK.
_NOT_LATIN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7af]")


def first_name(label: str) -> str:
    """ "Helen Marsh" → "Helen"; "Dr Malcolm Reid" → "Dr Reid" (a title goes with the surname,
    as people say it after the first mention); a mention, a single name, a title with one name
    ("Dr Patel") or an initial stays whole."""
    words = label.split()
    if words[0] in _ARTICLES and len(words) > 1:  # "la Dra. C": the article is no name
        return first_name(" ".join(words[1:]))
    if len(words) < 2 or label.startswith("<") or _NOT_LATIN.search(_IN_BRACKETS.sub("", label)):
        return label  # "Kang 팀장님": a surname and a title in Korean, said together
    first = words[0].rstrip(".,ªº")  # "Enf.ª Helena": a nurse's title, said with the name
    # "Eng." with its dot is an engineer's title ("Eng. Tarek", "Eng.ª Fernanda", round 64:
    # "Eng, here's what I promised"); "Eng Hock Lim" is a name
    titled = first.lower() in _TITLES or words[0].rstrip(",") in ("Eng.", "Eng.ª", "Eng.º")
    if len(words) == 2 and _PATRONYMIC.search(words[1]):
        return label  # "Серик Болатович": the name and patronymic are how he is addressed
    if titled and len(words) > 2:
        # "Dr Malcolm Reid" is "Dr Reid" as people say it; "Dr Ann de Vries" keeps the "de"
        surname = [words[-1]]
        for word in reversed(words[1:-1]):
            if not word[:1].islower():
                break
            surname.insert(0, word)
        return " ".join([words[0], *surname])
    if titled or len(first) < 2 or not first[0].isalpha():
        return label
    if (
        first.lower() in _KIN_TITLES
        or first in _LOWER_CASE_TITLES
        or first in ("Don", "Doña", "Dona")
    ):
        # "chị Hạnh", "Auntie Efua", "Pak Hendra", "don Eusebio": said together, never "chị"
        return " ".join(words[:2])
    if len(words) == 2 and words[1].lower().rstrip(".") in AFTER_THE_NAME:
        return label  # "Meera ma'am", "Ramesh sir": the respect goes with the name (round 50)
    return first


def spoken_of(name: str) -> str:
    """How the card names someone to the user: "GM" said to them is how a fire station talks,
    but "GM sees across teams" reads as a typo — a bare initialism title ("GM", "QS", "CEO")
    is "the GM" when spoken about. Names and word titles ("Chef", "Matron") stay as written."""
    bare = name.strip()
    if re.fullmatch(r"[A-Z]{2,4}", bare) and bare in ROLE_INITIALISMS:
        return f"the {bare}"
    return name  # "RS" for Rahman sir is a person's initials: "the RS" is no one (round 36)


#: Job titles said by their initials: "the GM", "the HOD". Any other two to four capitals are
#: taken for a person's initials.
ROLE_INITIALISMS = frozenset(
    """GM DGM AGM MD CEO CFO COO CTO CIO CMO CPO CSO CNO CHRO VP SVP EVP AVP QS PM PD HR HOD HOS
    DH DM RM AM SM BM ASM RSM OM TL EM CO OC GC ED FD DON ADON NP PI GP DOS DOP SO QA QC HSE
    CRO CCO CDO DMO CMIO""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class BalanceCounts:
    """One relationship's figures over the card's window, counted where the entries live (SQL)
    so the card need not load them: what you gave, what you asked (dismissed ones included, as
    the balance always counted them), everything logged but dismissed, how many entries the
    card reads at all (the window and what is still open from before it), and when the first of
    those, dismissed ones aside, was logged. Also the asks and follow-ups still open, however
    old: the card lists the oldest few and counts the rest, so it need not load them all."""

    gave: int = 0
    asked: int = 0
    logged: int = 0
    total: int = 0
    first_logged: datetime | None = None
    open_asks: int = 0
    open_followups: int = 0


@dataclass(frozen=True)
class CoachingContext:
    """What the coaching logic may know about one relationship when it prepares a 1:1."""

    relationship: Relationship
    entries: tuple[Entry, ...] = ()
    goal: str | None = None
    now: datetime = field(default_factory=lambda: datetime.now().astimezone())
    #: The goal's focus area as the user confirmed it; None means "derive it from the goal".
    focus: str | None = None
    #: Display names of Slack users mentioned in entries, so the card names them, not `<@U1>`.
    names: dict[str, str] = field(default_factory=dict)
    #: The 1:1 series with this person (for the optics note on meetings outside working hours).
    series: tuple[SeriesSpec, ...] = ()
    #: The window's counts when storage gave them; then `entries` may hold only the rows the card
    #: shows. None: counted from `entries`, which then hold the whole window.
    counts: BalanceCounts | None = None
