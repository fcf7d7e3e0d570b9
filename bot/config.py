"""Settings from the environment (and `.env`), checked once at start-up.

A bad setting stops the bot before it talks to Slack, with one line that names the variable and
says what to put there: that is the whole troubleshooting guide a newcomer should need.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_DATABASE_URL = "sqlite:///oneonone.db"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"


class ConfigError(Exception):
    """One setting is missing or malformed; the message is the line the user sees."""

    def __init__(self, variable: str, fix: str) -> None:
        super().__init__(f"{variable}: {fix}")
        self.variable = variable


@dataclass(frozen=True)
class Config:
    bot_token: str
    signing_secret: str
    app_token: str | None = None
    database_url: str = DEFAULT_DATABASE_URL
    slack_api_url: str = DEFAULT_SLACK_API_URL
    port: int = 3000
    host: str = "0.0.0.0"
    tick_seconds: float = 30.0
    log_level: str = "INFO"
    support_url: str | None = None

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)


def load_config(env: Mapping[str, str] | None = None) -> Config:
    """Read and validate every setting; raise ConfigError on the first bad one."""
    env = os.environ if env is None else env
    app_token = _optional(env, "SLACK_APP_TOKEN")
    config = Config(
        bot_token=_bot_token(env),
        app_token=_app_token(app_token),
        signing_secret=_signing_secret(env, socket_mode=bool(app_token)),
        database_url=_database_url(env),
        slack_api_url=_slack_api_url(env),
        port=_port(env),
        host=_optional(env, "HOST") or "0.0.0.0",
        tick_seconds=_tick_seconds(env),
        log_level=_log_level(env),
        support_url=_support_url(env),
    )
    _check_calendar_settings(env)
    return config


def _check_calendar_settings(env: Mapping[str, str]) -> None:
    """ONEONONE_SECRET_KEY and the calendar settings (all optional) must be well formed."""
    from services.calendar_settings import CalendarSettingError, calendar_settings

    try:
        calendar_settings(env)
    except CalendarSettingError as error:
        raise ConfigError(error.variable, error.fix) from None


def _optional(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    return value or None


def _bot_token(env: Mapping[str, str]) -> str:
    token = _optional(env, "SLACK_BOT_TOKEN")
    if token is None:
        raise ConfigError(
            "SLACK_BOT_TOKEN",
            "missing. Set it to the Bot User OAuth Token (xoxb-…) from your Slack app's "
            "OAuth & Permissions page, in the environment or in .env.",
        )
    if not token.startswith("xoxb-"):
        raise ConfigError(
            "SLACK_BOT_TOKEN",
            "should start with xoxb-. Copy the Bot User OAuth Token from OAuth & Permissions.",
        )
    return token


def _app_token(token: str | None) -> str | None:
    if token is not None and not token.startswith("xapp-"):
        raise ConfigError(
            "SLACK_APP_TOKEN",
            "should start with xapp-. Create an app-level token with connections:write under "
            "Basic Information, or unset it to run over HTTP.",
        )
    return token


def _signing_secret(env: Mapping[str, str], *, socket_mode: bool) -> str:
    secret = _optional(env, "SLACK_SIGNING_SECRET")
    if secret is None and not socket_mode:
        raise ConfigError(
            "SLACK_SIGNING_SECRET",
            "missing. HTTP mode verifies every request with it: copy the Signing Secret from "
            "your Slack app's Basic Information page (or set SLACK_APP_TOKEN for Socket Mode).",
        )
    return secret or ""


def _database_url(env: Mapping[str, str]) -> str:
    raw = _optional(env, "DATABASE_URL") or DEFAULT_DATABASE_URL
    fix = (
        "is not a database URL this bot can use. Use sqlite:///oneonone.db or "
        "postgresql+psycopg://user:password@host:5432/dbname."
    )
    try:
        url = make_url(raw)
    except ArgumentError:
        raise ConfigError("DATABASE_URL", fix) from None
    if url.get_backend_name() == "postgresql":
        if url.drivername == "postgresql":  # no driver named: use the one we ship
            url = url.set(drivername="postgresql+psycopg")
        if not url.database:
            raise ConfigError("DATABASE_URL", fix)
        if not has_postgres_driver():
            raise ConfigError(
                "DATABASE_URL",
                "is a PostgreSQL URL, but the PostgreSQL driver is not installed. Install it "
                "with: pip install 'oneonone-coach[postgres]' (or -e '.[postgres]' in a clone).",
            )
    elif url.get_backend_name() != "sqlite":
        raise ConfigError("DATABASE_URL", fix)
    return url.render_as_string(hide_password=False)


def has_postgres_driver() -> bool:
    """psycopg is an extra (`[postgres]`): SQLite users do not install it."""
    return importlib.util.find_spec("psycopg") is not None


def _slack_api_url(env: Mapping[str, str]) -> str:
    raw = _optional(env, "SLACK_API_URL") or DEFAULT_SLACK_API_URL
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(
            "SLACK_API_URL", "should be a URL like https://slack.com/api/ (or unset it)."
        )
    return raw if raw.endswith("/") else raw + "/"


def _port(env: Mapping[str, str]) -> int:
    raw = _optional(env, "PORT") or "3000"
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise ConfigError("PORT", "should be a port number between 1 and 65535, e.g. 3000.")
    return int(raw)


def _tick_seconds(env: Mapping[str, str]) -> float:
    raw = _optional(env, "ONEONONE_TICK_SECONDS") or "30"
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.1 <= value <= 3600:
        raise ConfigError(
            "ONEONONE_TICK_SECONDS",
            "should be a number of seconds between 0.1 and 3600, e.g. 30.",
        )
    return value


def _log_level(env: Mapping[str, str]) -> str:
    raw = (_optional(env, "LOG_LEVEL") or "INFO").upper()
    if not isinstance(logging.getLevelNamesMapping().get(raw), int):
        raise ConfigError("LOG_LEVEL", "should be one of DEBUG, INFO, WARNING, ERROR.")
    return raw


def _support_url(env: Mapping[str, str]) -> str | None:
    """Where the care note points someone in distress (design §4); unset means no link."""
    raw = _optional(env, "ONEONONE_SUPPORT_URL")
    if raw is None:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(
            "ONEONONE_SUPPORT_URL",
            "should be a web address like https://intranet.example.com/support (or unset it).",
        )
    return raw
