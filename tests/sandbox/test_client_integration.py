"""The app's real WawpClient against the sandbox: successes and every error the sandbox plays."""

from __future__ import annotations

import pytest

from tests.sandbox.helpers import HOOK_URL, INFO, client_error, make_config, with_client
from wawp_desktop.core.errors import RETRYABLE, ErrorKind
from wawp_desktop.core.request import ApiRequest
from wawp_desktop.core.save import plan, send, set_body
from wawp_desktop.core.webhook import is_system_webhook
from wawp_desktop.sandbox import (
    DEMO_FREE_ID,
    DEMO_FREE_TOKEN,
    DEMO_PAID_ID,
    DEMO_PAID_TOKEN,
    HMAC_MASK,
    SandboxServer,
)


def test_set_webhook_success(sandbox: SandboxServer) -> None:
    config = make_config(name="CRM", hmac="0123456789abcdef", retry_delay=5, retry_attempts=3,
                         is_active=False)
    result = with_client(sandbox, lambda c: send(c, plan(config)))
    assert result.status == 200
    assert result.message == "Webhook set successfully."
    assert result.item == {
        "url": HOOK_URL, "name": "CRM", "events": ["message", "message.ack"],
        "is_active": False, "enabled": False, "retries": {"delay": 5, "attempts": 3},
        "hmac": HMAC_MASK,
    }
    (request,) = sandbox.requests
    assert (request.method, request.path) == ("POST", "/v2/webhook/set")
    assert request.json == set_body(config)
    assert request.headers["user-agent"].startswith("WawpDesktop/")
    assert "0123456789abcdef" not in result.raw_body


def test_set_webhook_updates_in_place(sandbox: SandboxServer) -> None:
    async def three_saves(client):  # type: ignore[no-untyped-def]
        await send(client, plan(make_config()))
        await send(client, plan(make_config(url="https://b.example/h")))
        return await send(client, plan(make_config(events=["call.received"])))

    result = with_client(sandbox, three_saves)
    assert result.item["events"] == ["call.received"]
    hooks = sandbox.state.webhooks(DEMO_PAID_ID)
    assert [(h["url"], h["events"]) for h in hooks] == [
        (HOOK_URL, ["call.received"]), ("https://b.example/h", ["message", "message.ack"]),
    ]


def test_system_webhook(sandbox: SandboxServer) -> None:
    instance = sandbox.state.get(DEMO_PAID_ID)
    assert instance is not None and is_system_webhook(instance.system_webhook_url)
    result = with_client(
        sandbox, lambda c: send(c, plan(make_config(url=instance.system_webhook_url)))
    )
    assert result.data["system_webhook"] == 1
    assert "synced" in result.message


@pytest.mark.parametrize(
    ("overrides", "kind", "code", "server_message"),
    [
        ({"instance_id": "NOSUCHID0000"}, ErrorKind.NOT_FOUND, "instance_not_found",
         "Instance not found"),
        ({"access_token": "wrong"}, ErrorKind.UNAUTHORIZED, "unauthorized",
         "Invalid access token"),
        ({"instance_id": DEMO_FREE_ID, "access_token": DEMO_FREE_TOKEN},
         ErrorKind.SUBSCRIPTION_REQUIRED, "subscription_required",
         "Webhooks are available on paid plans only."),
        ({"instance_id": ""}, ErrorKind.VALIDATION, "missing_parameter",
         "The instance_id parameter is required."),
        ({"url": "http://hooks.example.com"}, ErrorKind.VALIDATION, "invalid_parameter",
         "The url must be a valid https:// address."),
        ({"events": []}, ErrorKind.VALIDATION, "invalid_parameter",
         "The events parameter must contain at least one event."),
        ({"events": ["message", "bogus"]}, ErrorKind.VALIDATION, "invalid_parameter",
         "Unknown event: bogus."),
        ({"retry_delay": 0}, ErrorKind.VALIDATION, "invalid_parameter",
         "retries.delay must be a positive whole number."),
    ],
)
def test_set_webhook_errors(
    sandbox: SandboxServer, overrides: dict[str, object], kind: ErrorKind, code: str,
    server_message: str,
) -> None:
    error = client_error(sandbox, lambda c: send(c, plan(make_config(**overrides))))
    assert (error.kind, error.code, error.server_message) == (kind, code, server_message)
    assert error.status in (400, 401, 403, 404)
    assert error.kind not in RETRYABLE


def test_session_info_through_the_client(sandbox: SandboxServer) -> None:
    body = {"instance_id": DEMO_PAID_ID, "access_token": DEMO_PAID_TOKEN}
    result = with_client(sandbox, lambda c: c.call(ApiRequest("POST", INFO, body), item_key="me"))
    assert result.item == {"id": "201000000001@c.us", "pushName": "Paid Demo"}
    assert result.data["status"] == "WORKING"
    assert result.data["config"] == {"webhooks": [], "proxy": None}  # {} normalized to []


def test_unknown_path_through_the_client(sandbox: SandboxServer) -> None:
    error = client_error(sandbox, lambda c: c.call(ApiRequest("POST", "/v2/nope", {})))
    assert (error.kind, error.status, error.code) == (ErrorKind.NOT_FOUND, 404, None)


def test_stopped_sandbox_refuses_connections(sandbox: SandboxServer) -> None:
    sandbox.stop()
    error = client_error(sandbox, lambda c: send(c, plan(make_config())))
    assert error.kind is ErrorKind.CONNECTION_REFUSED
