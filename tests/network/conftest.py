"""Fixtures for the network tests: a clean proxy environment and a trusted HTTPS server."""

from __future__ import annotations

import os
import socket
import ssl
from collections.abc import Iterator

import pytest
import trustme

from tests.faults.servers import tls_server
from wawp_desktop.core.tls import TlsSetup

API_HOST = "api.wawp.test"
"""A name only the test proxies "resolve" (they send every tunnel to 127.0.0.1)."""


@pytest.fixture(autouse=True)
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy variable from the machine leaks into a test."""
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def no_real_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names ending in ``.invalid`` or ``.test`` fail at once, as an unknown name does: the
    tests never wait for a real resolver."""
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):  # noqa: ANN001, ANN202
        name = host.decode() if isinstance(host, bytes) else str(host or "")
        if name.endswith((".invalid", ".test")):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def trusted_tls(ca: trustme.CA) -> TlsSetup:
    """A client TLS setup trusting the test CA only."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ca.configure_trust(context)
    return TlsSetup(context, "test CA")


@pytest.fixture
def api_server(ca: trustme.CA) -> Iterator[int]:
    """An HTTPS server with a certificate for ``api.wawp.test``; yields its port."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(API_HOST).configure_cert(context)
    with tls_server(context) as port:
        yield port
