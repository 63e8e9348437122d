"""Shared helpers for the sandbox tests: request bodies and a WawpClient runner."""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Callable
from typing import Any

from tests.conftest import run
from wawp_desktop.core.client import Timeouts, WawpClient
from wawp_desktop.core.errors import WawpError
from wawp_desktop.core.tls import TlsSetup
from wawp_desktop.core.webhook import WebhookConfig
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN, SandboxServer

FAST = Timeouts(connect=2, read=0.5, write=2, pool=2, total=1.5)
"""Small timeouts so that fault tests fail fast."""
HOOK_URL = "https://hooks.example.com/wawp"
SET = "/v2/webhook/set"
INFO = "/v2/session/info"


def webhook_body(**overrides: Any) -> dict[str, Any]:
    """A valid /v2/webhook/set body for the paid demo instance, with ``overrides``."""
    body: dict[str, Any] = {
        "instance_id": DEMO_PAID_ID,
        "access_token": DEMO_PAID_TOKEN,
        "url": HOOK_URL,
        "events": ["message", "message.ack"],
    }
    body.update(overrides)
    return body


def make_config(**overrides: Any) -> WebhookConfig:
    """A valid WebhookConfig for the paid demo instance, with ``overrides``."""
    values: dict[str, Any] = {
        "instance_id": DEMO_PAID_ID,
        "access_token": DEMO_PAID_TOKEN,
        "url": HOOK_URL,
        "events": ["message", "message.ack"],
    }
    values.update(overrides)
    return WebhookConfig(**values)


def _plain_tls() -> TlsSetup:
    # The sandbox speaks plain http://; an empty context avoids loading the trust store.
    return TlsSetup(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT), "test")


def with_client[T](
    server: SandboxServer,
    action: Callable[[WawpClient], Awaitable[T]],
    timeouts: Timeouts = FAST,
) -> T:
    """Run ``action(client)`` with a fresh WawpClient for ``server`` and close it afterwards."""

    async def main() -> T:
        client = WawpClient(server.url, timeouts=timeouts, tls=_plain_tls())
        try:
            return await action(client)
        finally:
            await client.aclose()

    return run(main())


def client_error(
    server: SandboxServer,
    action: Callable[[WawpClient], Awaitable[Any]],
    timeouts: Timeouts = FAST,
) -> WawpError:
    """The WawpError that ``action`` raises (AssertionError when it succeeds)."""
    try:
        result = with_client(server, action, timeouts)
    except WawpError as exc:
        return exc
    raise AssertionError(f"expected a WawpError, got {result!r}")
