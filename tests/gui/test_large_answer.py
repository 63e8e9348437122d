"""A 1 MB answer is classified as usual, shown shortened (Qt would freeze laying it out) with a
notice saying so, and kept bounded in the history; Copy copies all of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTabWidget

from tests.gui.helpers import fill_form, find, status_text, submit
from wawp_desktop.core.errors import ErrorKind
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN, Fault
from wawp_desktop.ui.features.answer import DISPLAY_LIMIT, LINE_LIMIT

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
    with (qtbot.waitSignal(window.history_page.recorded, timeout=10_000) as recorded,
          qtbot.waitSignal(window.saver.succeeded, timeout=10_000) as saved):
        qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)
    raw = saved.args[0].raw_body
    assert len(raw) > 1_000_000
    assert len(saved.args[0].item["events"]) == 60_000
    status = status_text(window)
    assert status.startswith("Saved:") and "60000 events" in status
    assert "too large to show in full (1.2 MB)" in status and "copies all of it" in status
    shown = find(window, QPlainTextEdit, "responseJson").toPlainText()
    assert len(shown) < DISPLAY_LIMIT + 200 and "… 59800 more" in shown
    shown_raw = find(window, QPlainTextEdit, "responseRaw").toPlainText()
    first_line, _, rest = shown_raw.partition("\n")
    assert first_line == raw[:LINE_LIMIT] + " …"  # a one-line answer: one line, cut short
    assert rest == f"… {len(raw) - LINE_LIMIT:,} more characters not shown (Copy copies everything)"
    entry = recorded.args[0]  # the history keeps a bounded copy, not 1.2 MB
    assert entry.ok and entry.answer["events"][-1] == "… 59800 more"
    assert len(entry.to_json()) < 10_000
    find(window, QTabWidget, "responseTabs").setCurrentIndex(1)
    qtbot.mouseClick(find(window, QPushButton, "copyResponseButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == raw


def test_large_error_answer_is_an_error_with_the_size_notice(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    events = {str(i): "message" for i in range(60_000)}
    sandbox.faults.put(Fault(path="/v2/webhook/set", status=200, body={
        "status": "error", "message": "Too many events", "events": events}))
    with qtbot.waitSignal(window.saver.failed, timeout=10_000) as failed:
        qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)
    assert failed.args[0].kind is ErrorKind.SERVER_REPORTED_ERROR
    status = status_text(window)
    assert "said the request failed. Wawp says: “Too many events”" in status
    assert "too large to show in full (1.2 MB)" in status
    assert "… 59800 more" in find(window, QPlainTextEdit, "responseJson").toPlainText()
