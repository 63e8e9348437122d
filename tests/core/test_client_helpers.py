"""API-base checks, transport-error mapping, and WawpClient over a mock transport."""

from __future__ import annotations

import json
import socket
import ssl
import threading

import httpx
import pytest

from tests.conftest import run
from tests.plain_text import plain
from wawp_desktop.core import client as client_module
from wawp_desktop.core.client import (
    DEFAULT_API_BASE,
    Timeouts,
    WawpClient,
    check_api_base,
    transport_error,
)
from wawp_desktop.core.errors import RETRYABLE, ErrorKind, WawpError
from wawp_desktop.core.proxy import ProxySetting
from wawp_desktop.core.request import ApiRequest, user_agent
from wawp_desktop.core.save import plan, send, set_body
from wawp_desktop.core.tls import TlsSetup
from wawp_desktop.core.webhook import WebhookConfig

HOST = "api.wawp.net"

# --- check_api_base ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "base",
    [
        "https://api.wawp.net",
        "https://api.wawp.net/",
        " https://api.wawp.net ",
        "https://proxy.example.com:8443/wawp",
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://127.0.0.1:9000",
        "http://127.1.2.3",
        "http://[::1]:8080",
    ],
)
def test_check_api_base_accepts(base: str) -> None:
    assert check_api_base(base) is None


@pytest.mark.parametrize(
    ("base", "fragment"),
    [
        ("http://api.wawp.net", "only allowed for this computer"),
        ("http://192.168.1.10:8080", "only allowed for this computer"),
        ("http://localhost.evil.test", "only allowed for this computer"),
        ("ftp://api.wawp.net", "must start with https://"),
        ("api.wawp.net", "must start with https://"),
        ("https://", "must start with https://"),
        ("", "must start with https://"),
        ("https://api.wawp.net:99999", "not a valid address"),
        ("https://[::1", "not a valid address"),
        ("https://api.wawp.net/?x=1", "without ?, #"),
        ("https://api.wawp.net/#frag", "without ?, #"),
        ("https://user@api.wawp.net", "user name"),
        ("https://user:pw@api.wawp.net", "user name"),
        ("https://:pw@api.wawp.net", "user name"),
    ],
)
def test_check_api_base_rejects(base: str, fragment: str) -> None:
    message = check_api_base(base)
    assert message is not None and fragment in message


@pytest.mark.parametrize("base", ["http://api.wawp.net", "http://10.0.0.1", "ftp://x", "https://:p@x.test"])
def test_client_rejects_a_bad_api_base(base: str) -> None:
    with pytest.raises(WawpError) as info:
        WawpClient(base)
    assert info.value.kind is ErrorKind.BAD_API_BASE
    assert info.value.message == check_api_base(base)
    assert info.value.title == "The API address is not valid"


def test_client_accepts_loopback_http_and_trims_the_base() -> None:
    client = WawpClient(" http://127.0.0.1:8080/ ")
    assert client.api_base == "http://127.0.0.1:8080"
    assert client.host == "127.0.0.1:8080"
    assert WawpClient().api_base == DEFAULT_API_BASE == "https://api.wawp.net"
    assert WawpClient().host == HOST


# --- transport_error -----------------------------------------------------------------------


def chained(outer: BaseException, inner: BaseException, *, explicit: bool = True) -> BaseException:
    """``outer`` raised while handling ``inner`` (``raise … from`` or implicit)."""
    try:
        try:
            raise inner
        except BaseException as exc:
            if explicit:
                raise outer from exc
            raise outer  # noqa: B904 - the implicit __context__ chain is what is tested
    except BaseException as result:
        return result
    raise AssertionError("unreachable")


def cert_error(text: str, verify_message: str | None = None) -> ssl.SSLCertVerificationError:
    err = ssl.SSLCertVerificationError(1, f"[SSL: CERTIFICATE_VERIFY_FAILED] {text}")
    if verify_message is not None:
        err.verify_message = verify_message
    return err


