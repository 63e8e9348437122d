"""The URL check and the practice receiver are plain Python: importing them loads no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
{extra}
import wawp_desktop.core.urlcheck
import wawp_desktop.sandbox.receiver
from wawp_desktop.core.urlcheck import check_address, build_sample
check_address("https://example.com/x")
build_sample("secret")
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "qasync")))
assert not qt, qt
print("no-qt-ok")
"""


def _run(extra: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(extra=extra)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)


def test_urlcheck_imports_no_qt() -> None:
    result = _run()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no-qt-ok"


def test_the_check_would_notice_qt() -> None:
    assert _run("import PySide6.QtCore").returncode != 0
