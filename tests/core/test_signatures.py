"""Delivery signature schemes, with WAHA's published test vector."""

from __future__ import annotations

import hashlib
import hmac

from wawp_desktop.core.signatures import Scheme, match_scheme, verify_delivery

KEY = "my-secret-key"
BODY = '{"event":"message","session":"default","engine":"WEBJS"}'
WAHA = (
    "208f8a55dde9e05519e898b10b89bf0d0b3b0fdf11fdbf09b6b90476301b98d8"
    "097c462b2b17a6ce93b6b47a136cf2e78a33a63f6752c2c1631777076153fa89"
)


def test_waha_vector_is_sha512() -> None:
    verdict = verify_delivery(KEY, BODY, WAHA)
    assert verdict.scheme is Scheme.HMAC_SHA512
    assert "SHA512" in verdict.message
    assert verify_delivery(KEY, BODY, WAHA.upper()).scheme is Scheme.HMAC_SHA512
    assert verify_delivery(KEY, BODY, "sha512=" + WAHA).scheme is Scheme.HMAC_SHA512


def test_sha256_and_literal() -> None:
    digest = hmac.new(KEY.encode(), BODY.encode(), hashlib.sha256).hexdigest()
    assert match_scheme(KEY, BODY.encode(), digest) is Scheme.HMAC_SHA256
    assert match_scheme(KEY, BODY.encode(), f"  {KEY} ") is Scheme.LITERAL


def test_nothing_matches() -> None:
    assert verify_delivery("other-secret-key", BODY, WAHA).scheme is None
    assert verify_delivery(KEY, BODY + " ", WAHA).scheme is None
    assert "No scheme matches" in verify_delivery(KEY, BODY[:-1], WAHA).message


def test_trailing_newline_from_paste_is_tolerated() -> None:
    verdict = verify_delivery(KEY, BODY + "\n", WAHA)
    assert verdict.scheme is Scheme.HMAC_SHA512 and verdict.trimmed_body


def test_missing_inputs() -> None:
    assert verify_delivery("", BODY, WAHA).scheme is None
    assert "signature header" in verify_delivery(KEY, BODY, " ").message
