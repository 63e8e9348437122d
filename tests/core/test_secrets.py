"""The only redaction: registered secrets, secret-looking values, data scrubbing, masked bodies."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import quote, quote_plus

import pytest

from wawp_desktop.core.secrets import (
    MASK,
    SECRET_KEYS,
    forget_secrets,
    mask_body,
    redact,
    register_secret,
    scrub,
)

TOKEN = "tok_9f3Kq7LmZx2Wv8Rn"
ODD = "s3cr3t/with+plus&amp=x y"  # changes when URL-encoded


@pytest.fixture(autouse=True)
def no_registered_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()


# --- redact --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "hidden"), [
    ("GET /v2/webhook/set?instance_id=ABC&access_token=abc123def", "abc123def"),
    ("GET /x?access%5Ftoken=abc123def", "abc123def"),
    ('{"instance_id": "ABC", "access_token": "abc123def"}', "abc123def"),
    ("{'hmac': 'abc123def', 'url': 'https://x'}", "abc123def"),
    ("Authorization: Bearer abc123def", "abc123def"),
    ("hmac=abc123def&url=https://x", "abc123def"),
    ("access-token: abc123def", "abc123def"),
    ("GET /v2/session/webhook\n  Access-Token:  abc123def\nAccept: */*", "abc123def"),
    ("password=abc123def", "abc123def"),
])
def test_secret_looking_values_are_masked(text: str, hidden: str) -> None:
    redacted = redact(text)
    assert hidden not in redacted and MASK in redacted


def test_a_header_line_keeps_the_other_lines() -> None:
    text = "POST /v2/webhook/set\naccess-token: abc123def\nAccept: application/json"
    assert redact(text) == f"POST /v2/webhook/set\naccess-token: {MASK}\nAccept: application/json"


def test_ordinary_text_is_left_alone() -> None:
    text = "Saved https://example.com/hook?a=1 with 3 events (token kept in the keyring)."
    assert redact(text) == text
    assert redact("") == ""


def test_registered_secrets_are_masked_anywhere() -> None:
    register_secret(TOKEN)
    register_secret("abc")  # too short to mask safely: ignored
    register_secret(None)
    assert redact(f"saving with {TOKEN}!") == f"saving with {MASK}!"
    assert redact("abc") == "abc"


def test_url_encoded_forms_of_a_registered_secret_are_masked() -> None:
    register_secret(ODD)
    for form in (ODD, quote(ODD, safe=""), quote_plus(ODD, safe="")):
        assert form not in redact(f"sent x={form} to the server"), form
    assert redact(f"https://h/?q={quote_plus(ODD)}").endswith(MASK)


def test_extra_secrets_are_masked_without_registering() -> None:
    assert redact(f"a {TOKEN} b", extra=[TOKEN]) == f"a {MASK} b"
    assert redact(f"a {TOKEN} b") == f"a {TOKEN} b"
    assert redact("a ab b", extra=["ab", ""]) == "a ab b"  # too short: left


def test_forget_secrets_stops_masking() -> None:
    register_secret(TOKEN)
    forget_secrets()
    assert TOKEN in redact(f"x {TOKEN}")


def test_a_longer_secret_is_masked_whole_before_a_shorter_one_inside_it() -> None:
    register_secret("abcd")
    register_secret("abcdefgh")
    assert redact("key abcdefgh") == f"key {MASK}"


# --- scrub ---------------------------------------------------------------------------------


def test_scrub_masks_secret_keys_and_secret_text_at_any_depth() -> None:
    data = {"webhook": {"hmac": "whatever", "note": f"used {TOKEN} here",
                        "list": [{"Access_Token": "x"}, [TOKEN], 5, None]},
            "url": "https://x.example/h", "token": ""}
    clean = scrub(data, [TOKEN])
    assert clean == {"webhook": {"hmac": MASK, "note": f"used {MASK} here",
                                 "list": [{"Access_Token": MASK}, [MASK], 5, None]},
                     "url": "https://x.example/h", "token": ""}
    assert TOKEN not in json.dumps(clean)
    assert data["webhook"]["hmac"] == "whatever"  # the input is untouched


def test_scrub_uses_registered_secrets() -> None:
    register_secret(TOKEN)
    assert scrub([f"a {TOKEN}"]) == [f"a {MASK}"]


def test_scrub_cuts_absurd_nesting() -> None:
    deep: list = []
    node = deep
    for _ in range(5000):
        node.append([])
        node = node[0]
    clean = scrub(deep)
    depth = 0
    while isinstance(clean, list) and clean:
        clean, depth = clean[0], depth + 1
    assert clean == "…" and depth < 5000


def test_secret_keys_cover_the_request_fields() -> None:
    assert {"access_token", "access-token", "hmac"} <= SECRET_KEYS


# --- mask_body -----------------------------------------------------------------------------


def test_mask_body_masks_token_and_hmac() -> None:
    body = {"instance_id": "ABC123def456", "access_token": TOKEN, "url": "https://x/h",
            "hmac": "hmac_secret_value_123"}
    shown = mask_body(body)
    assert shown == {"instance_id": "ABC123def456", "access_token": MASK, "url": "https://x/h",
                     "hmac": MASK}
    assert body["access_token"] == TOKEN  # the original is untouched
    assert mask_body(body, "T", "H") == body | {"access_token": "T", "hmac": "H"}


def test_mask_body_leaves_absent_or_empty_secrets() -> None:
    assert mask_body({"url": "u"}) == {"url": "u"}
    assert mask_body({"url": "u", "hmac": ""}) == {"url": "u", "hmac": ""}
    assert mask_body({"access_token": "", "url": "u"}) == {"access_token": MASK, "url": "u"}


QUOTED = "hm'ac$(rm -rf ~)`x\"very\\long"  # quotes and a backslash: escaped in JSON and reprs


def test_escaped_forms_of_a_registered_secret_are_masked() -> None:
    register_secret(QUOTED)
    for text in (repr({"note": QUOTED}), json.dumps({"note": f"x {QUOTED}"}),
                 json.dumps([QUOTED], ensure_ascii=False), f"plain {QUOTED}"):
        redacted = redact(text)
        assert "very" not in redacted and "rm -rf" not in redacted, redacted


def test_a_secret_key_with_escaped_quotes_in_its_value_is_masked_whole() -> None:
    for text in (json.dumps({"hmac": QUOTED, "url": "https://x"}),
                 repr({"hmac": QUOTED, "url": "https://x"})):
        redacted = redact(text)
        assert "very" not in redacted and "rm -rf" not in redacted, redacted
        assert "https://x" in redacted
