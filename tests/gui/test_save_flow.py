"""The core user journey in the real window: fill by keyboard, save, read the answer."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QProgressBar, QPushButton

from tests.gui.helpers import fill_form, find, response_json, status_text, submit, toggle_event
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN, Fault

URL = "https://crm.example.com/wawp"


def test_keyboard_save_shows_normalized_webhook(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message", "message.ack", "poll.vote.failed"], name="CRM")
    assert find(window, QLabel, "eventCount").text() == "3 of 28 selected"
    with qtbot.waitSignal(window.saver.succeeded, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = json.loads(response_json(window))
    assert stored["url"] == URL
    assert stored["events"] == ["message", "message.ack", "poll.vote.failed"]
    assert stored["is_active"] is True and stored["enabled"] is True
    assert stored["retries"] == {"delay": 2, "attempts": 15}
    assert "Saved" in status_text(window)
    sent = sandbox.requests[-1]
    assert sent.json["events"] == ["message", "message.ack", "poll.vote.failed"]
    assert sent.json["is_active"] == 1 and sent.json["name"] == "CRM"
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["user-agent"].startswith("WawpDesktop/")


def test_event_count_and_group_select_all(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    count = find(window, QLabel, "eventCount")
    group = find(window, QCheckBox, "group:Session & Calls")
    toggle_event(qtbot, window, "call.received")
    assert count.text() == "1 of 28 selected"
    assert group.checkState() == Qt.CheckState.PartiallyChecked
    group.setFocus()
    qtbot.keyClick(group, Qt.Key.Key_Space)
    assert group.checkState() == Qt.CheckState.Checked
    assert count.text() == "7 of 28 selected"
    qtbot.keyClick(group, Qt.Key.Key_Space)
    assert group.checkState() == Qt.CheckState.Unchecked
    assert count.text() == "0 of 28 selected"


def test_invalid_input_sends_nothing_and_keeps_text(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id="SHORT", token="", url="http://insecure.example",
              events=[])
    qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)
    assert sandbox.requests == []
    assert "Nothing was sent" in status_text(window)
    messages = {
        name: find(window, QLabel, f"message:{name}").text()
        for name in ("instance_id", "access_token", "url", "events")
    }
    assert "12" in messages["instance_id"]
    assert "token" in messages["access_token"]
    assert "https://" in messages["url"]
    assert "at least one event" in messages["events"]
    assert find(window, QLineEdit, "instanceIdEdit").text() == "SHORT"
    assert find(window, QLineEdit, "urlEdit").text() == "http://insecure.example"
    assert find(window, QLineEdit, "instanceIdEdit").hasFocus()


def test_short_hmac_warns_but_saves(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    qtbot.keyClicks(find(window, QLineEdit, "hmacEdit"), "short")
    assert "at least 16" in find(window, QLabel, "message:hmac").text()
    with qtbot.waitSignal(window.saver.succeeded, timeout=5000):
        qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)
    assert sandbox.requests[-1].json["hmac"] == "short"


def test_no_double_submit_and_busy_state(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    sandbox.faults.put(Fault(delay=0.5))
    button = submit(window)
    with qtbot.waitSignal(window.saver.succeeded, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()
        assert find(window, QProgressBar, "busyIndicator").isVisible()
        window.save()  # Ctrl+S while busy
        button.click()
    assert len([r for r in sandbox.requests if r.path == "/v2/webhook/set"]) == 1
    assert button.isEnabled()
    assert not find(window, QProgressBar, "busyIndicator").isVisible()


def test_event_loop_keeps_running_during_slow_request(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    sandbox.faults.put(Fault(delay=1.0))
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    with qtbot.waitSignal(window.saver.succeeded, timeout=5000):
        window.save()
        timer.start()
        qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=3000)
        assert window.saver.busy, "the request should still be in flight"
        qtbot.keyClicks(find(window, QLineEdit, "nameEdit"), "typed while saving")
    timer.stop()
    assert find(window, QLineEdit, "nameEdit").text() == "typed while saving"


def test_cancel_stops_request_and_save_works_again(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    sandbox.faults.put(Fault(delay=30.0))
    window.save()
    cancel = find(window, QPushButton, "cancelButton")
    qtbot.waitUntil(lambda: len(sandbox.requests) == 1, timeout=3000)
    with (qtbot.waitSignal(window.saver.cancelled, timeout=3000),
          qtbot.waitSignal(window.history_page.recorded, timeout=5000) as recorded):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert "Cancelled" in status_text(window)
    entry = recorded.args[0]  # the cancelled save is in the history too, marked as not saved
    assert not entry.ok and entry.summary.startswith("Cancelled") and entry.url == URL
    assert submit(window).isEnabled() and not cancel.isEnabled()
    with qtbot.waitSignal(window.saver.succeeded, timeout=5000):
        window.save()


def test_system_webhook_note(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    note = find(window, QLabel, "systemWebhookNote")
    assert not note.isVisible()
    qtbot.keyClicks(find(window, QLineEdit, "urlEdit"), "https://app.wawp.net/api/webhook/abc123")
    assert note.isVisible()
    assert "dashboard" in note.text()
