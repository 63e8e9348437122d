"""Application start-up: the window factory, a light first paint, the qasync main loop, and a
clean shutdown.

``main`` paints the form before it imports asyncio, qasync, httpx or the services: the
window's constructor uses light modules only, a local Qt event loop runs until the first
paint, and then the qasync loop starts and :meth:`MainWindow.attach` builds the features on
the :class:`~.ui.services.Services` (client, token store, settings, history).
"""

from __future__ import annotations

import gc
import logging
import sys
import time

from .cli import parse_args, qt_argv

log = logging.getLogger("wawp_desktop")
FIRST_PAINT_WAIT_MS = 3000
"""Stop waiting for the first paint after this long (a platform that paints late)."""
GIL_SWITCH_INTERVAL_S = 0.002
"""How long a worker thread may hold the GIL before the GUI thread gets its turn (Python's
default is 5 ms): a large answer parsed in a worker then delays the window by a few ms only."""


def configure_runtime() -> None:
    """Interpreter settings for a responsive window (``main`` and the benchmarks apply them)."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def freeze_start_up_objects() -> None:
    """Collect once, then move every object start-up built out of the collector's generations
    (``gc.freeze``): a full collection otherwise walks the whole app, Qt wrappers included, and
    stalled the window 20-25 ms now and then. Called by ``main`` once the window is attached."""
    gc.collect()
    gc.freeze()


def create_main_window(  # noqa: ANN201
    api_base: str, *, demo_accounts=None, settings=None, timeouts=None,  # noqa: ANN001
    token_store=None, history_path=None, sandbox_server=None,  # noqa: ANN001
    practice_receiver=None,  # noqa: ANN001
):
    """The fully wired main window for ``api_base``.

    The caller owns the ``QApplication`` and a running qasync loop; the token store uses
    keyring's current backend unless ``token_store`` is given. ``demo_accounts`` (sandbox
    mode), ``settings`` (a ``SettingsStore``), ``timeouts`` (the client's ``Timeouts``) and
    ``history_path`` are optional; ``sandbox_server`` (the in-process sandbox) enables the
    practice problems. Close it with ``await window.services.aclose()``.
    """
    window = _window(api_base, demo_accounts, settings)
    window.attach(_services(window, timeouts=timeouts, token_store=token_store,
                            history_path=history_path, sandbox_server=sandbox_server,
                            practice_receiver=practice_receiver))
    return window


def _services(window, **options):  # noqa: ANN001, ANN003, ANN202
    from .ui.services import Services

    return Services(window.api_base, window.settings, sandbox=window.sandbox, **options)


def _window(api_base: str, demo_accounts, settings):  # noqa: ANN001, ANN202
    from .ui.main_window import MainWindow
    from .ui.settings_store import SettingsStore, open_settings

    if settings is None:
        settings = SettingsStore(open_settings(), "sandbox" if demo_accounts else "live")
    return MainWindow(api_base, settings, demo_accounts)


def choose_language(app, command_line: str | None) -> str:  # noqa: ANN001 - QApplication
    """Install the window's language (``--language``, else File ▸ Language's saved choice,
    else the system's) before any window is built; returns "ar" or "en"."""
    from .ui import language
    from .ui.settings_store import open_settings

    return language.apply(app, language.resolve(command_line,
                                                language.saved_choice(open_settings())))


def _sandbox_accounts():  # noqa: ANN202
    from .sandbox.state import ALL_DEMO_ACCOUNTS

    return list(ALL_DEMO_ACCOUNTS)


def _start_sandbox():  # noqa: ANN202
    from .sandbox import SandboxServer
    from .sandbox.fleet_demo import seed_fleet
    from .sandbox.state import seed_showcase

    sandbox = SandboxServer()
    seed_showcase(sandbox.state)
    seed_fleet(sandbox.state)  # what the Instances page's "Add the fleet demo" adds
    sandbox.start()
    return sandbox


def _show_and_paint(window) -> None:  # noqa: ANN001
    """Show ``window`` and run Qt's own loop until it has painted once (outside asyncio)."""
    from PySide6.QtCore import QEventLoop, QTimer

    wait = QEventLoop()
    give_up = QTimer(wait)
    give_up.setSingleShot(True)
    give_up.timeout.connect(wait.quit)
    window.firstPainted.connect(wait.quit)
    window.show()
    if not window.painted:
        give_up.start(FIRST_PAINT_WAIT_MS)
        wait.exec()
    window.firstPainted.disconnect(wait.quit)


async def _run(args, app, window, sandbox, started_at: float) -> int:  # noqa: ANN001
    import asyncio

    from .core.threads import run_in_daemon_thread

    receiver = None
    if sandbox:
        from .sandbox.receiver import PracticeReceiver

        receiver = await run_in_daemon_thread(lambda: PracticeReceiver().start())
    window.attach(_services(window, sandbox_server=sandbox, practice_receiver=receiver))
    freeze_start_up_objects()
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    result = 0
    if args.self_test:
        from .selftest import run_self_test

        result = await run_self_test(window, started_at)
        window.close()
    elif window.isVisible():
        await closed.wait()
    await window.services.aclose()
    if sandbox:
        await run_in_daemon_thread(sandbox.stop)
    if receiver:
        await run_in_daemon_thread(receiver.stop)
    return result


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``wawp-desktop`` and ``python -m wawp_desktop``."""
    started_at = time.monotonic()
    configure_runtime()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if sys.version_info < (3, 12):  # noqa: UP036 - started by an older interpreter
        print("wawp-desktop needs Python 3.12 or newer.", file=sys.stderr)
        return 2
    from .preflight import preflight  # no display, missing system libraries, bad --api-base

    if (refused := preflight(args)) is not None:
        return refused
    from PySide6.QtWidgets import QApplication

    from . import __version__

    program = (sys.argv[:1] or ["wawp-desktop"])[0]
    app = QApplication.instance() or QApplication(qt_argv(program, args))
    app.setApplicationName("Wawp Desktop")
    app.setOrganizationName("Wawp")
    app.setApplicationVersion(__version__)
    from .resources import APP_ID, app_icon

    app.setDesktopFileName(APP_ID)  # Wayland/X11 taskbars match resources/<APP_ID>.desktop
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    choose_language(app, args.language)
    from .ui.theme import follow_color_scheme

    follow_color_scheme(app)
    from .logs import install_excepthook, install_qt_message_handler, log_file

    install_qt_message_handler()
    install_excepthook(log_file())  # one global error path: log + non-blocking crash dialog
    sandbox = _start_sandbox() if args.sandbox else None
    api_base = sandbox.url if sandbox else args.api_base
    window = _window(api_base, _sandbox_accounts() if sandbox else None, None)
    _show_and_paint(window)
    from .logs import setup_logging

    if setup_logging(logging.INFO) is None:  # until now WARNING and above went to stderr
        log.warning("The log file %s cannot be written; logging to stderr only", log_file())
    import asyncio

    import qasync

    try:
        return asyncio.run(_run(args, app, window, sandbox, started_at),
                           loop_factory=qasync.QEventLoop)
    except KeyboardInterrupt:
        return 130
