"""The local save history: one JSON object per line, appended, never holding a secret."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .files import FileReadError, FileWriteError, looks_utf16, open_regular, set_aside
from .i18n import QT_TRANSLATE_NOOP, ltr, translate
from .outcome import parse_json
from .preview import shrink
from .secrets import scrub
from .webhook import WebhookConfig, from_public, public_values

LIVE = "live"
SANDBOX = "sandbox"
"""Where a save went: Wawp's API, or the built-in practice server (never offered as real)."""
SANDBOX_ID_PREFIX = "DEMO"
"""Entries written before sources were recorded: the sandbox's demo instances start so."""
ANSWER_CHARS = 2_000
"""Longest text kept from an answer: with lists and objects cut to their first entries (see
:func:`.preview.shrink`), a huge answer takes a few kilobytes in the history, not megabytes
(which every start of the app would read back, and the details view would have to lay out)."""
TOO_DEEP = QT_TRANSLATE_NOOP("HistoryFile",
                             "(the answer was nested too deeply to keep in the history)")
"""Kept in the file in English (it is data); show it with ``translate("HistoryFile", TOO_DEEP)``."""
LONG_LINE_CHARS = 64 * 1024
"""Lines longer than this come from versions that kept whole answers: their answer is bounded
as new entries are."""


def data_dir() -> Path:
    """The platform's per-user data directory for this app."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "wawp-desktop"


def default_path() -> Path:
    """``<data dir>/history.jsonl``."""
    return data_dir() / "history.jsonl"


@dataclass(slots=True)
class HistoryEntry:
    """One save: when, where (live or sandbox), what was asked (without secrets), how it
    ended and what Wawp answered (normalized, bounded)."""

    time: str
    ok: bool
    summary: str
    config: WebhookConfig
    source: str = LIVE
    answer: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def instance_id(self) -> str:
        return self.config.instance_id

    @property
    def url(self) -> str:
        return self.config.url

    @property
    def events(self) -> list[str]:
        return self.config.events

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def is_sandbox(self) -> bool:
        return self.source == SANDBOX

    def form_config(self) -> WebhookConfig:
        """The form this save came from (a copy, without secrets)."""
        return self.config.without_secrets()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"time": self.time, "source": self.source,
                                **public_values(self.config), "ok": self.ok,
                                "summary": self.summary, "answer": self.answer}
        if self.extra:
            data["extra"] = self.extra
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: Any) -> HistoryEntry | None:
        """None when ``data`` is not an object or a required field is missing or has the
        wrong type; the webhook's fields are read tolerantly (see
        :func:`.webhook.from_public`), so code that reads an entry (search, display) never
        meets a surprise."""
        if not isinstance(data, dict):
            return None
        time, ok, summary = data.get("time"), data.get("ok"), data.get("summary", "")
        if not (isinstance(time, str) and isinstance(ok, bool) and isinstance(summary, str)
                and isinstance(data.get("instance_id"), str)
                and isinstance(data.get("url"), str)):
            return None
        config = from_public(data)
        source = data.get("source")
        if source not in (LIVE, SANDBOX):
            source = SANDBOX if config.instance_id.startswith(SANDBOX_ID_PREFIX) else LIVE
        extra = data.get("extra")
        return cls(time, ok, summary, config, source, data.get("answer"),
                   extra if isinstance(extra, dict) else {})


def make_entry(
    config: WebhookConfig, ok: bool, summary: str, answer: Any, source: str = LIVE,
    now: datetime | None = None, extra: dict[str, Any] | None = None,
) -> HistoryEntry:
    """An entry for one save of ``config``; the token and HMAC secret never get in.
    ``extra`` (e.g. ``{"bulk": [one row per instance]}``) is kept scrubbed."""
    secrets = config.secrets()
    when = (now or datetime.now(UTC)).astimezone().isoformat(timespec="seconds")
    kept = from_public(scrub(public_values(config), secrets))
    return HistoryEntry(time=when, ok=ok, summary=scrub(summary, secrets), config=kept,
                        source=source, answer=bounded_answer(answer, secrets),
                        extra=scrub(extra, secrets) if extra else {})


def bounded_answer(answer: Any, secrets: list[str]) -> Any:
    """What the history keeps of an answer: its first entries and texts, secrets masked.

    Secrets are masked before texts are cut, so a cut never leaves part of a secret behind.
    An answer nested too deeply to walk is kept as a note, so the entry is still saved."""
    try:
        kept = shrink(scrub(shrink(answer), secrets), items=None, chars=ANSWER_CHARS)
        json.dumps(kept)  # the line must be writable too
    except RecursionError:
        return TOO_DEEP
    return kept


MAX_LINE_BYTES = 16 * 1024 * 1024
"""Longer lines are skipped as damaged (the longest answer ever kept whole was 4 MiB)."""


@dataclass(frozen=True, slots=True)
class Appended:
    """Where :func:`append` put an entry's line, and what the user should be told."""

    offset: int
    """Byte offset of the line in the file."""
    length: int
    """Length of the line in bytes, without its newline."""
    notice: str = ""
    """Plain words when the old file could not be read and was set aside ("" otherwise)."""
    file_id: tuple[int, int] = (0, 0)
    """(device, inode) of the file written, to tell when it was replaced."""

    @property
    def started_new_file(self) -> bool:
        return bool(self.notice)


