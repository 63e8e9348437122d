"""The exact HTTP requests the app sends to Wawp (the save itself is planned in :mod:`.save`)."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from typing import Any

from .. import __version__

SET_WEBHOOK_PATH = "/v2/webhook/set"
UPDATE_WEBHOOK_PATH = "/v2/webhook/update"
DELETE_WEBHOOK_PATH = "/v2/webhook/delete"
LIST_WEBHOOKS_PATH = "/v2/session/webhook"
SESSION_INFO_PATH = "/v2/session/info"


def user_agent() -> str:
    """``WawpDesktop/<version> (<os>; Python <version>)``."""
    system = platform.system() or "unknown"
    return f"WawpDesktop/{__version__} ({system}; Python {platform.python_version()})"


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """Method, path and JSON body of one call (the body holds the credentials).

    A call without a body (GET) sends ``params`` in the query string and the token in the
    ``access-token`` header, so it never appears in a URL.
    """

    method: str
    path: str
    body: dict[str, Any] | None = None
    params: dict[str, str] | None = None
    headers: dict[str, str] | None = None


def _credentials(instance_id: str, access_token: str) -> dict[str, Any]:
    return {"instance_id": instance_id, "access_token": access_token}


def session_info_request(instance_id: str, access_token: str) -> ApiRequest:
    """``POST /v2/session/info``: is the instance alive, and whose number is it."""
    return ApiRequest("POST", SESSION_INFO_PATH, _credentials(instance_id, access_token))


def list_webhooks_request(instance_id: str, access_token: str) -> ApiRequest:
    """``GET /v2/session/webhook``: the instance's webhooks."""
    return ApiRequest(
        "GET",
        LIST_WEBHOOKS_PATH,
        params={"instance_id": instance_id},
        headers={"access-token": access_token},
    )


def delete_webhook_request(instance_id: str, access_token: str, url: str) -> ApiRequest:
    """``DELETE /v2/webhook/delete`` for one URL."""
    return ApiRequest(
        "DELETE", DELETE_WEBHOOK_PATH, {**_credentials(instance_id, access_token), "url": url}
    )
