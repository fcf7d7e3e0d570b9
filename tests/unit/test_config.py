"""Start-up configuration: defaults, and one clear line for each bad setting."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_config

BASE = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s3cret"}


def test_defaults():
    config = load_config(BASE)
    assert config.database_url == "sqlite:///oneonone.db"
    assert config.slack_api_url == "https://slack.com/api/"
    assert (config.port, config.tick_seconds, config.log_level) == (3000, 30.0, "INFO")
    assert not config.socket_mode


def test_socket_mode_needs_no_signing_secret():
    config = load_config({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"})
    assert config.socket_mode


def test_plain_postgres_urls_get_the_psycopg_driver():
    pytest.importorskip("psycopg", reason="the [postgres] extra is not installed")
    config = load_config(BASE | {"DATABASE_URL": "postgresql://u:p@db:5432/coach"})
    assert config.database_url == "postgresql+psycopg://u:p@db:5432/coach"


def test_api_url_gets_a_trailing_slash():
    assert load_config(BASE | {"SLACK_API_URL": "http://127.0.0.1:9/api"}).slack_api_url == (
        "http://127.0.0.1:9/api/"
    )


def test_support_url_is_optional_and_kept_as_given():
    assert load_config(BASE).support_url is None
    url = "https://intranet.example.com/eap"
    assert load_config(BASE | {"ONEONONE_SUPPORT_URL": url}).support_url == url


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        (BASE | {"SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN"),
        (BASE | {"DATABASE_URL": "not a url"}, "DATABASE_URL"),
        (BASE | {"DATABASE_URL": "mysql://u@h/db"}, "DATABASE_URL"),
        (BASE | {"DATABASE_URL": "postgresql://u@h"}, "DATABASE_URL"),
        (BASE | {"SLACK_API_URL": "slack.com/api"}, "SLACK_API_URL"),
        (BASE | {"PORT": "eighty"}, "PORT"),
        (BASE | {"PORT": "70000"}, "PORT"),
        (BASE | {"ONEONONE_TICK_SECONDS": "0"}, "ONEONONE_TICK_SECONDS"),
        (BASE | {"ONEONONE_TICK_SECONDS": "soon"}, "ONEONONE_TICK_SECONDS"),
        (BASE | {"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        (BASE | {"ONEONONE_SUPPORT_URL": "call 555-0100"}, "ONEONONE_SUPPORT_URL"),
    ],
)
def test_bad_settings_name_the_variable(env, variable):
    with pytest.raises(ConfigError) as raised:
        load_config(env)
    assert raised.value.variable == variable
    message = str(raised.value)
    assert message.startswith(variable + ": ")
    assert "\n" not in message


def test_a_postgres_url_without_the_driver_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr("bot.config.has_postgres_driver", lambda: False)
    with pytest.raises(ConfigError) as caught:
        load_config(BASE | {"DATABASE_URL": "postgresql://u:p@db:5432/coach"})
    assert caught.value.variable == "DATABASE_URL"
    assert "pip install 'oneonone-coach[postgres]'" in str(caught.value)
