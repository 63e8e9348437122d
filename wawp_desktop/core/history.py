"""The local save history: one JSON object per line, appended, never holding a secret."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
    def from_dict(cls, data: dict[str, Any]) -> HistoryEntry | None:
        """None when a required field is missing or has the wrong type; the webhook's fields
        are read tolerantly (see :func:`.webhook.from_public`)."""
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

    Secrets are masked before texts are cut, so a cut never leaves part of a secret behind."""
    return shrink(scrub(shrink(answer), secrets), items=None, chars=ANSWER_CHARS)


def append(path: Path, entry: HistoryEntry) -> None:
    """Add one line to the history file (blocking: call it off the GUI thread)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(entry.to_json() + "\n")


def load(path: Path) -> list[HistoryEntry]:
    """Every readable entry, oldest first; damaged lines are skipped (blocking)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return []
    entries: list[HistoryEntry] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parsed, data = parse_json(line)  # step by step for a long line
        if parsed and isinstance(data, dict) and (entry := HistoryEntry.from_dict(data)):
            if len(line) > LONG_LINE_CHARS:  # written before answers were bounded
                entry.answer = bounded_answer(entry.answer, [])
            entries.append(entry)
    return entries
