"""The local save history: one JSON object per line, appended, never holding a secret."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import MASK
from .config import WebhookConfig
from .form_state import FormState
from .outcome import parse_json
from .preview import shrink

_SECRET_KEYS = frozenset({"access_token", "token", "hmac", "secret"})
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
    """One save: what was asked for, how it ended and what Wawp answered (normalized)."""

    time: str
    instance_id: str
    url: str
    events: list[str]
    ok: bool
    summary: str
    name: str = ""
    is_active: bool = True
    retry_delay: int = 2
    retry_attempts: int = 15
    answer: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    def form_state(self) -> FormState:
        """The form this save came from (without secrets)."""
        # Only the form's fields: asdict(self) would deep-copy the answer on the GUI thread.
        return FormState.from_dict({f.name: getattr(self, f.name) for f in fields(FormState)})

    def to_json(self) -> str:
        data = asdict(self)
        if not data["extra"]:
            del data["extra"]
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HistoryEntry | None:
        """None when a required field is missing or has the wrong type."""
        try:
            names = {f.name for f in fields(cls)}
            known = {k: v for k, v in data.items() if k in names}
            entry = cls(**known)
        except TypeError:
            return None
        if not (isinstance(entry.time, str) and isinstance(entry.instance_id, str)
                and isinstance(entry.url, str) and isinstance(entry.events, list)):
            return None
        return entry


def scrub(value: Any, secrets: list[str]) -> Any:
    """``value`` with secret-named keys and any text containing a secret masked."""
    secrets = [s for s in secrets if s]
    if isinstance(value, dict):
        return {
            k: (MASK if str(k).lower() in _SECRET_KEYS and v else scrub(v, secrets))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [scrub(v, secrets) for v in value]
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, MASK)
        return value
    return value


def make_entry(
    config: WebhookConfig, ok: bool, summary: str, answer: Any, now: datetime | None = None
) -> HistoryEntry:
    """An entry for one save of ``config``; the token and HMAC secret never get in."""
    secrets = [config.access_token, config.hmac]
    when = (now or datetime.now(UTC)).astimezone().isoformat(timespec="seconds")
    return HistoryEntry(
        time=when,
        instance_id=scrub(config.instance_id, secrets),
        url=scrub(config.url, secrets),
        events=list(config.events),
        ok=ok,
        summary=scrub(summary, secrets),
        name=scrub(config.name, secrets),
        is_active=config.is_active,
        retry_delay=config.retry_delay,
        retry_attempts=config.retry_attempts,
        answer=bounded_answer(answer, secrets),
    )


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
