"""The asynchronous Wawp API client: one long-lived httpx.AsyncClient per API base."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import socket
import ssl
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import DEFAULT_API_BASE
from .address import check_api_base, is_loopback
from .bodies import (
    ACCEPT_ENCODING,
    MAX_ENCODINGS,
    BodyDecoder,
    BodyTooLarge,
    DamagedBody,
    TooManyEncodings,
    UnsupportedEncoding,
    encodings_of,
)
from .errors import ErrorKind, WawpError
from .i18n import ltr, translate
from .instance import SessionInfo, parse_webhook_list
from .outcome import ApiSuccess, classify
from .proxy import ProxySetting, proxy_for
from .request import (
    ApiRequest,
    delete_webhook_request,
    list_webhooks_request,
    session_info_request,
    user_agent,
)
from .threads import run_in_daemon_thread
from .tls import TlsSetup, create_tls_setup

if TYPE_CHECKING:
    import httpx

    from .webhook import StoredWebhook

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 4 * 1024 * 1024
"""Answers larger than this are refused: Wawp's answers are a few kilobytes."""
PARSE_IN_THREAD_BYTES = 128 * 1024


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds allowed for each phase, and for the whole request (a trickling answer)."""

    connect: float = 10.0
    read: float = 20.0
    write: float = 10.0
    pool: float = 5.0
    total: float = 45.0


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _tls_message(exc: BaseException) -> str:
    text = str(getattr(exc, "verify_message", "") or exc).lower()
    if "hostname" in text or "ip address mismatch" in text:
        return translate("Errors", "The server's security certificate is for a different name, "
                         "so the connection may not be safe. Check the API address.")
    if "expired" in text:
        return translate("Errors", "The server's security certificate has expired. Check your "
                         "computer's date.")
    if "self-signed" in text or "self signed" in text or "unable to get local issuer" in text:
        return translate("Errors", "The server's security certificate is not trusted by this "
                         "computer. If your company inspects HTTPS traffic, install its "
                         "certificate in the system store or point SSL_CERT_FILE at it.")
    return translate("Errors", "A secure (TLS) connection to the server could not be made.")


def transport_error(
    exc: BaseException, host: str, proxy: ProxySetting | None = None
) -> WawpError:
    """The plain-language error for a failure below HTTP (network, TLS, timeouts).

    With ``proxy``, every connection goes to the proxy first: failing to reach it is the
    proxy's problem, and the message names it (never the server or DNS)."""
    if proxy is not None:
        proxied = _proxy_error(exc, host, proxy)
        if proxied is not None:
            return proxied
    error = _direct_error(exc, host)
    if proxy is not None:
        error.message += " " + translate(
            "Errors", "(The connection goes through the proxy {proxy} {where}.)").format(
            proxy=ltr(proxy.shown), where=proxy.where)
    return error


def _direct_error(exc: BaseException, host: str) -> WawpError:
    import httpx

    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLError):  # certificate checks (CertificateError) included
            return WawpError(ErrorKind.TLS_FAILURE, _tls_message(cause))
        if isinstance(cause, socket.gaierror):
            return WawpError(
                ErrorKind.DNS_FAILURE,
                translate("Errors", "The server name “{host}” could not be found. Check the "
                          "address and your internet connection.").format(host=ltr(host)),
            )
        if isinstance(cause, ConnectionRefusedError):
            return WawpError(
                ErrorKind.CONNECTION_REFUSED,
                translate("Errors", "Nothing answered at {host}. The service may be down, or a "
                          "firewall blocks it.").format(host=ltr(host)),
            )
    if isinstance(exc, httpx.ConnectTimeout):
        return WawpError(
            ErrorKind.TIMEOUT,
            translate("Errors", "Connecting to {host} took too long. Check your internet "
                      "connection or proxy.").format(host=ltr(host)),
        )
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return WawpError(
            ErrorKind.TIMEOUT,
            translate("Errors", "The server did not answer in time. Your change may or may not "
                      "have been saved; save again to be sure."),
        )
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return WawpError(
            ErrorKind.CONNECTION_LOST,
            translate("Errors", "The connection was cut before the full answer arrived. Your "
                      "change may or may not have been saved; save again to be sure."),
        )
    if isinstance(exc, httpx.ConnectError):
        text = str(exc).lower()
        if "name or service" in text or "nodename" in text or "getaddrinfo" in text:
            return WawpError(
                ErrorKind.DNS_FAILURE,
                translate("Errors", "The server name “{host}” could not be found. Check the "
                          "address.").format(host=ltr(host)),
            )
        return WawpError(ErrorKind.CONNECTION_REFUSED, translate(
            "Errors", "Could not connect to {host}.").format(host=ltr(host)))
    return WawpError(ErrorKind.NETWORK, translate(
        "Errors", "A network error stopped the request to {host}.").format(host=ltr(host)))


