"""The save planner: which request a save sends, how it is sent, and the read-back.

:func:`plan` is the only place that decides between ``POST /v2/webhook/set`` and
``PATCH /v2/webhook/update``. Preview, the copied cURL/PowerShell/httpx commands and Save all
call it, so what Preview shows is exactly what Save sends, and Save sends nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .i18n import QT_TRANSLATE_NOOP, translate
from .request import SET_WEBHOOK_PATH, UPDATE_WEBHOOK_PATH, ApiRequest
from .webhook import (
    FIELDS,
    WEBHOOK_FIELDS,
    Kind,
    StoredWebhook,
    WebhookConfig,
    differences,
    put,
    same,
)

if TYPE_CHECKING:
    from .client import WawpClient
    from .outcome import ApiSuccess

VERIFIED = QT_TRANSLATE_NOOP("StoredDifferences", "Verified: stored as requested.")
"""English source; :func:`read_back_summary` returns it translated."""


def set_body(config: WebhookConfig) -> dict[str, Any]:
    """The documented JSON body of ``POST /v2/webhook/set``: every field, empty optional
    ones left out."""
    body: dict[str, Any] = {}
    for spec in FIELDS:
        value = config.sent_value(spec)
        if spec.omit_empty and not value:
            continue
        put(body, spec.path, value)
    return body


def update_changes(stored: StoredWebhook, asked: WebhookConfig) -> dict[str, Any]:
    """The fields of a ``PATCH /v2/webhook/update`` body that differ from what is stored.

    A field Wawp did not report counts as changed; fields under one parent (``retries``) are
    sent together; an empty secret keeps the stored one."""
    changed: set[str] = set()
    for spec in WEBHOOK_FIELDS:
        if spec.key:
            continue
        value = asked.sent_value(spec)
        if spec.secret:
            if value:
                changed.add(spec.name)
        elif spec.name in stored.values:
            if not same(spec, value, stored.values[spec.name]):
                changed.add(spec.name)
        elif spec.kind is not Kind.TEXT or value != spec.default:  # unreported text = empty
            changed.add(spec.name)
    groups = {spec.group for spec in WEBHOOK_FIELDS if spec.name in changed and spec.group}
    changes: dict[str, Any] = {}
    for spec in WEBHOOK_FIELDS:
        if spec.name in changed or (spec.group and spec.group in groups):
            put(changes, spec.path, asked.sent_value(spec))
    return changes


def plan(config: WebhookConfig, existing: StoredWebhook | None = None) -> ApiRequest:
    """The one request a save of ``config`` sends.

    While ``existing`` (a stored webhook picked for editing) has the same URL and something
    changed: ``PATCH /v2/webhook/update`` with the credentials, the URL and only the changed
    fields. Otherwise ``POST /v2/webhook/set`` (which also updates a known URL in place)."""
    if existing is not None and existing.url == config.url:
        changes = update_changes(existing, config)
        if changes:
            body: dict[str, Any] = {}
            for spec in FIELDS:
                if spec.credential or spec.key:
                    put(body, spec.path, config.sent_value(spec))
            return ApiRequest("PATCH", UPDATE_WEBHOOK_PATH, {**body, **changes})
    return ApiRequest("POST", SET_WEBHOOK_PATH, set_body(config))


async def send(client: WawpClient, request: ApiRequest) -> ApiSuccess:
    """Send a planned save; ``.item`` is the stored webhook when the answer carries one (a
    set must; an update may leave it out)."""
    if request.path == SET_WEBHOOK_PATH:
        return await client.call(request, item_key="webhook")
    result = await client.call(request, item_key=None)
    item = result.data.get("webhook") if isinstance(result.data, dict) else None
    result.item = item if isinstance(item, dict) else None
    return result


def find_webhook(hooks: list[StoredWebhook], url: str) -> StoredWebhook | None:
    """The webhook with exactly this URL (a trailing slash is not ignored)."""
    return next((hook for hook in hooks if hook.url == url), None)


def read_back_summary(asked: WebhookConfig, stored: StoredWebhook | None) -> tuple[bool, str]:
    """(verified, sentence) for the read-back line after a save."""
    found = differences(asked, stored)
    if not found:
        return True, translate("StoredDifferences", VERIFIED)
    return False, translate("StoredDifferences", "Stored differently: {differences}.").format(
        differences="; ".join(found))
