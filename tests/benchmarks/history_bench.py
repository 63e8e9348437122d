"""The 10,000-entry history, core side: memory and time of reading it, and search per keystroke.

``python -m tests.benchmarks.history_bench`` prints the rows; ``__main__`` adds them to the
table. Each figure comes from a fresh child process (``child <file> index|load``), so memory is
the child's own: RSS after reading an empty history, against RSS after reading 10,000 entries
(both after a garbage collection; ``/proc/self/statm``, peak RSS as a fallback).
"""

from __future__ import annotations

import gc
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
ENTRIES = 10_000
FRAME_MS = 16.0

Row = tuple[str, str, str, str, str, bool]

TYPED = ["crm3.example.com/hooks", "message.ack", "failed", "ABCDEF000042", "2026-", "zzz"]
"""What the keystroke benchmark types, one letter at a time, then erases letter by letter."""


def write_history(path: Path, large: bool) -> None:
    """10,000 entries as saves write them: typical answers (Wawp's, about 600 bytes), or
    large ones (a 1.2 MB answer, kept as its bounded preview, as ``make_entry`` does)."""
    from wawp_desktop.core.events import EVENTS
    from wawp_desktop.core.history import HistoryEntry, bounded_answer
    from wawp_desktop.core.webhook import WebhookConfig

    names = [event.name for event in EVENTS]
    rnd = random.Random(11)
    huge = {"status": "success", "webhook": {"events": {str(i): "message" for i in range(60_000)},
                                             "note": "z" * 50_000}}
    large_answer = bounded_answer(huge, []) if large else None
    with path.open("w", encoding="utf-8") as handle:
        for n in range(ENTRIES):
            events = [names[i] for i in sorted(rnd.sample(range(len(names)), rnd.randint(1, 8)))]
            url = f"https://crm{n % 7}.example.com/hooks/wawp/{n}"
            ok = n % 4 != 0
            answer = large_answer or {
                "status": "success", "message": "Webhook updated",
                "webhook": {"url": url, "events": events, "is_active": True, "name": "CRM",
                            "retries": {"delay": 2, "attempts": 15}, "id": f"wh_{n:08d}",
                            "created_at": "2026-11-30T10:00:00Z"}}
            entry = HistoryEntry(
                time=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00+00:00",
                ok=ok,
                summary="Saved" if ok else "Wawp refused the save: the URL must use https://",
                config=WebhookConfig(instance_id=f"ABCDEF{n % 97:06d}", url=url,
                                     events=events, name=f"CRM {n % 5}"),
                answer=answer)
            handle.write(entry.to_json() + "\n")


def _rss_mib() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * 4096 / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(path: Path, mode: str) -> dict:
    """Measure one way of reading ``path`` in this (fresh) process."""
    from wawp_desktop.core import history
    from wawp_desktop.core.history_index import HistoryIndex

    read = HistoryIndex.load if mode == "index" else history.load
    empty = path.with_name("empty.jsonl")
    empty.write_text("", encoding="utf-8")
    kept = read(empty)
    gc.collect()
    base = _rss_mib()
    start = time.perf_counter()
    kept = read(path)
    seconds = time.perf_counter() - start
    gc.collect()
    result = {"base": base, "after": _rss_mib(), "load_s": seconds, "count": len(kept)}
    if mode == "index":
        result["keystrokes"] = keystrokes(kept)
    return result


def keystrokes(index) -> list[float]:  # noqa: ANN001
    """Milliseconds of ``index.search`` per keystroke while typing and erasing ``TYPED``."""
    times: list[float] = []
    for word in TYPED:
        typed = [word[:n] for n in range(1, len(word) + 1)]
        for query in typed + typed[::-1][1:] + [""]:
            start = time.perf_counter()
            index.search(query)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _run_child(path: Path, mode: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.history_bench", "child",
                          str(path), mode], cwd=ROOT, capture_output=True, text=True,
                         timeout=600, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def history_rows() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="wawp-bench-history-") as folder:
        return _rows(Path(folder))


def _rows(folder: Path) -> list[Row]:
    rows: list[Row] = []
    for large in (False, True):
        kind = "large answers" if large else "typical answers"
        path = folder / f"history-{'large' if large else 'typical'}.jsonl"
        write_history(path, large)
        size = path.stat().st_size / 2**20
        new = _run_child(path, "index")
        old = _run_child(path, "load")
        grown, old_grown = new["after"] - new["base"], old["after"] - old["base"]
        rows.append((f"history of 10,000 entries ({kind}, {size:.0f} MiB file): RSS growth, "
                     "HistoryIndex vs the old load()", f"+{grown:.1f} MiB",
                     f"+{old_grown:.1f} MiB", f"{grown / old_grown:.2f}×", "≤ +10 MiB",
                     grown <= 10))
        rows.append((f"history of 10,000 entries ({kind}): read and index in the worker "
                     "thread", f"{new['load_s'] * 1000:.0f} ms",
                     f"old load() {old['load_s'] * 1000:.0f} ms",
                     f"{new['load_s'] / old['load_s']:.2f}×", "none (reported)", True))
        if not large:
            times = new["keystrokes"]
            worst, median = max(times), statistics.median(times)
            rows.append((f"history search per keystroke, 10,000 entries (core "
                         f"HistoryIndex.search, {len(times)} keystrokes; median "
                         f"{median:.2f} ms)", f"{worst:.2f} ms worst", "frame 16 ms",
                         f"{worst / FRAME_MS:.2f}× frame", "< 16 ms", worst < FRAME_MS))
    return rows


def main() -> int:
    if sys.argv[1:2] == ["child"]:
        print(json.dumps(child(Path(sys.argv[2]), sys.argv[3])))
        return 0
    from tests.benchmarks.__main__ import table

    rows = history_rows()
    print(table(rows))
    return 0 if all(row[-1] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
