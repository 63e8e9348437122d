"""Property-based tests: the normalizer, the classifier and the validator on arbitrary input."""

from __future__ import annotations

import json
import string
from urllib.parse import urlsplit

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wawp_desktop.core import config_file
from wawp_desktop.core.errors import WawpError
from wawp_desktop.core.events import EVENTS, catalog_order
from wawp_desktop.core.normalize import ROOT_KEY, normalize
from wawp_desktop.core.outcome import ApiSuccess, classify
from wawp_desktop.core.save import VERIFIED, plan, read_back_summary, set_body, update_changes
from wawp_desktop.core.secrets import MASK, forget_secrets, redact, register_secret
from wawp_desktop.core.validation import check_instance_id, check_url, validate
from wawp_desktop.core.webhook import (
    RETRY_ATTEMPTS_RANGE,
    RETRY_DELAY_RANGE,
    StoredWebhook,
    WebhookConfig,
    differences,
    from_public,
)

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

KEYS = st.one_of(
    st.sampled_from(["status", "code", "message", "error", "webhook", "events", "is_active",
                     "enabled", "retries", "delay", "attempts", "hmac", "url", "0", "1", "10"]),
    st.text(max_size=8),
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=30,
)
STATUSES = st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 422, 429, 500, 502, 503])
HEADERS = st.dictionaries(st.sampled_from(["Retry-After", "Content-Type", "X-Other"]),
                          st.text(max_size=40), max_size=3)

# Unicode that stresses a validator: RTL, emoji, combining and control characters.
NASTY = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list("\u202e\u200f\u061c\u05d0\u0627\U0001f600\U0001f1fa\u0301\x00\x1b"
                             "\u2028\ufeff\t\n\r ")),
        st.sampled_from(list(string.ascii_letters + string.digits + ":/.@[]?#%")),
    ),
    max_size=60,
)
LONG = st.builds(lambda s, n: (s or "a") * n, st.text(min_size=1, max_size=3),
                 st.integers(3000, 10_000))


@SETTINGS
@given(JSON, st.one_of(st.none(), KEYS))
def test_normalize_never_raises(value, key) -> None:
    result = normalize(value, key)
    json.dumps(result)  # still plain JSON data
    assert normalize(value, ROOT_KEY) is not None or value is None


def _classify(status: int, headers: dict[str, str], body: bytes | str, item_key) -> None:
    try:
        result = classify(status, headers, body, item_key=item_key)
    except WawpError as error:
        assert error.message and error.summary()
        return
    assert isinstance(result, ApiSuccess)
    assert 200 <= result.status < 300


@SETTINGS
@given(STATUSES, HEADERS, JSON, st.sampled_from(["webhook", None]))
@example(429, {"Retry-After": "²"}, None, "webhook")  # a digit int() refuses (found once)
def test_classify_json_values(status, headers, value, item_key) -> None:
    _classify(status, headers, json.dumps(value).encode(), item_key)


@SETTINGS
@given(STATUSES, HEADERS, st.binary(max_size=400), st.sampled_from(["webhook", None]))
def test_classify_arbitrary_bytes(status, headers, body, item_key) -> None:
    _classify(status, headers, body, item_key)


@SETTINGS
@given(STATUSES, st.text(max_size=300))
def test_classify_arbitrary_text(status, text) -> None:
    _classify(status, {}, text, "webhook")


@SETTINGS
@given(st.one_of(NASTY, LONG))
def test_instance_id_validator(value: str) -> None:
    message = check_instance_id(value)
    valid = len(value) == 12 and value.isascii() and value.isalnum()
    assert (message is None) == valid, (value, message)


@SETTINGS
@given(st.one_of(NASTY, LONG, st.builds(lambda s: "https://" + s, NASTY),
                 st.builds(lambda s: "http://" + s, NASTY)))
def test_url_validator_accepts_only_https(value: str) -> None:
    message = check_url(value)
    if message is None:
        parts = urlsplit(value)
        assert parts.scheme.lower() == "https" and parts.hostname
        assert value.lower().startswith("https://")
        assert not any(ch.isspace() for ch in value) and len(value) <= 2048
        assert "@" not in parts.netloc
    else:
        assert isinstance(message, str) and message


@SETTINGS
@given(NASTY | LONG, NASTY | LONG, NASTY | LONG, NASTY | LONG, NASTY,
       st.lists(NASTY, max_size=4))
def test_validate_never_crashes(instance_id, token, url, name, hmac, events) -> None:
    config = WebhookConfig(instance_id=instance_id, access_token=token, url=url, name=name,
                           hmac=hmac, events=events)
    problems = validate(config)
    fields = {p.field for p in problems if p.is_error}
    if check_instance_id(instance_id) is not None:
        assert "instance_id" in fields
    if not url.lower().startswith("https://"):
        assert "url" in fields


def _nested(depth: int, opener: str, closer: str, leaf: str) -> str:
    return opener * depth + leaf + closer * depth


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 3000), st.sampled_from([("[", "]"), ('{"a":', "}"), ('{"0":', "}")]),
       STATUSES)
