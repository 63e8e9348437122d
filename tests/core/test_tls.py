"""The TLS context: verifying by default, OS trust store or certifi, and an extra CA file."""

from __future__ import annotations

import ssl
import sys
from pathlib import Path

import httpx
import pytest
import trustme

from wawp_desktop.core.client import transport_error
from wawp_desktop.core.errors import ErrorKind
from wawp_desktop.core.tls import TlsSetup, create_tls_setup

HOSTNAME = "api.wawp.test"


@pytest.fixture(autouse=True)
def no_env_ca(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "corp-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture(scope="module")
def server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(HOSTNAME).configure_cert(context)
    return context


def handshake(client_ctx: ssl.SSLContext, server_ctx: ssl.SSLContext, hostname: str) -> None:
    """A full TLS handshake in memory; raises what the client's verification raises."""
    c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
    client = client_ctx.wrap_bio(c_in, c_out, server_hostname=hostname)
    server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
    done = {"client": False, "server": False}
    for _ in range(20):
        for name, side in (("client", client), ("server", server)):
            if done[name]:
                continue
            try:
                side.do_handshake()
                done[name] = True
            except ssl.SSLWantReadError:
                pass
        s_in.write(c_out.read())
        c_in.write(s_out.read())
        if all(done.values()):
            return
    raise AssertionError("handshake did not finish")


def subjects(context: ssl.SSLContext) -> list[str]:
    return [
        value
        for cert in context.get_ca_certs()
        for rdn in cert.get("subject", ())
        for key, value in rdn
        if key in ("organizationName", "organizationalUnitName", "commonName")
    ]


def test_default_context_verifies() -> None:
    setup = create_tls_setup()
    assert isinstance(setup, TlsSetup)
    assert setup.context.verify_mode == ssl.CERT_REQUIRED
    assert setup.context.check_hostname is True
    assert setup.source == "operating system trust store"
    assert setup.context.minimum_version in (ssl.TLSVersion.MINIMUM_SUPPORTED,
                                             ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3)


def test_default_context_does_not_trust_an_unknown_ca(server_context: ssl.SSLContext) -> None:
    context = create_tls_setup().context
    with pytest.raises(ssl.SSLCertVerificationError) as info:
        handshake(context, server_context, HOSTNAME)
    try:
        raise httpx.ConnectError("tls") from info.value
    except httpx.ConnectError as wrapped:
        err = transport_error(wrapped, HOSTNAME)
    assert err.kind is ErrorKind.TLS_FAILURE
    assert "not trusted by this computer" in err.message


def test_extra_ca_file_is_loaded_and_trusted(ca_file: Path,
                                             server_context: ssl.SSLContext) -> None:
    setup = create_tls_setup(str(ca_file))
    assert setup.source == "operating system trust store + corp-ca.pem"
    assert setup.context.verify_mode == ssl.CERT_REQUIRED
    assert setup.context.check_hostname is True
    # truststore does not list its CA certificates: the handshake proves the CA is trusted.
    handshake(setup.context, server_context, HOSTNAME)


def test_extra_ca_does_not_disable_hostname_checks(ca_file: Path,
                                                   server_context: ssl.SSLContext) -> None:
    context = create_tls_setup(str(ca_file)).context
    with pytest.raises(ssl.SSLCertVerificationError) as info:
        handshake(context, server_context, "other.example")
    try:
        raise httpx.ConnectError("tls") from info.value
    except httpx.ConnectError as wrapped:
        err = transport_error(wrapped, "other.example")
    assert err.kind is ErrorKind.TLS_FAILURE
    assert "different name" in err.message


def test_ssl_cert_file_is_used_by_default(ca_file: Path, monkeypatch: pytest.MonkeyPatch,
                                          server_context: ssl.SSLContext) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    setup = create_tls_setup()
    assert setup.source.endswith(" + corp-ca.pem")
    handshake(setup.context, server_context, HOSTNAME)


def test_explicit_empty_extra_overrides_ssl_cert_file(ca_file: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    assert create_tls_setup("").source == "operating system trust store"


def test_missing_extra_file_is_ignored(tmp_path: Path) -> None:
    setup = create_tls_setup(str(tmp_path / "nope.pem"))
    assert setup.source == "operating system trust store"
    assert setup.context.verify_mode == ssl.CERT_REQUIRED


def test_certifi_fallback_when_truststore_is_unavailable(monkeypatch: pytest.MonkeyPatch,
                                                         ca_file: Path,
                                                         server_context: ssl.SSLContext) -> None:
    monkeypatch.setitem(sys.modules, "truststore", None)  # import truststore -> ImportError
    setup = create_tls_setup()
    assert setup.source == "certifi bundle"
    assert type(setup.context) is ssl.SSLContext
    assert setup.context.verify_mode == ssl.CERT_REQUIRED
    assert setup.context.check_hostname is True
    assert len(setup.context.get_ca_certs()) > 10
    with_extra = create_tls_setup(str(ca_file))
    assert with_extra.source == "certifi bundle + corp-ca.pem"
    assert not any("trustme" in subject for subject in subjects(setup.context))
    assert any("trustme" in subject for subject in subjects(with_extra.context))
    handshake(with_extra.context, server_context, HOSTNAME)
