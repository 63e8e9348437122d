"""One HTTP/1.1 POST over an open stream, and its answer read within bounds."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from . import messages as msg

MAX_HEADER_LINES = 100
MAX_LINE_BYTES = 8 * 1024
MAX_BODY_READ = 16 * 1024
"""At most this much of the answer's body is read: only its start is shown."""
PREVIEW_CHARS = 400
"""How much of the answer is shown, in characters."""

_STATUS_RE = re.compile(rb"^HTTP/1\.[01] (\d{3})(?: (.*))?$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class NotHttp(Exception):
    """The answer is not HTTP/1.x."""


class HeadersTooLarge(Exception):
    """The answer's status line or headers are over the limits."""


@dataclass(frozen=True, slots=True)
class Head:
    status: int
    reason: str
    headers: dict[str, str]
    """Header names in lower case; repeated headers joined with ", "."""


def request_bytes(target: str, host_header: str, headers: tuple[tuple[str, str], ...],
                  body: bytes) -> bytes:
    """The POST request as sent (``Connection: close``: one request per check)."""
    lines = [f"POST {target} HTTP/1.1", f"Host: {host_header}"]
    lines += [f"{name}: {value}" for name, value in headers]
    lines += [f"Content-Length: {len(body)}", "Connection: close", "", ""]
    return "\r\n".join(lines).encode("latin-1", "replace") + body


async def _line(reader: asyncio.StreamReader) -> bytes:
    try:
        line = await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as exc:
        raise HeadersTooLarge from exc
    if len(line) > MAX_LINE_BYTES:
        raise HeadersTooLarge
    return line.rstrip(b"\r\n")


async def read_head(reader: asyncio.StreamReader) -> Head:
    """Status line and headers. IncompleteReadError when the server closes before answering."""
    first = await _line(reader)
    match = _STATUS_RE.match(first)
    if match is None:
        raise NotHttp
    status = int(match.group(1))
    reason = (match.group(2) or b"").decode("latin-1").strip()
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADER_LINES):
        line = await _line(reader)
        if not line:
            if 100 <= status < 200:  # interim answer (e.g. 100 Continue): read the real one
                return await read_head(reader)
            return Head(status, reason, headers)
        name, _, value = line.decode("latin-1").partition(":")
        key = name.strip().lower()
        headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    raise HeadersTooLarge


async def read_body_start(reader: asyncio.StreamReader, head: Head) -> bytes:
    """Up to :data:`MAX_BODY_READ` bytes of the body (chunked, sized, or up to the close)."""
    if "chunked" in head.headers.get("transfer-encoding", "").lower():
        out = bytearray()
        while len(out) < MAX_BODY_READ:
            size_line = await _line(reader)
            try:
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
            except ValueError as exc:
                raise NotHttp from exc
            if size == 0:
                break
            take = min(size, MAX_BODY_READ - len(out))
            out += await reader.readexactly(take)
            if take < size:
                break
            await reader.readexactly(2)
        return bytes(out)
    length = head.headers.get("content-length", "").strip()
    if length.isdigit():
        return await reader.readexactly(min(int(length), MAX_BODY_READ))
    if head.status in (204, 304):
        return b""
    out = bytearray()
    while len(out) < MAX_BODY_READ:
        chunk = await reader.read(MAX_BODY_READ - len(out))
        if not chunk:
            break
        out += chunk
    return bytes(out)


def preview(body: bytes, content_type: str = "") -> str:
    """The start of the answer as plain text, at most :data:`PREVIEW_CHARS` characters."""
    if not body:
        return msg.t(msg.ANSWER_EMPTY)
    charset = "utf-8"
    match = re.search(r"charset=([\w.-]+)", content_type, re.IGNORECASE)
    if match:
        charset = match.group(1)
    try:
        text = body.decode(charset, "replace")
    except LookupError:
        text = body.decode("utf-8", "replace")
    if text.count("\ufffd") > len(text) // 10 or "\x00" in text:
        return msg.answer_binary(len(body))
    text = _CONTROL_RE.sub(" ", text.replace("\r\n", "\n")).strip()
    if len(text) > PREVIEW_CHARS or len(body) >= MAX_BODY_READ:
        return msg.answer_truncated(text[:PREVIEW_CHARS])
    return text
