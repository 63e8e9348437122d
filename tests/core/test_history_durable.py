"""The history survives damage, says when it cannot write, and scales to 10,000 entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile_fs import (
    call_guarded,
    fifo,
    full_disk,
    read_only,
    run_with_file_size_limit,
    snapshot,
)
from tests.plain_text import plain
from wawp_desktop.core import history
from wawp_desktop.core.files import FileReadError, FileWriteError
from wawp_desktop.core.history_index import HistoryIndex
from wawp_desktop.core.webhook import WebhookConfig


def entry(n: int = 1, ok: bool = True, events: list[str] | None = None) -> history.HistoryEntry:
    config = WebhookConfig(instance_id=f"ABCDEF{n:06d}", access_token="tok-secret-000",
                           url=f"https://crm.example.com/hook/{n}",
                           events=events or ["message", "message.ack"], name=f"CRM {n}")
    return history.make_entry(config, ok, "Saved" if ok else "Wawp refused it", {"n": n})


def ids(entries: list[history.HistoryEntry]) -> list[str]:
    return [e.instance_id[-2:] for e in entries]


# -- appending never glues onto damage ---------------------------------------------------------

@pytest.mark.parametrize("damage", [
    b'{"time":"2026-01-01T00:00:00+00:00","instance_id":"ABC',  # a cut-off last line
    b"\0" * 4096,  # a block of NUL bytes (a crash on some file systems)
    b'{"time":"x"}',  # a hand-edited file without a final newline
])
def test_append_starts_a_new_line_after_damage(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "history.jsonl"
    history.append(path, entry(1))
    with path.open("ab") as handle:
        handle.write(damage)
    history.append(path, entry(2))
    history.append(path, entry(3))
    assert ids(history.load(path)) == ["01", "02", "03"]
    index = HistoryIndex.load(path)
    assert len(index) == 3 and index.skipped == 1
    assert index.problems == ["Skipped 1 damaged line in the save history (the file itself "
                              "was not changed)."]


def test_entries_glued_by_older_versions_are_recovered(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    first, second = entry(1).to_json(), entry(2).to_json()
    path.write_bytes(first[:40].encode() + second.encode() + b"\n" + b"\0" * 64
                     + entry(3).to_json().encode() + b"\n")
    assert ids(history.load(path)) == ["02", "03"]


def test_a_utf16_history_is_set_aside_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    original = (entry(1).to_json() + "\n").encode("utf-16")
    path.write_bytes(original)
    appended = history.append(path, entry(2))
    assert appended.started_new_file
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("history.jsonl.broken-")]
    assert len(aside) == 1 and aside[0].read_bytes() == original
    assert f"kept as “{aside[0].name}”" in plain(appended.notice) and "UTF-16" in appended.notice
    assert ids(history.load(path)) == ["02"]


def test_loading_a_utf16_history_sets_it_aside_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    path.write_bytes((entry(1).to_json() + "\n").encode("utf-16-le"))
    index = HistoryIndex.load(path)
    assert len(index) == 0 and "UTF-16" in index.problems[0]
    assert not path.exists() and len(list(tmp_path.glob("history.jsonl.broken-*"))) == 1
    appended = history.append(path, entry(2))
    assert not appended.started_new_file
    index.add(entry(2), appended)
    assert index.entry_at(0).instance_id.endswith("02")


# -- write failures are reported, not swallowed ------------------------------------------------

def test_history_path_is_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    path.mkdir()
    with pytest.raises(FileWriteError) as caught:
        history.append(path, entry())
    assert caught.value.reason == "this name belongs to a folder, not a file"
    index = HistoryIndex.load(path)
    assert len(index) == 0 and index.problems == [
        "The save history could not be read: it is a folder, not a file."]


def test_history_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    history.append(folder / "history.jsonl", entry(1))
    with read_only(folder):
        before = snapshot(folder)
        with pytest.raises(FileWriteError) as caught:
            history.append(folder / "history.jsonl", entry(2))
        assert "read-only" in caught.value.reason
        assert snapshot(folder) == before
        with pytest.raises(FileWriteError, match="read-only"):  # a new file there, too
            history.append(folder / "other.jsonl", entry(2))
        assert ids(HistoryIndex.load(folder / "history.jsonl").rows()) == ["01"]


def test_history_on_a_full_disk(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    old = (entry(1).to_json() + "\n").encode()
    with full_disk(folder, {"history.jsonl": old}):
        big = entry(2)
        big.summary = "x" * 30_000  # more than the free space left by the filler's last page
        with pytest.raises(FileWriteError) as caught:
            history.append(folder / "history.jsonl", big)
        assert caught.value.reason == "the disk is full"
        assert snapshot(folder) == {"history.jsonl": old}


def test_history_past_a_file_size_limit_is_cut_back(tmp_path: Path) -> None:
    """A write that stops half-way (EFBIG) leaves the file as it was, not a cut-off line."""
    path = tmp_path / "history.jsonl"
    history.append(path, entry(1))
    old = path.read_bytes()
    out = run_with_file_size_limit(len(old) + 100, f"""
        from pathlib import Path
        from wawp_desktop.core import history
        from wawp_desktop.core.files import FileWriteError
        entry = history.load(Path({str(path)!r}))[0]
        entry.summary = "x" * 5000
        try:
            history.append(Path({str(path)!r}), entry)
        except FileWriteError as exc:
            print(exc.reason)
    """)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "the file would be larger than this disk or this computer allows"
    assert path.read_bytes() == old


def test_a_fifo_as_history_never_blocks(tmp_path: Path) -> None:
    path = fifo(tmp_path / "history.jsonl")
    index = call_guarded(lambda: HistoryIndex.load(path), path)
    assert index.problems == [
        "The save history could not be read: it is a named pipe (FIFO), not a file."]
    with pytest.raises(FileWriteError, match="device or a pipe"):
        call_guarded(lambda: history.append(path, entry()), path)


# -- any line is survivable --------------------------------------------------------------------

GOOD = json.loads(entry().to_json())


@pytest.mark.parametrize("patch", [
    {"time": 5}, {"url": ["x"]}, {"instance_id": {"a": 1}}, {"ok": "yes"}, {"summary": None},
])
def test_a_required_field_of_the_wrong_type_rejects_the_line(patch: dict) -> None:
    assert history.HistoryEntry.from_dict(GOOD | patch) is None


@pytest.mark.parametrize(("events", "kept"), [
    ([1], []), ("message", ["message"]), (None, []), ([1, "message", "nope"], ["message"]),
])
def test_damaged_events_are_read_as_far_as_they_go(events: object, kept: list[str]) -> None:
    """The webhook's fields are read as tolerantly as the settings (the field table's rules):
    the entry stays, with the events that are real ones."""
    loaded = history.HistoryEntry.from_dict(GOOD | {"events": events})
    assert loaded is not None and loaded.events == kept


@pytest.mark.parametrize("patch", [
    {"name": 7}, {"is_active": [1]}, {"retry_delay": True}, {"retry_attempts": [3]},
    {"extra": []},
])
def test_an_optional_field_of_the_wrong_type_takes_its_default(patch: dict) -> None:
    loaded = history.HistoryEntry.from_dict(GOOD | patch)
    assert loaded is not None
    default = history.HistoryEntry(time="", ok=True, summary="", config=WebhookConfig())
    (key,) = patch
    if key == "extra":
        assert loaded.extra == default.extra
    else:
        assert getattr(loaded.config, key) == getattr(default.config, key)


def test_search_survives_any_line(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    lines = [json.dumps(GOOD | {"events": [1]}), json.dumps(GOOD | {"summary": {"x": 1}}),
             json.dumps([GOOD]), "[" * 100_000, "{" + '"a":[' * 5000, "9" * 5000, "\x00\x01",
             "null", json.dumps(GOOD | {"name": None, "events": ["custom.event", "message"]})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    index = HistoryIndex.load(path)
    assert len(index) == 2 and index.skipped == len(lines) - 2  # "events": [1] reads as []
    for query in ("", "custom", "message", "crm", "failed", "\x00", "[1]"):
        for i in index.search(query):
            assert isinstance(index.row(i).url, str)
    assert index.search("custom.event") == []  # not an event of the catalog: not kept
    assert index.row(1).events == ["message"]


def test_an_overlong_line_is_skipped_without_reading_it_whole(tmp_path: Path,
                                                               monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(history, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "history.jsonl"
    path.write_text(entry(1).to_json() + "\n" + "x" * 5000 + "\n" + entry(2).to_json() + "\n",
                    encoding="utf-8")
    assert ids(history.load(path)) == ["01", "02"]


# -- the index ---------------------------------------------------------------------------------

def test_index_rows_search_and_entries(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    for n in range(1, 6):
        history.append(path, entry(n, ok=n != 3, events=["message"] if n % 2 else
                                   ["message.ack", "group.v2.join"]))
    index = HistoryIndex.load(path)
    assert len(index) == 5 and index.problems == []
    row = index.row(1)
    assert row.answer is None and row.events == ["message.ack", "group.v2.join"]
    assert row.url == "https://crm.example.com/hook/2" and row.ok
    assert index.search("") == [4, 3, 2, 1, 0]  # newest first
    assert index.search("FAILED") == [2]
    assert index.search("group.v2") == [3, 1]
    assert index.search("ack") == [3, 1]
    assert index.search("ackx") == []
    assert index.search("hook/4") == [3]
    assert index.entry_at(3).answer == {"n": 4}
    new = entry(6)
    appended = history.append(path, new)
    assert index.add(new, appended) == 5
    assert index.search("hook/6") == [5] and index.entry_at(5).answer == {"n": 6}


def test_entry_at_says_when_the_file_changed(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    history.append(path, entry(1))
    history.append(path, entry(2))
    index = HistoryIndex.load(path)
    path.write_text(entry(3).to_json() + "\n", encoding="utf-8")  # replaced meanwhile
    with pytest.raises(FileReadError, match="changed since it was read"):
        index.entry_at(1)


def test_index_rows_helper_matches_load(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    for n in range(3):
        history.append(path, entry(n))
    rows = HistoryIndex.load(path).rows()
    full = history.load(path)
    assert [r.url for r in rows] == [e.url for e in full]


@pytest.mark.parametrize("depth", [700, 950, 5000])
def test_a_deeply_nested_answer_still_saves_the_entry(tmp_path: Path, depth: int) -> None:
    answer: object = "bottom"
    for _ in range(depth):
        answer = {"a": [answer]}
    config = WebhookConfig(instance_id="ABCDEF123456", access_token="tok-secret-000",
                           url="https://crm.example.com/hook", events=["message"])
    made = history.make_entry(config, True, "Saved", answer)
    path = tmp_path / "history.jsonl"
    history.append(path, made)
    (loaded,) = history.load(path)
    assert loaded.ok and loaded.url == "https://crm.example.com/hook"
    assert loaded.answer == history.TOO_DEEP or isinstance(loaded.answer, dict)


def test_an_answer_with_a_lone_surrogate_is_saved_as_is(tmp_path: Path) -> None:
    made = entry(1)
    made.answer = json.loads('{"note": "half \\ud800 a pair"}')
    path = tmp_path / "history.jsonl"
    history.append(path, made)
    assert history.load(path)[0].answer == {"note": "half \ud800 a pair"}


def test_an_entry_saved_while_loading_is_not_added_twice(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    history.append(path, entry(1))
    saved = entry(2)
    appended = history.append(path, saved)  # written before load() read the file
    index = HistoryIndex.load(path)
    assert index.add(saved, appended) == 1 and len(index) == 2
    later = entry(3)
    assert index.add(later, history.append(path, later)) == 2 and len(index) == 3
