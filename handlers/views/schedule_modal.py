"""The scheduling form `/oneonone schedule` opens when typed with nothing after it."""

from __future__ import annotations

from typing import Any

from handlers.payload import dig, slack_id, text_at
from handlers.views import ids

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CADENCES = (
    ("weekly", "Weekly"),
    ("biweekly", "Every other week"),
    ("monthly", "Monthly"),
    ("once", "Once"),
)
WEEKS = (
    ("first", "First"),
    ("second", "Second"),
    ("third", "Third"),
    ("fourth", "Fourth"),
    ("last", "Last"),
)
DURATIONS = ("15m", "30m", "45m", "1h", "1h30m")
ROLES = (
    ("manager", "Manager"),
    ("skip", "Skip-level"),
    ("mentor", "Mentor"),
    ("sponsor", "Sponsor"),
    ("peer", "Peer"),
    ("other", "Other"),
)


def _option(value: str, label: str) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": label}, "value": value}


def _select(action_id: str, options, initial: str | None = None, placeholder: str = "Choose"):
    element: dict[str, Any] = {
        "type": "static_select",
        "action_id": action_id,
        "placeholder": {"type": "plain_text", "text": placeholder},
        "options": [_option(v, label) for v, label in options],
    }
    if initial is not None:
        element["initial_option"] = _option(initial, dict(options)[initial])
    return element


def _input(
    block_id: str, label: str, element: dict, *, optional: bool = False, hint: str | None = None
) -> dict[str, Any]:
    block = {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": {"type": "plain_text", "text": label},
        "element": element,
    }
    if hint:
        block["hint"] = {"type": "plain_text", "text": hint}
    return block


def schedule_modal(
    *, person: str | None = None, cadence: str = "weekly", role: str = "manager"
) -> dict[str, Any]:
    """The form; `person` (a Slack id) and `cadence` prefill it — e.g. rescheduling a 1:1 that
    didn't happen as a one-off with the same person."""
    role = role if role in dict(ROLES) else "manager"
    picker: dict[str, Any] = {
        "type": "users_select",
        "action_id": "value",
        "placeholder": {"type": "plain_text", "text": "Pick a person"},
    }
    if person:
        picker["initial_user"] = person
    return {
        "type": "modal",
        "callback_id": ids.SCHEDULE_MODAL,
        "title": {"type": "plain_text", "text": "Schedule a 1:1"},
        "submit": {"type": "plain_text", "text": "Schedule"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            _input("person", "With", picker),
            _input("role", "They are your", _select("value", ROLES, role)),
            _input("cadence", "How often", _select("value", CADENCES, cadence)),
            _input(
                "day",
                "Day",
                _select("value", list(zip(DAYS, DAY_NAMES, strict=True)), "tue"),
                hint="For a one-off 1:1, pick the date below instead.",
            ),
            _input("week", "Which week (monthly only)", _select("value", WEEKS), optional=True),
            _input(
                "date",
                "Date (one-off only)",
                {"type": "datepicker", "action_id": "value"},
                optional=True,
            ),
            _input(
                "time",
                "Time (your time zone)",
                {"type": "timepicker", "action_id": "value", "initial_time": "10:00"},
            ),
            _input("duration", "Length", _select("value", [(d, d) for d in DURATIONS], "30m")),
        ],
    }


def command_text(values: dict[str, dict[str, Any]]) -> tuple[str, dict[str, str]]:
    """The form's answers as the `schedule` command text the parser reads, or field errors.

    Going through the same grammar means the form and the typed command can never disagree.
    """

    def picked(block: str) -> str | None:
        element = dig(values, block, "value")
        return (
            text_at(element, "selected_option", "value")
            or slack_id(dig(element, "selected_user"))
            or text_at(element, "selected_date")
            or text_at(element, "selected_time")
            or None
        )

    errors: dict[str, str] = {}
    person, cadence = picked("person"), picked("cadence") or "weekly"
    if not person:
        errors["person"] = "Pick who you meet."
    if cadence == "once":
        when = picked("date")
        if not when:
            errors["date"] = "Pick the date of this one-off 1:1."
    elif cadence == "monthly":
        week = picked("week")
        if not week:
            errors["week"] = "Pick which week of the month, e.g. Last."
        when = f"{week} {picked('day') or 'tue'}"
    else:
        when = picked("day") or "tue"
    text = (
        f"schedule <@{person}> {cadence} {when} {picked('time') or '10:00'} "
        f"for {picked('duration') or '30m'} as {picked('role') or 'other'}"
    )
    return text, errors
