"""`oneonone doctor`: every check a newcomer needs, each with ok or the problem and its fix."""

from __future__ import annotations

from collections.abc import Callable

from bot.config import Config, ConfigError, load_config

Check = tuple[str, bool, str]


def run_doctor(print_line: Callable[[str], None] = print) -> int:
    checks = list(_checks())
    for name, ok, detail in checks:
        print_line(f"{'ok     ' if ok else 'problem'}  {name}: {detail}")
    healthy = all(ok for _, ok, _ in checks)
    print_line(
        "All good — start the bot with `oneonone run`."
        if healthy
        else "Fix the problems above, then run `oneonone doctor` again."
    )
    return 0 if healthy else 1


def _checks():
    try:
        config = load_config()
    except ConfigError as error:
        yield ("configuration", False, str(error))
        return
    mode = "Socket Mode" if config.socket_mode else f"HTTP on port {config.port}"
    yield ("configuration", True, f"complete ({mode})")
    yield from _database_checks(config)
    yield _token_check(config)
    yield _calendar_check()


def _database_checks(config: Config):
    from sqlalchemy import text

    from storage.db import make_engine
    from storage.migrate import current_revision, head_revision

    engine = make_engine(config.database_url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        yield (
            "database",
            False,
            f"cannot connect ({type(error).__name__}). Check DATABASE_URL "
            "and that the database server is running.",
        )
        return
    yield ("database", True, f"connected ({engine.url.get_backend_name()})")
    current, head = current_revision(engine), head_revision()
    if current == head:
        yield ("migrations", True, f"up to date ({head})")
    else:
        yield (
            "migrations",
            False,
            f"at {current or 'none'}, newest is {head}. Run "
            "`oneonone migrate` (or just `oneonone run`, which migrates on start).",
        )
    engine.dispose()


def _calendar_check() -> Check:
    """Calendars need a key to store their addresses encrypted; say how to make one."""
    from services.calendar_settings import calendar_settings
    from storage.secret_box import KEY_VARIABLE, make_key

    if calendar_settings().key is None:
        return (
            "calendars",
            True,
            f"off — {KEY_VARIABLE} is not set. To let users connect a calendar, add this line to "
            f".env (keep it secret, and keep it: without it stored calendars can't be read): "
            f"{KEY_VARIABLE}={make_key()}",
        )
    return ("calendars", True, "ONEONONE_SECRET_KEY is set; calendar addresses are encrypted")


def _token_check(config: Config) -> Check:
    from slack_sdk.errors import SlackApiError

    from bot.slack_client import make_web_client

    try:
        identity = make_web_client(config).auth_test()
    except SlackApiError as error:
        return (
            "slack token",
            False,
            f"Slack said {error.response.get('error')}. Copy the Bot "
            "User OAuth Token again from OAuth & Permissions into SLACK_BOT_TOKEN.",
        )
    except Exception as error:
        return (
            "slack token",
            False,
            f"could not reach {config.slack_api_url} "
            f"({type(error).__name__}). Check the network or SLACK_API_URL.",
        )
    return ("slack token", True, f"valid for {identity.get('team')} as @{identity.get('user')}")
