"""Fixtures that start the loopback server a fault case needs and give its API base."""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
import trustme

from tests.faults.cases import Case
from tests.faults.servers import free_port, stalled_listener, tls_server
from tests.gui.conftest import make_window, settings_path  # noqa: F401 - shared fixtures
from tests.network.proxy_servers import connect_proxy


@pytest.fixture(scope="session")
def fault_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def fault_server(
    sandbox, fault_ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Case], str]]:
    """``start(case)`` → the API base playing ``case`` (the sandbox, or a dedicated server)."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    for name in list(os.environ):  # only the proxy cases use a proxy
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    stack = ExitStack()
    proxied_api = "https://api.wawp.test"
    proxies = {
        "proxy_down": lambda: ("HTTPS_PROXY", f"http://127.0.0.1:{free_port()}"),
        "proxy_unknown": lambda: ("HTTPS_PROXY", "http://proxy.wawp-fault.invalid:3128"),
        "proxy_garbage": lambda: ("HTTPS_PROXY", "http://proxy:port/x y"),
        "proxy_ftp": lambda: ("ALL_PROXY", "ftp://proxy.example.com:21"),
        "proxy_407": lambda: ("HTTPS_PROXY", "http://127.0.0.1:"
                              f"{stack.enter_context(connect_proxy(credentials='u:p'))[0]}"),
        "socks_down": lambda: ("ALL_PROXY", f"socks5://127.0.0.1:{free_port()}"),
    }

    def start(case: Case) -> str:
        if case.server == "sandbox":
            if case.fault is not None:
                sandbox.faults.put(case.fault)
            return sandbox.url
        if case.server == "refused":
            return f"http://127.0.0.1:{free_port()}"
        if case.server == "dns":
            return "https://wawp-fault-matrix.invalid"  # the real resolver: .invalid never resolves
        if case.server == "stalled":
            return f"http://127.0.0.1:{stack.enter_context(stalled_listener())}"
        if case.server in proxies:
            name, value = proxies[case.server]()
            monkeypatch.setenv(name, value)
            return proxied_api
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        if case.server == "tls_self_signed":
            # The CA's own certificate is self-signed; nothing on this machine trusts it.
            cert_file = tmp_path / "self-signed.pem"
            key_file = tmp_path / "self-signed.key"
            fault_ca.cert_pem.write_to_path(str(cert_file))
            fault_ca.private_key_pem.write_to_path(str(key_file))
            context.load_cert_chain(str(cert_file), str(key_file))
            return f"https://localhost:{stack.enter_context(tls_server(context))}"
        if case.server == "tls_mismatch":
            # A trusted CA (SSL_CERT_FILE, like a company CA), a certificate for another name.
            ca_file = tmp_path / "ca.pem"
            fault_ca.cert_pem.write_to_path(str(ca_file))
            monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
            fault_ca.issue_cert("api.wawp.test").configure_cert(context)
            return f"https://127.0.0.1:{stack.enter_context(tls_server(context))}"
        raise AssertionError(f"unknown server kind {case.server}")

    with stack:
        yield start
