"""The process ends within 2 s of its last window closing, whatever a worker is doing: here a
password store that never answers (a real subprocess running ``wawp_desktop.app.main``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_exit_is_prompt_while_a_keyring_call_hangs(tmp_path: Path) -> None:
    config = tmp_path / ".config"
    (config / "Wawp").mkdir(parents=True)
    form = json.dumps({"instance_id": "DEMOPAID0001", "url": "https://crm.example.com/x"})
    (config / "Wawp" / "Wawp Desktop.ini").write_text(
        "[sandbox]\nform=" + json.dumps(form) + "\n", encoding="utf-8")
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(config),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               PYTHON_KEYRING_BACKEND="tests.hanging_keyring.HangingKeyring")
    env.pop("WAWP_SELFTEST_REQUIRE_KEYRING", None)
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-m", "wawp_desktop", "--sandbox", "--self-test"], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as process:
        try:
            assert process.stdout is not None
            for line in process.stdout:  # the window is up, the saved token's load is stuck
                lines.append(line)
                if line.startswith("self-test"):
                    break
            finished = time.monotonic()  # the self-test closes the window now
            process.wait(timeout=30)
            took = time.monotonic() - finished
        finally:
            if process.poll() is None:
                process.kill()
    assert any(line.startswith("self-test") for line in lines), "".join(lines)
    assert took < 2.0, f"the process took {took:.1f} s to exit after its window closed"
