"""The sandbox's instance endpoints through the app's real client over loopback."""

from __future__ import annotations

import pytest

from tests.conftest import run
from wawp_desktop.core.client import WawpClient
from wawp_desktop.core.errors import ErrorKind, WawpError
from wawp_desktop.core.save import plan, send
from wawp_desktop.core.webhook import WebhookConfig
from wawp_desktop.sandbox import DEMO_FREE_ID, DEMO_FREE_TOKEN, DEMO_PAID_ID, DEMO_PAID_TOKEN
from wawp_desktop.sandbox.state import seed_showcase


def _call(sandbox, method: str, *args):  # noqa: ANN001, ANN202
    async def go():  # noqa: ANN202
        client = WawpClient(sandbox.url)
        try:
            return await getattr(client, method)(*args)
        finally:
            await client.aclose()

    return run(go())


def _save(sandbox, request):  # noqa: ANN001, ANN202
    async def go():  # noqa: ANN202
        client = WawpClient(sandbox.url)
        try:
            return await send(client, request)
        finally:
            await client.aclose()

    return run(go())


def test_list_update_delete_round_trip(sandbox) -> None:  # noqa: ANN001
    seed_showcase(sandbox.state)
    hooks = _call(sandbox, "list_webhooks", DEMO_PAID_ID, DEMO_PAID_TOKEN)
    urls = [h.url for h in hooks]
    assert urls[0].startswith("https://app.wawp.net/api/webhook/")
    crm = next(h for h in hooks if h.name == "CRM")
    assert crm.value("retry_delay") == 5 and crm.is_active is True
    config = crm.as_config(WebhookConfig(instance_id=DEMO_PAID_ID, access_token=DEMO_PAID_TOKEN))
    config.events = ["message"]
    request = plan(config, crm)
    assert request.method == "PATCH"
    assert request.body == {"instance_id": DEMO_PAID_ID, "access_token": DEMO_PAID_TOKEN,
                            "url": crm.url, "events": ["message"]}
    result = _save(sandbox, request)
    assert result.item["events"] == ["message"]
    assert sandbox.requests[-1].method == "PATCH"
    assert sandbox.requests[-1].json == request.body
    _call(sandbox, "delete_webhook", DEMO_PAID_ID, DEMO_PAID_TOKEN, crm.url)
    assert crm.url not in [
        h.url for h in _call(sandbox, "list_webhooks", DEMO_PAID_ID, DEMO_PAID_TOKEN)
    ]


def test_list_sends_token_in_header_not_url(sandbox) -> None:  # noqa: ANN001
    _call(sandbox, "list_webhooks", DEMO_PAID_ID, DEMO_PAID_TOKEN)
    request = sandbox.requests[-1]
    assert DEMO_PAID_TOKEN not in request.path and DEMO_PAID_TOKEN not in str(request.query)
    assert request.headers["access-token"] == DEMO_PAID_TOKEN


@pytest.mark.parametrize(
    ("method", "args", "kind"),
    [
        ("list_webhooks", (DEMO_FREE_ID, DEMO_FREE_TOKEN), ErrorKind.SUBSCRIPTION_REQUIRED),
        ("session_info", (DEMO_PAID_ID, "wrong"), ErrorKind.UNAUTHORIZED),
        ("session_info", ("NOSUCHINST01", "x"), ErrorKind.NOT_FOUND),
        (
            "delete_webhook",
            (DEMO_PAID_ID, DEMO_PAID_TOKEN, "https://none.example/h"),
            ErrorKind.NOT_FOUND,
        ),
    ],
)
def test_errors(sandbox, method: str, args: tuple, kind: ErrorKind) -> None:  # noqa: ANN001
    with pytest.raises(WawpError) as info:
        _call(sandbox, method, *args)
    assert info.value.kind is kind


def test_system_webhook_cannot_be_deleted(sandbox) -> None:  # noqa: ANN001
    url = sandbox.state.get(DEMO_PAID_ID).system_webhook_url
    seed_showcase(sandbox.state)
    with pytest.raises(WawpError) as info:
        _call(sandbox, "delete_webhook", DEMO_PAID_ID, DEMO_PAID_TOKEN, url)
    assert info.value.status == 403


def test_session_info_statuses(sandbox) -> None:  # noqa: ANN001
    info = _call(sandbox, "session_info", DEMO_PAID_ID, DEMO_PAID_TOKEN)
    assert info.status == "WORKING" and info.number
