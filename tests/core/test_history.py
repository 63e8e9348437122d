"""The save history file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wawp_desktop.core import history
from wawp_desktop.core.secrets import MASK
from wawp_desktop.core.webhook import WebhookConfig

TOKEN = "tok-very-secret-1"
HMAC = "hmac-very-secret-2"


def config() -> WebhookConfig:
    return WebhookConfig(instance_id="ABCDEF123456", access_token=TOKEN,
                         url="https://x.example/h", events=["message"], hmac=HMAC)


def test_default_path_uses_xdg_data_home(isolated_home: Path) -> None:
    assert history.default_path() == isolated_home / ".local/share/wawp-desktop/history.jsonl"


def test_round_trip_and_damaged_lines(tmp_path: Path) -> None:
    path = tmp_path / "h" / "history.jsonl"
    first = history.make_entry(config(), True, "Saved", {"url": "https://x.example/h"})
    history.append(path, first)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("not json\n[1]\n{\"time\": 1}\n\n")
    history.append(path, history.make_entry(config(), False, "Rejected", None))
    entries = history.load(path)
    assert [e.ok for e in entries] == [True, False]
    assert entries[0].answer == {"url": "https://x.example/h"}
    assert entries[0].form_config().events == ["message"]
    assert history.load(tmp_path / "missing.jsonl") == []


def test_secrets_never_stored(tmp_path: Path) -> None:
    answer = {"webhook": {"hmac": HMAC, "access_token": TOKEN, "note": f"key {HMAC} used"},
              "list": [TOKEN]}
    entry = history.make_entry(config(), False, f"token {TOKEN} rejected", answer)
    path = tmp_path / "history.jsonl"
    history.append(path, entry)
    text = path.read_text(encoding="utf-8")
    assert TOKEN not in text and HMAC not in text
    data = json.loads(text)
    assert data["answer"]["webhook"]["hmac"] == MASK


def test_a_huge_answer_is_kept_bounded(tmp_path: Path) -> None:
    events = ["message"] * 60_000
    note = "x" * (history.ANSWER_CHARS - 5) + TOKEN + "y" * 10_000  # the token straddles the cut
    answer = {"url": "https://x.example/h", "events": events, "note": note, "is_active": True}
    entry = history.make_entry(config(), True, "Saved", answer)
    assert entry.answer["url"] == "https://x.example/h" and entry.answer["is_active"] is True
    assert entry.answer["events"][:200] == ["message"] * 200
    assert entry.answer["events"][200:] == ["… 59800 more"]
    kept = entry.answer["note"]
    assert kept.startswith("x" * 100) and "more characters" in kept
    assert len(kept) < history.ANSWER_CHARS + 100
    assert TOKEN[:5] not in kept  # masked before the cut: no piece of the secret is left
    path = tmp_path / "history.jsonl"
    history.append(path, entry)
    assert path.stat().st_size < 10_000  # not the 600 kB of the answer
    assert history.load(path)[0].answer == entry.answer
    assert answer["events"] is events and len(events) == 60_000  # the caller's copy is intact


def test_old_entries_with_whole_answers_load_bounded(tmp_path: Path) -> None:
    """Files written before answers were bounded may hold megabytes in one line."""
    small = history.make_entry(config(), True, "Saved", {"ok": True})
    old = json.loads(small.to_json()) | {"answer": {"events": ["message"] * 60_000,
                                                   "note": "z" * 50_000}}
    path = tmp_path / "history.jsonl"
    path.write_text(small.to_json() + "\n" + json.dumps(old) + "\n", encoding="utf-8")
    assert len(path.read_text(encoding="utf-8").splitlines()[1]) > history.LONG_LINE_CHARS
    first, second = history.load(path)
    assert first.answer == {"ok": True}
    assert second.answer["events"][:200] == ["message"] * 200
    assert second.answer["events"][200:] == ["… 59800 more"]
    assert len(second.answer["note"]) < history.ANSWER_CHARS + 100


def test_an_entry_keeps_the_form_without_secrets_and_its_source(tmp_path: Path) -> None:
    cfg = config()
    cfg.name, cfg.retry_delay = "CRM", 9
    entry = history.make_entry(cfg, True, "Saved", None, source=history.SANDBOX)
    assert entry.is_sandbox and entry.source == "sandbox"
    assert (entry.instance_id, entry.url, entry.events, entry.name) == (
        "ABCDEF123456", "https://x.example/h", ["message"], "CRM")
    form = entry.form_config()
    assert form.secrets() == [] and form.retry_delay == 9
    form.events.append("call.received")
    assert entry.events == ["message"]  # a copy
    path = tmp_path / "history.jsonl"
    history.append(path, entry)
    [loaded] = history.load(path)
    assert loaded == entry


def test_the_line_format_is_flat() -> None:
    entry = history.make_entry(config(), True, "Saved", {"ok": 1})
    data = json.loads(entry.to_json())
    assert list(data) == ["time", "source", "instance_id", "url", "name", "events", "is_active",
                          "retry_delay", "retry_attempts", "ok", "summary", "answer"]
    assert data["source"] == "live" and data["events"] == ["message"]
    assert "\n" not in entry.to_json()


@pytest.mark.parametrize(("instance_id", "source", "sandbox"), [
    ("DEMOPAID0001", None, True),  # written before sources were recorded
    ("ABCDEF123456", None, False),
    ("DEMOPAID0001", "live", False),
    ("ABCDEF123456", "sandbox", True),
    ("ABCDEF123456", "elsewhere", False),
])
def test_source_of_old_and_new_lines(instance_id: str, source: str | None, sandbox: bool) -> None:
    data = {"time": "2026-01-01T00:00:00+00:00", "instance_id": instance_id,
            "url": "https://x.example/h", "ok": True, "summary": "Saved"}
    if source is not None:
        data["source"] = source
    entry = history.HistoryEntry.from_dict(data)
    assert entry is not None and entry.is_sandbox is sandbox


@pytest.mark.parametrize("change", [
    {"time": 5}, {"ok": "yes"}, {"summary": None}, {"instance_id": None}, {"url": 3},
])
def test_lines_missing_a_required_field_are_skipped(change: dict) -> None:
    data = {"time": "t", "instance_id": "ABCDEF123456", "url": "https://x.example/h",
            "ok": True, "summary": "Saved"} | change
    assert history.HistoryEntry.from_dict(data) is None


def test_damaged_webhook_fields_are_read_tolerantly() -> None:
    entry = history.HistoryEntry.from_dict({
        "time": "t", "instance_id": "ABCDEF123456", "url": "https://x.example/h", "ok": False,
        "events": [1, "message"], "is_active": "0", "retry_delay": "x", "extra": [1],
        "access_token": TOKEN})
    assert entry is not None
    assert entry.events == ["message"] and entry.config.is_active is False
    assert entry.config.retry_delay == 2 and entry.extra == {}
    assert entry.config.access_token == "" and entry.summary == ""
