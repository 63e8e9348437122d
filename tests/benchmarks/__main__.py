"""Wawp Desktop benchmarks: ``.venv/bin/python -m tests.benchmarks [--runs N] [--write]``.

Every figure is a ratio against a baseline measured in the same run (machines are noisy):
startup and memory against a bare PySide6 window with 42 similar widgets, responsiveness
against the 16 ms frame budget, request overhead against a bare ``httpx.AsyncClient``.
``--write`` also writes the table, with the machine's description, to RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOTES = """\
## How each figure is measured

- **Startup**: `time.monotonic()` in this process just before starting a child, against the
  child's `time.monotonic()` at its window's first `paintEvent` (the app through the real
  `wawp_desktop.app.main()`, the baseline a bare PySide6 window with 42 widgets: 5 line edits,
  28 check boxes in 5 group boxes, 2 spin boxes, a text area, a button). Runs alternate, each
  in a fresh process with bytecode cached, as after an install (this environment sets
  `PYTHONDONTWRITEBYTECODE=1`; the children run without it). "Ready" is when `main()` has
  started the qasync loop and attached the services, i.e. every feature exists.
- **Memory**: `ru_maxrss` (peak RSS) in the app child after the HTTP client is warmed up and
  after 100 saves against the sandbox (running in this process), against the bare window.
  The floor row is the bare window that then loads what every app on this stack loads:
  asyncio + qasync, keyring with its backend probed, a truststore TLS context, an httpx client
  and httpcore/anyio.
- **Stalls**: with the interpreter set up as `main()` does (`configure_runtime()`: a 2 ms GIL
  switch interval; `freeze_start_up_objects()` once the window is built), a 5 ms
  `PreciseTimer` in the app's qasync loop; the figure is the largest
  lateness of a tick during the scenario. "idle loop" is the same meter over 3 s of nothing,
  i.e. the machine's own noise. The sandbox runs in a thread of the same process (it shares
  the GIL, which slightly penalises the app).
- **Many instances** (`tests/benchmarks/fleet_bench.py`, in a fresh process): the Instances
  page's *Apply to instances…* confirmed on 100 instances without the webhook, against the
  sandbox answering every request after 200 ms, bound 8: the total time against the ideal
  ⌈100/8⌉ × 3 round trips × 200 ms, the window's worst 5 ms tick, and RSS growth.
- **Request overhead**: 200 saves through `send(client, plan(config))` (`core/save.py`)
  against 200 bare `httpx.AsyncClient.post` calls of the same body to the same sandbox, in
  blocks of 20, alternating, after 20 warm-up requests each.
