"""Fixtures for the sandbox tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from wawp_desktop.sandbox import SandboxServer


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A plain httpx client bound to the sandbox (closed before the sandbox stops)."""
    with httpx.Client(base_url=sandbox.url, timeout=5.0) as client:
        yield client


@pytest.fixture(autouse=True)
def no_leftover_threads() -> Iterator[None]:
    """Fail a test that leaves a sandbox thread (accept loop or connection handler) running."""
    yield
    leftovers = [
        thread.name for thread in threading.enumerate()
        if thread.name.startswith("wawp-sandbox") or "process_request_thread" in thread.name
    ]
    assert not leftovers, f"threads still running: {leftovers}"


@pytest.fixture(autouse=True)
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback tests must not be routed through a proxy from the environment (httpx honours
    HTTP_PROXY even for 127.0.0.1)."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
