"""`oneonone` — run the bot, migrate the database, check the setup."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from dotenv import load_dotenv

from bot.config import Config, ConfigError, load_config

EXIT_CONFIG = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="oneonone", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot (Socket Mode with SLACK_APP_TOKEN, else HTTP)")
    commands.add_parser("migrate", help="apply database migrations")
    commands.add_parser("doctor", help="check configuration, database and Slack token")
    shell = commands.add_parser(
        "shell", help="try the bot in this terminal: no Slack workspace, no configuration"
    )
    shell.add_argument("--database-url", help="default: a temporary SQLite file")
    shell.add_argument("--tz", help="your time zone (default: this machine's, else UTC)")
    shell.add_argument("--start", help="simulated start time, e.g. 2026-11-25T09:00 (local)")
    args = parser.parse_args(argv)

    if args.command == "shell":  # needs no .env and no configuration at all
        from bot.shell import run_shell

        return run_shell(database_url=args.database_url, tz=args.tz, start=args.start)

    # The `.env` next to where the bot is started (not python-dotenv's default, which searches
    # from this package's folder and would miss it in an installed copy).
    load_dotenv(Path.cwd() / ".env", override=False)
    if args.command == "doctor":
        from bot.doctor import run_doctor

        return run_doctor()
    try:
        config = load_config()
    except ConfigError as error:
        print(f"oneonone: {error}", file=sys.stderr)
        return EXIT_CONFIG
    _setup_logging(config.log_level)
    if args.command == "migrate":
        return _migrate(config)
    return _run(config)


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if level != "DEBUG":  # one line per tick is noise; its warnings and errors still show
        logging.getLogger("apscheduler").setLevel(logging.WARNING)


def _migrate(config: Config) -> int:
    from storage.db import make_engine
    from storage.migrate import upgrade

    try:
        upgrade(make_engine(config.database_url))
    except Exception as error:  # one line, not a traceback, for a newcomer
        print(
            f"oneonone: DATABASE_URL: could not migrate ({type(error).__name__}: "
            f"{_first_line(error)}). Check that the database is reachable.",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    print("oneonone: database is up to date")
    return 0


def _run(config: Config) -> int:
    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError, SlackClientError

    from bot.app import build_app, nudge_views, standard_hooks
    from bot.clock import utc_now
    from bot.dispatcher import Dispatcher, start_scheduler
    from bot.slack_client import make_web_client, team_of
    from coaching.catalogue import CatalogueError, catalogue
    from coaching.notes_language import line_language
    from coaching.phrasebook import PhrasebookError, phrasebooks
    from storage.db import (
        BACKGROUND_DEADLINE_S,
        REQUEST_DEADLINE_S,
        make_engine,
        make_session_factory,
    )
    from storage.health import DatabaseMonitor

    try:
        catalogue()  # a bad ask catalogue stops start-up here, not at the first prep card
        phrasebooks()  # and a phrasebook that lost a line or a placeholder
        line_language("")  # the language model loads now, not on the first card
    except (CatalogueError, PhrasebookError) as error:
        print(f"oneonone: {error}", file=sys.stderr)
        return EXIT_CONFIG
    if (code := _migrate(config)) != 0:
        return code
    engine = make_engine(config.database_url)
    # A server can freeze; a local SQLite file cannot (its busy timeout bounds lock waits).
    bounded = engine.dialect.name == "postgresql"
    session_factory = make_session_factory(engine, deadline=REQUEST_DEADLINE_S if bounded else None)
    background_factory = make_session_factory(
        engine, deadline=BACKGROUND_DEADLINE_S if bounded else None
    )
    monitor = DatabaseMonitor(engine).start()
    try:
        app = build_app(
            client=make_web_client(config),
            signing_secret=config.signing_secret,
            session_factory=session_factory,
            database_health=monitor.healthy,
            support_url=config.support_url,
        )
    except BoltError as error:
        print(
            f"oneonone: SLACK_BOT_TOKEN: Slack did not accept it ({_first_line(error)}). "
            "Copy the Bot User OAuth Token again from OAuth & Permissions.",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    dispatch_client = make_web_client(config, wait_on_rate_limit=False, resend_posts=False)
    try:  # one installation serves one workspace: background work is scoped to this team
        team_id = team_of(dispatch_client)
    except (SlackApiError, SlackClientError, OSError) as error:
        print(
            f"oneonone: SLACK_BOT_TOKEN: Slack did not say which workspace it belongs to "
            f"({_first_line(error)}). Check the token and that Slack is reachable.",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    dispatcher = Dispatcher(
        session_factory=background_factory,
        client=dispatch_client,
        clock=utc_now,
        views=nudge_views(),
        hooks=standard_hooks(background_factory, dispatch_client, app, team_id),
        team_id=team_id,
    )
    scheduler = start_scheduler(dispatcher, tick_seconds=config.tick_seconds)
    signal.signal(signal.SIGTERM, _exit_cleanly)
    try:
        _serve(app, config, health=monitor.healthy)
    except KeyboardInterrupt:
        pass
    finally:
        scheduler.shutdown(wait=False)
        monitor.stop()
    return 0


def _serve(app, config: Config, health) -> None:
    log = logging.getLogger(__name__)
    if config.socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("1:1 Coach is connecting in Socket Mode")
        SocketModeHandler(app, config.app_token).start()
        return
    from bot.server import make_server

    server = make_server(
        app, host=config.host, port=config.port, health=health, signing_secret=config.signing_secret
    )
    log.info("1:1 Coach is listening on http://%s:%s/slack/events", config.host, config.port)
    try:
        server.run()
    finally:
        server.close()


def _exit_cleanly(*_: object) -> None:
    raise SystemExit(0)


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]


if __name__ == "__main__":
    sys.exit(main())
