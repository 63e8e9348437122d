"""What the server's HTTP answer to the sample event means, in words."""

from __future__ import annotations

from collections.abc import Callable

from . import messages as msg
from .report import Level


def judge_answer(status: int, reason: str, location: str, elapsed_ms: int, slow_after: float,
                 practice: bool = False) -> tuple[Level, str, str]:
    """Level, sentence and advice for the server's answer to the sample event."""
    if 200 <= status < 300:
        if elapsed_ms > slow_after * 1000:
            return (Level.WARN, msg.sample_slow(elapsed_ms, status, slow_after),
                    msg.t(msg.ADVICE_SLOW))
        return Level.OK, msg.sample_ok(elapsed_ms, status, practice), ""
    if 300 <= status < 400:
        return Level.FAIL, msg.sample_redirect(status, location), msg.advice_redirect(location)
    table: dict[int, tuple[Callable[[int], str], str]] = {
        400: (msg.sample_bad_request, msg.t(msg.ADVICE_BAD_REQUEST)),
        401: (msg.sample_auth, msg.t(msg.ADVICE_AUTH)),
        403: (msg.sample_auth, msg.t(msg.ADVICE_AUTH)),
        404: (msg.sample_not_found, msg.t(msg.ADVICE_PATH)),
        405: (msg.sample_no_post, msg.t(msg.ADVICE_POST)),
        410: (msg.sample_not_found, msg.t(msg.ADVICE_PATH)),
        429: (msg.sample_rate_limited, msg.t(msg.ADVICE_RATE)),
        502: (msg.sample_proxy, msg.t(msg.ADVICE_PROXY)),
        503: (msg.sample_proxy, msg.t(msg.ADVICE_PROXY)),
        504: (msg.sample_proxy, msg.t(msg.ADVICE_PROXY)),
    }
    if status in table:
        sentence, advice = table[status]
        return Level.FAIL, sentence(status), advice
    if 400 <= status < 500:
        return Level.FAIL, msg.sample_refused(status, reason), msg.t(msg.ADVICE_LOG)
    if 500 <= status < 600:
        return Level.FAIL, msg.sample_server_error(status), msg.t(msg.ADVICE_LOG)
    return Level.FAIL, msg.sample_unexpected(status), msg.t(msg.ADVICE_LOG)
