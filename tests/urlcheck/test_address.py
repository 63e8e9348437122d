"""Step 1 and 2: addresses Wawp's servers cannot reach are refused before any traffic."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import run
from tests.plain_text import plain
from wawp_desktop.core.urlcheck import (
    STEP_ADDRESS,
    STEP_CONNECT,
    STEP_DNS,
    STEP_NAMES,
    Level,
    check_address,
    check_url,
)

from .conftest import unresolvable


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://hooks.example.com/wawp", "Wawp only delivers to https://"),
        ("https://localhost/hook", "“localhost” means this computer"),
        ("https://api.localhost:8443/hook", "means this computer"),
        ("https://printer.local/hook", "“printer.local” is a local network name"),
        ("https://nas.home.arpa/hook", "is a local network name"),
        ("https://intranet/hook", "not a full internet name"),
        ("https://127.0.0.1/hook", "127.0.0.1 is an address of this computer (loopback)"),
        ("https://[::1]:8443/hook", "::1 is an address of this computer (loopback)"),
        ("https://10.1.2.3/hook", "10.1.2.3 is a private address of a local network"),
        ("https://192.168.1.20/hook", "is a private address of a local network"),
        ("https://172.16.0.5/hook", "is a private address of a local network"),
        ("https://169.254.10.1/hook", "169.254.10.1 is a link-local address"),
        ("https://[fe80::1]/hook", "is a link-local address"),
        ("https://0.0.0.0/hook", "0.0.0.0 is an unspecified address (0.0.0.0 or ::)"),
        ("https://240.0.0.1/hook", "240.0.0.1 is a reserved address, not used on the internet"),
        ("https://[::ffff:192.168.0.1]/hook", "::ffff:192.168.0.1 is a private address"),
        ("https://93.184.215.14/hook", "bare IP address (93.184.215.14)"),
        ("ftp://files.example.com/", "is not a web address"),
        ("https://hooks.example.com:99999/", "is not a web address"),
        ("   ", "No webhook URL is entered."),
    ],
)
def test_unreachable_addresses_are_refused_with_no_traffic(spy, url, words) -> None:
    report = run(check_url(url, options=spy.options(allow_loopback=False)))
    address = report.step(STEP_ADDRESS)
    assert address.level is Level.FAIL
    assert words in plain(address.detail)
    assert report.verdict.level is Level.FAIL
    assert plain(report.verdict.sentence) == plain(address.detail)
    assert plain(report.verdict.advice)
    assert [s.level for s in report.steps[1:]] == [Level.SKIPPED] * (len(STEP_NAMES) - 1)
    assert spy.resolved == [] and spy.connected == []


def test_practice_mode_allows_only_this_computer(spy) -> None:
    private = run(check_url("https://10.0.0.1/hook", options=spy.options()))
    assert private.step(STEP_ADDRESS).level is Level.FAIL
    plain = run(check_url("http://hooks.example.com/hook", options=spy.options()))
    assert plain.step(STEP_ADDRESS).level is Level.FAIL
    assert spy.resolved == [] and spy.connected == []
    target = check_address("http://127.0.0.1:8080/wawp?x=1", allow_loopback=True)
    assert target.practice and target.port == 8080 and target.target == "/wawp?x=1"


def test_a_public_name_passes_the_rules() -> None:
    target = check_address("https://Hooks.Example.com/wawp/in", allow_loopback=False)
    assert target.host == "hooks.example.com" and target.port == 443
    assert not target.practice and target.host_header == "hooks.example.com"


def test_name_that_does_not_resolve(spy) -> None:
    spy.error = unresolvable()
    report = run(check_url("https://nowhere.example.com/hook", options=spy.options()))
    dns = report.step(STEP_DNS)
    assert dns.level is Level.FAIL
    assert plain(dns.detail) == "The name nowhere.example.com does not exist in DNS."
    assert "spelling" in plain(report.verdict.advice)
    assert spy.resolved == ["nowhere.example.com"] and spy.connected == []


def test_no_dns_server(spy) -> None:
    spy.error = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    report = run(check_url("https://hooks.example.com/hook", options=spy.options()))
    assert plain(report.verdict.sentence) == "No DNS server answered for hooks.example.com."


@pytest.mark.parametrize("address", ["10.20.30.40", "127.0.0.1", "169.254.1.1", "fd00::5"])
def test_name_pointing_to_a_private_address_is_refused(spy, address) -> None:
    spy.addresses = [address]
    report = run(check_url("https://hooks.example.com/hook",
                           options=spy.options(allow_loopback=False)))
    dns = report.step(STEP_DNS)
    assert dns.level is Level.FAIL
    assert plain(dns.detail).startswith(f"hooks.example.com points to {address}, ")
    assert "cannot reach it" in plain(dns.detail)
    assert spy.connected == []
    assert report.step(STEP_CONNECT).level is Level.SKIPPED


def test_mixed_public_and_private_addresses_warn_and_skip_the_private(spy) -> None:
    spy.addresses = ["10.0.0.7", "93.184.215.14"]
    tried: list[str] = []

    async def refuse(address: str, port: int):  # noqa: ANN202 - no traffic to the internet
        tried.append(address)
        raise ConnectionRefusedError

    report = run(check_url("https://hooks.example.com/hook",
                           options=spy.options(allow_loopback=False, connect=refuse)))
    dns = report.step(STEP_DNS)
    assert dns.level is Level.WARN
    assert "were not tried: 10.0.0.7" in plain(dns.detail)
    assert tried == ["93.184.215.14"]
    assert report.step(STEP_CONNECT).level is Level.FAIL
