"""`oneonone shell` follows a calendar from a local `.ics` file (issue 14, must-show 6), the
way the README shows it."""

from __future__ import annotations

import pytest

from tests.slack.test_shell import run_shell

pytestmark = pytest.mark.slow

TEAM_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//example//EN
BEGIN:VEVENT
UID:dana-weekly@example.com
DTSTART:20261126T100000Z
DTEND:20261126T103000Z
RRULE:FREQ=WEEKLY
SUMMARY:Dana / me
ATTENDEE;CN=Dana:mailto:dana@example.com
ATTENDEE;CN=You:mailto:you@example.com
END:VEVENT
END:VCALENDAR
"""


def test_the_shell_connects_a_local_ics_file_and_nudges_from_it(tmp_path):
    (tmp_path / "team.ics").write_text(TEAM_ICS)
    out = run_shell("/oneonone calendar ./team.ics\n/oneonone list\n:advance 1d\n:quit\n", tmp_path)
    assert "Connecting your calendar (a local file" in out, out
    assert "Your calendar is connected" in out and "1:1 with Dana — next" in out, out
    _, _, listed = out.partition("Your upcoming 1:1s")
    assert "Dana" in listed and "from your calendar" in listed, out
    _, _, nudged = out.partition("[DM from 1:1 Coach, Thu 26 Nov 09:00 UTC]")
    assert "1:1 with Dana" in nudged and "From your calendar" in nudged, out
