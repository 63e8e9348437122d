"""The sample event: Wawp's envelope, marked as a test, signed, and never carrying the token."""

from __future__ import annotations

import hashlib
import hmac
import json

from tests.conftest import run
from wawp_desktop.core.signatures import Scheme, sign
from wawp_desktop.core.urlcheck import STEP_SAMPLE, check_url

from .certs import HOST
from .servers import status

SECRET = "s3cr3t-päss"
TOKEN = "tok_9f8e7d6c5b4a"


def _received(serve, spy, pki, secret: str = SECRET):  # noqa: ANN001, ANN202
    server = serve(status(200), pki.good())
    report = run(check_url(f"https://{HOST}:{server.port}/in?src=wawp", hmac_secret=secret,
                           options=spy.options(pki)))
    assert len(server.received) == 1, report.as_text()
    return report, server.received[0]


def test_sample_is_a_marked_message_event_in_wawps_envelope(serve, spy, pki) -> None:
    report, got = _received(serve, spy, pki)
    assert got.method == "POST" and got.path == "/in?src=wawp"
    assert got.headers["x-wawp-desktop-test"] == "1"
    assert got.headers["content-type"] == "application/json"
    assert got.headers["host"] == f"{HOST}:{got.headers['host'].rsplit(':', 1)[1]}"
    event = json.loads(got.body)
    assert event["test"] is True
    assert event["event"] == "message"
    assert set(event) >= {"id", "timestamp", "session", "engine", "event", "payload", "me"}
    assert event["id"].startswith("evt_")
    assert isinstance(event["timestamp"], int)
    assert event["payload"]["body"] and event["payload"]["from"].endswith("@c.us")
    assert got.headers["x-webhook-request-id"] == event["id"]
    assert got.headers["x-webhook-timestamp"] == str(event["timestamp"])
    assert report.exchange.request_body == got.body.decode("utf-8")


def test_signatures_verify_with_an_independent_hmac(serve, spy, pki) -> None:
    report, got = _received(serve, spy, pki)
    key = SECRET.encode("utf-8")
    sha256 = hmac.new(key, got.body, hashlib.sha256).hexdigest()
    sha512 = hmac.new(key, got.body, hashlib.sha512).hexdigest()
    assert hmac.compare_digest(got.headers["x-wawp-signature"], sha256)
    assert hmac.compare_digest(got.headers["x-webhook-hmac"], sha512)
    assert got.headers["x-webhook-hmac-algorithm"] == "sha512"
    detail = report.step(STEP_SAMPLE).detail
    assert "X-Wawp-Signature (HMAC-SHA256, hex, of the body)" in detail
    assert "X-Webhook-Hmac (HMAC-SHA512, hex, of the body: WAHA's scheme)" in detail


def test_signing_matches_wahas_published_vector() -> None:
    body = b'{"event":"message","session":"default","engine":"WEBJS"}'
    assert sign(Scheme.HMAC_SHA512, "my-secret-key", body) == (
        "208f8a55dde9e05519e898b10b89bf0d0b3b0fdf11fdbf09b6b90476301b98d8"
        "097c462b2b17a6ce93b6b47a136cf2e78a33a63f6752c2c1631777076153fa89"
    )


def test_secret_and_token_never_sent(serve, spy, pki) -> None:
    _, got = _received(serve, spy, pki)
    raw = (got.raw_head + got.body).lower()
    assert SECRET.encode("utf-8").lower() not in raw
    assert TOKEN.encode() not in raw
    assert b"token" not in raw and b"access" not in raw and b"instance" not in raw


def test_unsigned_without_a_secret(serve, spy, pki) -> None:
    report, got = _received(serve, spy, pki, secret="")
    assert "x-wawp-signature" not in got.headers and "x-webhook-hmac" not in got.headers
    assert "Not signed: no HMAC secret is set." in report.step(STEP_SAMPLE).detail
