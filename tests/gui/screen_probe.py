"""Open the real window on an offscreen screen of a given size, save once against the sandbox,
and print what fits as JSON (run by test_screens.py in a subprocess: the offscreen screen size
is fixed when Qt starts).

    python -m tests.gui.screen_probe 1024x768
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path


def offscreen_screen(size: str) -> None:
    """Make Qt (not started yet) use an offscreen screen of ``size`` ("1024x768"), with a
    throwaway home and XDG folders (used by packaging/screenshots.py too)."""
    width, height = (int(v) for v in size.split("x"))
    folder = Path(tempfile.mkdtemp(prefix="wawp-probe-"))
    config = folder / "screens.json"
    config.write_text(json.dumps({"screens": [{
        "name": "S", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_DATA_HOME", ".local/share"), ("XDG_STATE_HOME", ".state")):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder / sub)


def _inside(widget, window) -> bool:  # noqa: ANN001
    """``widget`` is shown whole inside the window's client area."""
    from PySide6.QtCore import QRect

    top_left = widget.mapTo(window, widget.rect().topLeft())
    rect = QRect(top_left, widget.size())
    return window.rect().contains(rect)


def _clipped(window, page) -> list[str]:  # noqa: ANN001
    """Visible buttons and fields of ``page`` that stick out to the right of the window."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    out = []
    for cls in (QAbstractButton, QLineEdit, QComboBox):
        for widget in page.findChildren(cls):
            if not widget.isVisible():
                continue
            right = widget.mapTo(window, widget.rect().topRight()).x()
            if right > window.width():
                out.append(widget.objectName() or widget.text())
    return out


async def _probe() -> dict:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel, QPushButton

    from wawp_desktop.app import create_main_window
    from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN, SandboxServer

    keyring.set_keyring(FailKeyring())
    sandbox = SandboxServer().start()
    window = create_main_window(sandbox.url)
    ready = asyncio.get_running_loop().create_future()
    window.ready.connect(lambda: ready.done() or ready.set_result(None))
    window.show()
    await asyncio.wait_for(ready, 20)
    first = {"window": [window.width(), window.height()],
             "screen": list(QGuiApplication.primaryScreen().availableGeometry().getRect())}
    frame = window.frameGeometry()
    first["frame_inside_screen"] = QGuiApplication.primaryScreen().availableGeometry().contains(
        frame)
    bar, page = window.instance_bar, window.webhook_page
    bar.instance_id_edit.setText(DEMO_PAID_ID)
    bar.token_edit.setText(DEMO_PAID_TOKEN)
    page.url_edit.setText("https://crm.example.com/wawp")
    page.events.apply_preset("CRM / inbox")
    done = asyncio.get_running_loop().create_future()
    window.saver.readBackDone.connect(lambda *_: done.done() or done.set_result(None))
    window.save()
    await asyncio.wait_for(done, 20)
    for _ in range(3):
        await asyncio.sleep(0.02)
    content = page.widget()
    result = {
        **first,
        "save_visible": _inside(window.findChild(QPushButton, "submitButton"), window),
        "answer_visible": _inside(window.findChild(QLabel, "responseStatus"), window),
        "answer_text_fits": all(
            label.height() >= label.heightForWidth(label.width())
            for label in (window.findChild(QLabel, n) for n in ("responseStatus",
                                                                 "readBackStatus"))),
        "page_fits_width": content.width() <= page.viewport().width(),
        "page_min_width": content.minimumSizeHint().width(),
        "page_viewport_width": page.viewport().width(),
        "two_columns": page.two_columns,
        "clipped": _clipped(window, window.centralWidget()),
        "vertical_scroll_needed": content.height() > page.viewport().height(),
        "content_height": content.height(),
        "viewport_height": page.viewport().height(),
    }
    window.close()
    await window.services.aclose()
    sandbox.stop()
    return result


def main() -> int:
    offscreen_screen(sys.argv[1])
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    app.setStyle("Fusion")
    result = asyncio.run(_probe(), loop_factory=qasync.QEventLoop)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
