"""Build the Wawp Desktop bundle for this OS, smoke-test it, and package it.

    .venv/bin/pip install -e '.[package]'     # PyInstaller (once)
    .venv/bin/python packaging/build.py

Steps: PyInstaller with ``packaging/wawp_desktop.spec`` into ``dist/`` → the frozen binary's
``--self-test`` (``QT_QPA_PLATFORM=offscreen`` unless ``--platform`` says otherwise; set
``WAWP_SELFTEST_REQUIRE_KEYRING=1`` to demand a real keyring backend) → bundle size against
the budget → start-up to first paint, frozen vs. venv (warm file cache) → Linux: ``.tar.gz``
with the ``.desktop`` file and icons; Windows: Inno Setup installer if ``iscc`` is on PATH.
Exits non-zero if the build or the self-test fails, or (with WAWP_ENFORCE_SIZE_BUDGET=1) the
Linux bundle is over budget; otherwise an over-budget bundle is a printed warning.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg  # noqa: E402

ROOT = cfg.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / "wawp_desktop.spec"
PAINT_LINE = "ok   window painted"
PAINT_STAMP = re.compile(r"monotonic (\d+\.\d+)")
SELF_TEST_ARGS = ["--self-test", "--sandbox"]
LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"


def step(message: str) -> None:
    print(f"\n== {message}", flush=True)


def bundle_dir() -> Path:
    return DIST / (f"{cfg.APP_NAME}.app" if MACOS else cfg.EXE_NAME)


def frozen_exe() -> Path:
    if MACOS:
        return bundle_dir() / "Contents" / "MacOS" / cfg.EXE_NAME
    return bundle_dir() / (cfg.EXE_NAME + (".exe" if WINDOWS else ""))


def test_env(qt_platform: str) -> dict[str, str]:
    env = dict(os.environ)
    if qt_platform:
        env["QT_QPA_PLATFORM"] = qt_platform
    return env


def run_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed: run  .venv/bin/pip install -e '.[package]'")
    step(f"PyInstaller → {bundle_dir().relative_to(ROOT)}")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True)
    print(f"built in {time.perf_counter() - started:.0f} s")


def self_test(command: list[str], env: dict[str, str]) -> tuple[int, str, float | None]:
    """Run ``--self-test``; return code, output, and seconds from start to the first paint.

    The paint line carries ``time.monotonic()`` of the window's first paint (one clock for
    every process here), so the figure is the paint itself, not when the line was printed
    after the later checks' set-up."""
    started = time.monotonic()
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, env=env, cwd=ROOT, timeout=120, check=False)
        code, output = done.returncode, done.stdout
    except subprocess.TimeoutExpired as timeout:
        code, output = -9, timeout.output or ""
        output = output.decode(errors="replace") if isinstance(output, bytes) else output
    painted = None
    for line in output.splitlines():
        match = PAINT_STAMP.search(line) if line.startswith(PAINT_LINE) else None
        if match:
            painted = float(match.group(1)) - started
            break
    return code, output, painted


def check_self_test(env: dict[str, str]) -> None:
    step(f"frozen self-test ({env.get('QT_QPA_PLATFORM') or 'default platform'})")
    code, output, _ = self_test([str(frozen_exe()), *SELF_TEST_ARGS], env)
    print(output, end="")
    # Windows/macOS builds are GUI programs without stdout: there only the exit code counts.
    passed = code == 0 and ("self-test passed" in output or (not output.strip() and not LINUX))
    if not passed:
        sys.exit(f"frozen self-test FAILED (exit code {code})")


def bundle_size() -> int:
    total = 0
    for path in bundle_dir().rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def report_size() -> bool:
    size = bundle_size()
    mb = size / 1_000_000
    ok = mb <= cfg.SIZE_BUDGET_MB
    step("bundle size")
    print(f"bundle size: {mb:.1f} MB ({size / 2**20:.1f} MiB) — budget {cfg.SIZE_BUDGET_MB} MB: "
          f"{'within budget' if ok else 'OVER BUDGET'}"
          + ("" if LINUX else " (the budget is for the Linux bundle)"))
    return ok or not LINUX


