"""The retry schedule and its sentence."""

from __future__ import annotations

import pytest

from wawp_desktop.core.retry_schedule import (
    format_duration,
    give_up_after,
    retry_sentence,
    retry_times,
)


def test_defaults_sentence() -> None:
    assert retry_sentence(2, 15) == (
        "If your server fails, Wawp tries again 15 times, 2 s apart: it gives up after about 30 s."
    )


def test_times_and_total() -> None:
    assert retry_times(2, 3) == [2, 4, 6]
    assert give_up_after(600, 50) == 30_000


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0 s"), (59, "59 s"), (60, "1 min"), (90, "1 min 30 s"), (600, "10 min"),
     (3600, "1 h"), (30_000, "8 h 20 min"), (5400, "1 h 30 min")],
)
def test_format_duration(seconds: int, text: str) -> None:
    assert format_duration(seconds) == text


def test_long_schedule_and_single_attempt() -> None:
    assert "10 min apart" in retry_sentence(600, 50)
    assert "about 8 h 20 min" in retry_sentence(600, 50)
    assert "tries again once, 5 s later" in retry_sentence(5, 1)
