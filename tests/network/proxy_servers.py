"""Tiny loopback proxies for the proxy tests: an HTTP CONNECT proxy and a SOCKS5 proxy.

Both send every tunnel to 127.0.0.1 at the requested port, whatever host was asked for, so
a test can use an API address such as ``https://api.wawp.test:<port>`` that only the proxy
"resolves". Each records what it was asked (target, credentials).
"""

from __future__ import annotations

import base64
import contextlib
import select
import socket
import socketserver
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class ProxyLog:
    """What clients asked the proxy for."""

    targets: list[str] = field(default_factory=list)
    credentials: list[str | None] = field(default_factory=list)


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes."""
    sockets = [a, b]
    while True:
        readable, _, _ = select.select(sockets, [], [], 10)
        if not readable:
            return
        for sock in readable:
            try:
                data = sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            (b if sock is a else a).sendall(data)


def _read_head(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        pass  # a client hanging up mid-tunnel is normal here


@contextlib.contextmanager
def _serve(handler: type[socketserver.BaseRequestHandler], **attrs: object) -> Iterator[_Server]:
    server = _Server(("127.0.0.1", 0), handler)
    for name, value in attrs.items():
        setattr(server, name, value)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _ConnectHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        server = self.server
        head = _read_head(self.request).decode("latin-1")
        lines = head.split("\r\n")
        method, target, _ = (lines[0].split(" ") + ["", "", ""])[:3]
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name:
                headers[name.strip().lower()] = value.strip()
        server.log.targets.append(target)  # type: ignore[attr-defined]
        auth = headers.get("proxy-authorization")
        server.log.credentials.append(auth)  # type: ignore[attr-defined]
        answer = server.answer  # type: ignore[attr-defined]
        wanted = server.credentials  # type: ignore[attr-defined]
        if wanted is not None:
            expected = "Basic " + base64.b64encode(wanted.encode()).decode()
            if auth != expected:
                answer = "407 Proxy Authentication Required"
        if method != "CONNECT":
            answer = "405 Method Not Allowed"
        if answer:
            self.request.sendall(
                f"HTTP/1.1 {answer}\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                "Content-Length: 0\r\nConnection: close\r\n\r\n".encode())
            return
        port = int(target.rpartition(":")[2])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as upstream:
            self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            _pipe(self.request, upstream)


@contextlib.contextmanager
def connect_proxy(
    *, credentials: str | None = None, answer: str | None = None
) -> Iterator[tuple[int, ProxyLog]]:
    """An HTTP CONNECT proxy on 127.0.0.1; yields (port, log).

    ``credentials`` ("user:password"): answer 407 unless the client sends them.
    ``answer`` (e.g. "403 Forbidden", "502 Bad Gateway"): refuse every tunnel with it.
    """
    log = ProxyLog()
    with _serve(_ConnectHandler, log=log, credentials=credentials, answer=answer) as server:
        yield server.server_address[1], log


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("client went away")
        data += chunk
    return data


class _Socks5Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        sock, server = self.request, self.server
        version, count = _recv_exact(sock, 2)
        methods = _recv_exact(sock, count)
        wanted = server.credentials  # type: ignore[attr-defined]
        method = 0x02 if wanted is not None else 0x00
        if version != 5 or method not in methods:
            sock.sendall(b"\x05\xff")
            return
        sock.sendall(bytes([5, method]))
        if method == 0x02:
            _, size = _recv_exact(sock, 2)
            user = _recv_exact(sock, size).decode()
            (size,) = _recv_exact(sock, 1)
            password = _recv_exact(sock, size).decode()
            server.log.credentials.append(f"{user}:{password}")  # type: ignore[attr-defined]
            if f"{user}:{password}" != wanted:
                sock.sendall(b"\x01\x01")
                return
            sock.sendall(b"\x01\x00")
        _, command, _, kind = _recv_exact(sock, 4)
        if kind == 1:
            host = socket.inet_ntoa(_recv_exact(sock, 4))
        elif kind == 3:
            (size,) = _recv_exact(sock, 1)
            host = _recv_exact(sock, size).decode()
        else:
            host = socket.inet_ntop(socket.AF_INET6, _recv_exact(sock, 16))
        (port,) = struct.unpack("!H", _recv_exact(sock, 2))
        server.log.targets.append(f"{host}:{port}")  # type: ignore[attr-defined]
        reply = server.reply  # type: ignore[attr-defined]
        if command != 1:
            reply = 7  # command not supported
        if reply:
            sock.sendall(bytes([5, reply, 0, 1, 0, 0, 0, 0, 0, 0]))
            return
        with socket.create_connection(("127.0.0.1", port), timeout=5) as upstream:
            sock.sendall(bytes([5, 0, 0, 1, 127, 0, 0, 1]) + struct.pack("!H", port))
            _pipe(sock, upstream)


@contextlib.contextmanager
def socks5_proxy(
    *, credentials: str | None = None, reply: int = 0
) -> Iterator[tuple[int, ProxyLog]]:
    """A SOCKS5 proxy on 127.0.0.1; yields (port, log).

    ``credentials`` ("user:password"): require user/password authentication (RFC 1929).
    ``reply``: a non-zero SOCKS reply code to refuse every connection with (5: refused).
    """
    log = ProxyLog()
    with _serve(_Socks5Handler, log=log, credentials=credentials, reply=reply) as server:
        yield server.server_address[1], log
