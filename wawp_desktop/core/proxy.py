"""Which proxy a request to the API goes through, and what to say when that proxy is the problem.

The client picks the proxy itself (rather than letting httpx read the environment), so a bad
setting becomes a plain message at request time instead of an exception while the client is
built, and every message can name the proxy and where it was set. The rules follow curl and
httpx: ``https_proxy``/``HTTPS_PROXY`` (or ``http_proxy`` for ``http://`` addresses), then
``all_proxy``/``ALL_PROXY``; the lower-case name wins; ``no_proxy``/``NO_PROXY`` lists hosts,
domains (``example.com`` also covers its subdomains), IP addresses and networks
(``10.0.0.0/8``) reached directly, ``*`` meaning all. Without any of these variables, the
system's settings are used (Windows registry, macOS System Settings), as httpx does.
"""

from __future__ import annotations

import ipaddress
import os
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from .i18n import QT_TRANSLATE_NOOP, ltr, translate

SUPPORTED_SCHEMES = ("http", "https", "socks5", "socks5h")
SYSTEM_SETTINGS = QT_TRANSLATE_NOOP("Errors", "the system proxy settings")
"""The ``source`` of a proxy read from the system settings (English; :attr:`ProxySetting.where`
translates it)."""
_SHOWN_CHARS = 80


@dataclass(frozen=True, slots=True)
class ProxySetting:
    """A proxy to use: its configured value and where it was set (``HTTPS_PROXY``, …)."""

    value: str
    source: str

    @property
    def url(self) -> str:
        """The value with ``http://`` added when it names no scheme (as curl and httpx do)."""
        value = self.value.strip()
        return value if "://" in value else f"http://{value}"

    @property
    def scheme(self) -> str:
        return self.url.split("://", 1)[0].lower()

    @property
    def host(self) -> str:
        try:
            return urlsplit(self.url).hostname or ""
        except ValueError:
            return ""

    @property
    def shown(self) -> str:
        """The address for messages: any user name and password hidden, length bounded."""
        url = self.url
        scheme, _, rest = url.partition("://")
        authority, slash, path = rest.partition("/")
        if "@" in authority:
            authority = "•••@" + authority.rpartition("@")[2]
        text = f"{scheme}://{authority}{slash}{path}".rstrip("/")
        text = "".join(c if c.isprintable() else "?" for c in text)
        return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"

    @property
    def has_credentials(self) -> bool:
        return "@" in self.url.partition("://")[2].partition("/")[0]

    @property
    def where(self) -> str:
        """``set in HTTPS_PROXY`` or ``set in the system proxy settings``."""
        source = (translate("Errors", SYSTEM_SETTINGS) if self.source == SYSTEM_SETTINGS
                  else ltr(self.source))
        return translate("Errors", "set in {source}").format(source=source)

    def problem(self) -> str | None:
        """A message when the setting cannot be used at all, else None."""
        if self.scheme not in SUPPORTED_SCHEMES:
            return translate(
                "Errors", "The proxy {where} (“{proxy}”) uses an unsupported proxy scheme "
                "(“{scheme}”). Use an http://, https:// or socks5:// proxy, or remove the "
                "setting.").format(where=self.where, proxy=ltr(self.shown),
                                   scheme=ltr(f"{self.scheme}://"))
        if not self._well_formed():
            return self.invalid_message()
        return None

    def invalid_message(self) -> str:
        return translate(
            "Errors", "The proxy {where} (“{proxy}”) is not a valid proxy address. Correct it "
            "(for example http://proxy.example.com:3128) or remove it.").format(
            where=self.where, proxy=ltr(self.shown))

    def _well_formed(self) -> bool:
        value = self.url
        if any(c.isspace() or not c.isprintable() for c in value):
            return False
        try:
            parts = urlsplit(value)
            port = parts.port
        except ValueError:
            return False
        if port == 0 or not parts.hostname or parts.query or parts.fragment:
            return False
        return parts.path in ("", "/")


def _environment_proxies(environ: Mapping[str, str]) -> dict[str, ProxySetting]:
    """Proxies by kind (``http``, ``https``, ``all``, ``no``) from ``environ``, as urllib
    reads them: the lower-case name wins, an empty value unsets."""
    found: dict[str, ProxySetting] = {}
    lowered = {name.lower(): name for name in environ if name.lower().endswith("_proxy")}
    for key, name in lowered.items():
        kind = key.removesuffix("_proxy")
        chosen = kind + "_proxy" if kind + "_proxy" in environ else name
        value = environ.get(chosen, "")
        if value.strip():
            found[kind] = ProxySetting(value, chosen)
    return found


def _system_proxies() -> dict[str, ProxySetting]:
    try:
        settings = urllib.request.getproxies()
    except Exception:  # noqa: BLE001 - unreadable system settings: go direct
        return {}
    return {kind: ProxySetting(value, SYSTEM_SETTINGS)
            for kind, value in settings.items() if isinstance(value, str) and value.strip()}


def _bypassed(host: str, no_proxy: str) -> bool:
    """True when ``host`` is listed in a ``no_proxy`` value."""
    host = host.lower().rstrip(".")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for raw in no_proxy.split(","):
        entry = raw.strip().lower()
        if not entry:
            continue
        if entry == "*":
            return True
        if address is not None:
            try:
                if address in ipaddress.ip_network(entry.strip("[]"), strict=False):
                    return True
            except ValueError:
                pass
            continue
        entry = entry.lstrip("*").lstrip(".").rstrip(".")
        if entry.count(":") == 1:  # host:port; the port is not checked
            entry = entry.partition(":")[0]
        if entry and (host == entry or host.endswith("." + entry)):
            return True
    return False


def proxy_for(url: str, environ: Mapping[str, str] | None = None) -> ProxySetting | None:
    """The proxy a request to ``url`` goes through, or None for a direct connection.

    ``environ`` defaults to the process environment; without proxy variables there, the
    system settings are read (they never are when ``environ`` is given).
    """
    parts = urlsplit(url)
    scheme, host = parts.scheme.lower(), parts.hostname or ""
    proxies = _environment_proxies(os.environ if environ is None else environ)
    from_system = False
    if not proxies and environ is None:
        proxies, from_system = _system_proxies(), True
    chosen = proxies.get(scheme) or proxies.get("all")
    if chosen is None:
        return None
    no_proxy = proxies.get("no")
    if no_proxy is not None and _bypassed(host, no_proxy.value):
        return None
    if from_system:
        try:
            if urllib.request.proxy_bypass(host):
                return None
        except Exception:  # noqa: BLE001 - an unreadable bypass list: use the proxy
            pass
    return chosen
