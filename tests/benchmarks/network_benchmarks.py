"""Scale rows for the network side: 1000 saves in a row (memory per save), and the sandbox
under 500 concurrent requests and 900 slow connections.

``.venv/bin/python -m tests.benchmarks.network_benchmarks`` prints just these rows; the full
``python -m tests.benchmarks`` adds them to its table.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import resource
import socket
import sys
import threading
import time
import tracemalloc
from contextlib import ExitStack

NOTES = """\
- **1000 saves in a row** (`tests/benchmarks/network_benchmarks.py`): `send(client, plan(config))`
  against the sandbox running in the same process, 300 warm-up saves first (the sandbox's
  record of the last 200 requests is then full), then 1000 saves; the figure is the growth of
  memory allocated by Python (`tracemalloc`, tracing from before the warm-up, after a full
  collection) divided by 1000, with the growth of RSS beside it. The baseline is the same
  run against a sandbox that records every request, as it did before.
- **Sandbox, 500 concurrent requests**: 500 connections opened at once from one asyncio
  loop, each sending one `POST /v2/session/info` with `Connection: close`; the figure is the
  wall time until every answer is in, and how many were 200. Before: listen backlog 5, 61 s
  and 36 failures.
- **Sandbox, 900 slow connections**: 900 sockets send the start of a request head and stop;
  the figure is the number of threads the sandbox adds (`threading.active_count()`) once it
  has accepted them all. Before: one thread each (761 seen).
"""

Row = tuple[str, str, str, str, str, bool]
WARM_UP = 300
SAVES = 1000
GOAL_KIB_PER_SAVE = 0.5


def _rss_kib() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


async def _saves(api_base: str) -> tuple[float, float]:
    """(KiB per save traced, KiB per save RSS) over SAVES saves after WARM_UP."""
    from tests.sandbox.helpers import make_config
    from wawp_desktop.core.client import WawpClient
    from wawp_desktop.core.save import plan, send

    client = WawpClient(api_base)
    config = make_config()
    # Traced from the start: memory allocated before tracing and replaced later (the
    # sandbox's record of the last requests) would otherwise count as growth.
    tracemalloc.start()
    try:
        for _ in range(WARM_UP):
            await send(client, plan(config))
        gc.collect()
        traced_before = tracemalloc.get_traced_memory()[0]
        rss_before = _rss_kib()
        for _ in range(SAVES):
            await send(client, plan(config))
        gc.collect()
        traced_after = tracemalloc.get_traced_memory()[0]
        rss_after = _rss_kib()
    finally:
        tracemalloc.stop()
        await client.aclose()
    return (traced_after - traced_before) / 1024 / SAVES, (rss_after - rss_before) / SAVES


def thousand_saves_row() -> Row:
    from wawp_desktop.sandbox import SandboxServer

    with SandboxServer() as sandbox:
        traced, rss = asyncio.run(_saves(sandbox.url))
    with SandboxServer(recorded_requests=None) as sandbox:  # as before: every request kept
        before, _ = asyncio.run(_saves(sandbox.url))
    return (f"memory growth per save, {SAVES} saves in a row (client + in-process sandbox; "
            "RSS growth in brackets)", f"{traced:.2f} KiB/save (RSS {rss:.2f})",
            f"{before:.2f} KiB/save with every request recorded", "—",
            f"≤ {GOAL_KIB_PER_SAVE} KiB/save", traced <= GOAL_KIB_PER_SAVE)


async def _concurrent(port: int, count: int) -> list[bytes]:
    body = json.dumps({"instance_id": "DEMOPAID0001",
                       "access_token": "sandbox-paid-token-0001"}).encode()
    request = (f"POST /v2/session/info HTTP/1.1\r\nHost: sandbox\r\nContent-Type: "
               f"application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
               ).encode() + body

    async def one() -> bytes:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            try:
                writer.write(request)
                await writer.drain()
                reply = await reader.read()
            finally:
                writer.close()
                await writer.wait_closed()
        except OSError:
            return b"failed"
        parts = reply.split(b" ", 2)
        return parts[1] if len(parts) > 1 else b"failed"

    return await asyncio.gather(*(one() for _ in range(count)))


def concurrent_row(sandbox, count: int = 500) -> Row:  # noqa: ANN001
    start = time.perf_counter()
    statuses = asyncio.run(_concurrent(sandbox.port, count))
    seconds = time.perf_counter() - start
    ok = statuses.count(b"200")
    return (f"sandbox: {count} concurrent requests", f"{seconds:.2f} s, {ok}/{count} answered",
            "before: 61 s, 36 failed", "—", f"all {count} answered", ok == count)


def slow_connections_row(sandbox, count: int = 900) -> Row:  # noqa: ANN001
    from wawp_desktop.sandbox.server import MAX_WORKERS

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 2 * count + 100:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 2 * count + 100), hard))
    before = threading.active_count()
    accepted_before = sandbox._httpd.accepted  # noqa: SLF001
    with ExitStack() as stack:
        for _ in range(count):
            sock = stack.enter_context(socket.create_connection(("127.0.0.1", sandbox.port),
                                                                timeout=10))
            sock.sendall(b"POST /v2/webhook/set HTTP/1.1\r\nHost: x\r\n")
        sandbox.wait_for_connections(accepted_before + count, timeout=60)
        added = threading.active_count() - before
    return (f"sandbox: {count} slow connections (slowloris), threads added", f"{added}",
            "before: one per connection", "—", f"≤ {MAX_WORKERS}", added <= MAX_WORKERS)


def network_rows() -> list[Row]:
    """The rows, each against a fresh in-process sandbox."""
    from wawp_desktop.sandbox import SandboxServer

    rows = [thousand_saves_row()]
    with SandboxServer() as sandbox:
        rows.append(concurrent_row(sandbox))
    with SandboxServer() as sandbox:
        rows.append(slow_connections_row(sandbox))
    return rows


def main() -> int:
    from tests.benchmarks.__main__ import table

    rows = network_rows()
    print(table(rows))
    return 0 if all(row[-1] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
