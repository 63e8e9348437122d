"""One benchmark child process: the app or a bare window, up to first paint (and saves).

``python -m tests.benchmarks.child bare|floor|app [--api-base URL --saves N]`` prints one JSON
line (``floor``: the bare window, then the libraries every app on this stack loads):
``paint`` (time.monotonic() at the first paint, comparable with the parent's clock),
``ready`` (the app: when the services are attached and every feature built), ``rss_start_kib``
at the first paint, ``rss_warm_kib`` once the HTTP client and keyring are ready and, with
``--saves``, ``rss_saves_kib`` (peak RSS, KiB).
"""

from __future__ import annotations

import json
import resource
import sys
import time


def _peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def load_mandated_libraries() -> None:
    """What any app on this stack loads: asyncio + qasync, keyring with its OS backend probed,
    an httpx client with a truststore TLS context, and httpcore/anyio as a first request needs."""
    import asyncio  # noqa: F401
    import ssl

    import keyring
    import qasync  # noqa: F401
    import truststore

    keyring.get_keyring()
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    import httpx

    httpx.AsyncClient(verify=context)
    import anyio._backends._asyncio  # noqa: F401
    import anyio.streams.tls  # noqa: F401
    import httpcore  # noqa: F401


def bare(floor: bool = False) -> int:
    """The bare window; with ``floor``, the mandated libraries are loaded after its paint."""
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QGroupBox,
        QHBoxLayout,
        QLineEdit,
        QMainWindow,
        QPlainTextEdit,
        QPushButton,
        QSpinBox,
        QVBoxLayout,
        QWidget,
    )

    class Window(QMainWindow):
        painted = False

        def paintEvent(self, event) -> None:  # noqa: ANN001, N802
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                result = {"paint": time.monotonic(), "rss_start_kib": _peak_rss_kib()}
                if floor:
                    load_mandated_libraries()
                    result["rss_warm_kib"] = _peak_rss_kib()
                print(json.dumps(result), flush=True)
                app.quit()

    app = QApplication(sys.argv[:1])
    window = Window()
    central = QWidget()
    columns = QHBoxLayout(central)
    left = QVBoxLayout()
    for name in ("instance", "token", "url", "name", "hmac"):
        left.addWidget(QLineEdit(placeholderText=name))
    left.addWidget(QSpinBox())
    left.addWidget(QSpinBox())
    left.addWidget(QPlainTextEdit())
    left.addWidget(QPushButton("Save"))
    columns.addLayout(left)
    right = QVBoxLayout()
    for group in range(5):
        box = QGroupBox(f"Group {group}")
        inner = QVBoxLayout(box)
        for index in range(28 // 5 + (1 if group < 28 % 5 else 0)):
            inner.addWidget(QCheckBox(f"event {group}.{index}"))
        right.addWidget(box)
    columns.addLayout(right)
    window.setCentralWidget(central)
    window.resize(1100, 820)
    window.show()
    return app.exec()


def app(argv: list[str]) -> int:
    """The real ``wawp_desktop.app.main()``; its window is caught as ``MainWindow`` is built."""
    from wawp_desktop.ui import main_window

    api_base = argv[argv.index("--api-base") + 1] if "--api-base" in argv else None
    saves = int(argv[argv.index("--saves") + 1]) if "--saves" in argv else 0
    result: dict[str, float | int] = {}
    real_init = main_window.MainWindow.__init__

    def init(window, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        real_init(window, *args, **kwargs)
        real_attach = window.attach

        def painted() -> None:
            result["paint"] = time.monotonic()
            result["rss_start_kib"] = _peak_rss_kib()

        def attach(services) -> None:  # noqa: ANN001
            real_attach(services)
            result["ready"] = time.monotonic()
            if saves:  # ``ready``: attached and the HTTP client warmed up
                window.ready.connect(lambda: save_loop(window, saves, result))
            else:
                window.ready.connect(lambda: finish(window, result))

        window.firstPainted.connect(painted)
        window.attach = attach

    main_window.MainWindow.__init__ = init
    from wawp_desktop import app as app_module

    args = ["--api-base", api_base] if api_base else []
    return app_module.main(args)


def finish(window, result: dict) -> None:  # noqa: ANN001
    result["rss_warm_kib"] = _peak_rss_kib()
    print(json.dumps(result), flush=True)
    window.close()


def save_loop(window, saves: int, result: dict) -> None:  # noqa: ANN001
    """``saves`` saves in a row through the window's Save, then report and close."""
    from PySide6.QtCore import QTimer

    from wawp_desktop.core.webhook import WebhookConfig
    from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN

    done = {"n": 0}
    config = WebhookConfig(instance_id=DEMO_PAID_ID, access_token=DEMO_PAID_TOKEN,
                           url="https://crm.example.com/bench", events=["message"])
    result["rss_warm_kib"] = _peak_rss_kib()
    window.form.set_value(config)

    def next_save() -> None:
        if done["n"] >= saves:
            window.saver.finished.disconnect(next_save)
            result["rss_saves_kib"] = _peak_rss_kib()
            print(json.dumps(result), flush=True)
            window.close()
            return
        done["n"] += 1
        QTimer.singleShot(0, window.saver.save)

    window.saver.finished.connect(next_save)
    next_save()


if __name__ == "__main__":
    mode = sys.argv[1]
    sys.exit(app(sys.argv[2:]) if mode == "app" else bare(floor=mode == "floor"))