_STATUS_RE = re.compile(r"^\s*(\d{3})\b\s*(.*)$")


def _proxy_error(exc: BaseException, host: str, proxy: ProxySetting) -> WawpError | None:
    """The error when the proxy itself failed (unreachable, unknown, refusing), else None."""
    import httpx

    names = {"proxy": ltr(proxy.shown), "where": proxy.where, "host": ltr(proxy.host)}
    if isinstance(exc, httpx.ProxyError):
        return _proxy_refusal(str(exc), host, proxy)
    if isinstance(exc, httpx.ConnectTimeout):
        return WawpError(
            ErrorKind.PROXY,
            translate("Errors", "Connecting to the proxy server {proxy} {where} took too long. "
                      "Check the proxy setting and your network.").format(**names),
        )
    if not isinstance(exc, httpx.ConnectError):
        return None
    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLError):
            return None  # the server's certificate, checked through the tunnel
        if isinstance(cause, socket.gaierror):
            return WawpError(
                ErrorKind.PROXY,
                _proxy_not_found(names),
            )
    text = str(exc).lower()
    if "name or service" in text or "nodename" in text or "getaddrinfo" in text:
        return WawpError(
            ErrorKind.PROXY,
            _proxy_not_found(names),
        )
    return WawpError(
        ErrorKind.PROXY,
        translate("Errors", "The proxy server {proxy} {where} could not be reached: nothing "
                  "answered there. Check that the proxy is running and that the setting is "
                  "right, or remove it if you do not use a proxy.").format(**names),
    )


def _proxy_not_found(names: dict[str, str]) -> str:
    return translate("Errors", "The proxy server {proxy} {where} could not be found: no computer "
                     "is called “{host}”. Check the proxy setting, or remove it if you do not "
                     "use a proxy.").format(**names)


def _proxy_refusal(text: str, host: str, proxy: ProxySetting) -> WawpError:
    """The error for a proxy that answered but would not connect to the server."""
    lowered = text.lower()
    match = _STATUS_RE.match(text)
    status = int(match.group(1)) if match else None
    names = {"proxy": ltr(proxy.shown), "where": proxy.where, "host": ltr(host)}
    if status == 407 or "username/password" in lowered or (
        "requested no authentication" in lowered  # a SOCKS proxy wanting a password
    ):
        return proxy_auth_error(proxy, status)
    if status is not None:
        reason = match.group(2).strip() if match else ""
        names["status"] = f"{status} {reason}" if reason else str(status)
        if status in (502, 503, 504):
            return WawpError(
                ErrorKind.PROXY,
                translate("Errors", "The proxy server {proxy} {where} could not reach {host} "
                          "(HTTP {status}). The server may be down, or the proxy may block it."
                          ).format(**names),
                status=status,
            )
        return WawpError(
            ErrorKind.PROXY,
            translate("Errors", "The proxy server {proxy} {where} refused to connect to {host} "
                      "(HTTP {status}). Ask whoever manages your network to allow it."
                      ).format(**names),
            status=status,
        )
    if "could not connect" in lowered:  # a SOCKS proxy's reply
        return WawpError(
            ErrorKind.PROXY,
            translate("Errors", "The SOCKS proxy {proxy} {where} could not connect to {host} "
                      "({reason}).").format(
                reason=text.partition(":")[2].strip().rstrip(".")
                or translate("Errors", "no reason given"), **names),
        )
    return WawpError(
        ErrorKind.PROXY,
        translate("Errors", "The proxy server {proxy} {where} did not connect to {host}. Check "
                  "the proxy setting.").format(**names),
    )


