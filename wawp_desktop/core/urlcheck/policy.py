"""The address rules: what Wawp's servers on the internet can reach, checked before any traffic."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from . import messages as msg

LOCAL_SUFFIXES = (
    ".local", ".localhost", ".localdomain", ".lan", ".home", ".home.arpa", ".internal",
    ".intranet", ".corp", ".private", ".invalid", ".test",
)
"""Name endings that only mean something on a local network (or nowhere)."""

_PATH_SAFE = "/%:@!$&'()*+,;=-._~"


@dataclass(frozen=True, slots=True)
class Target:
    """A URL that passed the address rules, in the pieces the check needs."""

    url: str
    scheme: str
    host: str
    """The host as sent in DNS, SNI and the Host header (IDNA-encoded, lower case)."""
    port: int
    target: str
    """Path and query, as sent on the request line."""
    practice: bool = False
    """True when the URL names this computer and loopback is allowed (practice receiver)."""
    note: str = ""
    """A warning about the URL that does not stop the check."""

    @property
    def host_header(self) -> str:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == default else f"{host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why the URL cannot be used: a sentence and what to do."""

    problem: str
    advice: str


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def non_public_reason(address: str) -> str | None:
    """Why ``address`` cannot be reached from the internet (plain words), or None if public."""
    addr = _ip(address)
    if addr is None:
        return msg.t(msg.KIND_NOT_AN_ADDRESS)
    if addr.is_unspecified:
        return msg.t(msg.KIND_UNSPECIFIED)
    if addr.is_loopback:
        return msg.t(msg.KIND_LOOPBACK)
    if addr.is_link_local:
        return msg.t(msg.KIND_LINK_LOCAL)
    if addr.is_multicast:
        return msg.t(msg.KIND_MULTICAST)
    if addr.is_reserved:
        return msg.t(msg.KIND_RESERVED)
    if addr.is_private:
        return msg.t(msg.KIND_PRIVATE)
    if not addr.is_global:
        return msg.t(msg.KIND_RESERVED)
    return None


def is_address(host: str) -> bool:
    """True when ``host`` is an IP address rather than a name."""
    return _ip(host) is not None


def is_loopback_address(address: str) -> bool:
    addr = _ip(address)
    return addr is not None and addr.is_loopback


def _is_loopback_name(host: str) -> bool:
    return host == "localhost" or host.endswith(".localhost") or is_loopback_address(host)


def check_address(url: str, *, allow_loopback: bool = False) -> Target | Refusal:
    """Apply the address rules to ``url``: a :class:`Target` to check, or a :class:`Refusal`.

    Only ``https://`` with a public DNS name passes. ``allow_loopback`` (the sandbox's practice
    receiver) also lets through this computer's own addresses, over ``http://`` too.
    """
    text = url.strip()
    if not text:
        return Refusal(msg.t(msg.URL_EMPTY), msg.t(msg.ADVICE_ENTER_URL))
    try:
        parts = urlsplit(text)
        port = parts.port
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return Refusal(msg.url_invalid(text), msg.t(msg.ADVICE_URL_FORM))
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        return Refusal(msg.url_invalid(text), msg.t(msg.ADVICE_URL_FORM))
    practice = allow_loopback and _is_loopback_name(host)
    if scheme == "http" and not practice:
        return Refusal(msg.t(msg.URL_NOT_HTTPS), msg.t(msg.ADVICE_USE_HTTPS))
    ip = _ip(host)
    if ip is not None and not practice:
        reason = non_public_reason(host)
        if reason is not None:
            return Refusal(msg.url_ip_not_public(host, reason), msg.t(msg.ADVICE_PUBLIC_NAME))
        return Refusal(msg.url_bare_ip(host), msg.t(msg.ADVICE_PUBLIC_NAME))
    if ip is None and not practice:
        if _is_loopback_name(host):
            return Refusal(msg.url_localhost(host), msg.t(msg.ADVICE_PUBLIC_NAME))
        if any(host.endswith(suffix) for suffix in LOCAL_SUFFIXES):
            return Refusal(msg.url_local_name(host), msg.t(msg.ADVICE_PUBLIC_NAME))
        if "." not in host:
            return Refusal(msg.url_single_label(host), msg.t(msg.ADVICE_PUBLIC_NAME))
    if ip is None:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return Refusal(msg.url_invalid(text), msg.t(msg.ADVICE_URL_FORM))
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    target = path + (f"?{quote(parts.query, safe=_PATH_SAFE + '?')}" if parts.query else "")
    has_user = parts.username is not None or parts.password is not None
    note = msg.t(msg.URL_HAS_USER) if has_user else ""
    return Target(
        url=text,
        scheme=scheme,
        host=str(ip) if ip is not None else host,
        port=port or (443 if scheme == "https" else 80),
        target=target,
        practice=practice,
        note=note,
    )
