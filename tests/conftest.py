"""Test-wide setup: the network is blocked (only loopback is allowed) and one Checker is
shared by the whole session, as it would be in a worker process."""
from __future__ import annotations

import ipaddress
import os
import socket

import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


class NetworkAccessError(RuntimeError):
    pass


def _is_local(host) -> bool:
    if host in ("localhost", "", None) or isinstance(host, bytes):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _guard(address) -> None:
    if isinstance(address, tuple) and not _is_local(address[0]):
        raise NetworkAccessError(f"network access attempted in a test: {address!r}")


def _connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _guard(address)
    return _real_connect(self, address)


def _connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _guard(address)
    return _real_connect_ex(self, address)


def _getaddrinfo(host, *args, **kwargs):
    if not _is_local(host):
        raise NetworkAccessError(f"DNS lookup attempted in a test: {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _connect  # type: ignore[method-assign]
socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
socket.getaddrinfo = _getaddrinfo


@pytest.fixture(scope="session")
def checker():
    from checker import get_checker

    return get_checker()


@pytest.fixture(scope="session")
def categories_found(checker):
    """The categories of every finding in a text about the named student (or no one): what the content tests of each
    round assert on, one category at a time, so a finding of another category does not hide a miss."""

    def found(text: str, subject: str | None = None) -> set[str]:
        return {f.category for f in checker.check(text, subject_names=[subject] if subject else []).findings}

    return found


@pytest.fixture(scope="session")
def identifiers_found(checker):
    """Every identifier the pass reports in a text, as (entity, quote), with optional `subject_names`."""

    def found(text: str, subject_names=()) -> list[tuple[str, str]]:
        return [(f.entity, f.quote) for f in
                checker.check(text, subject_names=list(subject_names), categories=["identifier"]).findings]

    return found


@pytest.fixture(scope="session")
def names_found(identifiers_found):
    """The other people's names (PERSON_NAME quotes) the identifier pass reports in a text, with
    optional `subject_names`: what most identifier tests assert on."""

    def found(text: str, subject_names=()) -> list[str]:
        return [quote for entity, quote in identifiers_found(text, subject_names) if entity == "PERSON_NAME"]

    return found
