"""Wawp's retry schedule for a failed delivery, in numbers and in plain words."""

from __future__ import annotations


def retry_times(delay: int, attempts: int) -> list[int]:
    """Seconds after the first failure at which each retry happens."""
    return [delay * n for n in range(1, max(attempts, 0) + 1)]


def give_up_after(delay: int, attempts: int) -> int:
    """Seconds from the first failure until Wawp stops retrying."""
    return max(delay, 0) * max(attempts, 0)


def format_duration(seconds: int) -> str:
    """``30 s``, ``1 min 30 s``, ``12 min``, ``2 h 5 min`` (rounded to what matters)."""
    seconds = max(int(seconds), 0)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        minutes, rest = divmod(seconds, 60)
        if minutes >= 10 or rest == 0:
            return f"{round(seconds / 60)} min"
        return f"{minutes} min {rest} s"
    total_minutes = round(seconds / 60)
    hours, minutes = divmod(total_minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def retry_sentence(delay: int, attempts: int) -> str:
    """E.g. "If your server fails, Wawp tries again 15 times, 2 s apart: it gives up after
    about 30 s."."""
    times = "once" if attempts == 1 else f"{attempts} times"
    apart = f"{format_duration(delay)} later" if attempts == 1 else (
        f"{format_duration(delay)} apart"
    )
    return (
        f"If your server fails, Wawp tries again {times}, {apart}: it gives up after about "
        f"{format_duration(give_up_after(delay, attempts))}."
    )


DUPLICATE_WARNING = (
    "A slow or failing server can receive the same event more than once: "
    "ignore events whose id you have already handled."
)
