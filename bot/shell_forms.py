"""Filling a Slack modal from typed answers, for `oneonone shell`.

When the bot opens a form (`views.open`), the shell asks its input fields one at a time and
sends what was typed back as Slack would: a `view_submission` whose `state.values` has, per
block, the element's `value`, `selected_option`, `selected_user`, `selected_date` or
`selected_time`. Errors the bot answers with (`response_action: errors`) are asked again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class AnswerError(ValueError):
    """What was typed doesn't fit the field; the message says what would."""


@dataclass(frozen=True)
class Field:
    block_id: str
    action_id: str
    label: str
    kind: str
    optional: bool = False
    options: tuple[tuple[str, str], ...] = ()  # (value, label)
    initial: str | None = None

    def question(self, name_of: Callable[[str], str | None]) -> str:
        """How the shell asks for this field."""
        default = self.initial
        if self.kind == "users_select" and default:
            default = "@" + (name_of(default) or default)
        if self.kind == "static_select":
            choices = "  ".join(f"{i}) {label}" for i, (_, label) in enumerate(self.options, 1))
            default = dict(self.options).get(self.initial or "", None)
            line = f"{self.label} — {choices}"
        else:
            hint = {
                "users_select": " (@name)",
                "datepicker": " (YYYY-MM-DD)",
                "timepicker": " (HH:MM)",
            }.get(self.kind, "")
            line = f"{self.label}{hint}"
        if default:
            line += f"  [Enter: {default}]"
        elif self.optional:
            line += "  [Enter: skip]"
        return line

    def read(self, answer: str, user_id_of: Callable[[str], str]) -> dict[str, Any] | None:
        """The element state for a typed answer; None for a skipped optional field."""
        answer = answer.strip()
        if not answer:
            if self.initial:
                return self._state(self.initial, already_value=True, user_id_of=user_id_of)
            if self.optional:
                return None
            raise AnswerError("This one is needed — type an answer.")
        return self._state(answer, already_value=False, user_id_of=user_id_of)

    def _state(
        self, answer: str, *, already_value: bool, user_id_of: Callable[[str], str]
    ) -> dict[str, Any]:
        if self.kind == "static_select":
            value = answer if already_value else self._option_value(answer)
            label = dict(self.options)[value]
            option = {"text": {"type": "plain_text", "text": label}, "value": value}
            return {"type": self.kind, "selected_option": option}
        if self.kind == "users_select":
            user = answer if already_value else user_id_of(answer.lstrip("@"))
            return {"type": self.kind, "selected_user": user}
        if self.kind == "datepicker":
            try:
                date.fromisoformat(answer)
            except ValueError:
                raise AnswerError("A date like 2026-12-03, please.") from None
            return {"type": self.kind, "selected_date": answer}
        if self.kind == "timepicker":
            if not _TIME.match(answer):
                raise AnswerError("A time like 10:00 or 15:30, please.")
            hours, minutes = answer.split(":")
            return {"type": self.kind, "selected_time": f"{int(hours):02d}:{minutes}"}
        return {"type": self.kind, "value": answer}

    def _option_value(self, answer: str) -> str:
        if answer.isdigit() and 1 <= int(answer) <= len(self.options):
            return self.options[int(answer) - 1][0]
        lowered = answer.lower()
        for value, label in self.options:
            if lowered in (value.lower(), label.lower()):
                return value
        for value, label in self.options:
            if label.lower().startswith(lowered):
                return value
        choices = ", ".join(label for _, label in self.options)
        raise AnswerError(f"Pick a number or one of: {choices}.")


def fields_of(view: dict[str, Any]) -> list[Field]:
    """The input fields of a modal, in order."""
    found = []
    for block in view.get("blocks") or []:
        if block.get("type") != "input":
            continue
        element = block.get("element") or {}
        options = tuple(
            (o["value"], o["text"]["text"]) for o in element.get("options") or [] if "value" in o
        )
        initial = (
            (element.get("initial_option") or {}).get("value")
            or element.get("initial_user")
            or element.get("initial_date")
            or element.get("initial_time")
            or element.get("initial_value")
        )
        found.append(
            Field(
                block_id=block.get("block_id", ""),
                action_id=element.get("action_id", "value"),
                label=(block.get("label") or {}).get("text", "Answer"),
                kind=element.get("type", "plain_text_input"),
                optional=bool(block.get("optional")),
                options=options,
                initial=initial,
            )
        )
    return found


@dataclass
class OpenForm:
    """A modal the shell is filling in: which field is next, and what was answered."""

    view: dict[str, Any]
    fields: list[Field]
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    position: int = 0

    @classmethod
    def of(cls, view: dict[str, Any]) -> OpenForm:
        return cls(view=view, fields=fields_of(view))

    @property
    def title(self) -> str:
        return (self.view.get("title") or {}).get("text", "a form")

    @property
    def current(self) -> Field | None:
        return self.fields[self.position] if self.position < len(self.fields) else None

    def answer(self, text: str, user_id_of: Callable[[str], str]) -> None:
        """Record an answer to the current field (raises AnswerError) and move on."""
        current = self.current
        if current is None:
            return
        state = current.read(text, user_id_of)
        if state is None:
            self.answers.pop(current.block_id, None)
        else:
            self.answers[current.block_id] = {current.action_id: state}
        self.position += 1

    def ask_again(self, block_ids: list[str]) -> None:
        """After the bot refused some answers: ask those fields again, in form order."""
        wanted = set(block_ids)
        self.fields = [f for f in self.fields if f.block_id in wanted] or self.fields
        self.position = 0

    def submission(self, user_id: str, team_id: str) -> dict[str, Any]:
        """The `view_submission` payload Slack would send."""
        return {
            "type": "view_submission",
            "team": {"id": team_id, "domain": "offline"},
            "user": {"id": user_id, "team_id": team_id, "username": "you"},
            "api_app_id": "A0SHELL",
            "trigger_id": f"{int(datetime.now().timestamp())}.shell",
            "view": {
                "id": "VMODAL",
                "type": "modal",
                "callback_id": self.view.get("callback_id"),
                "private_metadata": self.view.get("private_metadata", ""),
                "state": {"values": self.answers},
            },
        }
