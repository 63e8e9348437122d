"""The fault matrix: each case names how to play the fault and what the user must read."""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass, field

from wawp_desktop.core.client import Timeouts
from wawp_desktop.core.errors import ErrorKind
from wawp_desktop.sandbox import (
    DEMO_FREE_ID,
    DEMO_FREE_TOKEN,
    DEMO_PAID_ID,
    DEMO_PAID_TOKEN,
    Fault,
)

TIMEOUTS = Timeouts(connect=0.4, read=0.6, write=1.0, pool=1.0, total=1.5)
"""Short client timeouts, so timeout cases take well under two seconds."""

TEN_MB = 10 * 1024 * 1024
BIG_EVENTS = {str(i): "message" for i in range(60_000)}
"""1.2 MB as JSON: parsed step by step in a worker thread, shown and kept shortened."""


@dataclass(frozen=True)
class Case:
    name: str
    kind: ErrorKind
    says: str
    """A fragment of the plain-language message the user must see."""
    server: str = "sandbox"
    """sandbox | refused | dns | tls_self_signed | tls_mismatch | stalled, or a proxy case:
    proxy_down | proxy_unknown | proxy_garbage | proxy_ftp | proxy_407 | socks_down (the API
    address is then https://api.wawp.test, reached only through that proxy)."""
    fault: Fault | None = None
    instance_id: str = DEMO_PAID_ID
    token: str = DEMO_PAID_TOKEN
    recovers: bool = field(default=False)
    """True when the next save (no fault queued) succeeds: Save is usable again."""


def _sandbox(name: str, kind: ErrorKind, says: str, fault: Fault) -> Case:
    return Case(name, kind, says, fault=fault, recovers=True)


