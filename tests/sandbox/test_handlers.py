"""The sandbox endpoints as pure functions (no sockets): shapes, validation, errors."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.sandbox.helpers import HOOK_URL, INFO, SET, webhook_body
from wawp_desktop.sandbox import (
    DEMO_FAILED_ID,
    DEMO_FAILED_TOKEN,
    DEMO_FREE_ID,
    DEMO_FREE_TOKEN,
    DEMO_PAID_ID,
    DEMO_PAID_TOKEN,
    DEMO_QR_ID,
    DEMO_QR_TOKEN,
    HMAC_MASK,
    Answer,
    ApiCall,
    Instance,
    SandboxState,
    dispatch,
)

NOT_JSON = b"Bad Request: body must be JSON"


@pytest.fixture
def state() -> SandboxState:
    return SandboxState.demo()


def post(state: SandboxState, body: Any, path: str = SET, **call: Any) -> Answer:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return dispatch(state, ApiCall("POST", path, body=raw, **call))


def data(answer: Answer) -> Any:
    assert answer.content_type == "application/json"
    return json.loads(answer.body)


def test_set_success_shape(state: SandboxState) -> None:
    answer = post(state, webhook_body(name="CRM"))
    assert answer.status == 200
    assert data(answer) == {
        "status": "success",
        "message": "Webhook set successfully.",
        "webhook": {
            "url": HOOK_URL,
            "name": "CRM",
            "events": {"0": "message", "1": "message.ack"},
            "is_active": 1,
            "enabled": True,
            "retries": {"delay": 2, "attempts": 15},
        },
    }
    assert state.webhooks(DEMO_PAID_ID) == [{
        "url": HOOK_URL, "name": "CRM", "events": ["message", "message.ack"],
        "is_active": True, "retries": {"delay": 2, "attempts": 15}, "hmac": None,
    }]


def test_set_inactive_with_retries_and_hmac(state: SandboxState) -> None:
    secret = "s3cret-value-that-must-not-leak"
    answer = post(state, webhook_body(
        is_active=0, retries={"delay": 5, "attempts": 3}, hmac=secret,
    ))
    hook = data(answer)["webhook"]
    assert (hook["is_active"], hook["enabled"]) == (0, False)
    assert hook["retries"] == {"delay": 5, "attempts": 3}
    assert hook["hmac"] == HMAC_MASK
    assert "name" not in hook
    assert secret.encode() not in answer.body
    assert state.webhooks(DEMO_PAID_ID)[0]["hmac"] == secret


def test_set_updates_in_place_and_resets_omitted_fields(state: SandboxState) -> None:
    post(state, webhook_body(name="first", hmac="k" * 16))
    post(state, webhook_body(url="https://second.example/h"))
    answer = post(state, webhook_body(events=["poll.vote"], is_active=False))
    assert data(answer)["webhook"]["events"] == {"0": "poll.vote"}
    hooks = state.webhooks(DEMO_PAID_ID)
    assert [h["url"] for h in hooks] == [HOOK_URL, "https://second.example/h"]
    assert hooks[0] == {
        "url": HOOK_URL, "name": "", "events": ["poll.vote"], "is_active": False,
        "retries": {"delay": 2, "attempts": 15}, "hmac": None,
    }


def test_set_system_webhook_syncs_dashboard(state: SandboxState) -> None:
    instance = state.get(DEMO_PAID_ID)
    assert instance is not None
    answer = data(post(state, webhook_body(url=instance.system_webhook_url)))
    assert answer["system_webhook"] == 1
    assert "synced" in answer["message"]
    assert answer["webhook"]["url"] == instance.system_webhook_url
    assert "system_webhook" not in data(post(state, webhook_body()))


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"events": {"0": "message", "1": "message.ack"}}, ["message", "message.ack"]),
        ({"events": ["message", "message", "poll.vote"]}, ["message", "poll.vote"]),
        ({"is_active": "0"}, False),
        ({"is_active": True}, True),
        ({"is_active": None}, True),
        ({"retries": {"delay": 7}}, {"delay": 7, "attempts": 15}),
        ({"url": "  https://hooks.example.com/wawp  "}, HOOK_URL),
        ({"name": "  CRM  ", "unknown_field": [1, 2]}, "CRM"),
    ],
)
def test_set_is_loose_like_php(
    state: SandboxState, overrides: dict[str, Any], expected: Any
) -> None:
    assert post(state, webhook_body(**overrides)).status == 200
    stored = state.webhooks(DEMO_PAID_ID)[0]
    assert stored[next(iter(overrides))] == expected


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"url": None}, "The url parameter is required."),
        ({"url": ""}, "The url parameter is required."),
        ({"url": 42}, "The url parameter is required."),
        ({"url": "http://hooks.example.com/wawp"}, "The url must be a valid https:// address."),
        ({"url": "ftp://hooks.example.com"}, "The url must be a valid https:// address."),
        ({"url": "https://"}, "The url must be a valid https:// address."),
        ({"url": "https://h.example:99999/x"}, "The url must be a valid https:// address."),
        ({"url": "https://[::1/x"}, "The url must be a valid https:// address."),
        ({"events": None}, "The events parameter is required."),
        ({"events": "message"}, "The events parameter must be an array of event names."),
        ({"events": {"a": "message"}}, "The events parameter must be an array of event names."),
        ({"events": []}, "The events parameter must contain at least one event."),
        ({"events": {}}, "The events parameter must contain at least one event."),
        ({"events": ["message", "nope"]}, "Unknown event: nope."),
        ({"events": [1, "message"]}, "Unknown event: 1."),
        ({"is_active": 2}, "The is_active parameter must be 1 or 0."),
        ({"is_active": "yes"}, "The is_active parameter must be 1 or 0."),
        ({"is_active": []}, "The is_active parameter must be 1 or 0."),
        ({"retries": "2,15"}, "The retries parameter must be an object with delay and attempts."),
        ({"retries": [2, 15]}, "The retries parameter must be an object with delay and attempts."),
        ({"retries": {"delay": 0}}, "retries.delay must be a positive whole number."),
        ({"retries": {"delay": "2"}}, "retries.delay must be a positive whole number."),
        ({"retries": {"delay": 1.5}}, "retries.delay must be a positive whole number."),
        ({"retries": {"attempts": -1}}, "retries.attempts must be a positive whole number."),
        ({"retries": {"attempts": True}}, "retries.attempts must be a positive whole number."),
        ({"name": 5}, "The name parameter must be a string."),
        ({"hmac": {"key": "x"}}, "The hmac parameter must be a string."),
    ],
)
def test_set_validation_errors(
    state: SandboxState, overrides: dict[str, Any], message: str
) -> None:
    answer = post(state, webhook_body(**overrides))
    assert answer.status == 400
    assert data(answer) == {"error": {"code": "invalid_parameter", "message": message}}
    assert state.webhooks(DEMO_PAID_ID) == []


@pytest.mark.parametrize(
    "body", [b"", b"   ", b"not json", b"[1, 2]", b'"text"', b"{", b"\xff\xfe"]
)
def test_set_body_must_be_a_json_object(state: SandboxState, body: bytes) -> None:
    answer = post(state, body)
    assert (answer.status, answer.body) == (400, NOT_JSON)
    assert answer.content_type.startswith("text/plain")


def test_missing_instance_id(state: SandboxState) -> None:
    body = webhook_body()
    del body["instance_id"]
    answer = post(state, body)
    assert answer.status == 400
    assert data(answer)["code"] == "missing_parameter"


def test_unknown_instance(state: SandboxState) -> None:
    answer = post(state, webhook_body(instance_id="NOSUCHID0000", url="http://bad"))
    assert answer.status == 404  # credentials are checked before the webhook fields
    assert data(answer) == {
        "status": "error", "code": "instance_not_found", "message": "Instance not found",
    }


@pytest.mark.parametrize("token", ["wrong", "", None, DEMO_FREE_TOKEN, DEMO_PAID_TOKEN + " "])
def test_wrong_or_missing_token(state: SandboxState, token: str | None) -> None:
    answer = post(state, webhook_body(access_token=token))
    assert answer.status == 401
    assert data(answer) == {
        "status": 401, "message": "Invalid access token", "error": "unauthorized",
    }


def test_free_plan_gets_subscription_required(state: SandboxState) -> None:
    answer = post(state, webhook_body(
        instance_id=DEMO_FREE_ID, access_token=DEMO_FREE_TOKEN, url="http://bad",
    ))
    assert answer.status == 403
    assert data(answer) == {
        "status": "error", "code": "subscription_required",
        "message": "Webhooks are available on paid plans only.",
    }
    assert state.webhooks(DEMO_FREE_ID) == []


def test_credentials_from_query_and_header(state: SandboxState) -> None:
    body = {"url": HOOK_URL, "events": ["message"]}
    creds = {"instance_id": DEMO_PAID_ID, "access_token": DEMO_PAID_TOKEN}
    in_query = post(state, body, query=creds)
    in_header = post(state, body, query={"instance_id": DEMO_PAID_ID},
                     headers={"access-token": DEMO_PAID_TOKEN})
    assert (in_query.status, in_header.status) == (200, 200)
    body_wins = post(state, webhook_body(access_token="wrong"),
                     headers={"access-token": DEMO_PAID_TOKEN})
    assert body_wins.status == 401


def test_numeric_credentials_are_compared_as_text() -> None:
    state = SandboxState()
    state.add(Instance("123456789012", "987654"))
    answer = post(state, webhook_body(instance_id=123456789012, access_token=987654))
    assert answer.status == 200


def test_session_info(state: SandboxState) -> None:
    creds = {"instance_id": DEMO_PAID_ID, "access_token": DEMO_PAID_TOKEN}
    expected = {
        "name": "wawp-84729105", "status": "WORKING", "config": {"webhooks": {}, "proxy": None},
        "me": {"id": "201000000001@c.us", "pushName": "Paid Demo"},
    }
    assert data(post(state, creds, path=INFO)) == expected
    assert data(post(state, b"", path=INFO, query=creds)) == expected
    got = dispatch(state, ApiCall("GET", INFO, query=creds))
    assert (got.status, data(got)) == (200, expected)


@pytest.mark.parametrize(
    ("instance_id", "token", "status", "me"),
    [
        (DEMO_FREE_ID, DEMO_FREE_TOKEN, "WORKING", True),  # free plans may read session info
        (DEMO_QR_ID, DEMO_QR_TOKEN, "SCAN_QR_CODE", False),
        (DEMO_FAILED_ID, DEMO_FAILED_TOKEN, "FAILED", True),
    ],
)
def test_session_info_statuses(
    state: SandboxState, instance_id: str, token: str, status: str, me: bool
) -> None:
    answer = data(post(state, {"instance_id": instance_id, "access_token": token}, path=INFO))
    assert answer["status"] == status
    assert (answer["me"] is not None) == me


def test_session_info_errors(state: SandboxState) -> None:
    assert post(state, {"instance_id": DEMO_PAID_ID}, path=INFO).status == 401
    assert post(state, {"instance_id": "NOSUCHID0000"}, path=INFO).status == 404
    assert post(state, {}, path=INFO).status == 400
    assert post(state, b"[]", path=INFO).body == NOT_JSON


def test_unknown_path_and_wrong_method(state: SandboxState) -> None:
    missing = dispatch(state, ApiCall("POST", "/v2/nothing"))
    assert (missing.status, data(missing)) == (404, {"status": "error", "message": "Not found"})
    wrong = dispatch(state, ApiCall("GET", SET))
    assert wrong.status == 405
    assert wrong.headers == {"Allow": "POST"}
    assert data(wrong) == {"status": "error", "message": "Method not allowed"}
    assert dispatch(state, ApiCall("DELETE", INFO)).headers == {"Allow": "GET, POST"}


def test_trailing_slash_and_lower_case_method(state: SandboxState) -> None:
    answer = dispatch(state, ApiCall("post", SET + "/", body=json.dumps(webhook_body()).encode()))
    assert answer.status == 200


def test_routing_table_is_extensible(state: SandboxState) -> None:
    def ping(state: SandboxState, call: ApiCall) -> Answer:
        return Answer(200, b"pong", "text/plain")

    answer = dispatch(state, ApiCall("GET", "/v2/ping"), routes={("GET", "/v2/ping"): ping})
    assert answer.body == b"pong"
