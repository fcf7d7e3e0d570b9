"""Which addresses the calendar fetcher refuses before it connects (services.calendar_fetch)."""

from __future__ import annotations

import socket

import pytest

from services.calendar_fetch import FetchError, FetchPolicy, check_address, normalise

PUBLIC = FetchPolicy()


def resolving_to(monkeypatch, *addresses: str) -> None:
    def fake(host, port, *args, **kwargs):
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, 1, 6, "", (a, port))
            for a in addresses
        ]

    monkeypatch.setattr(socket, "getaddrinfo", fake)


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.5",
        "192.168.1.1",
        "127.0.0.2",
        "169.254.169.254",
        "::1",
        "fd00::1",
        "::ffff:127.0.0.1",
    ],
)
def test_a_name_that_resolves_inside_is_refused(monkeypatch, address):
    resolving_to(monkeypatch, "93.184.215.14", address)  # one bad address is enough
    with pytest.raises(FetchError, match="private network"):
        check_address("https://calendar.example.com/feed.ics", PUBLIC)


def test_a_public_name_passes_and_the_operator_may_allow_private(monkeypatch):
    resolving_to(monkeypatch, "93.184.215.14")
    check_address("https://calendar.example.com/feed.ics", PUBLIC)
    resolving_to(monkeypatch, "10.0.0.5")
    check_address("https://dav.intranet.example/cal/", FetchPolicy(allow_private=True))


def test_an_unknown_host_says_so(monkeypatch):
    def fail(*_args, **_kwargs):
        raise socket.gaierror("nope")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(FetchError, match="couldn't find the host"):
        check_address("https://no-such-host.example/feed.ics", PUBLIC)


def test_webcal_and_slack_link_forms_are_read_as_https():
    assert (
        normalise("<webcal://p01.example.com/a.ics|webcal://p01…>")
        == "https://p01.example.com/a.ics"
    )


def test_local_files_are_refused_outside_the_shell():
    with pytest.raises(FetchError, match="https://"):
        check_address("file:///etc/passwd", FetchPolicy(allow_private=True))


def test_a_broken_port_is_a_clear_no():
    with pytest.raises(FetchError, match="port number"):
        check_address("https://calendar.example.com:http/feed.ics", PUBLIC, resolve=False)
