"""UrlCheckPanel in a real (offscreen) Qt app on the session's qasync loop."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton
from shiboken6 import delete

from tests.plain_text import plain
from wawp_desktop.core.urlcheck import CheckOptions
from wawp_desktop.sandbox.receiver import PracticeReceiver
from wawp_desktop.ui.features.url_check import UrlCheckPanel
from wawp_desktop.ui.theme import Tone, contrast, tone_colour

from .servers import TestServer, closed_port, wait_for_close

SECRET = "panel-secret"


@pytest.fixture
def receiver() -> Iterator[PracticeReceiver]:
    with PracticeReceiver() as started:
        yield started


@pytest.fixture
def make_panel(qtbot, qt_loop):  # noqa: ANN001, ANN201
    panels: list[UrlCheckPanel] = []

    def factory(url: str, **kwargs) -> UrlCheckPanel:  # noqa: ANN003
        panel = UrlCheckPanel(lambda: url, lambda: SECRET, **kwargs)
        qtbot.addWidget(panel)
        panel.resize(600, 400)
        panel.show()
        panels.append(panel)
        return panel

    yield factory
    for panel in panels:
        holder = panel._holder  # noqa: SLF001 - teardown: no check may outlive the test
        if holder.task is not None:
            holder.cancel()
            qtbot.waitUntil(holder.task.done, timeout=5000)
    pending = [t for t in asyncio.all_tasks(qt_loop) if not t.done()]
    assert not pending, pending


def parts(panel: UrlCheckPanel) -> tuple[QPushButton, QLabel, QPlainTextEdit]:
    return (panel.findChild(QPushButton, "checkUrlButton"),
            panel.findChild(QLabel, "urlCheckResult"),
            panel.findChild(QPlainTextEdit, "urlCheckDetails"))


def test_passing_check_on_the_practice_receiver(qtbot, make_panel, receiver) -> None:
    panel = make_panel(receiver.url, practice_receiver_url=receiver.url,
                       received_events=receiver.events)
    button, result, details = parts(panel)
    assert button.text() == "Check URL" and not details.isVisible()
    with qtbot.waitSignal(panel.checkFinished, timeout=10_000) as finished:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert finished.args[0].verdict.level.value == "ok"
    assert plain(result.text()).startswith("✔ The practice receiver accepted the test event in ")
    assert details.isVisible()
    shown = plain(details.toPlainText())
    assert "Sample event:" in shown and "Address:" in shown
    assert button.text() == "Check URL"
    received = panel.findChild(QPlainTextEdit, "practiceReceivedEvents")
    assert received.isVisible()
    assert "X-Wawp-Signature" in received.toPlainText()
    assert "matches your HMAC secret" in received.toPlainText()


def test_failing_checks_say_why(qtbot, make_panel) -> None:
    panel = make_panel("https://localhost/hook")
    button, result, details = parts(panel)
    with qtbot.waitSignal(panel.checkFinished, timeout=10_000):
        button.click()
    assert plain(result.text()).startswith("✖ “localhost” means this computer")
    assert "Traceback" not in plain(details.toPlainText())

    refused = make_panel(f"http://127.0.0.1:{closed_port()}/hook", practice_receiver_url="x")
    button, result, _ = parts(refused)
    with qtbot.waitSignal(refused.checkFinished, timeout=10_000):
        button.click()
    assert "refused the connection" in plain(result.text())


def test_cancel_by_button_and_keyboard(qtbot, make_panel) -> None:
    server = TestServer(wait_for_close)
    try:
        panel = make_panel(f"http://127.0.0.1:{server.port}/hook", practice_receiver_url="x")
        button, result, details = parts(panel)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert button.text() == "Cancel check"
        assert plain(result.text()) == "Checking the address…"
        qtbot.waitUntil(lambda: bool(server.received), timeout=5000)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: not panel.running, timeout=5000)
        assert plain(result.text()) == "⚠ Check cancelled."
        assert button.text() == "Check URL"
        assert not details.isVisible()
        assert server.client_closed.wait(5)
    finally:
        server.stop()


def test_destroying_the_panel_cancels_the_check(qtbot, qt_loop) -> None:
    server = TestServer(wait_for_close)
    try:
        panel = UrlCheckPanel(lambda: f"http://127.0.0.1:{server.port}/hook", lambda: "",
                              practice_receiver_url="x")  # not given to qtbot: deleted below
        panel.show()
        parts(panel)[0].click()
        task = panel._holder.task  # noqa: SLF001
        qtbot.waitUntil(lambda: bool(server.received), timeout=5000)
        delete(panel)
        qtbot.waitUntil(task.done, timeout=5000)
        assert task.cancelled()
        assert server.client_closed.wait(5)
    finally:
        server.stop()


def test_unexpected_error_is_a_plain_message(qtbot, make_panel, caplog) -> None:
    async def broken(host: str, port: int) -> list[str]:
        raise RuntimeError("boom inside the resolver")

    panel = make_panel("https://hooks.example.com/x", options=CheckOptions(resolver=broken))
    button, result, _ = parts(panel)
    with caplog.at_level(logging.CRITICAL, logger="wawp_desktop.ui.url_check"):
        button.click()
        qtbot.waitUntil(lambda: not panel.running, timeout=5000)
    assert plain(result.text()) == (
        "✖ The check stopped because of an unexpected problem. Try again."
    )
    assert "boom" not in plain(result.text())


def test_dns_failure_in_the_panel(qtbot, make_panel) -> None:
    async def unknown(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "unknown")

    panel = make_panel("https://nowhere.example.com/x", options=CheckOptions(resolver=unknown))
    with qtbot.waitSignal(panel.checkFinished, timeout=5000):
        parts(panel)[0].click()
    assert "does not exist in DNS" in plain(parts(panel)[1].text())


def test_practice_button_asks_to_fill_the_url(qtbot, make_panel) -> None:
    panel = make_panel("", practice_receiver_url="http://127.0.0.1:9/webhook")
    button = panel.findChild(QPushButton, "usePracticeReceiverButton")
    with qtbot.waitSignal(panel.practiceRequested) as asked:
        button.click()
    assert asked.args == ["http://127.0.0.1:9/webhook"]
    assert make_panel("x").findChild(QPushButton, "usePracticeReceiverButton") is None


@pytest.mark.parametrize("dark", [False, True])
def test_verdict_colours_keep_contrast(qtbot, make_panel, dark) -> None:
    app = QApplication.instance()
    previous = app.palette()
    if dark:
        palette = QPalette(previous)
        palette.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
        app.setPalette(palette)
    try:
        panel = make_panel("https://localhost/hook")
        with qtbot.waitSignal(panel.checkFinished, timeout=5000):
            parts(panel)[0].click()
        label = parts(panel)[1]
        assert label.tone is Tone.ERROR  # coloured, from the palette
        text = tone_colour(label.tone, panel.palette())
        background = panel.palette().color(QPalette.ColorRole.Window)
        assert text != panel.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(text, background) >= 4.5
    finally:
        app.setPalette(previous)


def test_https_check_on_the_qasync_loop(qtbot, make_panel, serve, spy, pki) -> None:
    """TLS, DNS and the sample over the app's loop kind (qasync), with the test CA injected."""
    from .certs import HOST
    from .servers import status

    good = serve(status(200), pki.good())
    panel = make_panel(f"https://{HOST}:{good.port}/hook", options=spy.options(pki))
    with qtbot.waitSignal(panel.checkFinished, timeout=10_000):
        parts(panel)[0].click()
    assert plain(parts(panel)[1].text()).startswith("✔ Your server accepted the test event in ")
    assert "Chain valid (trusted by the test CA" in plain(parts(panel)[2].toPlainText())

    broken = serve(status(200), pki.incomplete())
    panel = make_panel(f"https://{HOST}:{broken.port}/hook", options=spy.options(pki))
    with qtbot.waitSignal(panel.checkFinished, timeout=10_000):
        parts(panel)[0].click()
    assert "(incomplete chain)" in plain(parts(panel)[1].text())
    assert "fullchain.pem" in plain(parts(panel)[1].text())
