"""The exact HTTP requests the app sends to Wawp."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from typing import Any

from .. import __version__
from .config import WebhookConfig

SET_WEBHOOK_PATH = "/v2/webhook/set"


def user_agent() -> str:
    """``WawpDesktop/<version> (<os>; Python <version>)``."""
    system = platform.system() or "unknown"
    return f"WawpDesktop/{__version__} ({system}; Python {platform.python_version()})"


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """Method, path and JSON body of one call (the body holds the credentials)."""

    method: str
    path: str
    body: dict[str, Any]


def set_webhook_body(config: WebhookConfig) -> dict[str, Any]:
    """The documented JSON body of ``POST /v2/webhook/set``."""
    body: dict[str, Any] = {
        "instance_id": config.instance_id,
        "access_token": config.access_token,
        "url": config.url,
        "events": list(config.events),
        "is_active": 1 if config.is_active else 0,
        "retries": {"delay": config.retry_delay, "attempts": config.retry_attempts},
    }
    name = config.name.strip()
    if name:
        body["name"] = name
    if config.hmac:
        body["hmac"] = config.hmac
    return body


def set_webhook_request(config: WebhookConfig) -> ApiRequest:
    """The ``POST /v2/webhook/set`` call for ``config``."""
    return ApiRequest("POST", SET_WEBHOOK_PATH, set_webhook_body(config))
