"""Every check of the form: one rule per field kind, messages in plain words.

The fields and their limits come from :mod:`.webhook`; :func:`validate` walks that table.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from .events import EVENT_NAMES
from .i18n import ltr, translate
from .webhook import (
    FIELDS,
    HMAC_MAX_LENGTH,
    HMAC_RECOMMENDED_LENGTH,
    INSTANCE_ID_LENGTH,
    NAME_MAX_LENGTH,
    TOKEN_MAX_LENGTH,
    URL_MAX_LENGTH,
    Field,
    Kind,
    WebhookConfig,
)

_INSTANCE_ID_RE = re.compile(r"[A-Za-z0-9]{12}")
_HOST_LABEL_RE = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


@dataclass(frozen=True, slots=True)
class Problem:
    """One field-specific finding. Errors block saving; warnings do not."""

    field: str
    message: str
    is_error: bool = True


def _has_control_chars(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def check_instance_id(value: str) -> str | None:
    """Message for a bad instance ID, or None (short: it shows under a narrow field)."""
    if not value.strip():
        return translate(
            "Validation", "Enter the instance ID from your Wawp dashboard (12 letters and digits).")
    if value != value.strip():
        return translate("Validation", "Remove the spaces around the instance ID.")
    if not _INSTANCE_ID_RE.fullmatch(value) or not value.isascii():
        if len(value) != INSTANCE_ID_LENGTH:
            return translate(
                "Validation", "Needs exactly 12 letters and digits (this has {count}).").format(
                count=len(value))
        return translate("Validation", "Use only the letters A–Z and the digits 0–9.")
    return None


def check_token(value: str) -> str | None:
    """Message for a bad access token, or None (short: it shows under the field)."""
    if not value:
        return translate("Validation", "Enter the access token of this instance.")
    if value != value.strip():
        return translate("Validation", "Remove the spaces around the token.")
    if any(ch.isspace() for ch in value) or _has_control_chars(value):
        return translate(
            "Validation", "The token has spaces or invisible characters: paste it again.")
    if not value.isascii():
        odd = next(ch for ch in value if not ch.isascii())
        return translate(
            "Validation", "The token contains “{character}”: paste it again from the Wawp "
            "dashboard."
                         ).format(character=odd)
    if len(value) > TOKEN_MAX_LENGTH:
        return translate(
            "Validation", "The token is longer than {limit} characters: check what you pasted."
                         ).format(limit=TOKEN_MAX_LENGTH)
    return None


def _host_ok(host: str) -> bool:
    if host.startswith("[") and host.endswith("]"):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return False
        return True
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return False
    ascii_host = ascii_host.rstrip(".")
    if not ascii_host or len(ascii_host) > 253:
        return False
    return all(_HOST_LABEL_RE.fullmatch(label) for label in ascii_host.split("."))


def check_url(value: str) -> str | None:
    """Message for a bad webhook URL, or None."""
    if not value.strip():
        return translate(
            "Validation", "Enter the address of your server that should receive the events "
            "(https://…).")
    if value != value.strip():
        return translate("Validation", "The URL has spaces around it; remove them.")
    if any(ch.isspace() for ch in value) or _has_control_chars(value):
        return translate("Validation", "The URL contains spaces or invisible characters.")
    if len(value) > URL_MAX_LENGTH:
        return translate("Validation", "The URL is longer than {limit} characters.").format(
            limit=URL_MAX_LENGTH)
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return translate("Validation", "The URL is not valid: check the host name and port.")
    scheme = parts.scheme.lower()
    if not scheme or "://" not in value:
        return translate("Validation", "The URL must start with https://")
    if scheme == "http":
        return translate(
            "Validation", "Wawp only delivers to secure addresses: use https:// instead of "
            "http://.")
    if scheme != "https":
        return translate("Validation", "The URL must start with https://, not {scheme}.").format(
            scheme=ltr(f"{parts.scheme}://"))
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return translate(
            "Validation", "Do not put a user name or password in the URL; use the HMAC secret "
            "instead.")
    host = parts.netloc.rsplit(":", 1)[0] if port is not None else parts.netloc
    if not host:
        return translate(
            "Validation", "The URL has no host name (for example https://example.com/webhook).")
    if not _host_ok(host):
        return translate("Validation", "“{host}” is not a valid host name.").format(host=ltr(host))
    if port == 0:
        return translate("Validation", "The URL's port must be between 1 and 65535.")
    return None


def check_events(events: list[str]) -> str | None:
    """Message for a bad event list, or None."""
    if not events:
        return translate("Validation", "Choose at least one event to receive.")
    unknown = [name for name in events if name not in EVENT_NAMES]
    if unknown:
        return translate("Validation", "Unknown event: {events}.").format(
            events=", ".join(ltr(name) for name in unknown[:5]))
    if len(set(events)) != len(events):
        return translate("Validation", "An event is listed twice.")
    return None


def check_range(value: object, bounds: tuple[int, int], what: str) -> str | None:
    """Message for a whole number outside ``bounds`` (or not a whole number), or None.
    ``what`` is the field's label in the user's language (:attr:`.webhook.Field.shown`)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return translate("Validation", "The {what} must be a whole number.").format(what=what)
    low, high = bounds
    if not low <= value <= high:
        return translate("Validation", "The {what} must be between {low} and {high}.").format(
            what=what, low=low, high=high)
    return None


