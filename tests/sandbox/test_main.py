"""``python -m wawp_desktop.sandbox``."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from wawp_desktop.sandbox import DEMO_FREE_ID, DEMO_PAID_ID, DEMO_PAID_TOKEN
from wawp_desktop.sandbox.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wawp_desktop.sandbox", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=20, check=False,
    )


def test_help() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert "--port" in result.stdout and "--host" in result.stdout


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_bad_port(port: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--port", port])
    assert exit_info.value.code == 2


def test_port_in_use(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["--port", str(port)]) == 1
    assert f"Cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="SIGINT delivery to a child is POSIX-only here")
def test_runs_in_the_foreground_and_stops_on_ctrl_c() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "wawp_desktop.sandbox", "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        banner = []
        while not banner or "Ctrl+C" not in banner[-1]:
            line = process.stdout.readline()
            assert line, "the sandbox exited early"
            banner.append(line)
        match = re.search(r"http://127\.0\.0\.1:\d+", banner[0])
        assert match, banner
        with httpx.Client(base_url=match.group(0)) as client:
            creds = {"instance_id": DEMO_PAID_ID, "access_token": DEMO_PAID_TOKEN}
            info = client.get("/v2/session/info", params=creds)
        assert info.json()["status"] == "WORKING"
        process.send_signal(signal.SIGINT)
        rest, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    out = "".join(banner) + rest
    assert DEMO_PAID_ID in out and DEMO_FREE_ID in out and DEMO_PAID_TOKEN in out
    assert "Sandbox stopped." in out
    assert err == ""
