"""Import/export files."""

from __future__ import annotations

import json

from wawp_desktop.core import config_file
from wawp_desktop.core.form_state import FormState


def state() -> FormState:
    return FormState(instance_id="ABCDEF123456", url="https://x.example/h", name="CRM",
                     events=["message.ack", "message"], is_active=False, retry_delay=7,
                     retry_attempts=4)


def test_round_trip() -> None:
    text = config_file.dumps(state())
    doc = json.loads(text)
    assert doc["format"] == "wawp-desktop.webhook" and doc["version"] == 1
    assert doc["webhook"]["events"] == ["message", "message.ack"]
    result = config_file.loads(text)
    assert result.errors == [] and result.warnings == []
    assert result.state == FormState(**(state().to_dict() | {"events": ["message",
                                                                        "message.ack"]}))


def test_bad_files_explained() -> None:
    assert "not valid JSON" in config_file.loads("{").errors[0]
    assert "not a Wawp Desktop" in config_file.loads("[]").errors[0]
    doc = json.loads(config_file.dumps(state()))
    doc["webhook"].update(events=["message", "nope"], url="http://x", is_active="yes",
                          retries={"delay": 0, "attempts": "3"})
    result = config_file.loads(json.dumps(doc))
    assert result.state is None
    text = "\n".join(result.errors)
    for fragment in ("Unknown event: nope", "https://", "is_active", "retries.delay",
                     "retries.attempts"):
        assert fragment in text


def test_secrets_in_file_are_ignored_with_warning() -> None:
    doc = json.loads(config_file.dumps(state()))
    doc["webhook"]["access_token"] = "leaked"
    doc["webhook"]["hmac"] = "leaked2"
    result = config_file.loads(json.dumps(doc))
    assert result.state is not None and len(result.warnings) == 2
    assert "leaked" not in repr(result.state)