def proxy_auth_error(proxy: ProxySetting | None, status: int | None = 407) -> WawpError:
    """The proxy wants a user name and password (HTTP 407, or SOCKS authentication)."""
    if proxy is None:
        text = translate("Errors", "A proxy between this computer and the server asks for a "
                         "user name and password. Set them in the proxy setting ({variable}), "
                         "like {example}.").format(
            variable=ltr("HTTPS_PROXY"), example=ltr("http://user:password@proxy.example.com:3128"))
    elif proxy.has_credentials:
        text = translate("Errors", "The proxy server {proxy} {where} did not accept the user "
                         "name and password in that setting. Correct them there.").format(
            proxy=ltr(proxy.shown), where=proxy.where)
    else:
        text = translate("Errors", "The proxy asks for a user name and password. Add them to the "
                         "proxy setting {where}, like {example} (the proxy is {proxy}).").format(
            where=proxy.where, proxy=ltr(proxy.shown),
            example=ltr(f"http://user:password@{proxy.host or 'proxy'}:3128"))
    return WawpError(ErrorKind.PROXY, text, status=status)


async def _in_memory(content: bytes) -> AsyncIterator[bytes]:
    yield content


async def _abandon(response: httpx.Response, received: AsyncIterator[bytes]) -> None:
    """Stop reading an answer half-way: close the connection, then let each layer of httpx's
    streaming (nested async generators) run into the closed connection and end here, in this
    task. Left suspended, they would be finalized later by the garbage collector, outside any
    task, where httpcore's clean-up fails (qasync installs no async-generator hooks)."""
    await response.aclose()
    with contextlib.suppress(Exception):
        async with asyncio.timeout(2.0):
            async for _ in received:
                pass


def _preload_http() -> None:
    """Import httpx and what it loads lazily on the first request (anyio's asyncio backend and
    TLS streams) or at the first client (``urllib.request``, for the proxy settings), in a
    worker thread: on the GUI thread these imports froze the window for 60-120 ms (measured
    by ``python -m tests.benchmarks``)."""
    import urllib.request  # noqa: F401 - httpx's trust_env reads proxies through it

    import httpx  # noqa: F401

    try:
        import anyio._backends._asyncio  # noqa: F401
        import anyio.streams.tls  # noqa: F401
        import certifi  # noqa: F401
        import httpcore  # noqa: F401 - httpx imports it when the first client is built
    except ImportError:  # a future anyio may move them: then they load at the first request
        pass


