"""Loopback HTTP(S) servers that answer the URL check the way real receivers can fail."""

from __future__ import annotations

import contextlib
import socket
import ssl
import struct
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import Any


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    """Header names in lower case."""
    body: bytes
    raw_head: bytes


Behaviour = Callable[["_Handler"], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        if self.server.tls is not None:  # handshake in this connection's thread
            self.request = self.server.tls.wrap_socket(self.request, server_side=True)
        super().setup()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            if isinstance(self.request, ssl.SSLSocket):
                self.request.close()  # the server only closes the plain socket it accepted

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        head = f"{self.requestline}\r\n{self.headers}".encode("latin-1")
        self.server.record(Received(
            self.command, self.path,
            {k.lower(): v for k, v in self.headers.items()}, body, head,
        ))
        self.server.behaviour(self)

    do_GET = do_POST

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    # ---- answers -----------------------------------------------------------------------------

    def answer(self, status: int, body: bytes = b"ok", headers: dict[str, str] | None = None
               ) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def reset_mid_answer(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.wfile.write(b"x" * 10)
        self.wfile.flush()
        sock = self.connection
        fmt = "HH" if sys.platform == "win32" else "ii"
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack(fmt, 1, 0))
        self.close_connection = True
        self.rfile.close()
        sock.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, tls: ssl.SSLContext | None, behaviour: Behaviour) -> None:
        self.tls = tls
        self.behaviour = behaviour
        self.received: list[Received] = []
        self.changed = threading.Condition()
        self.release = threading.Event()
        self.errors: list[BaseException] = []
        self.client_closed = threading.Event()
        super().__init__(("127.0.0.1", 0), _Handler)

    def server_bind(self) -> None:
        TCPServer.server_bind(self)  # skip HTTPServer's slow getfqdn()
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    def record(self, item: Received) -> None:
        with self.changed:
            self.received.append(item)
            self.changed.notify_all()

    def handle_error(self, request: Any, client_address: Any) -> None:
        self.errors.append(sys.exc_info()[1])  # a handshake the client refused, a reset…


class TestServer:
    """A receiver on 127.0.0.1 serving ``behaviour`` for each request, over TLS if given."""

    __test__ = False

    def __init__(self, behaviour: Behaviour, tls: ssl.SSLContext | None = None) -> None:
        self._server = _Server(tls, behaviour)
        self.port = self._server.server_port
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def received(self) -> list[Received]:
        with self._server.changed:
            return list(self._server.received)

    @property
    def release(self) -> threading.Event:
        """Set at stop: handlers that wait on it give up."""
        return self._server.release

    @property
    def client_closed(self) -> threading.Event:
        """Set by :func:`wait_for_close` when the client closed the connection."""
        return self._server.client_closed

    def wait_for_request(self, timeout: float = 5.0) -> bool:
        with self._server.changed:
            return self._server.changed.wait_for(lambda: self._server.received, timeout)

    def stop(self) -> None:
        self._server.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then closed)."""
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---- behaviours ------------------------------------------------------------------------------

def status(code: int, body: bytes = b"ok", headers: dict[str, str] | None = None) -> Behaviour:
    return lambda handler: handler.answer(code, body, headers)


def after(seconds: float, code: int = 200) -> Behaviour:
    """Answer ``code`` after ``seconds`` (a server-side wait, cut short by stop())."""

    def behave(handler: _Handler) -> None:
        handler.server.release.wait(seconds)
        handler.answer(code)

    return behave


def hang(handler: _Handler) -> None:
    handler.server.release.wait(30)


def reset(handler: _Handler) -> None:
    handler.reset_mid_answer()


def wait_for_close(handler: _Handler) -> None:
    """Never answer; note when the client closes the connection."""
    with contextlib.suppress(OSError):
        handler.rfile.read(1)
    handler.server.client_closed.set()
