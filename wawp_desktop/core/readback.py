"""Compare what was asked with what Wawp stored (the read-back after a save)."""

from __future__ import annotations

from .config import WebhookConfig
from .events import catalog_order
from .instance import StoredWebhook
from .request import ApiRequest, set_webhook_request, update_webhook_request

VERIFIED = "Verified: stored as requested."


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def differences(asked: WebhookConfig, stored: StoredWebhook | None) -> list[str]:
    """Plain-language differences; empty when Wawp stored what was asked."""
    if stored is None:
        return [f"{asked.url} is not among the instance's webhooks."]
    found: list[str] = []
    wanted, got = set(asked.events), set(stored.events)
    if wanted != got:
        missing = catalog_order(wanted - got)
        extra = sorted(got - wanted)
        detail = []
        if missing:
            detail.append(", ".join(missing) + " missing")
        if extra:
            detail.append(", ".join(extra) + " not asked for")
        found.append(
            f"asked for {_plural(len(wanted), 'event')}, {len(got)} stored: " + "; ".join(detail)
        )
    if stored.is_active is not None and stored.is_active != asked.is_active:
        want = "active" if asked.is_active else "inactive"
        have = "active" if stored.is_active else "inactive"
        found.append(f"asked for {want}, stored as {have}")
    if stored.retry_delay is not None and stored.retry_delay != asked.retry_delay:
        found.append(f"retry delay asked {asked.retry_delay} s, stored {stored.retry_delay} s")
    if stored.retry_attempts is not None and stored.retry_attempts != asked.retry_attempts:
        found.append(f"attempts asked {asked.retry_attempts}, stored {stored.retry_attempts}")
    return found


def find_webhook(hooks: list[StoredWebhook], url: str) -> StoredWebhook | None:
    """The webhook with exactly this URL (a trailing slash is not ignored)."""
    return next((hook for hook in hooks if hook.url == url), None)


def summary(asked: WebhookConfig, stored: StoredWebhook | None) -> tuple[bool, str]:
    """(verified, sentence) for the read-back label."""
    found = differences(asked, stored)
    if not found:
        return True, VERIFIED
    return False, "Stored differently: " + "; ".join(found) + "."


def update_changes(stored: StoredWebhook, asked: WebhookConfig) -> dict[str, object]:
    """The fields of a ``PATCH /v2/webhook/update`` body that differ from what is stored."""
    changes: dict[str, object] = {}
    if set(stored.events) != set(asked.events):
        changes["events"] = list(asked.events)
    if stored.is_active is None or stored.is_active != asked.is_active:
        changes["is_active"] = 1 if asked.is_active else 0
    if (stored.retry_delay, stored.retry_attempts) != (asked.retry_delay, asked.retry_attempts):
        changes["retries"] = {"delay": asked.retry_delay, "attempts": asked.retry_attempts}
    if asked.name.strip() != stored.name:
        changes["name"] = asked.name.strip()
    if asked.hmac:
        changes["hmac"] = asked.hmac
    return changes


def edit_changes(existing: StoredWebhook | None, asked: WebhookConfig) -> dict[str, object]:
    """What a save of ``asked`` changes on ``existing`` (the stored webhook being edited);
    empty when nothing is edited, the URL differs, or nothing changed: Save then sends set."""
    if existing is None or existing.url != asked.url:
        return {}
    return update_changes(existing, asked)


def save_request(asked: WebhookConfig, existing: StoredWebhook | None = None) -> ApiRequest:
    """The call Save makes: ``PATCH /v2/webhook/update`` with only the changed fields while
    ``existing`` is edited, otherwise ``POST /v2/webhook/set``."""
    changes = edit_changes(existing, asked)
    if changes:
        return update_webhook_request(asked.instance_id, asked.access_token, asked.url, changes)
    return set_webhook_request(asked)
