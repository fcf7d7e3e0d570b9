"""A DM a background job sends, and what a retry needs so it never sends it twice.

The job (the reply outbox, the follow-through prompts) knows from its rows whether an earlier
try may have reached Slack; the Slack side (bot.posted) puts `key` into the DM's metadata and,
when an earlier try may have posted it, first looks for a DM carrying that key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Attempt:
    #: What the DM's metadata carries, so a later try can find it in the DM.
    key: dict[str, int]
    #: An earlier try may have posted it (its answer lost, or its process gone) since then;
    #: None when none can have.
    maybe_posted_since: datetime | None = None


#: Sends `payload` as a DM to the user once; raises when Slack did not take it.
Post = Callable[[str, dict[str, Any], Attempt], None]