@pytest.mark.parametrize(
    ("inner", "fragment"),
    [
        (cert_error("certificate verify failed: self-signed certificate in certificate chain"),
         "not trusted by this computer"),
        (cert_error("x", verify_message="unable to get local issuer certificate"),
         "not trusted by this computer"),
        (cert_error("x", verify_message="certificate has expired"), "has expired"),
        (cert_error("x", verify_message="Hostname mismatch, certificate is not valid for 'a'."),
         "for a different name"),
        (cert_error("x", verify_message="IP address mismatch, certificate is not valid"),
         "for a different name"),
        (cert_error("certificate verify failed: unknown reason"), "secure (TLS) connection"),
        (ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"),
         "secure (TLS) connection"),
    ],
)
def test_tls_failures(inner: BaseException, fragment: str) -> None:
    err = transport_error(chained(httpx.ConnectError("boom"), inner), HOST)
    assert err.kind is ErrorKind.TLS_FAILURE
    assert fragment in err.message
    assert err.kind not in RETRYABLE


def test_tls_failure_deep_in_an_implicit_chain() -> None:
    middle = chained(OSError("middle"), cert_error("self signed certificate"), explicit=False)
    err = transport_error(chained(httpx.ConnectError("top"), middle, explicit=False), HOST)
    assert err.kind is ErrorKind.TLS_FAILURE
    assert "not trusted" in err.message


def test_dns_failure_from_gaierror() -> None:
    inner = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    err = transport_error(chained(httpx.ConnectError("[Errno -2]"), inner), HOST)
    assert err.kind is ErrorKind.DNS_FAILURE
    assert f"“{HOST}” could not be found" in plain(err.message)


@pytest.mark.parametrize(
    "text",
    ["[Errno -2] Name or service not known", "nodename nor servname provided",
     "getaddrinfo failed"],
)
def test_dns_failure_from_the_message_alone(text: str) -> None:
    err = transport_error(httpx.ConnectError(text), HOST)
    assert err.kind is ErrorKind.DNS_FAILURE
    assert HOST in err.message


def test_connection_refused() -> None:
    inner = ConnectionRefusedError(111, "Connection refused")
    err = transport_error(chained(httpx.ConnectError("[Errno 111]"), inner), HOST)
    assert err.kind is ErrorKind.CONNECTION_REFUSED
    assert f"Nothing answered at {HOST}" in plain(err.message)
    assert (err.kind in RETRYABLE)


def test_bare_connect_error_is_a_connection_failure() -> None:
    err = transport_error(httpx.ConnectError("All connection attempts failed"), HOST)
    assert err.kind is ErrorKind.CONNECTION_REFUSED
    assert plain(err.message) == f"Could not connect to {HOST}."


def test_connect_timeout() -> None:
    err = transport_error(httpx.ConnectTimeout("timed out"), HOST)
    assert err.kind is ErrorKind.TIMEOUT
    assert f"Connecting to {HOST} took too long" in plain(err.message)


@pytest.mark.parametrize(
    "exc",
    [httpx.ReadTimeout("t"), httpx.WriteTimeout("t"), httpx.PoolTimeout("t"), TimeoutError()],
)
def test_other_timeouts(exc: BaseException) -> None:
    err = transport_error(exc, HOST)
    assert err.kind is ErrorKind.TIMEOUT
    assert "may or may not have been saved" in err.message
    assert (err.kind in RETRYABLE)


@pytest.mark.parametrize(
    "exc",
    [
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
        chained(httpx.ReadError("reset"), ConnectionResetError(104, "reset by peer")),
    ],
)
def test_connection_lost(exc: BaseException) -> None:
    err = transport_error(exc, HOST)
    assert err.kind is ErrorKind.CONNECTION_LOST
    assert "cut before the full answer arrived" in err.message


@pytest.mark.parametrize(
    "exc", [httpx.ProxyError("proxy"), OSError("odd"), httpx.UnsupportedProtocol("x")]
)
def test_anything_else_is_a_network_error(exc: BaseException) -> None:
    err = transport_error(exc, HOST)
    assert err.kind is ErrorKind.NETWORK
    assert HOST in err.message


