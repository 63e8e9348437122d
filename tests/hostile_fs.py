"""Hostile file systems for tests: read-only folders, full disks, pipes and device links.

Tests may run as root, where ``chmod`` stops nothing. Then a real read-only or full file system
is mounted (a small tmpfs, if this process may mount); otherwise ``chmod`` works (not root).
A full disk is a 64 KiB tmpfs filled up, or a file-size limit (``RLIMIT_FSIZE``, which makes
writes past it fail with EFBIG) in a child process.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
_mount_ok: bool | None = None
_chmod_ok: bool | None = None


def chmod_stops_writes(scratch: Path) -> bool:
    """Whether a folder's mode stops this process (not root, or root without
    CAP_DAC_OVERRIDE); checked once by trying."""
    global _chmod_ok
    if _chmod_ok is None:
        probe = scratch / "chmod-probe"
        probe.mkdir(exist_ok=True)
        probe.chmod(0o555)
        try:
            (probe / "x").touch()
        except PermissionError:
            _chmod_ok = True
        else:
            _chmod_ok = False
            (probe / "x").unlink()
        finally:
            probe.chmod(0o755)
    return _chmod_ok


def _run(*args: str) -> bool:
    try:
        return subprocess.run(args, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def can_mount(scratch: Path) -> bool:
    """Whether this process may mount a tmpfs (checked once)."""
    global _mount_ok
    if _mount_ok is None:
        probe = scratch / "mount-probe"
        probe.mkdir(exist_ok=True)
        _mount_ok = IS_ROOT and _run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs",
                                     str(probe))
        if _mount_ok:
            _unmount(probe)
    return _mount_ok


def _unmount(where: Path) -> None:
    if not _run("umount", str(where)):
        _run("umount", "-l", str(where))


@contextlib.contextmanager
def tmpfs(where: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` mounted at ``where`` (skips the test when that is impossible)."""
    where.mkdir(parents=True, exist_ok=True)
    if not can_mount(where.parent):
        pytest.skip("a tmpfs cannot be mounted here (not root, or no permission)")
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0777", "tmpfs",
                str(where)):
        pytest.skip("mounting a tmpfs failed")
    try:
        yield where
    finally:
        _unmount(where)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[str]:
    """Make ``folder`` (already filled) read-only for this process; yields how.

    Where modes count (not root): ``chmod 0o555``. Root: the folder's content is moved onto a
    tmpfs mounted at the folder, which is then remounted read-only. Skips when neither works."""
    if chmod_stops_writes(folder.parent):
        modes = {p: p.stat().st_mode for p in (folder, *folder.rglob("*"))}
        for p in modes:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield "chmod"
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    if not can_mount(folder.parent):
        pytest.skip("running as root and no tmpfs can be mounted: no way to make a "
                    "read-only folder")
    saved = folder.with_name(folder.name + ".content")
    folder.rename(saved)
    folder.mkdir()
    with tmpfs(folder, 1024):
        _run("cp", "-a", f"{saved}/.", str(folder))
        if not _run("mount", "-o", "remount,ro", str(folder)):
            pytest.skip("remounting the tmpfs read-only failed")
        yield "read-only tmpfs"


@contextlib.contextmanager
def full_disk(folder: Path, files: dict[str, bytes]) -> Iterator[Path]:
    """``folder`` on a 64 KiB tmpfs holding ``files``, with every free byte then taken."""
    with tmpfs(folder, 64):
        for name, data in files.items():
            (folder / name).write_bytes(data)
        fd = os.open(folder / ".filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * 4096):
                    pass
        finally:
            os.close(fd)
        yield folder


def run_with_file_size_limit(limit: int, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a child Python whose files may not grow past ``limit`` bytes (writes
    past it fail with EFBIG; Python ignores SIGXFSZ). The child's stdout is returned."""
    script = "import resource\n" + (
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n") + textwrap.dedent(
        code)
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def fifo(path: Path) -> Path:
    """A named pipe at ``path`` (nobody ever writes to it)."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    os.mkfifo(path)
    return path


def call_guarded(fn: Callable[[], Any], pipe: Path, seconds: float = 10) -> Any:
    """``fn()`` in a thread; fails the test (and releases the thread by opening ``pipe``'s
    writing end) when it has not returned within ``seconds``, i.e. it blocked on the pipe."""
    box: dict[str, Any] = {}

    def call() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        with contextlib.suppress(OSError):
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(seconds)
        pytest.fail(f"reading {pipe.name} blocked for {seconds} s")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def link_to_dev_zero(path: Path) -> Path:
    """A symlink at ``path`` to /dev/zero (endless bytes)."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this platform")
    path.symlink_to("/dev/zero")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every regular file under ``folder`` with its bytes (to prove nothing changed)."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()
            and p.name != ".filler"}
