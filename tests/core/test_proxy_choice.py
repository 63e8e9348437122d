"""proxy_for: which proxy a request goes through, by the curl/httpx rules."""

from __future__ import annotations

import pytest

from tests.plain_text import plain
from wawp_desktop.core.proxy import SYSTEM_SETTINGS, ProxySetting, proxy_for

API = "https://api.wawp.net"


def test_nothing_set_means_direct() -> None:
    assert proxy_for(API, {}) is None


def test_https_proxy_then_all_proxy() -> None:
    env = {"HTTPS_PROXY": "http://a:1", "ALL_PROXY": "http://b:2", "HTTP_PROXY": "http://c:3"}
    assert proxy_for(API, env) == ProxySetting("http://a:1", "HTTPS_PROXY")
    del env["HTTPS_PROXY"]
    assert proxy_for(API, env) == ProxySetting("http://b:2", "ALL_PROXY")
    assert proxy_for("http://example.test", env) == ProxySetting("http://c:3", "HTTP_PROXY")


def test_the_lower_case_name_wins_and_an_empty_value_unsets() -> None:
    env = {"HTTPS_PROXY": "http://upper:1", "https_proxy": "http://lower:2"}
    assert proxy_for(API, env) == ProxySetting("http://lower:2", "https_proxy")
    env["https_proxy"] = ""
    assert proxy_for(API, env) is None
    assert proxy_for(API, {"HTTPS_PROXY": "  "}) is None


@pytest.mark.parametrize(
    ("no_proxy", "url", "direct"),
    [
        ("*", API, True),
        ("wawp.net", API, True),
        (".wawp.net", API, True),
        ("*.wawp.net", API, True),
        ("api.wawp.net:443", API, True),
        ("WAWP.NET", API, True),
        ("other.net, wawp.net", API, True),
        ("pi.wawp.net", API, False),
        ("net.wawp", API, False),
        ("10.0.0.0/8", "https://10.2.3.4", True),
        ("10.0.0.0/8", "https://11.2.3.4", False),
        ("10.2.3.4", "https://10.2.3.4", True),
        ("::1", "https://[::1]:8443", True),
        ("[fd00::/8]", "https://[fd00::5]", True),
        ("", API, False),
        (" , ", API, False),
    ],
)
def test_no_proxy(no_proxy: str, url: str, direct: bool) -> None:
    env = {"HTTPS_PROXY": "http://proxy:3128", "NO_PROXY": no_proxy}
    assert (proxy_for(url, env) is None) is direct


def test_system_settings_are_read_only_without_variables(monkeypatch) -> None:
    import urllib.request

    monkeypatch.setattr(urllib.request, "getproxies", lambda: {"https": "sys-proxy:8080"})
    monkeypatch.setattr(urllib.request, "proxy_bypass", lambda host: host == "direct.test")
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY",
                 "no_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    chosen = proxy_for(API)
    assert chosen == ProxySetting("sys-proxy:8080", SYSTEM_SETTINGS)
    assert chosen.url == "http://sys-proxy:8080"
    assert chosen.where == "set in the system proxy settings"
    assert proxy_for("https://direct.test") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://env:1")
    assert proxy_for(API).source == "HTTPS_PROXY"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("proxy:3128", "http://proxy:3128"),
        ("http://user:pw@proxy:3128/", "http://•••@proxy:3128"),
        ("socks5://a@b@proxy:1080", "socks5://•••@proxy:1080"),
        ("http://x\x07y:1", "http://x?y:1"),
        ("http://" + "p" * 200, "http://" + "p" * 72 + "…"),
    ],
)
def test_shown_hides_credentials(value: str, shown: str) -> None:
    assert ProxySetting(value, "HTTPS_PROXY").shown == shown


@pytest.mark.parametrize(
    "value",
    ["http://proxy:3128", "https://proxy:443", "socks5://127.0.0.1:1080", "socks5h://p:1",
     "proxy.example.com:8080", "http://user:pass@proxy:3128", "http://[::1]:3128"],
)
def test_good_values_have_no_problem(value: str) -> None:
    assert ProxySetting(value, "HTTPS_PROXY").problem() is None


def test_problems_name_the_variable() -> None:
    bad = ProxySetting("http://proxy:port", "HTTPS_PROXY").problem()
    assert bad is not None and plain(bad) == (
        "The proxy set in HTTPS_PROXY (“http://proxy:port”) is not a valid proxy address. "
        "Correct it (for example http://proxy.example.com:3128) or remove it.")
    ftp = ProxySetting("ftp://proxy:21", "ALL_PROXY").problem()
    assert ftp is not None and "unsupported proxy scheme (“ftp://”)" in plain(ftp)