def test_classify_deeply_nested_json(depth, brackets, status) -> None:
    # Found by this suite: valid JSON a few hundred levels deep made the normalizer raise
    # RecursionError instead of a WawpError.
    opener, closer = brackets
    body = '{"webhook":' + _nested(depth, opener, closer, "1") + "}"

    def deep(frames: int) -> None:  # classify runs under qasync and Qt frames in the app
        if frames:
            return deep(frames - 1)
        _classify(status, {}, body, "webhook")

    deep(150)


# --- the field table, the save planner, files and redaction on arbitrary input --------------

EVENT_LISTS = st.lists(st.sampled_from([e.name for e in EVENTS]), unique=True, min_size=1,
                       max_size=6)
VALID_CONFIGS = st.builds(
    WebhookConfig,
    instance_id=st.text(alphabet=string.ascii_letters + string.digits, min_size=12,
                        max_size=12),
    access_token=st.builds(lambda s: "tok~" + s,  # "~": found nowhere else in a file
                           st.text(alphabet=string.ascii_letters + string.digits + "-_.",
                                   max_size=40)),
    url=st.builds(lambda host, path: f"https://{host}.example/{path}",
                  st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=10),
                  st.text(alphabet=string.ascii_lowercase + "/", max_size=10)),
    name=st.text(alphabet=string.ascii_letters + " ", max_size=20),
    events=EVENT_LISTS,
    is_active=st.booleans(),
    retry_delay=st.integers(*RETRY_DELAY_RANGE),
    retry_attempts=st.integers(*RETRY_ATTEMPTS_RANGE),
    hmac=st.just("") | st.builds(lambda s: "hm~" + s, st.text(
        alphabet=string.ascii_letters + string.digits, min_size=13, max_size=40)),
)


@SETTINGS
@given(JSON)
def test_from_public_and_stored_webhooks_never_raise(value) -> None:
    config = from_public(value)
    assert validate(config) is not None and config.secrets() == []
    if isinstance(value, dict):
        hook = StoredWebhook.parse(value | {"url": "https://a.example/h"})
        assert hook is not None and isinstance(hook.events, list)
        differences(config, hook)
        update_changes(hook, config)


@SETTINGS
@given(VALID_CONFIGS)
def test_a_webhook_stored_as_saved_verifies_and_needs_no_patch(config: WebhookConfig) -> None:
    assert validate(config) == [] or all(not p.is_error for p in validate(config))
    answer = normalize(set_body(config) | {"hmac": "****" if config.hmac else None}, ROOT_KEY)
    hook = StoredWebhook.parse(answer)
    assert hook is not None
    assert read_back_summary(config, hook) == (True, VERIFIED)
    request = plan(config, hook)
    if config.hmac:  # a typed secret cannot be compared: it is always sent
        assert request.method == "PATCH" and set(request.body or {}) == {
            "instance_id", "access_token", "url", "hmac"}
    else:
        assert request.method == "POST"


@SETTINGS
@given(VALID_CONFIGS, VALID_CONFIGS)
def test_a_patch_carries_exactly_the_changed_fields(old: WebhookConfig, new: WebhookConfig) -> None:
    new.url, new.hmac = old.url, ""
    hook = StoredWebhook.parse(normalize(set_body(old), ROOT_KEY))
    assert hook is not None
    request = plan(new, hook)
    if request.method == "POST":
        assert read_back_summary(new, hook)[0] or not new.name.strip()
        return
    body = request.body or {}
    assert {"instance_id", "access_token", "url"} <= set(body)
    stored_after = dict(hook.values)
    for key, value in body.items():
        if key == "retries":
            stored_after["retry_delay"], stored_after["retry_attempts"] = (
                value["delay"], value["attempts"])
        elif key == "is_active":
            stored_after[key] = bool(value)
        elif key in ("events", "name"):
            stored_after[key] = value
    assert read_back_summary(new, StoredWebhook(new.url, stored_after))[0]


@SETTINGS
@given(VALID_CONFIGS)
def test_config_files_round_trip_without_secrets(config: WebhookConfig) -> None:
    text = config_file.dumps(config)
    assert config.access_token not in text
    assert not config.hmac or config.hmac not in text
    result = config_file.loads(text)
    expected = config.without_secrets()
    expected.events = catalog_order(expected.events)
    assert result.errors == [] and result.config == expected


@SETTINGS
@given(st.text(min_size=4, max_size=40).filter(lambda s: len(s.strip()) >= 4), NASTY)
def test_a_registered_secret_never_survives_redaction(secret: str, around: str) -> None:
    register_secret(secret)
    try:
        for text in (f"{around}{secret}{around}", json.dumps({"note": secret}),
                     repr([secret]), json.dumps([secret], ensure_ascii=False)):
            assert secret.strip() not in redact(text).replace(MASK, "\x00"), text
    finally:
        forget_secrets()
