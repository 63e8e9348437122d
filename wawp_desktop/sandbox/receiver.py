"""The practice receiver: a webhook receiver on this computer (plain HTTP on 127.0.0.1).

In sandbox mode the URL check can send its sample event here, and the user sees what a
receiver gets: the event and its headers, signature included. It answers 200 to every POST.
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import TracebackType
from typing import Any, Self

from ..core.i18n import ltr, translate
from ..core.signatures import match_scheme

log = logging.getLogger("wawp_desktop.sandbox.receiver")

MAX_EVENT_BYTES = 1024 * 1024
"""Bodies larger than this are refused with 413 and not recorded."""
KEEP_EVENTS = 50
"""How many received events are kept (the oldest go first)."""
IDLE_TIMEOUT = 30.0
POLL_INTERVAL = 0.05
PATH = "/webhook"
SHOWN_BODY_CHARS = 4000
SIGNATURE_HEADERS = ("x-wawp-signature", "x-webhook-hmac")


@dataclass(frozen=True, slots=True)
class ReceivedEvent:
    """One delivery the practice receiver got: headers in the order received, and the body."""

    received_at: float
    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str:
        lowered = name.lower()
        return next((value for key, value in self.headers if key.lower() == lowered), "")

    @property
    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except (ValueError, RecursionError):
            return None

    @property
    def event_name(self) -> str:
        data = self.json
        return str(data.get("event", "")) if isinstance(data, dict) else ""


def describe_event(event: ReceivedEvent, hmac_secret: str = "") -> str:
    """The event as plain text: request line, headers, signature check, body (bounded)."""
    stamp = time.strftime("%H:%M:%S", time.localtime(event.received_at))
    name = (ltr(event.event_name) if event.event_name
            else translate("PracticeReceiver", "(no event name)"))
    lines = [f"{stamp}  {ltr(f'{event.method} {event.path}')}  {name}"]
    lines += [f"   {ltr(f'{key}: {value}')}" for key, value in event.headers]
    for header in SIGNATURE_HEADERS:
        value = event.header(header)
        if value and hmac_secret:
            scheme = match_scheme(hmac_secret, event.body, value)
            if scheme:
                verdict = translate(
                    "PracticeReceiver", "{header}: matches your HMAC secret ({scheme})"
                ).format(header=ltr(header), scheme=scheme.label)
            else:
                verdict = translate(
                    "PracticeReceiver", "{header}: does NOT match your HMAC secret"
                ).format(header=ltr(header))
            lines.append(f"   → {verdict}")
    data = event.json
    text = (json.dumps(data, indent=2, ensure_ascii=False) if data is not None
            else event.body.decode("utf-8", "replace"))
    if len(text) > SHOWN_BODY_CHARS:
        text = text[:SHOWN_BODY_CHARS] + "…"
    return "\n".join(lines + ["", text])


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    timeout = IDLE_TIMEOUT
    server_version = "WawpPracticeReceiver/1.0"
    sys_version = ""
    server: _ReceiverHTTPServer

    def do_POST(self) -> None:  # noqa: N802 - the name http.server dispatches to
        declared = self.headers.get("Content-Length", "0").strip()
        if not declared.isdigit() or "chunked" in self.headers.get("Transfer-Encoding", ""):
            self._answer(411, {"status": "error", "message": "Content-Length required"})
            return
        if int(declared) > MAX_EVENT_BYTES:
            self._answer(413, {"status": "error", "message": "Body too large"})
            return
        body = self.rfile.read(int(declared))
        self.server.receiver.record(ReceivedEvent(
            time.time(), self.command, self.path, tuple(self.headers.items()), body
        ))
        self._answer(200, {"status": "received"})

    def do_GET(self) -> None:  # noqa: N802
        self._answer(200, {"status": "ok", "message": "Wawp Desktop practice receiver: POST "
                                                      "webhook events here."})

    def do_PUT(self) -> None:  # noqa: N802
        self._answer(405, {"status": "error", "message": "Use POST"})

    do_PATCH = do_DELETE = do_PUT

    def _answer(self, status: int, payload: dict[str, str]) -> None:
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if status >= 400:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
        log.debug("%s %s", self.address_string(), format % args)


class _ReceiverHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = False

    def __init__(self, address: tuple[str, int], receiver: PracticeReceiver) -> None:
        self.receiver = receiver
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        TCPServer.server_bind(self)  # skip HTTPServer's getfqdn(), which can be slow
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("practice receiver: connection from %s failed", client_address, exc_info=True)


class PracticeReceiver:
    """A webhook receiver on 127.0.0.1 that records what it gets and answers 200.

    ``on_event`` is called from the server's thread for each event (no Qt here: a GUI must
    hand it over to its own thread, or read :meth:`events` after a check has finished — the
    event is recorded before the answer is sent).
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *,
                 on_event: Callable[[ReceivedEvent], None] | None = None,
                 keep: int = KEEP_EVENTS) -> None:
        self.host = host
        self.port = port
        self.on_event = on_event
        self._events: collections.deque[ReceivedEvent] = collections.deque(maxlen=keep)
        self._changed = threading.Condition()
        self._lifecycle = threading.Lock()
        self._httpd: _ReceiverHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def url(self) -> str:
        """The webhook URL to check, e.g. ``http://127.0.0.1:54321/webhook``."""
        if self._httpd is None:
            raise RuntimeError("the practice receiver is not running")
        return f"http://{self.host}:{self.port}{PATH}"

    def start(self) -> Self:
        with self._lifecycle:
            if self._httpd is not None:
                raise RuntimeError("the practice receiver is already running")
            httpd = _ReceiverHTTPServer((self.host, self.port), self)
            self.port = httpd.server_port
            thread = threading.Thread(
                target=httpd.serve_forever, kwargs={"poll_interval": POLL_INTERVAL},
                name=f"wawp-practice-receiver-{self.port}", daemon=True,
            )
            self._httpd, self._thread = httpd, thread
            thread.start()
        return self

    def stop(self) -> None:
        with self._lifecycle:
            httpd, thread = self._httpd, self._thread
            if httpd is None or thread is None:
                return
            self._httpd = self._thread = None
            httpd.shutdown()
            httpd.close_connections()
            httpd.server_close()
            thread.join()

    def __enter__(self) -> Self:
        return self if self.running else self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def record(self, event: ReceivedEvent) -> None:
        """Keep ``event`` and tell ``on_event`` (called by the request handler)."""
        with self._changed:
            self._events.append(event)
            self._changed.notify_all()
        callback = self.on_event
        if callback is not None:
            try:
                callback(event)
            except Exception:
                log.exception("practice receiver callback failed")

    def events(self) -> list[ReceivedEvent]:
        """The events received so far, oldest first (a copy; safe from any thread)."""
        with self._changed:
            return list(self._events)

    def last_event(self) -> ReceivedEvent | None:
        with self._changed:
            return self._events[-1] if self._events else None

    def clear(self) -> None:
        with self._changed:
            self._events.clear()

    def wait_for_events(self, count: int = 1, timeout: float = 5.0) -> bool:
        """Block until ``count`` events were kept; False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self._events) >= count, timeout)
