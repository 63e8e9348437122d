"""The sandbox under load and abuse: backlog, bounded threads, slow clients, chunk sizes,
and a bounded record of requests."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import httpx
import pytest

from tests.conftest import run
from tests.sandbox.helpers import SET, webhook_body
from wawp_desktop.sandbox import SandboxServer
from wawp_desktop.sandbox import server as server_module
from wawp_desktop.sandbox.server import (
    LISTEN_BACKLOG,
    MAX_WORKERS,
    RECORDED_REQUESTS,
    _SandboxHTTPServer,
)

INFO_BODY = json.dumps({"instance_id": "DEMOPAID0001",
                        "access_token": "sandbox-paid-token-0001"}).encode()


def _raw_request(body: bytes = INFO_BODY, path: str = "/v2/session/info") -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


def _read_all(sock: socket.socket) -> bytes:
    reply = b""
    while chunk := sock.recv(65536):
        reply += chunk
    return reply


@contextmanager
def _slow_clients(port: int, count: int) -> Iterator[list[socket.socket]]:
    """``count`` connections that sent the start of a request head and then nothing."""
    with ExitStack() as stack:
        clients = []
        for _ in range(count):
            sock = stack.enter_context(socket.create_connection(("127.0.0.1", port), timeout=5))
            sock.sendall(b"POST /v2/webhook/set HTTP/1.1\r\nHost: x\r\n")
            clients.append(sock)
        yield clients


def test_listen_backlog() -> None:
    assert LISTEN_BACKLOG == 128 and _SandboxHTTPServer.request_queue_size == 128


def test_500_concurrent_requests_all_succeed(sandbox: SandboxServer) -> None:
    async def one() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", sandbox.port)
        try:
            writer.write(_raw_request())
            await writer.drain()
            reply = await reader.read()
        finally:
            writer.close()
            await writer.wait_closed()
        return reply.split(b" ", 2)[1]

    async def all_at_once() -> list[bytes]:
        return await asyncio.gather(*(one() for _ in range(500)))

    statuses = run(all_at_once())
    assert statuses == [b"200"] * 500
    assert sandbox.request_count == 500
    assert sandbox.worker_count <= MAX_WORKERS


@pytest.mark.parametrize("size", [b"-1", b"-0", b"+5", b"0x10", b"1_0", b"fffffffff", b" ",
                                  b"-ffff;ext=1", b"\xd9\xa3"])
def test_a_bad_chunk_size_is_refused(sandbox: SandboxServer, size: bytes) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(b"POST /v2/webhook/set HTTP/1.1\r\nHost: x\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n" + size + b"\r\n")
        reply = _read_all(sock)
    assert reply.startswith(b"HTTP/1.1 400 ")
    assert reply.endswith(b"Bad Request: bad chunk")
    assert sandbox.request_count == 0


def test_chunks_over_the_limit_are_refused(sandbox: SandboxServer) -> None:
    size = server_module.MAX_REQUEST_BODY + 1
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(b"POST /v2/webhook/set HTTP/1.1\r\nHost: x\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n" + f"{size:x}\r\n".encode())
        reply = _read_all(sock)
    assert reply.startswith(b"HTTP/1.1 413 ")


def test_a_unicode_digit_content_length_is_refused(sandbox: SandboxServer) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall("POST /v2/webhook/set HTTP/1.1\r\nHost: x\r\nContent-Length: ٣\r\n\r\n"
                     .encode())
        assert _read_all(sock).startswith(b"HTTP/1.1 400 ")


def test_slow_connections_do_not_make_a_thread_each(sandbox: SandboxServer) -> None:
    before = threading.active_count()
    with _slow_clients(sandbox.port, 300):
        assert sandbox.wait_for_connections(300, timeout=30)
        during = threading.active_count()
        workers = sandbox.worker_count
    print(f"300 slow connections: {during - before} new threads ({workers} workers)")
    assert workers <= MAX_WORKERS
    assert during - before <= MAX_WORKERS
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:  # served again
        assert client.post(SET, json=webhook_body()).status_code == 200


def test_a_request_trickling_in_is_cut_after_the_read_timeout(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "REQUEST_READ_TIMEOUT", 0.3)
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=10) as sock:
        sock.sendall(b"POST /v2/webhook/set HTTP/1.1\r\nHost: x\r\n")
        assert _read_all(sock) == b""  # closed by the server, well before the client's 10 s
    assert sandbox.request_count == 0


def test_connections_beyond_the_waiting_room_get_503(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(server_module, "MAX_WORKERS", 1)
    monkeypatch.setattr(server_module, "MAX_WAITING", 1)
    with SandboxServer() as sandbox, _slow_clients(sandbox.port, 1):
        assert sandbox.wait_for_connections(1)  # the only worker waits on this one
        with _slow_clients(sandbox.port, 1):  # this one waits for the worker
            assert sandbox.wait_for_connections(2)
            with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
                reply = _read_all(sock)
    assert reply.startswith(b"HTTP/1.1 503 Service Unavailable\r\n")
    assert b"Retry-After: 1" in reply and b"busy" in reply


def test_an_idle_keep_alive_connection_yields_its_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(server_module, "MAX_WORKERS", 1)
    with SandboxServer() as sandbox, httpx.Client(base_url=sandbox.url, timeout=5) as first:
        assert first.post(SET, json=webhook_body()).status_code == 200  # stays open, idle
        with httpx.Client(base_url=sandbox.url, timeout=5) as second:
            assert second.post(SET, json=webhook_body()).status_code == 200
        assert first.post(SET, json=webhook_body()).status_code == 200  # reconnects


def test_recorded_requests_are_bounded(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.url, timeout=5) as client:
        for index in range(RECORDED_REQUESTS + 50):
            client.post(SET, json=webhook_body(name=f"hook {index}"))
    assert sandbox.wait_for_requests(RECORDED_REQUESTS + 50, timeout=1)
    recorded = sandbox.requests
    assert len(recorded) == RECORDED_REQUESTS == 200
    assert sandbox.request_count == 250
    assert recorded[0].json["name"] == "hook 50" and recorded[-1].json["name"] == "hook 249"
    assert isinstance(recorded, list) and recorded is not sandbox.requests  # a copy
    sandbox.clear_requests()
    assert sandbox.requests == [] and sandbox.request_count == 250
