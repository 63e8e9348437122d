"""The core is plain Python: importing and using it loads no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
import importlib
import pkgutil
import wawp_desktop.core
names = [m.name for m in pkgutil.iter_modules(wawp_desktop.core.__path__)]
assert {"webhook", "validation", "save", "secrets", "client", "history"} <= set(names), names
for name in names:  # every core module, whatever it is called
    importlib.import_module("wawp_desktop.core." + name)
import httpx
from wawp_desktop.core.client import WawpClient, transport_error
from wawp_desktop.core.tls import create_tls_setup
from wawp_desktop.core.token_store import backend_name

WawpClient()
transport_error(httpx.ConnectError("x"), "h")
create_tls_setup()
backend_name()
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "PyQt", "qasync")))
assert not qt, qt
print("no-qt-ok")
"""


def test_core_imports_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no-qt-ok"


def test_the_check_would_notice_qt() -> None:
    """The same check fails once PySide6 is imported, so the test above can fail."""
    script = "import PySide6.QtCore\n" + SCRIPT.split("import sys", 1)[1]
    result = subprocess.run(
        [sys.executable, "-c", "import sys\n" + script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "AssertionError" in result.stderr and "PySide6" in result.stderr
