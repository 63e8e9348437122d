"""The Fleet demo and the per-request latency of the sandbox."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from wawp_desktop.sandbox import SandboxServer
from wawp_desktop.sandbox.__main__ import main
from wawp_desktop.sandbox.fleet_demo import (
    FAILED_NUMBER,
    FREE_NUMBERS,
    WRONG_TOKEN_NUMBER,
    fleet_accounts,
    fleet_id,
    seed_fleet,
)
from wawp_desktop.sandbox.state import SandboxState

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_has_every_kind_of_instance() -> None:
    state = SandboxState()
    accounts = seed_fleet(state)
    assert len(accounts) == 30 and len(state.instance_ids()) == 30
    assert {a.instance_id for a in accounts if a.plan == "free"} == {
        fleet_id(n) for n in FREE_NUMBERS}
    assert state.get(fleet_id(FAILED_NUMBER)).status == "FAILED"
    wrong = state.get(fleet_id(WRONG_TOKEN_NUMBER))
    assert wrong.access_token != accounts[WRONG_TOKEN_NUMBER - 1].access_token
    assert all(state.get(a.instance_id).access_token == a.access_token
               for n, a in enumerate(accounts, start=1) if n != WRONG_TOKEN_NUMBER)
    assert len(state.webhooks(fleet_id(3))) == 2 and state.webhooks(fleet_id(5)) == []
    plain = fleet_accounts(100, mixed=False)
    assert len({a.instance_id for a in plain}) == 100
    assert {(a.plan, a.status) for a in plain} == {("paid", "WORKING")}


def _wait_in_flight(server: SandboxServer, count: int) -> None:
    """Until ``count`` requests are being handled (the latency holds them)."""
    done = threading.Event()
    while server.in_flight < count:
        assert not done.wait(0.005) and server.running


def test_latency_holds_each_request_and_stop_cuts_it_short() -> None:
    server = SandboxServer(latency_ms=3_600_000).start()
    errors: list[BaseException] = []

    def call() -> None:
        try:
            httpx.get(server.url + "/v2/session/info", timeout=30)
        except httpx.HTTPError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        _wait_in_flight(server, 3)
        assert server.max_in_flight == 3 and server.requests == []
    finally:
        server.stop()  # interrupts the latency: the connections close without an answer
    for thread in threads:
        thread.join(10)
    assert len(errors) == 3 and server.in_flight == 0


def test_cli_rejects_a_bad_latency(capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("-1", "soon", "70000"):
        with pytest.raises(SystemExit):
            main(["--latency-ms", bad])
    assert "latency" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="SIGINT delivery to a child is POSIX-only here")
def test_cli_fleet_demo_writes_the_list(tmp_path: Path) -> None:
    target = tmp_path / "fleet.csv"
    process = subprocess.Popen(
        [sys.executable, "-m", "wawp_desktop.sandbox", "--port", "0", "--latency-ms", "5",
         "--fleet-demo", str(target)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        banner = []
        while not banner or "Ctrl+C" not in banner[-1]:
            line = process.stdout.readline()
            assert line, "the sandbox exited early"
            banner.append(line)
        base = re.search(r"http://127\.0\.0\.1:\d+", banner[0]).group(0)
        account = fleet_accounts()[0]
        info = httpx.post(base + "/v2/session/info", json={
            "instance_id": account.instance_id, "access_token": account.access_token})
        assert info.json()["status"] == "WORKING"
        process.send_signal(signal.SIGINT)
        rest, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    text = "".join(banner)
    assert "Fleet demo's 30 instances" in text and "5 ms" in text
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name,instance_id,access_token" and len(lines) == 31
