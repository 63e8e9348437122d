"""Check which signature scheme a received webhook delivery uses."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import Enum

from .i18n import QT_TRANSLATE_NOOP, translate


class Scheme(Enum):
    """The ways a delivery can carry the HMAC secret."""

    LITERAL = QT_TRANSLATE_NOOP("Signatures",
                                "the secret itself (X-Wawp-Signature holds the secret)")
    HMAC_SHA256 = QT_TRANSLATE_NOOP("Signatures", "HMAC-SHA256, hex, of the raw body")
    HMAC_SHA512 = QT_TRANSLATE_NOOP(
        "Signatures", "HMAC-SHA512, hex, of the raw body (as WAHA sends in X-Webhook-Hmac)")

    @property
    def label(self) -> str:
        """The scheme described in the user's language (``value`` is the English text)."""
        return translate("Signatures", self.value)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The matching scheme (None when none matches) and a sentence for the user."""

    scheme: Scheme | None
    message: str
    trimmed_body: bool = False


_PREFIXES = ("sha256=", "sha512=")


_DIGESTS = {Scheme.HMAC_SHA256: hashlib.sha256, Scheme.HMAC_SHA512: hashlib.sha512}


def sign(scheme: Scheme, secret: str, body: bytes) -> str:
    """The header value ``scheme`` gives for ``body`` and ``secret`` (hex for the HMACs)."""
    if scheme is Scheme.LITERAL:
        return secret
    return hmac.new(secret.encode("utf-8"), body, _DIGESTS[scheme]).hexdigest()


def _candidates(secret: str, body: bytes) -> list[tuple[Scheme, str]]:
    return [(scheme, sign(scheme, secret, body)) for scheme in Scheme]


def match_scheme(secret: str, body: bytes, header_value: str) -> Scheme | None:
    """The scheme whose value equals ``header_value`` (constant-time comparisons), or None."""
    value = header_value.strip()
    lowered = value.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix):
            lowered = lowered[len(prefix):]
    found: Scheme | None = None
    for scheme, expected in _candidates(secret, body):
        given = value if scheme is Scheme.LITERAL else lowered
        # compare every candidate so the time taken does not depend on which one matched
        if hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")) and not found:
            found = scheme
    return found


def verify_delivery(secret: str, body: str, header_value: str) -> Verdict:
    """Which scheme explains ``header_value`` for ``body`` signed with ``secret``."""
    if not secret:
        return Verdict(None, translate("Signatures", "Enter the HMAC secret first."))
    if not header_value.strip():
        return Verdict(None, translate("Signatures", "Paste the value of the signature header."))
    raw = body.encode("utf-8")
    scheme = match_scheme(secret, raw, header_value)
    trimmed = False
    if scheme is None and body != body.rstrip("\r\n"):
        scheme = match_scheme(secret, body.rstrip("\r\n").encode("utf-8"), header_value)
        trimmed = scheme is not None
    if scheme is None:
        return Verdict(
            None,
            translate("Signatures", "No scheme matches: the secret is different, or the body was "
                      "changed (paste it exactly as received, byte for byte)."),
        )
    if trimmed:
        text = translate("Signatures", "Match: {scheme} (after removing the line break at the end "
                         "of the pasted body).")
    else:
        text = translate("Signatures", "Match: {scheme}.")
    return Verdict(scheme, text.format(scheme=scheme.label), trimmed)
