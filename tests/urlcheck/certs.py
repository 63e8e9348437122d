"""Test certificates: a trustme root and intermediate, and the bad certificates receivers have."""

from __future__ import annotations

import datetime as dt
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

HOST = "receiver.example.com"


@dataclass
class TestPki:
    __test__ = False
    root: trustme.CA
    intermediate: trustme.CA
    workdir: Path

    def client_context(self) -> ssl.SSLContext:
        """What the check trusts: the test root only (the OS store is not involved)."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self.root.configure_trust(context)
        return context

    def server_context(self, chain_pems: list[bytes], key_pem: bytes) -> ssl.SSLContext:
        cert = self.workdir / f"chain-{len(list(self.workdir.iterdir()))}.pem"
        key = cert.with_suffix(".key")
        cert.write_bytes(b"".join(chain_pems))
        key.write_bytes(key_pem)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        return context

    def good(self, *names: str, not_after: dt.datetime | None = None) -> ssl.SSLContext:
        """Leaf from the intermediate, served with the intermediate (a complete chain)."""
        leaf = self.intermediate.issue_cert(*(names or (HOST,)), not_after=not_after)
        return self.server_context([p.bytes() for p in leaf.cert_chain_pems],
                                   leaf.private_key_pem.bytes())

    def incomplete(self) -> ssl.SSLContext:
        """The same kind of leaf, served without its intermediate."""
        leaf = self.intermediate.issue_cert(HOST)
        return self.server_context([leaf.cert_chain_pems[0].bytes()],
                                   leaf.private_key_pem.bytes())

    def expired(self) -> ssl.SSLContext:
        """A leaf the intermediate signed, valid until two days ago."""
        issuer_key = serialization.load_pem_private_key(
            self.intermediate.private_key_pem.bytes(), password=None
        )
        issuer = x509.load_pem_x509_certificate(self.intermediate.cert_pem.bytes())
        now = dt.datetime.now(dt.UTC)
        cert, key = _leaf(issuer.subject, issuer_key, now - dt.timedelta(days=90),
                          now - dt.timedelta(days=2))
        return self.server_context([_pem(cert), self.intermediate.cert_pem.bytes()], _key_pem(key))

    def self_signed(self) -> ssl.SSLContext:
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
        cert, _ = _leaf(subject, key, now - dt.timedelta(days=1), now + dt.timedelta(days=90),
                        key=key)
        return self.server_context([_pem(cert)], _key_pem(key))


def make_pki() -> TestPki:
    root = trustme.CA(organization_name="Wawp test root")
    return TestPki(root, root.create_child_ca(), Path(tempfile.mkdtemp(prefix="urlcheck-pki-")))


def _leaf(issuer_name: x509.Name, issuer_key, not_before, not_after, key=None):  # noqa: ANN001
    key = key or ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)]))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(HOST)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    return builder.sign(issuer_key, hashes.SHA256()), key


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _key_pem(key) -> bytes:  # noqa: ANN001
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())
