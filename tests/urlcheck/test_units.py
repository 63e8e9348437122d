"""Small parts of the URL check: the certificate reader and the answer preview."""

from __future__ import annotations

import datetime as dt

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from wawp_desktop.core.urlcheck.der import parse_certificate
from wawp_desktop.core.urlcheck.exchange import MAX_BODY_READ, PREVIEW_CHARS, preview


def test_certificate_reader_agrees_with_cryptography() -> None:
    ca = trustme.CA(organization_name="Reader Test Org")
    until = dt.datetime(2031, 5, 17, 8, 30, tzinfo=dt.UTC)
    leaf = ca.issue_cert("a.example.com", "b.example.com", common_name="a.example.com",
                         not_after=until)
    pem = leaf.cert_chain_pems[0].bytes()
    reference = x509.load_pem_x509_certificate(pem)
    der = reference.public_bytes(Encoding.DER)
    info = parse_certificate(der)
    assert info.not_after == reference.not_valid_after_utc == until
    assert info.not_before == reference.not_valid_before_utc
    assert info.dns_names == ("a.example.com", "b.example.com")
    assert info.common_name == "a.example.com"
    assert "Reader Test Org" in info.issuer_name
    assert not info.self_issued
    root = x509.load_pem_x509_certificate(ca.cert_pem.bytes())
    assert parse_certificate(root.public_bytes(Encoding.DER)).self_issued


def test_certificate_reader_refuses_garbage() -> None:
    with pytest.raises(ValueError):
        parse_certificate(b"\x30\x82\x01\x00not a certificate")


def test_preview_is_bounded_plain_text() -> None:
    assert preview(b"") == "(empty answer)"
    assert preview(b"ok\r\n\x1b[31mred") == "ok\n [31mred"
    long = preview(b"a" * (PREVIEW_CHARS + 50))
    assert long == "a" * PREVIEW_CHARS + "…"
    assert preview(b"x" * MAX_BODY_READ).endswith("…")
    assert preview(bytes(range(256))) == "(256 bytes that are not text)"
    assert preview("héllo".encode("latin-1"), "text/plain; charset=ISO-8859-1") == "héllo"
