"""THE field table, settings/history values, Wawp's stored webhooks and their differences."""

from __future__ import annotations

import dataclasses

import pytest

from tests.plain_text import plain
from wawp_desktop.core import webhook
from wawp_desktop.core.webhook import (
    BY_NAME,
    FIELDS,
    PUBLIC_FIELDS,
    SECRET_FIELDS,
    WEBHOOK_FIELDS,
    StoredWebhook,
    WebhookConfig,
    check_table,
    describe_difference,
    differences,
    from_public,
    is_system_webhook,
    public_values,
)

URL = "https://a.example/h"


def full() -> WebhookConfig:
    return WebhookConfig(instance_id="ABC123def456", access_token="tok_secret_1", url=URL,
                         name="CRM", events=["message", "message.ack"], is_active=False,
                         retry_delay=9, retry_attempts=4, hmac="hmac_secret_123456")


# --- the table ------------------------------------------------------------------------------


def test_the_table_matches_webhook_config() -> None:
    check_table()
    assert [f.name for f in dataclasses.fields(WebhookConfig)] == [f.name for f in FIELDS]
    for spec in FIELDS:  # the table holds an immutable () for the events' empty list
        default = list(spec.default) if isinstance(spec.default, tuple) else spec.default
        assert getattr(WebhookConfig(), spec.name) == default, spec.name


def test_check_table_notices_a_missing_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webhook, "FIELDS", FIELDS[:-1])
    with pytest.raises(AssertionError, match="hmac"):
        check_table()


def test_secrets_credentials_and_keys() -> None:
    assert [f.name for f in SECRET_FIELDS] == ["access_token", "hmac"]
    assert "access_token" not in {f.name for f in PUBLIC_FIELDS}
    assert [f.name for f in FIELDS if f.credential] == ["instance_id", "access_token"]
    assert [f.name for f in WEBHOOK_FIELDS if f.key] == ["url"]
    assert BY_NAME["retry_delay"].problem_key == "retries.delay"
    assert BY_NAME["retry_delay"].group == BY_NAME["retry_attempts"].group == "retries"
    assert BY_NAME["name"].group == ""
    assert all(f.bounds for f in FIELDS if f.kind is webhook.Kind.COUNT)


def test_secrets_and_without_secrets() -> None:
    config = full()
    assert config.secrets() == ["tok_secret_1", "hmac_secret_123456"]
    bare = config.without_secrets()
    assert (bare.access_token, bare.hmac) == ("", "")
    assert bare.url == URL and bare.events == config.events
    assert bare.events is not config.events  # a copy: editing one leaves the other alone
    assert WebhookConfig().secrets() == []


def test_sent_values() -> None:
    config = full()
    config.name = "  CRM "
    assert config.sent_value(BY_NAME["name"]) == "CRM"
    assert config.sent_value(BY_NAME["is_active"]) == 0
    assert config.sent_value(BY_NAME["events"]) == ["message", "message.ack"]
    assert config.sent_value(BY_NAME["events"]) is not config.events
    assert config.sent_value(BY_NAME["retry_delay"]) == 9


# --- settings and history values ------------------------------------------------------------


def test_public_values_round_trip_without_secrets() -> None:
    values = public_values(full())
    assert "access_token" not in values and "hmac" not in values
    assert "tok_secret_1" not in repr(values) and "hmac_secret" not in repr(values)
    assert from_public(values) == full().without_secrets()


@pytest.mark.parametrize("data", [None, [], "x", 5])
def test_from_public_of_something_else_is_the_default(data: object) -> None:
    assert from_public(data) == WebhookConfig()


def test_from_public_tolerates_wrong_types() -> None:
    config = from_public({"instance_id": 5, "url": ["x"], "name": None, "events": [1],
                          "is_active": "maybe", "retry_delay": "soon", "retry_attempts": 2.5})
    assert config == WebhookConfig()


def test_from_public_repairs_loose_values() -> None:
    config = from_public({"events": ["message.ack", " message ", "nope", "message"],
                          "is_active": "0", "retry_delay": "7", "retry_attempts": 3.0,
                          "name": "CRM"})
    assert config.events == ["message", "message.ack"]  # known names, catalog order, once
    assert config.is_active is False
    assert (config.retry_delay, config.retry_attempts) == (7, 3)
    assert from_public({"events": "message"}).events == ["message"]
    assert from_public({"events": {"0": "message"}}).events == ["message"]


def test_from_public_never_reads_secrets() -> None:
    config = from_public({"access_token": "tok_secret_1", "hmac": "hmac_secret_123456"})
    assert config.secrets() == []


# --- what Wawp stores -----------------------------------------------------------------------


def test_parse_a_tidy_webhook() -> None:
    hook = StoredWebhook.parse({"url": f" {URL} ", "name": " CRM ", "events": ["message"],
                                "is_active": 1, "retries": {"delay": 2, "attempts": 15}})
    assert hook is not None
    assert (hook.url, hook.name, hook.events, hook.is_active) == (URL, "CRM", ["message"], True)
    assert (hook.value("retry_delay"), hook.value("retry_attempts")) == (2, 15)
    assert hook.has_hmac is False and not hook.is_system