def report_start_ratio(env: dict[str, str], runs: int) -> None:
    step(f"start-up to first paint (warm file cache), median of {runs} runs")
    commands = {
        "venv": [sys.executable, "-m", "wawp_desktop", *SELF_TEST_ARGS],
        "frozen": [str(frozen_exe()), *SELF_TEST_ARGS],
    }
    medians = {}
    for name, command in commands.items():
        times = []
        for _ in range(runs):
            code, output, painted = self_test(command, env)
            if code != 0 or painted is None:
                print(f"{name}: no paint line (exit code {code}); skipping the start-up ratio")
                return
            times.append(painted)
        medians[name] = statistics.median(times)
        print(f"{name:6}: {medians[name] * 1000:.0f} ms  (runs: "
              + ", ".join(f"{t * 1000:.0f}" for t in times) + ")")
    ratio = medians["frozen"] / medians["venv"]
    verdict = "within" if ratio <= cfg.START_RATIO_GOAL else "OVER"
    print(f"frozen/venv start-up ratio: {ratio:.2f}× — goal ≤ {cfg.START_RATIO_GOAL}×: {verdict}")


def linux_archive(version: str) -> Path:
    """``dist/wawp-desktop-<version>-linux-<arch>.tar.gz``: bundle + .desktop + icons."""
    step("Linux archive")
    name = f"{cfg.EXE_NAME}-{version}-linux-{platform.machine()}"
    archive = DIST / f"{name}.tar.gz"
    resources = ROOT / "resources"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle_dir(), arcname=name)
        tar.add(resources / f"{cfg.APP_ID}.desktop",
                arcname=f"{name}/share/applications/{cfg.APP_ID}.desktop")
        tar.add(resources / f"{cfg.APP_ID}.metainfo.xml",
                arcname=f"{name}/share/metainfo/{cfg.APP_ID}.metainfo.xml")
        for png in sorted((resources / "icons").glob("wawp-desktop-*.png")):
            size = png.stem.rsplit("-", 1)[1]
            tar.add(png, arcname=f"{name}/share/icons/hicolor/{size}x{size}/apps/{cfg.APP_ID}.png")
        tar.add(resources / "wawp-desktop.svg",
                arcname=f"{name}/share/icons/hicolor/scalable/apps/{cfg.APP_ID}.svg")
    print(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 1_000_000:.1f} MB")
    return archive


def windows_installer(version: str) -> None:
    step("Windows installer (Inno Setup)")
    script = ROOT / "packaging" / "windows" / "wawp_desktop.iss"
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    command = [iscc or "iscc", f"/DAppVersion={version}", str(script)]
    if not iscc:
        print("iscc (Inno Setup 6) is not on PATH; install it, then run:\n  " + " ".join(command))
        return
    subprocess.run(command, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", default="offscreen",
                        help="QT_QPA_PLATFORM for the self-test ('' = the display's default; "
                             "default: offscreen)")
    parser.add_argument("--runs", type=int, default=5, help="start-up timing runs (0 = skip)")
    parser.add_argument("--skip-build", action="store_true", help="test the existing dist/")
    args = parser.parse_args(argv)

    version = cfg.read_version()
    print(f"Wawp Desktop {version} on {sys.platform} ({platform.machine()}), "
          f"Python {platform.python_version()}")
    if not args.skip_build:
        run_pyinstaller()
    if not frozen_exe().exists():
        sys.exit(f"no frozen binary at {frozen_exe()}")
    env = test_env(args.platform)
    check_self_test(env)
    size_ok = report_size()
    if args.runs > 0:
        report_start_ratio(env, args.runs)
    if LINUX:
        linux_archive(version)
        print("AppImage: appimagetool is not in the package registries; see README "
              "'Build an installer' for the manual step.")
    elif WINDOWS:
        windows_installer(version)
    elif MACOS:
        print("\nSign and notarize: packaging/macos/sign_and_notarize.sh (see README)")
    if not size_ok:
        print(f"WARNING: the bundle is over the {cfg.SIZE_BUDGET_MB} MB budget", file=sys.stderr)
        if os.environ.get("WAWP_ENFORCE_SIZE_BUDGET") == "1":
            return 1
    print("\nbuild OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
