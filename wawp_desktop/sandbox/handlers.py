"""The sandbox's endpoints: pure functions from a request and the state to an answer.

Like Wawp (a loose PHP back end), credentials come from the JSON body, the query string or
an ``access-token`` header, and error bodies deliberately vary in shape.

To add an endpoint, write ``def handler(state, call) -> Answer`` and register it in
:data:`ROUTES` under ``(method, path)``.
"""

from __future__ import annotations

import hmac as _hmac
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..core.events import EVENT_NAMES
from ..core.normalize import as_list
from .state import DEFAULT_RETRIES, FREE, Instance, SandboxState

HMAC_MASK = "******"
"""What answers show instead of a stored HMAC secret (the secret is never echoed back)."""
BAD_BODY_TEXT = "Bad Request: body must be JSON"


@dataclass(frozen=True, slots=True)
class ApiCall:
    """One request as the handlers see it (header names in lower case)."""

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass(frozen=True, slots=True)
class Answer:
    """One response: status, body bytes, content type and any extra headers."""

    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


class Reject(Exception):  # noqa: N818 - a control-flow signal carrying an answer
    """Raised inside a handler to answer early with ``answer``."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.status)
        self.answer = answer


Handler = Callable[[SandboxState, ApiCall], Answer]


def json_answer(status: int, data: Any, headers: dict[str, str] | None = None) -> Answer:
    """A JSON answer (UTF-8, non-ASCII kept as is)."""
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Answer(status, body, "application/json", dict(headers or {}))


def text_answer(status: int, text: str) -> Answer:
    """A plain-text answer."""
    return Answer(status, text.encode("utf-8"), "text/plain; charset=utf-8")


def _invalid(message: str) -> Reject:
    return Reject(json_answer(400, {"error": {"code": "invalid_parameter", "message": message}}))


# ---- request parsing ---------------------------------------------------------------------------


def json_object(call: ApiCall, *, required: bool) -> dict[str, Any]:
    """The body as a JSON object; an empty body is ``{}`` unless ``required``.

    Anything else is rejected with a plain-text 400, as Wawp's front server does.
    """
    if not call.body.strip():
        if required:
            raise Reject(text_answer(400, BAD_BODY_TEXT))
        return {}
    try:
        data = json.loads(call.body)
    except (ValueError, RecursionError):
        raise Reject(text_answer(400, BAD_BODY_TEXT)) from None
    if not isinstance(data, dict):
        raise Reject(text_answer(400, BAD_BODY_TEXT))
    return data


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # PHP would happily compare 123 with "123"
    return None


def credential(call: ApiCall, body: dict[str, Any], name: str) -> str | None:
    """``instance_id`` or ``access_token`` from the body, the query, or (token) the header."""
    value = _text(body.get(name)) or _text(call.query.get(name))
    if value is None and name == "access_token":
        value = _text(call.headers.get("access-token"))
    return value


def authenticate(state: SandboxState, call: ApiCall, body: dict[str, Any]) -> Instance:
    """The instance the credentials name; rejects with 400, 404 or 401."""
    instance_id = credential(call, body, "instance_id")
    if instance_id is None:
        raise Reject(json_answer(400, {
            "status": "error", "code": "missing_parameter",
            "message": "The instance_id parameter is required.",
        }))
    instance = state.get(instance_id)
    if instance is None:
        raise Reject(json_answer(404, {
            "status": "error", "code": "instance_not_found", "message": "Instance not found",
        }))
    token = credential(call, body, "access_token") or ""
    if not _hmac.compare_digest(token.encode("utf-8"), instance.access_token.encode("utf-8")):
        raise Reject(json_answer(401, {
            "status": 401, "message": "Invalid access token", "error": "unauthorized",
        }))
    return instance


def require_paid(instance: Instance) -> None:
    """Rejects a free-plan instance with 403 ``subscription_required``."""
    if instance.plan == FREE:
        raise Reject(json_answer(403, {
            "status": "error", "code": "subscription_required",
            "message": "Webhooks are available on paid plans only.",
        }))


def parse_url(value: Any) -> str:
    """The webhook URL: required, https:// with a host."""
    if not isinstance(value, str) or not value.strip():
        raise _invalid("The url parameter is required.")
    url = value.strip()
    try:
        parts = urlsplit(url)
        ok = parts.scheme.lower() == "https" and bool(parts.hostname) and parts.port != 0
    except ValueError:  # a bad port or a broken IPv6 literal
        ok = False
    if not ok:
        raise _invalid("The url must be a valid https:// address.")
    return url


