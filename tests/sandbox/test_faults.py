"""Fault injection, seen from httpx and from the app's own WawpClient."""

from __future__ import annotations

import asyncio
import json
import socket
import time

import httpx
import pytest

from tests.sandbox.helpers import INFO, SET, client_error, make_config, webhook_body, with_client
from wawp_desktop.core.client import Timeouts, WawpClient
from wawp_desktop.core.errors import RETRYABLE, ErrorKind
from wawp_desktop.core.save import plan, send
from wawp_desktop.sandbox import DEMO_PAID_ID, Fault, FaultQueue, SandboxServer

# ---- the Fault value and the queue -------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"delay": -1},
        {"status": 99},
        {"status": 600},
        {"trickle": (0, 0.1, 3)},
        {"trickle": (1, -0.1, 3)},
        {"trickle": (1, 0.1, 0)},
    ],
)
def test_fault_rejects_bad_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Fault(**kwargs)  # type: ignore[arg-type]


def test_fault_rejects_bad_body_type() -> None:
    with pytest.raises(TypeError):
        Fault(body=3.5)  # type: ignore[arg-type]


def test_fault_bodies_and_content_types() -> None:
    assert Fault(body={"a": "é"}).encoded_body() == ('{"a": "é"}'.encode(), "application/json")
    assert Fault(body=[1]).encoded_body() == (b"[1]", "application/json")
    assert Fault(body="hi").encoded_body() == (b"hi", "text/plain; charset=utf-8")
    assert Fault(body=b"\x00").encoded_body() == (b"\x00", "application/octet-stream")
    assert Fault(status=500).encoded_body()[0] == b""
    assert Fault(status=500).replaces_answer and Fault(body="x").replaces_answer
    assert not Fault(delay=1, headers={"X": "y"}).replaces_answer


def test_fault_queue_matches_in_order_and_once() -> None:
    queue = FaultQueue()
    info_fault, any_fault, post_set = Fault(path=INFO), Fault(), Fault(path=SET, method="post")
    queue.push(info_fault, any_fault)
    queue.put(post_set)
    assert len(queue) == 3
    assert queue.take("POST", SET) is any_fault  # the first one that matches
    assert queue.take("GET", SET) is None  # post_set wants POST
    assert queue.take("POST", SET + "/") is post_set
    assert queue.pending() == [info_fault]
    assert queue.take("GET", INFO) is info_fault
    assert queue.take("GET", INFO) is None
    queue.push(Fault(), Fault())
    queue.clear()
    assert len(queue) == 0


def test_hang_is_a_long_delay_without_answer() -> None:
    hang = Fault.hang(SET)
    assert hang.delay >= 3600 and hang.close_without_answer and hang.path == SET


# ---- seen from httpx ----------------------------------------------------------------------------


