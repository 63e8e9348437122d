"""API base addresses: loopback detection and the check that runs before anything starts."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from .i18n import ltr, translate


def is_loopback(host: str) -> bool:
    """True for localhost and loopback IP addresses."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_api_base(api_base: str) -> str | None:
    """Message for an unusable API base, or None. ``http://`` only for loopback."""
    try:
        parts = urlsplit(api_base.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return translate("ApiAddress", "“{address}” is not a valid address.").format(
            address=ltr(api_base))
    if parts.scheme not in ("https", "http") or not host:
        return translate("ApiAddress", "“{address}” must start with https:// and name a host."
                         ).format(address=ltr(api_base))
    if parts.scheme == "http" and not is_loopback(host):
        return translate("ApiAddress", "Plain http:// is only allowed for this computer "
                         "(localhost); use https://.")
    if parts.query or parts.fragment or "@" in parts.netloc:
        return translate("ApiAddress", "“{address}” must be a plain address without ?, # or a "
                         "user name.").format(address=ltr(api_base))
    return None