def check_name(value: str) -> str | None:
    """Message for a bad display name (after trimming), or None."""
    name = value.strip()
    if _has_control_chars(name):
        return translate("Validation", "The name contains invisible control characters.")
    if len(name) > NAME_MAX_LENGTH:
        return translate(
            "Validation", "The name is {length} characters long; keep it to {limit} or fewer."
                         ).format(length=len(name), limit=NAME_MAX_LENGTH)
    return None


def check_hmac(value: str) -> Problem | None:
    """Error or warning for the HMAC secret, or None."""
    if not value:
        return None
    if value != value.strip():
        return Problem("hmac", translate(
            "Validation", "The HMAC secret has spaces around it; remove them."))
    if _has_control_chars(value) or "\n" in value:
        return Problem("hmac", translate(
            "Validation", "The HMAC secret contains invisible characters."))
    if len(value) > HMAC_MAX_LENGTH:
        return Problem("hmac", translate(
            "Validation", "The HMAC secret is longer than {limit} characters.")
                       .format(limit=HMAC_MAX_LENGTH))
    if len(value) < HMAC_RECOMMENDED_LENGTH:
        return Problem(
            "hmac",
            translate("Validation", "A secret of {length} characters is easy to guess; use at "
                      "least {minimum} (press Generate).").format(
                length=len(value), minimum=HMAC_RECOMMENDED_LENGTH),
            is_error=False,
        )
    return None


_TEXT_CHECKS: dict[str, Callable[[str], str | None]] = {
    "instance_id": check_instance_id,
    "access_token": check_token,
    "url": check_url,
    "name": check_name,
}


def check_field(spec: Field, value: object) -> Problem | None:
    """The problem with one field's value, or None."""
    message: str | None
    if spec.name == "hmac":
        return check_hmac(value) if isinstance(value, str) else Problem(
            "hmac", translate("Validation", "Not text."))
    if spec.kind is Kind.EVENTS:
        message = check_events(list(value) if isinstance(value, list | tuple) else [])
    elif spec.kind is Kind.COUNT:
        assert spec.bounds is not None
        message = check_range(value, spec.bounds, spec.shown)
    elif spec.kind is Kind.FLAG:
        message = None if isinstance(value, bool) else translate(
            "Validation", "“{what}” must be on or off.").format(what=spec.shown)
    elif not isinstance(value, str):
        message = translate("Validation", "The {what} must be text.").format(what=spec.shown)
    else:
        message = _TEXT_CHECKS.get(spec.name, lambda text: check_text(text, spec))(value)
    return Problem(spec.problem_key, message) if message else None


def check_text(value: str, spec: Field) -> str | None:
    """The rule for a plain optional text field: no control characters, bounded length."""
    text = value.strip() if spec.strip else value
    if _has_control_chars(text):
        return translate("Validation", "The {what} contains invisible control characters.").format(
            what=spec.shown)
    if spec.max_length is not None and len(text) > spec.max_length:
        return translate("Validation", "The {what} is longer than {limit} characters.").format(
            what=spec.shown, limit=spec.max_length)
    return None


def validate(config: WebhookConfig) -> list[Problem]:
    """Every problem with ``config``, one per field at most, in form order."""
    found = (check_field(spec, config.get(spec)) for spec in FIELDS)
    return [problem for problem in found if problem is not None]


def errors_only(problems: list[Problem]) -> list[Problem]:
    """The problems that block saving."""
    return [p for p in problems if p.is_error]
