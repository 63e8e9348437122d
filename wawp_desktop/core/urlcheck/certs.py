"""Turn a TLS handshake's outcome into plain words: why a certificate failed, or how it looks."""

from __future__ import annotations

import _ssl
import math
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime

from . import messages as msg
from .der import CertInfo, parse_certificate
from .report import Level

EXPIRY_WARNING_DAYS = 14
"""A certificate that expires in fewer days than this gets a warning."""

# OpenSSL's X509_V_ERR_* codes (ssl.SSLCertVerificationError.verify_code)
_NOT_YET_VALID = 9
_EXPIRED = 10
_SELF_SIGNED = 18
_SELF_SIGNED_IN_CHAIN = 19
_LOCAL_ISSUER = 20
_FIRST_CERT = 21
_REVOKED = 23
_HOSTNAME = 62
_IP_ADDRESS = 64
_ISSUER_CERT = 2
_ENCODING_DER = getattr(_ssl, "ENCODING_DER", 2)


@dataclass(frozen=True, slots=True)
class TlsFinding:
    level: Level
    detail: str
    advice: str = ""
    summary: str = ""


def unverified_chain(ssl_object: object) -> list[bytes]:
    """The DER certificates the server sent, in its order ([] when Python cannot tell).

    ``get_unverified_chain`` is public from Python 3.13; 3.12 has it on the inner object.
    """
    for holder in (ssl_object, getattr(ssl_object, "_sslobj", None)):
        getter = getattr(holder, "get_unverified_chain", None)
        if getter is None:
            continue
        try:
            chain = getter() or []
        except (ssl.SSLError, ValueError):
            return []
        return [c if isinstance(c, bytes) else c.public_bytes(_ENCODING_DER) for c in chain]
    return []


def _verified_chain_length(ssl_object: object) -> int:
    for holder in (ssl_object, getattr(ssl_object, "_sslobj", None)):
        getter = getattr(holder, "get_verified_chain", None)
        if getter is not None:
            try:
                return len(getter() or [])
            except (ssl.SSLError, ValueError):
                return 0
    return 0


def _parse(chain: list[bytes]) -> list[CertInfo]:
    out = []
    for der in chain:
        try:
            out.append(parse_certificate(der))
        except ValueError:
            break
    return out


def days_left(not_after: datetime, now: datetime | None = None) -> int:
    now = now or datetime.now(UTC)
    return math.floor((not_after - now).total_seconds() / 86400)


def describe_verified(ssl_object: object, host: str, source: str,
                      now: datetime | None = None) -> TlsFinding:
    """The report for a handshake that verified: chain, name, days to expiry, warnings."""
    getpeercert = getattr(ssl_object, "getpeercert", None)
    leaf_der = getpeercert(binary_form=True) if getpeercert is not None else None
    chain = unverified_chain(ssl_object)
    if not leaf_der and chain:
        leaf_der = chain[0]
    try:
        leaf = parse_certificate(leaf_der) if leaf_der else None
    except ValueError:
        leaf = None
    if leaf is None:
        return TlsFinding(Level.OK, msg.tls_ok_undated(source, host))
    days = days_left(leaf.not_after, now)
    detail = msg.tls_ok(source, host, days, leaf.not_after, leaf.issuer_name)
    if days < EXPIRY_WARNING_DAYS:
        return TlsFinding(Level.WARN, detail, msg.t(msg.ADVICE_RENEW_SOON),
                          msg.tls_expiring(days, leaf.not_after))
    if len(chain) == 1 and not leaf.self_issued and _verified_chain_length(ssl_object) == 0:
        return TlsFinding(Level.WARN, f"{detail} {msg.t(msg.TLS_CHAIN_UNCONFIRMED)}",
                          msg.t(msg.ADVICE_FULL_CHAIN), msg.t(msg.TLS_CHAIN_UNCONFIRMED))
    return TlsFinding(Level.OK, detail)


def describe_failure(exc: ssl.SSLCertVerificationError, host: str,
                     chain: list[bytes]) -> TlsFinding:
    """Why verification failed, in words. ``chain`` is what the server sent (may be empty)."""
    code = getattr(exc, "verify_code", None)
    text = str(getattr(exc, "verify_message", "") or exc).lower()
    certs = _parse(chain)
    leaf = certs[0] if certs else None
    if code in (_HOSTNAME, _IP_ADDRESS) or "hostname" in text or "mismatch" in text:
        names = leaf.dns_names or ((leaf.common_name,) if leaf and leaf.common_name else ())
        return TlsFinding(Level.FAIL, msg.tls_wrong_name(host, names), msg.advice_wrong_name(host))
    if code == _EXPIRED or "expired" in text:
        return TlsFinding(Level.FAIL, msg.tls_expired(leaf.not_after if leaf else None),
                          msg.t(msg.ADVICE_RENEW))
    if code == _NOT_YET_VALID or "not yet valid" in text:
        return TlsFinding(Level.FAIL, msg.tls_not_yet_valid(leaf.not_before if leaf else None),
                          msg.t(msg.ADVICE_CLOCK))
    if code == _SELF_SIGNED or (leaf is not None and leaf.self_issued and len(certs) == 1):
        return TlsFinding(Level.FAIL, msg.t(msg.TLS_SELF_SIGNED), msg.t(msg.ADVICE_PUBLIC_CA))
    if code == _REVOKED or "revoked" in text:
        return TlsFinding(Level.FAIL, msg.t(msg.TLS_REVOKED), msg.t(msg.ADVICE_PUBLIC_CA))
    if code == _FIRST_CERT or (
        code in (_LOCAL_ISSUER, _ISSUER_CERT) and len(certs) == 1 and leaf is not None
    ):
        return TlsFinding(Level.FAIL, msg.t(msg.TLS_INCOMPLETE_CHAIN), msg.t(msg.ADVICE_FULL_CHAIN))
    if code in (_LOCAL_ISSUER, _ISSUER_CERT, _SELF_SIGNED_IN_CHAIN) or "not trusted" in text \
            or "self-signed" in text or "self signed" in text or "issuer" in text:
        top = certs[-1] if certs else None
        return TlsFinding(Level.FAIL, msg.tls_untrusted(top.issuer_name if top else ""),
                          msg.t(msg.ADVICE_UNTRUSTED))
    reason = str(getattr(exc, "verify_message", "") or getattr(exc, "reason", "") or exc)
    return TlsFinding(Level.FAIL, msg.tls_rejected(reason), msg.t(msg.ADVICE_UNTRUSTED))


def describe_ssl_error(exc: ssl.SSLError, port: int) -> TlsFinding:
    """A TLS failure that is not about the certificate (wrong protocol, no common version…)."""
    reason = str(getattr(exc, "reason", "") or exc)
    lowered = reason.lower()
    if "wrong_version_number" in lowered or "wrong version number" in lowered \
            or "record_layer" in lowered or "http_request" in lowered:
        return TlsFinding(Level.FAIL, msg.tls_not_tls(port), msg.t(msg.ADVICE_NOT_TLS))
    return TlsFinding(Level.FAIL, msg.tls_failed(reason.replace("_", " ").lower()),
                      msg.t(msg.ADVICE_TLS_VERSION))
