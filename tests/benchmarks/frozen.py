"""Frozen-bundle rows of the benchmark: size and start-up of the PyInstaller onedir bundle.

Reuses ``packaging/build.py`` (``bundle_dir``, ``frozen_exe``, ``bundle_size``, ``self_test``,
``SELF_TEST_ARGS``). Start-up is timed by build.py's ``self_test`` for the frozen binary and for
``python -m wawp_desktop`` alike: from just before the process is started to the window's
first paint, whose ``time.monotonic()`` the ``--self-test --sandbox`` line "ok   window
painted" carries. Runs alternate, after one discarded run each.

The cold row is the first frozen launch after ``echo 3 > /proc/sys/vm/drop_caches`` (root on
Linux only); without that, the first frozen launch of this run, labelled as not cold.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent.parent
BUILD_PY = ROOT / "packaging" / "build.py"
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
NOT_BUILT = "not built — run python packaging/build.py"

Row = tuple[str, str, str, str, str, bool]  # figure, app, baseline, ratio, goal, met


def load_build() -> ModuleType:
    """``packaging/build.py`` as a module (it is a script, not a package member)."""
    name = "_wawp_packaging_build"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BUILD_PY)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def drop_page_cache() -> str | None:
    """Sync and drop the kernel's page cache: None when done, else the reason it was not."""
    if not sys.platform.startswith("linux"):
        return "not Linux"
    if os.geteuid() != 0:
        return "not root"
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError as error:
        return f"{DROP_CACHES}: {error.strerror or error}"
    return None


def missing_rows(goal: float) -> list[Row]:
    return [("frozen bundle: size and start-up", NOT_BUILT, "—", "—",
             f"size ≤ 1.0× budget, start ≤ {goal}× venv", False)]


def size_row(build: ModuleType, budget_mb: float) -> Row:
    mb = build.bundle_size() / 1_000_000
    ratio = mb / budget_mb
    where = build.bundle_dir().relative_to(ROOT).as_posix()
    note = "" if build.LINUX else " (the budget is for the Linux bundle)"
    return (f"frozen bundle size ({where}){note}", f"{mb:.1f} MB", f"budget {budget_mb:g} MB",
            f"{ratio:.2f}×", "≤ 1.0×", ratio <= 1.0 or not build.LINUX)


def start_rows(venv_ms: list[float], frozen_ms: list[float], cold_ms: float, cold_label: str,
               goal: float) -> list[Row]:
    """The warm frozen/venv row (medians) and the cold row (against the warm frozen median)."""
    venv, frozen = statistics.median(venv_ms), statistics.median(frozen_ms)
    return [
        (f"frozen start-up to first paint, self-test (median of {len(frozen_ms)})",
         f"{frozen:.0f} ms", f"venv {venv:.0f} ms", f"{frozen / venv:.2f}×", f"≤ {goal:g}×",
         frozen / venv <= goal),
        (cold_label, f"{cold_ms:.0f} ms", f"warm {frozen:.0f} ms", f"{cold_ms / frozen:.2f}×",
         "none (reported)", True),
    ]


def cold_label(not_dropped: str | None) -> str:
    if not_dropped is None:
        return "frozen cold first start (page cache dropped), self-test"
    return (f"frozen first start of this run, page cache NOT dropped ({not_dropped}): "
            "not truly cold, self-test")


def stale_note(build: ModuleType) -> str:
    """A warning when a source file is newer than the bundle's executable."""
    built = build.frozen_exe().stat().st_mtime
    newest = max(p.stat().st_mtime for p in (ROOT / "wawp_desktop").rglob("*.py"))
    return " [bundle older than the sources]" if newest > built else ""


def _build_bundle() -> int:
    """packaging/build.py without its own timing (this process's environment: PyInstaller's
    cache lives in the real HOME); its output goes to stderr, away from the table."""
    print("building the bundle: packaging/build.py --runs 0", file=sys.stderr, flush=True)
    return subprocess.run([sys.executable, str(BUILD_PY), "--runs", "0"], cwd=ROOT,
                          stdout=sys.stderr, check=False).returncode


def frozen_rows(runs: int, env: dict[str, str], *, build_first: bool = False) -> list[Row]:
    """Size, warm start-up ratio and cold start of the bundle; one row if it is missing."""
    build = load_build()
    goal = build.cfg.START_RATIO_GOAL
    if build_first and (code := _build_bundle()) != 0:
        return [("frozen bundle: size and start-up", f"build failed (exit code {code})", "—",
                 "—", f"size ≤ 1.0× budget, start ≤ {goal}× venv", False)]
    if not build.frozen_exe().exists():
        return missing_rows(goal)
    rows = [size_row(build, build.cfg.SIZE_BUDGET_MB)]
    commands = {"frozen": [str(build.frozen_exe()), *build.SELF_TEST_ARGS],
                "venv": [sys.executable, "-m", "wawp_desktop", *build.SELF_TEST_ARGS]}
    times: dict[str, list[float]] = {"frozen": [], "venv": []}

    def start_ms(name: str) -> float:
        code, output, painted = build.self_test(commands[name], env)
        if code != 0 or painted is None:
            raise RuntimeError(f"{name} self-test: exit code {code}, "
                               f"{'painted' if painted else 'no paint line'}\n{output[-1500:]}")
        return painted * 1000

    try:
        first = start_ms("frozen")  # also creates the fresh HOME's settings, like venv's next
        start_ms("venv")
        not_dropped = drop_page_cache()
        cold = first
        if not_dropped is None:
            cold = start_ms("frozen")
            start_ms("venv")  # its files were dropped too: warm them again, discarded
        for _ in range(max(runs, 1)):
            for name in ("venv", "frozen"):
                times[name].append(start_ms(name))
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return [*rows, ("frozen start-up to first paint", f"failed: {str(error).splitlines()[0]}",
                        "—", "—", f"≤ {goal:g}×", False)]
    print("frozen start-up runs (ms): " + ", ".join(
        f"{name} " + " ".join(f"{t:.0f}" for t in values) for name, values in times.items())
        + f"; first/cold {cold:.0f}", file=sys.stderr, flush=True)
    rows += start_rows(times["venv"], times["frozen"], cold, cold_label(not_dropped), goal)
    note = stale_note(build)
    return [(figure + note, *rest) for figure, *rest in rows]  # type: ignore[misc]