- **History of 10,000 entries** (`tests/benchmarks/history_bench.py`, core side): a file of
  10,000 entries as saves write them, with typical answers (Wawp's, about 600 bytes) or large
  ones (the bounded preview of a 1.2 MB answer). Each reading runs in a fresh child process:
  RSS (`/proc/self/statm`, after a garbage collection) once an empty history was read, against
  RSS once the 10,000 entries were read, by `HistoryIndex.load` (the list and search keys,
  answers left on disk) and by the old `history.load` (every entry in full) as the baseline;
  the time is that of the read itself (in the app, a worker thread). Search: the time of each
  `HistoryIndex.search` call while typing six queries one letter at a time and erasing them
  (the worst keystroke is the figure; the window's own filter and repaint come on top).
- **Frozen bundle** (`tests/benchmarks/frozen.py`, only if `dist/` has the bundle; `--frozen`
  builds it first): size = all files of the onedir bundle against `bundle_config`'s budget;
  start-up = packaging/build.py's timing of `--self-test --sandbox`, from just before starting
  the process to the first paint stamped in its "window painted" line, frozen and venv alike,
  alternating (median); cold =
  the first frozen start after `echo 3 > /proc/sys/vm/drop_caches`, against the warm median
  (no goal; the label says when the cache could not be dropped).

## Known misses and their causes (investigated with `-X importtime`, cProfile and RSS steps)

- **Startup** (1.35-1.8× across six runs on this noisy 2-CPU VM; 2.2-2.4× before the two-step
  start): `main()` now paints the form before it imports asyncio, qasync, httpx, keyring,
  the services and features (history, hand-off, instance management), and before it opens
  the log file (`tests/test_app_cli.py` proves nothing heavy is loaded at the first paint).
  What remains before the paint, over the bare window: creating Qt's `Qt` namespace enums on
  first use (94 enums, 25-30 ms; the bare window never touches `Qt`), ~25 app modules for the
  form (about 35 ms; PySide6's import hook also reads every module's source), and a richer
  form (saved instances, demo picker, event search and presets, the retry timeline, the
  response tabs: 20-30 ms more to build and lay out). Reaching 1.25× would mean painting
  less than the whole form first.
- **Memory** (about 1.8×): the floor row shows the mandated stack alone at about 1.6×:
  asyncio and ssl (about 10 MiB), keyring's SecretService backend with secretstorage,
  cryptography and entry-point discovery (about 15 MiB), an httpx client (about 8 MiB). The
  1.4× goal is below that floor; the app adds about 14 MiB over it (its modules, Qt's enums,
  the larger widget tree); the 100 saves add about 1 MiB.
- **Stalls are single worst ticks**: one descheduling of the process is enough to miss. With
  a real Secret Service (gnome-keyring-daemon and dbus-daemon share the 2 CPUs), six runs of
  the 100-saves scenario gave 5.2, 8.4, 10.9, 13.9, 16.3 and 25.8 ms; without one, 5-9 ms.
- Fixed: 100 saves with a real Secret Service stalled 24-39 ms: the token was written to the
  keyring after every save (each write a D-Bus session with a Diffie-Hellman exchange, 3.5 ms
  of `pow()` holding the GIL); an unchanged token is no longer rewritten. Full collections
  walked the whole app (20-35 ms); start-up now collects once and freezes.
- Fixed: the 1 MB answer (20-40 ms before): `json.loads` of 1.2 MB held the GIL for 30-40 ms
  in the worker; answers over 256 KiB are now parsed by the standard library's pure-Python
  scanner (`core/stepjson.py`) with the garbage collector paused, and `main()` sets a 2 ms GIL
  switch interval, so the GUI thread waits at most a few ms; the normalizer no longer sorts in
  one long C call, history and display keep a bounded preview (`core/preview.py`), and the benchmark
  encodes the canned answer before measuring (the sandbox's `json.dumps` is not the app's
  work). Earlier: Qt laid out a 1.2 MB single-line raw answer for over a second; the first
  save imported httpcore, anyio and urllib.request on the GUI thread.
"""

Row = tuple[str, str, str, str, str, bool]  # figure, app, baseline, ratio, goal, met


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_STATE_HOME=str(home / ".local/state"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="offscreen")
    # Measure the app as installed: pip compiles a wheel's modules and the frozen bundle ships
    # .pyc files, so the warm-up runs may write __pycache__ (without it: about +40 ms).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(mode: str, home: Path, *extra: str) -> tuple[float, dict]:
    start = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.child", mode, *extra],
                         cwd=ROOT, env=_child_env(home), capture_output=True, text=True,
                         timeout=120, check=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return (data["paint"] - start) * 1000, data


def startup_and_memory(runs: int, api_base: str) -> list[Row]:
    home = Path(tempfile.mkdtemp(prefix="wawp-bench-"))
    _child("bare", home)  # warm the page cache (and write __pycache__) for both
    _child("app", home)
    bare_ms: list[float] = []
    app_ms: list[float] = []
    ready_ms: list[float] = []
    bare_rss: list[int] = []
    for _ in range(runs):  # interleaved, so drift hits both alike
        ms, data = _child("bare", home)
        bare_ms.append(ms)
        bare_rss.append(data["rss_start_kib"])
        ms, data = _child("app", home)
        app_ms.append(ms)
        ready_ms.append(ms + (data["ready"] - data["paint"]) * 1000)
    _, floor = _child("floor", home)
    _, saved = _child("app", home, "--api-base", api_base, "--saves", "100")
    b, a, r = statistics.median(bare_ms), statistics.median(app_ms), statistics.median(ready_ms)
    base_rss = statistics.median(bare_rss) / 1024
    floor_rss = floor["rss_warm_kib"] / 1024
    start_rss = saved["rss_warm_kib"] / 1024
    after_rss = saved["rss_saves_kib"] / 1024
    return [
        (f"startup to first paint (median of {runs})", f"{a:.0f} ms", f"{b:.0f} ms",
         f"{a / b:.2f}×", "≤ 1.25×", a / b <= 1.25),
        ("startup to ready (services attached, every feature built)", f"{r:.0f} ms",
         f"{b:.0f} ms", f"{r / b:.2f}×", "none (reported)", True),
        ("peak RSS: floor of the mandated libraries (bare window + asyncio/qasync, keyring "
         "probed, httpx client)", f"{floor_rss:.1f} MiB", f"{base_rss:.1f} MiB",
         f"{floor_rss / base_rss:.2f}×", "none (reported)", True),
        ("peak RSS after start (client warmed up)", f"{start_rss:.1f} MiB",
         f"{base_rss:.1f} MiB", f"{start_rss / base_rss:.2f}×", "≤ 1.4×",
         start_rss / base_rss <= 1.4),
        ("peak RSS after 100 saves", f"{after_rss:.1f} MiB", f"{base_rss:.1f} MiB",
         f"{after_rss / base_rss:.2f}×", "≤ 1.4×", after_rss / base_rss <= 1.4),
    ]


def in_loop(api_base: str, sandbox) -> list[Row]:  # noqa: ANN001
    import qasync
    from PySide6.QtWidgets import QApplication

    from wawp_desktop.app import configure_runtime

    configure_runtime()  # as main() does
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    from tests.benchmarks.loop_benchmarks import run_all

    return asyncio.run(run_all(app, api_base, sandbox), loop_factory=qasync.QEventLoop)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
            f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}")


def _met(goal: str, ok: bool) -> str:
    if goal.startswith("none"):
        return "—"
    return "yes" if ok else "**no**"


def table(rows: list[Row]) -> str:
    lines = ["| figure | app | baseline | ratio | goal | met |", "|---|---|---|---|---|---|"]
    lines += [f"| {f} | {a} | {b} | {r} | {g} | {_met(g, ok)} |" for f, a, b, r, g, ok in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--runs", type=int, default=11, help="startup runs (default 11)")
    parser.add_argument("--write", action="store_true", help="write tests/benchmarks/RESULTS.md")
    parser.add_argument("--frozen", action="store_true",
                        help="build the PyInstaller bundle first (packaging/build.py)")
    args = parser.parse_args()
    import compileall

    import wawp_desktop

    # As after an install, every module's bytecode is cached: a module compiled on first
    # import (this environment sets PYTHONDONTWRITEBYTECODE) holds the GIL for the whole
    # compile and would show up as a stall of the window that users never see.
    compileall.compile_dir(Path(wawp_desktop.__file__).parent, quiet=1)
    from wawp_desktop.sandbox import SandboxServer

    with SandboxServer() as sandbox:
        rows = startup_and_memory(args.runs, sandbox.url)
        print(table(rows), file=sys.stderr, flush=True)
        rows += in_loop(sandbox.url, sandbox)
    from tests.benchmarks.fleet_bench import fleet_rows
    from tests.benchmarks.history_bench import history_rows
    from tests.benchmarks.network_benchmarks import NOTES as NETWORK_NOTES
    from tests.benchmarks.network_benchmarks import network_rows

    rows += history_rows()
    rows += network_rows()
    rows += fleet_rows()
    from tests.benchmarks.frozen import frozen_rows

    rows += frozen_rows(args.runs, _child_env(Path(tempfile.mkdtemp(prefix="wawp-bench-"))),
                        build_first=args.frozen)
    text = table(rows)
    print(f"Machine: {machine()}\n")
    print(text)
    if args.write:
        (HERE / "RESULTS.md").write_text(
            "# Benchmark results\n\nLatest run of `.venv/bin/python -m tests.benchmarks "
            f"{' '.join(sys.argv[1:])}` ({time.strftime('%Y-%m-%d')}).\n\n"
            f"Machine: {machine()}\n\n{text}\n\n{NOTES}\n## Network and sandbox rows\n\n"
            f"{NETWORK_NOTES}",
            encoding="utf-8")
    return 0 if all(row[-1] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
