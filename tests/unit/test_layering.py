"""The structure reads `bot → handlers → services → coaching, storage` (design §5).

Walks every module's imports with `ast` (also imports inside functions) and fails on an arrow
pointing the wrong way. Issue 9, must-show 10.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OURS = {"bot", "handlers", "services", "coaching", "storage"}
SLACK = {"slack_sdk", "slack_bolt"}

#: The composition root: it registers the listeners and hands the dispatcher its views.
APP_FACTORY = "bot/app.py"
#: handlers/ modules that may open a transaction: none of them is a listener. The backfill is a
#: dispatcher hook that reads Slack between its own short transactions.
TRANSACTIONS_ALLOWED = {"handlers/capture/backfill.py", "handlers/calendar/sync.py"}


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@cache  # each module is checked by several tests: parse it once
def _imports(path: Path) -> frozenset[str]:
    """Every module name `path` imports, dotted, at any depth of the file."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return frozenset(names)


def _tops(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _imports(path)}


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_the_walk_sees_the_modules_it_checks():
    """Guards against a check that passes because it looked at nothing."""
    for package in OURS:
        assert len(_modules(package)) >= 3, package
    assert "handlers" in _tops(ROOT / APP_FACTORY)
    assert "services" in _tops(ROOT / "bot/dispatcher.py")


@pytest.mark.parametrize("path", _modules("bot"), ids=_rel)
def test_bot_imports_handlers_only_in_the_app_factory(path):
    if _rel(path) == APP_FACTORY:
        return
    assert "handlers" not in _tops(path), f"{_rel(path)} imports handlers/"


@pytest.mark.parametrize(
    "path", [*_modules("services"), *_modules("coaching"), *_modules("storage")], ids=_rel
)
def test_lower_layers_never_import_handlers_or_bot(path):
    wrong = _tops(path) & {"handlers", "bot"}
    assert not wrong, f"{_rel(path)} imports {sorted(wrong)}"


@pytest.mark.parametrize("path", _modules("services"), ids=_rel)
def test_services_never_talk_to_slack(path):
    """Slack lives in handlers/ and bot/; services return effects that run after commit."""
    wrong = _tops(path) & SLACK
    assert not wrong, f"{_rel(path)} imports {sorted(wrong)}"


@pytest.mark.parametrize("path", _modules("storage"), ids=_rel)
def test_storage_never_imports_services(path):
    assert "services" not in _tops(path), _rel(path)


@pytest.mark.parametrize("path", _modules("storage"), ids=_rel)
def test_storage_imports_coaching_for_domain_types_only(path):
    """Design §5: storage may name coaching's domain types, never run the scanner (its verdicts
    are given in services.verdicts)."""
    scanner = {name for name in _imports(path) if name.startswith("coaching.oversharing")}
    assert not scanner, f"{_rel(path)} imports {sorted(scanner)}"


@pytest.mark.parametrize("path", _modules("coaching"), ids=_rel)
def test_coaching_is_pure_python(path):
    wrong = _tops(path) & (SLACK | {"sqlalchemy", *(OURS - {"coaching"})})
    assert not wrong, f"{_rel(path)} imports {sorted(wrong)}"


@pytest.mark.parametrize("path", _modules("handlers"), ids=_rel)
def test_no_listener_opens_a_transaction(path):
    """Transactions belong to services (storage.db.transaction); listeners call a service."""
    if _rel(path) in TRANSACTIONS_ALLOWED:
        return
    imported = _imports(path)
    assert "storage.db.transaction" not in imported, _rel(path)
    assert "storage.db.make_session_factory" not in imported, _rel(path)