def test_cyclic_cause_chain_terminates() -> None:
    a = httpx.ConnectError("a")
    b = OSError("b")
    a.__cause__ = b
    b.__cause__ = a
    assert transport_error(a, HOST).kind is ErrorKind.CONNECTION_REFUSED


# --- WawpClient over a mock transport ------------------------------------------------------

CONFIG = WebhookConfig(
    instance_id="ABC123def456",
    access_token="tok_0123456789",
    url="https://example.com/hook",
    events=["message", "message.ack"],
    name="Shop",
    hmac="0123456789abcdef",
)
SUCCESS = {
    "status": "success",
    "message": "Webhook set successfully.",
    "webhook": {"url": "https://example.com/hook", "events": {"0": "message", "1": "message.ack"},
                "is_active": "1", "retries": {"delay": "2", "attempts": "15"}},
}


@pytest.fixture
def mock_http(monkeypatch: pytest.MonkeyPatch):
    """Make WawpClient's httpx.AsyncClient use a MockTransport driven by ``state['handler']``."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    state: dict = {"requests": [], "clients": []}
    real = httpx.AsyncClient

    def handler(request: httpx.Request) -> httpx.Response:
        state["requests"].append(request)
        return state["handler"](request)

    def factory(**kwargs):
        state["clients"].append(kwargs)
        return real(transport=httpx.MockTransport(handler), **kwargs)

    monkeypatch.setattr(httpx, "AsyncClient", factory)
    return state


def tls() -> TlsSetup:
    return TlsSetup(ssl.create_default_context(), "test context")


async def _set(client: WawpClient) -> object:
    try:
        return await send(client, plan(CONFIG))
    finally:
        await client.aclose()


def test_set_webhook_sends_the_documented_request(mock_http) -> None:
    mock_http["handler"] = lambda request: httpx.Response(200, json=SUCCESS)
    result = run(_set(WawpClient(tls=tls())))
    [request] = mock_http["requests"]
    assert request.method == "POST"
    assert str(request.url) == "https://api.wawp.net/v2/webhook/set"
    assert json.loads(request.content) == set_body(CONFIG)
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"] == user_agent()
    assert request.headers["accept"] == "application/json"
    [kwargs] = mock_http["clients"]
    assert kwargs["follow_redirects"] is False
    assert isinstance(kwargs["verify"], ssl.SSLContext)
    assert result.item == {"url": "https://example.com/hook", "events": ["message", "message.ack"],
                           "is_active": True, "retries": {"delay": 2, "attempts": 15}}


def test_client_is_reused_for_several_calls(mock_http) -> None:
    mock_http["handler"] = lambda request: httpx.Response(200, json={"ok": 1})

    async def go() -> None:
        client = WawpClient("http://localhost:1", tls=tls())
        try:
            await client.warm_up()
            for _ in range(3):
                await client.call(ApiRequest("POST", "/v2/session/info", {}))
        finally:
            await client.aclose()

    run(go())
    assert len(mock_http["clients"]) == 1
    assert len(mock_http["requests"]) == 3
    assert str(mock_http["requests"][0].url) == "http://localhost:1/v2/session/info"


def test_http_errors_are_classified(mock_http) -> None:
    mock_http["handler"] = lambda request: httpx.Response(
        403, json={"status": "error", "code": "subscription_required"}
    )
    with pytest.raises(WawpError) as info:
        run(_set(WawpClient(tls=tls())))
    assert info.value.kind is ErrorKind.SUBSCRIPTION_REQUIRED


def test_redirects_are_not_followed(mock_http) -> None:
    mock_http["handler"] = lambda request: httpx.Response(
        302, headers={"Location": "https://elsewhere.test/"}, text="moved"
    )
    with pytest.raises(WawpError) as info:
        run(_set(WawpClient(tls=tls())))
    assert info.value.kind is ErrorKind.HTTP_ERROR and info.value.status == 302
    assert len(mock_http["requests"]) == 1


def test_transport_failures_become_wawp_errors(mock_http) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        try:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        except socket.gaierror as exc:
            raise httpx.ConnectError("dns", request=request) from exc

    mock_http["handler"] = handler
    with pytest.raises(WawpError) as info:
        run(_set(WawpClient(tls=tls())))
    assert info.value.kind is ErrorKind.DNS_FAILURE
    assert "api.wawp.net" in info.value.message
    assert info.value.__cause__ is None  # raised ``from None``: no httpx internals leak


def test_declared_oversized_answer_is_refused(mock_http) -> None:
    mock_http["handler"] = lambda request: httpx.Response(200, content=b"x" * 2048)
    with pytest.raises(WawpError) as info:
        run(_set(WawpClient(tls=tls(), max_body=1024)))
    assert info.value.kind is ErrorKind.TOO_LARGE
    assert info.value.status == 200


def test_streamed_oversized_answer_is_refused(mock_http) -> None:
    async def chunks():
        for _ in range(10):
            yield b"y" * 300

    mock_http["handler"] = lambda request: httpx.Response(200, content=chunks())
    with pytest.raises(WawpError) as info:
        run(_set(WawpClient(tls=tls(), max_body=1024)))
    assert info.value.kind is ErrorKind.TOO_LARGE


def test_large_answer_is_classified_in_a_worker_thread(mock_http, monkeypatch) -> None:
    big = dict(SUCCESS, padding="p" * (200 * 1024))
    mock_http["handler"] = lambda request: httpx.Response(200, json=big)
    threads: dict[str, int] = {}
    real_classify = client_module.classify

    def spy(*args, **kwargs):
        threads["classify"] = threading.get_ident()
        return real_classify(*args, **kwargs)

    async def go():
        threads["loop"] = threading.get_ident()
        return await _set(WawpClient(tls=tls()))

    monkeypatch.setattr(client_module, "classify", spy)
    result = run(go())
    assert result.item["events"] == ["message", "message.ack"]
    assert threads["classify"] != threads["loop"]


def test_small_answer_is_classified_on_the_loop(mock_http, monkeypatch) -> None:
    mock_http["handler"] = lambda request: httpx.Response(200, json=SUCCESS)
    threads: dict[str, int] = {}
    real_classify = client_module.classify

    def spy(*args, **kwargs):
        threads["classify"] = threading.get_ident()
        return real_classify(*args, **kwargs)

    async def go():
        threads["loop"] = threading.get_ident()
        return await _set(WawpClient(tls=tls()))

    monkeypatch.setattr(client_module, "classify", spy)
    run(go())
    assert threads["classify"] == threads["loop"]


def test_closed_client_cannot_be_used(mock_http) -> None:
    mock_http["handler"] = lambda request: httpx.Response(200, json=SUCCESS)

    async def go() -> None:
        client = WawpClient(tls=tls())
        await client.aclose()
        await send(client, plan(CONFIG))

    with pytest.raises(RuntimeError, match="closed"):
        run(go())
    assert mock_http["requests"] == []


def test_tls_source_and_timeouts() -> None:
    assert WawpClient(tls=tls()).tls_source == "test context"
    assert WawpClient().tls_source is None
    assert Timeouts().total > Timeouts().read > 0
    assert WawpClient(timeouts=Timeouts(total=1.0)).timeouts.total == 1.0


# --- transport_error through a proxy ---------------------------------------------------------

PROXY = ProxySetting("http://corp-proxy:3128", "HTTPS_PROXY")


@pytest.mark.parametrize(
    ("exc", "kind", "starts"),
    [
        (httpx.ProxyError("407 Proxy Authentication Required"), ErrorKind.PROXY,
         "The proxy asks for a user name and password. Add them to the proxy setting set in "
         "HTTPS_PROXY, like http://user:password@corp-proxy:3128"),
        (httpx.ProxyError("403 Forbidden"), ErrorKind.PROXY,
         "The proxy server http://corp-proxy:3128 set in HTTPS_PROXY refused to connect to "
         "api.wawp.net (HTTP 403 Forbidden)."),
        (httpx.ProxyError("504 Gateway Timeout"), ErrorKind.PROXY,
         "The proxy server http://corp-proxy:3128 set in HTTPS_PROXY could not reach "
         "api.wawp.net (HTTP 504 Gateway Timeout)."),
        (httpx.ProxyError("Proxy Server could not connect: Connection refused."), ErrorKind.PROXY,
         "The SOCKS proxy http://corp-proxy:3128 set in HTTPS_PROXY could not connect to "
         "api.wawp.net (Connection refused)."),
        (httpx.ProxyError("Requested NO AUTHENTICATION REQUIRED from proxy server, but got "
                          "UNKNOWN."), ErrorKind.PROXY, "The proxy asks for a user name"),
        (httpx.ProxyError("something odd"), ErrorKind.PROXY,
         "The proxy server http://corp-proxy:3128 set in HTTPS_PROXY did not connect to "
         "api.wawp.net."),
        (httpx.ConnectTimeout("timed out"), ErrorKind.PROXY,
         "Connecting to the proxy server http://corp-proxy:3128 set in HTTPS_PROXY took too "
         "long."),
        (httpx.ConnectError("All connection attempts failed"), ErrorKind.PROXY,
         "The proxy server http://corp-proxy:3128 set in HTTPS_PROXY could not be reached"),
        (httpx.ConnectError("[Errno -2] Name or service not known"), ErrorKind.PROXY,
         "The proxy server http://corp-proxy:3128 set in HTTPS_PROXY could not be found: no "
         "computer is called “corp-proxy”."),
        (httpx.ReadTimeout("read"), ErrorKind.TIMEOUT, "The server did not answer in time."),
        (httpx.RemoteProtocolError("cut"), ErrorKind.CONNECTION_LOST, "The connection was cut"),
    ],
)
def test_transport_errors_through_a_proxy(exc: Exception, kind: ErrorKind, starts: str) -> None:
    error = transport_error(exc, HOST, PROXY)
    assert error.kind is kind
    assert plain(error.message).startswith(starts), error.message
    if kind is not ErrorKind.PROXY:  # the server's problem, with the route mentioned
        assert plain(error.message).endswith(
            "(The connection goes through the proxy http://corp-proxy:3128 set in HTTPS_PROXY.)")


def test_a_gaierror_cause_through_a_proxy_names_the_proxy() -> None:
    inner = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    error = transport_error(chained(httpx.ConnectError("boom"), inner), HOST, PROXY)
    assert error.kind is ErrorKind.PROXY and "corp-proxy" in error.message
    assert "api.wawp.net" not in error.message


def test_a_proxy_with_credentials_refusing_them() -> None:
    proxy = ProxySetting("http://me:pw@corp-proxy:3128", "HTTPS_PROXY")
    error = transport_error(httpx.ProxyError("407 Proxy Authentication Required"), HOST, proxy)
    assert plain(error.message) == (
        "The proxy server http://•••@corp-proxy:3128 set in HTTPS_PROXY did not accept the "
        "user name and password in that setting. Correct them there.")
    assert error.status == 407


def test_socks_support_missing_is_a_clear_error(mock_http, monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "socksio", None)  # import socksio → ImportError
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1080")
    with pytest.raises(WawpError) as info:
        run(_set(WawpClient(tls=tls())))
    assert info.value.kind is ErrorKind.PROXY
    assert "SOCKS support is missing" in info.value.message
    assert mock_http["requests"] == []


def test_a_407_answer_is_a_proxy_error(mock_http) -> None:
    mock_http["handler"] = lambda request: httpx.Response(407, text="auth")
    with pytest.raises(WawpError) as info:
        run(_set(WawpClient(tls=tls())))
    assert info.value.kind is ErrorKind.PROXY and info.value.status == 407
    assert "asks for a user name and password" in info.value.message
