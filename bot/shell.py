"""`oneonone shell`: try the whole bot in a terminal, with no Slack workspace and no setup.

It drives the very same Bolt app, handlers, storage and nudge dispatcher as `oneonone run`:
each line you type becomes a request built like Slack's (signed, dispatched through
`app.dispatch`), the Web API is the pretend Slack of `bot.fake_slack` (the one the tests use,
here without a socket), and the clock is simulated so `:advance 1d` shows the nudges that
would arrive. Data goes to a temporary SQLite file unless
`--database-url` says otherwise.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from slack_bolt.request import BoltRequest

from bot import slack_requests
from bot.fake_slack import FakeSlack
from bot.shell_display import ShellDisplay
from bot.shell_forms import AnswerError, OpenForm
from bot.slack_requests import SignedRequest

PROMPT = "you> "
FORM_PROMPT = "form> "
SIGNING_SECRET = "offline-shell-" + uuid.uuid4().hex
TEAM_ID = "T0SHELL00"
BOT_USER_ID = "UBOTCOACH"
#: The dispatcher ticks every this much simulated time during `:advance`.
TICK_STEP = timedelta(minutes=5)
MAX_ADVANCE = timedelta(days=60)
_MENTION = re.compile(r"(?<![\w<|@])@([A-Za-z][\w.\-]*[A-Za-z0-9])")
#: `:react 📌 …` works as well as `:react pushpin …`: Slack itself always sends the name.
EMOJI_NAMES = {"📌": "pushpin", "🏆": "trophy", "✅": "white_check_mark", "📍": "round_pushpin"}
_DURATION = re.compile(r"(\d+)\s*(d|h|m)", re.IGNORECASE)

TOUR = """\
1:1 Coach — offline shell. No Slack workspace needed: this is the real bot, talking to a
pretend Slack inside this terminal. You are @{me} ({tz}); the simulated clock says {now}.
Data: {where}.

Try these, in order:
  /oneonone schedule @dana weekly {day} 10:00    a weekly 1:1 with Dana
  /oneonone agenda @dana where can I own the ingestion work?
  /oneonone prep                                 your prep card
  :advance 1d                                    move the clock; the prep nudge arrives
  win: shipped the billing migration             a DM to the bot logs it
  :react 📌 @dana: send me the migration plan    react 📌 to a message: a follow-up
  /oneonone export                               your career journal as Markdown
  /oneonone calendar ./my.ics                    follow the 1:1s in a calendar file
  :home    :press N    :help    :quit
