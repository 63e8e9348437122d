"""The sandbox's practice receiver, and the URL check's practice mode against it."""

from __future__ import annotations

import http.client
import json
import queue
from collections.abc import Iterator

import pytest

from tests.conftest import run
from tests.plain_text import plain
from wawp_desktop.core.urlcheck import (
    STEP_ADDRESS,
    STEP_DNS,
    STEP_TLS,
    CheckOptions,
    Level,
    check_url,
)
from wawp_desktop.sandbox.receiver import MAX_EVENT_BYTES, PracticeReceiver, describe_event

SECRET = "practice-secret"


@pytest.fixture
def receiver() -> Iterator[PracticeReceiver]:
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    with PracticeReceiver(on_event=inbox.put) as started:
        started.inbox = inbox  # type: ignore[attr-defined]
        yield started
    assert not started.running


def test_practice_check_allows_loopback_and_says_so(receiver) -> None:
    report = run(check_url(receiver.url, hmac_secret=SECRET,
                           options=CheckOptions(allow_loopback=True)))
    assert report.verdict.level is Level.OK, report.as_text()
    assert report.verdict.sentence.startswith("The practice receiver accepted the test event in")
    assert "For real deliveries, use the public https:// address" in report.verdict.advice
    assert "Allowed because this is the practice receiver" in report.step(STEP_ADDRESS).detail
    assert "this computer: allowed for practice" in report.step(STEP_DNS).detail
    assert report.step(STEP_TLS).level is Level.SKIPPED
    assert report.exchange.answer_preview == '{"status": "received"}'


def test_receiver_records_event_headers_and_signature(receiver) -> None:
    run(check_url(receiver.url, hmac_secret=SECRET, options=CheckOptions(allow_loopback=True)))
    event = receiver.inbox.get(timeout=5)  # the callback, from the server thread
    assert receiver.events() == [event] and receiver.last_event() is event
    assert event.method == "POST" and event.path == "/webhook"
    assert event.event_name == "message" and event.json["test"] is True
    assert event.header("X-Wawp-Desktop-Test") == "1"
    assert event.header("x-wawp-signature")
    text = plain(describe_event(event, SECRET))
    assert "X-Wawp-Signature: " in text
    assert "x-wawp-signature: matches your HMAC secret (HMAC-SHA256" in text
    assert "x-webhook-hmac: matches your HMAC secret (HMAC-SHA512" in text
    assert '"test": true' in text
    assert "does NOT match" in describe_event(event, "another secret")


def test_without_practice_mode_the_receiver_is_refused(receiver) -> None:
    report = run(check_url(receiver.url, options=CheckOptions()))
    assert report.step(STEP_ADDRESS).level is Level.FAIL
    assert receiver.events() == []


def _post(receiver: PracticeReceiver, body: bytes, headers: dict[str, str]) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", receiver.port, timeout=5)
    try:
        conn.request("POST", "/webhook", body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def test_bodies_are_bounded(receiver) -> None:
    status = _post(receiver, b"", {"Content-Length": str(MAX_EVENT_BYTES + 1)})
    assert status == 413
    assert _post(receiver, json.dumps({"event": "x"}).encode(), {}) == 200
    assert [e.event_name for e in receiver.events()] == ["x"]
    receiver.clear()
    assert receiver.events() == []


def test_keeps_only_the_latest_events() -> None:
    with PracticeReceiver(keep=2) as small:
        for name in ("a", "b", "c"):
            _post(small, json.dumps({"event": name}).encode(), {})
        assert [e.event_name for e in small.events()] == ["b", "c"]
        assert small.wait_for_events(2, timeout=1)
