"""Fixtures for the sandbox tests."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from wawp_desktop.sandbox import SandboxServer


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A plain httpx client bound to the sandbox (closed before the sandbox stops)."""
    with httpx.Client(base_url=sandbox.url, timeout=5.0) as client:
        yield client