"""

HELP = """\
  /oneonone …            a slash command, as in Slack (`/oneonone help` lists them)
  any other text         a direct message to the bot (`win: …`, `ask: …`, `help`, `prep`)
  @name                  a colleague; the shell invents them as you mention them
  :react <emoji> <text>  someone posts <text> in #general and you react (📌 or pushpin, 🏆)
  :press N               press button [N …] from the output (a confirm dialog says yes)
                         a button that opens a form asks its fields one by one; :cancel
  :home                  open the App Home tab
  :advance 2h            move the simulated clock (m, h, d; e.g. 1d2h); nudges arrive
  :now                   the simulated time
  :help  :quit"""


class SimulatedClock:
    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt's listener executor, with a way to wait until every listener has finished."""

    def __init__(self) -> None:
        super().__init__(max_workers=4, thread_name_prefix="shell-listener")
        self._pending: set[Future] = set()
        self._lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs) -> Future:  # type: ignore[override]
        future = super().submit(fn, *args, **kwargs)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: Future) -> None:
        with self._lock:
            self._pending.discard(future)

    def wait_idle(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not self._pending:
                    return
            time.sleep(0.005)


def local_zone() -> str:
    """The machine's IANA zone (TZ, then /etc/localtime), else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if not name:
            continue
        try:
            ZoneInfo(name)
            return name
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return "UTC"


def parse_advance(text: str) -> timedelta:
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip():
        raise ValueError(text)
    unit = {"d": "days", "h": "hours", "m": "minutes"}
    return sum((timedelta(**{unit[u.lower()]: int(n)}) for n, u in parts), timedelta())


class Shell:
    def __init__(
        self,
        *,
        database_url: str | None = None,
        tz: str | None = None,
        start: datetime | None = None,
        out: IO[str] | None = None,
    ) -> None:
        from bot.app import build_app, nudge_views, standard_hooks
        from bot.dispatcher import Dispatcher
        from storage.db import make_engine, make_session_factory
        from storage.migrate import upgrade

        self.out = out or sys.stdout
        self._buffer: list[str] = []
        self._buffer_lock = threading.Lock()
        if database_url is None:
            self._tmp = tempfile.mkdtemp(prefix="oneonone-shell-")
            path = Path(self._tmp) / "oneonone.db"
            database_url = f"sqlite:///{path}"
            self.where = f"a temporary SQLite file, {path}"
        else:
            self.where = database_url.split("@")[-1]
        self.engine = make_engine(database_url)
        upgrade(self.engine)
        session_factory = make_session_factory(self.engine)
        self.tz = tz or local_zone()
        self.clock = SimulatedClock(start or datetime.now(UTC).replace(second=0, microsecond=0))
        self.slack = FakeSlack(
            team_id=TEAM_ID,
            bot_user_id=BOT_USER_ID,
            bot_id="BCOACH001",
            web_url="https://offline.slack.invalid/",
        )
        self.slack.now_fn = lambda: self.clock().timestamp()
        self.display = ShellDisplay(self.slack, self._show, self.clock, self.tz)
        self.slack.watchers.append(self.display)
        self.me = "UYOU00001"
        self.slack.add_user(self.me, tz=self.tz, name="you")
        self.colleague = self.slack.person("sam", tz=self.tz)
        self._recall_people(session_factory)
        client = self.slack.client()
        self.executor = TrackingExecutor()
        self._restore_calendar = _calendar_from_files()
        self.app = build_app(
            client=client,
            signing_secret=SIGNING_SECRET,
            session_factory=session_factory,
            clock=self.clock,
            token_verification=False,
            listener_executor=self.executor,
            shared_client=True,
        )
        self.dispatcher = Dispatcher(
            session_factory,
            client,
            self.clock,
            nudge_views(),
            instance="shell",
            hooks=standard_hooks(session_factory, client, self.app),
        )
        self.form: OpenForm | None = None

    def _recall_people(self, session_factory) -> None:
        """Colleagues met in an earlier session on the same database are in the workspace again,
        with the same ids and names, so nothing shows as a raw `@U…` after a restart."""
        from storage.relationships import slack_counterparts

        with session_factory() as session:
            people = slack_counterparts(session, team_id=TEAM_ID, user_id=self.me)
        for user_id, name in people:
            if user_id not in self.slack.users and name:
                self.slack.add_user(user_id, tz=self.tz, name=name.lower())

    # ---- output ------------------------------------------------------------------------------
    def _show(self, text: str) -> None:
        with self._buffer_lock:
            self._buffer.append(text)

    def _flush(self) -> None:
        with self._buffer_lock:
            chunks, self._buffer = self._buffer, []
        for chunk in chunks:
            self.print(chunk)

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def tour(self) -> str:
        local = self.clock().astimezone(ZoneInfo(self.tz))
        day = (local + timedelta(days=1)).strftime("%a").lower()
        return TOUR.format(
            me="you", tz=self.tz, now=f"{local:%a %d %b %H:%M}", where=self.where, day=day
        )

    # ---- the loop ----------------------------------------------------------------------------
    def run(self, lines: IO[str]) -> int:
        self.print(self.tour())
        while True:
            self.out.write(FORM_PROMPT if self.form else PROMPT)
            self.out.flush()
            line = lines.readline()
            if not line:
                self.print()
                return 0
            if not self.handle(line.strip()):
                return 0

    def handle(self, line: str) -> bool:
        """One line of input; False to quit."""
        if self.form is not None:
            self._fill_form(line)
            return True
        if not line:
            return True
        if line.startswith(":"):
            word, _, rest = line[1:].partition(" ")
            command = getattr(self, f"_cmd_{word.lower()}", None)
            if command is None:
                self.print(f"  Unknown shell command :{word}. :help lists them.")
                return True
            return command(rest.strip()) is not False
        if line.startswith("/"):
            self.slash(line)
        else:
            self.direct_message(line)
        return True

    # ---- what a user does in Slack -----------------------------------------------------------
    def slash(self, line: str) -> None:
        name, _, text = line.partition(" ")
        if name != "/oneonone":
            self.print("  Only /oneonone is installed here. Try `/oneonone help`.")
            return
        request = slack_requests.slash_command(
            self._escape_mentions(text.strip()),
            secret=SIGNING_SECRET,
            user=self.me,
            team=TEAM_ID,
            channel="D" + self.me[1:],
        )
        self._dispatch(request, reply=True)

    def direct_message(self, text: str) -> None:
        channel = "D" + self.me[1:]
        escaped = self._escape_mentions(text)
        ts = self.slack.add_message(channel, None, escaped, user=self.me)
        event = {
            "type": "message",
            "channel": channel,
            "channel_type": "im",
            "user": self.me,
            "text": escaped,
            "ts": ts,
            "event_ts": ts,
        }
        self._event(event)

    def _cmd_react(self, rest: str) -> None:
        emoji, _, text = rest.partition(" ")
        emoji = EMOJI_NAMES.get(emoji.strip().removesuffix("\ufe0f"), emoji.strip(":"))
        if not emoji or not text:
            self.print("  Usage: :react pushpin send Dana the migration plan   (or :react 📌 …)")
            return
        escaped = self._escape_mentions(text)
        ts = self.slack.add_message("C0GENERAL", None, escaped, user=self.colleague)
        self.print(f"  (@sam posted in #general: {text!r}; you react :{emoji}:)")
        event = {
            "type": "reaction_added",
            "user": self.me,
            "reaction": emoji,
            "item_user": self.colleague,
            "item": {"type": "message", "channel": "C0GENERAL", "ts": ts},
            "event_ts": self.slack.next_ts(),
        }
        self._event(event)

    def _cmd_home(self, _rest: str) -> None:
        self.display.show_home = True
        event = {
            "type": "app_home_opened",
            "user": self.me,
            "channel": "D" + self.me[1:],
            "tab": "home",
            "event_ts": self.slack.next_ts(),
        }
        self._event(event)

    def _cmd_press(self, rest: str) -> None:
        number = rest.strip().lstrip("[").rstrip("]")
        button = self.display.renderer.buttons.get(int(number)) if number.isdigit() else None
        if button is None:
            self.print("  Which button? Type :press and the number shown, e.g. :press 1")
            return
        if button.confirm:
            self.print(f"  (Slack asks: {button.confirm!r} — you confirm)")
        request = slack_requests.block_action(
            button.action_id,
            button.value or "",
            secret=SIGNING_SECRET,
            user=self.me,
            team=TEAM_ID,
            in_view=button.container == "view",
            channel="D" + self.me[1:],
        )
        self._dispatch(request, reply=False)

    # ---- time --------------------------------------------------------------------------------
    def _cmd_advance(self, rest: str) -> None:
        try:
            delta = parse_advance(rest)
        except ValueError:
            self.print("  Usage: :advance 2h   (m, h, d; e.g. 30m, 1d2h)")
            return
        if delta > MAX_ADVANCE:
            self.print("  That's a long way — at most 60 days at a time.")
            return
        end = self.clock.current + delta
        sent = 0
        while self.clock.current < end:
            self.clock.current = min(end, self.clock.current + TICK_STEP)
            sent += self.tick()
        local = self.clock().astimezone(ZoneInfo(self.tz))
        note = f"{sent} nudge(s) arrived" if sent else "no nudges were due"
        self.print(f"  (clock moved to {local:%a %d %b %H:%M} {self.tz}; {note})")

    def tick(self) -> int:
        """One tick of the real nudge dispatcher at the simulated time."""
        sent = self.dispatcher.tick()
        self._flush()
        return sent

    def _cmd_now(self, _rest: str) -> None:
        local = self.clock().astimezone(ZoneInfo(self.tz))
        self.print(f"  It's {local:%a %d %b %Y %H:%M} in {self.tz} (simulated).")

    def _cmd_help(self, _rest: str) -> None:
        self.print(HELP)

    def _cmd_quit(self, _rest: str) -> bool:
        return False

    _cmd_exit = _cmd_quit

    # ---- plumbing ----------------------------------------------------------------------------
    def _escape_mentions(self, text: str) -> str:
        """`@dana` as Slack sends it with should_escape: `<@UDANA000|dana>`."""

        def escape(match: re.Match) -> str:
            name = match.group(1)
            return f"<@{self.slack.person(name, tz=self.tz)}|{name.lower()}>"

        return _MENTION.sub(escape, text)

    def _event(self, event: dict[str, Any]) -> None:
        request = slack_requests.event(
            event, secret=SIGNING_SECRET, team=TEAM_ID, bot_user=BOT_USER_ID
        )
        self._dispatch(request, reply=False)

    def _dispatch(self, request: SignedRequest, *, reply: bool) -> Any:
        body = request.body.decode()
        response = self.app.dispatch(BoltRequest(body=body, headers=request.bolt_headers()))
        answered = False
        if reply and response.body:
            self._render_reply(response.body)
            answered = True
        elif '"response_action"' in (response.body or ""):
            answered = True  # a form's field errors: shown by the form
        elif response.status >= 400:
            self.print(f"  (the bot answered HTTP {response.status})")
            answered = True
        self.executor.wait_idle()
        with self._buffer_lock:
            answered = answered or bool(self._buffer)
        self._flush()
        if not answered:
            self.print("  (the bot took note and sent nothing back)")
        self._open_form()
        return response

    # ---- forms (modals) ------------------------------------------------------------------------
    def _open_form(self) -> None:
        view, self.display.opened_form = self.display.opened_form, None
        if view is None:
            return
        self.form = OpenForm.of(view)
        self._ask()

    def _ask(self) -> None:
        field = self.form.current if self.form else None
        if field is not None:
            self.print("  " + field.question(self.slack.name_of))

    def _fill_form(self, line: str) -> None:
        """One typed answer to the open form; the last one submits it."""
        form = self.form
        if line.strip() == ":cancel":
            self.form = None
            self.print(f"  (form closed: {form.title} — nothing was sent)")
            return
        try:
            form.answer(line, lambda name: self.slack.person(name, tz=self.tz))
        except AnswerError as error:
            self.print(f"  ! {error}")
            self._ask()
            return
        if form.current is not None:
            self._ask()
            return
        self.form = None
        payload = form.submission(self.me, TEAM_ID)
        response = self._dispatch(
            slack_requests.interaction(payload, secret=SIGNING_SECRET), reply=False
        )
        errors = _form_errors(response)
        if errors:
            labels = {f.block_id: f.label for f in form.fields}
            for block_id, problem in errors.items():
                self.print(f"  ! {labels.get(block_id, block_id)}: {problem}")
            form.ask_again(list(errors))
            self.form = form
            self._ask()

    def _render_reply(self, body: str) -> None:
        try:
            payload = json.loads(body)
        except ValueError:
            payload = {"text": body}
        self.print(self.display.reply(payload))

    def close(self) -> None:
        self.executor.shutdown(wait=True)
        self.engine.dispose()
        self._restore_calendar()


def _calendar_from_files() -> Callable[[], None]:
    """In the shell a calendar may be a local `.ics` file (`/oneonone calendar ./team.ics`),
    and a throwaway key encrypts it unless ONEONONE_SECRET_KEY is set. Returns what undoes
    both, so a shell run inside another process (the tests) leaves it as it was."""
    from services.calendar_fetch import allow_local_files
    from storage.secret_box import KEY_VARIABLE, make_key

    had_key = KEY_VARIABLE in os.environ
    allow_local_files()
    os.environ.setdefault(KEY_VARIABLE, make_key())

    def restore() -> None:
        allow_local_files(False)
        if not had_key:
            os.environ.pop(KEY_VARIABLE, None)

    return restore


def _form_errors(response: Any) -> dict[str, str]:
    """The field errors a form submission was answered with (`response_action: errors`)."""
    try:
        answer = json.loads(response.body) if response is not None and response.body else {}
    except ValueError:
        return {}
    if not isinstance(answer, dict) or answer.get("response_action") != "errors":
        return {}
    return {str(k): str(v) for k, v in (answer.get("errors") or {}).items()}


def run_shell(
    *, database_url: str | None = None, tz: str | None = None, start: str | None = None
) -> int:
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    begin = datetime.fromisoformat(start) if start else None
    if begin is not None and begin.tzinfo is None:
        begin = begin.replace(tzinfo=ZoneInfo(tz or local_zone())).astimezone(UTC)
    shell = Shell(database_url=database_url, tz=tz, start=begin)
    try:
        return shell.run(sys.stdin)
    except KeyboardInterrupt:
        shell.print()
        return 0
    finally:
        shell.close()


__all__: list[str] = ["Shell", "run_shell"]
