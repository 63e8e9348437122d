"""Requests through real loopback proxies: working, down, unknown, garbage, 407, SOCKS.

Every failure must name the proxy and where it was set, never blame Wawp or DNS, and come
as a WawpError from the call (never an exception while the client is built).
"""

from __future__ import annotations

import base64
import contextlib
import gc
import warnings
from collections.abc import Iterator

import pytest

from tests.conftest import run
from tests.faults.servers import free_port
from tests.network.conftest import API_HOST
from tests.network.proxy_servers import connect_proxy, socks5_proxy
from tests.plain_text import plain
from tests.sandbox.helpers import make_config
from wawp_desktop.core.client import Timeouts, WawpClient
from wawp_desktop.core.errors import ErrorKind, WawpError
from wawp_desktop.core.save import plan, send
from wawp_desktop.core.tls import TlsSetup

SHORT = Timeouts(connect=3, read=3, write=3, pool=3, total=6)


def _save(port: int, tls: TlsSetup) -> object:
    """One save to https://api.wawp.test:<port> (warm-up first, as the window does)."""

    async def go() -> object:
        client = WawpClient(f"https://{API_HOST}:{port}", timeouts=SHORT, tls=tls)
        try:
            await client.warm_up()  # must not raise, whatever the proxy setting
            return await send(client, plan(make_config()))
        finally:
            await client.aclose()

    return run(go())


def _error(port: int, tls: TlsSetup) -> WawpError:
    with pytest.raises(WawpError) as info:
        _save(port, tls)
    error = info.value
    assert error.kind is ErrorKind.PROXY, error.message
    assert error.title == "Proxy problem"
    for blame in ("Wawp", "server name", "DNS"):
        assert blame not in error.message
    error.message = plain(error.message)  # the tests compare the English text
    return error