class WawpClient:
    """Talks to one Wawp API base. Create and use it inside the running event loop."""

    def __init__(
        self,
        api_base: str = DEFAULT_API_BASE,
        *,
        timeouts: Timeouts | None = None,
        tls: TlsSetup | None = None,
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        problem = check_api_base(api_base)
        if problem:
            raise WawpError(ErrorKind.BAD_API_BASE, problem)
        self.api_base = api_base.strip().rstrip("/")
        self.host = urlsplit(self.api_base).netloc
        self.timeouts = timeouts or Timeouts()
        self._tls = tls
        self._max_body = max_body
        self._http: httpx.AsyncClient | None = None
        self.proxy: ProxySetting | None = None
        """The proxy requests go through (set when the HTTP client is built)."""
        self._lock = asyncio.Lock()
        self._closed = False

    @property
    def tls_source(self) -> str | None:
        return self._tls.source if self._tls else None

    async def _client(self) -> httpx.AsyncClient:
        """The HTTP client, built on first use; :class:`WawpError` for an unusable proxy
        setting (it is checked again at the next call)."""
        async with self._lock:
            if self._closed:
                raise RuntimeError("client is closed")
            if self._http is None:
                if self._tls is None:
                    self._tls = await run_in_daemon_thread(create_tls_setup)
                await run_in_daemon_thread(_preload_http)
                self._http = self._build_http(self._tls)
            return self._http

    def _build_http(self, tls: TlsSetup) -> httpx.AsyncClient:
        import httpx

        hostname = urlsplit(self.api_base).hostname or ""
        proxy = None if is_loopback(hostname) else proxy_for(self.api_base)
        if proxy is not None and (problem := proxy.problem()):
            raise WawpError(ErrorKind.PROXY, problem)
        t = self.timeouts
        try:
            http = httpx.AsyncClient(
                base_url=self.api_base,
                verify=tls.context,
                timeout=httpx.Timeout(connect=t.connect, read=t.read, write=t.write, pool=t.pool),
                headers={"User-Agent": user_agent(), "Accept": "application/json",
                         "Accept-Encoding": ACCEPT_ENCODING},
                follow_redirects=False,
                proxy=proxy.url if proxy is not None else None,
                trust_env=False,  # the proxy is chosen above; no .netrc credentials
            )
        except (ValueError, TypeError, ImportError, httpx.InvalidURL) as exc:
            if proxy is None:
                raise
            log.info("proxy setting refused by httpx: %s", type(exc).__name__)
            if isinstance(exc, ImportError):
                raise WawpError(
                    ErrorKind.PROXY,
                    translate("Errors", "The proxy {where} ({proxy}) is a SOCKS proxy, and SOCKS "
                              "support is missing from this installation. Use an http:// proxy "
                              "or reinstall the app.").format(
                        where=proxy.where, proxy=ltr(proxy.shown)),
                ) from None
            raise WawpError(ErrorKind.PROXY, proxy.invalid_message()) from None
        self.proxy = proxy
        return http

    async def warm_up(self) -> None:
        """Build the TLS context and the HTTP client now (off the first paint). Never raises
        for a bad proxy setting or an unreadable CA file: the first request reports it."""
        try:
            await self._client()
        except (WawpError, OSError, ssl.SSLError) as error:  # the first request reports it
            log.info("HTTP client not built yet: %s", type(error).__name__)

    async def call(
        self, request: ApiRequest, *, item_key: str | None = None, status_is_state: bool = False
    ) -> ApiSuccess:
        """Send ``request``; the classified success, or raise :class:`WawpError`."""
        import httpx

        payload = (
            json.dumps(request.body, ensure_ascii=False).encode("utf-8")
            if request.body is not None
            else None
        )
        try:
            client = await self._client()  # WawpError: unusable proxy; RuntimeError: closed
        except (OSError, ssl.SSLError) as exc:  # e.g. an unreadable SSL_CERT_FILE
            raise transport_error(exc, self.host) from None
        failure: WawpError | None = None
        try:
            async with asyncio.timeout(self.timeouts.total):
                status, headers, body = await self._exchange(client, request, payload)
        except WawpError:
            raise
        except (httpx.HTTPError, OSError, TimeoutError, ssl.SSLError) as exc:
            failure = transport_error(exc, self.host, self.proxy)
        except Exception as exc:  # noqa: BLE001 - e.g. a SOCKS proxy's garbled reply
            log.warning("unexpected failure sending a request", exc_info=True)
            failure = transport_error(exc, self.host, self.proxy)
            failure.message += f" ({ltr(type(exc).__name__)})"
        if failure is not None:
            # Raised outside the handler: the error keeps no link (``__context__``) to
            # httpx's exception, its frames and the connection they hold.
            raise failure
        if status == 407:  # a proxy answered instead of the server
            raise proxy_auth_error(self.proxy)
        if len(body) > PARSE_IN_THREAD_BYTES:
            return await run_in_daemon_thread(
                classify, status, headers, body, item_key=item_key, status_is_state=status_is_state
            )
        return classify(status, headers, body, item_key=item_key, status_is_state=status_is_state)

    async def _exchange(
        self, client: httpx.AsyncClient, request: ApiRequest, payload: bytes | None
    ) -> tuple[int, dict[str, str], bytes]:
        headers = dict(request.headers or {})
        if payload is not None:
            headers["Content-Type"] = "application/json"
        async with client.stream(
            request.method, request.path, content=payload, headers=headers, params=request.params
        ) as response:
            status = response.status_code
            declared = response.headers.get("content-length", "")
            if declared.isascii() and declared.isdigit() and int(declared) > self._max_body:
                raise self._too_large(status)
            in_memory = response.is_stream_consumed  # a mock transport's answer, already read
            decoder = BodyDecoder([], self._max_body) if in_memory else self._decoder(response)
            received = _in_memory(response.content) if in_memory else response.aiter_raw()
            chunks, failure = await self._read_body(received, decoder, status)
            if failure is not None:
                await _abandon(response, received)
                raise failure
            return status, dict(response.headers), b"".join(chunks)

    async def _read_body(
        self, received: AsyncIterator[bytes], decoder: BodyDecoder, status: int
    ) -> tuple[list[bytes], WawpError | None]:
        """The unpacked body in pieces, or the error that stopped reading it."""
        chunks: list[bytes] = []
        size = 0
        try:
            async for raw in received:
                size += len(raw)
                if size > self._max_body:
                    return chunks, self._too_large(status)
                chunks.extend(decoder.feed(raw))
            chunks.extend(decoder.finish())
        except BodyTooLarge:
            return chunks, self._too_large(status, unpacked=True)
        except DamagedBody as exc:
            return chunks, WawpError(
                ErrorKind.NOT_JSON,
                translate("Errors", "The server's answer was packed ({encoding}) but could not "
                          "be unpacked: it is damaged. The API address may point at the wrong "
                          "service.").format(encoding=ltr(exc.encoding)),
                status=status,
            )
        return chunks, None

    def _decoder(self, response: httpx.Response) -> BodyDecoder:
        layers = encodings_of(response.headers.get_list("content-encoding"))
        try:
            return BodyDecoder(layers, self._max_body)
        except TooManyEncodings:
            raise WawpError(
                ErrorKind.NOT_JSON,
                translate("Errors", "The server packed its answer {count} times over "
                          "(Content-Encoding: {encodings}); the app unpacks at most {limit}, as "
                          "no real server needs more. The API address may point at the wrong "
                          "service.").format(count=len(layers), limit=MAX_ENCODINGS,
                                             encodings=ltr(", ".join(layers)[:80])),
                status=response.status_code,
            ) from None
        except UnsupportedEncoding as exc:
            raise WawpError(
                ErrorKind.NOT_JSON,
                translate("Errors", "The server packed its answer as “{encoding}”, which the app "
                          "cannot unpack (it asks for gzip or deflate). The API address may "
                          "point at the wrong service.").format(encoding=ltr(exc.encoding[:40])),
                status=response.status_code,
            ) from None

    def _too_large(self, status: int, *, unpacked: bool = False) -> WawpError:
        text = (translate("Errors", "The server sent more than {size} MB once unpacked, far "
                          "more than Wawp ever sends. The API address may point at the wrong "
                          "service.") if unpacked else
                translate("Errors", "The server sent more than {size} MB, far more than Wawp "
                          "ever sends. The API address may point at the wrong service."))
        return WawpError(
            ErrorKind.TOO_LARGE,
            text.format(size=self._max_body // (1024 * 1024)),
            status=status,
        )

    async def session_info(self, instance_id: str, access_token: str) -> SessionInfo:
        """``POST /v2/session/info``: name, state and phone number of the instance."""
        request = session_info_request(instance_id, access_token)
        result = await self.call(request, item_key=None, status_is_state=True)
        return SessionInfo.parse(result.data)

    async def list_webhooks(self, instance_id: str, access_token: str) -> list[StoredWebhook]:
        """``GET /v2/session/webhook``: the instance's webhooks."""
        result = await self.call(list_webhooks_request(instance_id, access_token), item_key=None)
        return parse_webhook_list(result.data)

    async def delete_webhook(self, instance_id: str, access_token: str, url: str) -> ApiSuccess:
        """``DELETE /v2/webhook/delete`` for ``url``."""
        return await self.call(
            delete_webhook_request(instance_id, access_token, url), item_key=None
        )

    async def aclose(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        async with self._lock:
            self._closed = True
            if self._http is not None:
                await self._http.aclose()
                self._http = None

