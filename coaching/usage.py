"""The `/oneonone` usage table: one source for the help reply and for every error's example.

Keeping synopsis, description and example in one row means help, errors and the parser cannot
drift apart unnoticed: a unit test parses every example listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

COMMAND = "/oneonone"

#: How each role reads to the user; the stored value `skip` is a skip-level manager.
ROLE_NAMES: dict[str, str] = {
    "manager": "manager",
    "skip": "skip-level",
    "mentor": "mentor",
    "sponsor": "sponsor",
    "peer": "peer",
    "other": "other",
}
ROLES_TEXT = "manager, skip-level, mentor, sponsor, peer or other"


@dataclass(frozen=True)
class Usage:
    """One subcommand as the user learns it."""

    name: str
    synopsis: str
    description: str
    example: str
    #: More complete commands worth showing (help for one topic, and targeted error examples).
    more: tuple[str, ...] = ()


USAGE: tuple[Usage, ...] = (
    Usage(
        "help",
        f"{COMMAND} help [command]",
        "What I can do, with examples.",
        f"{COMMAND} help schedule",
    ),
    Usage(
        "prep",
        f"{COMMAND} prep [@person]",
        "Your prep card for the next 1:1, with that person or the soonest one.",
        f"{COMMAND} prep @dana",
    ),
    Usage(
        "schedule",
        f"{COMMAND} schedule @person <cadence> <day> <time> [for <length>] [as <role>]",
        "Add a 1:1 series; alone, it opens a form. Roles: manager, skip-level, mentor, sponsor, "
        "peer, other.",
        f"{COMMAND} schedule @dana weekly tue 10:00",
        (
            f"{COMMAND} schedule @dana biweekly thu 3:30pm for 45m as manager",
            f"{COMMAND} schedule @sam monthly first wed 9am as mentor",
            f"{COMMAND} schedule @lee once tomorrow 4pm for 1h as sponsor",
            f"{COMMAND} schedule @kim monthly last fri 15:00 as skip-level",
        ),
    ),
    Usage(
        "list",
        f"{COMMAND} list",
        "Your upcoming 1:1s, the next date of each.",
        f"{COMMAND} list",
    ),
    Usage(
        "skip",
        f"{COMMAND} skip @person",
        "Skip the next 1:1 with that person; the series goes on.",
        f"{COMMAND} skip @dana",
    ),
    Usage(
        "cancel",
        f"{COMMAND} cancel @person",
        "End the 1:1 series with that person.",
        f"{COMMAND} cancel @dana",
    ),
    Usage(
        "agenda",
        f"{COMMAND} agenda [@person] <talking point> | edit <n> <text> | remove <n>",
        "Add a talking point for your next 1:1; edit or remove one by its number on the card.",
        f"{COMMAND} agenda @dana Get her read on the Q3 migration plan",
        (
            f"{COMMAND} agenda @dana edit 2 Her read on the Q4 migration plan",
            f"{COMMAND} agenda @dana remove 2",
        ),
    ),
    Usage(
        "log",
        f"{COMMAND} log [@person] [note:|ask:|intro:|gave:|win:|followup:|priority:] <text>",
        "Log a note, an ask, an intro you asked for, help you gave, a win, a follow-up, or "
        "their priority.",
        f"{COMMAND} log @dana ask: an intro to someone on the data platform team",
        (
            f"{COMMAND} log @dana intro: to someone on the data platform team",
            f"{COMMAND} log @dana gave: reviewed her design doc",
            f"{COMMAND} log win: shipped the onboarding revamp",
            f"{COMMAND} log @dana followup: send the budget numbers by Friday",
            f"{COMMAND} log @dana priority: hiring two senior engineers",
        ),
    ),
    Usage(
        "followups",
        f"{COMMAND} followups",
        "Your open follow-ups, each with Done and Dismiss buttons.",
        f"{COMMAND} followups",
    ),
    Usage(
        "history",
        f"{COMMAND} history @person",
        "What you logged with that person, newest first.",
        f"{COMMAND} history @dana",
    ),
    Usage(
        "goal",
        f"{COMMAND} goal <text> | focus <area>",
        "Set the career goal that steers your asks; `goal focus` corrects its focus area.",
        f"{COMMAND} goal Lead a cross-team project by the end of the year",
        (f"{COMMAND} goal focus cross-team project leadership",),
    ),
    Usage(
        "language",
        f"{COMMAND} language <person> <language> | auto",
        "The language to draft the lines you say to someone in; `auto` follows your notes'.",
        f"{COMMAND} language @dana english",
        (f"{COMMAND} language @henrik auto",),
    ),
    Usage(
        "settings",
        f"{COMMAND} settings [lead <list>] [quiet <HH:MM-HH:MM>] [nudges on|off]",
        "Show or change when I remind you.",
        f"{COMMAND} settings lead 1d,1h quiet 20:00-08:00 nudges on",
        (
            f"{COMMAND} settings lead 2h",
            f"{COMMAND} settings quiet 22:30-7:00",
            f"{COMMAND} settings nudges off",
        ),
    ),
    Usage(
        "calendar",
        f"{COMMAND} calendar [<feed address>|off]",
        "Follow your 1:1s from your calendar; with nothing after it, a form for CalDAV opens.",
        f"{COMMAND} calendar https://calendar.example.com/ical/secret/basic.ics",
        (f"{COMMAND} calendar off",),
    ),
    Usage(
        "export",
        f"{COMMAND} export",
        "Your career journal as a Markdown file, sent to you by DM.",
        f"{COMMAND} export",
    ),
    Usage(
        "forget",
        f"{COMMAND} forget",
        "Delete everything I keep about you (asks you to confirm first).",
        f"{COMMAND} forget",
    ),
)

#: Examples of direct messages to the bot, for help and for errors on DMs.
DM_EXAMPLES: tuple[str, ...] = (
    "win: shipped the onboarding revamp",
    "ask: asked Dana for an intro to the data platform lead",
    "followup: send Dana the budget numbers by Friday",
    "prep",
)

NAMES: tuple[str, ...] = tuple(row.name for row in USAGE)

_BY_NAME = {row.name: row for row in USAGE}


def usage_for(name: str) -> Usage:
    """The usage row of one subcommand; a `KeyError` means a bug, not a user mistake."""
    return _BY_NAME[name]


def example_for(name: str) -> str:
    """The canonical complete example for a subcommand, used when an error needs one."""
    return _BY_NAME[name].example


def example_with(name: str, word: str) -> str:
    """The first example of a subcommand that shows `word` (say `monthly` or `quiet`), so an
    error about one part of a command shows that part in use; else the canonical example."""
    row = _BY_NAME[name]
    examples = (row.example, *row.more)
    return next((example for example in examples if f" {word} " in f"{example} "), row.example)


def all_examples() -> list[str]:
    """Every slash-command example in the table, canonical and extra."""
    return [example for row in USAGE for example in (row.example, *row.more)]


def help_lines(topic: str | None = None) -> list[tuple[str, str, str]]:
    """(synopsis, description, example) rows for the help reply.

    With a known `topic` only that subcommand, with all its examples; otherwise one row each.
    """
    if topic in _BY_NAME:
        row = _BY_NAME[topic]
        return [(row.synopsis, row.description, example) for example in (row.example, *row.more)]
    return [(row.synopsis, row.description, row.example) for row in USAGE]