def append(path: Path, entry: HistoryEntry) -> Appended:
    """Add one line to the history file (blocking: call it off the GUI thread).

    The line never glues onto damage: when the file does not end with a newline (a cut-off
    line, a block of NUL bytes) a newline comes first. A file that is not UTF-8 (re-saved as
    UTF-16) is kept beside it as ``history.jsonl.broken-<date>`` and a new file is started;
    :attr:`Appended.notice` says so. On a write failure the file is cut back to its old size
    and :class:`~.files.FileWriteError` (an ``OSError``, with a plain ``reason``) is raised.
    """
    # A lone surrogate (an answer may hold "\ud800") becomes that JSON escape again: lossless.
    line = (entry.to_json() + "\n").encode("utf-8", errors="backslashreplace")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError.from_os(path.parent, exc) from exc
    notice = set_aside_if_unreadable(path)
    flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise FileWriteError.from_os(path, exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileWriteError(path, translate(
                "FileErrors", "this name belongs to a device or a pipe, not a file"))
        size = info.st_size
        if size and _last_byte(fd, size) != b"\n":
            line = b"\n" + line
        try:
            view = memoryview(line)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
            end = os.lseek(fd, 0, os.SEEK_CUR)
        except OSError as exc:
            _truncate_quietly(fd, size)
            raise FileWriteError.from_os(path, exc) from exc
    except FileWriteError:
        raise
    except OSError as exc:
        raise FileWriteError.from_os(path, exc) from exc
    finally:
        os.close(fd)
    length = len(line.lstrip(b"\n")) - 1
    return Appended(end - length - 1, length, notice, (info.st_dev, info.st_ino))


def _last_byte(fd: int, size: int) -> bytes:
    os.lseek(fd, size - 1, os.SEEK_SET)
    return os.read(fd, 1)


def _truncate_quietly(fd: int, size: int) -> None:
    """Undo a partial write (if that fails too, the next append starts a new line anyway)."""
    with contextlib.suppress(OSError):
        os.ftruncate(fd, size)


def unreadable_reason(path: Path) -> str:
    """Why the history file at ``path`` cannot be read as UTF-8 lines ("" when it can)."""
    try:
        fd = open_regular(path)
    except OSError:
        return ""  # missing, a folder, a pipe, no permission: append or load report it
    try:
        head = os.read(fd, 4096)
    except OSError:
        return ""
    finally:
        os.close(fd)
    return translate("HistoryFile", "it is saved as UTF-16, not UTF-8") if looks_utf16(head) else ""


def set_aside_if_unreadable(path: Path) -> str:
    """When ``path`` is not UTF-8, rename it ``<name>.broken-<date>`` and return a notice for
    the user ("" when the file is fine or missing). Raises :class:`~.files.FileWriteError`
    when it cannot be renamed."""
    if not (why := unreadable_reason(path)):
        return ""
    try:
        aside = set_aside(path)
    except FileWriteError as exc:
        raise FileWriteError(path, translate(
            "HistoryFile", "{why}, and it could not be set aside ({reason})").format(
            why=why, reason=exc.reason)) from exc
    return translate("HistoryFile", "The history file could not be read ({why}). It was kept as "
                     "“{name}” and a new history was started.").format(why=why,
                                                                        name=ltr(aside.name))


def read_lines(path: Path) -> Iterator[tuple[int, int, HistoryEntry | None]]:
    """``(offset, length, entry)`` for each non-blank line of the file, oldest first; the
    entry is None for a damaged line. Reads line by line, never more than
    :data:`MAX_LINE_BYTES` at once (blocking). A missing file has no lines; other read
    failures (a folder, a pipe, no permission) raise :class:`~.files.FileReadError`."""
    try:
        fd = open_regular(path)
    except FileReadError as exc:
        if exc.errno == errno.ENOENT:
            return
        raise
    with open(fd, "rb") as handle:
        offset = 0
        while raw := handle.readline(MAX_LINE_BYTES + 1):
            start = offset
            offset += len(raw)
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                while (more := handle.readline(1024 * 1024)) and not more.endswith(b"\n"):
                    offset += len(more)
                offset += len(more)
                yield start, offset - start, None
                continue
            body = raw.rstrip(b"\r\n")
            if body.strip(b" \t"):
                yield start, len(body), parse_line(body)


def parse_line(raw: bytes) -> HistoryEntry | None:
    """The entry on one line, or None when it is damaged. Leading NUL bytes are ignored, and
    an entry glued onto a cut-off line by older versions is still found."""
    text = raw.strip(b"\0 \t\r\n").decode("utf-8", errors="replace")
    entry = _entry_from_text(text)
    if entry is None and (glued := text.rfind('{"time":')) > 0:
        entry = _entry_from_text(text[glued:])
    if entry is not None and len(text) > LONG_LINE_CHARS:  # written before answers were bounded
        entry.answer = bounded_answer(entry.answer, [])
    return entry


def _entry_from_text(text: str) -> HistoryEntry | None:
    parsed, data = parse_json(text)  # step by step for a long line; depth errors caught
    return HistoryEntry.from_dict(data) if parsed else None


def load(path: Path) -> list[HistoryEntry]:
    """Every readable entry, oldest first, answers included; damaged lines are skipped
    (blocking). For large histories use :class:`.history_index.HistoryIndex`, which keeps
    only what the list and the search need."""
    return [entry for _offset, _length, entry in read_lines(path) if entry is not None]
