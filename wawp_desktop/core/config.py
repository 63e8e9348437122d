"""The webhook configuration a user asks for, and its validation."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .events import EVENT_NAMES

INSTANCE_ID_LENGTH = 12
RETRY_DELAY_RANGE = (1, 600)
"""Seconds between delivery attempts: at least 1 s, at most 10 minutes."""
RETRY_ATTEMPTS_RANGE = (1, 50)
"""Delivery attempts: at least 1, at most 50 (a day of retries at the longest delay is silly)."""
NAME_MAX_LENGTH = 100
HMAC_MAX_LENGTH = 512
HMAC_RECOMMENDED_LENGTH = 16
TOKEN_MAX_LENGTH = 1000
"""Windows Credential Manager rejects secrets over about 1,280 characters."""
URL_MAX_LENGTH = 2048
DEFAULT_RETRY_DELAY = 2
DEFAULT_RETRY_ATTEMPTS = 15

_INSTANCE_ID_RE = re.compile(r"[A-Za-z0-9]{12}")
_HOST_LABEL_RE = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


@dataclass(slots=True)
class WebhookConfig:
    """Everything the form holds for one `POST /v2/webhook/set`."""

    instance_id: str = ""
    access_token: str = ""
    url: str = ""
    events: list[str] = field(default_factory=list)
    name: str = ""
    is_active: bool = True
    retry_delay: int = DEFAULT_RETRY_DELAY
    retry_attempts: int = DEFAULT_RETRY_ATTEMPTS
    hmac: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """One field-specific finding. Errors block saving; warnings do not."""

    field: str
    message: str
    is_error: bool = True


def _has_control_chars(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def check_instance_id(value: str) -> str | None:
    """Message for a bad instance ID, or None."""
    if not value.strip():
        return "Enter the instance ID (12 letters and digits, shown in your Wawp dashboard)."
    if value != value.strip():
        return "The instance ID has spaces around it; remove them."
    if not _INSTANCE_ID_RE.fullmatch(value) or not value.isascii():
        if len(value) != INSTANCE_ID_LENGTH:
            return (
                f"The instance ID has {len(value)} characters; it must be exactly 12 "
                "letters and digits."
            )
        return "The instance ID may contain only letters A–Z and digits 0–9."
    return None


def check_token(value: str) -> str | None:
    """Message for a bad access token, or None."""
    if not value:
        return "Enter the access token of this instance."
    if value != value.strip():
        return "The access token has spaces around it; remove them."
    if any(ch.isspace() for ch in value) or _has_control_chars(value):
        return "The access token contains spaces or invisible characters; paste it again."
    if len(value) > TOKEN_MAX_LENGTH:
        return (
            f"The access token is longer than {TOKEN_MAX_LENGTH} characters; "
            "check what you pasted."
        )
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
        return "Enter the address of your server that should receive the events (https://…)."
    if value != value.strip():
        return "The URL has spaces around it; remove them."
    if any(ch.isspace() for ch in value) or _has_control_chars(value):
        return "The URL contains spaces or invisible characters."
    if len(value) > URL_MAX_LENGTH:
        return f"The URL is longer than {URL_MAX_LENGTH} characters."
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return "The URL is not valid: check the host name and port."
    scheme = parts.scheme.lower()
    if not scheme or "://" not in value:
        return "The URL must start with https://"
    if scheme == "http":
        return "Wawp only delivers to secure addresses: use https:// instead of http://."
    if scheme != "https":
        return f"The URL must start with https://, not {parts.scheme}://."
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return "Do not put a user name or password in the URL; use the HMAC secret instead."
    host = parts.netloc.rsplit(":", 1)[0] if port is not None else parts.netloc
    if not host:
        return "The URL has no host name (for example https://example.com/webhook)."
    if not _host_ok(host):
        return f"“{host}” is not a valid host name."
    if port == 0:
        return "The URL's port must be between 1 and 65535."
    return None


def check_events(events: list[str]) -> str | None:
    """Message for a bad event list, or None."""
    if not events:
        return "Choose at least one event to receive."
    unknown = [name for name in events if name not in EVENT_NAMES]
    if unknown:
        return "Unknown event: " + ", ".join(unknown[:5]) + "."
    if len(set(events)) != len(events):
        return "An event is listed twice."
    return None


def _check_range(value: object, bounds: tuple[int, int], what: str) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"The {what} must be a whole number."
    low, high = bounds
    if not low <= value <= high:
        return f"The {what} must be between {low} and {high}."
    return None


def check_name(value: str) -> str | None:
    """Message for a bad display name (after trimming), or None."""
    name = value.strip()
    if _has_control_chars(name):
        return "The name contains invisible control characters."
    if len(name) > NAME_MAX_LENGTH:
        return f"The name is {len(name)} characters long; keep it to {NAME_MAX_LENGTH} or fewer."
    return None


def check_hmac(value: str) -> Problem | None:
    """Error or warning for the HMAC secret, or None."""
    if not value:
        return None
    if value != value.strip():
        return Problem("hmac", "The HMAC secret has spaces around it; remove them.")
    if _has_control_chars(value) or "\n" in value:
        return Problem("hmac", "The HMAC secret contains invisible characters.")
    if len(value) > HMAC_MAX_LENGTH:
        return Problem("hmac", f"The HMAC secret is longer than {HMAC_MAX_LENGTH} characters.")
    if len(value) < HMAC_RECOMMENDED_LENGTH:
        return Problem(
            "hmac",
            f"A secret of {len(value)} characters is easy to guess; use at least "
            f"{HMAC_RECOMMENDED_LENGTH} (press Generate).",
            is_error=False,
        )
    return None


def validate(config: WebhookConfig) -> list[Problem]:
    """Every problem with ``config``, one per field at most, in form order."""
    problems: list[Problem] = []
    checks: list[tuple[str, str | None]] = [
        ("instance_id", check_instance_id(config.instance_id)),
        ("access_token", check_token(config.access_token)),
        ("url", check_url(config.url)),
        ("name", check_name(config.name)),
        ("events", check_events(config.events)),
        ("retries.delay", _check_range(config.retry_delay, RETRY_DELAY_RANGE, "retry delay")),
        (
            "retries.attempts",
            _check_range(config.retry_attempts, RETRY_ATTEMPTS_RANGE, "number of attempts"),
        ),
    ]
    problems.extend(Problem(name, msg) for name, msg in checks if msg)
    hmac_problem = check_hmac(config.hmac)
    if hmac_problem:
        problems.append(hmac_problem)
    return problems


def errors_only(problems: list[Problem]) -> list[Problem]:
    """The problems that block saving."""
    return [p for p in problems if p.is_error]


def is_system_webhook(url: str) -> bool:
    """True for the instance's own system webhook, whose filter syncs to the dashboard."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return (
        parts.scheme.lower() == "https"
        and (parts.hostname or "").lower() == "app.wawp.net"
        and parts.path.startswith("/api/webhook/")
        and len(parts.path) > len("/api/webhook/")
    )
