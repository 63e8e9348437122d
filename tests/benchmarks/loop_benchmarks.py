"""Benchmarks inside one qasync loop: event-loop stalls while saving, and request overhead."""

from __future__ import annotations

import asyncio
import json
import ssl
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer

FRAME_MS = 16.0
TICK_MS = 5


class StallMeter:
    """A 5 ms precise QTimer; the worst lateness of a tick is the longest stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - TICK_MS)
        self.last = now

    async def measure(self, coro) -> float:  # noqa: ANN001
        self.worst = 0.0
        self.last = time.perf_counter()
        self.timer.start()
        try:
            await coro
        finally:
            self.timer.stop()
        return max(self.worst, 0.0)


async def wait_signal(signal, trigger=None) -> tuple:  # noqa: ANN001
    """Run ``trigger`` and wait for ``signal``'s next emission."""
    future: asyncio.Future[tuple] = asyncio.get_running_loop().create_future()

    def done(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(done)
    try:
        if trigger is not None:
            trigger()
        return await future
    finally:
        signal.disconnect(done)


async def _idle() -> None:
    me = asyncio.current_task()
    while [t for t in asyncio.all_tasks() if t is not me and not t.done()]:
        await asyncio.sleep(0.01)


def _slow_keyring() -> str:
    """The current keyring, or (when there is none) an in-memory one taking 50 ms a call."""
    import keyring
    from keyring.backends import fail

    if not isinstance(keyring.get_keyring(), fail.Keyring):
        return f"{type(keyring.get_keyring()).__module__} (real)"
    from tests.memory_keyring import MemoryKeyring

    class SlowKeyring(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            time.sleep(0.05)  # a D-Bus round trip, simulated
            return super().get_password(service, username)

        def set_password(self, service: str, username: str, password: str) -> None:
            time.sleep(0.05)
            super().set_password(service, username, password)

    keyring.set_keyring(SlowKeyring())
    return "in-memory, 50 ms per call (no Secret Service here)"


async def run_all(app, api_base: str, sandbox) -> list:  # noqa: ANN001
    import trustme

    from tests.faults.servers import tls_server
    from wawp_desktop.app import create_main_window, freeze_start_up_objects
    from wawp_desktop.core.client import WawpClient
    from wawp_desktop.core.save import plan, send
    from wawp_desktop.core.tls import create_tls_setup
    from wawp_desktop.core.webhook import WebhookConfig
    from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN, Fault
    from wawp_desktop.ui.settings_store import SettingsStore

    keyring_kind = _slow_keyring()
    tmp = Path(tempfile.mkdtemp(prefix="wawp-bench-"))
    settings = SettingsStore(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), "live")
    window = create_main_window(api_base, settings=settings,
                                history_path=tmp / "history.jsonl")
    await wait_signal(window.ready, window.show)  # attached, HTTP client warmed up
    freeze_start_up_objects()  # as main() does once the window is attached
    services = window.services
    config = WebhookConfig(instance_id=DEMO_PAID_ID, access_token=DEMO_PAID_TOKEN,
                           url="https://crm.example.com/bench", events=["message", "message.ack"])
    meter = StallMeter()

    async def save(cfg: WebhookConfig = config) -> None:
        window.form.set_value(cfg)
        await wait_signal(window.saver.finished, window.saver.save)

    await save()  # warm-up
    await _idle()
    stalls: list[tuple[str, float]] = []
    idle = await meter.measure(asyncio.sleep(3.0))  # the machine's own noise, for reference

    sandbox.faults.put(Fault(path="/v2/webhook/set", delay=3.0))
    stalls.append(("a save against a slow server (3 s)", await meter.measure(save())))
    await _idle()

    events = {str(i): "message" for i in range(60_000)}
    big = {"status": "success", "message": "ok",
           "webhook": {"url": config.url, "events": events, "is_active": 1}}
    # Encoded before measuring, to the bytes a dict body would give: the sandbox runs in this
    # process, and its json.dumps of 1.2 MB (10-20 ms, GIL held) is the server's work, not the
    # app's (a real server's work does not hold this process's GIL).
    body = json.dumps(big, ensure_ascii=False).encode("utf-8")
    size = len(body)
    sandbox.faults.put(Fault(path="/v2/webhook/set", status=200, body=body,
                             content_type="application/json"))
    stalls.append((f"a {size / 1e6:.1f} MB answer", await meter.measure(save())))
    await _idle()

    ca = trustme.CA()
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("localhost").configure_cert(server_ctx)
    ca_file = tmp / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    with tls_server(server_ctx) as port:
        async def tls_saves() -> None:
            for _ in range(5):  # a new client each time: TLS context, connect, handshake
                tls = await asyncio.to_thread(create_tls_setup, str(ca_file))
                client = WawpClient(f"https://localhost:{port}", tls=tls)
                try:
                    await send(client, plan(config))
                finally:
                    await client.aclose()

        stalls.append(("5 TLS handshakes (new client each)", await meter.measure(tls_saves())))

    async def keyring_round_trip() -> None:
        for i in range(3):  # a new value each time: the store skips writing an unchanged token
            await services.tokens.save(DEMO_PAID_ID, f"{DEMO_PAID_TOKEN}-{i}")
            await wait_signal(window.tokens.loaded, lambda: window.tokens.load(DEMO_PAID_ID))

    stalls.append((f"3 keyring round trips ({keyring_kind})",
                   await meter.measure(keyring_round_trip())))
    await _idle()

    async def hundred() -> None:
        for _ in range(100):
            await save()
        await _idle()

    stalls.append(("100 saves in a row (with read-back)", await meter.measure(hundred())))
    stalls.extend(await scale_stalls(window, sandbox, meter, tmp))

    rows = [(f"longest stall: {name}", f"{ms:.1f} ms", f"idle loop {idle:.1f} ms",
             f"{ms / FRAME_MS:.2f}× frame", "< 16 ms", ms < FRAME_MS) for name, ms in stalls]
    rows.append(await request_overhead(api_base, config))
    window.close()
    await services.aclose()
    return rows


async def scale_stalls(window, sandbox, meter: StallMeter, tmp: Path) -> list:  # noqa: ANN001
    """The window with big data: 500 webhooks on an instance, a history of 10,000 entries."""
    from wawp_desktop.core import history
    from wawp_desktop.core.webhook import WebhookConfig
    from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN

    out: list[tuple[str, float]] = []
    with sandbox.state.lock:
        instance = sandbox.state.get(DEMO_PAID_ID)
        for n in range(500):
            instance.put_webhook({"url": f"https://crm{n}.example.com/wawp", "name": f"CRM {n}",
                                  "events": ["message", "message.ack"], "is_active": n % 3 > 0,
                                  "retries": {"delay": 2, "attempts": 15}, "hmac": None})
    window.instance_bar.instance_id_edit.setText(DEMO_PAID_ID)
    window.instance_bar.token_edit.setText(DEMO_PAID_TOKEN)
    window.tabs.setCurrentWidget(window.instance_tab)
    page = window.instance_page

    async def refill() -> None:
        for _ in range(3):
            await wait_signal(page.loaded, page.reload)
        await _idle()

    out.append(("refill of 500 webhooks on the Instance page (3 reloads)",
                await meter.measure(refill())))
    path = window.services.history_path
    config = WebhookConfig(instance_id="ABCDEF123456", url="https://x.example/h",
                           events=["message", "message.ack"])
    line = history.make_entry(config, True, "Saved", {"status": "success", "webhook": {
        "url": "https://x.example/h", "events": ["message", "message.ack"]}}).to_json()
    path.write_text("\n".join(line.replace("x.example/h", f"x.example/h{i}")
                              for i in range(10_000)) + "\n", encoding="utf-8")
    window.tabs.setCurrentWidget(window.history_tab)
    history_page = window.history_page

    async def load() -> None:
        await wait_signal(history_page.loadedAll, history_page.load_all)
        await _idle()

    out.append(("loading a history of 10,000 entries", await meter.measure(load())))
    worst = 0.0
    typed = ""
    for letter in "h1234" + "\b" * 5 + "failed":
        typed = typed[:-1] if letter == "\b" else typed + letter
        started = time.perf_counter()
        history_page.search_edit.setText(typed)
        worst = max(worst, (time.perf_counter() - started) * 1000)
        await asyncio.sleep(0)
    out.append(("a keystroke of history search (10,000 entries, worst of 16)", worst))
    return out


async def request_overhead(api_base: str, config) -> tuple:  # noqa: ANN001
    import httpx

    from wawp_desktop.core.client import WawpClient
    from wawp_desktop.core.save import plan, send

    client = WawpClient(api_base)
    request = plan(config)
    payload = json.dumps(request.body, ensure_ascii=False).encode()
    bare = httpx.AsyncClient(base_url=api_base, timeout=10.0)

    async def app_once() -> None:
        await send(client, plan(config))

    async def bare_once() -> None:
        response = await bare.post(request.path, content=payload,
                                   headers={"Content-Type": "application/json"})
        response.json()

    for _ in range(20):
        await app_once()
        await bare_once()
    totals = {"app": 0.0, "bare": 0.0}
    for _ in range(10):  # 10 blocks of 20, alternating, 200 requests each
        for name, once in (("app", app_once), ("bare", bare_once)):
            start = time.perf_counter()
            for _ in range(20):
                await once()
            totals[name] += time.perf_counter() - start
    await client.aclose()
    await bare.aclose()
    a, b = totals["app"] / 200 * 1e6, totals["bare"] / 200 * 1e6
    return ("request overhead: save via the app's client vs bare httpx (200 each)",
            f"{a:.0f} µs", f"{b:.0f} µs", f"{a / b:.2f}×", "≤ 1.2×", a / b <= 1.2)
