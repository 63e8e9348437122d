"""SandboxServer: the fake Wawp API over HTTP on this computer, with fault injection for tests."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import re
import socket
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

from ..core.secrets import redact
from .faults import Fault, FaultQueue
from .handlers import Answer, ApiCall, dispatch, json_answer, text_answer
from .state import SandboxState

log = logging.getLogger("wawp_desktop.sandbox")

MAX_REQUEST_BODY = 1024 * 1024
IDLE_TIMEOUT = 120.0
"""Seconds an idle keep-alive connection is kept before the server closes it."""
REQUEST_READ_TIMEOUT = 10.0
"""Seconds allowed to receive a whole request (head and body) once its first byte arrived: a
client sending a byte now and then (slowloris) cannot hold a worker longer."""
LISTEN_BACKLOG = 128
"""Connections the OS queues before the server accepts them (Python's default of 5 made 36
of 500 concurrent requests fail)."""
MAX_WORKERS = 64
"""Threads serving connections at most; further connections wait for one."""
MAX_WAITING = 1024
"""Accepted connections waiting for a worker at most; further ones are answered 503."""
IDLE_CHECK_INTERVAL = 0.5
"""How often an idle keep-alive connection checks whether others wait for its worker."""
WORKER_IDLE_EXIT = 2.0
"""Seconds a worker waits for a new connection before it ends."""
RECORDED_REQUESTS = 200
"""Requests kept in :attr:`SandboxServer.requests` (the most recent ones)."""
_CHUNK_SIZE_RE = re.compile(rb"[0-9A-Fa-f]{1,8}")
POLL_INTERVAL = 0.05
"""How often the accept loop checks for stop() (seconds): keeps stop() fast."""
STOP_JOIN_TIMEOUT = 5.0
"""How long stop() waits for connection threads (they end at once unless the handler is stuck)."""

@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """A request the sandbox received: the handlers' :class:`ApiCall` (header names in lower
    case) and its body parsed as JSON (``json`` None if it is not JSON)."""

    call: ApiCall
    json: Any = None

    @property
    def method(self) -> str:
        return self.call.method

    @property
    def path(self) -> str:
        return self.call.path

    @property
    def query(self) -> dict[str, str]:
        return self.call.query

    @property
    def headers(self) -> dict[str, str]:
        return self.call.headers

    @property
    def body(self) -> bytes:
        return self.call.body


class _DeadlineReader(io.RawIOBase):
    """Reads a socket: between requests for up to the idle timeout (given up early when
    ``crowded()`` says connections wait for a worker), during a request against a deadline."""

    def __init__(
        self, sock: socket.socket, idle_timeout: float, crowded: Callable[[], bool]
    ) -> None:
        self._sock = sock
        self._idle_timeout = idle_timeout
        self._crowded = crowded
        self.deadline: float | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the request did not arrive in time")
            self._sock.settimeout(left)
            return self._sock.recv_into(buffer)
        idle_until = time.monotonic() + self._idle_timeout
        while True:
            self._sock.settimeout(min(IDLE_CHECK_INTERVAL, self._idle_timeout))
            try:
                return self._sock.recv_into(buffer)
            except TimeoutError:
                if self._crowded() or time.monotonic() >= idle_until:
                    raise


class SandboxRequestHandler(BaseHTTPRequestHandler):
    """Reads one request at a time (keep-alive), plays a queued fault or the real handler."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    timeout = IDLE_TIMEOUT
    server_version = "WawpSandbox/1.0"
    sys_version = ""
    server: _SandboxHTTPServer

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        self._serve()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
        if log.isEnabledFor(logging.DEBUG):
            state = self.server.sandbox.state  # type: ignore[attr-defined]
            tokens = [i.access_token for i in map(state.get, state.instance_ids()) if i]
            log.debug("%s %s", self.address_string(), redact(format % args, tokens))

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # the socket's file object: replaced by one with a deadline
        self._reader = _DeadlineReader(self.connection, self.timeout or IDLE_TIMEOUT,
                                       self.server.crowded)
        self.rfile = io.BufferedReader(self._reader, 64 * 1024)

    def handle_one_request(self) -> None:
        """Wait (idle timeout) for a request to start, then give it REQUEST_READ_TIMEOUT."""
        self._reader.deadline = None
        try:
            started = self.rfile.peek(1)
        except OSError:  # idle for too long, or the client went away
            started = b""
        if not started:
            self.close_connection = True
            return
        self._reader.deadline = time.monotonic() + REQUEST_READ_TIMEOUT
        super().handle_one_request()

    def _request_read(self) -> None:
        """The request is in: writing answers (trickles included) has no deadline."""
        self._reader.deadline = None
        self.connection.settimeout(self.timeout)

    # ---- one request -------------------------------------------------------------------------

    def _serve(self) -> None:
        with self.server.sandbox.handling() as go_on:  # latency, and the in-flight count
            if go_on:
                self._serve_request()
            else:
                self._abort()

    def _serve_request(self) -> None:
        body = self._read_body()
        if body is None:
            return
        self._request_read()
        parts = urlsplit(self.path)
        call = ApiCall(
            method=self.command.upper(),
            path=parts.path or "/",
            query=dict(parse_qsl(parts.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        sandbox = self.server.sandbox
        sandbox.record_request(call)
        fault = sandbox.faults.take(call.method, call.path)
        if fault is None:
            self._send(self._real_answer(call))
        else:
            self._play(fault, call)

    def _real_answer(self, call: ApiCall) -> Answer:
        try:
            return dispatch(self.server.sandbox.state, call)
        except Exception:
            log.exception("sandbox handler for %s %s failed", call.method, call.path)
            return json_answer(500, {"status": "error", "message": "Internal sandbox error"})

    def _read_body(self) -> bytes | None:
        """The request body, or None when the request was already answered or dropped."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        declared = self.headers.get("Content-Length")
        if declared is None:
            return b""
        if not (declared.strip().isascii() and declared.strip().isdigit()):
            self._send(text_answer(400, "Bad Request: invalid Content-Length"), close=True)
            return None
        length = int(declared)
        if length > MAX_REQUEST_BODY:
            self._send(json_answer(413, {"status": "error", "message": "Body too large"}),
                       close=True)
            return None
        data = self.rfile.read(length)
        if len(data) < length:
            self._abort()
            return None
        return data

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            digits = line.split(b";")[0].strip()
            if not _CHUNK_SIZE_RE.fullmatch(digits):  # no sign, prefix or underscore
                if not line:
                    self._abort()
                else:
                    self._send(text_answer(400, "Bad Request: bad chunk"), close=True)
                return None
            size = int(digits, 16)
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            total += size
            if total > MAX_REQUEST_BODY:
                self._send(json_answer(413, {"status": "error", "message": "Body too large"}),
                           close=True)
                return None
            data = self.rfile.read(size)
            if len(data) < size:
                self._abort()
                return None
            chunks.append(data)
            self.rfile.readline(1024)

    # ---- faults ------------------------------------------------------------------------------

    def _play(self, fault: Fault, call: ApiCall) -> None:
        stopping = self.server.sandbox.stopping
        if fault.delay > 0 and stopping.wait(fault.delay):
            self._abort()
            return
        if fault.close_without_answer:
            self._abort()
            return
        answer = self._fault_answer(fault, call)
        if fault.reset_mid_body:
            self._send_partial_then_reset(answer)
        elif fault.trickle is not None:
            self._send_trickled(answer, *fault.trickle)
        else:
            self._send(answer)

    def _fault_answer(self, fault: Fault, call: ApiCall) -> Answer:
        if fault.replaces_answer:
            body, content_type = fault.encoded_body()
            answer = Answer(fault.status or 200, body, content_type)
        else:
            answer = self._real_answer(call)
        headers = dict(answer.headers)
        content_type = fault.content_type or answer.content_type
        for name, value in fault.headers.items():
            if name.lower() == "content-type":
                content_type = fault.content_type or value
            else:
                headers[name] = value
        return Answer(answer.status, answer.body, content_type, headers)

    def _send_partial_then_reset(self, answer: Answer) -> None:
        payload = answer.body.ljust(2) if answer.body else b'{"status": "success"}'
        self._send_head(answer, len(payload))
        self.wfile.write(payload[: len(payload) // 2])
        self._abort(reset=True)

    def _send_trickled(
        self, answer: Answer, chunk_bytes: int, interval: float, total_chunks: int
    ) -> None:
        payload = answer.body.rjust(chunk_bytes * total_chunks)
        self._send_head(answer, len(payload))
        stopping = self.server.sandbox.stopping
        for index in range(total_chunks):
            end = len(payload) if index == total_chunks - 1 else (index + 1) * chunk_bytes
            if stopping.wait(interval):
                self._abort()
                return
            self.wfile.write(payload[index * chunk_bytes : end])

    # ---- writing -----------------------------------------------------------------------------

    def _send_head(self, answer: Answer, length: int, *, close: bool = False) -> None:
        close = close or self.server.crowded()  # free this worker for a waiting connection
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(length))
        for name, value in answer.headers.items():
            if name.lower() not in ("content-type", "content-length"):
                self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
        self.end_headers()

    def _send(self, answer: Answer, *, close: bool = False) -> None:
        self._send_head(answer, len(answer.body), close=close)
        if answer.body:
            self.wfile.write(answer.body)

    def _abort(self, *, reset: bool = False) -> None:
        """Drop the connection now: a plain close (FIN), or a reset (RST) when ``reset``."""
        self.close_connection = True
        sock = self.connection
        try:
            if reset:
                fmt = "HH" if sys.platform == "win32" else "ii"
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack(fmt, 1, 0))
            else:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.rfile.close()  # drop the makefile() reference so close() really closes
        sock.close()


class _SandboxHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer with a bounded pool of worker threads, that knows its sandbox and
    can cut all open connections.

    Accepted connections wait in a queue (at most :data:`MAX_WAITING`, further ones get 503)
    for one of at most :data:`MAX_WORKERS` daemon threads, started on demand and ending after
    :data:`WORKER_IDLE_EXIT` seconds without work: 900 slow clients no longer make 900
    threads.
    """

    allow_reuse_address = sys.platform != "win32"
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, address: tuple[str, int], sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._pool = threading.Condition()
        self._waiting: deque[tuple[socket.socket, Any]] = deque()
        self._workers: set[threading.Thread] = set()
        self._idle = 0
        self._stopping = False
        self.accepted = 0
        """Connections accepted so far (refused ones included)."""
        super().__init__(address, SandboxRequestHandler)

    def server_bind(self) -> None:
        TCPServer.server_bind(self)  # skip HTTPServer's getfqdn(), which can be slow
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = port

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._pool:
            self.accepted += 1
            self._pool.notify_all()
            if self._stopping or len(self._waiting) >= MAX_WAITING:
                refuse = True
            else:
                refuse = False
                with self._connections_lock:
                    self._connections.add(request)
                self._waiting.append((request, client_address))
                if self._idle < len(self._waiting) and len(self._workers) < MAX_WORKERS:
                    self._start_worker()
                self._pool.notify()
        if refuse:
            self._refuse(request)

    def _start_worker(self) -> None:
        thread = threading.Thread(target=self._work, name=f"wawp-sandbox-{self.server_port}-worker",
                                  daemon=True)
        self._workers.add(thread)
        thread.start()

    def _work(self) -> None:
        me = threading.current_thread()
        while True:
            with self._pool:
                self._idle += 1
                while not self._waiting and not self._stopping:
                    if not self._pool.wait(WORKER_IDLE_EXIT) and not self._waiting:
                        break
                self._idle -= 1
                if self._stopping or not self._waiting:
                    self._workers.discard(me)
                    return
                request, client_address = self._waiting.popleft()
            self.process_request_thread(request, client_address)

    def crowded(self) -> bool:
        """True while accepted connections wait for a worker."""
        return bool(self._waiting)

    def wait_for_accepted(self, count: int, timeout: float) -> bool:
        with self._pool:
            return self._pool.wait_for(lambda: self.accepted >= count, timeout)

    def _refuse(self, request: socket.socket) -> None:
        """Answer 503 at once, without a thread, and close."""
        body = b'{"status": "error", "message": "The sandbox is busy. Try again."}'
        head = (f"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n")
        with contextlib.suppress(OSError):
            request.settimeout(0.5)
            request.sendall(head.encode("ascii") + body)
            request.shutdown(socket.SHUT_WR)
        request.close()

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Shut every open connection, so workers waiting on them finish, and drop the
        connections still waiting for a worker."""
        with self._pool:
            self._stopping = True
            waiting = list(self._waiting)
            self._waiting.clear()
            self._pool.notify_all()
        for request, _ in waiting:
            self.shutdown_request(request)
        with self._connections_lock:
            connections = list(self._connections)
        for sock in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def join_handlers(self, timeout: float) -> list[threading.Thread]:
        """Wait up to ``timeout`` seconds for the workers; those still alive."""
        with self._pool:
            threads = list(self._workers)
        for thread in threads:
            thread.join(timeout)
        return [thread for thread in threads if thread.is_alive()]

    def worker_count(self) -> int:
        with self._pool:
            return len(self._workers)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection from %s ended with an error", client_address, exc_info=True)


class SandboxServer:
    """The fake Wawp API, served from a daemon thread.

    ``state`` holds instances and webhooks, ``faults`` queues :class:`Fault` objects for the
    next requests, and ``requests`` lists the last :data:`RECORDED_REQUESTS` requests received
    (:class:`RecordedRequest`); ``request_count`` counts them all.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        state: SandboxState | None = None,
        *,
        recorded_requests: int | None = RECORDED_REQUESTS,
        latency_ms: float = 0,
    ) -> None:
        """``recorded_requests``: how many of the last requests :attr:`requests` keeps (None:
        all, for a short test that needs every one); ``latency_ms``: every request waits this
        long before it is handled (to see concurrency)."""
        self.latency_ms = latency_ms
        self.in_flight = 0
        self.max_in_flight = 0
        """Requests being handled at once, and the most seen (see :meth:`handling`)."""
        self._in_flight_lock = threading.Lock()
        self.host = host
        self.port = port
        self.state = state if state is not None else SandboxState.demo()
        self.faults = FaultQueue()
        self._requests: deque[RecordedRequest] = deque(maxlen=recorded_requests)
        self._request_count = 0
        self.stopping = threading.Event()
        self._requests_changed = threading.Condition()
        self._lifecycle = threading.Lock()
        self._httpd: _SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._started = False

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def requests(self) -> list[RecordedRequest]:
        """The most recent requests received (at most :data:`RECORDED_REQUESTS`), oldest
        first: a copy."""
        with self._requests_changed:
            return list(self._requests)

    @property
    def request_count(self) -> int:
        """Every request received since the sandbox was created."""
        with self._requests_changed:
            return self._request_count

    @property
    def worker_count(self) -> int:
        """Threads serving connections now."""
        httpd = self._httpd
        return httpd.worker_count() if httpd is not None else 0

    def wait_for_connections(self, count: int, timeout: float = 5.0) -> bool:
        """Block until ``count`` connections were accepted since start; False on timeout."""
        httpd = self._httpd
        return httpd is not None and httpd.wait_for_accepted(count, timeout)

    @property
    def url(self) -> str:
        """The API base to give the client, e.g. ``http://127.0.0.1:54321``."""
        if not self._started:
            raise RuntimeError("the sandbox has not been started")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> Self:
        """Bind and serve in a daemon thread; ``port`` becomes the real port. Returns self."""
        with self._lifecycle:
            if self._httpd is not None:
                raise RuntimeError("the sandbox is already running")
            self.stopping.clear()
            httpd = _SandboxHTTPServer((self.host, self.port), self)
            self.port = httpd.server_port
            thread = threading.Thread(
                target=httpd.serve_forever,
                kwargs={"poll_interval": POLL_INTERVAL},
                name=f"wawp-sandbox-{self.port}",
                daemon=True,
            )
            self._httpd, self._thread, self._started = httpd, thread, True
            thread.start()
        log.debug("sandbox listening on %s", self.url)
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections and pending faults, and wait for every thread."""
        with self._lifecycle:
            httpd, thread = self._httpd, self._thread
            if httpd is None or thread is None:
                return
            self._httpd = self._thread = None
            self.stopping.set()
            httpd.shutdown()
            httpd.close_connections()
            httpd.server_close()
            stuck = httpd.join_handlers(STOP_JOIN_TIMEOUT)
            thread.join()
        if stuck:
            log.warning("sandbox stopped with %d connection thread(s) still busy", len(stuck))
        log.debug("sandbox on port %s stopped", self.port)

    def __enter__(self) -> Self:
        return self if self.running else self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @contextlib.contextmanager
    def handling(self) -> Iterator[bool]:
        """Count one request in flight while it is handled, after waiting :attr:`latency_ms`;
        yields False when the sandbox stopped during the wait (drop the request)."""
        with self._in_flight_lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            yield not (self.latency_ms > 0 and self.stopping.wait(self.latency_ms / 1000))
        finally:
            with self._in_flight_lock:
                self.in_flight -= 1

    def reset_max_in_flight(self) -> None:
        """Start measuring the most requests in flight afresh."""
        with self._in_flight_lock:
            self.max_in_flight = self.in_flight

    def record_request(self, call: ApiCall) -> None:
        """Record ``call`` in :attr:`requests` (called by the request handler)."""
        try:
            parsed = json.loads(call.body) if call.body.strip() else None
        except (ValueError, RecursionError):
            parsed = None
        recorded = RecordedRequest(call, parsed)
        with self._requests_changed:
            self._requests.append(recorded)
            self._request_count += 1
            self._requests_changed.notify_all()

    def clear_requests(self) -> None:
        """Forget the recorded requests (``request_count`` keeps counting)."""
        with self._requests_changed:
            self._requests.clear()

    def wait_for_requests(self, count: int = 1, timeout: float = 5.0) -> bool:
        """Block until at least ``count`` requests were received; False on timeout."""
        with self._requests_changed:
            return self._requests_changed.wait_for(
                lambda: self._request_count >= count, timeout)
