"""The shape check in front of Bolt lets through what Slack really sends (payloads as Slack's
documentation shows them) and stops what Bolt would trip over."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from bot.payload_shape import usable

FORM = "application/x-www-form-urlencoded"

SLASH_COMMAND = {
    "token": "gIkuvaNzQIHg97ATvDxqgjtO",
    "team_id": "T0001",
    "team_domain": "example",
    "enterprise_id": "E0001",
    "enterprise_name": "Globular Construct Inc",
    "channel_id": "C2147483705",
    "channel_name": "test",
    "user_id": "U2147483697",
    "user_name": "Steve",
    "command": "/oneonone",
    "text": "log win: <https://x.example|shipped> & more",
    "response_url": "https://hooks.slack.com/commands/1234/5678",
    "trigger_id": "13345224609.738474920.8088930838d88f008e0",
    "api_app_id": "A123456",
    "is_enterprise_install": "false",
}
MESSAGE_EVENT = {
    "token": "z26uFbvR1xHJEdHE1OQiO6t8",
    "team_id": "T061EG9RZ",
    "api_app_id": "A0FFV41KK",
    "event": {
        "type": "message",
        "channel": "D024BE91L",
        "channel_type": "im",
        "user": "U2147483697",
        "text": "win: shipped it",
        "ts": "1355517523.000005",
        "team": "T061EG9RZ",
        "blocks": [{"type": "rich_text", "block_id": "b", "elements": []}],
        "client_msg_id": "5b1c2f3a",
        "event_ts": "1355517523.000005",
        "edited": {"user": "U2147483697", "ts": "1355517536.000001"},
    },
    "type": "event_callback",
    "authorizations": [
        {
            "enterprise_id": None,
            "team_id": "T061EG9RZ",
            "user_id": "U0KRQLJ9H",
            "is_bot": True,
            "is_enterprise_install": False,
        }
    ],
    "event_id": "Ev0PV52K21",
    "event_time": 1355517523,
    "event_context": "4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMDYxRUc5UloiLCJhaWQiOiJBMEZGVjQxS0sifQ",
    "is_ext_shared_channel": False,
}
HOME_OPENED = {
    "type": "event_callback",
    "team_id": "T061EG9RZ",
    "event_id": "Ev0PV52K22",
    "event": {
        "type": "app_home_opened",
        "user": "U061F7AUR",
        "channel": "D0LAN2Q65",
        "event_ts": "1515449522000016",
        "tab": "home",
        "view": {
            "id": "VPASKP233",
            "team_id": "T21312902",
            "type": "home",
            "blocks": [],
            "private_metadata": "",
            "callback_id": "",
            "state": {"values": {}},
            "hash": "1231232323.12321312",
            "clear_on_close": False,
            "notify_on_close": False,
            "root_view_id": "VPASKP233",
            "app_id": "A21SDS90",
            "external_id": "",
            "app_installed_team_id": "T21312902",
            "bot_id": "BSDKSAO2",
            "title": {"type": "plain_text", "text": "Home", "emoji": True},
            "close": None,
            "submit": None,
            "previous_view_id": None,
        },
    },
}
BLOCK_ACTIONS = {
    "type": "block_actions",
    "user": {"id": "U0CA5", "username": "Amy", "name": "Amy", "team_id": "T3MDE"},
    "api_app_id": "A0CA5",
    "token": "Shh_its_a_seekrit",
    "container": {
        "type": "message",
        "message_ts": "1548261231.000200",
        "channel_id": "D0CA5",
        "is_ephemeral": True,
    },
    "trigger_id": "12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
    "team": {"id": "T0CAG", "domain": "acme-creamery"},
    "enterprise": None,
    "is_enterprise_install": False,
    "channel": {"id": "D0CA5", "name": "directmessage"},
    "message": {
        "type": "message",
        "user": "U0CA5",
        "ts": "1548261231.000200",
        "text": "Logged a win",
        "team": "T0CAG",
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}],
    },
    "state": {"values": {}},
    "response_url": "https://hooks.slack.com/actions/AABA1ABCD/1232321423432/D09sSasdasdAS9",
    "actions": [
        {
            "action_id": "entry_undo",
            "block_id": "=qXel",
            "text": {"type": "plain_text", "text": "Undo", "emoji": True},
            "value": "42",
            "type": "button",
            "action_ts": "1548426417.840180",
        }
    ],
}
VIEW_SUBMISSION = {
    "type": "view_submission",
    "team": {"id": "T0CAG", "domain": "acme-creamery", "enterprise_id": None},
    "user": {"id": "U0CA5", "username": "Amy", "name": "Amy", "team_id": "T3MDE"},
    "api_app_id": "A0CA5",
    "trigger_id": "12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
    "view": {
        "id": "VNHU13V36",
        "type": "modal",
        "title": {"type": "plain_text", "text": "Log for my 1:1"},
        "private_metadata": '{"relationship_id": 3}',
        "callback_id": "entry_modal",
        "state": {
            "values": {
                "text": {"value": {"type": "plain_text_input", "value": "send the deck"}},
                "person": {"value": {"type": "users_select", "selected_user": "U0DANA"}},
            }
        },
        "hash": "156663117.cd33ad1f",
        "root_view_id": "VNHU13V36",
        "previous_view_id": None,
        "app_installed_team_id": "T0CAG",
        "bot_id": "BA13894H",
    },
    "response_urls": [],
    "is_enterprise_install": False,
    "enterprise": None,
}

CHALLENGE = {"type": "url_verification", "challenge": "3eZbrw1a", "token": "x"}


def _form(payload: dict) -> bytes:
    return urlencode({"payload": json.dumps(payload)}).encode()


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [
        (urlencode(SLASH_COMMAND).encode(), FORM),
        (json.dumps(MESSAGE_EVENT).encode(), "application/json"),
        (json.dumps(HOME_OPENED).encode(), "application/json"),
        (_form(BLOCK_ACTIONS), FORM),
        (_form(VIEW_SUBMISSION), FORM),
        (
            json.dumps(
                {"type": "url_verification", "challenge": "3eZbrw1a", "token": "x"}
            ).encode(),
            "application/json",
        ),
    ],
    ids=[
        "command",
        "message",
        "app_home_opened",
        "block_actions",
        "view_submission",
        "url_verification",
    ],
)
def test_what_slack_sends_gets_through(raw, content_type):
    assert usable(raw, content_type)


@pytest.mark.parametrize(
    "payload",
    [
        dict(BLOCK_ACTIONS, actions=[]),
        dict(BLOCK_ACTIONS, user=["U0CA5"]),
        dict(BLOCK_ACTIONS, team="T" * 300),
        dict(VIEW_SUBMISSION, view=None),
        dict(VIEW_SUBMISSION, view={"callback_id": "entry_modal"}),
        dict(BLOCK_ACTIONS, actions=[{"action_id": ["entry_undo"]}]),
        dict(BLOCK_ACTIONS, container={"message_ts": 1548261231.0002}),
        {"type": "block_actions", "actions": [{}]},
        {"type": "message_action", "trigger_id": "1.2.3"},
        {"type": []},
        dict(BLOCK_ACTIONS, response_url="ftp://x"),
        dict(BLOCK_ACTIONS, response_url="not a url"),
    ],
    ids=[
        "no actions",
        "user list",
        "huge team",
        "null view",
        "view without type",
        "action id list",
        "numeric ts",
        "action without id",
        "shortcut without callback id",
        "type list",
        "response_url not a web address",
        "response_url not a url",
    ],
)
def test_what_bolt_would_trip_over_is_stopped(payload):
    assert not usable(_form(payload), FORM)


def test_an_event_whose_event_is_not_an_object_is_stopped():
    assert not usable(json.dumps(dict(MESSAGE_EVENT, event="message")).encode(), "application/json")
    assert not usable(b"{not json", "application/json")
