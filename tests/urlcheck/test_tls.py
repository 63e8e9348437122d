"""The TLS step against real loopback HTTPS servers with trustme certificates."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import run
from tests.plain_text import plain
from wawp_desktop.core.urlcheck import STEP_SAMPLE, STEP_TLS, Level, check_url

from .certs import HOST
from .servers import status

URL = f"https://{HOST}:{{port}}/hook"


def check(server, spy, pki, **overrides):  # noqa: ANN001, ANN003, ANN201
    return run(check_url(URL.format(port=server.port), options=spy.options(pki, **overrides)))


def test_good_chain_passes_with_expiry_days(serve, spy, pki) -> None:
    server = serve(status(200), pki.good())
    report = check(server, spy, pki)
    tls = report.step(STEP_TLS)
    assert tls is not None and tls.level is Level.OK, report.as_text()
    assert "Chain valid (trusted by the test CA" in plain(tls.detail)
    assert f"Name matches {HOST}" in plain(tls.detail)
    assert "Expires in " in plain(tls.detail) and " days, on " in plain(tls.detail)
    assert report.verdict.level is Level.OK
    assert plain(report.verdict.sentence).startswith("Your server accepted the test event in ")
    assert plain(report.verdict.sentence).endswith("(HTTP 200).")
    assert len(server.received) == 1


def test_leaf_signed_by_the_root_itself_is_fine(serve, spy, pki) -> None:
    """A one-certificate chain that this computer verified needs no warning."""
    leaf = pki.root.issue_cert(HOST)
    server = serve(status(200), pki.server_context([leaf.cert_chain_pems[0].bytes()],
                                                   leaf.private_key_pem.bytes()))
    report = check(server, spy, pki)
    assert report.step(STEP_TLS).level is Level.OK, report.as_text()


def test_certificate_expiring_soon_is_a_warning(serve, spy, pki) -> None:
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=5, hours=1)
    server = serve(status(200), pki.good(not_after=soon))
    report = check(server, spy, pki)
    tls = report.step(STEP_TLS)
    assert tls.level is Level.WARN
    assert "expires in 5 days" in tls.headline
    assert report.verdict.level is Level.WARN
    assert "expires in 5 days" in plain(report.verdict.advice)
    assert report.step(STEP_SAMPLE).level is Level.OK


@pytest.mark.parametrize(
    ("make", "expected", "advice"),
    [
        ("expired", "The server's certificate expired on ", "Renew the certificate"),
        ("self_signed", "self-signed", "public authority"),
        ("incomplete", "(incomplete chain)", "fullchain.pem"),
    ],
)
def test_bad_certificates_are_named(serve, spy, pki, make, expected, advice) -> None:
    server = serve(status(200), getattr(pki, make)())
    report = check(server, spy, pki)
    tls = report.step(STEP_TLS)
    assert tls.level is Level.FAIL, report.as_text()
    assert expected in plain(tls.detail)
    assert report.verdict.level is Level.FAIL
    assert plain(report.verdict.sentence) == plain(tls.detail)
    assert advice in plain(report.verdict.advice)
    assert report.step(STEP_SAMPLE).level is Level.SKIPPED
    assert server.received == []  # no event went to an unverified server


def test_expired_reports_the_date(serve, spy, pki) -> None:
    server = serve(status(200), pki.expired())
    report = check(server, spy, pki)
    day = (dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).strftime("%Y-%m-%d")
    assert day in plain(report.step(STEP_TLS).detail)


def test_wrong_host_name(serve, spy, pki) -> None:
    server = serve(status(200), pki.good("other.example.net", "www.other.example.net"))
    report = check(server, spy, pki)
    tls = report.step(STEP_TLS)
    assert tls.level is Level.FAIL
    assert plain(tls.detail) == (
        f"The server's certificate is for other.example.net, www.other.example.net, "
        f"not for {HOST}."
    )
    assert HOST in plain(report.verdict.advice)


def test_authority_not_trusted(serve, spy, pki) -> None:
    from .certs import make_pki

    stranger = make_pki()
    server = serve(status(200), stranger.good())
    report = check(server, spy, pki)
    assert "an authority this computer does not trust" in plain(report.step(STEP_TLS).detail)


def test_plain_http_on_an_https_address(serve, spy, pki) -> None:
    server = serve(status(200))
    report = check(server, spy, pki)
    tls = report.step(STEP_TLS)
    assert tls.level is Level.FAIL
    assert "does not speak HTTPS" in plain(tls.detail)


def test_default_trust_is_the_os_store(serve, spy, pki) -> None:
    """Without an injected context the test CA is unknown: the OS store is what is used."""
    server = serve(status(200), pki.good())
    report = run(check_url(URL.format(port=server.port),
                           options=spy.options(None, trust_label="unused")))
    tls = report.step(STEP_TLS)
    assert tls.level is Level.FAIL
    assert "test CA" not in plain(tls.detail)
