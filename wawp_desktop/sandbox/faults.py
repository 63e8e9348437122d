"""Faults a test can make the sandbox play: slow, wrong, cut or trickled answers."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any

HANG_SECONDS = 3600.0
"""How long :meth:`Fault.hang` waits; ``SandboxServer.stop()`` interrupts it at once."""


@dataclass(frozen=True, slots=True, eq=False)
class Fault:
    """What to do instead of (or before) answering one request normally.

    - ``path`` / ``method``: only a request to this path (and method) takes the fault; None
      matches any.
    - ``delay``: seconds to wait before doing anything else (``stop()`` cuts it short, and the
      connection is then closed without an answer).
    - ``status`` / ``body``: answer with these instead of the real handler (status defaults to
      200 when only ``body`` is given; ``body`` defaults to empty). A dict or list body is sent
      as JSON, a str as plain text, bytes as they are. With neither, the real handler answers.
    - ``headers``: extra headers on the answer (canned or real); ``content_type`` overrides
      the Content-Type.
    - ``close_without_answer``: close the connection without sending anything.
    - ``reset_mid_body``: send the headers with the full Content-Length, then half of the
      body, then reset the connection (TCP RST).
    - ``trickle``: ``(chunk_bytes, interval_s, total_chunks)``: after the headers, send the
      body in ``total_chunks`` pieces, waiting ``interval_s`` before each. A shorter body is
      padded in front with spaces to ``chunk_bytes * total_chunks`` bytes (still valid JSON);
      a longer one puts the rest in the last piece.
    """

    path: str | None = None
    method: str | None = None
    delay: float = 0.0
    status: int | None = None
    body: bytes | str | dict[str, Any] | list[Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    close_without_answer: bool = False
    reset_mid_body: bool = False
    trickle: tuple[int, float, int] | None = None

    def __post_init__(self) -> None:
        if self.delay < 0:
            raise ValueError("delay must not be negative")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status must be 100-599: {self.status}")
        if self.body is not None and not isinstance(self.body, bytes | str | dict | list):
            raise TypeError(f"body must be bytes, str, dict or list: {type(self.body).__name__}")
        if self.trickle is not None:
            chunk_bytes, interval, total_chunks = self.trickle
            if chunk_bytes < 1 or total_chunks < 1 or interval < 0:
                raise ValueError(
                    "trickle needs chunk_bytes >= 1, interval_s >= 0 and total_chunks >= 1"
                )

    @classmethod
    def hang(cls, path: str | None = None, method: str | None = None) -> Fault:
        """Never answer (until the server stops, which closes the connection): for cancel tests."""
        return cls(path=path, method=method, delay=HANG_SECONDS, close_without_answer=True)

    @property
    def replaces_answer(self) -> bool:
        """True when the fault brings its own status or body (the real handler is skipped)."""
        return self.status is not None or self.body is not None

    def matches(self, method: str, path: str) -> bool:
        """True when a request with this method and path should take this fault."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or self.path.rstrip("/") == path.rstrip("/")

    def encoded_body(self) -> tuple[bytes, str]:
        """The canned body as bytes, and the Content-Type it implies."""
        body = self.body
        if body is None:
            return b"", "text/plain; charset=utf-8"
        if isinstance(body, bytes):
            return body, "application/octet-stream"
        if isinstance(body, str):
            return body.encode("utf-8"), "text/plain; charset=utf-8"
        return json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json"


class FaultQueue:
    """Thread-safe FIFO of faults; each request takes at most one, the first that matches it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def push(self, *faults: Fault) -> None:
        """Queue ``faults`` (each is used once)."""
        with self._lock:
            self._faults.extend(faults)

    put = push

    def take(self, method: str, path: str) -> Fault | None:
        """Remove and return the first fault matching this request, or None."""
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.matches(method, path):
                    return self._faults.pop(index)
        return None

    def clear(self) -> None:
        """Drop every queued fault."""
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        """A copy of the faults still queued."""
        with self._lock:
            return list(self._faults)

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)
