"""The command line: --version, --help, --self-test, and the Python version guard."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

from PySide6.QtCore import QObject

from wawp_desktop import __version__


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "wawp_desktop", *args],
        capture_output=True, text=True, timeout=timeout, env=env, check=False,
    )


def test_version() -> None:
    done = _run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"wawp-desktop {__version__}"


def test_help_mentions_sandbox_and_api_base() -> None:
    done = _run("--help")
    assert done.returncode == 0
    assert "--sandbox" in done.stdout and "--api-base" in done.stdout


def test_self_test_passes() -> None:
    done = _run("--self-test", "--sandbox")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("ok   window painted") for line in lines)
    assert any(line.startswith("ok   TLS context built") for line in lines)
    assert any("keyring" in line for line in lines)
    assert any("saved a webhook against the built-in sandbox" in line for line in lines)
    assert lines[-1] == "self-test passed"
    assert "Traceback" not in done.stderr


def test_bad_api_base_is_refused_plainly() -> None:
    done = _run("--api-base", "http://example.com", "--self-test")
    assert done.returncode == 2
    assert "only allowed for this computer" in done.stderr
    assert "Traceback" not in done.stderr


FIRST_PAINT_PROBE = """
import json, sys
from wawp_desktop.ui import main_window
paint = main_window.MainWindow.paintEvent
def probe(self, event):
    first = not self.painted
    paint(self, event)
    if first:
        print("LOADED " + json.dumps(sorted(set(sys.argv[1].split(",")) & set(sys.modules))))
        print("SERVICES " + str(self.services is not None), flush=True)
main_window.MainWindow.paintEvent = probe
from wawp_desktop.app import main
sys.exit(main(["--api-base", "http://127.0.0.1:9", "--self-test"]))
"""
HEAVY = ("asyncio", "qasync", "httpx", "keyring", "ssl", "logging.handlers",
         "wawp_desktop.ui.services", "wawp_desktop.ui.features.save",
         "wawp_desktop.ui.features.instance_page", "wawp_desktop.ui.features.history_page",
         "wawp_desktop.core.client", "wawp_desktop.core.outcome", "wawp_desktop.core.instance",
         "wawp_desktop.core.history")


def test_first_paint_comes_before_the_heavy_imports(tmp_path) -> None:
    """The form paints before asyncio, qasync, httpx, keyring, the services and features load."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"))
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, ",".join(HEAVY)],
                          capture_output=True, text=True, timeout=60, env=env, check=False)
    lines = done.stdout.splitlines()
    assert "LOADED []" in lines, done.stdout + done.stderr
    for name in HEAVY:  # a renamed module would make the check above pass without meaning
        assert importlib.util.find_spec(name) is not None, name
    assert "SERVICES False" in lines
    # ...and the app then finished starting: the self-test ran its checks after the paint.
    assert any(line.startswith("ok   window painted") for line in lines), done.stdout
    assert "Traceback" not in done.stderr


def test_many_qt_calls_returning_nothing_survive(qapp) -> None:
    """PySide6 6.12 on Python 3.11 dropped a None reference per such call and aborted."""
    obj = QObject()
    for i in range(20_000):
        obj.setObjectName(f"n{i % 7}")
    assert obj.objectName() == f"n{19_999 % 7}"
    assert sys.version_info >= (3, 12)