def _gzip_bomb(megabytes: int) -> bytes:
    """gzip of gzip of ``megabytes`` MiB of zeros (256 MiB: about 600 bytes)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    inner = b"".join([packer.compress(chunk) for _ in range(megabytes)] + [packer.flush()])
    return gzip.compress(inner)


def _packed(body: bytes, layers: int) -> bytes:
    for _ in range(layers):
        body = gzip.compress(body)
    return body


_DEEP = 800


CASES: list[Case] = [
    Case("connection refused", ErrorKind.CONNECTION_REFUSED, "Nothing answered at 127.0.0.1",
         server="refused"),
    Case("dns failure", ErrorKind.DNS_FAILURE, "“wawp-fault-matrix.invalid” could not be found",
         server="dns"),
    Case("tls self-signed", ErrorKind.TLS_FAILURE, "certificate is not trusted by this computer",
         server="tls_self_signed"),
    Case("tls hostname mismatch", ErrorKind.TLS_FAILURE, "certificate is for a different name",
         server="tls_mismatch"),
    Case("connect timeout", ErrorKind.TIMEOUT, "Connecting to 127.0.0.1", server="stalled"),
    _sandbox("read timeout", ErrorKind.TIMEOUT, "did not answer in time",
             Fault(delay=30.0)),
    _sandbox("reset mid-body", ErrorKind.CONNECTION_LOST, "connection was cut",
             Fault(status=200, body={"status": "success", "webhook": {"url": "x" * 4000}},
                   reset_mid_body=True)),
    _sandbox("500 html", ErrorKind.SERVER_ERROR, "server had a problem (HTTP 500)",
             Fault(status=500, body="<!DOCTYPE html><html><h1>Internal Server Error</h1></html>",
                   content_type="text/html; charset=utf-8")),
    _sandbox("502 empty", ErrorKind.SERVER_ERROR, "server had a problem (HTTP 502)",
             Fault(status=502, body=b"")),
    _sandbox("503 retry-after", ErrorKind.SERVER_ERROR, "asks to wait 120 s",
             Fault(status=503, body="Service Unavailable", headers={"Retry-After": "120"})),
    _sandbox("429", ErrorKind.RATE_LIMITED, "Too many requests",
             Fault(status=429, body={"status": "error", "message": "rate limited"})),
    _sandbox("200 status error", ErrorKind.SERVER_REPORTED_ERROR,
             "said the request failed. Wawp says: “Invalid events list”",
             Fault(status=200, body={"status": "error", "message": "Invalid events list"})),
    _sandbox("200 html", ErrorKind.NOT_JSON, "a web page (HTML) instead of data",
             Fault(status=200, body="<html><body>Down for maintenance</body></html>",
                   content_type="text/html")),
    _sandbox("200 json array", ErrorKind.UNEXPECTED_SHAPE, "did not have the expected form",
             Fault(status=200, body=[1, 2, 3])),
    _sandbox("200 json string", ErrorKind.UNEXPECTED_SHAPE, "did not have the expected form",
             Fault(status=200, body=b'"ok"', content_type="application/json")),
    _sandbox("200 json null", ErrorKind.UNEXPECTED_SHAPE, "did not have the expected form",
             Fault(status=200, body=b"null", content_type="application/json")),
    _sandbox("200 webhook missing", ErrorKind.UNEXPECTED_SHAPE,
             "the “webhook” part of its answer was missing",
             Fault(status=200, body={"status": "success", "message": "Webhook set"})),
    _sandbox("200 1.2 MB status error", ErrorKind.SERVER_REPORTED_ERROR,
             "said the request failed. Wawp says: “Too many events”",
             Fault(status=200, body={"status": "error", "message": "Too many events",
                                     "events": BIG_EVENTS})),
    _sandbox("200 1 MB html", ErrorKind.NOT_JSON, "a web page (HTML) instead of data",
             Fault(status=200, body="<html><body>" + "<p>Maintenance</p>" * 60_000
                   + "</body></html>", content_type="text/html")),
    _sandbox("200 10 MB body", ErrorKind.TOO_LARGE, "sent more than 4 MB",
             Fault(status=200, body=b" " * TEN_MB + b"{}", content_type="application/json")),
    _sandbox("trickle past total timeout", ErrorKind.TIMEOUT, "did not answer in time",
             Fault(trickle=(8, 0.1, 100))),
    Case("401", ErrorKind.UNAUTHORIZED, "access token is wrong", token="not-the-right-token"),
    Case("403 subscription_required", ErrorKind.SUBSCRIPTION_REQUIRED, "free plan",
         instance_id=DEMO_FREE_ID, token=DEMO_FREE_TOKEN),
    _sandbox("403 quota_reached", ErrorKind.QUOTA_REACHED, "limit has been reached",
             Fault(status=403, body={"status": "error", "code": "quota_reached",
                                     "message": "Monthly quota reached"})),
    Case("404", ErrorKind.NOT_FOUND, "No instance with this ID", instance_id="UNKNOWN12345"),
    _sandbox("400 xml", ErrorKind.VALIDATION, "(HTTP 400): The url parameter is required",
             Fault(status=400, body="<?xml version=\"1.0\"?><error><code>missing</code>"
                                    "<message>The url parameter is required</message></error>",
                   content_type="application/xml")),
    _sandbox("400 plain text", ErrorKind.VALIDATION, "(HTTP 400): Missing parameter: events",
             Fault(status=400, body="Missing parameter: events")),
    # Issue 11: proxies, packed bombs, deep nesting.
    Case("proxy down", ErrorKind.PROXY, "set in HTTPS_PROXY could not be reached",
         server="proxy_down"),
    Case("proxy unknown name", ErrorKind.PROXY, "no computer is called “proxy.wawp-fault.invalid”",
         server="proxy_unknown"),
    Case("proxy garbage value", ErrorKind.PROXY, "is not a valid proxy address",
         server="proxy_garbage"),
    Case("proxy ftp scheme", ErrorKind.PROXY, "unsupported proxy scheme", server="proxy_ftp"),
    Case("proxy 407", ErrorKind.PROXY, "The proxy asks for a user name and password",
         server="proxy_407"),
    Case("socks proxy down", ErrorKind.PROXY, "set in ALL_PROXY could not be reached",
         server="socks_down"),
    _sandbox("stacked gzip bomb", ErrorKind.TOO_LARGE, "more than 4 MB once unpacked",
             Fault(status=200, body=_gzip_bomb(256), content_type="application/json",
                   headers={"Content-Encoding": "gzip, gzip"})),
    _sandbox("five gzip layers", ErrorKind.NOT_JSON, "packed its answer 5 times over",
             Fault(status=200, body=_packed(b'{"status": "success"}', 5),
                   content_type="application/json",
                   headers={"Content-Encoding": "gzip, gzip, gzip, gzip, gzip"})),
    _sandbox("800 levels deep", ErrorKind.UNEXPECTED_SHAPE, "nested more than 100 levels deep",
             Fault(status=200, body=('{"status": "success", "webhook": ' + "[" * _DEEP
                                     + "]" * _DEEP + "}").encode(),
                   content_type="application/json")),
]
