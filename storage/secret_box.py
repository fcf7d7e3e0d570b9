"""Secrets at rest (calendar addresses, CalDAV passwords, the last copy of a calendar).

Fernet from `cryptography`: authenticated encryption with a key the operator keeps in
ONEONONE_SECRET_KEY. Without the key the stored text is unreadable, and a wrong key fails loudly
rather than returning garbage.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken

KEY_VARIABLE = "ONEONONE_SECRET_KEY"


class SecretKeyError(Exception):
    """No usable key: calendars cannot be connected or read."""


def make_key() -> str:
    """A new key, for `oneonone doctor` to suggest."""
    return Fernet.generate_key().decode()


def box(key: str | None) -> Fernet:
    if not key:
        raise SecretKeyError(f"{KEY_VARIABLE} is not set")
    try:
        return Fernet(key.encode())
    except (ValueError, TypeError):
        raise SecretKeyError(f"{KEY_VARIABLE} is not a Fernet key") from None


def seal(key: str | None, plain: str) -> str:
    return box(key).encrypt(plain.encode()).decode()


def unseal(key: str | None, token: str) -> str:
    try:
        return box(key).decrypt(token.encode()).decode()
    except InvalidToken:
        raise SecretKeyError(f"{KEY_VARIABLE} does not open what was stored") from None
