"""manifest.yml validates against Slack's published schema and matches what the code listens to."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parents[2]
# Slack's schema as shared beside the checkout; a copy (MIT, slackapi/manifest-schema) ships in
# tests/data so the test also runs in a lone clone.
SHARED_SCHEMAS = ROOT.parent / "shared" / "slack-manifest-schema"
SCHEMAS = SHARED_SCHEMAS if SHARED_SCHEMAS.is_dir() else ROOT / "tests/data/slack-manifest-schema"
REMOTE = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/"


@pytest.fixture(scope="module")
def manifest() -> dict:
    return yaml.safe_load((ROOT / "manifest.yml").read_text())


def _validator() -> jsonschema.protocols.Validator:
    """The top-level schema points at versioned files by URL; serve them from disk."""
    top = json.loads((SCHEMAS / "manifest.schema.json").read_text())
    resources = []
    for name in ("manifest.schema.1.0.0.json", "manifest.schema.2.0.0.json"):
        contents = json.loads((SCHEMAS / name).read_text())
        resources.append((REMOTE + name, Resource.from_contents(contents)))
    registry = Registry().with_resources(resources)
    cls = jsonschema.validators.validator_for(top)
    return cls(top, registry=registry)


def test_manifest_validates_against_slack_schema(manifest):
    errors = sorted(_validator().iter_errors(manifest), key=lambda e: e.path)
    assert errors == [], [e.message for e in errors]


def test_schema_catches_a_broken_manifest(manifest):
    broken = dict(manifest, features={"slash_commands": [{"command": 42}]})
    assert list(_validator().iter_errors(broken))


def test_slash_command_escapes_mentions(manifest):
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == "/oneonone"
    assert command["should_escape"] is True


def test_socket_mode_home_and_messages_tab(manifest):
    assert manifest["settings"]["socket_mode_enabled"] is True
    home = manifest["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"]
    assert home["messages_tab_read_only_enabled"] is False


def test_every_subscribed_event_has_a_listener(manifest, bolt_app):
    """Bolt answers 404 to an event nobody listens to, and Slack then retries it."""
    names = {e.split(".")[0] for e in manifest["settings"]["event_subscriptions"]["bot_events"]}
    assert {"app_home_opened", "message", "reaction_added", "reaction_removed"} <= names
    for name in names:
        assert _handles(bolt_app, name), name
    assert not _handles(bolt_app, "team_join")  # the check can fail


def _handles(app, event_type: str) -> bool:
    from slack_bolt.request import BoltRequest

    event = {"type": event_type, "channel_type": "im", "user": "U1", "channel": "D1", "ts": "1.1"}
    body = {"type": "event_callback", "team_id": "T1", "event": event, "event_id": "Ev1"}
    request = BoltRequest(body=body, mode="socket_mode")
    return any(listener.matches(req=request, resp=None) for listener in app._listeners)


def test_the_readme_http_variant_validates_too(manifest):
    """README's HTTP mode: request URLs instead of Socket Mode."""
    import copy

    url = "https://coach.example.com/slack/events"
    http = copy.deepcopy(manifest)
    http["features"]["slash_commands"][0]["url"] = url
    http["settings"]["event_subscriptions"]["request_url"] = url
    http["settings"]["interactivity"]["request_url"] = url
    http["settings"]["socket_mode_enabled"] = False
    errors = list(_validator().iter_errors(http))
    assert errors == [], [e.message for e in errors]
    readme = (ROOT / "README.md").read_text()
    assert "request_url: https://coach.example.com/slack/events" in readme
