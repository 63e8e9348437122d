"""The save planner: the exact set body, POST-vs-PATCH, the changed fields, the read-back."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import run
from tests.plain_text import plain
from wawp_desktop.core.outcome import ApiSuccess
from wawp_desktop.core.request import SET_WEBHOOK_PATH, UPDATE_WEBHOOK_PATH, ApiRequest
from wawp_desktop.core.save import (
    VERIFIED,
    find_webhook,
    plan,
    read_back_summary,
    send,
    set_body,
    update_changes,
)
from wawp_desktop.core.webhook import StoredWebhook, WebhookConfig

URL = "https://example.com/webhook"
CREDENTIALS = {"instance_id": "ABC123def456", "access_token": "tok_0123456789"}


def config(**changes: object) -> WebhookConfig:
    base: dict[str, Any] = {**CREDENTIALS, "url": URL, "events": ["message", "message.ack"]}
    base.update(changes)
    return WebhookConfig(**base)


def stored(url: str = URL, **values: object) -> StoredWebhook:
    """What Wawp reports for ``config()`` unless ``values`` say otherwise."""
    reported: dict[str, Any] = {"events": ["message", "message.ack"], "is_active": True,
                                "retry_delay": 2, "retry_attempts": 15}
    reported.update(values)
    return StoredWebhook(url, {k: v for k, v in reported.items() if v is not None})


# --- set_body ------------------------------------------------------------------------------


def test_minimal_body_is_exact() -> None:
    assert set_body(config()) == {
        **CREDENTIALS,
        "url": URL,
        "events": ["message", "message.ack"],
        "is_active": 1,
        "retries": {"delay": 2, "attempts": 15},
    }


def test_full_body_is_exact() -> None:
    body = set_body(config(name="  Orders server ", is_active=False, retry_delay=30,
                           retry_attempts=3, hmac="0123456789abcdef0123"))
    assert body == {
        **CREDENTIALS,
        "url": URL,
        "name": "Orders server",
        "events": ["message", "message.ack"],
        "is_active": 0,
        "retries": {"delay": 30, "attempts": 3},
        "hmac": "0123456789abcdef0123",
    }


def test_is_active_is_an_integer_not_a_boolean() -> None:
    on = set_body(config(is_active=True))["is_active"]
    off = set_body(config(is_active=False))["is_active"]
    assert (type(on), on) == (int, 1)
    assert (type(off), off) == (int, 0)
    assert '"is_active": 0' in json.dumps(set_body(config(is_active=False)))


def test_blank_name_and_empty_hmac_are_left_out() -> None:
    body = set_body(config(name="   ", hmac=""))
    assert "name" not in body and "hmac" not in body


def test_events_are_copied_in_the_given_order() -> None:
    cfg = config(events=["poll.vote", "message"])
    body = set_body(cfg)
    assert body["events"] == ["poll.vote", "message"]
    body["events"].append("call.received")
    assert cfg.events == ["poll.vote", "message"]


def test_body_is_json_serialisable_with_unicode() -> None:
    body = set_body(config(name="Büro ✓"))
    assert json.loads(json.dumps(body, ensure_ascii=False))["name"] == "Büro ✓"


# --- plan: POST or PATCH -------------------------------------------------------------------


def test_a_new_webhook_is_set() -> None:
    cfg = config(name="x")
    assert plan(cfg) == ApiRequest("POST", SET_WEBHOOK_PATH, set_body(cfg))
    assert SET_WEBHOOK_PATH == "/v2/webhook/set"


def test_editing_the_same_url_patches_only_the_changed_fields() -> None:
    request = plan(config(events=["message"], name="New"), stored(name="Old"))
    assert (request.method, request.path) == ("PATCH", UPDATE_WEBHOOK_PATH)
    assert request.body == {**CREDENTIALS, "url": URL, "name": "New", "events": ["message"]}


def test_editing_another_url_sets_it() -> None:
    request = plan(config(events=["message"]), stored("https://elsewhere.example/h"))
    assert request == ApiRequest("POST", SET_WEBHOOK_PATH, set_body(config(events=["message"])))


def test_a_trailing_slash_is_another_url() -> None:
    assert plan(config(is_active=False), stored(URL + "/")).method == "POST"


def test_nothing_changed_sends_set() -> None:
    cfg = config()
    assert plan(cfg, stored()) == ApiRequest("POST", SET_WEBHOOK_PATH, set_body(cfg))


def test_events_in_another_order_are_not_a_change() -> None:
    assert plan(config(events=["message.ack", "message"]), stored()).method == "POST"


def test_retries_are_sent_together() -> None:
    request = plan(config(retry_delay=9), stored())
    assert request.method == "PATCH"
    assert request.body == {**CREDENTIALS, "url": URL, "retries": {"delay": 9, "attempts": 15}}
    request = plan(config(retry_attempts=4), stored())
    assert request.body is not None and request.body["retries"] == {"delay": 2, "attempts": 4}


def test_an_empty_hmac_keeps_the_stored_one() -> None:
    hook = StoredWebhook(URL, stored().values, has_hmac=True)
    request = plan(config(is_active=False), hook)
    assert request.method == "PATCH" and request.body is not None
    assert "hmac" not in request.body and request.body["is_active"] == 0
    assert plan(config(), hook).method == "POST"  # nothing else changed


def test_a_typed_hmac_is_always_sent() -> None:
    request = plan(config(hmac="s" * 20), stored())
    assert request.method == "PATCH"
    assert request.body == {**CREDENTIALS, "url": URL, "hmac": "s" * 20}


def test_flags_are_sent_as_integers_in_a_patch() -> None:
    request = plan(config(is_active=False), stored())
    assert request.body == {**CREDENTIALS, "url": URL, "is_active": 0}


def test_the_name_is_trimmed_before_comparing_and_cleared_when_emptied() -> None:
    assert plan(config(name="  CRM "), stored(name="CRM")).method == "POST"
    request = plan(config(name=""), stored(name="CRM"))
    assert request.method == "PATCH"
    assert request.body == {**CREDENTIALS, "url": URL, "name": ""}


# --- update_changes ------------------------------------------------------------------------


def test_update_changes_only_what_differs() -> None:
    hook = stored(name="CRM", events=["message"])
    assert update_changes(hook, config(events=["message"], name="CRM")) == {}
    changes = update_changes(hook, config(events=["message", "call.received"], hmac="s" * 20))
    assert changes == {"name": "", "events": ["message", "call.received"], "hmac": "s" * 20}


def test_fields_wawp_did_not_report_count_as_changed() -> None:
    hook = StoredWebhook(URL, {"events": ["message", "message.ack"]})
    assert update_changes(hook, config()) == {"is_active": 1,
                                              "retries": {"delay": 2, "attempts": 15}}
    assert update_changes(hook, config(name="")) == update_changes(hook, config())
    assert update_changes(hook, config(name="CRM"))["name"] == "CRM"


# --- read-back -----------------------------------------------------------------------------


def test_read_back_verified() -> None:
    assert read_back_summary(config(), stored()) == (True, VERIFIED)
    assert read_back_summary(config(events=["message.ack", "message"]), stored())[0] is True


def test_read_back_differences() -> None:
    asked = config(events=["message", "poll.vote.failed"])
    drifted = stored(events=["message"], is_active=False, retry_delay=5, retry_attempts=3)
    verified, text = read_back_summary(asked, drifted)
    text = plain(text)
    assert not verified and text.startswith("Stored differently: ") and text.endswith(".")
    assert "asked for 2 events, 1 stored: poll.vote.failed missing" in text
    assert "stored as inactive" in text
    assert "retry delay asked 2 s, stored 5 s" in text
    assert "number of attempts asked 15, stored 3" in text


def test_read_back_of_a_missing_webhook() -> None:
    verified, text = read_back_summary(config(), None)
    assert not verified and f"{URL} is not among the instance's webhooks" in plain(text)


def test_read_back_ignores_fields_not_reported_and_secrets() -> None:
    assert read_back_summary(config(hmac="s" * 20), StoredWebhook(URL, {}))[0] is True


def test_find_webhook_needs_the_exact_url() -> None:
    hooks = [stored(URL + "/"), stored()]
    assert find_webhook(hooks, URL) is hooks[1]
    assert find_webhook(hooks, "https://other.example/") is None


# --- send ----------------------------------------------------------------------------------


class FakeClient:
    """Records calls; answers with ``data``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.calls: list[tuple[ApiRequest, str | None]] = []

    async def call(self, request: ApiRequest, *, item_key: str | None = None) -> ApiSuccess:
        self.calls.append((request, item_key))
        item = self.data.get(item_key) if item_key else None
        return ApiSuccess(200, self.data, item)


def test_send_set_asks_for_the_stored_webhook() -> None:
    client = FakeClient({"webhook": {"url": URL}})
    result = run(send(client, plan(config())))  # type: ignore[arg-type]
    assert client.calls == [(plan(config()), "webhook")]
    assert result.item == {"url": URL}


@pytest.mark.parametrize(("data", "item"), [
    ({"webhook": {"url": URL}}, {"url": URL}),
    ({"status": "success"}, None),
    ({"webhook": "updated"}, None),
])
def test_send_update_takes_the_webhook_when_the_answer_has_one(data, item) -> None:
    client = FakeClient(data)
    request = plan(config(is_active=False), stored())
    result = run(send(client, request))  # type: ignore[arg-type]
    assert client.calls == [(request, None)]
    assert result.item == item
