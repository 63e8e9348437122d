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


def test_a_blank_area_counts_as_not_painted(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QLabel

    from wawp_desktop.selftest import MIN_PAINTED_COLOURS, colour_count

    blank = QImage(300, 200, QImage.Format.Format_RGB32)
    blank.fill(QColor("black"))
    assert colour_count(blank) == 1 < MIN_PAINTED_COLOURS
    label = QLabel("Wawp Desktop: a painted window shows anti-aliased text in many shades")
    qtbot.addWidget(label)
    painted = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert colour_count(painted) >= MIN_PAINTED_COLOURS
