"""run_in_daemon_thread: results, errors, time limits, and a process that can always exit."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import run
from wawp_desktop.core.threads import ThreadCallTimeout, run_in_daemon_thread


def test_result_and_arguments_come_back() -> None:
    seen: list[tuple[str, bool]] = []

    def work(a: int, b: int, *, c: int) -> int:
        seen.append((threading.current_thread().name, threading.current_thread().daemon))
        return a + b + c

    assert run(run_in_daemon_thread(work, 1, 2, c=3)) == 6
    assert seen == [("wawp-worker-work", True)]


def test_an_exception_reaches_the_caller() -> None:
    class Odd(Exception):
        pass

    def fail() -> None:
        raise Odd("no")

    with pytest.raises(Odd):
        run(run_in_daemon_thread(fail))


def test_stop_iteration_is_turned_into_a_runtime_error() -> None:
    def fail() -> None:
        raise StopIteration

    with pytest.raises(RuntimeError, match="StopIteration"):
        run(run_in_daemon_thread(fail))


def test_a_hung_call_times_out_and_its_late_result_is_dropped() -> None:
    release = threading.Event()
    finished = threading.Event()
    threads: list[threading.Thread] = []

    def hang() -> str:
        threads.append(threading.current_thread())
        release.wait()
        finished.set()
        return "late"

    async def main() -> None:
        with pytest.raises(ThreadCallTimeout) as caught:
            await run_in_daemon_thread(hang, timeout=0.1)
        assert isinstance(caught.value, TimeoutError)
        assert "hang did not finish within 0.1 s" in str(caught.value)

    run(main())  # the loop is closed now; the thread still waits
    assert threads and threads[0].is_alive() and threads[0].daemon
    release.set()
    threads[0].join(5)
    assert finished.is_set() and not threads[0].is_alive()  # no error reaching a closed loop


def test_cancelling_the_wait_leaves_the_loop_clean() -> None:
    release = threading.Event()
    errors: list[dict] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _loop, context: errors.append(context))
        task = asyncio.ensure_future(run_in_daemon_thread(release.wait))
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        release.set()
        done = asyncio.Event()
        loop.call_soon(done.set)
        await run_in_daemon_thread(lambda: None)  # the cancelled call's result came and went
        await done.wait()

    run(main())
    assert errors == []


def test_the_process_exits_while_a_call_is_stuck() -> None:
    """A keyring or file call that never returns does not keep the app alive."""
    script = (
        "import asyncio, threading\n"
        "from wawp_desktop.core.threads import run_in_daemon_thread\n"
        "async def main():\n"
        "    try:\n"
        "        await run_in_daemon_thread(threading.Event().wait, timeout=0.2)\n"
        "    except TimeoutError:\n"
        "        print('gave up', flush=True)\n"
        "asyncio.run(main())\n"
    )
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "gave up"
    print(f"exit after a stuck call: {time.monotonic() - start:.2f} s")
