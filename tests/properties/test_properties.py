"""Property-based tests: the normalizer, the classifier and the validator on arbitrary input."""

from __future__ import annotations

import json
import string
from urllib.parse import urlsplit

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wawp_desktop.core.config import WebhookConfig, check_instance_id, check_url, validate
from wawp_desktop.core.errors import WawpError
from wawp_desktop.core.normalize import ROOT_KEY, normalize
from wawp_desktop.core.outcome import ApiSuccess, classify

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
