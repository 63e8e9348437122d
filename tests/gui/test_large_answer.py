"""A 1 MB answer is shown shortened (Qt would freeze laying it out); Copy copies all of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTabWidget

from tests.gui.helpers import fill_form, find, status_text, submit
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN, Fault
from wawp_desktop.ui.response_panel import DISPLAY_LIMIT

URL = "https://crm.example.com/big"


def test_large_answer_is_clipped_for_display_but_copied_whole(
    qtbot, make_window, sandbox
) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    events = {str(i): "message" for i in range(60_000)}
    sandbox.faults.put(Fault(path="/v2/webhook/set", status=200, body={
        "status": "success", "webhook": {"url": URL, "events": events, "is_active": 1}}))
    with qtbot.waitSignal(window.controller.saveSucceeded, timeout=10_000) as saved:
        qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)
    raw = saved.args[0].raw_body
    assert len(raw) > 1_000_000
    assert "60000 events" in status_text(window)
    shown = find(window, QPlainTextEdit, "responseJson").toPlainText()
    assert len(shown) < DISPLAY_LIMIT + 200 and "more" in shown
    shown_raw = find(window, QPlainTextEdit, "responseRaw").toPlainText()
    assert len(shown_raw) < DISPLAY_LIMIT + 200
    assert "not shown (Copy copies everything)" in shown_raw
    find(window, QTabWidget, "responseTabs").setCurrentIndex(1)
    qtbot.mouseClick(find(window, QPushButton, "copyResponseButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == raw
