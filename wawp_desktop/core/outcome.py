"""Classify an HTTP answer from Wawp as a success or a typed, plain-language error."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from . import stepjson
from .errors import ErrorKind, WawpError
from .i18n import ltr, translate
from .normalize import ROOT_KEY, normalize

MAX_SERVER_MESSAGE = 300


@dataclass(slots=True)
class ApiSuccess:
    """A successful answer: the normalized body, and the part the caller asked for."""

    status: int
    data: dict[str, Any]
    item: Any = None
    message: str = ""
    raw_body: str = ""
    headers: dict[str, str] = field(default_factory=dict)


def decode_body(body: bytes) -> str:
    """The body as text (UTF-8, bad bytes replaced)."""
    return body.decode("utf-8", errors="replace")


STEPWISE_PARSE_CHARS = 256 * 1024
"""Longer texts are parsed by :func:`.stepjson.loads`, which lets the GUI thread run while a
worker thread parses (``json.loads`` holds the GIL throughout: 30-40 ms for 1.2 MB)."""


MAX_JSON_DEPTH = 200
"""Deepest nesting of lists and objects :func:`parse_json` accepts (a history line holds an
answer one level down)."""
MAX_ANSWER_DEPTH = 100
"""Deepest nesting accepted in an answer. Wawp's answers are about 5 levels deep; every later
step (normalizing, previews, history, display) walks values recursively, and an answer
nested 700-950 levels deep made one of them fail (RecursionError) after the save was
already shown as done."""


class JsonTooDeep(ValueError):
    """Valid-looking JSON nested deeper than :data:`MAX_JSON_DEPTH`."""


def _loads_large(text: str) -> Any:
    try:
        return stepjson.loads(text)
    except RecursionError:  # Python frames run out sooner than C's: parse it in one go
        return json.loads(text)


def nesting_exceeds(value: Any, limit: int) -> bool:
    """True when lists and objects in ``value`` nest deeper than ``limit`` (no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if isinstance(current, dict):
            children: Any = current.values()
        elif isinstance(current, list):
            children = current
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, dict | list))
    return False


def _might_nest_deeper(text: str, limit: int) -> bool:
    # Nesting deeper than ``limit`` needs more than ``limit`` opening brackets: counting them
    # (C speed) spares the walk for almost every answer.
    return text.count("[") + text.count("{") > limit


