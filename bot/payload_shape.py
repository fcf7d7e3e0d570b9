"""Is a signed payload shaped the way Slack shapes it? Checked before Bolt reads it.

Slack sends well-formed payloads, and Bolt indexes into them on that assumption (`actions[0]`,
`event.get(...)`, `team.get("id")`): a correctly signed payload with a list where Slack puts an
object, or an id of 300 characters, made it raise before any listener of ours could answer. This
checks the few fields Bolt and our listeners read — objects are objects, strings are strings, ids
are id-sized — and nothing more; what a payload *means* is still for the listeners to judge.
"""

from __future__ import annotations

from typing import Any

from bot.bolt_body import parse_body  # the parser Bolt runs with (bolt_body.install)

#: Slack ids (users, teams, channels, message ts) are about a dozen characters; our columns
#: hold 32. Anything longer cannot be a real one.
MAX_ID = 32
MAX_EVENT_ID = 64

_OBJECTS = frozenset({"enterprise", "container", "message", "view", "event", "item", "state"})
_OBJECTS |= {"previous_message", "bot_profile", "selected_option", "values"}
#: An object in interactions, an id in events and commands.
_OBJECT_OR_ID = frozenset({"user", "channel", "team"})
_IDS = frozenset({"team_id", "user_id", "channel_id", "enterprise_id", "api_app_id", "id"})
_IDS |= {"ts", "thread_ts", "message_ts", "event_ts", "item_user", "bot_id", "app_id"}
_IDS |= {"user_team", "source_team", "app_installed_team_id", "root_view_id", "previous_view_id"}
_STRINGS = frozenset({"type", "subtype", "callback_id", "action_id", "block_id", "value"})
_STRINGS |= {"trigger_id", "response_url", "command", "channel_type", "tab", "reaction"}
_STRINGS |= {"private_metadata", "hash", "selected_user", "selected_date", "selected_time"}
_BOOLEANS = frozenset({"is_enterprise_install", "is_ext_shared_channel"})
_LISTS_OF_OBJECTS = frozenset({"actions", "authorizations", "selected_options"})
_LISTS = _LISTS_OF_OBJECTS | {"selected_users", "selected_channels", "selected_conversations"}
#: Payload types Bolt routes by a top-level `callback_id` it reads without looking first.
_NEED_CALLBACK_ID = frozenset({"shortcut", "message_action", "interactive_message"})
_NEED_CALLBACK_ID |= {"dialog_submission", "dialog_cancellation", "workflow_step_edit"}
#: Bolt reads these as soon as the key is there, so null will not do.
_NEVER_NULL = frozenset({"view", "event", "actions"})
#: How deep the check goes: the envelope, the event or view, and one level inside them.
_DEPTH = 4


def usable(raw: bytes, content_type: str | None) -> bool:
    """True when Bolt can read `raw` without tripping over a field of the wrong type."""
    try:
        body = parse_body(raw.decode("utf-8"), content_type)
    except (UnicodeDecodeError, ValueError):
        return False
    if not isinstance(body, dict):
        return False
    if not _shaped(body, _DEPTH):
        return False
    kind = body.get("type")
    if kind == "block_actions" and not _all_named(body.get("actions")):
        return False  # Bolt matches on actions[i]["action_id"]
    if kind in _NEED_CALLBACK_ID and not isinstance(body.get("callback_id"), str):
        return False  # …and on body["callback_id"] for these
    if not _answerable(body.get("response_url")):
        return False  # Bolt's respond() would post to it: urllib refuses anything but a URL
    if kind in ("view_submission", "view_closed"):  # Bolt indexes view["type"]
        view = body.get("view")
        if not (isinstance(view, dict) and isinstance(view.get("type"), str)):
            return False
    return True


def _answerable(url: Any) -> bool:
    """No response_url, an empty one (the tests' commands), or a web address: Slack's are always
    https://hooks.slack.com/…, and a forged "ftp:x" made a button's private reply raise."""
    return not url or (isinstance(url, str) and url.startswith(("https://", "http://")))


def _all_named(actions: Any) -> bool:
    return (
        isinstance(actions, list)
        and bool(actions)
        and all(isinstance(a, dict) and isinstance(a.get("action_id"), str) for a in actions)
    )


def _shaped(node: dict[str, Any], depth: int) -> bool:
    for key, value in node.items():
        if value is None and key not in _NEVER_NULL:
            continue  # Slack sends `"enterprise": null` and the like
        if not _field_ok(key, value):
            return False
        if depth > 1 and isinstance(value, dict) and not _shaped(value, depth - 1):
            return False
        if (
            depth > 1
            and key in _LISTS_OF_OBJECTS
            and not all(isinstance(item, dict) and _shaped(item, depth - 1) for item in value)
        ):
            return False
    return True


def _field_ok(key: str, value: Any) -> bool:
    if key in _OBJECT_OR_ID:
        return isinstance(value, dict) or (isinstance(value, str) and len(value) <= MAX_ID)
    if key == "event_id":
        return isinstance(value, str) and len(value) <= MAX_EVENT_ID
    if key in _OBJECTS:
        return isinstance(value, dict)
    if key in _IDS:
        return isinstance(value, str) and len(value) <= MAX_ID
    if key in _STRINGS:
        return isinstance(value, str)
    if key in _BOOLEANS:  # slash commands send them as form text
        return isinstance(value, bool) or value in ("true", "false")
    if key in _LISTS:
        return isinstance(value, list)
    return True
