"""``--self-test`` with WAWP_SELFTEST_SCREENSHOT saves the screen and checks the window is on it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from wawp_desktop.selftest import SCREENSHOT_ENV


def test_self_test_saves_a_screenshot_of_the_painted_window(tmp_path: Path) -> None:
    shot = tmp_path / "screen.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{SCREENSHOT_ENV: str(shot)})
    done = subprocess.run([sys.executable, "-m", "wawp_desktop", "--self-test", "--sandbox"],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("ok   screenshot "))
    assert str(shot) in line and "colours" in line
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert done.stdout.splitlines()[-1] == "self-test passed"


def test_a_blank_screen_fails_the_screenshot_check(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    import pytest
    from PySide6.QtWidgets import QWidget

    from wawp_desktop.selftest import _screenshot

    blank = QWidget()  # nothing painted on it but its flat background
    blank.resize(300, 200)
    qtbot.addWidget(blank)
    blank.show()
    qtbot.waitExposed(blank)
    check = _screenshot(blank, str(tmp_path / "blank.png"))  # awaits nothing: step it once
    with pytest.raises(RuntimeError, match="not painted"):
        check.send(None)
    assert not (tmp_path / "blank.png").exists()
