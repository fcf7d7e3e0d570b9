"""Nudge settings in words: one rendering for `/oneonone settings` and App Home."""

from __future__ import annotations

from coaching.model import NudgeSettings
from coaching.timing import format_lead

CHANGE_EXAMPLE = "`/oneonone settings lead 1d,1h quiet 20:00-08:00 nudges on`"


def settings_lines(settings: NudgeSettings, tz: str) -> list[str]:
    leads = ", ".join(format_lead(lead) for lead in settings.lead_times) or "none"
    quiet = f"{settings.quiet_start:%H:%M}–{settings.quiet_end:%H:%M}"
    return [
        f"• Prep card *{leads}* before each 1:1",
        f"• Quiet hours *{quiet}* ({tz}) — I never nudge you then",
        f"• Nudges *{'on' if settings.nudges_on else 'off'}*",
    ]
