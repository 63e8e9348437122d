"""The only redaction in the project: the mask, the secret-looking keys, and the functions that
hide secrets in text (logs, crash reports, the sandbox's request log) and in data (history,
previews, exports).

Secrets are registered as soon as they are typed, loaded or saved (:func:`register_secret`),
so a log line written before the first save is masked too.
"""

from __future__ import annotations

import json
import re
import threading
from typing import Any
from urllib.parse import quote, quote_plus

MASK = "••••••"
"""What stands for a secret wherever one is hidden: previews, history, logs."""
SECRET_KEYS = frozenset({"access_token", "access-token", "token", "hmac", "secret", "password",
                         "api_key", "apikey", "authorization"})
"""Keys whose values are secret in any JSON object or query string."""
MIN_SECRET_LENGTH = 4
"""Shorter values are not registered: masking them would garble ordinary text."""

_KEYS = (r"access(?:[_-]|%5f|%2d)?token|token|hmac|secret|password|api(?:[_-]|%5f)?key"
         r"|authorization")
_PATTERNS = (
    # key=value in query strings and free text (access_token=abc&…)
    (re.compile(rf"(?i)\b({_KEYS})=([^&\s\"',;]+)"), lambda m: f"{m.group(1)}={MASK}"),
    # "access_token": "…" / 'hmac': '…' (JSON and Python reprs; escaped quotes inside)
    (re.compile(rf"(?i)(([\"'])(?:{_KEYS})\2\s*:\s*([\"']))((?:\\.|(?!\3)[^\\])*)(\3)"),
     lambda m: f"{m.group(1)}{MASK}{m.group(5)}"),
    # access-token: … (an HTTP header line)
    (re.compile(rf"(?im)^(\s*({_KEYS})\s*:\s*)(\S.*)$"), lambda m: f"{m.group(1)}{MASK}"),
    # Authorization: Bearer …
    (re.compile(r"(?i)\b(bearer)\s+([A-Za-z0-9._~+/=-]+)"), lambda m: f"{m.group(1)} {MASK}"),
)
_secrets: set[str] = set()
_lock = threading.Lock()


def _forms(value: str) -> set[str]:
    """``value`` as it may appear in text: as is, trimmed, URL-encoded, and escaped inside a
    JSON string or a Python repr (a secret holding a quote or a backslash)."""
    forms = {value, value.strip(), quote(value, safe=""), quote_plus(value, safe=""),
             json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1],
             repr(value)[1:-1]}
    return {form for form in forms if len(form.strip()) >= MIN_SECRET_LENGTH}


def register_secret(value: str | None) -> None:
    """Mask ``value`` (and its URL-encoded forms) wherever it appears in text from now on."""
    if value and len(value.strip()) >= MIN_SECRET_LENGTH:
        with _lock:
            _secrets.update(_forms(value))


def forget_secrets() -> None:
    """Drop every registered secret (tests)."""
    with _lock:
        _secrets.clear()


def redact(text: str, extra: list[str] | tuple[str, ...] = ()) -> str:
    """``text`` with registered secrets, ``extra`` secrets and secret-looking values masked."""
    if not text:
        return text
    with _lock:
        known = set(_secrets)
    for value in extra:
        if value and len(value.strip()) >= MIN_SECRET_LENGTH:
            known |= _forms(value)
    for secret in sorted(known, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replace in _PATTERNS:
        text = pattern.sub(replace, text)
    return text


def scrub(value: Any, secrets: list[str] | tuple[str, ...] = ()) -> Any:
    """``value`` (JSON-like data) with secret-named keys and any text holding a secret masked.

    Registered secrets are masked too. Deeply nested data is cut rather than recursed into
    without end (the caller bounds answers first; see :func:`.preview.shrink`)."""
    with _lock:
        known = sorted(set(_secrets) | {s for s in secrets if s}, key=len, reverse=True)
    return _scrub(value, known, 0)


_MAX_DEPTH = 200


def _scrub(value: Any, known: list[str], depth: int) -> Any:
    if depth > _MAX_DEPTH:
        return "…"
    if isinstance(value, dict):
        return {k: (MASK if str(k).lower() in SECRET_KEYS and v else _scrub(v, known, depth + 1))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, known, depth + 1) for v in value]
    if isinstance(value, str):
        for secret in known:
            if secret in value:
                value = value.replace(secret, MASK)
        return value
    return value


def mask_body(body: dict[str, Any], token: str = MASK, secret: str = MASK) -> dict[str, Any]:
    """A request body with the access token and a non-empty HMAC secret replaced."""
    out = dict(body)
    if "access_token" in out:
        out["access_token"] = token
    if out.get("hmac"):
        out["hmac"] = secret
    return out
