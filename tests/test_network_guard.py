import socket

import pytest

from conftest import NetworkAccessError


def test_outside_connection_fails_loudly():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkAccessError):
        s.connect(("192.0.2.1", 80))
    s.close()


def test_dns_lookup_fails_loudly():
    with pytest.raises(NetworkAccessError):
        socket.getaddrinfo("pypi.org", 443)


def test_loopback_is_allowed():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    c = socket.socket()
    c.connect(srv.getsockname())
    c.close()
    srv.close()