def parse_events(value: Any) -> list[str]:
    """The event names: a non-empty array (or numeric-key object) of known events, deduplicated."""
    if value is None:
        raise _invalid("The events parameter is required.")
    items = as_list(value)
    if items is None:
        raise _invalid("The events parameter must be an array of event names.")
    if not items:
        raise _invalid("The events parameter must contain at least one event.")
    unknown = [str(item) for item in items if not isinstance(item, str) or item not in EVENT_NAMES]
    if unknown:
        raise _invalid("Unknown event: " + ", ".join(unknown[:5]) + ".")
    return list(dict.fromkeys(items))


def parse_flag(value: Any, name: str = "is_active") -> bool:
    """1/0, true/false or "1"/"0"; absent (None) means 1."""
    if value is None:
        return True
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip() in ("0", "1"):
        return value.strip() == "1"
    raise _invalid(f"The {name} parameter must be 1 or 0.")


def parse_retries(value: Any) -> dict[str, int]:
    """``{delay, attempts}``, each a positive integer; absent keys take the defaults."""
    if value is None:
        return dict(DEFAULT_RETRIES)
    if not isinstance(value, dict):
        raise _invalid("The retries parameter must be an object with delay and attempts.")
    retries: dict[str, int] = {}
    for key, default in DEFAULT_RETRIES.items():
        number = value.get(key, default)
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise _invalid(f"retries.{key} must be a positive whole number.")
        retries[key] = number
    return retries


def parse_optional_text(value: Any, name: str) -> str:
    """An optional string parameter ('' when absent)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _invalid(f"The {name} parameter must be a string.")
    return value.strip()


def parse_webhook(body: dict[str, Any]) -> dict[str, Any]:
    """The webhook to store from a ``/v2/webhook/set`` body (every field checked)."""
    hook: dict[str, Any] = {"url": parse_url(body.get("url"))}
    hook["name"] = parse_optional_text(body.get("name"), "name")
    hook["events"] = parse_events(body.get("events"))
    hook["is_active"] = parse_flag(body.get("is_active"))
    hook["retries"] = parse_retries(body.get("retries"))
    hook["hmac"] = parse_optional_text(body.get("hmac"), "hmac") or None
    return hook


# ---- answer shapes -----------------------------------------------------------------------------


def php_list(items: list[Any]) -> dict[str, Any]:
    """A list the way PHP's json_encode writes an array with keys: ``{"0": …, "1": …}``."""
    return {str(index): item for index, item in enumerate(items)}


def webhook_json(hook: dict[str, Any]) -> dict[str, Any]:
    """A stored webhook as Wawp answers it: numeric-key events, 1/0 plus ``enabled``.

    The HMAC secret is never sent back: a stored secret shows as :data:`HMAC_MASK`.
    """
    data: dict[str, Any] = {"url": hook["url"]}
    if hook.get("name"):
        data["name"] = hook["name"]
    data["events"] = php_list(hook["events"])
    data["is_active"] = 1 if hook["is_active"] else 0
    data["enabled"] = bool(hook["is_active"])
    data["retries"] = dict(hook["retries"])
    if hook.get("hmac"):
        data["hmac"] = HMAC_MASK
    return data


# ---- endpoints ---------------------------------------------------------------------------------


def set_webhook(state: SandboxState, call: ApiCall) -> Answer:
    """``POST /v2/webhook/set``: add a webhook, or replace the one with the same URL in place.

    Fields left out take their defaults (``is_active`` 1, ``retries`` {2, 15}, no name, no
    HMAC): this is "set", not "update".
    """
    body = json_object(call, required=True)
    instance = authenticate(state, call, body)
    require_paid(instance)
    hook = apply_drift(instance, parse_webhook(body))
    instance.put_webhook(hook)
    answer: dict[str, Any] = {"status": "success", "message": "Webhook set successfully."}
    if hook["url"] == instance.system_webhook_url:
        answer["message"] = "Webhook set successfully. The dashboard event filter was synced."
        answer["system_webhook"] = 1
    answer["webhook"] = webhook_json(hook)
    return json_answer(200, answer)


def session_info(state: SandboxState, call: ApiCall) -> Answer:
    """``POST /v2/session/info`` (``GET`` with a query works too): name, status and phone."""
    body = json_object(call, required=False) if call.method != "GET" else {}
    instance = authenticate(state, call, body)
    return json_answer(200, {
        "name": instance.name,
        "status": instance.status,
        "config": {"webhooks": {}, "proxy": None},
        "me": dict(instance.me) if instance.me else None,
    })


def apply_drift(instance: Instance, hook: dict[str, Any]) -> dict[str, Any]:
    """``hook`` as this instance's (deliberately unfaithful) storage keeps it."""
    drift = instance.drift
    if not drift:
        return hook
    stored = dict(hook)
    dropped = set(drift.get("drop_events", ()))
    stored["events"] = [e for e in hook["events"] if e not in dropped]
    stored["events"] += [e for e in drift.get("add_events", ()) if e not in stored["events"]]
    if "is_active" in drift:
        stored["is_active"] = bool(drift["is_active"])
    if "retries" in drift:
        stored["retries"] = {**hook["retries"], **drift["retries"]}
    return stored


