"""Every kind of failure ends in a plain-language message, with the form intact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from tests.faults.servers import free_port
from tests.gui.helpers import fill_form, find, status_text, submit
from wawp_desktop.sandbox import (
    DEMO_FREE_ID,
    DEMO_FREE_TOKEN,
    DEMO_PAID_ID,
    DEMO_PAID_TOKEN,
    Fault,
)

URL = "https://crm.example.com/wawp"

CASES = {
    "wrong token": (None, DEMO_PAID_ID, "not-the-token", "access token is wrong"),
    "unknown instance": (None, "UNKNOWN00000", DEMO_PAID_TOKEN, "No instance with this ID"),
    "free plan": (None, DEMO_FREE_ID, DEMO_FREE_TOKEN, "paid plans"),
    "500 html page": (
        Fault(status=500, body="<html><body>Internal Server Error</body></html>",
              content_type="text/html"),
        DEMO_PAID_ID, DEMO_PAID_TOKEN, "server had a problem",
    ),
    "200 html page": (
        Fault(status=200, body="<!DOCTYPE html><html>Maintenance</html>", content_type="text/html"),
        DEMO_PAID_ID, DEMO_PAID_TOKEN, "web page (HTML)",
    ),
    "200 status error": (
        Fault(status=200, body={"status": "error", "message": "Events are invalid"}),
        DEMO_PAID_ID, DEMO_PAID_TOKEN, "Events are invalid",
    ),
    "200 webhook missing": (
        Fault(status=200, body={"status": "success"}),
        DEMO_PAID_ID, DEMO_PAID_TOKEN, "did not confirm what it stored",
    ),
    "429 retry-after": (
        Fault(status=429, body={"status": "error", "message": "slow down"},
              headers={"Retry-After": "30"}),
        DEMO_PAID_ID, DEMO_PAID_TOKEN, "wait 30 s",
    ),
    "connection closed": (
        Fault(close_without_answer=True), DEMO_PAID_ID, DEMO_PAID_TOKEN, "connection was cut",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_error_message_and_form_kept(qtbot, make_window, sandbox, case: str) -> None:
    fault, instance_id, token, expected = CASES[case]
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=instance_id, token=token, url=URL,
              events=["message", "call.received"])
    if fault is not None:
        sandbox.faults.put(fault)
    with qtbot.waitSignal(window.saver.failed, timeout=5000):
        qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)
    text = status_text(window)
    assert expected in text
    assert "Traceback" not in text and "Exception" not in text
    assert find(window, QLineEdit, "instanceIdEdit").text() == instance_id
    assert find(window, QLineEdit, "tokenEdit").text() == token
    assert find(window, QLineEdit, "urlEdit").text() == URL
    assert find(window, QCheckBox, "event:call.received").isChecked()
    assert submit(window).isEnabled()


def test_wrong_token_is_flagged_next_to_the_field(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token="nope", url=URL, events=["message"])
    with qtbot.waitSignal(window.saver.failed, timeout=5000):
        window.save()
    assert "did not accept" in find(window, QLabel, "message:access_token").text()


def test_connection_refused(qtbot, make_window) -> None:
    window = make_window(f"http://127.0.0.1:{free_port()}")
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    with qtbot.waitSignal(window.saver.failed, timeout=5000):
        window.save()
    assert "Nothing answered" in status_text(window)
    assert submit(window).isEnabled()
