"""Errors the user can fix. Handlers turn them into a short, friendly ephemeral reply."""

from __future__ import annotations


class InputError(ValueError):
    """Something the user typed could not be read.

    `problem` says what was wrong in plain words; `example` is a complete, correct command the
    user can copy. Neither contains a stack trace or internal names.
    """

    def __init__(self, problem: str, example: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.example = example

    def __str__(self) -> str:
        if self.example:
            return f"{self.problem} Try: `{self.example}`"
        return self.problem


class AmbiguousPerson(InputError):
    """A bare name that fits more than one of the user's people: ask which one."""

    def __init__(self, name: str, user_ids: list[str]) -> None:
        people = " or ".join(f"<@{user_id}>" for user_id in user_ids)
        super().__init__(
            f"More than one of your people is called {name}: {people}. "
            "Which one? Mention them with @ so I know."
        )
        self.user_ids = user_ids
