"""``--self-test``: start as a user would, then check the window, keyring, TLS and a save."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable

from .core.threads import run_in_daemon_thread

PAINT_TIMEOUT_S = 20.0
REQUIRE_KEYRING_ENV = "WAWP_SELFTEST_REQUIRE_KEYRING"
SCREENSHOT_ENV = "WAWP_SELFTEST_SCREENSHOT"
"""A PNG path: grab the whole screen as the display shows it (on X11, the server's pixels)."""
MIN_PAINTED_COLOURS = 16
"""A painted window shows text and frames in many shades; a blank area has one or two."""


async def _window_painted(window, started_at: float | None) -> str:  # noqa: ANN001
    if not window.painted:
        painted = asyncio.get_running_loop().create_future()
        window.firstPainted.connect(lambda: painted.done() or painted.set_result(None))
        async with asyncio.timeout(PAINT_TIMEOUT_S):
            await painted
    if started_at is None or window.painted_at is None:
        return "window painted"
    return (f"window painted ({(window.painted_at - started_at) * 1000:.0f} ms after main() "
            f"began; monotonic {window.painted_at:.6f})")


async def _keyring(window) -> str:  # noqa: ANN001
    """The window's own start-up probe of the password store (not a second probe)."""
    if window.tokens.store_checked is None:
        checked = asyncio.get_running_loop().create_future()
        window.tokens.checked.connect(lambda ok: checked.done() or checked.set_result(ok))
        async with asyncio.timeout(PAINT_TIMEOUT_S):
            await checked
    name = window.tokens.backend
    if window.tokens.store_checked:
        return f"keyring backend: {name}"
    if os.environ.get(REQUIRE_KEYRING_ENV):
        raise RuntimeError(f"no OS keyring backend ({name}) but {REQUIRE_KEYRING_ENV} is set")
    return f"keyring: none found ({name}); tokens are kept for the session only, as reported"


async def _tls(window) -> str:  # noqa: ANN001
    """The TLS context of the window's own client, built by its warm-up."""
    client = window.services.client
    await client.warm_up()
    return f"TLS context built ({client.tls_source})"


async def _sandbox_save(window) -> str:  # noqa: ANN001
    """A save through the window's own client in sandbox mode; otherwise a sandbox is
    started for the check (the real API is never written to)."""
    from .core.client import WawpClient
    from .core.save import plan, send
    from .core.webhook import WebhookConfig
    from .sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN, SandboxServer

    server = None
    if window.services.sandbox:
        client = window.services.client
    else:
        server = await run_in_daemon_thread(lambda: SandboxServer().start())
        client = WawpClient(server.url)
    try:
        config = WebhookConfig(instance_id=DEMO_PAID_ID, access_token=DEMO_PAID_TOKEN,
                               url="https://self-test.example/webhook",
                               events=["message", "message.ack"])
        result = await send(client, plan(config))
        if result.item.get("events") != config.events:
            raise RuntimeError(f"stored events differ: {result.item.get('events')!r}")
        return "saved a webhook against the built-in sandbox"
    finally:
        if server is not None:
            await client.aclose()
            await run_in_daemon_thread(server.stop)


def colour_count(image) -> int:  # noqa: ANN001 - a QImage in Format_RGB32
    """Distinct colours among every 7th pixel of ``image``."""
    pixels = bytes(image.constBits())
    return len({pixels[i:i + 4] for i in range(0, len(pixels), 4 * 7)})


async def _screenshot(window, path: str) -> str:  # noqa: ANN001
    """Save the screen to ``path`` and check that the window's area on it is painted."""
    from PySide6.QtGui import QImage

    image = window.screen().grabWindow(0).toImage().convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull():
        raise RuntimeError("the screen could not be grabbed")
    ratio = image.devicePixelRatio()
    area = window.geometry()
    area = image.copy(round(area.x() * ratio), round(area.y() * ratio),
                      round(area.width() * ratio), round(area.height() * ratio))
    colours = colour_count(area)
    if colours < MIN_PAINTED_COLOURS:
        raise RuntimeError(f"the window's area on screen has {colours} colours: not painted")
    if not image.save(path):
        raise RuntimeError(f"the screenshot could not be written to {path}")
    return (f"screenshot {path} ({image.width()}×{image.height()}; the window's area shows "
            f"{colours} colours)")


async def run_self_test(window, started_at: float | None = None) -> int:  # noqa: ANN001
    """Run every check, print one line each; 0 when all pass.

    ``started_at`` is ``time.monotonic()`` when ``main()`` began (for the paint line).
    """
    checks: list[Callable[[], Awaitable[str]]] = [
        lambda: _window_painted(window, started_at),
        lambda: _keyring(window),
        lambda: _tls(window),
        lambda: _sandbox_save(window),
    ]
    if os.environ.get(SCREENSHOT_ENV):  # last: by now the window has long reached the screen
        checks.append(lambda: _screenshot(window, os.environ[SCREENSHOT_ENV]))
    failures = 0
    for check in checks:
        try:
            line = await check()
        except Exception as exc:  # noqa: BLE001 - report every failure as a line
            failures += 1
            print(f"FAIL {type(exc).__name__}: {exc}", flush=True)
        else:
            print(f"ok   {line}", flush=True)
    print("self-test passed" if not failures else f"self-test failed ({failures})", flush=True)
    return 1 if failures else 0