def test_canned_json_answer_with_headers(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.faults.push(Fault(status=429, body={"message": "slow down"},
                              headers={"Retry-After": "3"}))
    response = http.post(SET, json=webhook_body())
    assert response.status_code == 429
    assert response.json() == {"message": "slow down"}
    assert response.headers["retry-after"] == "3"
    assert response.headers["content-type"] == "application/json"
    assert sandbox.state.webhooks(DEMO_PAID_ID) == []  # the real handler did not run
    assert http.post(SET, json=webhook_body()).status_code == 200  # the fault was used once


def test_canned_text_and_bytes(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.faults.push(
        Fault(status=400, body="<error><message>bad</message></error>",
              content_type="application/xml"),
        Fault(body=b"\x89PNG", headers={"Content-Type": "image/png"}),
        Fault(status=502),
    )
    xml = http.post(SET, json={})
    assert (xml.status_code, xml.headers["content-type"]) == (400, "application/xml")
    assert xml.text == "<error><message>bad</message></error>"
    png = http.post(SET, json={})
    assert (png.status_code, png.headers["content-type"], png.content) == (
        200, "image/png", b"\x89PNG"
    )
    empty = http.post(SET, json={})
    assert (empty.status_code, empty.content, empty.headers["content-length"]) == (502, b"", "0")


def test_headers_on_the_real_answer(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.faults.push(Fault(headers={"X-Extra": "1"}, content_type="text/html"))
    response = http.post(SET, json=webhook_body())
    assert response.status_code == 200 and response.headers["x-extra"] == "1"
    assert response.headers["content-type"] == "text/html"
    assert response.json()["status"] == "success"


def test_fault_for_another_path_waits(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.faults.push(Fault(path=INFO, status=500))
    assert http.post(SET, json=webhook_body()).status_code == 200
    assert http.get(INFO).status_code == 500
    assert len(sandbox.faults) == 0


def test_short_delay_then_real_answer(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.faults.push(Fault(delay=0.2))
    started = time.monotonic()
    response = http.post(SET, json=webhook_body())
    assert time.monotonic() - started >= 0.2
    assert response.status_code == 200
    assert len(sandbox.state.webhooks(DEMO_PAID_ID)) == 1


def test_close_without_answer_httpx(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.faults.push(Fault(close_without_answer=True))
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(SET, json=webhook_body())
    assert sandbox.requests[0].json == webhook_body()  # faulted requests are recorded too
    assert http.post(SET, json=webhook_body()).status_code == 200  # the next one is normal


def test_reset_mid_body_httpx(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.faults.push(Fault(reset_mid_body=True))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        http.post(SET, json=webhook_body())
    assert len(sandbox.state.webhooks(DEMO_PAID_ID)) == 1  # the change was saved before the cut


def test_reset_mid_body_sends_part_of_the_body_then_rst(sandbox: SandboxServer) -> None:
    canned = {"status": "success", "pad": "x" * 50}
    sandbox.faults.push(Fault(body=canned, reset_mid_body=True))
    reply = b""
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(b"POST /v2/webhook/set HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        with pytest.raises(ConnectionResetError):  # a reset, not an orderly close
            while chunk := sock.recv(4096):
                reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    if head:  # some systems drop data still in flight when the reset arrives
        declared = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
        assert declared == len(json.dumps(canned)) and 0 < len(body) < declared


def test_trickle_delivers_a_valid_body_slowly(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.faults.push(Fault(body={"ok": 1}, trickle=(10, 0.05, 4)))
    started = time.monotonic()
    with http.stream("POST", SET, json={}) as response:
        pieces = list(response.iter_raw())
    assert time.monotonic() - started >= 0.2
    body = b"".join(pieces)
    assert len(body) == 40 and json.loads(body) == {"ok": 1}
    assert response.headers["content-length"] == "40"
    assert len(pieces) >= 2


def test_trickle_longer_body_uses_the_last_chunk(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    sandbox.faults.push(Fault(trickle=(2, 0.01, 3)))
    response = http.post(SET, json=webhook_body())
    assert response.status_code == 200 and response.json()["status"] == "success"


def test_stop_interrupts_a_hang(sandbox: SandboxServer) -> None:
    sandbox.faults.push(Fault.hang())
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(b"GET /v2/session/info HTTP/1.1\r\nHost: x\r\n\r\n")
        assert sandbox.wait_for_requests(1, timeout=2)
        started = time.monotonic()
        sandbox.stop()
        assert time.monotonic() - started < 1.0  # far below the fault's own duration
        assert sock.recv(4096) == b""  # closed, never answered


def test_stop_interrupts_a_trickle(sandbox: SandboxServer) -> None:
    sandbox.faults.push(Fault(trickle=(1, 10.0, 5)))
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        head = sock.recv(4096)
        assert head.startswith(b"HTTP/1.1 404 ")
        started = time.monotonic()
        sandbox.stop()
        assert time.monotonic() - started < 1.0  # far below the fault's own duration
        assert sock.recv(4096) == b""


# ---- seen from the app's WawpClient -------------------------------------------------------------


def test_client_read_timeout(sandbox: SandboxServer) -> None:
    sandbox.faults.push(Fault(delay=5))
    started = time.monotonic()
    error = client_error(sandbox, lambda c: send(c, plan(make_config())))
    assert error.kind is ErrorKind.TIMEOUT and (error.kind in RETRYABLE)
    assert time.monotonic() - started < 1.5


def test_client_total_timeout_on_trickle(sandbox: SandboxServer) -> None:
    sandbox.faults.push(Fault(trickle=(1, 0.1, 50)))  # every byte in time, the whole far too late
    timeouts = Timeouts(connect=2, read=0.4, write=2, pool=2, total=0.6)
    started = time.monotonic()
    error = client_error(sandbox, lambda c: send(c, plan(make_config())), timeouts)
    assert error.kind is ErrorKind.TIMEOUT
    assert 0.55 < time.monotonic() - started < 1.5


def test_client_accepts_a_slow_but_timely_trickle(sandbox: SandboxServer) -> None:
    sandbox.faults.push(Fault(trickle=(64, 0.05, 5)))
    result = with_client(sandbox, lambda c: send(c, plan(make_config())))
    assert result.item["events"] == ["message", "message.ack"]


def test_client_close_without_answer(sandbox: SandboxServer) -> None:
    sandbox.faults.push(Fault(close_without_answer=True))
    error = client_error(sandbox, lambda c: send(c, plan(make_config())))
    assert error.kind is ErrorKind.CONNECTION_LOST


def test_client_close_after_delay(sandbox: SandboxServer) -> None:
    sandbox.faults.push(Fault(delay=0.1, close_without_answer=True))
    error = client_error(sandbox, lambda c: send(c, plan(make_config())))
    assert error.kind is ErrorKind.CONNECTION_LOST


def test_client_reset_mid_body(sandbox: SandboxServer) -> None:
    sandbox.faults.push(Fault(reset_mid_body=True))
    error = client_error(sandbox, lambda c: send(c, plan(make_config())))
    assert error.kind is ErrorKind.CONNECTION_LOST


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        (Fault(status=503, headers={"Retry-After": "7"}), ErrorKind.SERVER_ERROR),
        (Fault(status=429, body={"message": "Too many"}), ErrorKind.RATE_LIMITED),
        (Fault(status=403, body={"status": 403, "error": "quota_reached", "message": "Limit"}),
         ErrorKind.QUOTA_REACHED),
        (Fault(body="<html><body>Maintenance</body></html>", content_type="text/html"),
         ErrorKind.NOT_JSON),
        (Fault(body={"status": "success"}), ErrorKind.UNEXPECTED_SHAPE),
        (Fault(body={"status": "error", "message": "Engine down"}),
         ErrorKind.SERVER_REPORTED_ERROR),
        (Fault(status=418, body="I'm a teapot"), ErrorKind.HTTP_ERROR),
    ],
)
def test_client_classifies_canned_answers(
    sandbox: SandboxServer, fault: Fault, kind: ErrorKind
) -> None:
    sandbox.faults.push(fault)
    error = client_error(sandbox, lambda c: send(c, plan(make_config())))
    assert error.kind is kind
    if kind is ErrorKind.SERVER_ERROR:
        assert error.retry_after == 7


def test_client_cancel_during_hang(sandbox: SandboxServer) -> None:
    sandbox.faults.push(Fault.hang(SET))

    async def cancel_it(client: WawpClient) -> bool:
        task = asyncio.create_task(send(client, plan(make_config())))
        assert await asyncio.to_thread(sandbox.wait_for_requests, 1, 2.0)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            return True
        return False

    assert with_client(sandbox, cancel_it, Timeouts(total=30, read=30)) is True
    started = time.monotonic()
    sandbox.stop()
    assert time.monotonic() - started < 1.0  # far below the fault's own duration
