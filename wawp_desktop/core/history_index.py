"""A large save history in little memory: the file is read once, line by line, and only what
the list shows and the search looks at is kept; an entry's answer is read from disk on demand.

Per entry the index keeps one compact text for the list (a JSON array of the entry's fields
without its answer), one case-folded text for the search, the events as a bitmask of the
catalog, and the line's place in the file. 10,000 entries take a few MiB, whatever their
answers; a search is one substring test per entry.
"""

from __future__ import annotations

import json
import os
import time
from array import array
from bisect import bisect_left
from pathlib import Path
from typing import Any

from .events import EVENTS
from .files import FileReadError, open_regular
from .history import (
    MAX_LINE_BYTES,
    Appended,
    HistoryEntry,
    parse_line,
    read_lines,
    set_aside_if_unreadable,
)
from .i18n import QT_TRANSLATE_NOOP, translate
from .threads import collector_paused
from .webhook import PUBLIC_FIELDS

ROW_FIELDS: tuple[str, ...] = ("time", "source",
                               *(f.name for f in PUBLIC_FIELDS if f.name != "events"),
                               "ok", "summary")
"""Keys of a history line the index keeps for the list (every key but the answer, ``extra``
and the events, which are kept as a bitmask); the webhook's come from the field table."""
FLAG_WORDS: dict[str, tuple[str, str]] = {
    "ok": (QT_TRANSLATE_NOOP("HistoryFile", "saved"), QT_TRANSLATE_NOOP("HistoryFile", "failed")),
}
"""Words a search finds for true/false fields: "failed" finds the failed saves."""
YIELD_EVERY = 100
"""Lines read between two explicit yields of the GIL: under Qt's event loop the window's thread
waited for the reading thread far longer than Python's switch interval (a 200 ms stall for
10,000 entries); a yield every 100 lines brings it down to a few milliseconds."""
KEPT_CHARS = 2_000
"""Longest text kept in memory per field (the full text stays in the file)."""
_BIT = {event.name: 1 << n for n, event in enumerate(EVENTS[:64])}
_ROW_CACHE = 512
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _event_mask(events: list[str]) -> int | None:
    """The bitmask of ``events`` when they are catalog events in catalog order, else None."""
    mask = previous = 0
    for name in events:
        bit = _BIT.get(name, 0)
        if bit <= previous:  # unknown, repeated or out of order: kept as text instead
            return None
        mask |= bit
        previous = bit
    return mask


def _mask_events(mask: int) -> list[str]:
    return [name for name, bit in _BIT.items() if mask & bit]


def _short(value: Any) -> Any:
    return value[:KEPT_CHARS] if isinstance(value, str) else value