def test_parse_php_shapes() -> None:
    hook = StoredWebhook.parse({"url": URL, "events": {"0": "message", "1": "message.ack"},
                                "is_active": "0", "retries": {"delay": "5", "attempts": "3"}})
    assert hook is not None
    assert hook.events == ["message", "message.ack"]
    assert hook.is_active is False
    assert (hook.value("retry_delay"), hook.value("retry_attempts")) == (5, 3)


def test_parse_waha_retries_and_flags() -> None:
    hook = StoredWebhook.parse({"url": URL, "events": [], "enabled": "false",
                                "retries": {"delaySeconds": "7", "attempts": "3",
                                            "policy": "constant"},
                                "hmac": "****"})
    assert hook is not None
    assert (hook.value("retry_delay"), hook.value("retry_attempts")) == (7, 3)
    assert hook.is_active is False and hook.has_hmac is True
    assert StoredWebhook.parse({"url": URL, "active": "1"}).is_active is True  # type: ignore[union-attr]


def test_parse_leaves_out_what_wawp_did_not_report() -> None:
    hook = StoredWebhook.parse({"url": URL, "is_active": "perhaps", "retries": "none",
                                "name": 5, "hmac": False})
    assert hook is not None
    assert hook.values == {}
    assert (hook.name, hook.events, hook.is_active) == ("", [], None)
    assert hook.value("retry_delay") is None and hook.has_hmac is False


def test_parse_keeps_unknown_events_wawp_reports() -> None:
    hook = StoredWebhook.parse({"url": URL, "events": ["message", "future.event", " ", 3,
                                                       "message"]})
    assert hook is not None and hook.events == ["message", "future.event"]
    assert hook.as_config(WebhookConfig()).events == ["message"]  # the form keeps known ones


@pytest.mark.parametrize("item", [{}, {"url": ""}, {"url": "  "}, {"url": 5}])
def test_parse_needs_a_url(item: dict) -> None:
    assert StoredWebhook.parse(item) is None


def test_as_config_keeps_the_credentials_and_never_an_hmac() -> None:
    hook = StoredWebhook.parse({"url": URL, "name": "CRM", "events": ["message"],
                                "is_active": 0, "retries": {"delay": 9}, "hmac": "****"})
    assert hook is not None
    config = hook.as_config(full())
    assert (config.instance_id, config.access_token) == ("ABC123def456", "tok_secret_1")
    assert (config.url, config.name, config.events, config.is_active) == (
        URL, "CRM", ["message"], False)
    assert (config.retry_delay, config.retry_attempts) == (9, 15)  # unreported: the default
    assert config.hmac == ""


# --- differences ----------------------------------------------------------------------------


def stored(**values: object) -> StoredWebhook:
    base = {"name": "CRM", "events": ["message", "message.ack"], "is_active": False,
            "retry_delay": 9, "retry_attempts": 4}
    return StoredWebhook(URL, base | values)


def test_no_differences_when_stored_as_asked() -> None:
    assert differences(full(), stored()) == []
    assert differences(full(), stored(events=["message.ack", "message"])) == []
    assert differences(full(), StoredWebhook(URL, {})) == []  # nothing reported to compare


def test_difference_texts() -> None:
    found = differences(full(), stored(name="Old", events=["message", "call.received"],
                                       is_active=True, retry_delay=2, retry_attempts=15))
    assert [plain(text) for text in found] == [
        "name asked “CRM”, stored “Old”",
        "asked for 2 events, 2 stored: message.ack missing; call.received not asked for",
        "asked for inactive, stored as active",
        "retry delay asked 9 s, stored 2 s",
        "number of attempts asked 4, stored 15",
    ]


def test_an_empty_name_is_not_compared_and_a_missing_webhook_is_named() -> None:
    config = full()
    config.name = ""
    assert differences(config, stored(name="Other")) == []
    assert [plain(t) for t in differences(full(), None)] == [
        f"{URL} is not among the instance's webhooks."]


def test_unknown_stored_events_are_reported() -> None:
    hook = StoredWebhook.parse({"url": URL, "events": ["message", "message.ack", "*"]})
    assert [plain(t) for t in differences(full(), hook)] == [
        "asked for 2 events, 3 stored: * not asked for"]


def test_checked_limits_the_compared_fields() -> None:
    drifted = stored(name="Old", is_active=True)
    assert differences(full(), drifted, checked=(BY_NAME["is_active"],)) == [
        "asked for inactive, stored as active"]


def test_describe_difference_of_one_event() -> None:
    assert plain(describe_difference(BY_NAME["events"], ["message"], [])) == (
        "asked for 1 event, 0 stored: message missing")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://app.wawp.net/api/webhook/abc", True),
        ("HTTPS://APP.WAWP.NET/api/webhook/abc", True),
        ("https://app.wawp.net/api/webhook/", False),
        ("http://app.wawp.net/api/webhook/abc", False),
        ("https://example.com/api/webhook/abc", False),
        ("https://[::1/api/webhook/x", False),
    ],
)
def test_is_system_webhook(url: str, expected: bool) -> None:
    assert is_system_webhook(url) is expected
