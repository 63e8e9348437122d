"""Fixtures for the URL check: a test PKI, loopback receivers, and check options that use them."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from wawp_desktop.core.urlcheck import CheckOptions, tcp_connect

from .certs import TestPki, make_pki
from .servers import Behaviour, TestServer


@pytest.fixture(scope="session")
def pki() -> TestPki:
    return make_pki()


@pytest.fixture
def serve() -> Iterator[Callable[..., TestServer]]:
    """Start receivers: ``serve(behaviour, tls_context_or_None)``; all stopped afterwards."""
    servers: list[TestServer] = []

    def start(behaviour: Behaviour, tls: ssl.SSLContext | None = None) -> TestServer:
        server = TestServer(behaviour, tls)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@dataclass
class Spy:
    """A resolver that maps every name to fixed addresses, and a connector; both count calls."""

    addresses: list[str] = field(default_factory=lambda: ["127.0.0.1"])
    error: BaseException | None = None
    resolved: list[str] = field(default_factory=list)
    connected: list[tuple[str, int]] = field(default_factory=list)

    async def resolve(self, host: str, port: int) -> list[str]:
        self.resolved.append(host)
        if self.error is not None:
            raise self.error
        return list(self.addresses)

    async def connect(self, address: str, port: int):  # noqa: ANN201
        self.connected.append((address, port))
        return await tcp_connect(address, port)

    def options(self, pki: TestPki | None = None, **overrides) -> CheckOptions:  # noqa: ANN003
        settings = dict(
            allow_loopback=True, resolver=self.resolve, connect=self.connect,
            ssl_context=pki.client_context() if pki else None, trust_label="test CA",
            dns_timeout=5.0, connect_timeout=5.0, tls_timeout=5.0, answer_timeout=5.0,
        )
        settings.update(overrides)
        return CheckOptions(**settings)


@pytest.fixture
def spy() -> Spy:
    return Spy()


def unresolvable() -> socket.gaierror:
    return socket.gaierror(socket.EAI_NONAME, "Name or service not known")