def webhook_read_json(hook: dict[str, Any], index: int) -> dict[str, Any]:
    """A webhook as ``GET /v2/session/webhook`` reports it, in varying loose shapes.

    Every second entry uses WAHA's retries form ``{delaySeconds, attempts, policy}`` with
    numbers and flags as strings, as read-backs from a PHP back end may.
    """
    data = webhook_json(hook)
    if index % 2:
        data["retries"] = {
            "delaySeconds": str(hook["retries"]["delay"]),
            "attempts": str(hook["retries"]["attempts"]),
            "policy": "constant",
        }
        data["is_active"] = "1" if hook["is_active"] else "0"
        data["enabled"] = "true" if hook["is_active"] else "false"
    return data


def list_webhooks(state: SandboxState, call: ApiCall) -> Answer:
    """``GET /v2/session/webhook``: custom webhooks, and the system one in ``systemConfig``."""
    instance = authenticate(state, call, {})
    require_paid(instance)
    custom = [h for h in instance.webhooks if h["url"] != instance.system_webhook_url]
    system = next((h for h in instance.webhooks if h["url"] == instance.system_webhook_url), None)
    answer: dict[str, Any] = {
        "webhooks": php_list([webhook_read_json(h, i) for i, h in enumerate(custom)]),
        "systemConfig": webhook_json(system) if system else {},
    }
    return json_answer(200, answer)


def update_webhook(state: SandboxState, call: ApiCall) -> Answer:
    """``PATCH /v2/webhook/update``: change the given fields of an existing webhook."""
    body = json_object(call, required=True)
    instance = authenticate(state, call, body)
    require_paid(instance)
    url = parse_url(body.get("url"))
    index = instance.find_webhook(url)
    if index is None:
        raise Reject(json_answer(404, {
            "status": "error", "code": "webhook_not_found",
            "message": "No webhook with this URL exists on the instance.",
        }))
    hook = dict(instance.webhooks[index])
    if "events" in body:
        hook["events"] = parse_events(body.get("events"))
    if "is_active" in body:
        hook["is_active"] = parse_flag(body.get("is_active"))
    if "retries" in body:
        hook["retries"] = parse_retries(body.get("retries"))
    if "name" in body:
        hook["name"] = parse_optional_text(body.get("name"), "name")
    if "hmac" in body:
        hook["hmac"] = parse_optional_text(body.get("hmac"), "hmac") or None
    hook = apply_drift(instance, hook)
    instance.put_webhook(hook)
    return json_answer(200, {
        "status": "success", "message": "Webhook updated successfully.",
        "webhook": webhook_json(hook),
    })


def delete_webhook(state: SandboxState, call: ApiCall) -> Answer:
    """``DELETE /v2/webhook/delete``: remove a custom webhook (never the system one)."""
    body = json_object(call, required=False) or {}
    instance = authenticate(state, call, body)
    require_paid(instance)
    url = parse_url(body.get("url") or call.query.get("url"))
    if url == instance.system_webhook_url:
        raise Reject(json_answer(403, {
            "status": "error", "code": "system_webhook_protected",
            "message": "The system webhook cannot be deleted; disable it instead.",
        }))
    index = instance.find_webhook(url)
    if index is None:
        raise Reject(json_answer(404, {
            "status": "error", "code": "webhook_not_found",
            "message": "No webhook with this URL exists on the instance.",
        }))
    del instance.webhooks[index]
    return json_answer(200, {"status": "success", "message": "Webhook deleted successfully."})


ROUTES: dict[tuple[str, str], Handler] = {
    ("POST", "/v2/webhook/set"): set_webhook,
    ("PATCH", "/v2/webhook/update"): update_webhook,
    ("DELETE", "/v2/webhook/delete"): delete_webhook,
    ("GET", "/v2/session/webhook"): list_webhooks,
    ("POST", "/v2/session/info"): session_info,
    ("GET", "/v2/session/info"): session_info,
}
"""(method, path) → handler."""


def dispatch(
    state: SandboxState, call: ApiCall, routes: dict[tuple[str, str], Handler] | None = None
) -> Answer:
    """Route ``call`` and run its handler under the state lock; 404 / 405 otherwise."""
    table = ROUTES if routes is None else routes
    path = call.path.rstrip("/") or "/"
    handler = table.get((call.method.upper(), path))
    if handler is None:
        allowed = sorted(method for method, known in table if known == path)
        if allowed:
            return json_answer(
                405, {"status": "error", "message": "Method not allowed"},
                {"Allow": ", ".join(allowed)},
            )
        return json_answer(404, {"status": "error", "message": "Not found"})
    with state.lock:
        try:
            return handler(state, call)
        except Reject as reject:
            return reject.answer
