"""The save history file."""

from __future__ import annotations

import json
from pathlib import Path

from wawp_desktop.core import history
from wawp_desktop.core.config import WebhookConfig

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
    assert entries[0].form_state().events == ["message"]
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
    assert data["answer"]["webhook"]["hmac"] == history.MASK


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
