"""Fetching a calendar from an address a user typed, without letting them aim the bot anywhere.

The bot makes the request, so the address must not reach what only the bot can reach: http or
https only, the host's addresses all public (no loopback, private, link-local … unless the
operator allows it with ONEONONE_CALENDAR_ALLOW_PRIVATE=1), redirects only to the same host and
re-checked, a size cap read as it streams, a timeout. Each poll is a conditional GET (ETag /
Last-Modified), so an unchanged calendar costs one small request.

Known limit: the host is resolved for the check and again by the HTTP library to connect, so a
DNS server that answers differently the second time could still steer a request (DNS
rebinding). Run the bot where that matters behind an egress proxy.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import SplitResult, urljoin, urlsplit

import requests

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 10.0
MAX_REDIRECTS = 3
USER_AGENT = "oneonone-coach calendar reader"

# The HTTP libraries log each request's path at DEBUG, and a feed's path is its secret.
for _name in ("urllib3", "niquests", "caldav", "requests"):
    logging.getLogger(_name).setLevel(max(logging.getLogger(_name).level, logging.WARNING))

#: Only `oneonone shell` turns this on, so someone trying the bot can use a local `.ics` file.
#: Never an environment setting: on a server it would let users read the server's files.
_local_files = {"allowed": False}


def allow_local_files(allowed: bool = True) -> None:
    _local_files["allowed"] = allowed


class FetchError(Exception):
    """The calendar could not be fetched; `str(error)` says why, in words for the user."""


@dataclass(frozen=True)
class FetchPolicy:
    allow_private: bool = False
    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT_SECONDS


@dataclass(frozen=True)
class Fetched:
    """A new copy (`body`), or `body=None` when the server said it has not changed."""

    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None


def check_address(url: str, policy: FetchPolicy, *, resolve: bool = True) -> None:
    """Refuse an address the bot must not fetch. `resolve=False` checks only what the text
    itself shows (fast enough to answer a slash command at once)."""
    parts = urlsplit(url)
    if parts.scheme == "file" and _local_files["allowed"]:
        if not Path(parts.path).is_file():
            raise FetchError(f"There's no file at {parts.path}.")
        return
    if parts.scheme not in ("http", "https"):
        raise FetchError(
            "A calendar address starts with `https://` (or `webcal://`, which I read as https)."
        )
    if not parts.hostname:
        raise FetchError("That address has no host name in it.")
    _port(parts)
    if policy.allow_private:
        return
    host = parts.hostname.lower()
    if host in {"localhost", "localhost.localdomain"} or host.endswith(".localhost"):
        raise FetchError(_PRIVATE)
    try:
        literal = ipaddress.ip_address(parts.hostname.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None:
        _require_public(literal)
        return
    if resolve:
        for address in _addresses(parts.hostname, _port(parts)):
            _require_public(address)


def normalise(url: str) -> str:
    """`webcal://` is how calendar apps spell https; Slack wraps links in <…>; in the shell a
    plain path is a local file."""
    url = url.strip().strip("<>").split("|", 1)[0]
    if url.lower().startswith("webcal://"):
        url = "https://" + url[len("webcal://") :]
    if _local_files["allowed"] and "://" not in url:
        url = Path(url).expanduser().resolve().as_uri()
    return url


def fetch_feed(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    policy: FetchPolicy = FetchPolicy(),
) -> Fetched:
    """GET the feed, following at most MAX_REDIRECTS redirects on the same host."""
    parts = urlsplit(url)
    if parts.scheme == "file" and _local_files["allowed"]:
        return Fetched(_read_file(Path(parts.path), policy))
    headers = {"User-Agent": USER_AGENT, "Accept": "text/calendar, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + policy.timeout
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        check_address(current, policy)
        try:
            response = requests.get(
                current,
                headers=headers,
                timeout=policy.timeout,
                allow_redirects=False,
                stream=True,
            )
        except requests.Timeout:
            raise FetchError("Your calendar took too long to answer.") from None
        except requests.RequestException as error:
            raise FetchError(f"I couldn't reach your calendar ({type(error).__name__}).") from None
        with response:
            if response.is_redirect:
                target = urljoin(current, response.headers.get("Location", ""))
                if urlsplit(target).hostname != urlsplit(current).hostname:
                    raise FetchError(
                        "Your calendar address sends me on to a different site, which I don't "
                        "follow. Use the final address of the calendar itself."
                    )
                current = target
                continue
            if response.status_code == 304:
                return Fetched(None, etag, last_modified)
            if response.status_code in (401, 403, 404, 410):
                raise FetchError(
                    f"Your calendar's server said {response.status_code} — the secret address "
                    "may have been reset. Copy it again from your calendar's settings."
                )
            if response.status_code >= 400:
                raise FetchError(f"Your calendar's server answered {response.status_code}.")
            body = _read_capped(response, policy, deadline)
            return Fetched(
                body, response.headers.get("ETag"), response.headers.get("Last-Modified")
            )
    raise FetchError("Your calendar address redirects too many times.")


def fetch_caldav(
    url: str, username: str, password: str, *, start: datetime, end: datetime, policy: FetchPolicy
) -> bytes:
    """The events of a CalDAV calendar between `start` and `end`, as one iCalendar text."""
    import caldav
    from caldav.lib import error as caldav_error

    check_address(url, policy)
    try:
        with caldav.DAVClient(
            url=url, username=username or None, password=password or None, timeout=policy.timeout
        ) as client:
            calendar = client.calendar(url=url)
            events = calendar.search(start=start, end=end, event=True, expand=False)
            parts, size = [], 0
            for event in events:
                data = event.data or ""
                size += len(data)
                if size > policy.max_bytes:
                    raise FetchError(_too_big(policy))
                parts.append(data)
    except FetchError:
        raise
    except caldav_error.AuthorizationError:
        raise FetchError(
            "Your CalDAV server didn't accept the username and app password."
        ) from None
    except Exception as error:
        raise FetchError(
            f"I couldn't read your CalDAV calendar ({type(error).__name__})."
        ) from None
    if not parts:
        return (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//oneonone//empty//EN\r\nEND:VCALENDAR\r\n"
        )
    return "\r\n".join(parts).encode()


def _read_capped(response: requests.Response, policy: FetchPolicy, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(_too_big(policy))
    chunks, size = [], 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchError(_too_big(policy))
        if time.monotonic() > deadline:
            raise FetchError("Your calendar took too long to download.")
        chunks.append(chunk)
    return b"".join(chunks)


def _read_file(path: Path, policy: FetchPolicy) -> bytes:
    if not path.is_file():
        raise FetchError(f"There's no file at {path}.")
    if path.stat().st_size > policy.max_bytes:
        raise FetchError(_too_big(policy))
    return path.read_bytes()


def _too_big(policy: FetchPolicy) -> str:
    return (
        f"Your calendar is larger than {policy.max_bytes // (1024 * 1024)} MB, more than a "
        "personal calendar should be. Is it the right address?"
    )


def _addresses(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except OSError:
        raise FetchError(f"I couldn't find the host {host}.") from None
    return [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]


def _require_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if not address.is_global or address.is_multicast:
        raise FetchError(_PRIVATE)


def _port(parts: SplitResult) -> int:
    try:
        port = parts.port
    except ValueError:
        raise FetchError("That address has a port number I can't read.") from None
    return port or (443 if parts.scheme == "https" else 80)


_PRIVATE = (
    "That address points inside a private network (or at this machine), which I don't fetch. "
    "Use the calendar's public secret address, e.g. `https://calendar.google.com/…/basic.ics`."
)
