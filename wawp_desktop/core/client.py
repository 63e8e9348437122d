"""The asynchronous Wawp API client: one long-lived httpx.AsyncClient per API base."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import DEFAULT_API_BASE
from .address import check_api_base, is_loopback
from .errors import ErrorKind, WawpError
from .instance import SessionInfo, parse_webhook_list
from .outcome import ApiSuccess, classify
from .request import (
    ApiRequest,
    delete_webhook_request,
    list_webhooks_request,
    session_info_request,
    user_agent,
)
from .tls import TlsSetup, create_tls_setup

if TYPE_CHECKING:
    import httpx

    from .webhook import StoredWebhook


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
        return (
            "The server's security certificate is for a different name, so the connection "
            "may not be safe. Check the API address."
        )
    if "expired" in text:
        return "The server's security certificate has expired. Check your computer's date."
    if "self-signed" in text or "self signed" in text or "unable to get local issuer" in text:
        return (
            "The server's security certificate is not trusted by this computer. If your "
            "company inspects HTTPS traffic, install its certificate in the system store or "
            "point SSL_CERT_FILE at it."
        )
    return "A secure (TLS) connection to the server could not be made."


def transport_error(exc: BaseException, host: str) -> WawpError:
    """The plain-language error for a failure below HTTP (network, TLS, timeouts)."""
    import httpx

    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLError):  # certificate checks (CertificateError) included
            return WawpError(ErrorKind.TLS_FAILURE, _tls_message(cause))
        if isinstance(cause, socket.gaierror):
            return WawpError(
                ErrorKind.DNS_FAILURE,
                f"The server name “{host}” could not be found. Check the address and your "
                "internet connection.",
            )
        if isinstance(cause, ConnectionRefusedError):
            return WawpError(
                ErrorKind.CONNECTION_REFUSED,
                f"Nothing answered at {host}. The service may be down, or a firewall blocks it.",
            )
    if isinstance(exc, httpx.ConnectTimeout):
        return WawpError(
            ErrorKind.TIMEOUT,
            f"Connecting to {host} took too long. Check your internet connection or proxy.",
        )
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return WawpError(
            ErrorKind.TIMEOUT,
            "The server did not answer in time. Your change may or may not have been saved; "
            "save again to be sure.",
        )
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return WawpError(
            ErrorKind.CONNECTION_LOST,
            "The connection was cut before the full answer arrived. Your change may or may not "
            "have been saved; save again to be sure.",
        )
    if isinstance(exc, httpx.ConnectError):
        text = str(exc).lower()
        if "name or service" in text or "nodename" in text or "getaddrinfo" in text:
            return WawpError(
                ErrorKind.DNS_FAILURE,
                f"The server name “{host}” could not be found. Check the address.",
            )
        return WawpError(ErrorKind.CONNECTION_REFUSED, f"Could not connect to {host}.")
    return WawpError(ErrorKind.NETWORK, f"A network error stopped the request to {host}.")


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
        self._lock = asyncio.Lock()
        self._closed = False

    @property
    def tls_source(self) -> str | None:
        return self._tls.source if self._tls else None

    async def _client(self) -> httpx.AsyncClient:
        async with self._lock:
            if self._closed:
                raise RuntimeError("client is closed")
            if self._http is None:
                if self._tls is None:
                    self._tls = await asyncio.to_thread(create_tls_setup)
                await asyncio.to_thread(_preload_http)
                import httpx

                t = self.timeouts
                self._http = httpx.AsyncClient(
                    base_url=self.api_base,
                    verify=self._tls.context,
                    timeout=httpx.Timeout(
                        connect=t.connect, read=t.read, write=t.write, pool=t.pool
                    ),
                    headers={"User-Agent": user_agent(), "Accept": "application/json"},
                    follow_redirects=False,
                    trust_env=not is_loopback(urlsplit(self.api_base).hostname or ""),
                )
            return self._http

    async def warm_up(self) -> None:
        """Build the TLS context and the HTTP client now (off the first paint)."""
        await self._client()

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
            client = await self._client()
            async with asyncio.timeout(self.timeouts.total):
                status, headers, body = await self._exchange(client, request, payload)
        except WawpError:
            raise
        except (httpx.HTTPError, OSError, TimeoutError, ssl.SSLError) as exc:
            raise transport_error(exc, self.host) from None
        if len(body) > PARSE_IN_THREAD_BYTES:
            return await asyncio.to_thread(
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
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self._max_body:
                raise self._too_large(response.status_code, int(declared))
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self._max_body:
                    raise self._too_large(response.status_code, size)
                chunks.append(chunk)
            return response.status_code, dict(response.headers), b"".join(chunks)

    def _too_large(self, status: int, size: int) -> WawpError:
        return WawpError(
            ErrorKind.TOO_LARGE,
            f"The server sent more than {self._max_body // (1024 * 1024)} MB, far more than "
            "Wawp ever sends. The API address may point at the wrong service.",
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

