"""The sandbox over real loopback HTTP (httpx and the stdlib): wire format, lifecycle, logging."""

from __future__ import annotations

import http.client
import json
import logging
import socket
import time

import httpx
import pytest

from tests.sandbox.helpers import HOOK_URL, INFO, SET, webhook_body
from wawp_desktop.core.secrets import MASK, redact
from wawp_desktop.sandbox import (
    DEMO_FREE_ID,
    DEMO_FREE_TOKEN,
    DEMO_PAID_ID,
    DEMO_PAID_TOKEN,
    SandboxServer,
    SandboxState,
)
from wawp_desktop.sandbox.server import MAX_REQUEST_BODY, SandboxRequestHandler


def test_set_success_over_http(sandbox: SandboxServer, http: httpx.Client) -> None:
    response = http.post(SET, json=webhook_body(name="CRM"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.json()["webhook"] == {
        "url": HOOK_URL, "name": "CRM", "events": {"0": "message", "1": "message.ack"},
        "is_active": 1, "enabled": True, "retries": {"delay": 2, "attempts": 15},
    }
    assert response.json()["message"] == "Webhook set successfully."


def test_update_in_place_over_http(sandbox: SandboxServer, http: httpx.Client) -> None:
    http.post(SET, json=webhook_body())
    http.post(SET, json=webhook_body(url="https://other.example/h"))
    response = http.post(SET, json=webhook_body(events=["session.status"], is_active=0))
    assert response.json()["webhook"]["enabled"] is False
    hooks = sandbox.state.webhooks(DEMO_PAID_ID)
    assert [(h["url"], h["events"]) for h in hooks] == [
        (HOOK_URL, ["session.status"]), ("https://other.example/h", ["message", "message.ack"]),
    ]


def test_credentials_in_query_and_header(sandbox: SandboxServer, http: httpx.Client) -> None:
    fields = {"url": HOOK_URL, "events": ["message"]}
    in_query = http.post(
        SET, params={"instance_id": DEMO_PAID_ID, "access_token": DEMO_PAID_TOKEN}, json=fields
    )
    assert in_query.status_code == 200
    in_header = http.post(
        SET, params={"instance_id": DEMO_PAID_ID}, headers={"Access-Token": DEMO_PAID_TOKEN},
        json={**fields, "url": "https://two.example/h"},
    )
    assert in_header.status_code == 200
    assert len(sandbox.state.webhooks(DEMO_PAID_ID)) == 2
    refused = http.post(SET, params={"instance_id": DEMO_PAID_ID},
                        headers={"Access-Token": "nope"}, json=fields)
    assert refused.status_code == 401


@pytest.mark.parametrize(
    ("body", "status", "expected"),
    [
        (webhook_body(instance_id="NOSUCHID0000"), 404,
         {"status": "error", "code": "instance_not_found", "message": "Instance not found"}),
        (webhook_body(access_token="wrong"), 401,
         {"status": 401, "message": "Invalid access token", "error": "unauthorized"}),
        (webhook_body(instance_id=DEMO_FREE_ID, access_token=DEMO_FREE_TOKEN), 403,
         {"status": "error", "code": "subscription_required",
          "message": "Webhooks are available on paid plans only."}),
        (webhook_body(events=["nope"]), 400,
         {"error": {"code": "invalid_parameter", "message": "Unknown event: nope."}}),
    ],
)
def test_error_answers_over_http(
    http: httpx.Client, body: dict[str, object], status: int, expected: dict[str, object]
) -> None:
    response = http.post(SET, json=body)
    assert response.status_code == status
    assert response.json() == expected


def test_plain_text_400(http: httpx.Client) -> None:
    response = http.post(SET, content=b"instance_id=x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == "Bad Request: body must be JSON"


def test_unknown_path_and_wrong_method(http: httpx.Client) -> None:
    missing = http.post("/v2/nope", json={})
    assert missing.status_code == 404
    assert missing.json() == {"status": "error", "message": "Not found"}
    wrong = http.patch(SET, json={})
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert http.put(INFO).status_code == 405


def test_session_info_get_and_post(http: httpx.Client) -> None:
    creds = {"instance_id": DEMO_PAID_ID, "access_token": DEMO_PAID_TOKEN}
    got = http.get(INFO, params=creds)
    posted = http.post(INFO, json=creds)
    assert got.status_code == posted.status_code == 200
    assert got.json() == posted.json()
    assert got.json()["status"] == "WORKING"


def test_requests_are_recorded(sandbox: SandboxServer, http: httpx.Client) -> None:
    http.post(SET, params={"x": "1"}, json=webhook_body(), headers={"X-Trace": "abc"})
    http.post(SET, content=b"not json")
    http.get(INFO)
    assert sandbox.wait_for_requests(3, timeout=1)
    first, second, third = sandbox.requests
    assert (first.method, first.path, first.query) == ("POST", SET, {"x": "1"})
    assert first.headers["x-trace"] == "abc"
    assert first.headers["content-type"] == "application/json"
    assert first.json == webhook_body()
    assert (second.body, second.json) == (b"not json", None)
    assert (third.method, third.path, third.body, third.json) == ("GET", INFO, b"", None)


def test_wait_for_requests_times_out(sandbox: SandboxServer) -> None:
    assert sandbox.wait_for_requests(1, timeout=0.01) is False


def test_keep_alive_reuses_the_connection(sandbox: SandboxServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=5)
    try:
        body = json.dumps(webhook_body())
        conn.request("POST", SET, body=body, headers={"Content-Type": "application/json"})
        first = conn.getresponse()
        assert first.status == 200 and first.version == 11
        assert first.getheader("Content-Length") == str(len(first.read()))
        sock = conn.sock
        assert sock is not None  # the server did not ask to close
        conn.request("POST", SET, body=body, headers={"Content-Type": "application/json"})
        second = conn.getresponse()
        second.read()
        assert second.status == 200 and conn.sock is sock
    finally:
        conn.close()


def test_handler_settings() -> None:
    assert SandboxRequestHandler.protocol_version == "HTTP/1.1"
    assert SandboxRequestHandler.disable_nagle_algorithm is True


def test_chunked_request_body(http: httpx.Client) -> None:
    payload = json.dumps(webhook_body()).encode()
    response = http.post(SET, content=iter([payload[:10], payload[10:]]),
                         headers={"Content-Type": "application/json"})
    assert response.status_code == 200


def test_body_too_large(http: httpx.Client) -> None:
    response = http.post(SET, content=b" " * (MAX_REQUEST_BODY + 1))
    assert response.status_code == 413
    assert response.headers["connection"] == "close"


def test_bad_content_length(sandbox: SandboxServer) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(b"POST /v2/webhook/set HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n")
        reply = b""
        while chunk := sock.recv(4096):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 400 ")
    assert reply.endswith(b"Bad Request: invalid Content-Length")


def test_logging_is_quiet_and_masks_tokens(
    sandbox: SandboxServer, http: httpx.Client, caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG, logger="wawp_desktop.sandbox")
    params = {"instance_id": DEMO_PAID_ID, "access_token": DEMO_PAID_TOKEN, "hmac": "secret1"}
    http.get(INFO, params=params)
    http.post(SET, json=webhook_body(hmac="secret2"))
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "/v2/session/info" in text and f"access_token={MASK}" in text
    for secret in (DEMO_PAID_TOKEN, "secret1", "secret2"):
        assert secret not in text
    assert capsys.readouterr().err == ""


def test_request_lines_are_redacted_by_the_shared_rules() -> None:
    assert redact("GET /x?access_token=abc&a=1&ACCESS-TOKEN=d&hmac=e HTTP/1.1") == (
        f"GET /x?access_token={MASK}&a=1&ACCESS-TOKEN={MASK}&hmac={MASK} HTTP/1.1"
    )


def test_lifecycle() -> None:
    server = SandboxServer(state=SandboxState())
    with pytest.raises(RuntimeError):
        _ = server.url
    server.stop()  # stopping a server that never started is harmless
    with server as running:
        assert running is server and server.running
        assert server.url == f"http://127.0.0.1:{server.port}" and server.port > 0
        with pytest.raises(RuntimeError):
            server.start()
        with httpx.Client() as client:
            assert client.get(server.url + "/").status_code == 404
    assert not server.running
    server.stop()  # twice is fine
    with httpx.Client() as client, pytest.raises(httpx.ConnectError):
        client.get(server.url + "/")


def test_restart_serves_again() -> None:
    server = SandboxServer().start()
    server.stop()
    server.start()
    try:
        with httpx.Client() as client:
            assert client.get(server.url + "/").status_code == 404
    finally:
        server.stop()


def test_stop_cuts_idle_keep_alive_connections(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.url) as client:
        assert client.get("/").status_code == 404  # leaves a pooled keep-alive connection
        started = time.monotonic()
        sandbox.stop()
        assert time.monotonic() - started < 1.0


def test_verbose_log_masks_a_url_encoded_token_in_the_path(
    sandbox: SandboxServer, http, caplog: pytest.LogCaptureFixture  # noqa: ANN001
) -> None:
    """``-v`` logs every request line: a token put in the path or under another key, URL-encoded,
    is masked too (the sandbox knows its instances' tokens)."""
    from urllib.parse import quote

    instance = sandbox.state.get(DEMO_PAID_ID)
    instance.access_token = "tok+en/with spaces&more"
    caplog.set_level(logging.DEBUG, logger="wawp_desktop.sandbox")
    encoded = quote(instance.access_token, safe="")
    http.get(f"/v2/session/info/{encoded}", params={"key": instance.access_token})
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "/v2/session/info/" in text
    assert encoded not in text and quote(instance.access_token) not in text
    assert "tok+en" not in text and "tok%2Ben" not in text
