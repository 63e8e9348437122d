"""Application start-up: the window factory, the qasync main loop, and a clean shutdown."""

from __future__ import annotations

import asyncio
import logging
import sys

from .cli import parse_args

log = logging.getLogger("wawp_desktop")


def create_main_window(  # noqa: ANN201
    api_base: str, *, demo_accounts=None, settings=None, timeouts=None  # noqa: ANN001
):
    """The fully wired main window for ``api_base``.

    The caller owns the ``QApplication`` and a running qasync loop; the token store uses
    keyring's current backend. ``demo_accounts`` (sandbox mode), ``settings`` (a
    ``SettingsStore``) and ``timeouts`` (the client's ``Timeouts``) are optional.
    """
    from .ui.controller import WebhookController
    from .ui.main_window import MainWindow
    from .ui.settings_store import SettingsStore, open_settings

    if settings is None:
        settings = SettingsStore(open_settings(), "sandbox" if demo_accounts else "live")
    controller = WebhookController(api_base, timeouts=timeouts)
    return MainWindow(controller, settings, demo_accounts)


def _sandbox_accounts():  # noqa: ANN202
    from .sandbox.state import ALL_DEMO_ACCOUNTS
    from .ui.connection_panel import DemoAccount

    return [DemoAccount(a.label, a.instance_id, a.access_token) for a in ALL_DEMO_ACCOUNTS]


async def _run(args, app) -> int:  # noqa: ANN001
    from .core.errors import WawpError

    sandbox = None
    demo = None
    api_base = args.api_base
    if args.sandbox:
        from .sandbox import SandboxServer
        from .sandbox.state import seed_showcase

        sandbox = SandboxServer()
        seed_showcase(sandbox.state)
        sandbox.start()
        api_base = sandbox.url
        demo = _sandbox_accounts()
    try:
        window = create_main_window(api_base, demo_accounts=demo)
    except WawpError as error:
        print(f"wawp-desktop: {error.message}", file=sys.stderr)
        if sandbox:
            sandbox.stop()
        return 2
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    result = 0
    if args.self_test:
        from .selftest import run_self_test

        self_test = asyncio.get_running_loop().create_task(run_self_test(window))
        window.show()
        result = await self_test
        window.close()
    else:
        window.show()
        await closed.wait()
    await window.controller.aclose()
    if sandbox:
        await asyncio.to_thread(sandbox.stop)
    return result


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``wawp-desktop`` and ``python -m wawp_desktop``."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from .logs import setup_logging

    log_path = setup_logging(logging.INFO)
    if sys.version_info < (3, 12):  # noqa: UP036 - started by an older interpreter
        print("wawp-desktop needs Python 3.12 or newer.", file=sys.stderr)
        return 2
    import qasync
    from PySide6.QtWidgets import QApplication

    from . import __version__

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Wawp Desktop")
    app.setOrganizationName("Wawp")
    app.setApplicationVersion(__version__)
    from .resources import APP_ID, app_icon

    app.setDesktopFileName(APP_ID)  # Wayland/X11 taskbars match resources/<APP_ID>.desktop
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    from .logs import install_excepthook, install_qt_message_handler

    install_qt_message_handler()
    install_excepthook(log_path)  # one global error path: log + non-blocking crash dialog
    try:
        return asyncio.run(_run(args, app), loop_factory=qasync.QEventLoop)
    except KeyboardInterrupt:
        return 130
