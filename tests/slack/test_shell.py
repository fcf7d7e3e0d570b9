"""`oneonone shell` as a real subprocess, driven through its standard input like a person would."""

from __future__ import annotations

import subprocess

import pytest

from tests.slack.test_run_subprocess import clean_env, oneonone_command

pytestmark = pytest.mark.slow

SESSION = """\
/oneonone schedule @dana weekly thu 10:00
/oneonone agenda @dana where can I own the ingestion work?
/oneonone prep
:advance 1d
:advance 2h
/oneonone log @dana win: shipped the billing migration
/oneonone export
/oneonone forget
:press {forget_button}
:home
:quit
"""


def run_shell(stdin: str, tmp_path) -> str:
    result = subprocess.run(
        [*oneonone_command(), "shell", "--tz", "UTC", "--start", "2026-11-25T09:00"],
        input=stdin,
        env=clean_env(),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


def test_shell_schedules_preps_and_delivers_the_nudges_on_the_simulated_clock(tmp_path):
    out = run_shell(SESSION.format(forget_button=99), tmp_path)
    assert out.startswith("1:1 Coach — offline shell")
    assert "you> " in out
    assert "Scheduled: 1:1 with @dana — Weekly on Thu at 10:00" in out
    assert "Added to your talking points for @dana: where can I own the ingestion work?" in out
    _, _, after_prep = out.partition("== 1:1 with Dana — tomorrow 10:00, in 25 h ==")
    assert after_prep, out
    # :advance 1d — the prep nudge arrives at 09:00, 1 h before the 1:1
    _, _, rest = after_prep.partition("[DM from 1:1 Coach, Thu 26 Nov 09:00 UTC]")
    assert rest, out
    assert rest.lstrip().startswith("== 1:1 with Dana — today 10:00, in 1 h ==")
    assert "where can I own the ingestion work?" in rest
    assert "Snooze" in rest
    assert "(clock moved to Thu 26 Nov 09:00 UTC; 1 nudge(s) arrived)" in rest
    # :advance 2h — the "how did it go?" DM, 15 minutes after the 1:1 ended
    assert "[DM from 1:1 Coach, Thu 26 Nov 10:45 UTC]" in rest
    assert "How did your 1:1 with" in rest
    assert "Preparing your career journal" in rest
    assert "| # My career journal" in rest and "shipped the billing migration" in rest
    assert "[99 " not in rest  # no 99th button: the press is refused politely
    assert "Which button?" in rest


def test_shell_forget_with_the_confirm_button(tmp_path):
    stdin = "/oneonone schedule @dana weekly thu 10:00\n/oneonone export\n/oneonone forget\n"
    out = run_shell(stdin + ":quit\n", tmp_path)
    number = out.rsplit("[", 1)[1].split(" ", 1)[0]
    assert out.rsplit("[", 1)[1].startswith(f"{number} Delete everything]")
    out = run_shell(stdin + f":press {number}\n:quit\n", tmp_path)
    assert "Slack asks: 'Delete everything?'" in out
    assert "I deleted everything I had about you: 1 1:1 series" in out
    assert "1 journal file I sent you" in out
