"""The exact body of POST /v2/webhook/set and the User-Agent."""

from __future__ import annotations

import json
import platform
import re

from wawp_desktop import __version__
from wawp_desktop.core.config import WebhookConfig
from wawp_desktop.core.request import (
    SET_WEBHOOK_PATH,
    ApiRequest,
    set_webhook_body,
    set_webhook_request,
    user_agent,
)


def config(**changes: object) -> WebhookConfig:
    base = {
        "instance_id": "ABC123def456",
        "access_token": "tok_0123456789",
        "url": "https://example.com/webhook",
        "events": ["message", "message.ack"],
    }
    base.update(changes)
    return WebhookConfig(**base)  # type: ignore[arg-type]


def test_minimal_body_is_exact() -> None:
    assert set_webhook_body(config()) == {
        "instance_id": "ABC123def456",
        "access_token": "tok_0123456789",
        "url": "https://example.com/webhook",
        "events": ["message", "message.ack"],
        "is_active": 1,
        "retries": {"delay": 2, "attempts": 15},
    }


def test_full_body_is_exact() -> None:
    body = set_webhook_body(
        config(
            name="  Orders server ",
            is_active=False,
            retry_delay=30,
            retry_attempts=3,
            hmac="0123456789abcdef0123",
        )
    )
    assert body == {
        "instance_id": "ABC123def456",
        "access_token": "tok_0123456789",
        "url": "https://example.com/webhook",
        "events": ["message", "message.ack"],
        "is_active": 0,
        "retries": {"delay": 30, "attempts": 3},
        "name": "Orders server",
        "hmac": "0123456789abcdef0123",
    }


def test_is_active_is_an_integer_not_a_boolean() -> None:
    on = set_webhook_body(config(is_active=True))["is_active"]
    off = set_webhook_body(config(is_active=False))["is_active"]
    assert (type(on), on) == (int, 1)
    assert (type(off), off) == (int, 0)
    assert '"is_active": 0' in json.dumps(set_webhook_body(config(is_active=False)))


def test_blank_name_and_empty_hmac_are_left_out() -> None:
    body = set_webhook_body(config(name="   ", hmac=""))
    assert "name" not in body
    assert "hmac" not in body


def test_events_are_copied_in_the_given_order() -> None:
    events = ["poll.vote", "message"]
    cfg = config(events=events)
    body = set_webhook_body(cfg)
    assert body["events"] == ["poll.vote", "message"]
    body["events"].append("call.received")
    assert cfg.events == ["poll.vote", "message"]


def test_body_is_json_serialisable_with_unicode() -> None:
    body = set_webhook_body(config(name="Büro ✓"))
    assert json.loads(json.dumps(body, ensure_ascii=False))["name"] == "Büro ✓"


def test_set_webhook_request() -> None:
    cfg = config(name="x")
    request = set_webhook_request(cfg)
    assert request == ApiRequest("POST", "/v2/webhook/set", set_webhook_body(cfg))
    assert SET_WEBHOOK_PATH == "/v2/webhook/set"


def test_user_agent() -> None:
    agent = user_agent()
    assert agent.startswith(f"WawpDesktop/{__version__} (")
    assert f"Python {platform.python_version()})" in agent
    assert re.fullmatch(r"WawpDesktop/\d+\.\d+\.\d+\S* \([^;()]+; Python [\d.]+\S*\)", agent)


def test_user_agent_without_a_known_os(monkeypatch) -> None:
    monkeypatch.setattr(platform, "system", lambda: "")
    assert "(unknown; Python" in user_agent()
