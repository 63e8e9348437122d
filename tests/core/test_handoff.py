"""Hand-off text: cURL, PowerShell, httpx and the preview."""

from __future__ import annotations

import ast
import json
import shlex

from wawp_desktop.core.handoff import (
    HMAC_PLACEHOLDER,
    TOKEN_PLACEHOLDER,
    as_curl,
    as_powershell,
    as_python,
    handoff_body,
    preview_json,
)
from wawp_desktop.core.request import ApiRequest
from wawp_desktop.core.save import plan, set_body
from wawp_desktop.core.webhook import StoredWebhook, WebhookConfig

TOKEN = "tok-SECRET-123"
HMAC = "hm'ac$(rm -rf ~)`x\"very"
API = "https://api.wawp.net/"


def request(cfg: WebhookConfig | None = None) -> ApiRequest:
    return plan(cfg or config())


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
    assert _curl_body(as_curl(API, request(), include_secrets=True)) == set_body(config())


def test_placeholders_by_default_everywhere() -> None:
    cfg = config()
    expected = set_body(cfg) | {"access_token": TOKEN_PLACEHOLDER,
                                        "hmac": HMAC_PLACEHOLDER}
    assert handoff_body(request(cfg)) == expected
    assert _curl_body(as_curl(API, request(cfg))) == expected
    req = request(cfg)
    for text in (as_curl(API, req), as_powershell(API, req), as_python(API, req),
                 preview_json(req)):
        assert TOKEN not in text and "rm -rf" not in text and "very" not in text


def test_powershell_single_quotes_round_trip() -> None:
    text = as_powershell(API, request(), include_secrets=True)
    start = text.index("GetBytes('") + len("GetBytes('")
    end = text.rindex("'))")
    body = text[start:end].replace("''", "'")
    assert json.loads(body) == set_body(config())
    assert "-Uri 'https://api.wawp.net/v2/webhook/set'" in text


def test_python_script_is_valid_and_sends_same_body() -> None:
    source = as_python(API, request(), include_secrets=True)
    tree = ast.parse(source)
    assign = next(n for n in tree.body if isinstance(n, ast.Assign))
    assert ast.literal_eval(assign.value) == set_body(config())
    assert "httpx.request('POST', 'https://api.wawp.net/v2/webhook/set', json=body" in source


def test_preview_is_exact_body_with_masks() -> None:
    shown = json.loads(preview_json(request()))
    body = set_body(config())
    assert shown.keys() == body.keys()
    assert shown["access_token"] == "••••••" and shown["hmac"] == "••••••"
    assert {k: v for k, v in shown.items() if k not in ("access_token", "hmac")} == {
        k: v for k, v in body.items() if k not in ("access_token", "hmac")}


def test_no_hmac_key_when_no_secret() -> None:
    cfg = config()
    cfg.hmac = ""
    assert "hmac" not in handoff_body(request(cfg))


def stored(**changes: object) -> StoredWebhook:
    cfg = config()
    values = dict(events=list(cfg.events), name=cfg.name, is_active=True,
                  retry_delay=cfg.retry_delay, retry_attempts=cfg.retry_attempts)
    values.update(changes)
    url = str(values.pop("url", cfg.url))
    return StoredWebhook(url, values)


def test_editing_hands_off_the_patch_with_only_the_changes() -> None:
    req = plan(config(), stored(name="Old name", events=["message"]))
    assert (req.method, req.path) == ("PATCH", "/v2/webhook/update")
    changed = {k for k in req.body if k not in ("instance_id", "access_token", "url")}
    assert "name" in changed and "events" in changed and "retries" not in changed
    curl = as_curl(API, req, include_secrets=True).replace("\\\n", " ")
    args = shlex.split(curl)
    assert args[:4] == ["curl", "-X", "PATCH", "https://api.wawp.net/v2/webhook/update"]
    assert json.loads(args[args.index("--data-raw") + 1]) == req.body
    assert "-Method Patch -Uri 'https://api.wawp.net/v2/webhook/update'" in as_powershell(API, req)
    assert "httpx.request('PATCH', 'https://api.wawp.net/v2/webhook/update'" in as_python(API, req)
    assert TOKEN not in preview_json(req) and TOKEN not in as_curl(API, req)


def test_set_when_nothing_is_edited_or_the_url_differs_or_nothing_changed() -> None:
    assert plan(config()).method == "POST"
    assert plan(config(), stored(url="https://elsewhere.example/h")).method == "POST"
    unchanged = config()
    unchanged.hmac = ""  # a secret cannot be compared, so a typed one is always sent
    assert plan(unchanged, stored()).path == "/v2/webhook/set"
