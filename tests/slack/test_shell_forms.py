"""`oneonone shell` walks the leverage pipeline (issue 12, must show 4): the intro's steps by
`:press`, the post-meeting buttons, and a form filled from typed answers — in process, on the
real app, the offline Slack and the simulated clock."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.shell import Shell
from bot.shell_forms import AnswerError, OpenForm
from coaching.model import EntryKind
from handlers.views.entry_modal import entry_modal
from handlers.views.schedule_modal import schedule_modal
from storage.db import make_session_factory, transaction
from storage.models import Entry, FollowThrough


@pytest.fixture
def shell():
    out = io.StringIO()
    shell = Shell(tz="UTC", start=datetime(2026, 11, 25, 9, 0, tzinfo=UTC), out=out)
    yield shell
    shell.close()


def _type(shell: Shell, line: str) -> str:
    """One typed line; returns what the shell printed for it."""
    start = shell.out.tell()
    shell.handle(line)
    return shell.out.getvalue()[start:]


def _press(shell: Shell, label: str) -> str:
    numbers = [n for n, b in shell.display.renderer.buttons.items() if b.label == label]
    assert numbers, f"no [{label}] button on screen"
    return _type(shell, f":press {numbers[-1]}")


def _rows(shell: Shell, model):
    with transaction(make_session_factory(shell.engine)) as session:
        return [
            {c.key: getattr(row, c.key) for c in model.__table__.columns}
            for row in session.scalars(select(model))
        ]


def test_the_whole_pipeline_by_press_and_typed_form_answers(shell):
    _type(shell, "/oneonone schedule @dana once today 10:30 as mentor")
    out = _type(shell, "/oneonone log @dana intro: to someone in data platform")
    assert "Following this intro to someone in data platform" in out
    assert "Has Dana made the intro" in _type(shell, "/oneonone prep")
    assert "have you met yet?" in _press(shell, "Intro made")
    assert "Thank @dana for the intro" in _press(shell, "We met")
    assert "Tell @dana what came of meeting" in _press(shell, "Thanked them")
    assert "Loop closed" in _press(shell, "Reported back")
    history = _type(shell, "/oneonone history @dana")
    assert "Intro made Wed 25 Nov" in history and "Reported back Wed 25 Nov" in history

    after = _type(shell, ":advance 2h15m")  # the 1:1 ends at 11:00; its check-in at 11:15
    assert "How did your 1:1 with @dana go?" in after and "[" in after
    assert "In a few days I'll ask what @dana said" in _press(shell, "Made it")

    form = _press(shell, "Log what I offered")
    assert "[form opened: Log what I offered]" in form
    assert "[Enter: Something you gave]" in form and shell.form is not None
    assert "Text" in _type(shell, "")  # keep the kind
    saved = _type(shell, "review their hiring plan by fri")
    assert shell.form is None
    assert "A promise — I'll remind you on Fri 27 Nov" in saved
    promises = [r for r in _rows(shell, FollowThrough) if r["kind"] == "promise"]
    assert [p["deliver_on"] for p in promises] == ["2026-11-27"]
    texts = {(r["kind"], r["text"]) for r in _rows(shell, Entry)}
    assert (EntryKind.FOLLOWUP.value, "review their hiring plan by fri") in texts

    assert "Want to pick another date?" in _press(shell, "Didn't happen (reschedule?)")
    form = _press(shell, "Reschedule")
    assert "[form opened: Schedule a 1:1]" in form and "[Enter: @dana]" in form
    assert "[Enter: Mentor]" in _type(shell, "")
    for answer in ("", "", "", ""):  # mentor, once, (day), (no week)
        _type(shell, answer)
    assert "Time" in _type(shell, "2026-12-03")
    _type(shell, "")  # 10:00
    moved = _type(shell, "")  # 30m; the form is sent
    assert "Updated: 1:1 with @dana — Once on Thu 3 Dec at 10:00" in moved


def test_a_form_refuses_a_bad_answer_and_asks_again(shell):
    form = OpenForm.of(schedule_modal(person="UDANA000", cadence="once"))
    users = {"dana": "UDANA000"}
    form.answer("", users.__getitem__)  # keep Dana
    with pytest.raises(AnswerError):
        form.answer("9", users.__getitem__)  # only six roles
    form.answer("mentor", users.__getitem__)
    for answer in ("", "", "", "2026-12-03"):
        form.answer(answer, users.__getitem__)
    with pytest.raises(AnswerError):
        form.answer("25:00", users.__getitem__)
    form.answer("14:30", users.__getitem__)
    form.answer("4", users.__getitem__)
    values = form.submission("UYOU", "T1")["view"]["state"]["values"]
    assert values["person"]["value"]["selected_user"] == "UDANA000"
    assert values["role"]["value"]["selected_option"]["value"] == "mentor"
    assert values["cadence"]["value"]["selected_option"]["value"] == "once"
    assert "week" not in values  # optional, skipped
    assert values["date"]["value"]["selected_date"] == "2026-12-03"
    assert values["time"]["value"]["selected_time"] == "14:30"
    assert values["duration"]["value"]["selected_option"]["value"] == "1h"


def test_an_empty_required_field_is_asked_again_and_cancel_sends_nothing(shell):
    shell.display.opened_form = entry_modal(kind=EntryKind.WIN, person="@dana", metadata={})
    shell._open_form()
    _type(shell, "")
    assert "This one is needed" in _type(shell, "")
    assert "nothing was sent" in _type(shell, ":cancel")
    assert shell.form is None and _rows(shell, Entry) == []
