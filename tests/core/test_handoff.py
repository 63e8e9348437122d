"""Hand-off text: cURL, PowerShell, httpx and the preview."""

from __future__ import annotations

import ast
import json
import shlex

from wawp_desktop.core.config import WebhookConfig
from wawp_desktop.core.handoff import (
    HMAC_PLACEHOLDER,
    TOKEN_PLACEHOLDER,
    as_curl,
    as_powershell,
    as_python,
    handoff_body,
    preview_json,
)
from wawp_desktop.core.request import set_webhook_body

TOKEN = "tok-SECRET-123"
HMAC = "hm'ac$(rm -rf ~)`x\"very"
API = "https://api.wawp.net/"


def config() -> WebhookConfig:
    return WebhookConfig(
        instance_id="ABCDEF123456", access_token=TOKEN, url="https://x.example/h?a=1&b='2'",
        events=["message", "message.ack"], name="O'Brien “CRM” ü", retry_delay=5,
        retry_attempts=3, hmac=HMAC,
    )


def _curl_body(command: str, ) -> dict:
    args = shlex.split(command.replace("\\\n", " "))
    assert args[:4] == ["curl", "-X", "POST", "https://api.wawp.net/v2/webhook/set"]
    return json.loads(args[args.index("--data-raw") + 1])


def test_curl_quoting_round_trips_with_secrets() -> None:
    assert _curl_body(as_curl(API, config(), include_secrets=True)) == set_webhook_body(config())


def test_placeholders_by_default_everywhere() -> None:
    cfg = config()
    expected = set_webhook_body(cfg) | {"access_token": TOKEN_PLACEHOLDER,
                                        "hmac": HMAC_PLACEHOLDER}
    assert handoff_body(cfg) == expected
    assert _curl_body(as_curl(API, cfg)) == expected
    for text in (as_curl(API, cfg), as_powershell(API, cfg), as_python(API, cfg),
                 preview_json(cfg)):
        assert TOKEN not in text and "rm -rf" not in text and "very" not in text


def test_powershell_single_quotes_round_trip() -> None:
    text = as_powershell(API, config(), include_secrets=True)
    start = text.index("GetBytes('") + len("GetBytes('")
    end = text.rindex("'))")
    body = text[start:end].replace("''", "'")
    assert json.loads(body) == set_webhook_body(config())
    assert "-Uri 'https://api.wawp.net/v2/webhook/set'" in text


def test_python_script_is_valid_and_sends_same_body() -> None:
    source = as_python(API, config(), include_secrets=True)
    tree = ast.parse(source)
    assign = next(n for n in tree.body if isinstance(n, ast.Assign))
    assert ast.literal_eval(assign.value) == set_webhook_body(config())
    assert "httpx.post('https://api.wawp.net/v2/webhook/set', json=body" in source


def test_preview_is_exact_body_with_masks() -> None:
    shown = json.loads(preview_json(config()))
    body = set_webhook_body(config())
    assert shown.keys() == body.keys()
    assert shown["access_token"] == "••••••" and shown["hmac"] == "••••••"
    assert {k: v for k, v in shown.items() if k not in ("access_token", "hmac")} == {
        k: v for k, v in body.items() if k not in ("access_token", "hmac")}


def test_no_hmac_key_when_no_secret() -> None:
    cfg = config()
    cfg.hmac = ""
    assert "hmac" not in handoff_body(cfg)
