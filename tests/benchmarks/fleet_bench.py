"""Many instances: ``.venv/bin/python -m tests.benchmarks.fleet_bench [--instances N]
[--latency-ms MS] [--bound B]``.

Through the real window (the Instances page, *Apply to instances…* confirmed as a user does)
against the sandbox in this process, answering every request after ``latency`` ms, on
instances that do not have the webhook yet, so each one takes three round trips (list, set,
read back):

- total time of the apply run (from the confirmation's Apply to the run's end, tokens read
  from the keyring included)
  against the ideal ⌈N / B⌉ × 3 × latency;
- the window's longest stall during the run: a 5 ms precise QTimer in the GUI thread, the
  largest lateness of a tick;
- memory: the process's current RSS after the run against before it (after a warm-up run of
  *Test all* over the same instances and a garbage collection each time).

Prints a table in the format of RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import math
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAME_MS = 16.0
ROUND_TRIPS = 3
URL = "https://bench.example.com/fleet"


def current_rss_mib() -> float:
    """The resident set size now (Linux: /proc; elsewhere the peak, which only grows)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def bench(count: int, latency_ms: float, bound: int) -> list[tuple]:
    import keyring
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from tests.benchmarks.loop_benchmarks import StallMeter, wait_signal
    from tests.memory_keyring import MemoryKeyring
    from wawp_desktop.app import create_main_window, freeze_start_up_objects
    from wawp_desktop.core.profiles import Profile
    from wawp_desktop.core.webhook import WebhookConfig
    from wawp_desktop.sandbox import SandboxServer
    from wawp_desktop.sandbox.fleet_demo import seed_fleet
    from wawp_desktop.sandbox.state import SandboxState
    from wawp_desktop.ui.settings_store import SettingsStore

    keyring.set_keyring(MemoryKeyring())
    tmp = Path(tempfile.mkdtemp(prefix="wawp-fleet-bench-"))
    sandbox = SandboxServer(state=SandboxState(), latency_ms=latency_ms)
    accounts = seed_fleet(sandbox.state, count, mixed=False, webhooks=False)
    sandbox.start()
    settings = SettingsStore(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), "live")
    settings.save_profiles([Profile(a.label, a.instance_id) for a in accounts])
    window = create_main_window(sandbox.url, settings=settings, history_path=tmp / "h.jsonl")
    for account in accounts:
        window.services.tokens.save_sync(account.instance_id, account.access_token)
    await wait_signal(window.ready, window.show)
    freeze_start_up_objects()
    page = window.instances_page
    window.tabs.setCurrentWidget(window.instances_tab)
    window.form.set_value(WebhookConfig(url=URL, name="Bench", events=["message",
                                                                       "message.ack"]),
                          ["url", "name", "events"])
    page.bound_spin.setValue(bound)
    page.check_all_button.click()
    await wait_signal(page.runFinished, page.test_button.click)  # warm-up: connections, imports
    gc.collect()
    before = current_rss_mib()
    meter = StallMeter()

    page.apply_button.click()  # the confirmation opens (before the run: not measured)
    box = window.findChild(QMessageBox, "applyToInstancesDialog")
    await asyncio.sleep(0.2)  # let it paint
    accept = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)

    def apply() -> None:
        accept.click()

    sandbox.reset_max_in_flight()
    started = time.perf_counter()
    finished = await _wait_measured(meter, wait_signal(page.runFinished, apply))
    total_s = time.perf_counter() - started
    _kind, results, _cancelled = finished
    gc.collect()
    after = current_rss_mib()
    saved = sum(1 for r in results if r.outcome.value == "saved")
    assert saved == count, f"only {saved} of {count} saved"
    ideal_s = math.ceil(count / bound) * ROUND_TRIPS * latency_ms / 1000
    window.close()
    await window.services.aclose()
    await asyncio.to_thread(sandbox.stop)
    stall = meter.worst
    grown = after - before
    label = f"{count} instances, {latency_ms:g} ms latency, bound {bound}"
    return [
        (f"apply to many: total time ({label}; at most {sandbox.max_in_flight} requests in "
         "flight at the sandbox)", f"{total_s:.2f} s",
         f"ideal {ideal_s:.2f} s (⌈{count}/{bound}⌉ × {ROUND_TRIPS} × {latency_ms:g} ms)",
         f"{total_s / ideal_s:.2f}×", "≤ 1.3×", total_s / ideal_s <= 1.3),
        (f"apply to many: longest stall of the window ({label})", f"{stall:.1f} ms",
         "frame 16 ms", f"{stall / FRAME_MS:.2f}× frame", "< 16 ms", stall < FRAME_MS),
        (f"apply to many: memory growth over the run ({label})", f"{grown:+.1f} MiB",
         f"RSS before {before:.1f} MiB", f"{after / before:.3f}×", "≤ 5 MiB", grown <= 5.0),
    ]


async def _wait_measured(meter, awaitable):  # noqa: ANN001, ANN202
    result: list[tuple] = []

    async def wrapped() -> None:
        result.append(await awaitable)

    await meter.measure(wrapped())
    return result[0]


def table(rows: list[tuple]) -> str:
    lines = ["| figure | app | baseline | ratio | goal | met |", "|---|---|---|---|---|---|"]
    lines += [f"| {f} | {a} | {b} | {r} | {g} | {'yes' if ok else '**no**'} |"
              for f, a, b, r, g, ok in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.fleet_bench")
    parser.add_argument("--instances", type=int, default=100)
    parser.add_argument("--latency-ms", type=float, default=200)
    parser.add_argument("--bound", type=int, default=8)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON (for "
                        "python -m tests.benchmarks)")
    args = parser.parse_args()
    import qasync
    from PySide6.QtWidgets import QApplication

    from wawp_desktop.app import configure_runtime

    configure_runtime()  # as main() does
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    rows = asyncio.run(bench(args.instances, args.latency_ms, args.bound),
                       loop_factory=qasync.QEventLoop)
    if args.json:
        import json

        print(json.dumps(rows))
        return 0
    from tests.benchmarks.__main__ import machine

    print(f"Machine: {machine()}\n")
    print(table(rows))
    return 0 if all(row[-1] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())


def fleet_rows() -> list[tuple]:
    """The rows of a default run, measured in a fresh process (its own QApplication)."""
    import json
    import subprocess

    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.fleet_bench", "--json"],
                          capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        return [("apply to many (100 instances, 200 ms latency, bound 8)",
                 "failed: " + (done.stderr.strip().splitlines() or ["?"])[-1], "—", "—",
                 "≤ 1.3×, < 16 ms, ≤ 5 MiB", False)]
    return [tuple(row) for row in json.loads(done.stdout.strip().splitlines()[-1])]
