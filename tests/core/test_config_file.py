"""Import/export files."""

from __future__ import annotations

import json

from tests.plain_text import plain
from wawp_desktop.core import config_file
from wawp_desktop.core.webhook import WebhookConfig


def config() -> WebhookConfig:
    return WebhookConfig(instance_id="ABCDEF123456", url="https://x.example/h", name="CRM",
                         events=["message.ack", "message"], is_active=False, retry_delay=7,
                         retry_attempts=4)


def test_round_trip() -> None:
    text = config_file.dumps(config())
    doc = json.loads(text)
    assert doc["format"] == "wawp-desktop.webhook" and doc["version"] == 1
    assert doc["webhook"]["events"] == ["message", "message.ack"]
    assert doc["webhook"]["retries"] == {"delay": 7, "attempts": 4}
    result = config_file.loads(text)
    assert result.errors == [] and result.warnings == []
    expected = config()
    expected.events = ["message", "message.ack"]
    assert result.config == expected


def test_export_never_holds_secrets() -> None:
    secret_config = config()
    secret_config.access_token = "tok_never_exported"
    secret_config.hmac = "hmac_never_exported_123"
    text = config_file.dumps(secret_config)
    assert "never_exported" not in text
    assert "access_token" not in text and "hmac" not in text


def test_bad_files_explained() -> None:
    assert "not valid JSON" in config_file.loads("{").errors[0]
    assert "not a Wawp Desktop" in config_file.loads("[]").errors[0]
    assert "version" in config_file.loads('{"format": "wawp-desktop.webhook"}').errors[0]
    doc = json.loads(config_file.dumps(config()))
    doc["webhook"].update(events=["message", "nope"], url="http://x", is_active="yes",
                          retries={"delay": 0, "attempts": "3"})
    result = config_file.loads(json.dumps(doc))
    assert result.config is None
    text = "\n".join(result.errors)
    for fragment in ("Unknown event: nope", "https://", "is_active", "retries.delay",
                     "retries.attempts"):
        assert fragment in plain(text)


def test_missing_and_empty_required_fields() -> None:
    doc = json.loads(config_file.dumps(config()))
    del doc["webhook"]["url"], doc["webhook"]["events"]
    result = config_file.loads(json.dumps(doc))
    assert result.config is None
    assert "“url”" in plain(result.errors[0]) and "“events”" in plain(result.errors[1])
    doc = json.loads(config_file.dumps(config()))
    doc["webhook"]["url"] = ""
    assert config_file.loads(json.dumps(doc)).config is None


def test_optional_fields_may_be_empty_or_missing() -> None:
    doc = json.loads(config_file.dumps(config()))
    doc["webhook"].update(instance_id="", name="")
    del doc["webhook"]["is_active"], doc["webhook"]["retries"]
    result = config_file.loads(json.dumps(doc))
    assert result.errors == []
    assert result.config is not None
    assert (result.config.instance_id, result.config.name) == ("", "")
    assert result.config.is_active is True
    assert (result.config.retry_delay, result.config.retry_attempts) == (2, 15)


def test_retries_that_are_not_an_object_are_refused() -> None:
    doc = json.loads(config_file.dumps(config()))
    doc["webhook"]["retries"] = 5
    result = config_file.loads(json.dumps(doc))
    assert result.config is None
    assert "“retries” must be an object" in plain(result.errors[0])


def test_secrets_in_file_are_ignored_with_warning() -> None:
    doc = json.loads(config_file.dumps(config()))
    doc["webhook"]["access_token"] = "leaked"
    doc["webhook"]["hmac"] = "leaked2"
    result = config_file.loads(json.dumps(doc))
    assert result.config is not None and len(result.warnings) == 2
    assert "leaked" not in repr(result.config)


def test_deeply_nested_file_is_refused_not_crashing() -> None:
    result = config_file.loads("[" * 100_000 + "]" * 100_000)
    assert result.config is None and result.errors
