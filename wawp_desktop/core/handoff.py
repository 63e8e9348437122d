"""The save request as text someone else can run: JSON preview, cURL, PowerShell, httpx."""

from __future__ import annotations

import json
import pprint
import shlex
from typing import Any

from .config import WebhookConfig
from .request import SET_WEBHOOK_PATH, set_webhook_body

TOKEN_PLACEHOLDER = "YOUR_ACCESS_TOKEN"
HMAC_PLACEHOLDER = "YOUR_HMAC_SECRET"
MASK = "••••••"


def _replace_secrets(body: dict[str, Any], token: str, secret: str) -> dict[str, Any]:
    out = dict(body)
    if "access_token" in out:
        out["access_token"] = token
    if out.get("hmac"):
        out["hmac"] = secret
    return out


def handoff_body(config: WebhookConfig, include_secrets: bool = False) -> dict[str, Any]:
    """``set_webhook_body`` with the token and HMAC secret as placeholders unless asked."""
    body = set_webhook_body(config)
    if include_secrets:
        return body
    return _replace_secrets(body, TOKEN_PLACEHOLDER, HMAC_PLACEHOLDER)


def preview_json(config: WebhookConfig) -> str:
    """The exact JSON body Save sends, indented, with the token and HMAC secret masked."""
    return json.dumps(_replace_secrets(set_webhook_body(config), MASK, MASK), indent=2,
                      ensure_ascii=False)


def endpoint(api_base: str) -> str:
    """The full address of ``POST /v2/webhook/set``."""
    return api_base.strip().rstrip("/") + SET_WEBHOOK_PATH


def _compact(body: dict[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False)


def as_curl(api_base: str, config: WebhookConfig, include_secrets: bool = False) -> str:
    """A POSIX shell ``curl`` command (single-quoted arguments)."""
    body = _compact(handoff_body(config, include_secrets))
    return (
        f"curl -X POST {shlex.quote(endpoint(api_base))} \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        f"  --data-raw {shlex.quote(body)}"
    )


def _ps_quote(text: str) -> str:
    """A PowerShell single-quoted string (quotes doubled; no interpolation)."""
    for quote in ("\u2018", "\u2019", "\u201a", "\u201b"):  # PowerShell treats these as quotes
        text = text.replace(quote, quote * 2)
    return "'" + text.replace("'", "''") + "'"


def as_powershell(api_base: str, config: WebhookConfig, include_secrets: bool = False) -> str:
    """A PowerShell ``Invoke-RestMethod`` call."""
    body = _compact(handoff_body(config, include_secrets))
    return (
        f"Invoke-RestMethod -Method Post -Uri {_ps_quote(endpoint(api_base))} `\n"
        "  -ContentType 'application/json; charset=utf-8' `\n"
        f"  -Body ([System.Text.Encoding]::UTF8.GetBytes({_ps_quote(body)}))"
    )


def as_python(api_base: str, config: WebhookConfig, include_secrets: bool = False) -> str:
    """A short Python script using httpx."""
    body = pprint.pformat(handoff_body(config, include_secrets), sort_dicts=False, width=88)
    body = "\n".join("    " + line if i else line for i, line in enumerate(body.splitlines()))
    return (
        "import httpx\n\n"
        f"body = {body}\n"
        f"response = httpx.post({endpoint(api_base)!r}, json=body, timeout=30)\n"
        "print(response.status_code, response.text)\n"
    )
