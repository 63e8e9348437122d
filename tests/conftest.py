"""Shared fixtures: offscreen Qt, isolated app directories, an in-memory keyring, a qasync loop."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if sys.version_info < (3, 12):  # noqa: UP036 - PySide6 6.12 on 3.11 aborts (None refcount)
    raise SystemExit("Wawp Desktop's tests need Python 3.12 or newer.")


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own HOME and XDG directories, so nothing touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    return home


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[object]:
    """An in-memory keyring for every test (tests marked ``real_keyring`` keep the OS one)."""
    if request.node.get_closest_marker("real_keyring"):
        yield None
        return
    import keyring

    from tests.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_keyring: use the OS keyring (Secret Service suite)")


@pytest.fixture(scope="session")
def qt_loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    """One qasync loop for the whole session, already 'running' inside Qt's event loop."""
    from concurrent.futures import ThreadPoolExecutor

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="to_thread")
    loop.set_default_executor(executor)  # joined below, so no thread outlives the session
    asyncio.set_event_loop(loop)
    yield loop
    executor.shutdown(wait=True)
    asyncio.set_event_loop(None)


@pytest.fixture
def sandbox() -> Iterator[object]:
    """The project's fake Wawp API on a free loopback port."""
    from wawp_desktop.sandbox import SandboxServer

    server = SandboxServer()
    server.start()
    yield server
    server.stop()


def run(coro):
    """Run a coroutine to completion in a plain asyncio loop on a worker thread.

    A worker thread keeps this independent of the session's qasync loop, which counts as
    running in the main thread once a GUI test has started it.
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