@contextlib.contextmanager
def socks_refusal() -> Iterator[None]:
    """httpcore 1.0 leaves the socket of a failed SOCKS handshake open until it is collected
    (a ResourceWarning, which this suite turns into an error): collect it here, quietly."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            yield
        finally:
            gc.collect()


def test_a_connect_proxy_carries_the_request(monkeypatch, api_server, trusted_tls) -> None:
    with connect_proxy() as (proxy_port, log):
        monkeypatch.setenv("HTTPS_PROXY", f"127.0.0.1:{proxy_port}")  # no scheme: http://
        result = _save(api_server, trusted_tls)
    assert result.item == {"url": "https://x.example"}
    assert log.targets == [f"{API_HOST}:{api_server}"]


def test_all_proxy_is_used_when_no_https_proxy_is_set(monkeypatch, api_server,
                                                       trusted_tls) -> None:
    with connect_proxy() as (proxy_port, log):
        monkeypatch.setenv("ALL_PROXY", f"http://127.0.0.1:{proxy_port}")
        monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:1")  # for http:// addresses only
        _save(api_server, trusted_tls)
    assert log.targets == [f"{API_HOST}:{api_server}"]


def test_no_proxy_sends_the_request_directly(monkeypatch, api_server, trusted_tls) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("NO_PROXY", "localhost,.wawp.test")
    with pytest.raises(WawpError) as info:  # direct: api.wawp.test has no address
        _save(api_server, trusted_tls)
    assert info.value.kind is ErrorKind.DNS_FAILURE


def test_a_proxy_that_is_down(monkeypatch, api_server, trusted_tls) -> None:
    port = free_port()
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
    error = _error(api_server, trusted_tls)
    assert error.message.startswith(
        f"The proxy server http://127.0.0.1:{port} set in HTTPS_PROXY could not be reached")


def test_a_proxy_with_an_unknown_name(monkeypatch, api_server, trusted_tls) -> None:
    monkeypatch.setenv("https_proxy", "http://proxy.corp.invalid:3128")
    error = _error(api_server, trusted_tls)
    assert error.message.startswith(
        "The proxy server http://proxy.corp.invalid:3128 set in https_proxy could not be "
        "found: no computer is called “proxy.corp.invalid”.")


@pytest.mark.parametrize(
    "value",
    ["http://proxy:notaport", "http://proxy host:3128", "http://", "::::", "http://[::1",
     "http://proxy:99999", "http://proxy:3128/some/path", "\x01\x02", "http://proxy:0"],
)
def test_a_garbage_proxy_value(monkeypatch, api_server, trusted_tls, value) -> None:
    monkeypatch.setenv("HTTPS_PROXY", value)
    error = _error(api_server, trusted_tls)
    assert "set in HTTPS_PROXY" in error.message
    assert "is not a valid proxy address" in error.message


def test_a_garbage_value_never_shows_the_password(monkeypatch, api_server, trusted_tls) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://me:s3cret-pw@proxy:bad")
    error = _error(api_server, trusted_tls)
    assert "s3cret-pw" not in error.message and "me:" not in error.message
    assert "http://•••@proxy:bad" in error.message


@pytest.mark.parametrize("value", ["ftp://proxy.example.com:21", "socks4://127.0.0.1:1080",
                                   "gopher://x:70"])
def test_an_unsupported_proxy_scheme(monkeypatch, api_server, trusted_tls, value) -> None:
    monkeypatch.setenv("ALL_PROXY", value)
    error = _error(api_server, trusted_tls)
    scheme = value.split("://")[0]
    assert f"set in ALL_PROXY (“{value}”) uses an unsupported proxy scheme " \
           f"(“{scheme}://”)" in error.message


def test_a_proxy_asking_for_a_password(monkeypatch, api_server, trusted_tls) -> None:
    with connect_proxy(credentials="alice:pw") as (proxy_port, log):
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy_port}")
        error = _error(api_server, trusted_tls)
    assert error.status == 407
    assert error.message.startswith("The proxy asks for a user name and password.")
    assert "HTTPS_PROXY" in error.message
    assert log.credentials == [None]


def test_a_proxy_refusing_the_password(monkeypatch, api_server, trusted_tls) -> None:
    with connect_proxy(credentials="alice:pw") as (proxy_port, _):
        monkeypatch.setenv("HTTPS_PROXY", f"http://alice:wrong@127.0.0.1:{proxy_port}")
        error = _error(api_server, trusted_tls)
    assert error.message == (
        f"The proxy server http://•••@127.0.0.1:{proxy_port} set in HTTPS_PROXY did not accept "
        "the user name and password in that setting. Correct them there.")


def test_a_proxy_with_the_right_password(monkeypatch, api_server, trusted_tls) -> None:
    with connect_proxy(credentials="alice:pw") as (proxy_port, log):
        monkeypatch.setenv("HTTPS_PROXY", f"http://alice:pw@127.0.0.1:{proxy_port}")
        _save(api_server, trusted_tls)
    assert log.credentials == ["Basic " + base64.b64encode(b"alice:pw").decode()]


@pytest.mark.parametrize(
    ("answer", "fragment"),
    [("403 Forbidden", f"refused to connect to {API_HOST}:"),
     ("502 Bad Gateway", f"could not reach {API_HOST}:")],
)
def test_a_proxy_refusing_the_tunnel(monkeypatch, api_server, trusted_tls, answer,
                                     fragment) -> None:
    with connect_proxy(answer=answer) as (proxy_port, _):
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy_port}")
        error = _error(api_server, trusted_tls)
    assert fragment in error.message and f"(HTTP {answer})" in error.message
    assert error.status == int(answer[:3])


@pytest.mark.parametrize("scheme", ["socks5", "socks5h"])
def test_a_socks5_proxy_carries_the_request(monkeypatch, api_server, trusted_tls,
                                            scheme) -> None:
    with socks5_proxy() as (proxy_port, log):
        monkeypatch.setenv("ALL_PROXY", f"{scheme}://127.0.0.1:{proxy_port}")
        result = _save(api_server, trusted_tls)
    assert result.item == {"url": "https://x.example"}
    assert log.targets == [f"{API_HOST}:{api_server}"]  # the name, resolved by the proxy


def test_a_socks5_proxy_with_a_password(monkeypatch, api_server, trusted_tls) -> None:
    with socks5_proxy(credentials="bob:pw") as (proxy_port, log):
        monkeypatch.setenv("ALL_PROXY", f"socks5://bob:pw@127.0.0.1:{proxy_port}")
        _save(api_server, trusted_tls)
        monkeypatch.setenv("ALL_PROXY", f"socks5://127.0.0.1:{proxy_port}")
        with socks_refusal():
            missing = _error(api_server, trusted_tls)
        monkeypatch.setenv("ALL_PROXY", f"socks5://bob:nope@127.0.0.1:{proxy_port}")
        with socks_refusal():
            wrong = _error(api_server, trusted_tls)
    assert log.credentials == ["bob:pw", "bob:nope"]
    assert missing.message.startswith("The proxy asks for a user name and password.")
    assert "did not accept the user name and password" in wrong.message


def test_a_socks5_proxy_that_cannot_reach_the_server(monkeypatch, api_server,
                                                     trusted_tls) -> None:
    with socks5_proxy(reply=5) as (proxy_port, _), socks_refusal():
        monkeypatch.setenv("ALL_PROXY", f"socks5://127.0.0.1:{proxy_port}")
        error = _error(api_server, trusted_tls)
    assert error.message.startswith(
        f"The SOCKS proxy socks5://127.0.0.1:{proxy_port} set in ALL_PROXY could not connect "
        f"to {API_HOST}:{api_server}")


def test_a_socks5_proxy_that_is_down(monkeypatch, api_server, trusted_tls) -> None:
    port = free_port()
    monkeypatch.setenv("ALL_PROXY", f"socks5://127.0.0.1:{port}")
    error = _error(api_server, trusted_tls)
    assert f"socks5://127.0.0.1:{port} set in ALL_PROXY could not be reached" in error.message


def test_the_loopback_sandbox_never_goes_through_a_proxy(monkeypatch, sandbox) -> None:
    monkeypatch.setenv("HTTP_PROXY", "ftp://nonsense")
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1")
    from tests.sandbox.helpers import with_client

    result = with_client(sandbox, lambda client: send(client, plan(make_config())))
    assert result.item["url"] == make_config().url
