"""A whole session with a distinctive token and HMAC secret: neither appears anywhere."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPushButton, QTabWidget, QToolButton

from tests.faults.cases import TIMEOUTS
from tests.gui.conftest import close_window
from tests.gui.helpers import fill_form, find, submit, type_into
from wawp_desktop import logs
from wawp_desktop.core.secrets import MASK
from wawp_desktop.sandbox import Fault, Instance
from wawp_desktop.ui.dialogs.crash_dialog import crash_report

INSTANCE = "SECRETS00042"
TOKEN = "wawpTok-Zq8v3LkPa91XmR4sTt7Yb2"
HMAC = "Hm4c-Q9wErTy7UiOp3AsDf5GhJk1LzX"
URL = "https://crm.example.com/secret-check"



def _idle(loop) -> bool:  # noqa: ANN001
    return not [t for t in asyncio.all_tasks(loop) if not t.done()]


def _files(*roots: Path) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def _copy_tabs(qtbot, window) -> list[str]:  # noqa: ANN001
    copied = []
    tabs = find(window, QTabWidget, "responseTabs")
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QGuiApplication.clipboard().clear()
        button = find(window, QPushButton, "copyResponseButton")
        if button.isEnabled():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            copied.append(QGuiApplication.clipboard().text())
    return copied


def test_token_and_secret_appear_nowhere(
    qtbot, qt_loop, make_window, sandbox, memory_keyring, app_logging, isolated_home, tmp_path,
    caplog,
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox.state.add(Instance(INSTANCE, TOKEN))
    window = make_window(sandbox.url, timeouts=TIMEOUTS)
    fill_form(qtbot, window, instance_id=INSTANCE, token=TOKEN, url=URL,
              events=["message", "message.ack"])
    type_into(qtbot, window, "hmacEdit", HMAC)
    copied: list[str] = []

    # A successful save (the token goes to the keyring), then errors of several kinds.
    with qtbot.waitSignal(window.tokens.saved, timeout=10_000):
        qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)
    assert memory_keyring.passwords == {("wawp-desktop", INSTANCE): TOKEN}
    qtbot.waitUntil(lambda: _idle(qt_loop), timeout=10_000)  # the read-back after a save
    copied += _copy_tabs(qtbot, window)
    for fault in (Fault(status=500, body="<html>oops</html>", content_type="text/html"),
                  Fault(status=400, body="Missing parameter: events"),
                  Fault(close_without_answer=True),
                  Fault(status=401, body={"status": "error", "message": "Invalid token"})):
        sandbox.faults.put(fault)
        with qtbot.waitSignal(window.saver.failed, timeout=10_000):
            qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)
        copied += _copy_tabs(qtbot, window)
    assert len(copied) >= 3

    # Something unexpected: the crash report of an exception carrying the whole form.
    try:
        raise RuntimeError(f"unexpected state: {window.form.value()!r}")
    except RuntimeError as exc:
        report = crash_report((RuntimeError, exc, exc.__traceback__), app_logging)
    assert "unexpected state" in report

    # Restart: the token comes back from the keyring, then Forget removes it.
    close_window(qtbot, qt_loop, window)
    again = make_window(sandbox.url, timeouts=TIMEOUTS)
    assert find(again, QLineEdit, "instanceIdEdit").text() == INSTANCE
    type_into(qtbot, again, "instanceIdEdit", "")
    with qtbot.waitSignal(again.tokens.loaded, timeout=5000):
        type_into(qtbot, again, "instanceIdEdit", INSTANCE)
    assert find(again, QLineEdit, "tokenEdit").text() == TOKEN
    with qtbot.waitSignal(again.tokens.forgotten, timeout=5000):
        qtbot.mouseClick(find(again, QToolButton, "forgetTokenButton"), Qt.MouseButton.LeftButton)
    assert memory_keyring.passwords == {}
    close_window(qtbot, qt_loop, again)
    logging.getLogger("wawp_desktop.test").info("session over for token %s", TOKEN)

    # Search everywhere.
    for handler in logging.getLogger(logs.APP_LOGGER).handlers:
        handler.flush()
    files = _files(isolated_home, tmp_path)
    assert app_logging in files  # the log file exists and is searched
    assert any(p.suffix == ".ini" for p in files)  # so is the settings file
    for path in files:
        data = path.read_bytes()
        for secret in (TOKEN, HMAC):
            assert secret.encode() not in data, f"{secret} found in {path}"
    texts = {"log output": caplog.text, "crash report": report, **{
        f"copied text {i}": text for i, text in enumerate(copied)}}
    for name, text in texts.items():
        assert TOKEN not in text and HMAC not in text, name
    assert MASK in caplog.text


def test_secrets_are_masked_as_soon_as_typed_before_any_save(
    qtbot, make_window, sandbox, app_logging  # noqa: ANN001
) -> None:
    """A log line written before the first save (here: a crash report of the form) already
    hides the token and the HMAC secret."""
    window = make_window(sandbox.url)
    type_into(qtbot, window, "tokenEdit", TOKEN)
    type_into(qtbot, window, "hmacEdit", HMAC)
    find(window, QLineEdit, "urlEdit").setFocus()  # leaving the field registers at once
    logging.getLogger("wawp_desktop.test").warning("form now: %r", window.form.value())
    text = app_logging.read_text(encoding="utf-8")
    assert "form now" in text and TOKEN not in text and HMAC not in text
    try:
        raise RuntimeError(f"boom with {TOKEN} and {HMAC}")
    except RuntimeError as exc:
        report = crash_report((type(exc), exc, exc.__traceback__), None)
    assert TOKEN not in report and HMAC not in report and MASK in report


def test_a_copy_with_secrets_leaves_the_clipboard(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=INSTANCE, token=TOKEN, url=URL, events=["message"])
    window.handoff.clipboard_clear_ms = 50
    window.save_bar.include_secrets.setChecked(True)
    with qtbot.waitSignal(window.handoff.clipboardCleared, timeout=3000) as cleared:
        text = window.handoff.copy("curl")
        assert TOKEN in QGuiApplication.clipboard().text() == text
    assert cleared.args == [True] and QGuiApplication.clipboard().text() == ""
