"""When a promise in a log line falls due: "send the matter list by Fri" logged on a Monday is
due that Friday. A card that knows the day can say "due tomorrow" or "was due yesterday — send
it today" instead of "before the 1:1", which may be after the day the user gave.

People type the day every way Slack allows: "by weds", "tmrw", "eod", "by 16 Nov", "next week",
and sometimes in their own language ("antes del jueves", "bis Freitag"). A weekday counts only
after a word that makes it a deadline ("by", "before", "antes del"), so a note that says what
happened "tues + weds" is never read as a promise; "tomorrow", "today" and "eod" count alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from wordfreq import zipf_frequency

from coaching.casefold import fold
from coaching.line_memo import DAY, FLAG, NUMBER, line_memo
from coaching.model import HONORIFICS
from coaching.owed_model import reads_as_theirs
from coaching.recurrence import DAY_ABBR, MONTH_ABBR
from coaching.when import is_day, parse_day

#: Weekdays in a few languages people mix into their notes (0 = Monday), accents optional.
_FOREIGN_DAYS = {
    # Japanese, typed in romaji ("kinyoubi made ni")
    "getsuyoubi": 0,
    "kayoubi": 1,
    "suiyoubi": 2,
    "mokuyoubi": 3,
    "kinyoubi": 4,
    "doyoubi": 5,
    "nichiyoubi": 6,
    # Spanish
    "lunes": 0,
    "martes": 1,
    "miercoles": 2,
    "miércoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sabado": 5,
    "sábado": 5,
    "domingo": 6,
    # French
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    # German
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonntag": 6,
    # Portuguese
    "segunda": 0,
    "terça": 1,
    "terca": 1,
    "quarta": 2,
    "quinta": 3,
    "sexta": 4,
    # ... and as Brazilians type them ("cliente precisa saber até seg"); "qui" and "ter" are
    # left out: "pour qui" is French for "for whom", "ter" Portuguese for "to have"
    "seg": 0,
    "qua": 2,
    "sex": 4,
    "sáb": 5,
    # Welsh
    "dydd llun": 0,
    "dydd mawrth": 1,
    "dydd mercher": 2,
    "dydd iau": 3,
    "dydd gwener": 4,
    # Italian
    **dict.fromkeys(("lunedì", "lunedi"), 0),
    **dict.fromkeys(("martedì", "martedi"), 1),
    **dict.fromkeys(("mercoledì", "mercoledi"), 2),
    **dict.fromkeys(("giovedì", "giovedi"), 3),
    **dict.fromkeys(("venerdì", "venerdi"), 4),
    # Polish, with the forms "do" and "w" take ("do piątku", "w czwartek")
    **dict.fromkeys(("poniedziałek", "poniedziałku"), 0),
    **dict.fromkeys(("wtorek", "wtorku"), 1),
    **dict.fromkeys(("środa", "środę", "środy"), 2),
    **dict.fromkeys(("czwartek", "czwartku"), 3),
    **dict.fromkeys(("piątek", "piątku"), 4),
    # Tagalog
    **dict.fromkeys(("huwebes",), 3),
    **dict.fromkeys(("biyernes",), 4),
    # Hindi as typed in Latin letters
    **dict.fromkeys(("somvaar", "somvar"), 0),
    **dict.fromkeys(("mangalvaar", "mangalvar"), 1),
    **dict.fromkeys(("budhvaar", "budhvar"), 2),
    **dict.fromkeys(("guruvaar", "guruvar"), 3),
    **dict.fromkeys(("shukravaar", "shukravar"), 4),
    # Swahili
    **dict.fromkeys(("jumatatu",), 0),
    **dict.fromkeys(("jumanne",), 1),
    **dict.fromkeys(("jumatano",), 2),
    **dict.fromkeys(("alhamisi",), 3),
    **dict.fromkeys(("ijumaa",), 4),
    # Norwegian, Danish, Swedish
    **dict.fromkeys(("mandag", "måndag"), 0),
    **dict.fromkeys(("tirsdag", "tisdag"), 1),
    **dict.fromkeys(("onsdag",), 2),
    **dict.fromkeys(("torsdag",), 3),
    **dict.fromkeys(("fredag",), 4),
    # Turkish, with the forms "kadar" takes ("cumaya kadar")
    **dict.fromkeys(("pazartesi", "pazartesiye"), 0),
    **dict.fromkeys(("salı", "salıya"), 1),
    **dict.fromkeys(("çarşamba", "çarşambaya"), 2),
    **dict.fromkeys(("perşembe", "perşembeye"), 3),
    **dict.fromkeys(("cuma", "cumaya"), 4),
    # Dutch
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
}

#: Words that make the day after them a deadline, in the same languages.
_LEAD = (
    r"by|before|due|until|till|til|no later than|on|this|for"
    r"|antes del?|para el|hasta el|el"  # Spanish
    r"|avant|d'ici|pour|jusqu'à"  # French
    r"|bis|vor|am"  # German
    r"|até|ate|antes de"  # Portuguese
    r"|erbyn|cyn"  # Welsh
    r"|voor|uiterlijk|op"  # Dutch
    r"|entro|per"  # Italian
    r"|do|w"  # Polish
    r"|sa|bago"  # Tagalog
    r"|ifikapo|kabla ya"  # Swahili
    r"|innen|til|på"  # Norwegian
    r"|close[sd]?|closing|deadline(?: is)?|ends"  # a date something shuts on, not a promise's day
    r"|hanggang|hadi|senest|t/m|tot\s+en\s+met"
)
_DAY_WORDS = "|".join(sorted((re.escape(w) for w in _FOREIGN_DAYS), key=len, reverse=True))
#: "before our mtg fri": the meeting's day is the day it is due (round 29 read no day at all).
_BEFORE_MEETING = (
    r"(?:before|by|b4|ahead\s+of)\s+(?:our|the|my|next)?\s*(?:mtg|meeting|1:1|1-1"
    r"|catch[- ]?up|call|session|chat)\s+(?:on\s+)?"
)
_WEEKDAY = re.compile(
    rf"(?i)\b(?:(?:{_BEFORE_MEETING}|(?:(?:{_LEAD})\s+)+)(?:(?P<next>next)\s+)?|(?P<bare>next)\s+)"
    rf"(?P<day>{_DAY_WORDS}|[a-z]+)\b(?!['’]s)(?!\s*[/&+]\s*\w)"  # "on Fri/Sat": a slot, not a day
    rf"(?:\s+(?P<after>next\s+week|week))?"
)
#: The same, after a word that makes a deadline of it in any line, promise or not.
_DEADLINE_LEAD = (
    r"by|before|due|until|till|no later than|antes del?|hasta el|avant|d'ici|jusqu'à|bis|vor"
    r"|até|antes de|erbyn|cyn|voor|uiterlijk|close[sd]?|closing|deadline(?: is)?|ends"
    r"|entro|do|ifikapo|kabla ya|innen|til|bago|hanggang|hadi|senest|t/m|tot\s+en\s+met"
)
_DEADLINE_WEEKDAY = re.compile(
    rf"(?i)\b(?:(?:{_DEADLINE_LEAD})\s+)+(?:(?P<next>next)\s+)?(?P<bare>)"
    rf"(?P<day>{_DAY_WORDS}|[a-z]+)\b(?!['’]s)(?!\s*[/&+]\s*\w)"
    rf"(?:\s+(?P<after>next\s+week|week))?"
)
#: "the 1-pager for Erik, vrijdag": a day named last, after a comma, is the day it is for.
_TRAILING_DAY = re.compile(rf"(?i),\s*(?P<day>{_DAY_WORDS}|[a-z]+)\s*[.!]?\s*$")
#: A promise that ends on its day with no comma: "bring the ECA form for him to sign fri", "send
#: the list friday" (round 41 read no day, and the form to sign at tomorrow's 1:1 sat among the
#: carried items). Not "sat" or "sun", which end lines as words ("out in the sun").
_BARE_TRAILING_DAY = re.compile(
    r"(?i)(?<!\band)(?<!\bor)(?<!\bto)(?<!\bwith)(?<!\bfor)(?<![&,/+])\s(?P<day>mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri"
    r"|friday|saturday|sunday)\s*[.!]*\s*$"
)
#: Days named without a lead word: "tmrw", "by eod", "mañana" (only at the end, where it means
#: tomorrow and not "morning").
_TODAY = re.compile(
    r"(?i)\b(?:today|tonight|eod|e\.o\.d|cob|end of (?:the )?day|hoy|heute)\b(?!['’]s)"
    r"(?!\s+(?:tmrw|tmr|tomorrow|2moro))"  # "eod tmrw" is tomorrow's
)
#: A question whether to raise it today, which is no deadline: "raise w P today? facts only"
#: (round 54); "C wants the incident report today?!" still is one.
_RAISE_TODAY = re.compile(
    r"(?i)\b(?:raise|bring\s+(?:it\s+)?up|mention|tell|say|ask)\b[^.!?]{0,30}\b(?:today|hoy|heute)\s*\?"
)
_TOMORROW = re.compile(
    r"(?i)\b(?:tomorrow|tmrw|tmr|tmw|tomoz|2moro|2morrow|morgen|amanhã|demain|jutro|domani"
    r"|bukas|kesho|yarın|imorgen|i\s+morgen|ashita(?:\s+made)?|kal(?:\s+subah)?\s+tak)\b(?!['’]s)"
    r"|mañana\s*$|^\W*mañana\b"
)
_NEXT_WEEK = re.compile(
    r"(?i)\b(?:(?:by|before|until|till|in|over)?\s*next\s+(?:week|wk)\b|semana que vem"
    r"|pr[óo]xima semana|semana (?:que viene|pr[óo]xima)|semaine prochaine|n[äa]chste[rn]? woche"
    r"|volgende week|przysz[łl]y tydzie[ńn]|(?:la )?(?:prossima settimana|settimana prossima)"
    r"|neste uke|gelecek hafta|haftaya|wiki ijayo|agle hafte|raishuu|w\s+przyszłym\s+tygodniu)"
)
_END_OF_WEEK = re.compile(
    r"(?i)\b(?:eow|end of (?:the|this) week|this week|ende der woche|fin de (?:la )?semana"
    r"|fin de (?:la )?semaine)\b"
)
#: "parso tak", "asatte": the day after tomorrow.
_DAY_AFTER_TOMORROW = re.compile(r"(?i)\b(?:parso(?:\s+tak)?|asatte|übermorgen|pasado\s+mañana)\b")
#: "4 this week", "twice this week", "3 times this week": a count of what happened, not a day
#: anything is due ("split shifts - 4 this week, knackered" is a complaint, round 12).
_TALLY = re.compile(
    r"(?i)\b(?:\d+|once|twice|three|four|five|six|several|\w+\s+times)\s+this\s+week\b"
    r"|\bevery\s+week\b"
)
_MONTHS = {m.lower(): i for i, m in enumerate(MONTH_ABBR, start=1)}
#: A month, whole or cut short, and no other word that starts like one ("julebord" is no July).
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: Month names after a day in the notes' other languages, whole or cut short ("ANTES del 4 dic",
#: "bis 4. Dez", "le 4 déc"); not "set" or "out" (Portuguese), which English uses ("4 out of 5").
_FOREIGN_MONTHS = {
    word: month
    for month, words in enumerate(
        (
            "ene enero gen gennaio janv janvier januar janeiro styczeń",
            "febrero fev fevereiro févr février fevrier februar febbraio luty",
            "marzo märz mär maerz mrt maart março mars marzec",
            "abr abril avr avril aprile",
            "mayo mai mei mag maggio maio",
            "junio junho juin giu giugno juni",
            "julio julho juil juillet lug luglio juli",
            "ago agosto août aout augustus",
            "septiembre setembro settembre septembre",
            "octubre outubro ottobre octobre okt oktober",
            "noviembre novembro novembre",
            "dic diciembre dez dezember dezembro déc décembre dicembre",
        ),
        start=1,
    )
    for word in words.split()
} | {
    word: month
    for month, words in enumerate(
        (
            # Polish (the genitive a day takes, as named, and "w styczniu"), Turkish (with
            # "'a kadar"), Norwegian, Swahili
            "stycznia styczeń styczniu ocak januari",
            "lutego luty lutym şubat februari",
            "marca marzec marcu mart machi",
            "kwietnia kwiecień kwietniu nisan aprili",
            "maja maj maju mayıs",
            "czerwca czerwiec czerwcu haziran juni",
            "lipca lipiec lipcu temmuz julai",
            "sierpnia sierpień sierpniu ağustos agosti",
            "września wrzesień wrześniu eylül septemba",
            "października październik październiku ekim oktoba",
            "listopada listopad listopadzie kasım novemba",
            "grudnia grudzień grudniu aralık desemba",
        ),
        start=1,
    )
    for word in words.split()
}
#: The same, by the spelling a case-blind match of each folds to ("aralik" for "aralık").
_FOREIGN_BY_FOLD = {fold(word): month for word, month in _FOREIGN_MONTHS.items()}
_FOREIGN_MONTH = "|".join(sorted(map(re.escape, _FOREIGN_MONTHS), key=len, reverse=True))
#: Every word the notes name a month by, in English and the other languages above; not "may",
#: which is far more often the verb (an answer's "'April earliest'", "hablamos en enero").
MONTH_WORDS = {
    word: month
    for month, words in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for word in words.split()
} | _FOREIGN_MONTHS


def _month_of(match: re.Match[str]) -> int:
    """The month a match names: its English `mon`, or its `abroad` word where it has one."""
    abroad = match.groupdict().get("abroad")
    if abroad:
        return _FOREIGN_BY_FOLD[fold(abroad)]
    return _MONTHS[fold(match.group("mon"))[:3]]


_DAY_MONTH = re.compile(
    rf"(?i)\b(?P<d>[0-3]?[0-9])(?:st|nd|rd|th|\.)?\s+(?:(?:of|de|di)\s+)?"
    rf"(?:{_MONTH}|(?P<abroad>{_FOREIGN_MONTH})(?:['’](?:a|e|ya|ye))?\.?)(?!\w)"
)
_MONTH_DAY = re.compile(rf"(?i)\b{_MONTH}\.?\s+(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?\b")
_BY = (
    r"(?i)\b(?:by|before|due|on|until|till|até|ate|hasta|bis|avant(?:\s+le)?|voor|tot|do|mpaka"
    # and with their article: "avant le 30/11", "pour le 30/11", "d'ici le 4/12", "jusqu'au
    # 30/11", "antes del 30/11" (round 53 read no day in the first)
    r"|pour\s+le|d['’]ici(?:\s+le)?|jusqu['’]au|antes\s+del?"
    # "prometi p 30/11": promised for that day, as Brazilians type it (round 54); not "subiu pra
    # 3/12" (a score)
    r"|(?:prometi|prometido|combinei|combinado|fica|ficou|entrego|entregar)\s+(?:p/?|pra|para)"
    r"|entro(?:\s+il)?|senest|innen|t/m|closes?)\s+"
)
#: A date after Spanish "el", always day first: "cierra el 3/12", "entregar … el 12/1" (12
#: January). Not a fraction ("el 3/4 de la plantilla", "el 1/2 día libre"), and a day already
#: past only after a word that makes it a deadline ("la reunión fue el 12/11" is history).
_EL_DATE = re.compile(
    r"(?i)\bel\s+(?P<d>[0-3]?\d)/(?P<m>[01]?\d)\b(?![/\d])"
    r"(?!\s*(?:%|(?:del?|d[ií]a|hora|turno|jornada)\b))"
)
_EL_LED = re.compile(
    r"(?i)\b(?:cierra\w*|vence\w*|plazo|entrega\w*|hasta|antes|fecha\s+l[ií]mite)\b[^.;!?]{0,20}$"
)
_NUMERIC = re.compile(
    # "by 4/12", and as the notes' other languages say it: "até sexta 4/12", "bis 4.12."
    # a word between must be a weekday (`_read_any_day` checks): "até sexta 4/12", not "on avg 4/5"
    _BY + r"(?:(?P<day>[^\W\d_]+)\.?,?\s+)?(?!24/7\b)(?P<d>[0-3]?[0-9])"
    # "on 24/7" is always; "by 3/4/5" is a list; "pour le 3/4 des élèves" a share
    r"(?:/(?P<m>[0-3]?[0-9])\b(?!/)(?!\s*(?:%|(?:de|des|du|del|da|dos|das)\b|d['’]))"
    # "bis 4.12.": the closing dot; "by 1.5", "on 2.1" are no day; a month in two figures needs
    # none: "obiecałem RFC do 2.12", "wysłać do 02.12" (round 53 read no day in either)
    r"|\.(?P<dm>[01]?[0-9])\.|\.(?P<dw>0[1-9]|1[0-2])(?![\d.,/])"
    r"(?!\s*(?:%|mln|mld|tys|k\b|s\b|ms\b|h\b|x\b|zł|pln|eur|€|\$|usd|kg|km|m\b)))"
)


#: A day that opens or closes a span ("7 Dec - 3 Jan", "7–20 Dec"): what the work covers, not
#: when it is due.
_IN_A_SPAN = re.compile(
    r"^\s*[-–—]\s*\d{1,2}\b|^\s+(?:to|till|until|al|a|bis)\s+\d{1,2}\s+[A-Za-z]"
)
_LED_ELSEWHERE = re.compile(
    r"(?i)\b(?:by|due|before|until|till|deadline|latest|innen|bis|até|hasta|avant|do)\s+(?!\d{1,2}\s*[-–])"
)
_SPAN_END = re.compile(r"\b\d{1,2}(?:\s+[A-Za-z]{3,9})?\s*[-–—]\s*$")


#: How soon after a line a day written "do 2.12" must fall to be read as one: further off, "by
#: 1.10" is more likely a price or a version.
_SOON_AFTER = timedelta(days=75)
#: "od 7.00 do 10.10": a span of hours, not a day.
_TIME_RANGE = re.compile(r"(?i)\b(?:od|from|von|de|desde)\s+\d{1,2}[.:]\d{2}\s*$")


#: A date then "until" in Korean or Japanese, which write the month first: "리스트 12/3까지
#: 이사님께" is due 3 December (round 53 read no day).
_UNTIL_EAST_ASIAN = re.compile(
    r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)(?![\d/])\s*(?:일\s*)?(?:까지|までに|まで)"
)


#: A weekday with its date: "closes mon 7/12", "picture lock Fri 4/12" (round 26 read the first
#: as Monday 30 Nov and missed the second).
#: Dotted too: "do piątku 27.11", "bis Freitag 4.12" (round 41 read the first by its weekday
#: alone, from the day it was logged: "overdue since Fri 20 Nov").
_WEEKDAY_NUMERIC = re.compile(
    rf"(?i)\b(?P<day>{_DAY_WORDS}|[^\W\d_]{{3,9}})\.?,?\s+(?P<d>[0-3]?[0-9])"
    r"(?:/(?P<m>[0-3]?[0-9])\b(?!/)|\.(?P<dm>[01]?[0-9])(?![\d/,]|\.\d)"
    r"(?!\s*(?:%|x\b|percent|points?|pts|days?|hours?|hrs|h\b|weeks?|kg|m\b|k\b)))"
)


#: A deadline word just before a date: "closes mon 7/12", "due fri 4/12", "até sexta 4/12".
_LED = re.compile(
    rf"(?i)\b(?:{_DEADLINE_LEAD}|lock(?:s|ed)?)\s+(?:(?:{_DAY_WORDS}|[a-z]{{3,9}})\.?,?\s+)?$"
)


#: Month names whole or cut short, and nothing longer ("in marketing" is not March).
_MONTH_NAMES = (
    "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug"
    "|september|sept|sep|october|oct|november|nov|december|dec"
)
MONTH_NAMES = _MONTH_NAMES
#: "need an answer before the 28th": a day of the month after a deadline word, with its suffix,
#: and nothing after it that makes it a thing ("on the 2nd floor", "a 3rd KP").
_ORDINAL = re.compile(
    r"(?i)\b(?:by|before|on|due|until|till|closes|closing|deadline(?: is)?(?: on)?)\s+"
    r"(?:the\s+)?(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:$|[,.;:!?)\-–—]|(?:and|at|so|then|or|if|please|pls|latest)\b))"
)
#: "Sat 14th", "Friday the 4th": the number decides the day, the weekday only confirms it.
_WEEKDAY_ORDINAL = re.compile(
    rf"(?i)\b(?P<day>{_DAY_WORDS}|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*"
    r"|lun|mié|jue|(?<!la )(?<!ma )(?<!sa )(?<!ta )(?<!une )vie)\.?"
    r"\s+(?:the\s+)?(?P<d>[0-3]?[0-9])(?:(?:st|nd|rd|th|er)\b|(?<=[1-3]\d)(?![\d/.:,]\d|\s*(?:am|pm|h\b|ji\b|hrs?\b"
    r"|uhr|x\b|%|people|ppl|staff|sessions?|shifts?|days?|weeks?|personas|pax|invitados|pessoas"
    r"|os[oó]b|gente|cubiertos|mesas|platos|mois|meses)|\d)"
    # one digit, where the line or its clause ends: "antes del viernes 4!!" is Friday the 4th
    r"|(?<=\s[1-9])(?=\s*(?:[!?.,;)]|$)))"
)
#: "before Xmas", "by Christmas": Christmas Eve, the last working day most people mean.
_CHRISTMAS = re.compile(
    r"(?i)\b(?:by|before|b4|for|until|till|pre)[\s-]+(?:xmas|christmas)\b"
    r"|\b(?:vor\s+weihnachten|prima\s+di\s+natale|bago\s+mag-?pasko|antes\s+de\s+navidad"
    r"|avant\s+no[ëe]l)\b"
)
#: "b4 new year": New Year's Eve.
_NEW_YEAR = re.compile(r"(?i)\b(?:by|before|b4|until|till)\s+(?:the\s+)?new\s+year\b")
#: "before thanksgiving": the day before the fourth Thursday of November.
_THANKSGIVING = re.compile(r"(?i)\b(?:by|before|b4)\s+thanksgiving\b")
#: A weekday that opens the line as its heading: "fri: lesson plans to the HoD", "mon - send
#: vaccine fridge logs", "this fri payroll cutoff", "ngayong Huwebes ipasa …", "Jumatatu …".
_LEADING_DAY = re.compile(
    r"(?i)^\W*(?P<lead>this\s+|first\s+thing\s+|ngayong\s+|sa\s+)?(?P<day>[^\W\d_]+)\.?"
    r"(?:\s+(?:night|morning|eve|evening|am|pm))?(?P<mark>\s*[:\-–—]|\s+(?=\S))"
)
#: "by noon thurs", "due by 5pm fri": the hour says nothing of the day.
_AN_HOUR = re.compile(
    r"(?i)\b(by|before|until|till)\s+(?:noon|midday|\d{1,2}(?::\d{2})?\s*(?:am|pm))\s+(?=[a-z])"
)
#: "29/10 prazo final pra entregar o laudo", "15/09 último dia": a date that opens the line
#: before the word for a deadline.
_LEADING_DATE = re.compile(
    r"(?i)^\W*(?P<d>[0-3]?\d)/(?P<m>[01]?\d)\s+(?:prazo|[úu]ltimo\s+dia|entrega|deadline|due"
    r"|closes|fecha\s+l[íi]mite|termin)\b"
)
#: "end of month", "by month end", "eom", "end of Nov": the month's last day.
_END_OF_MONTH = re.compile(
    r"(?i)\b(?:end of (?:the |this )?month|month[- ]end|eom|fin de(?:l)? mes|fin du mois"
    r"|ende (?:des )?monats?|monatsende|fine (?:del )?mese|koniec miesi[ąa]ca"
    r"|eind van de maand|utgangen av m[åa]neden|mahine ke end|mwisho wa mwezi|ay sonu"
    r"|getsumatsu|do\s+końca\s+miesiąca)\b"
    rf"|\b(?P<abroad>{_FOREIGN_MONTH})\s+sonuna\b"
    rf"|\bend of (?P<mon>{_MONTH_NAMES})\b"
)
#: "mid-dec", "mid Jan": the 15th.
_MID_MONTH = re.compile(rf"(?i)\bmid[- ]?(?P<mon>{_MONTH_NAMES})\b")
#: "in 2 wks", "within 3 days", "2 wks from today", "w/in 48h": counted from the day logged.
_IN_SO_MANY = re.compile(
    r"(?i)\b(?:in|within|w/in)\s+(?P<n>\d{1,2})\s*(?P<unit>days?|d|wks?|weeks?|h|hrs?|hours?)\b"
    r"|\b(?P<n2>\d{1,2})\s*(?P<unit2>days?|wks?|weeks?)\s+from\s+(?:today|now)\b"
)
#: "até dia 20", "hasta el día 20": the next 20th.
_DIA = re.compile(
    r"(?i)\b(?:até|ate|hasta(?: el)?|antes del?)\s+(?:o\s+)?d[ií]a\s+(?P<d>[0-3]?\d)\b"
    # "antes del 27", "hasta el 3", "para el 10": a day of the month, not a count of anything
    r"|\b(?:antes\s+del|hasta\s+el|para\s+el)\s+(?P<d2>[0-3]?\d)\b(?![/.:,]\d)"
    r"(?!\s*(?:%|€|\$|(?:h|hs|horas?|d[ií]as|pax|personas|mil|k|por\s+ciento|aniversario|piso"
    r"|planta|trimestre|semestre|cap[ií]tulo|puesto|a[nñ]os?)\b))"
)
#: Away until a day ("Marta está de vacaciones hasta el 30"): when they are back, no deadline.
_AWAY_UNTIL = re.compile(
    r"(?i)\b(?:vacaciones|de\s+baja|fuera|cerrad[oa]|libre|de\s+viaje|off|f[eé]rias)\b[^.;]{0,30}"
    r"\bhasta\s+el\s+\d"
)
#: A date as 30.11. or 4.12., its closing dot making it a date ("Abgabe Bauantrag 30.11.").
_DOTTED = re.compile(r"(?<![\w.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?![\d\w])")
#: ... with no closing dot after a deadline word: "exam registration closes 15.12".
_LED_DOTTED = re.compile(
    r"(?i)\b(?:closes?|closing|until|till|deadline|due|bis|antes|até|avant|entro)\s+"
    r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?![.\d\w%])(?!\s*(?:%|x\b|percent|points?|pts|days?"
    r"|hours?|hrs|weeks?|kg|m\b|k\b))"
)
#: A weekday before "tak" or "kadar": "Shukravaar tak", "cumaya kadar", "cuma gününe kadar".
_UNTIL_AFTER = re.compile(
    rf"(?i)\b(?P<day>{_DAY_WORDS})"
    r"(?:\s+gününe|['’]y?[ae])?\s+(?:tak|kadar|made)\b"
)
#: "by Q1", "voor Q3": the quarter's last day; a bare "Q1" may be a period reported on, not a day.
_QUARTER = re.compile(
    r"(?i)\b(?:by|before|in|for|until|till|voor|end of|during)\s+(?:the\s+)?q(?P<q>[1-4])\b"
)
#: "exam in Dec", "by March": a month alone after a word that makes it when something happens;
#: its first day, the earliest it can bite. "may" only as "May", never the verb.
MONTH_ALONE = re.compile(
    r"\b(?:[Bb]y|[Bb]efore|[Ii]n|[Dd]uring|[Uu]ntil|[Ee]arly)\s+"
    rf"(?P<mon>(?i:{_MONTH_NAMES.replace('may|', '')})|May)\b"
    r"(?!\s+[0-3]?[0-9]\b)"
)


def _weekday(word: str) -> int | None:
    word = word.lower()
    if word in _FOREIGN_DAYS:
        return _FOREIGN_DAYS[word]
    return parse_day(word) if is_day(word) else None


#: Spanish weekdays cut short, read only beside a date ("antes del vie 27", "jue 3/12"): alone,
#: "vie" is French for life and "mie" a crumb.
_SHORT_DAYS_WITH_A_DATE = {"lun": 0, "mié": 2, "jue": 3, "vie": 4} | {
    # Polish, as notes cut them ("do pt 27/11", round 57), and Portuguese ("até sex 4/12")
    "pon": 0, "wt": 1, "śr": 2, "sr": 2, "czw": 3, "pt": 4, "sob": 5, "ndz": 6,
    "seg": 0, "qua": 2, "qui": 3, "sex": 4, "sáb": 5,  # not "ter", which is "to have"
}  # fmt: skip


def _dated_weekday(word: str) -> int | None:
    """A weekday said with its date: `_weekday`, or a short form only a date makes one."""
    found = _weekday(word)
    return found if found is not None else _SHORT_DAYS_WITH_A_DATE.get(word.lower())


def _on_or_after(on: date, weekday: int) -> date:
    return on + timedelta(days=(weekday - on.weekday()) % 7)


def _next_named(on: date, weekday: int) -> date:
    """The day a weekday names in a line logged on `on`: the coming one, never `on` itself.
    "by fri" typed on a Friday means next Friday; for this Friday people say "today" (round
    13: sheets logged "by fri" on a Friday were called overdue a week early)."""
    return on + timedelta(days=(weekday - on.weekday() - 1) % 7 + 1)


def _dated(day: int, month: int, on: date) -> date | None:
    """ "16 Nov" logged on `on`: this year's, unless that is months behind (then next year's)."""
    try:
        found = date(on.year, month, day)
    except ValueError:
        return None
    return found.replace(year=on.year + 1) if (on - found).days > 180 else found


def due_date(
    text: str, logged: datetime, now: datetime, meeting: date | None = None
) -> date | None:
    """The day a promise is due, on the user's clock (the zone of `now`), counted from the day
    it was logged: a weekday is the next such day (never the day it was logged), "next Fri" the
    one after, "next week" the Friday of next week; None when the line names no day.
    `meeting`: the day of the first 1:1 with this person after the line was logged, when the
    line names one (`names_a_session`) — "before wednesday session" is due at that 1:1, which is
    the coming one or, once it has passed, the day the promise fell overdue (`_session_day`)."""
    on = (logged.astimezone(now.tzinfo) if now.tzinfo else logged).date()
    return _session_day(text, on, meeting) or _due_from(text, on)


def deadline_date(
    text: str, logged: datetime, now: datetime, *, asked: bool = False
) -> date | None:
    """The day a line that is not a promise names as a deadline ("applications close Fri",
    "need an answer before the 28th"): as `due_date`, but a weekday counts only after a word that
    makes it a deadline, not after "on" ("a walkthrough at 12:30 on Fri" is a slot, not a day
    anything is due), and a meeting named is not a deadline ("for supervision: caseload" is what
    to bring, not a day anything is due). A month after "in" counts only with a deadline word
    ("the trial plots in dec" is when, not a due date), unless the line is the user's ask
    (`asked`): "less nights in dec" must be settled before December starts (round 19)."""
    on = (logged.astimezone(now.tzinfo) if now.tzinfo else logged).date()
    return _due_from(text, on, strict=True, months=asked)


#: Words for the 1:1 itself ("wednesday session", "thurs mentoring"). Not "121" alone ("cut
#: waste by 121 kg"), nor any meeting ("by fri call" is this week's call, not the 1:1).
_ONE_TO_ONE = r"session|1:1|1-1|one[- ]to[- ]one|catch[- ]?up|supervision|check[- ]?in|mentoring"
#: "before wednesday session", "ahead of our next 1:1", "by tues catch-up": a promise tied to
#: the 1:1, not to a day.
_SESSION = re.compile(
    r"(?i)\b(?:before|by|for|ahead of|until|till|prior to)\s+"
    r"(?:(?:the|our|my|this|next|her|his|their)\s+)*"
    rf"(?:(?P<day>{_DAY_WORDS}|[a-z]+?)(?:['’]s)?\s+)?(?P<what>{_ONE_TO_ONE})\b"
)


#: "B said before next time", "for next session": the next 1:1 itself, whatever its day.
_NEXT_TIME = re.compile(
    r"(?i)\b(?:before|by|for|until|till|ahead of)\s+(?:the\s+|our\s+)?next\s+"
    r"(?:time|session|catch[- ]?up|1:1|1-1|one[- ]to[- ]one|supervision)\b"
)


#: A line can tie itself to a 1:1 only with one of these; the rest skip both patterns.
_SESSION_HINTS = ("session", "1:1", "1-1", "one", "catch", "supervision", "check", "mentoring")


def names_a_session(text: str) -> bool:
    """Whether a promise is tied to a 1:1 rather than a day; the caller then finds the first 1:1
    after the line was logged (a series' reading, done only for such lines)."""
    low = text.lower()
    if "next time" not in low and not any(hint in low for hint in _SESSION_HINTS):
        return False
    return _session_named(text) is not None


def _session_day(text: str, on: date, meeting: date | None) -> date | None:
    """The 1:1's day, when the line ties a promise to it: "before wednesday session" logged on
    a Sunday, with the 1:1 on a Wednesday two weeks out, is due at that 1:1 — not on the coming
    Wednesday, which made a card say "overdue, apologise" for work not late (round 13). A
    weekday that is not that 1:1's leaves the day to the rest."""
    if meeting is None or meeting < on:
        return None
    named = _session_named(text)
    if named is None:
        return None
    return meeting if named in (_ANY_DAY, meeting.weekday()) else None


_ANY_DAY = 7


@line_memo(NUMBER)
def _session_named(text: str) -> int | None:
    """The weekday a line ties to a 1:1 ("wednesday session": 2), `_ANY_DAY` for the 1:1
    named without one ("before our next session", "before next time"), None when it names none."""
    if _NEXT_TIME.search(text):
        return _ANY_DAY
    for match in _SESSION.finditer(text):
        if match.group("day") is None:
            if re.fullmatch(_ONE_TO_ONE, match.group("what"), re.IGNORECASE):
                return _ANY_DAY
            continue
        weekday = _weekday(match.group("day"))
        if weekday is not None:
            return weekday
    return None


#: Every way above of naming a day needs one of these: a digit, a word that starts like a
#: weekday or a month (or "tom", "tmr": tomorrow), a day in another language, or a word for a
#: relative day. A line with none of them is turned away with a few set lookups instead of
#: twenty searches (most of a card's lines name no day at all). Plain lookups, not one big
#: regular expression: an alternation of sixty words tried at every position cost as much as
#: the reading it was meant to skip.
_DAY_STEMS = frozenset(
    [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
        "tom",
        "tmr",
        "tmw",
    ]
)
_DAY_WORDS_ALONE = frozenset(w for w in _FOREIGN_DAYS if " " not in w)
_DAY_PHRASES = (
    "today", "tonight", "eod", "e.o.d", "cob", "end of", "hoy", "heute", "2mo", "morgen",
    "mañana", "week", "eow", "month", "eom", "xmas", "christmas", "dydd ", "amanhã", "demain",
    "jutro", "domani", "bukas", "kesho", "yarın", "wk", "semana", "semaine", "woche", "tydzie",
    "settimana", "uke", "hafta", "wiki", "fin de", "fin du", "monat", "mese", "miesi", "maand",
    "måned", "mahine", "mwezi", "ay sonu", "mid", "dia", "kal ", "kal tak", "parso", "ashita",
    "raishuu", "getsumatsu", "sonuna", "końca", "weihnachten", "natale", "pasko", "new year",
    "thanksgiving", "kinyoubi", "youbi", "przyszłym", "hafte",
)  # fmt: skip
_WORD = re.compile(r"\w+")


def _may_name_a_day(text: str) -> bool:
    low = text.lower()
    if any(ch.isdigit() for ch in low) or any(phrase in low for phrase in _DAY_PHRASES):
        return True
    return any(w[:3] in _DAY_STEMS or w in _DAY_WORDS_ALONE for w in _WORD.findall(low))


@line_memo(DAY)
def _due_from(text: str, on: date, *, strict: bool = False, months: bool = False) -> date | None:
    """`due_date` from the day the line was logged: read once per line, since every card built
    for a relationship parses each open promise again. `strict`, `months`: see
    `deadline_date`."""
    if not _may_name_a_day(text):
        return None
    text = _without_days_said(text)  # "se lo prometí el lunes": the day it was promised
    text = _B4.sub("before", text)  # "b4 the 4th" is "before the 4th": the 3rd
    text = _AN_HOUR.sub(r"\1 ", text)  # "by noon thurs" is by Thursday
    text = _DAY_DOT.sub(r"\1 \2", text)  # "innen 1. des." is "innen 1 des"
    return _read_day(text, on, strict=strict, months=months)


_B4 = re.compile(r"(?i)\bb4\b")
#: A weekday said as when something was promised or said, not when it is due: "se lo prometí
#: el lunes" was "due Mon 30 Nov" (round 33). The words between may name whom ("promised Dana
#: on Monday"), never what ("promised to send it on Monday" is due then).
_SAID_ON_A_DAY = re.compile(
    r"(?i)\b(?:promised|prometí|prometi|told|said|agreed|obiecał\w*|obiecal\w*|versprochen"
    r"|versprach|promis|beloofd|prometido|combinei|combinamos|quedamos)\s+"
    # whom, never what: a pronoun or a name ("promised deck on Friday" is due on Friday)
    r"(?:(?:him|her|them|ihm|ihr|lui|leur|le|la|lo|les|se|-?(?-i:[A-Z])[\w'’-]*)\s+){0,2}"
    r"(?:on|el|am|w|le|na|no|op)\s+(?P<day>[^\W\d_]+)\b"
)


def _without_days_said(text: str) -> str:
    """The line with the weekdays it says something was promised on left out."""

    def drop(match: re.Match[str]) -> str:
        return (
            match.group()[: match.start("day") - match.start()]
            if _weekday(match.group("day")) is not None
            else match.group()
        )

    return _SAID_ON_A_DAY.sub(drop, text)


#: A date named as what the work is for ("the 1 Dec statement"), not when it is due.
_FOR_THE_DAY = re.compile(r"(?i)\bfor\s+(?:the\s+)?$")
_DAY_DOT = re.compile(r"(?i)\b([0-3]?\d)\.\s+([^\W\d_]{3,})")


#: What a line says is due, when it also names other days: "loan committee votes Tue 1 Dec, my
#: written objection due Mon 30 Nov 12h" is due on the 30th (round 20).
_DUE_AT = re.compile(r"(?i)\b(?:due(?!\s+to\b)|deadline)\b[:\s]*")  # not "due to" (because of)


def _read_day(text: str, on: date, *, strict: bool = False, months: bool = False) -> date | None:
    said = _DUE_AT.search(text)
    if said and said.start() > 0:  # the day after "due" first, when the line says one
        found = _read_any_day(text[said.end() :], on, strict=strict, months=months)
        if found is not None:
            return found
    return _read_any_day(text, on, strict=strict, months=months)


def _numbered(
    first: int,
    second: int,
    on: date,
    weekday: int | None = None,
    *,
    led: bool = True,
    order: str | None = None,
) -> date | None:
    """A date written with two numbers: day/month as most of the world writes it, month/day as
    the US does ("due 11/15": there is no 15th month). When both readings are dates, the weekday
    said with it decides ("Fri 12/4" is Friday 4 Dec), then the way the same line writes its
    other dates (`writing_order`: "B6 closes 11/12 … by 30/11" is 11 Dec), else the one nearer
    after the day it was written ("by 12/1" typed on 23 Nov is 1 Dec, not 12 Jan)."""
    readings = [d for d in (_dated(first, second, on), _dated(second, first, on)) if d]
    said_day = [d for d in readings if weekday is not None and d.weekday() == weekday]
    if said_day:
        readings = said_day  # "Fri 12/4 …, holiday from 22/12": the Friday, whatever the order
    elif order == "dm" and len(readings) == 2:
        readings = readings[:1]
    ahead = [d for d in readings if d >= on]
    if not ahead and not led:  # "shipped on 10/19": when it happened (`_not_past`)
        return None
    return min(ahead or readings, key=lambda d: abs((d - on).days), default=None)


#: Two numbers with a slash, not a count of something ("14/12 stations passed").
_NUMBER_PAIR = re.compile(
    r"(?<![\d/.])([0-3]?\d)/([0-3]?\d)(?![\d/])(?!\s+[a-z]{3,}\b(?<!deadline))"
)


def writing_order(text: str) -> str | None:
    """ "dm" when another date in the line can only be day first ("B6 closes 11/12 … by 30/11":
    11 Dec). Never "md" from "3/20": a count out of twenty reads the same way ("fixed 3/20
    defects"); nor from "24/7", which is always."""
    pairs = ((int(a), int(b)) for a, b in _NUMBER_PAIR.findall(text) if f"{a}/{b}" != "24/7")
    return "dm" if any(12 < a <= 31 and 1 <= b <= 12 for a, b in pairs) else None


def _led(text: str, start: int) -> bool:
    """A deadline word comes before the date at `start` ("closes mon 7/12", "due 20/11")."""
    return bool(_LED.search(text[:start]) or _DUE_AT.search(text[:start]))


def _not_past(found: date, on: date, text: str, start: int) -> bool:
    """A day before the line was written is a deadline only when a deadline word leads it
    ("report due 20/11 - late!!"); otherwise it is when something happened ("shipped on 10/19",
    "Teammeeting war am 2.11.")."""
    return found >= on or _led(text, start)


def _read_any_day(
    text: str, on: date, *, strict: bool = False, months: bool = False
) -> date | None:
    found = _read_holiday_or_heading(text, on)
    if found is not None:
        return found
    order = writing_order(text)  # how the line writes its dates, read once for all of them
    for match in _DAY_MONTH.finditer(text):
        if _FOR_THE_DAY.search(text[: match.start()]) and _DEADLINE_WEEKDAY.search(text):
            continue  # "sign off for 1 Dec statement — to exec by fri arvo": due on Friday
        spanned = _IN_A_SPAN.search(text[match.end() :]) or _SPAN_END.search(text[: match.start()])
        if spanned and _LED_ELSEWHERE.search(text):
            # "the nights roster for peak (7 Dec - 3 Jan), said by Fri 27th" (round 55); with no
            # other day, a span's start is when it is needed ("relief milker 23 dec - 2 jan")
            continue
        found = _dated(int(match.group("d")), _month_of(match), on)
        if found and _not_past(found, on, text, match.start()):
            return found
    # "closes mon 7/12": the number decides; "posted tue 24/11, closes mon 7/12": the one a
    # deadline word leads, when one does
    dated = [
        m for m in _WEEKDAY_NUMERIC.finditer(text) if _dated_weekday(m.group("day")) is not None
    ]
    for match in [m for m in dated if _led(text, m.start())] or dated:
        weekday = _dated_weekday(match.group("day"))
        led = _led(text, match.start())
        if match.group("dm"):  # "do piątku 27.11": dots are never month first
            found = _dated(int(match.group("d")), int(match.group("dm")), on)
            if found and not _not_past(found, on, text, match.start()):
                continue  # "notes from Mon 11.11 workshop": the day it happened
        else:
            month = int(match.group("m"))
            found = _numbered(int(match.group("d")), month, on, weekday, led=led, order=order)
        if found:
            return found
    for match in _MONTH_DAY.finditer(text):
        found = _dated(int(match.group("d")), _month_of(match), on)
        if found and _not_past(found, on, text, match.start()):
            return found
    for match in _NUMERIC.finditer(text):  # day/month, or month/day as the US writes it
        short = None  # a weekday cut short ("do pt 27/11"), which only its own date confirms
        if match.group("day") and _weekday(match.group("day")) is None:
            short = _SHORT_DAYS_WITH_A_DATE.get(match.group("day").lower())
            if short is None:
                continue  # only a weekday stands between: "até sexta 4/12", not "on avg 4/5"
        if match.group("dm"):  # "bis 4.12.": dots are never month first
            found = _dated(int(match.group("d")), int(match.group("dm")), on)
        elif match.group(
            "dw"
        ):  # "do 2.12": a day only soon after the line, not "by 1.10" (a price)
            found = _dated(int(match.group("d")), int(match.group("dw")), on)
            if (
                found is None
                or not timedelta(0) <= found - on <= _SOON_AFTER
                or (_TIME_RANGE.search(text[: match.start()]))
            ):
                continue
        else:
            weekday = _dated_weekday(match.group("day")) if match.group("day") else None
            led = _led(text, match.start("d"))
            found = _numbered(
                int(match.group("d")),
                int(match.group("m")),
                on,
                weekday,
                led=led,
                order=order,
            )
        if found and short is not None and found.weekday() != short:
            continue  # "do pt 2/1 procedury": point 2.1, not a Friday
        if found:
            return found
    if match := _UNTIL_EAST_ASIAN.search(text):  # "12/3까지", "12/15まで": month first
        return _dated(int(match.group("d")), int(match.group("m")), on)
    if match := _DOTTED.search(text) or _LED_DOTTED.search(text):
        found = _dated(int(match.group("d")), int(match.group("m")), on)
        if found and _not_past(found, on, text, match.start("d")):
            return found
    if match := _IN_SO_MANY.search(text):  # before "today": "2 wks from today"
        n = int(match.group("n") or match.group("n2"))
        unit = (match.group("unit") or match.group("unit2")).lower()
        days = n * 7 if unit.startswith("w") else -(-n // 24) if unit.startswith("h") else n
        return on + timedelta(days=days)
    if (match := _DIA.search(text)) and not (match.group("d2") and _AWAY_UNTIL.search(text)):
        return _next_of_month(int(match.group("d") or match.group("d2")), on)
    for match in _EL_DATE.finditer(text):
        found = _dated(int(match.group("d")), int(match.group("m")), on)
        if found and (found > on or _EL_LED.search(text[: match.start()])):
            return found
    if match := _UNTIL_AFTER.search(text):
        weekday = _weekday(match.group("day"))
        if weekday is not None:
            return _on_or_after(on, weekday) if strict else _next_named(on, weekday)
    if match := _WEEKDAY_ORDINAL.search(text):
        return _dated_on_weekday(int(match.group("d")), _dated_weekday(match.group("day")), on)
    for match in (_DEADLINE_WEEKDAY if strict else _WEEKDAY).finditer(text):
        weekday = _weekday(match.group("day"))
        if weekday is None or _foreign_lead_on_english_day(text, match):
            continue
        this = re.search(r"(?i)\bthis\s+$", text[match.start() : match.start("day")])
        found = _on_or_after(on, weekday) if strict or this else _next_named(on, weekday)
        if match.group("next") or match.group("bare") or match.group("after"):
            found = _on_or_after(on + timedelta(days=7 - on.weekday()), weekday)
        return found
    trailing = _TRAILING_DAY.search(text) or (None if strict else _bare_trailing_day(text))
    weekday = _weekday(trailing.group("day")) if trailing else None
    if weekday is not None:
        return _on_or_after(on, weekday) if strict else _next_named(on, weekday)
    if _TODAY.search(text) and not _RAISE_TODAY.search(text):
        return on
    if _TOMORROW.search(text):
        return on + timedelta(days=1)
    if _NEXT_WEEK.search(text):
        return on + timedelta(days=7 - on.weekday() + 4)
    if _END_OF_WEEK.search(text) and not _TALLY.search(text):
        return _on_or_after(on, 4)
    return _later_from(text, on, strict=strict and not months)


def _bare_trailing_day(text: str) -> re.Match[str] | None:
    """`_BARE_TRAILING_DAY`, unless a capitalised word comes just before it: "Minh Thu" is a
    name, not Thursday."""
    found = _BARE_TRAILING_DAY.search(text)
    before = text[: found.start("day")].split() if found else []
    return None if before and before[-1][:1].isupper() else found


def _read_holiday_or_heading(text: str, on: date) -> date | None:
    """A day the line opens with as its heading ("fri: lesson plans", "29/10 prazo final"), a
    holiday it is due before ("vor Weihnachten", "b4 new year", "before thanksgiving"), or the day
    after tomorrow ("parso tak")."""
    if match := _LEADING_DATE.match(text):
        return _dated(int(match.group("d")), int(match.group("m")), on)
    match = _LEADING_DAY.match(text)
    if match and _foreign_lead_on_english_day(text, match):
        match = None  # "sa sun la primaria" is Romanian for "to call the town hall", no Sunday
    if match and (match.group("lead") or match.group("mark").strip()):
        weekday = _weekday(match.group("day"))
        if weekday is not None:
            return _on_or_after(on, weekday)
    if _NEW_YEAR.search(text):
        return date(on.year, 12, 31)
    if _THANKSGIVING.search(text):
        first = date(on.year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21 - 1)
    if _DAY_AFTER_TOMORROW.search(text):
        return on + timedelta(days=2)
    return None


def _foreign_lead_on_english_day(text: str, match: re.Match[str]) -> bool:
    """ "sa Biyernes", "w piątek" and "am Freitag" are days; the same short lead word before an
    English weekday's short form is other words: "sa sun la primaria" is Romanian for "to call
    the town hall", "do sat" Polish for "to the villages"."""
    lead = text[: match.start("day")].split()
    return (
        bool(lead)
        and lead[-1].lower() in _FOREIGN_SHORT_LEADS
        and bool(_ENGLISH_WEEKDAY.fullmatch(match.group("day")))
    )


_FOREIGN_SHORT_LEADS = frozenset(
    {"sa", "ngayong", "el", "op", "pour", "på"}  # not "do", "w", "am": "will do Fri", "10 am Fri"
)
_ENGLISH_WEEKDAY = re.compile(r"(?i)(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)")


def _dated_on_weekday(day: int, weekday: int | None, on: date) -> date | None:
    """The first day numbered `day` from `on` that falls on `weekday`: "by mon 30th" logged in
    October is Monday 30 November, not Friday 30 October (round 30 called it overdue). Without
    a weekday, or none within four months, the next day so numbered."""
    if weekday is not None:
        for ahead in range(0, 120):  # a weekday and a day that meet only months away: no date
            candidate = on + timedelta(days=ahead)
            if candidate.day == day and candidate.weekday() == weekday:
                return candidate
    return _next_of_month(day, on)


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _next_of_month(day: int, on: date) -> date | None:
    """The next `day` of a month on or after `on` (the 28th this month, or next month's)."""
    for step in range(3):
        month = (on.month - 1 + step) % 12 + 1
        year = on.year + (on.month - 1 + step) // 12
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= on:
            return found
    return None


def _later_from(text: str, on: date, *, strict: bool = False) -> date | None:
    """Days further out than a week, named the loose ways deadlines are: "before the 28th",
    "before Xmas", "end of month", "by Q1", "in Dec" — each the first day it could bite."""
    if match := _ORDINAL.search(text):
        day = _next_of_month(int(match.group("d")), on)
        before = match.group(0).split()[0].lower() == "before"
        # "before the 10th" is the 9th, as "before Xmas" is Christmas Eve (round 19)
        return day - timedelta(days=1) if day and before else day
    if _CHRISTMAS.search(text):
        eve = date(on.year, 12, 24)
        return eve if eve >= on else eve.replace(year=on.year + 1)
    if match := _MID_MONTH.search(text):
        return _dated(15, _month_of(match), on)
    if match := _END_OF_MONTH.search(text):
        if not (match.group("mon") or match.group("abroad")):
            return _month_end(on.year, on.month)
        month = _month_of(match)
        end = _month_end(on.year, month)
        return end if (on - end).days <= 180 else _month_end(on.year + 1, month)
    if match := _QUARTER.search(text):
        end = _month_end(on.year, int(match.group("q")) * 3)
        return end if end >= on else _month_end(on.year + 1, int(match.group("q")) * 3)
    if (match := MONTH_ALONE.search(text)) and not (strict and _only_when(match, text)):
        month = _month_of(match)
        if month == on.month:  # "the panel is in Nov", said in November: by its end
            return _month_end(on.year, month)
        first = _dated(1, month, on)
        if first is not None and _month_end(first.year, first.month) < on:
            return None  # "Thandi says once in Sept??" said in November: when it happened
        return first
    return None


#: What makes a month a deadline in a line that is not a promise: "applications close in Dec",
#: "the exam in Jan", "review in March".
_DEADLINE_WORDS = re.compile(
    r"(?i)\b(?:due|deadlines?|close[sd]?|closing|submit\w*|apply|applications?|exams?"
    r"|interviews?|audits?|inspections?|assessments?|reviews?|panels?|hearings?|go[- ]live"
    r"|launch\w*|renewal|expir\w*|starts?|starting|begins?|opens?|intake|cohort|papers?|tests?"
    r"|courses?|conferences?)\b"
)


def _only_when(match: re.Match[str], text: str) -> bool:
    """ "go with her to the trial plots in Dec", "present it myself in Jan": a month after "in",
    "during" or "early" in a line with no deadline word is when something happens, not a day
    anything is due (round 16 of blind rating: "one thing is due in December")."""
    said = match.group(0).split()[0].lower()
    return said in ("in", "during", "early") and not _DEADLINE_WORDS.search(text)


def day_text(day: date, today: date, *, dated: bool = False) -> str:
    """ "today", "yesterday", "tomorrow", else "Wed 25 Nov": the day said the way the card says
    it, so a due line and the header never name one day two ways; `dated` always gives the
    date, for a day already past (the reader checks it against their own notes)."""
    offset = (day - today).days
    if offset in _NEAR and not dated:
        return _NEAR[offset]
    return f"{DAY_ABBR[day.weekday()]} {day.day} {MONTH_ABBR[day.month - 1]}"


_NEAR = {-1: "yesterday", 0: "today", 1: "tomorrow"}


def due_note(due: date, today: date, meeting: int | None = None) -> str:
    """What the user should do about a promise due on `due`, said plainly from `today`.
    `meeting`: days from today to the 1:1, when known. Late is said with an apology, never
    thanks; a day after the 1:1 is not a reason to wait past it (round 12: "send it by Mon"
    with the 1:1 on Friday)."""
    days = (due - today).days
    weekday = f"{due:%a}"
    if days < -1:
        return f"It was due {weekday} {due.day} {due:%b} — send it today, with a short apology."
    if days == -1:
        return "It was due yesterday — send it today, with a short apology."
    if days == 0:
        return "It's due today — send it before the day is out."
    if meeting is not None and meeting <= days:
        when = "tomorrow" if days == 1 else f"{weekday} {due.day} {due:%b}"
        if meeting == 0:
            return f"It's due {when}, and you meet today — send it before you go in if you can."
        if meeting == days:
            before = _day_before(due, today)
            return f"It's due {when}, the day you meet — send it {before}, so it's there."
        return (
            f"It's due {when}, after you meet — if it's ready, send it before; if not, say at the"
            " start of the 1:1 when it will come."
        )
    if days == 1:
        return f"It's due tomorrow ({weekday}) — send it then, not at the 1:1."
    return f"It's due {weekday} {due.day} {due:%b} — send it by then."


@dataclass(frozen=True)
class Due:
    """A promise the user owes that falls due before the 1:1 (or already has): the card's top."""

    entry_id: int
    text: str
    due: date
    overdue: bool
    #: "Overdue since Wed 25 Nov", "Due today": said from the user's today, as the card is.
    line: str = ""
    #: What to do about it, after the user's own words: "send it today, before you go in."
    advice: str = ""


def due_line(item: Due, today: date, *, meeting: date | None) -> str:
    """The top-of-card line, dated: "Overdue since Wed 25 Nov" or "Due today", then what to do.
    The user's own words follow, quoted by the view."""
    if item.overdue:
        return f"Overdue since {day_text(item.due, today, dated=True)}"
    if meeting is not None and item.due < meeting:
        return f"Due {day_text(item.due, today)}, before the 1:1"
    return f"Due {day_text(item.due, today)}"


#: A promise that is a call to make, not a thing to hand over: "ring Mrs Pryce re probate".
_A_CALL = re.compile(
    r"^\W*(?i:(?:to|i'?ll|must|need\s+to)\s+)?(?:(?i:ring|call|phone)\s+(?:(?i:back|him|her|them"
    r"|mr|mrs|ms|dr)\b|(?i:the)\s+(?i:bank|council|lab|client|supplier|vendor|landlord|insurer"
    r"|agency|school|office|clinic|gp|hospital|town\s+hall)\b|[A-Z])"
    r"|(?i:llamar|ligar|anrufen|zadzwoni\w*|tawagan|appeler)\b)"
)


#: What a private errand's deadline says instead of advice about the 1:1.
PRIVATE_ERRAND = "a reminder for you, not one for the 1:1."


#: An answer or a decision the user owes by a day: "responder a trading até 4/12", "reply to
#: the offer by Fri", "decide on Mérida by 4 Dec".
_A_DECISION = re.compile(
    r"(?i)\b(?:decide|decidir|zdecydowa[cć]|entscheiden|décider)\b"
    # a reply only to an offer, a job or whoever makes one: not "reply to landlord", not "the
    # decision log", not "accept the Teams invite"
    r"|\b(?:respond|reply|answer|accept|turn\s+down|responder|odpowiedzie[cć]|antworten|zusagen"
    r"|répondre)\b[^.;!?]{0,30}?\b(?:offer|job|role|position|post|contract|oferta|proposta"
    r"|propuesta|offre|poste|angebot|stelle|trading|company|firm|empresa|recruiter|headhunter"
    r"|hotel|hr|rh|rrhh)\b"
)


def due_advice(
    item: Due, today: date, *, meeting: date | None, theirs: bool = True, counterpart: str = ""
) -> str:
    """What to do about it: done before you go in, said once under the line. A late promise to
    someone else is not this 1:1's business, only today's (round 32: "ring Mrs Pryce" on a
    sponsor's card was "send it today, before you go in"). An answer owed before the 1:1 comes
    too soon for the 1:1 to help with it (round 53: "responder a trading até 4/12", the mentor
    on the 5th, was "get it done by then")."""
    if (
        not item.overdue
        and meeting is not None
        and item.due < meeting
        and _A_DECISION.search(item.text)
    ):
        whose = f"{counterpart}'s" if counterpart else "their"
        return f"if you want {whose} view first, ask for a short call now; the 1:1 comes after."
    if item.overdue:
        act = "make the call" if _A_CALL.search(item.text) else "send it"
        return f"{act} today, before you go in." if theirs else f"{act} today — it's late."
    if meeting is not None and item.due == meeting == today:
        return "have it done before you go in."
    if meeting is not None and item.due == meeting:
        # "by fri" with the 1:1 at 06:45 on Friday: done the day before, or it isn't there
        before = _day_before(meeting, today)
        return f"that's the day you meet — finish it {before}, so it's done when you go in."
    return "get it done by then, not at the 1:1."


def _day_before(meeting: date, today: date) -> str:
    """When to have done what falls due on the day of the 1:1 ("by fri" with the 1:1 at 06:45
    on Friday): the day before, said from today."""
    if (meeting - today).days == 1:
        return "today"
    return f"by {day_text(meeting - timedelta(1), today)}"


#: A follow-up that is an event to turn up to, not a thing to hand over: "next week: H&S walk
#: w her + Paweł, 5am" was "due tomorrow — get it done by then" (round 20). Its head is the
#: event, with no verb of making or sending before it ("prep for the audit visit" is work owed).
_EVENT = re.compile(
    r"(?i)^\W*(?:(?:next|this)\s+(?:week|wk|mon|tue|wed|thu|fri|sat|sun)\w*\s*[:,-]?\s*)?"
    r"(?:the\s+|a\s+|our\s+|my\s+)?(?:[\w&/.'-]+\s+){0,2}?"
    r"(?:walk|walkround|walk-round|walkthrough|visit|tour|meeting|mtg|call|huddle|interview"
    r"|appointment|appt|inspection|site\s+visit|dinner|lunch|drinks|coffee|offsite|away\s*day"
    r"|1:1|one-on-one|review|kick-?off|pitch|qbr|town\s*hall|panel|shadowing"
    # the same in the notes' other languages: a Termin, an overleg, a rdv, a reunión, …
    r"|termin|overleg|gesprek|rdv|rendez-vous|réunion|reunión|reunião|almoço|almuerzo"
    r"|spotkanie|kikao|pulong|mkutano|vergadering|bouwvergadering|jour\s+fixe|besøk|merdebesøk"
    r"|fjøsrunde|runde|visita|comida|journal\s+club|toolbox\s+talk|show|fair|briefing"
    r"|standup|stand-up|retreat|party|webinar|fiesta|indaba|studiedag|\w*versammlung|toplantı\w*"
    r"|nomikai|conseil\s+de\s+classe|team\s+(?:bldg|building)|inventario(?:\s+general)?"
    r"|training|kyouiku)\b"
    # the event's own words follow it (who, where, when), not a thing made for it ("checklist")
    r"(?=\s*(?:$|[,.:;!?(+\-–—☕]|w/?\s|with\b|at\b|on\b|in\b|of\b|tmrw|tomorrow|today"
    r"|next\b|this\b|mon|tue|wed|thu|fri|sat|sun|\d|mit\b|met\b|avec\b|con\b|com\b|z\b"
    r"|na\b|ng\b|kay\b|am\b|op\b|el\b|le\b|la\b|à\b|wa\b|do\b|med\b|di\b|jumanne"
    r"|sexta|segunda|terça|quarta|quinta|jueves|lunes|martes|miércoles|viernes|mandag|tirsdag"
    r"|onsdag|torsdag|fredag|montag|dienstag|mittwoch|donnerstag|freitag))"
)
_MAKING = re.compile(
    r"(?i)^\W*(?:send|share|forward|email|write|draft|finish|prepare|prep|give|book|get|make"
    r"|put together|write up|redo|rewrite|revise|organi[sz]e|arrange|plan|set up|sort)\b"
)


@functools.lru_cache(maxsize=256)
def _them(counterpart: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How a line names the counterpart: by a name in any case, by their initial as a capital
    ("J", never "I": "I will send it" is the user's own promise), or as her/him/them. Compiled
    once per counterpart: their turn to act, and a word that is their name or initials."""
    words = re.findall(r"[\w'-]+", counterpart)
    # a name is capitalised, or in a script without capitals ("이사님", "森田さん")
    uncased = [w for w in words if w[:1].isalpha() and not (w[:1].isupper() or w[:1].islower())]
    names = [w for w in words if w[:1].isupper()]
    spelled = "".join(f"|{re.escape(n)}" for n in sorted(names + uncased, key=len, reverse=True))
    initials = "".join(sorted({n[0] for n in names if n[0] != "I"}))
    them = r"(?:(?i:her|him|them|boss|ma['’]am|sir" + spelled + ")"
    # an initial, or initials ("JV", "TW"), with a dot or not: "H. to set up my TMS login"
    them += (f"|[{re.escape(initials)}][A-Z]?\\.?" + r"(?![\w'])") if initials else ""
    them += r")(?:[-\s](?i:sir|ji|bey|hanım|san|hoca))?"
    acts = re.compile(
        rf"\b(?i:need|needs|chase|get)\s+{them}\s+(?i:to|for)\b"
        rf"|\b(?i:waiting\s+(?:on|for)|esperando(?:\s+a)?|attendre\s+qu['’]?|hintayin\s+si)"
        rf"\s+{them}(?!\w)"
        rf"|(?:^|[.!;:,+-]\s*){them}\s+(?i:to\s+\w+|(?:still\s+)?owes\s+me|will\s+\w+|promised)\b"
        # in other words and languages: "MB said he'd intro me", "JV still needs to approve my
        # overtime", "need F's signature", "K. schuldet mir", "G. mi deve", "Lucía me iba a
        # pasar", "TW ma mi", "Amara atanipa", "Kemal Bey … verecek", "Rohit sir se … lena hai"
        rf"|{them}\s+(?i:said|says)\s+(?i:he|she|they)['’]?d\b"
        rf"|{them}\s+(?i:still\s+)?(?i:needs?|has|have)\s+to\s+(?i:approve|sign|send|confirm|ok)"
        rf"|{them}['’]s\s+(?i:signature|sign-?off|approval|ok)\b"
        rf"|{them}\s+(?i:schuldet\s+mir|mi\s+deve|me\s+(?:iba|va|vai)\s+a|me\s+deve|ma\s+mi"
        rf"|atanipa|me\s+debe)"
        rf"|{them}(?:\s+\S+){{0,4}}\s+(?i:verecek|dega|degi)\b"
        rf"|{them}\s+se\b[^.]{{0,40}}\blena\b"
        rf"|{them}\s+(?i:to|will)\s+(?:\w+\s+){{0,2}}me\b"
        # "Hans schickt mir noch …", "Kari skal sende meg …", "a Ana ficou de me mandar",
        # "Sophie doit me renvoyer", "Weber wollte mir Bescheid geben", "mike said he'll …",
        # "Zeynep hanım … imzalayacakmış", "yamamoto-san ga … kureru", "remind R to sign off"
        rf"|{them}\s+(?i:schickt|sendet|gibt|bringt)\s+mir\b|{them}\s+(?i:wollte|will|soll)\s+mir\b"
        rf"|{them}\s+(?i:skal|vil)\s+(?:\w+\s+)?(?i:sende|gi|skicka|ge)\s+(?i:meg|mig)\b"
        rf"|{them}\s+(?i:ficou\s+de\s+me|vai\s+me|doit\s+me|va\s+me)\b"
        rf"|{them}\s+(?i:said|says)\s+(?i:he|she|they)['’]?ll\b"
        rf"|{them}(?:\s+[^\s,]+){{0,5}}\s+\w+(?i:ecek|acak)(?i:mış|miş)?\b"
        rf"|{them}(?i:-san)?\s+(?i:ga)\b[^.]{{0,50}}\b(?i:kureru|kuremasu)\b"
        rf"|\b(?i:remind|ask)\s+{them}\s+(?i:to)\s+(?i:sign|approve|send|confirm|check)\b"
        rf"|\b(?i:she|he)['’]s\s+getting\s+back\s+to\s+me\b"
    )
    own = {n.lower() for n in names + uncased} | {"".join(n[0] for n in names).lower()}
    return acts, re.compile("|".join(re.escape(n) for n in sorted(own, key=len)[::-1]) or "(?!)")


#: A thanks owed, not a thing to hand over: "owe Shaz a brew and a proper thanks for the wrap
#: thing lol", "I owe her a coffee", "te debo una" (round 58: "here's a brew and a proper thanks
#: — sorry it's late" led the card).
_OWED_THANKS = re.compile(
    # with its article, and nothing handed over beside it: not "owe Carmen the dinner rota", "the
    # coffee machine quotes", "a thank-you and the signed contract" (a fresh-eyes review)
    r"(?i)\bowe\s+\w+(?:\s+\w+)?\s+(?:a|an|one)\s+(?:big\s+|proper\s+)?(?:brew|coffee|cuppa|pint"
    r"|beer|drink|lunch|dinner|cake|thanks|thank[- ]you|favou?r)\b"
    r"(?!\s+(?:rota|slides|quotes?|deck|order|machine|festival|list|plan|budget|numbers))(?![^.!?]*\band\s+(?:the|my|a|an)\s)"
    r"|\ble\s+debo\s+una\b|\bte\s+debo\s+una\b|\bdevo\s+uma\s+(?:a|pra|para)\b"
)


#: One card asks these of the same open follow-ups from the stakes, the asks, the balance and
#: the dues: read once per line and person.
@line_memo(FLAG)
def owed_by_them(text: str, counterpart: str) -> bool:
    """Whether a follow-up is something the counterpart is to do for the user, not the user's
    promise: "NMC revalidation due 1 Dec!!! need J to … sign confirmation form" became "here's
    what I promised you" (round 20). Said as "need J to", "waiting on Joanne to", "J to sign",
    "J owes me", with the counterpart named by first name or initial, or "her"/"him"."""
    # what they need the thing for is no debt of theirs: "owe Priya the fuel numbers - she needs
    # them for her review" (round 58)
    return bool(_them(counterpart)[0].search(_NEEDS_IT_FOR.sub(" ", text)))


_NEEDS_IT_FOR = re.compile(r"(?i)\b(?:she|he|they)\s+needs?\s+(?:them|it)\s+for\b")


#: Where work goes that is not a person: "convert deck to PDF", "upload slides to Teams".
_TOOLS = frozenset(
    """pdf excel word teams slack jira drive sharepoint sheets docs confluence notion outlook
    powerpoint ppt csv email""".split()  # noqa: SIM905 (a word list reads best as words)
)
#: Someone else a thing is owed to: "to the ADON", "an Controlling", "for HR", "to Marco". Not
#: "the QI day" (an acronym before a noun), nor "draft an RCA" (the English article).
_TO_SOMEONE = re.compile(
    # "für" only before initials or a department: German writes every noun with a capital
    # ("Text für Vortrag" is for a talk, round 55)
    r"\bfür\s+(?P<fuer>[A-Z]{2,6}\b|(?i:controlling|einkauf|buchhaltung|personalabteilung|hr)\b)"
    r"|\b(?:(?:to|para|pour|voor|dla|kwa)\s+(?P<who>(?:the\s+)?[A-Z]{2,6}|[A-Z][a-z]+"
    r"|(?i:HR|payroll|finance|controlling|procurement|legal|compliance|the\s+client"
    r"|the\s+board))\b|\ban\s+(?P<de>[A-Z][a-z]+)\b"
    r"|(?i:for)\s+(?P<role>(?i:HR|payroll|finance|controlling|procurement|the\s+(?:client|board))))"
    r"(?!\s+(?!(?:by|before|on|at|until|till|asap|today|tomorrow|tmrw|next|this|pls|w"
    r"|with|and|bis|até|am|le|el)\b)[a-z])"
)


#: Work for a body outside the relationship: "Abstract for ASCON conference - due 4 Dec", "the
#: paper for the journal", "bid for the council tender" (round 23 handed a conference abstract
#: to the mentor as "here's what I promised").
_FOR_AN_OUTSIDE_BODY = re.compile(
    r"(?i)\b(?:for|to|für|para|pour|voor)\s+(?:the\s+|a\s+)?(?:[\w&-]+\s+){0,2}"
    r"(?:conference|journal|funder|tender|grant\s+(?:call|body|panel)|award\s+panel|ethics"
    r"\s+committee|review\s+board|congress|kongress|congreso|congrès|symposium)\b"
)


#: A person the work is for, named after a verb of handing over or asking ("owe HR the forms",
#: "ring Mick re the rota", "ask Sharon for a referee line", "follow up w/ Mr Tan") or before
#: "wants it" ("CNM3 wants it by fri"); whether it is the counterpart is checked by name.
#: Titles written before the name of whoever a line is for: the name is theirs, not the title.
_TITLE_WORDS = r"(?:Mr|Mrs|Ms|Dr|Prof|Atty|Engr|Eng|Sr|Sra|Dra|Herr|Frau|Mme|Chef)"
_FOR_PERSON = re.compile(
    r"\b(?i:owe|owes|promised|send|give|email|e-mail|ring|call|phone|ask|tell|remind|message|maila"
    r"|brief|train|coach|onboard"
    r"|mejla|ringa|skicka\s+till"
    r"|text|update|chase|ping|follow\s+up\s+w(?:/|ith)?|check\s+w(?:/|ith)?)\s+"
    # who they are first, in lower case ("promised junior merch Sumaiya I'd check …")
    r"(?:(?:(?!(?:the|a|an|my|our|his|her|their|this|that|some|back)\b)[a-z]+\s+){1,2}?"
    r"(?=[A-Z][a-z]))?"
    # a title is theirs, not the name ("send Chef Rui the costings" is Rui, not the chef)
    rf"(?:{_TITLE_WORDS}\.?\s+(?=[A-Z]))?"
    r"(?P<who>[A-Z][\w'’-]*)"
    # where a recipient stands ("send Q3 numbers" names the thing, not a person)
    r"(?:\s+[A-Z][\w'’-]*)?"  # a surname: "Atty Cruz"
    # a word of respect after the name: "promised Sabbir vai", "Rohit sir", "Kemal Bey"
    r"(?:\s+(?i:vai|bhai|bhaiya|apa|apu|ji|sir|san|sama|bey|hanım|hoca|sahib|saab|ma'am))?"
    r"(?=\s+(?i:the|a|an|my|our|his|her|their|re|about|abt|for|on|that|this|some|back|w/?|if"
    r"|whether)\b|\s*(?:[-–—,.;:!?()+&]|$)|\s+I['’](?:d|ll)\b|\s+I\s+(?:will|would|can)\b"
    # "promised Sabbir vai by 30 Nov": a day after a name; the name must look like one
    r"|\s+(?P<by>(?i:by|till|until|before|b4))\b)"
    r"|\b(?P<wants>[A-Z][\w'’-]*)\s+(?i:wants|needs|is\s+waiting\s+for)\s+"
    r"(?i:it|them|this|the|my|our)\b"
)
#: A thing's parenthesis, not a person's: "(final)", "(v2)", "(2 options)", "(draft)".
_THINGS_NOTE = r"(?!\s*(?:final|draft|v\d|updated|revised|copy|pdf|signed|scan|options?)\b)"
#: A person named in lower case, or only by who they are, where the line does not name the
#: counterpart: what the user types about everyone else ("email anna @ rabo the draft budget",
#: "gary (QS) needs the variation", "send grazyna the cube results", "remind bruce re the pay",
#: "Jomar (new grad, my preceptee) — finish his eval"). Each shape needs a sign that the word is
#: a person — a role in brackets, a firm after "@", a verb that only takes a person, a second
#: object after it — since a lower-case word alone is as often a thing ("chase approval").
_UNNAMED_PERSON = re.compile(
    r"\b(?i:owe|send|give|email|ring|call|phone|ask|tell|remind|text|ping)\s+"
    r"(?P<known>[^\W\d_][\w'’-]*)\s*(?:\((?![^)]*\d)" + _THINGS_NOTE + r"[^)]{1,30}\)"
    r"|@\s*(?!(?:eod|cob|eow|noon|lunch)\b)[^\W\d_])"
    r"|\b(?i:ring|phone|remind|ping)\s+(?P<chased>[a-z][a-z'’-]+)(?=\s*(?:[,;–—]|-\s|$)"
    r"|\s+(?:re|abt|about)\b)"
    r"|^\W*(?P<wants>[^\W\d_][\w'’-]*)(?:\s*\((?![^)]*\d)[^)]{1,30}\)\s+(?i:wants|needs)"
    r"|\s+(?i:wants))\s+(?!to\b)[^\W\d_]"
    r"|^\W*(?P<about>[A-Z][\w'’-]+)\s*\((?![^)]*\d)" + _THINGS_NOTE + r"[^)]{1,40}\)\s*[-–—:]"
    # ... or before a dash, when the line then speaks of them: "Priya — feedback on her report"
    r"|^\W*(?P<spoken>[A-Z][a-z]{2,})\s*[–—-]\s+(?=[^.]*\b(?:her|his|their|him)\b)"
    r"|\b(?i:send|give|email|owe|get|bring|show|text|hand|pass)\s+(?P<given>[a-z][\w'’-]+)\s+"
    r"(?i:the|a|an|my|our|his|her|their|some|copies|copy|both)\b"
)
#: A team or a party outside the relationship, named in lower case after the same verbs:
#: "chase supplier credit note, told stores I'd update them" (round 25 handed it to finance).
_PARTIES = (
    r"supplier|suppliers|vendor|vendors|stores|finance|payroll|procurement|facilities|legal"
    r"|client|clients|customer|customers|contractor|contractors|council|union|tenant|tenants"
    r"|landlord|auditors?|insurer|team|crew|staff|court|carrier|broker|vet|co-op|deanery"
    r"|subbie|subcontractor|opposing\s+counsel|pharmacy|front\s+office|office|exams?\s+officer"
    r"|coordinator|chef|ward\s+manager|sparky|electrician|plumber|haulage|university|platform"
    r"|donors?|agency|accountant|solicitor|bank|printer|regulator|parents?|school|mum|dad"
    r"|mill|sawmill|\w+\s+shop|wholesaler|apprentices|inspectorate|maintainers|\w*\s*agent"
    r"|\w*\s*buyer|panel\s+chair|clerk|warehouse|préfecture|dierenarts|föräldrar\w*|tedarikçi\w*"
    r"|przewoźnik\w*|dereva|kiwanda|shiiresaki|lieferant\w*|client|exec|execs|leadership"
    r"|committee|cttee|slt|smt"
)
_FOR_PARTY = re.compile(
    r"(?i)\b(?:owe|promised|send|email|ring|call|ask|tell|told|remind|update|chase|ping|file"
    rf"|return|confirm|get|reply\s+to|answer|invoice|report\s+\S+(?:\s+\S+)?\s+to|relancer"
    rf"|appeler|bellen|ringe|mejla|zadzwonić\s+do|ara|follow\s+up\s+(?:w/?|with)|i-follow\s+up"
    rf"\s+si|kumfuatilia|kuwaandikia|nachhaken|terugbellen)\s+(?:[\w'’-]+\s+)?(?:(?:the|my|our)\s+)?(?:[\w'’-]+\s+)?(?:{_PARTIES})\b"
    rf"|\b(?:to|back\s+to|for|w(?:ith|/))\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:{_PARTIES})\b"
)
#: The same in the notes' other languages: "al cliente", "naar de klant", "pro fornecedor",
#: "à l'université", "alla segreteria", "sa front office", "vendor ko … bhejna", "kumtumia
#: Juma", "kwa wafadhili", "dem Zoll", "Markowi" (a Polish name in the dative).
_ABROAD_TO = re.compile(
    r"(?i)\b(?:al|a\s+la|a\s+los|à\s+l['’]|à\s+la|au|aux|alla|allo|ao|aos|pro|pra|naar|aan|dem"
    r"|sa|kwa|kumtumia)\s+(?:de\s+|het\s+)?"
    # a title before the name is theirs: "prometi ao chef Paulo o food cost" is Paulo
    r"(?:(?:chef|seu|sr|sra|dr|dra|doutor[a]?|professor[a]?|profe|don|doña|dona|señor[a]?|senhor[a]?"
    r"|herr|frau|mister|mr|ms|mrs)\.?\s+(?=(?-i:[A-Z])))?(?P<who>[\w'’-]+)"
    # "obiecałam Oli review": promised, in Polish, to someone named
    r"|\bobieca(?:łam|łem|łyśmy|liśmy)\s+(?P<pl>(?-i:[A-ZŁŚŻŹ])[\w'’-]+)"
    # "promised the Waitoa planning team …": a team named after the user's promise
    r"|\b(?:promised|owe)\s+the\s+(?P<team>(?-i:[A-Z])[\w'’-]+)(?:\s+[a-z]+)?\s+(?:team|crew|office"
    r"|site|depot|plant|branch|store|shop|board|committee|panel|unit|ward)\b"
    r"|\b(?P<ko>[\w'’-]+)\s+ko\b|\b(?P<dat>[A-Z]\w+owi)\b"
    # "wysłać kosztorys do spółdzielni do 4.12": sent to someone, in Polish; "do" and a date is
    # when (round 53)
    r"|\b(?:wys[lł]a[cć]|przes[lł]a[cć]|odda[cć]|zanie[sś][cć]|podes[lł]a[cć])\b[^.;!?]{0,40}?"
    r"\bdo\s+(?P<to>(?i:spółdzielni|spoldzielni|urzędu|urzedu|biura|działu|dzialu|klienta"
    r"|inwestora|banku|kadr|księgowości|ksiegowosci|zarządu|zarzadu|dyrekcji|szkoły|szkoly|gminy"
    r"|starostwa|sanepidu|producenta|dostawcy|hurtowni|hr|zus|pip|udt))\b"
    # "gửi anh Phong (purchasing) …": send to brother Phong, in Vietnamese
    r"|\bg(?:ửi|ui)\s+(?:anh|chị|chi|em|cô|co|chú|chu)\s+(?P<vi>[\w'’-]+)"
)
#: A supplier, a carrier, a driver, a factory, anywhere on a line in the notes' other languages,
#: whose word order puts the verb last: "Lieferant Schäfer wegen der Dichtungen nachhaken".
_A_PARTY_ABROAD = re.compile(
    r"(?i)\b(?:lieferant\w*|tedarikçi\w*|przewoźnik\w*|dereva|kiwanda|shiiresaki|fornecedor\w*"
    r"|proveedor\w*|fournisseur\w*|leverancier\w*)\b"
)
#: How notes name the person met without a name: "cc ma'am", "waiting on boss".
_ADDRESSED = re.compile(
    r"(?i)\b(?:ma['’]?am|boss|sir|madam|jefe|jefa|chefe|chefin|szef|szefowa|baas)\b|\bChef\b"
)
#: Someone else's: "review Otieno's chapter 2", "email Jordan's mum".
_SOMEONES = re.compile(r"\b(?P<who>[A-Z][\w-]+)['’]s\b")
#: The counterpart only copied in: "send the coordinator the headcount, cc ma'am".
_CC = re.compile(r"(?i)\bcc:?\s+(?P<who>[\w'’.-]+)")
#: Work the user sends to a body of their own accord: "finish + submit application — closes".
_SUBMIT = re.compile(
    r"(?i)^\W*(?:(?:finish|do|write)\s*(?:\+|and|&)\s*)?(?:submit|apply|enrol|enroll|register)\b"
)


#: Words that stand where `_UNNAMED_PERSON` looks for a person and are no one: particles and
#: adverbs of the verb ("send over the deck", "get together the figures"), function words.
_NO_ONE = frozenset(
    """over out back round around off on in up down through thru across forward together ahead
    away along again asap today tomorrow tmrw both all everything something to for with from
    about re and or at of is was it""".split()  # noqa: SIM905
)
#: Words that name nobody else: "she needs the deck" is the counterpart's, as far as a line says.
_PRONOUNS = frozenset(
    "she he they it we you this that who everyone someone her him them me us nobody".split()  # noqa: SIM905
)


def _a_person(word: str, own: re.Pattern[str]) -> bool:
    """A name of someone else, as a name is written: a capital then small letters, no digits,
    not a tool ("fix the login bug with Python 3.12", "chase the Jira tickets", "PO")."""
    shaped = bool(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+", word))
    return shaped and word.lower() not in _TOOLS and _someone_else(word, own)


def _someone_else(who: str, own: re.Pattern[str]) -> bool:
    """A name that is not the counterpart's (nor "I", a day, a month or a tool)."""
    word = who.lower().rstrip("'’")
    if who.rstrip(".'’") in DEPARTMENTS:
        return True  # "pro RH", "to IT": a department, whoever's initials it shares
    if who == "I" or own.fullmatch(word) or word in _TOOLS or word in _PRONOUNS:
        return False
    return _weekday(word) is None and not re.fullmatch(_MONTH_NAMES, word)


@functools.lru_cache(maxsize=256)
def _initials(counterpart: str) -> frozenset[str]:
    """The capitals their names start with, never "I" ("I will send it" is the user's)."""
    return frozenset(w[0] for w in re.findall(r"[\w'-]+", counterpart) if w[:1].isupper()) - {"I"}


#: Short words of the notes' languages, never a short form of a name however a name begins.
_COMMON_SHORT = frozenset(
    """an as at be by do go he if in is it me my no of on or so to up us we da de di du el la le
    lo ma na ne ni se si su ta te tu un ya yo the and any are but can for had has her him his how
    its may not now off one our out saw see she too two was who why yes yet you met ask mal per
    por pro par dem den der die das ich mit sie und une des les con del los las mas mia sua car
    art mark ad pat will rob don step bill sue ray dawn rose jack max bob""".split()  # noqa: SIM905
)


#: First names that are names of their own, not only short forms: "send Dan the numbers" is
#: Dan, not Daniela; "email Sam" is Sam, not Samantha.
_NAMES_OF_THEIR_OWN = frozenset(
    """dan sam jo pat ed al ben max tom tim jim ron don ken rob will bill bob fred sue liz kim jan
    eve amy ann ana eva lea leo mel nat ray ted val viv jon jen joe abe ali ava ian ivy zoe
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def is_short_name(word: str, full_name: str) -> bool:
    """Whether a note's word is a short form of the person's first name:
    "fi" for Fiona, "carm" for Carmen, "Rafa" for Rafael (round 29 asked Fiona for "any news on
    fi how stuart runs interviews?"). Two to four letters that begin a first name at least two
    letters longer; never a common word ("car" is not Caroline) nor, capitalised, a name of its
    own ("Dan" is not Daniela)."""
    first = next(iter(full_name.split()), "").lower()
    short = word.strip(".,:;'’")
    if not short.islower():  # "Rafa", "Isa": a capitalised short form, never a name of its own
        short = (
            short.lower() if short.istitle() and short.lower() not in _NAMES_OF_THEIR_OWN else ""
        )
    return (
        2 <= len(short) <= 4
        and len(first) >= len(short) + 2
        and first.startswith(short)
        and short not in _COMMON_SHORT
    )


def is_them(word: str, counterpart: str, *, capitals: int = 3, short: bool = True) -> bool:
    """A word of a line that stands for the counterpart: a name of theirs in any case (in Polish
    with its dative: "Darrenowi"), "ma'am", "boss", or up to `capitals` capitals starting with
    their initial — where a recipient stands, "owe DW a 1 pager" is them; in running text only a
    lone initial is ("return signed POD to the carrier" names no one). `short`: a short form of
    their first name counts ("to fi" for Fiona), where a recipient stands — in running text a
    word like "car" would be Carmen."""
    bare = word.rstrip(".'’")
    if bare in DEPARTMENTS and bare.casefold() != counterpart.strip().casefold():
        return False  # "pro RH", "to IT": a department, whatever their initials
    own = _them(counterpart)[1]
    if own.fullmatch(bare.lower()) or own.fullmatch(bare.lower().removesuffix("owi")):
        return True
    if bare[:1].isupper() and declined_name(bare, counterpart):
        return True  # "wysłać Zbyszkowi grafik", "Krzyska", "Ewie": the name, declined
    if (hangul := _KOREAN_PARTICLE.sub("", bare)) != bare and own.fullmatch(hangul):
        return True  # "이사님께": to 이사님, with the particle Korean joins to the name
    capitalised = bare.isupper() and len(bare) <= capitals and bare[0] in _initials(counterpart)
    shortened = short and is_short_name(bare, counterpart)
    return capitalised or shortened or bool(_ADDRESSED.fullmatch(bare))


def declined_name(word: str, counterpart: str) -> bool:
    """A word that is one of their names as Polish declines it: "Zbyszkowi", "Zbyszka",
    "Krzyska", "Ewie" (round 59: a rota owed "Zbyszkowi" was filed as not for him). Only a word
    English barely knows, so "Paula", "Annie" or "Any" are never "Paul", "Anna" or "Ana", and
    only against their names, never their initials ("Pay" for PA)."""
    low = word.lower().replace("ś", "s")
    if zipf_frequency(low, "en") >= DECLINED_NAME_ZIPF:
        return False
    names = {n.lower().replace("ś", "s") for n in counterpart.split() if len(n) >= 3}
    for ending in ("owi", "iem", "em", "ie"):  # dative, instrumental, locative
        stem = low.removesuffix(ending)
        bases = {stem, stem + "a"} | (
            {stem[:-1] + "ek", stem[:-1] + "iek"} if stem[-1:] == "k" else set()
        )
        if stem != low and len(stem) >= 2 and bases & names:
            return True
    for ending in ("a", "u", "y"):  # genitive of a name in -ek: "Zbyszka", "Krzyska"
        stem = low.removesuffix(ending)
        if stem != low and stem.endswith("k") and {stem[:-1] + "ek", stem[:-1] + "iek"} & names:
            return True
    return False


#: A word at least this common in English is no declined Polish name ("Paula", "Lucy", "Annie").
DECLINED_NAME_ZIPF = 2.0


#: Particles Korean joins to a name: "to" (께, 에게, 한테), the subject's and the topic's.
_KOREAN_PARTICLE = re.compile(r"(?<=[\uac00-\ud7a3])(?:께서|께|에게|한테|이|가|은|는|을|를|의)$")


_TITLE_OF_A_NAME = re.compile(
    r"\b(?i:chef|boss|sir|ma['’]?am|madam|jefe|jefa|chefe)\s+(?=[A-Z])"
    r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)


def names_them(text: str, counterpart: str, *, pronouns: bool = True) -> bool:
    """The line names the counterpart anywhere (`is_them`, a lone initial), or "her"/"him"
    (`pronouns`: in "Marte (crew) - promised to swap my standby with her", "her" is Marte)."""
    # "chef Paulo", "boss Ade": the title of someone named, not the counterpart addressed
    text = _TITLE_OF_A_NAME.sub("", text)
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text)
    said = ("her", "him") if pronouns else ()
    return any(w in said or is_them(w, counterpart, capitals=1, short=False) for w in words)


#: Departments said by their initials in the notes' languages: never someone's initials.
DEPARTMENTS = frozenset(
    "HR RH RRHH DP IT TI QA QC HSE SST PR OH OHS EHS SHE GA AP AR".split()  # noqa: SIM905
)


@functools.lru_cache(maxsize=1024)
def owed_to_someone_else(text: str, counterpart: str) -> bool:
    """Whether a follow-up is owed to someone other than the counterpart: "Jan off-duty to the
    ADON by mon 30 nov", "Nov-Zahlen bis 1.12. an Controlling" were "here's what I promised you"
    to the manager (round 22). Said as "to/an/für/para/pour/voor" and a role, a team or a name
    that is not theirs (nor a tool, a day or a month)."""
    own = _them(counterpart)[1]
    elsewhere = _FOR_AN_OUTSIDE_BODY.search(text) or _FOR_PARTY.search(text) or _SUBMIT.match(text)
    elsewhere = elsewhere or _A_PARTY_ABROAD.search(text)
    if elsewhere and not names_them(text, counterpart):
        return True
    for found in _FOR_PERSON.finditer(text):
        who = found.group("who") or found.group("wants")
        if found.group("by") and not (is_them(who, counterpart) or _a_person(who, own)):
            continue  # "send Q3 by fri" names a thing
        # the first person named is who it is for: "owe S the forecast … chase Stockport, Hyde"
        if is_them(who, counterpart):
            return False  # them, by name or initials ("owe DW a 1 pager")
        if _someone_else(who, own):
            return True
    if not names_them(text, counterpart, pronouns=False):
        for found in _UNNAMED_PERSON.finditer(text):
            who = next(w for w in found.groups() if w)
            if who.lower() in _NO_ONE or who.lower().endswith("ly"):
                continue  # "send over the numbers", "get together the figures": no one named
            if not is_them(who, counterpart) and _someone_else(who, own):
                return True
    for found in _TO_SOMEONE.finditer(text):
        named = found.group("who") or found.group("de") or found.group("role")
        who = (named or found.group("fuer")).split()[-1]
        word = who.lower()
        when = _weekday(word) is not None or re.fullmatch(_MONTH_NAMES, word)
        if who not in DEPARTMENTS and (when or word in _TOOLS or own.fullmatch(word)):
            continue
        return True
    return _elsewhere_by_other_words(text, counterpart, own)


def _elsewhere_by_other_words(text: str, counterpart: str, own: re.Pattern[str]) -> bool:
    """The recipient said as other languages say it, as someone's, or past a cc of them."""
    cc = _CC.search(text)
    if cc and is_them(cc.group("who"), counterpart):
        return True  # they are copied in: the work is for someone else
    for found in _ABROAD_TO.finditer(text):
        who = next(
            found.group(group)
            for group in ("who", "ko", "dat", "vi", "pl", "team", "to")
            if found.group(group)
        )
        if not is_them(who, counterpart) and _someone_else(who, own):
            return not names_them(text, counterpart)
    settled = _SETTLED_WITH.search(text)
    who = settled.group("who").removesuffix("'s").removesuffix("’s") if settled else ""
    if settled and _a_person(who, own) and not is_them(who, counterpart):
        return not names_them(text, counterpart)
    found = _SOMEONES.search(text)
    if found is None or is_them(found.group("who"), counterpart):
        return False
    return not names_them(text, counterpart)


#: Work settled with someone named ("confirm extra tandoor with Minh Phát", "agree the Dec rota
#: w/ Ana"): theirs to settle with that person, not a thing to hand the counterpart (round 33).
_SETTLED_WITH = re.compile(
    r"\b(?i:confirm|check|agree|arrange|sort|settle|book|fix|finish|finalise|finalize|review"
    r"|go\s+through|sync)\b[^.;!?]{0,50}?\b(?i:with|w/)\s+"
    rf"(?:{_TITLE_WORDS}\.?\s+)?(?P<who>[A-Z][\w'’-]+)\b(?!\s*\d)"  # not "Python 3.12"
)


#: A thing to make or send anywhere on the line: "Board meeting: finish slides by Thu", "QBR -
#: send numbers by Tue" are work owed for an event, not the event.
_MAKING_ANYWHERE = re.compile(
    r"(?i)\b(?:send|finish|prepare|prep|draft|write|submit|update|fix|book|circulate|share"
    r"|email|print|collate|pull)\b"
)
#: "review of the rota", "budget review, by fri": a review to do, not a meeting to attend.
_TO_DO_NOT_ATTEND = re.compile(r"(?i)\breview\s*(?:of\b|,|-|:|$)")


#: Words of something to have ready or send, which a bare event does not have ("due", "before
#: the 1st", "gửi"): the card's one reading of it, for an event at a clock time and for a note of
#: an event's day (`stakes.only_an_event`).
TO_HAVE_READY = re.compile(
    r"(?i)\b(?:due|by|before|until|till|deadline|wants?|needs?|must|have to|has to|ready|prep\w*"
    r"|closes?|send|finish|done|submit|schedule|pronto|fertig|bereit|listo|prêt|antes|vor|bis|até"
    r"|hasta|gui|gửi|enviar|mandar|schicken|senden|envoyer|wysłać|bhejna|tuma|truoc|trước"
    # a deadline said in Spanish, Portuguese, Polish (round 48 review): "la convocatoria cierra
    # el 3 de diciembre", "inscrições fecham 3 de dezembro", "raport musi być gotowy"
    r"|cierra\w*|plazo|prazo|fecha[mn]?|entrega\w*|tener|gotow\w*|musi|termin\w*|vence\w*)\b"
)
#: A clock time: "7am", "14 Uhr", "17h", "19ji", "10:00" — an event's, when a day is named too.
_CLOCK = re.compile(r"(?i)\b\d{1,2}(?::\d{2})?\s?(?:am|pm|uhr|h|ji|hrs)\b|\b\d{1,2}:\d{2}\b")


@line_memo(FLAG)  # up to eight patterns, asked of every open follow-up: kept with the readings
def is_event(text: str) -> bool:
    """Whether a follow-up is an event to attend rather than something owed (`_EVENT`), or a
    day and a clock time with nothing to make or send ("Betriebsversammlung Mi 14 Uhr")."""
    if _MAKING.search(text) or _MAKING_ANYWHERE.search(text) or _TO_DO_NOT_ATTEND.search(text):
        return False
    timed = _CLOCK.search(text) and _may_name_a_day(text) and not _HANDS_OVER.search(text)
    timed = timed and not TO_HAVE_READY.search(text)  # "objection due Mon 30 Nov 12h"
    return bool(_EVENT.search(text) or timed)


#: The user's own task: a verb of one's own work at the head of the line ("finish the Excel
#: pivot training", "renew my BLS cert", "Ablage aufräumen", "estudar pro exame").
_OWN_VERB = re.compile(
    r"(?i)^\W*(?:(?:need\s+to|gotta|must|todo:?)\s+)?(?:finish|complete|do|read(?:\s+through)?"
    r"|study|renew|book|order|tidy|clear|sort(?:\s+out)?|organi[sz]e|update|mark|correct|fix"
    r"|re-?run|review\s+my|try|revise|practi[cs]e|learn|watch|terminar|estudar|organizar"
    r"|correggere|kusoma|odnowi\w*|renovar|rinnovare)\b"
    r"|(?i:aufräumen|auffrischen|verlengen|khatam\s+karna|bitir\w*)\W*$"
)
#: ... about things that are one's own to do: training, records, kit, one's inbox.
_OWN_THING = re.compile(
    r"(?i)\b(?:my|meu|minha|mi|mis|mein\w*|moj\w*|apn[ai]|il\s+mio|mon|ma)\b"
    r"|\b(?:training|course|curso|corso|kurs|e-?learning|module|exam\w*|cert\w*|diploma"
    r"|inbox|postfach|ablage|e-?mail|notebook|time\s+entries|folder|shared\s+drive|freezer"
    r"|gate|van|overalls|boots|handbook|book|verifiche|esays|essays|plate|licen[cs]e|ehliyet"
    r"|uprawnienia|staplerschein|refresher|template|rules|mot|invoices)\b"
)
#: Work that goes to someone: the line hands something over, or says for whom.
_HANDS_OVER = re.compile(
    r"(?i)\b(?:send|share|give|email|forward|owe|promised|bring|hand|show\s+(?:her|him|them))\b"
    r"|\b(?:to|for)\s+(?:her|him|them|[A-Z])"
)


#: Renewing, booking or studying for something of one's own, anywhere on the line and in the
#: notes' languages: "Staplerschein erneuern", "gas safe renewal", "AWS cert exam book karna
#: hai", "SMMM sınavına çalış", "mag-renew ng NBI clearance".
_OWN_ANYWHERE = re.compile(
    r"(?i)\b(?:renew\w*|\w*renew|erneuern|förnya|fornye|rinnovare|renovar|réviser|revise\s+for"
    r"|study\s+for|çalış\w*|book\s+it|book\s+karna|sign\s+up|enrol\w*|register\s+for|redone"
    r"|redo|moushikomi|pagar\s+a\s+anuidade|\w+\s+karwana\s+hai|cpd\s+h(?:ou)?rs|my\s+own"
    # signing up as the notes' languages say it: "zapisy do 30.11", "inscrição", "Anmeldung"
    r"|zapis\w*|inscri\w*|anmeld\w*|z[lł]o[zż]y[cć]|zg[lł]osze\w*)\b"
    # or a training of one's own the line opens with: "szkolenie WMS moduł 2 - termin do 4.12"
    r"|^\W*(?:szkoleni\w*|kurs(?:u|y|ie)?\b|egzamin\w*)"
)
_OWN_PAPERS = re.compile(
    r"(?i)\b(?:licen[cs]e|leseni|cert\w*|exam|test|course|cpd|haccp|attestato|\w*legitimation\w*"
    r"|\w*bevis\w*|\w*schein|clearance|sınav\w*|jlpt|edition|anuidade|concours|goals|leave"
    r"|gas\s+safe|portal|kolokwium|egzamin\w*|examen|prüfung\w*|wniosek|szkoleni\w*|kurs(?:u|y|ie)?"
    r"|modu[lł]\w*)\b"
)


@functools.lru_cache(maxsize=1024)
def is_own_task(text: str) -> bool:
    """A task of the user's own, for nobody in particular: it is not handed to the counterpart
    ("here's what I promised" of "renew my BLS cert"). Their name may be in it as where the idea
    came from ("read the book MB recommended"), not whom it is for."""
    own = _OWN_VERB.search(text) and _OWN_THING.search(text)
    own = own or (_OWN_ANYWHERE.search(text) and _OWN_PAPERS.search(text))
    return bool(own) and not _HANDS_OVER.search(text)


@line_memo(FLAG)  # kept with the card's readings: a cold card reads each follow-up's once
def owed_to_them(text: str, counterpart: str) -> bool:
    """Whether a follow-up is the user's promise to this counterpart: not an event to turn up
    to, nor theirs to do ("need J to sign"), nor owed to someone else ("rota to the ADON").
    What the card lists as theirs, and says is due before the 1:1. A word of respect before
    their initial names no one else ("due to Ma'am S 30/11", round 52)."""
    text = _without_respect(text, counterpart)
    return not (
        is_event(text)
        or owed_by_them(text, counterpart)
        or owed_to_someone_else(text, counterpart)
        or (is_own_task(text) and not names_them(text, counterpart, pronouns=False))
        or _GETTING_BACK.search(text)
        or _TO_ASK_FOR.match(text)
        or (
            _BUYING.match(text) and not names_them(text, counterpart) and not _FOR_THEM.search(text)
        )
    )


#: "for them", however they are named: "order Dana's new badge", "buy her the book".
_FOR_THEM = re.compile(r"(?i)\b(?:for\s+(?:her|him|them|you)|her|him|them|your)\b|['’]s\b")
#: Supplies to buy or order, for nobody named: "buy teat dip b4 Dec, ran out", "order more
#: gloves", "nunua teat dip" (round 46: "here's the nunua teat dip I promised" to an extension
#: officer). Bought for them, it names them ("order Dana's new badge", "buy her the book").
_BUYING = re.compile(
    r"(?i)^\W*(?:buy|order|purchase|restock|re-?order|top\s+up|nunua|comprar|compra|kupi[ćc]"
    r"|zam[oó]wi[ćc]|kaufen|bestellen|acheter|commander|kopen)\s+(?!(?:form|request|summary|in)\b)"
    r"(?:(?:some|more|new|extra|spare|a|an|the)\s+)?[^\W\d_]"
)


#: A follow-up to ask them for something, not to hand anything over: "ask Sam for a copy of the
#: wiring diagram", "pedir copia del diagrama unifilar" (round 38: "here's what I promised").
_TO_ASK_FOR = re.compile(
    r"(?i)^\W*(?:ask|request(?!\s*(?:form|:|-))|pedir|pedirle|solicitar|demander|poprosić|zapytać"
    r"|fragen|perguntar)\b(?!\s*:)"
)
#: A follow-up that is a chase or waits on them, not a thing to hand over: "follow up finance +
#: A on module allowance" (round 46: "here's what I said I'd send you"), "chase HR re my
#: contract", "check with Sam on the PO", "NRF letter — did she send??", "TMS Schulung — nix
#: gehört. nachhaken", "still waiting on his sign-off" (round 42: "send Naledi the NRF letter",
#: of a letter Naledi owed). Still listed under the 1:1 it was logged for (`listed_for_them`),
#: never handed over as done.
_CHASING = re.compile(
    r"(?i)^\W*(?:follow[\s-]?up(?![\s-]+(?:doc|notes?|e-?mail|report|summary|deck|pack|list|plan"
    r"|letter)\b)|chase|check\s+(?:in\s+)?with|remind|nudge)\b(?!\s*:)"
    r"|\bdid\s+(?!i\b|we\b)(?:she|he|they|\w+)\s+(?:send|sign|reply|answer|do|get|check)\b"
    r"|\bnachhaken\b|\b(?:nix|nichts)\s+gehört\b|\bstill\s+(?:waiting|nothing)\b"
    r"|\bwaiting\s+(?:on|for)\s+(?:her|him|them)\b|\bno\s+(?:reply|answer|news)\b|\bcobrar\b"
    r"|\bponaglić\b|\bnadal\s+nic\b"
    # "carta de Marta... todavía nada": still nothing from them, in the notes' languages
    r"|(?:\btodav[ií]a\s+nada|\bainda\s+nada|\bnada\s+ainda|\bwci[aą][zż]\s+nic|\bdalej\s+nic"
    r"|\bnoch\s+nichts|\btoujours\s+rien|\bnog\s+(?:steeds\s+)?niets|\bancora\s+niente)\b"
    # ... not the user's own work undone: "todavía nada hecho", "noch nichts geschrieben"
    r"(?!\s+(?:hecho|escrito|terminado|listo|mandado|enviado|feito|pronto|enviado|geschrieben"
    r"|gemacht|fertig|geschickt|zrobione|napisane|fait|écrit|fatto|scritto))"
)


#: Handed over already, and to be chased: "gave Otieno the allowance form today. follow up by
#: Fri" (round 65: "Overdue since Fri 6 Nov … send it today" and "sorry for the wait on the
#: allowance form — here you go", of a form he had had for three weeks).
_HANDED_THEN_CHASED = re.compile(
    r"(?i)\b(?:gave|handed|sent|submitted|dropped\s+off|emailed|passed)\b[^;!?]{0,60}?"
    r"\b(?:follow[\s-]?up|chase|check\s+back|remind\s+(?:her|him|them))\b"
)


#: Something of the user's to get back, not to hand over: "pegar o drone de volta antes de 4/12"
#: was "Juli, here's what I promised" (round 35).
_GETTING_BACK = re.compile(
    r"(?i)\b(?:get|pick\s+up|collect|fetch|pegar|buscar|recoger|recuperar|récupérer)\s+"
    r"(?!back\b)[^.;!?]{1,30}?\b(?:back|de\s+volta|de\s+vuelta|zurück)\b"  # not "get back to"
)


#: Something the user needs from someone else: "need the form from HR", "get sign-off from
#: finance" — theirs to wait on, not a thing to hand over ("here's what I promised" for
#: "enrolment closes Mon 30 Nov - need the form from HR").
_NEEDED_FROM = re.compile(
    r"(?i)\b(?:need|needs|get|getting|request)\s+(?!back\b)[^.;!?]{1,30}?\bfrom\s+(?!me\b)\w+"
)
#: ... unless the line passes it on: "get the figures from finance and send them to Ana".
_PASSED_ON = re.compile(
    r"(?i)\b(?:send|give|pass|forward|bring|share|email)\b|\bto\s+(?:her|him|them)\b"
)


#: The user's own study: "finish the tikanga s/v reading before next session", "read the
#: chapter she sent", "watch the webinar" — done for the user's learning, nothing to hand over
#: (round 48: "Huia, here's what I promised" for a reading Aroha had to finish).
_OWN_STUDY = re.compile(
    r"(?i)^\W*(?:finish\s+(?:the\s+|my\s+|that\s+)?(?:[\w/'’-]+\s+){0,3}readings?\b(?!\s+list)"
    r"|finish\s+reading\b|read\s+(?:the|that|her|his)\s+(?:\w+\s+){0,3}(?:she|he|they)\s+sent\b"
    r"|watch\s+the\s+(?:webinar|recording)\b)"
)


def _for_them(text: str, counterpart: str) -> bool:
    """The line says it is for or to the counterpart by name: "… for Carmen", "… to Carmen"."""
    first = re.escape(counterpart.split()[0]) if counterpart.split() else ""
    return bool(first and re.search(rf"(?i)\b(?:for|to)\s+{first}\b", text))


def _only_getting(text: str, counterpart: str) -> bool:
    if not _NEEDED_FROM.search(text) or _PASSED_ON.search(text):
        return False
    return not _for_them(text, counterpart)


#: Whom a promise was made to, named after the promise: "obiecalem p. Ewie z BHP", "promised
#: Ewa from H&S", "prometi à Dona Lúcia", "versprochen Frau Weber".
_PROMISED_TO = re.compile(
    r"(?i:\b(?:promised|obieca[lł](?:em|am)?|prometi|promet[ií]|versprochen|promis\s+[àa]))\s+"
    r"(?:(?i:[àa]|ao|al|a\s+la)\s+)?(?:"
    # said with a title ("p. Ewie"), or with where they sit after ("Ewa from H&S", "Ewie z BHP"):
    # a bare capital may be a product or a nickname ("promised Figma mockups", "a Pepe")
    r"(?:(?i:p\.|pani|pan|panu|mr|mrs|ms|dr|sr|sra|dona|seu|don|frau|herr|mme|m\.)\.?\s+)"
    r"(?P<who>[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][a-zà-ÿąćęłńóśźż]+)\b"
    r"|(?P<who2>[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][a-zà-ÿąćęłńóśźż]+)\s+(?i:from|z|ze|von|de\s+la|do|da|del)\s+[A-Z])"
)


def _not_their_name(word: str, counterpart: str) -> bool:
    """A name that is not theirs, in any of its forms ("Krzyskowi" is Krzysiek's), and no
    common word or day ("promised Friday")."""
    low = word.lower()
    if zipf_frequency(low, "en") >= 4.0 or is_day(low) or low in MONTH_WORDS:
        return False
    if names_them(word, counterpart):
        return False
    return not any(low[:4] == name.lower()[:4] for name in counterpart.split() if len(name) >= 4)


@line_memo(FLAG)
def handed_to_them(text: str, counterpart: str) -> bool:
    """Whether the card may hand a follow-up to them as done ("here's what I promised") or say
    the user owes it them: owed to them by the rules, and read so by the learned model too
    (`coaching.owed_model`). On lines written after them the rules alone handed over 62 of 130
    that were not theirs; with the model, 41 (`owed_model.BAR`). `text` with its Slack mentions
    as names (`items.plain_text`): "feedback to <@U06…>" is "feedback to Tom Nguyen"."""
    if (
        _CHASING.search(text)
        or _HANDED_THEN_CHASED.search(text)  # handed over already: to chase, not to send
        or _only_getting(text, counterpart)
        or _OWED_THANKS.search(text)  # nor "owe Shaz a brew": a thanks to say (round 58)
    ):
        return False
    promised = _PROMISED_TO.search(text)
    if promised and _not_their_name(promised.group("who") or promised.group("who2"), counterpart):
        return False  # "obiecalem p. Ewie z BHP …": promised to Ewa, not to them (round 58)
    if _OWN_STUDY.search(text) and not (_PASSED_ON.search(text) or _for_them(text, counterpart)):
        return False
    return _read_as_theirs(text, counterpart)


@line_memo(FLAG)  # the listing and the handing over both ask it: the model reads a line once
def _read_as_theirs(text: str, counterpart: str) -> bool:
    """Owed to them by the rules, and read so by the learned model: a chase of theirs too,
    which the card lists under them but never hands over (`handed_to_them`)."""
    return owed_to_them(text, counterpart) and reads_as_theirs(
        text, lambda word: names_them(word, counterpart)
    )


@line_memo(FLAG)
def listed_for_them(text: str, counterpart: str) -> bool:
    """Whether the card lists a follow-up as theirs: owed to them by the rules, unless the
    learned reading would not hand it over and the line names someone else instead ("reply to
    the recruiter (Ana)", round 34). A bare task the reading doubts ("chase approval") stays
    theirs: with nobody named, the 1:1 it was logged for is the best guess. `text` as for
    `handed_to_them`."""
    if not owed_to_them(text, counterpart):
        return False
    if _read_as_theirs(text, counterpart) or names_them(text, counterpart):
        return True
    own = _them(counterpart)[1]
    text = _without_respect(text, counterpart)
    names = [m for m in _NAME_SHAPED.finditer(text) if _a_person(m.group(1), own)]
    # a line's first word is capitalised anyway: a name only when it is no common word
    # ("Joost vraagt referentiebrief …", not "Send the deck …")
    return not any(m.start() > 0 or zipf_frequency(m.group(1), "en") < 4.0 for m in names)


#: Words of respect, which stand beside a name without being one.
_RESPECT_WORD = (
    r"(?i)(?<![\w'’])(?:"
    + "|".join(re.escape(w).replace("'", "['’]") for w in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?(?![\w'’])"
)


def _without_respect(text: str, counterpart: str) -> str:
    """A word of respect left off before their own initial or name ("due to Ma'am S" for
    Ma'am Siobhan); elsewhere it may be the only word for them ("promised ma'am the …") or
    mark someone else ("gửi anh Phong …")."""
    before_them = _respect_before(counterpart)
    return before_them.sub("", text) if before_them else text


@functools.lru_cache(maxsize=256)
def _respect_before(counterpart: str) -> re.Pattern[str] | None:
    """A word of respect followed by their initial or a name of theirs, compiled once each."""
    theirs = _initials(counterpart) | {w for w in counterpart.split() if w[:1].isupper()}
    if not theirs:
        return None
    names = "|".join(re.escape(w) for w in sorted(theirs, key=len, reverse=True))
    return re.compile(_RESPECT_WORD + rf"\s+(?=(?:{names})\b)")


#: A word written as a name, not a version ("Python 3.12"), possessive left off.
_NAME_SHAPED = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ'’-]+?)(?:['’]s)?\b(?!\s*\d)")


def private_errand(text: str, counterpart: str, names_private_life: Callable[[str], bool]) -> bool:
    """A follow-up of the user's private life that does not name this counterpart ("book rehab
    intake call for mama"): never handed to them as "here's what I promised", never listed as
    theirs. Round 33 offered a manager the user's call about her mother's rehab."""
    return names_private_life(text) and not names_them(text, counterpart, pronouns=False)


#: A promise to them due this soon after the 1:1 is the 1:1's to agree (round 46: a cue sheet
#: due the day after, an effluent log due before an inspection three days after, unmentioned).
JUST_AFTER = timedelta(days=4)


def dues(
    promises: list[tuple[int, str, datetime, date | None]],
    *,
    now: datetime,
    meeting: datetime | None,
    counterpart: str = "",
    errand: Callable[[str], bool] = lambda text: False,
) -> tuple[Due, ...]:
    """The promises (id, text, logged, the first 1:1 after it was logged when it is tied to one)
    to put at the top: overdue, due today, or due before the 1:1 (without a 1:1, within the next
    two days). Oldest due first. `now` on the user's clock (its zone decides which day is today).
    `errand`: a private errand of the user's (`private_errand`), said as a reminder only."""
    today = now.date()
    day = meeting.astimezone(now.tzinfo).date() if meeting else None
    until = day or today + timedelta(days=2)
    found = []
    for entry_id, text, logged, session in promises:
        if is_event(text) or owed_by_them(text, counterpart) or _HANDED_THEN_CHASED.search(text):
            continue  # not the user's to hand over: theirs, an event, or handed over already
        due = due_date(text, logged, now, session)
        if due is not None and day is not None and until < due <= day + JUST_AFTER:
            if (
                names_month_only(text)
                or errand(text)
                or not (
                    handed_to_them(text, counterpart)
                    and names_them(text, counterpart, pronouns=False)
                )
            ):
                continue  # only what they are waiting on is the 1:1's to agree
            item = Due(entry_id, text, due, overdue=False)
            line = f"Due {day_text(due, today)}, just after the 1:1"
            advice = "agree at the 1:1 what it still needs — or say now if it will slip."
            found.append(replace(item, line=line, advice=advice))
        elif due is not None and due <= until:
            item = Due(entry_id, text, due, overdue=due < today)
            if errand(text):  # the user's own life: a reminder, nothing to do with the 1:1
                line, advice = due_line(item, today, meeting=None), PRIVATE_ERRAND
            else:
                theirs = listed_for_them(text, counterpart)  # as the card lists it
                line = due_line(item, today, meeting=day)
                advice = due_advice(
                    item, today, meeting=day, theirs=theirs, counterpart=counterpart
                )
            found.append(replace(item, line=line, advice=advice))
    return tuple(sorted(found, key=lambda d: (d.due, d.entry_id)))


def names_month_only(text: str) -> bool:
    """Whether the only day a line names is a whole month ("the exam in Dec"): the card then
    says the month, not its first day, which `due_date` gives as the earliest it can bite."""
    found = _due_from(text, date(2000, 1, 1))
    return found is not None and MONTH_ALONE.search(text) is not None and found.day == 1
