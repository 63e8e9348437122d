"""Small loopback servers for the faults the sandbox cannot play: TLS and a stalled connect."""

from __future__ import annotations

import json
import select
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_POST(self) -> None:  # noqa: N802 - http.server naming
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"status": "success", "webhook": {"url": "https://x.example"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        pass  # a refused handshake is the expected outcome


@contextmanager
def tls_server(context: ssl.SSLContext) -> Iterator[int]:
    """An HTTPS server on 127.0.0.1 using ``context``; yields its port."""
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def stalled_listener() -> Iterator[int]:
    """A port whose accept queue is full: a new connection never completes (connect timeout).

    The socket listens with backlog 0 and never accepts; connections are opened until one
    does not complete within 0.2 s (Linux keeps one in the queue, then drops further SYNs).
    """
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers: list[socket.socket] = []
    try:
        for _ in range(64):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.setblocking(False)
            fillers.append(filler)
            filler.connect_ex(("127.0.0.1", port))
            _, writable, _ = select.select([], [filler], [], 0.2)
            if not writable:
                break
        else:
            raise RuntimeError("could not fill the accept queue")
        yield port
    finally:
        for filler in fillers:
            filler.close()
        server.close()


def free_port() -> int:
    """A loopback port nothing listens on (connection refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
