"""Fixtures for driving the real main window against the sandbox over loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from shiboken6 import isValid

from wawp_desktop.app import create_main_window
from wawp_desktop.ui.main_window import MainWindow
from wawp_desktop.ui.settings_store import SettingsStore


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "wawp-desktop.ini"


def make_settings(path: Path, group: str = "live") -> SettingsStore:
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat), group)


@pytest.fixture
def make_window(
    qtbot, qt_loop: asyncio.AbstractEventLoop, settings_path: Path, tmp_path: Path
) -> Iterator[Callable[..., MainWindow]]:
    """Build, show and later close (services first) real main windows."""
    windows: list[MainWindow] = []

    def factory(api_base: str, demo_accounts=None, size=(1024, 768), **options) -> MainWindow:  # noqa: ANN001
        options.setdefault("history_path", tmp_path / "history.jsonl")
        settings = options.pop("settings", None) or make_settings(
            settings_path, "sandbox" if demo_accounts else "live")
        window = create_main_window(
            api_base, demo_accounts=demo_accounts, settings=settings, **options
        )
        windows.append(window)
        if size is not None:
            window.resize(*size)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        return window

    yield factory
    for window in windows:
        close_window(qtbot, qt_loop, window)
    pending = [t for t in asyncio.all_tasks(qt_loop) if not t.done()]
    assert not pending, f"tasks left pending: {pending}"


def close_window(qtbot, loop: asyncio.AbstractEventLoop, window: MainWindow) -> None:
    """Close like the app does: services (tasks, HTTP client) first, then the window."""
    if not isValid(window):
        return
    if window.isVisible():
        window.close()
    if window.services is not None:
        task = loop.create_task(window.services.aclose())
        qtbot.waitUntil(task.done, timeout=10_000)
        task.result()
    window.deleteLater()
