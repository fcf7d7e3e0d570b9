"""The operator's calendar settings, from the environment.

ONEONONE_SECRET_KEY          Fernet key that encrypts calendar addresses and passwords at rest.
ONEONONE_CALENDAR_ALLOW_PRIVATE=1   let users connect calendars on private/loopback addresses.
ONEONONE_CALENDAR_POLL_MINUTES      how often each calendar is read again (default 10).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from services.calendar_fetch import FetchPolicy
from storage.secret_box import KEY_VARIABLE, SecretKeyError, box

POLL_VARIABLE = "ONEONONE_CALENDAR_POLL_MINUTES"
PRIVATE_VARIABLE = "ONEONONE_CALENDAR_ALLOW_PRIVATE"


class CalendarSettingError(ValueError):
    def __init__(self, variable: str, fix: str) -> None:
        super().__init__(f"{variable}: {fix}")
        self.variable, self.fix = variable, fix


@dataclass(frozen=True)
class CalendarSettings:
    key: str | None = None
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    poll_every: timedelta = timedelta(minutes=10)


def calendar_settings(env: Mapping[str, str] | None = None) -> CalendarSettings:
    """Read and check the settings; raise CalendarSettingError naming the bad one."""
    env = os.environ if env is None else env
    key = env.get(KEY_VARIABLE, "").strip() or None
    if key is not None:
        try:
            box(key)
        except SecretKeyError:
            raise CalendarSettingError(KEY_VARIABLE, KEY_FIX) from None
    raw = env.get(POLL_VARIABLE, "").strip() or "10"
    if not raw.isdigit() or not 1 <= int(raw) <= 1440:
        raise CalendarSettingError(POLL_VARIABLE, "should be whole minutes, 1 to 1440, e.g. 10.")
    allow = env.get(PRIVATE_VARIABLE, "").strip().lower() in {"1", "true", "yes"}
    return CalendarSettings(
        key=key, policy=FetchPolicy(allow_private=allow), poll_every=timedelta(minutes=int(raw))
    )


KEY_FIX = (
    'should be a Fernet key. Make one with: python -c "from cryptography.fernet import '
    'Fernet; print(Fernet.generate_key().decode())"'
)
