"""The sample delivery: a `message` event in Wawp's envelope, marked as a test, maybe signed."""

from __future__ import annotations

import json
import platform
import secrets
import time
from dataclasses import dataclass

from ... import __version__
from ..signatures import Scheme, sign

TEST_HEADER = "X-Wawp-Desktop-Test"
SIGNATURE_HEADER = "X-Wawp-Signature"
"""Reading (b) of Wawp's documentation: HMAC-SHA256, hex, of the raw body."""
WAHA_HMAC_HEADER = "X-Webhook-Hmac"
"""WAHA's scheme (the engine Wawp runs on): HMAC-SHA512, hex, of the raw body."""
WAHA_ALGORITHM_HEADER = "X-Webhook-Hmac-Algorithm"
SIGNING_SCHEMES = ((SIGNATURE_HEADER, Scheme.HMAC_SHA256), (WAHA_HMAC_HEADER, Scheme.HMAC_SHA512))
SAMPLE_TEXT = "Test event from Wawp Desktop: if you read this, your webhook URL works."


@dataclass(frozen=True, slots=True)
class SampleDelivery:
    """The exact body bytes and the headers (apart from Host, Content-Length, Connection)."""

    body: bytes
    headers: tuple[tuple[str, str], ...]
    signed: bool


def sample_event(now_ms: int | None = None, event_id: str | None = None) -> dict:
    """A `message` event shaped like Wawp's deliveries (WAHA's envelope), with ``test: true``."""
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    event_id = event_id or f"evt_test_{secrets.token_hex(8)}"
    return {
        "id": event_id,
        "timestamp": now_ms,
        "session": "wawp-desktop-test",
        "engine": "WEBJS",
        "event": "message",
        "test": True,
        "payload": {
            "id": f"false_10000000000@c.us_TEST{event_id[-8:].upper()}",
            "timestamp": now_ms // 1000,
            "from": "10000000000@c.us",
            "fromMe": False,
            "to": "10000000001@c.us",
            "body": SAMPLE_TEXT,
            "hasMedia": False,
            "ack": 1,
            "ackName": "SERVER",
            "vCards": {},
        },
        "me": {"id": "10000000001@c.us", "pushName": "Wawp Desktop test"},
    }


def user_agent() -> str:
    return f"WawpDesktop/{__version__} (webhook URL check; {platform.system() or 'unknown'})"


def build_sample(hmac_secret: str = "", event: dict | None = None) -> SampleDelivery:
    """Body and headers of the test delivery. Signed in both schemes when a secret is given."""
    event = event if event is not None else sample_event()
    body = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers: list[tuple[str, str]] = [
        ("User-Agent", user_agent()),
        ("Content-Type", "application/json"),
        ("Accept", "*/*"),
        (TEST_HEADER, "1"),
        ("X-Webhook-Request-Id", str(event.get("id", ""))),
        ("X-Webhook-Timestamp", str(event.get("timestamp", ""))),
    ]
    if hmac_secret:
        for header, scheme in SIGNING_SCHEMES:
            headers.append((header, sign(scheme, hmac_secret, body)))
        headers.append((WAHA_ALGORITHM_HEADER, "sha512"))
    return SampleDelivery(body, tuple(headers), bool(hmac_secret))
