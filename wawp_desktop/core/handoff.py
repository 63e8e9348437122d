"""The save request as text someone else can run: JSON preview, cURL, PowerShell, httpx.

Every function takes the :class:`ApiRequest` that :func:`.save.plan` returns: the request
Save sends, no other.
"""

from __future__ import annotations

import json
import pprint
import shlex
from typing import Any

from .request import ApiRequest
from .secrets import MASK, mask_body

TOKEN_PLACEHOLDER = "YOUR_ACCESS_TOKEN"
HMAC_PLACEHOLDER = "YOUR_HMAC_SECRET"


def handoff_body(request: ApiRequest, include_secrets: bool = False) -> dict[str, Any]:
    """The request's body with the token and HMAC secret as placeholders unless asked."""
    body = dict(request.body or {})
    if include_secrets:
        return body
    return mask_body(body, TOKEN_PLACEHOLDER, HMAC_PLACEHOLDER)


def preview_json(request: ApiRequest) -> str:
    """The exact JSON body Save sends, indented, with the token and HMAC secret masked."""
    return json.dumps(mask_body(dict(request.body or {}), MASK, MASK), indent=2,
                      ensure_ascii=False)


def endpoint(api_base: str, request: ApiRequest) -> str:
    """The full address the request goes to."""
    return api_base.strip().rstrip("/") + request.path


def _compact(body: dict[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False)


def as_curl(api_base: str, request: ApiRequest, include_secrets: bool = False) -> str:
    """A POSIX shell ``curl`` command (single-quoted arguments)."""
    body = _compact(handoff_body(request, include_secrets))
    return (
        f"curl -X {request.method} {shlex.quote(endpoint(api_base, request))} \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        f"  --data-raw {shlex.quote(body)}"
    )


def _ps_quote(text: str) -> str:
    """A PowerShell single-quoted string (quotes doubled; no interpolation)."""
    for quote in ("\u2018", "\u2019", "\u201a", "\u201b"):  # PowerShell treats these as quotes
        text = text.replace(quote, quote * 2)
    return "'" + text.replace("'", "''") + "'"


def as_powershell(api_base: str, request: ApiRequest, include_secrets: bool = False) -> str:
    """A PowerShell ``Invoke-RestMethod`` call."""
    body = _compact(handoff_body(request, include_secrets))
    return (
        f"Invoke-RestMethod -Method {request.method.title()} "
        f"-Uri {_ps_quote(endpoint(api_base, request))} `\n"
        "  -ContentType 'application/json; charset=utf-8' `\n"
        f"  -Body ([System.Text.Encoding]::UTF8.GetBytes({_ps_quote(body)}))"
    )


def as_python(api_base: str, request: ApiRequest, include_secrets: bool = False) -> str:
    """A short Python script using httpx."""
    body = pprint.pformat(handoff_body(request, include_secrets), sort_dicts=False, width=88)
    body = "\n".join("    " + line if i else line for i, line in enumerate(body.splitlines()))
    return (
        "import httpx\n\n"
        f"body = {body}\n"
        f"response = httpx.request({request.method!r}, {endpoint(api_base, request)!r}, "
        "json=body, timeout=30)\n"
        "print(response.status_code, response.text)\n"
    )
