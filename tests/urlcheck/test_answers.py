"""The sample event against loopback HTTPS receivers answering the ways real ones do."""

from __future__ import annotations

import asyncio

import pytest

from tests.conftest import run
from tests.plain_text import plain
from wawp_desktop.core.urlcheck import STEP_CONNECT, STEP_SAMPLE, STEP_TLS, Level, check_url

from .certs import HOST
from .servers import after, closed_port, hang, reset, status, wait_for_close

URL = f"https://{HOST}:{{port}}/hook"


def check(port, spy, pki, **overrides):  # noqa: ANN001, ANN003, ANN201
    return run(check_url(URL.format(port=port), options=spy.options(pki, **overrides)))


@pytest.fixture
def https(serve, pki):  # noqa: ANN001, ANN201
    return lambda behaviour: serve(behaviour, pki.good())


def test_200_is_accepted_with_time_and_answer(https, spy, pki) -> None:
    server = https(status(200, b'{"received": true}'))
    report = check(server.port, spy, pki)
    assert report.verdict.level is Level.OK
    assert plain(report.verdict.advice) == ""
    assert report.exchange.status == 200
    assert report.exchange.elapsed_ms is not None
    assert f"in {report.exchange.elapsed_ms} ms (HTTP 200)" in plain(report.verdict.sentence)
    assert report.exchange.answer_preview == '{"received": true}'
    assert server.received[0].path == "/hook"


@pytest.mark.parametrize("code", [301, 302, 307, 308])
def test_redirects_are_reported_not_followed(https, spy, pki, code) -> None:
    server = https(status(code, b"", {"Location": "/hooks/wawp/"}))
    report = check(server.port, spy, pki)
    final = f"https://{HOST}:{server.port}/hooks/wawp/"
    assert report.verdict.level is Level.FAIL
    assert plain(report.verdict.sentence) == (
        f"Your server answered with a redirect (HTTP {code}) to {final}, and Wawp does not "
        "follow redirects."
    )
    assert plain(report.verdict.advice) == f"Put the final address in the webhook URL: {final}"
    assert report.exchange.location == final
    assert len(server.received) == 1  # the redirect was not followed


@pytest.mark.parametrize(
    ("code", "sentence", "advice"),
    [
        (400, "as a bad request (HTTP 400)", "may refuse a test event"),
        (401, "Your server rejected the request (HTTP 401).", "compare its HMAC secret"),
        (403, "Your server rejected the request (HTTP 403).", "compare its HMAC secret"),
        (404, "(HTTP 404): the path is wrong.", "/webhook"),
        (405, "does not accept POST at this address (HTTP 405).", "allow POST"),
        (500, "failed while handling the test event (HTTP 500).", "server's log"),
        (503, "could not reach it (HTTP 503).", "app is running"),
        (418, "refused the test event (HTTP 418 I'm a Teapot).", "server's log"),
    ],
)
def test_error_statuses_in_words(https, spy, pki, code, sentence, advice) -> None:
    server = https(status(code, b"<html><body>Nope</body></html>"))
    report = check(server.port, spy, pki)
    assert report.verdict.level is Level.FAIL
    assert sentence in plain(report.verdict.sentence)
    assert advice in plain(report.verdict.advice)
    assert report.exchange.status == code
    assert "Nope" in report.exchange.answer_preview


def test_slow_answer_past_the_threshold_is_a_warning(https, spy, pki) -> None:
    server = https(after(0.4))
    report = check(server.port, spy, pki, slow_after=0.2)
    sample = report.step(STEP_SAMPLE)
    assert sample.level is Level.WARN
    assert report.verdict.level is Level.WARN
    assert "but only after" in plain(report.verdict.sentence)
    assert "more than 0.2 s is slow" in plain(report.verdict.sentence)
    assert "arrives twice" in plain(report.verdict.advice)
    assert report.exchange.elapsed_ms >= 400


def test_no_answer_within_the_hard_limit(https, spy, pki) -> None:
    server = https(hang)
    report = check(server.port, spy, pki, answer_timeout=0.3)
    assert report.verdict.level is Level.FAIL
    assert plain(report.verdict.sentence) == "Your server did not answer within 0.3 s."
    assert "sends the event again" in plain(report.verdict.advice)


def test_connection_refused(spy, pki) -> None:
    report = check(closed_port(), spy, pki)
    connect = report.step(STEP_CONNECT)
    assert connect.level is Level.FAIL
    assert "refused the connection on port" in plain(connect.detail)
    assert "no program is listening" in plain(report.verdict.sentence)
    assert report.step(STEP_TLS).level is Level.SKIPPED


def test_reset_mid_answer(https, spy, pki) -> None:
    server = https(reset)
    report = check(server.port, spy, pki)
    assert report.verdict.level is Level.FAIL
    assert plain(report.verdict.sentence) in (
        "Your server broke off the connection (reset) while answering.",
        "Your server stopped in the middle of its answer.",
    )
    assert "error log" in plain(report.verdict.advice)


def test_closed_without_answer(https, spy, pki) -> None:
    def close(handler) -> None:  # noqa: ANN001
        handler.close_connection = True

    server = https(close)
    report = check(server.port, spy, pki)
    assert plain(report.verdict.sentence) == "Your server closed the connection without answering."


def test_cancel_stops_the_check_and_closes_the_connection(https, spy, pki) -> None:
    server = https(wait_for_close)

    async def scenario() -> None:
        task = asyncio.create_task(
            check_url(URL.format(port=server.port), options=spy.options(pki))
        )
        assert await asyncio.to_thread(server.wait_for_request, 5.0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(scenario())
    assert len(server.received) == 1
    assert server.client_closed.wait(5)  # the connection was closed at once