def load_json(text: str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """The value of the JSON document ``text`` (a leading byte-order mark is ignored).

    Raises :class:`JsonTooDeep` when lists and objects nest deeper than ``max_depth``, and
    ``ValueError`` when ``text`` is not JSON (an empty text included).
    """
    text = text.removeprefix("\ufeff")  # a UTF-8 byte-order mark, common from PHP
    if not text.strip():
        raise ValueError("empty text")
    try:
        value = _loads_large(text) if len(text) > STEPWISE_PARSE_CHARS else json.loads(text)
    except RecursionError:
        raise JsonTooDeep(f"nested deeper than {max_depth} levels") from None
    if _might_nest_deeper(text, max_depth) and nesting_exceeds(value, max_depth):
        raise JsonTooDeep(f"nested deeper than {max_depth} levels")
    return value


def parse_json(text: str) -> tuple[bool, Any]:
    """(True, value) when ``text`` is JSON nested at most :data:`MAX_JSON_DEPTH` levels deep,
    else (False, None)."""
    try:
        return True, load_json(text)
    except ValueError:
        return False, None


def _non_json_kind(text: str) -> str:
    """``empty``, ``html``, ``xml`` or ``text``: what a non-JSON body looks like."""
    head = text.lstrip()[:200].lower()
    if not head:
        return "empty"
    if head.startswith("<!doctype html") or "<html" in head:
        return "html"
    if head.startswith("<?xml") or head.startswith("<"):
        return "xml"
    return "text"


def describe_non_json(text: str) -> str:
    """What a non-JSON body looks like, in words (in the user's language)."""
    return {
        "empty": lambda: translate("Errors", "an empty answer"),
        "html": lambda: translate("Errors", "a web page (HTML)"),
        "xml": lambda: translate("Errors", "an XML document"),
        "text": lambda: translate("Errors", "plain text"),
    }[_non_json_kind(text)]()


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # isdigit alone accepts "²", which int() refuses
        return float(min(int(value), 86_400))
    try:
        from email.utils import parsedate_to_datetime  # rare: only for HTTP-date Retry-After

        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    return max(0.0, min(delta, 86_400.0))


def _clean_text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        text = " ".join(value.split())
        if len(text) > MAX_SERVER_MESSAGE:
            text = text[: MAX_SERVER_MESSAGE - 1] + "…"
        return text
    return None


_CODE_RE = re.compile(r"[a-z][a-z0-9_.-]{2,60}", re.I)


def error_fields(data: Any) -> tuple[str | None, str | None]:
    """(code, message) from any of Wawp's error shapes."""
    if not isinstance(data, dict):
        return None, None
    code = data.get("code")
    message = data.get("message")
    error = data.get("error")
    if isinstance(error, dict):
        code = code or error.get("code")
        message = message or error.get("message")
    elif isinstance(error, str) and error.strip():
        if _CODE_RE.fullmatch(error.strip()):
            code = code or error.strip()
        else:
            message = message or error
    if not isinstance(code, str) or not code.strip():
        code = None
    return (code.strip() if code else None), _clean_text(message)


_XML_TAGS = [re.compile(rf"<{tag}\b[^>]*>(.*?)</{tag}>", re.I | re.S)
             for tag in ("message", "detail", "error")]  # the most specific first
_XML_CODE = re.compile(r"<code\b[^>]*>([^<]*)</code>", re.I)
_TAG_RE = re.compile(r"<[^>]+>")


def text_message(text: str) -> str | None:
    """A readable message from a plain-text or XML error body (None for HTML pages)."""
    if _non_json_kind(text) == "html":
        return None
    for pattern in _XML_TAGS:
        if match := pattern.search(text):
            return _clean_text(_TAG_RE.sub(" ", match.group(1)))
    return _clean_text(_TAG_RE.sub(" ", text))


def text_code(text: str) -> str | None:
    """The ``<code>`` of an XML error body, if it has one."""
    match = _XML_CODE.search(text)
    return (match.group(1).strip() or None) if match else None


def _status_says_error(data: dict[str, Any], status_is_state: bool = False) -> bool:
    status = data.get("status")
    if isinstance(status, str):
        # In /v2/session/info, "status" is the session's state (FAILED is a state, not an error).
        words = {"error"} if status_is_state else {"error", "fail", "failed", "failure"}
        if status.strip().lower() in words:
            return True
    # A numeric status of 400 or more was raised as an HTTP error by classify already; a lower
    # one (``"status": 200``) must not hide ``success: false`` or an ``error`` next to it.
    if data.get("success") is False or data.get("ok") is False:
        return True
    return bool(data.get("error")) and not _status_says_success(data)


def _status_says_success(data: dict[str, Any]) -> bool:
    status = data.get("status")
    return isinstance(status, str) and status.strip().lower() in {"success", "ok"}


def _by_code(
    code: str | None, status: int | None, message: str | None, **extra: Any
) -> WawpError | None:
    lowered = (code or "").lower()
    if lowered == "subscription_required":
        return WawpError(
            ErrorKind.SUBSCRIPTION_REQUIRED,
            translate("Errors", "This instance is on Wawp's free plan. Webhooks are part of the "
                      "paid plans: upgrade the instance in your Wawp dashboard, then save again."),
            status=status, code=code, server_message=message, **extra,
        )
    if lowered == "quota_reached":
        return WawpError(
            ErrorKind.QUOTA_REACHED,
            translate("Errors", "Your plan's limit has been reached. Wait for it to renew or "
                      "upgrade it in the Wawp dashboard, then try again."),
            status=status, code=code, server_message=message, **extra,
        )
    return None


def _with_server(text: str, message: str | None) -> str:
    if not message:
        return text
    return translate("Errors", "{text} Wawp says: “{message}”").format(text=text, message=message)


def _http_error(status: int, headers: dict[str, str], code: str | None, message: str | None,
                raw: str, data: Any) -> WawpError:
    extra: dict[str, Any] = {"raw_body": raw, "data": data}
    known = _by_code(code, status, message, **extra)
    if known:
        return known
    common = {"status": status, "code": code, "server_message": message, **extra}
    if status == 401:
        return WawpError(
            ErrorKind.UNAUTHORIZED,
            translate("Errors", "The access token is wrong or has been changed. Copy it again "
                      "from the Wawp dashboard (Instances → your instance → Access token)."),
            **common,
        )
    if status == 403:
        return WawpError(
            ErrorKind.FORBIDDEN,
            _with_server(translate("Errors", "Wawp refused this request for this instance."),
                         message),
            **common,
        )
    if status == 404:
        lowered = (code or "").lower()
        if lowered == "invalid_session":
            text = translate("Errors", "Wawp knows this instance but its WhatsApp session is "
                             "gone: the phone may have been unlinked. Reconnect it in the Wawp "
                             "dashboard.")
        elif lowered == "webhook_not_found":
            text = translate("Errors", "No webhook with this URL exists on the instance; it "
                             "may have been deleted already. Reload the list.")
        elif data is None and not message:
            text = translate("Errors", "Wawp answered “not found”. Check the instance ID; if it "
                             "is right, the API address may be wrong.")
        else:
            text = translate("Errors", "No instance with this ID was found. Check the instance "
                             "ID; the instance may also have been deleted.")
        return WawpError(ErrorKind.NOT_FOUND, text, **common)
    if status in (400, 422):
        return WawpError(
            ErrorKind.VALIDATION,
            message or translate(
                "Errors", "Wawp says the request is missing something or has a wrong value."),
            **common,
        )
    retry_after = parse_retry_after(headers.get("retry-after"))
    wait = " " + translate("Errors", "Wawp asks to wait {seconds} s before trying again.").format(
        seconds=f"{retry_after:.0f}") if retry_after else ""
    if status == 429:
        return WawpError(
            ErrorKind.RATE_LIMITED,
            translate("Errors", "Too many requests were sent in a short time.")
            + (wait or " " + translate("Errors", "Wait a moment and try again.")),
            retry_after=retry_after, **common,
        )
    if status >= 500:
        return WawpError(
            ErrorKind.SERVER_ERROR,
            translate("Errors", "Wawp's server had a problem (HTTP {status}). Your settings were "
                      "probably not saved.").format(status=status)
            + (wait or " " + translate("Errors", "Try again in a minute.")),
            retry_after=retry_after, **common,
        )
    return WawpError(
        ErrorKind.HTTP_ERROR,
        _with_server(translate("Errors", "Wawp answered with HTTP {status}, which the app did "
                               "not expect.").format(status=status), message),
        **common,
    )


def classify(
    status: int,
    headers: dict[str, str],
    body: bytes | str,
    *,
    item_key: str | None = "webhook",
    status_is_state: bool = False,
) -> ApiSuccess:
    """The success in this answer, or raise the matching :class:`WawpError`.

    ``item_key`` names the object a success must carry (``None``: any success body).
    ``status_is_state``: the body's ``status`` is a session state, not the call's outcome.
    """
    headers = {k.lower(): v for k, v in headers.items()}
    raw = body if isinstance(body, str) else decode_body(body)
    ok = 200 <= status < 300
    try:
        is_json, data = True, load_json(raw, MAX_ANSWER_DEPTH)
    except JsonTooDeep:
        if not ok:
            raise _http_error(status, headers, None, None, raw, None) from None
        raise WawpError(
            ErrorKind.UNEXPECTED_SHAPE,
            translate("Errors", "Wawp's answer was nested more than {levels} levels deep, far "
                      "more than Wawp ever sends, so it cannot be read and nothing can be "
                      "confirmed. The API address may point at the wrong service."
                      ).format(levels=MAX_ANSWER_DEPTH),
            status=status, raw_body=raw,
        ) from None
    except ValueError:
        is_json, data = False, None
    if not is_json:
        if ok:
            kind = describe_non_json(raw)
            raise WawpError(
                ErrorKind.NOT_JSON,
                translate("Errors", "Wawp sent {kind} instead of data. The service may be down "
                          "or behind a maintenance page, or the API address is wrong."
                          ).format(kind=kind),
                status=status, raw_body=raw,
            )
        raise _http_error(status, headers, text_code(raw), text_message(raw), raw, None)
    try:
        data = normalize(data, ROOT_KEY)
    except RecursionError:  # not expected within MAX_JSON_DEPTH; a safety net
        raise WawpError(
            ErrorKind.UNEXPECTED_SHAPE,
            translate("Errors", "Wawp's answer was nested far too deeply to be read. The API "
                      "address may point at the wrong service."),
            status=status, raw_body=raw,
        ) from None
    code, message = error_fields(data)
    if not ok:
        raise _http_error(status, headers, code, message, raw, data)
    if not isinstance(data, dict):
        raise WawpError(
            ErrorKind.UNEXPECTED_SHAPE,
            translate("Errors", "Wawp's answer did not have the expected form (no object). "
                      "Nothing can be confirmed."),
            status=status, raw_body=raw, data=data,
        )
    known = _by_code(code, status, message, raw_body=raw, data=data)
    if known:
        raise known
    body_status = data.get("status")
    if isinstance(body_status, int) and not isinstance(body_status, bool) and body_status >= 400:
        raise _http_error(body_status, headers, code, message, raw, data)
    if _status_says_error(data, status_is_state):
        raise WawpError(
            ErrorKind.SERVER_REPORTED_ERROR,
            _with_server(translate("Errors", "Wawp answered, but said the request failed."),
                         message),
            status=status, code=code, server_message=message, raw_body=raw, data=data,
        )
    item = data.get(item_key) if item_key else None
    if item_key and not isinstance(item, dict):
        text = (translate("Errors", "Wawp did not confirm what it stored: the “{part}” part of its "
                          "answer was missing.") if item is None else
                translate("Errors", "Wawp did not confirm what it stored: the “{part}” part of its "
                          "answer had the wrong form."))
        raise WawpError(
            ErrorKind.UNEXPECTED_SHAPE,
            text.format(part=ltr(item_key)),
            status=status, raw_body=raw, data=data,
        )
    if item_key is None and not _status_says_success(data) and not data:
        raise WawpError(
            ErrorKind.UNEXPECTED_SHAPE,
            translate("Errors", "Wawp's answer was empty, so nothing can be confirmed."),
            status=status, raw_body=raw, data=data,
        )
    return ApiSuccess(
        status=status, data=data, item=item, message=message or "", raw_body=raw, headers=headers
    )