class HistoryIndex:
    """The entries of one history file, oldest first (index 0).

    Build it with :meth:`load` in a worker thread; then :meth:`row`, :meth:`search` and
    :meth:`add` are quick enough for the GUI thread, and :meth:`entry_at` reads one line
    from disk (a few hundred microseconds). ``problems`` says in plain words what the user
    should know (a file set aside, damaged lines skipped)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.skipped = 0
        """Damaged lines that were not read."""
        self.problems: list[str] = []
        self._rows: list[str] = []
        self._hays: list[str] = []
        self._masks = array("Q")
        self._offsets = array("q")
        self._lengths = array("q")
        self._file_id: tuple[int, int] | None = None
        self._cache: dict[int, HistoryEntry] = {}
        self._bulk: dict[int, list[str]] = {}
        """The instance IDs of runs over many instances (few entries have them)."""
        self._last_search: tuple[str, int, list[int]] = ("", -1, [])

    # -- building ------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> HistoryIndex:
        """Read the history file once, line by line (blocking: call it in a worker thread).

        A file that is not UTF-8 is set aside first (see
        :func:`.history.set_aside_if_unreadable`). Never raises for a damaged or unreadable
        file: ``problems`` says what happened."""
        index = cls(path)
        try:
            with collector_paused():  # a full collection here would freeze the window
                index._read(path)
        except OSError as exc:
            reason = getattr(exc, "reason", None) or exc.strerror or str(exc)
            index.problems.append(translate(
                "HistoryFile", "The save history could not be read: {reason}.").format(
                    reason=reason))
        if index.skipped:
            index.problems.append(translate(
                "HistoryFile", "Skipped %n damaged line(s) in the save history (the file itself "
                "was not changed).", None, index.skipped))
        return index

    def _read(self, path: Path) -> None:
        if notice := set_aside_if_unreadable(path):
            self.problems.append(notice)
        self._file_id = _file_id(path)
        for count, (offset, length, entry) in enumerate(read_lines(path), 1):
            if entry is None:
                self.skipped += 1
            else:
                self._append(entry, offset, length)
            if count % YIELD_EVERY == 0:
                time.sleep(0)  # let the window's thread run (see YIELD_EVERY)

    def add(self, entry: HistoryEntry, appended: Appended) -> int:
        """Add an entry that :func:`.history.append` just wrote (quick: GUI thread); returns
        its index. When ``append`` started a new file (the old one was set aside), the old
        entries are dropped first; an entry that :meth:`load` already read (it was saved while
        the history was being read) is not added twice."""
        if appended.started_new_file:
            self._clear()
        elif appended.file_id == self._file_id:
            at = bisect_left(self._offsets, appended.offset)
            if at < len(self._offsets) and self._offsets[at] == appended.offset:
                return at  # already read by load(), which ran while it was being saved
        self._file_id = appended.file_id  # entries of a replaced file fail in entry_at
        self._append(entry, appended.offset, appended.length)
        return len(self._rows) - 1

    def _clear(self) -> None:
        self._rows.clear()
        self._hays.clear()
        self._bulk.clear()
        del self._masks[:], self._offsets[:], self._lengths[:]
        self._cache.clear()
        self._last_search = ("", -1, [])

    def _append(self, entry: HistoryEntry, offset: int, length: int) -> None:
        mask = _event_mask(entry.events)
        line = entry.to_dict()
        row = [_short(line[name]) for name in ROW_FIELDS]
        if mask is None:  # unknown events, or an unusual order: kept as they are
            row.append([_short(name) for name in entry.events])
        self._rows.append(_encode(row))
        words = [v for v in row[: len(ROW_FIELDS)] if isinstance(v, str)]
        for name, (yes, no) in FLAG_WORDS.items():  # English and the user's language both match
            word = yes if getattr(entry, name) else no
            words += [word, translate("HistoryFile", word)]
        if mask is None:
            words.extend(row[-1])
        bulk = entry.extra.get("bulk")
        if isinstance(bulk, list):
            ids = [_short(str(r.get("instance_id", ""))) for r in bulk if isinstance(r, dict)]
            self._bulk[len(self._rows) - 1] = ids
            words.extend(ids)
        self._hays.append(" ".join(words).casefold())
        self._masks.append(mask or 0)
        self._offsets.append(offset)
        self._lengths.append(length)

    # -- reading -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._rows)

    def row(self, i: int) -> HistoryEntry:
        """Entry ``i`` without its answer (``answer`` is None; texts cut at
        :data:`KEPT_CHARS`): what the list shows. Quick, cached for the visible rows."""
        if (cached := self._cache.get(i)) is not None:
            return cached
        values = json.loads(self._rows[i])
        data = dict(zip(ROW_FIELDS, values, strict=False))
        data["events"] = (values[-1] if len(values) > len(ROW_FIELDS)
                          else _mask_events(self._masks[i]))
        if i in self._bulk:
            data["extra"] = {"bulk": [{"instance_id": iid} for iid in self._bulk[i]]}
        entry = HistoryEntry.from_dict(data)
        assert entry is not None  # built from an entry that was read
        if len(self._cache) >= _ROW_CACHE:
            self._cache.clear()
        self._cache[i] = entry
        return entry

    def rows(self) -> list[HistoryEntry]:
        """Every entry without its answer, oldest first (for small histories and tests)."""
        return [self.row(i) for i in range(len(self))]

    def entry_at(self, i: int) -> HistoryEntry:
        """Entry ``i`` in full, answer included, read from the file (blocking, about a
        millisecond; call it off the GUI thread for old entries with huge answers).

        Raises :class:`~.files.FileReadError` when the file cannot be read or no longer holds
        that entry at that place (it was replaced or edited since it was read)."""
        row = self.row(i)
        changed = FileReadError(self.path, translate(
            "HistoryFile", "the history file was changed since it was read; open the History tab "
            "again"))
        length = self._lengths[i]
        if length > MAX_LINE_BYTES:
            raise changed
        fd = open_regular(self.path)
        try:
            info = os.fstat(fd)
            if (info.st_dev, info.st_ino) != self._file_id:
                raise changed
            os.lseek(fd, self._offsets[i], os.SEEK_SET)
            raw = _read_exactly(fd, length)
        except FileReadError:
            raise
        except OSError as exc:
            raise FileReadError(self.path, exc.strerror or str(exc), exc.errno or 0) from exc
        finally:
            os.close(fd)
        entry = parse_line(raw)
        if entry is None or (entry.time, entry.instance_id) != (row.time, row.instance_id):
            raise changed
        return entry

    def search(self, query: str) -> list[int]:
        """Indexes of the entries whose texts (time, instance, URL, name, summary), events or
        :data:`FLAG_WORDS` ("saved", "failed") contain ``query`` (case-insensitive), newest
        first; every entry for a blank query. Typing one more letter only searches the
        previous matches."""
        needle = query.strip().casefold()
        count = len(self._rows)
        if not needle:
            return list(range(count - 1, -1, -1))
        last_needle, last_count, last_hits = self._last_search
        candidates: Any = (last_hits if last_needle and last_needle in needle
                           and last_count == count else range(count - 1, -1, -1))
        event_bits = 0
        for name, bit in _BIT.items():
            if needle in name:
                event_bits |= bit
        hays, masks = self._hays, self._masks
        if event_bits:
            hits = [i for i in candidates if needle in hays[i] or masks[i] & event_bits]
        else:
            hits = [i for i in candidates if needle in hays[i]]
        self._last_search = (needle, count, hits)
        return hits


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _read_exactly(fd: int, length: int) -> bytes:
    chunks: list[bytes] = []
    while length > 0 and (chunk := os.read(fd, min(length, 1024 * 1024))):
        chunks.append(chunk)
        length -= len(chunk)
    return b"".join(chunks)


__all__ = ["FLAG_WORDS", "KEPT_CHARS", "ROW_FIELDS", "HistoryIndex"]
