"""Wawp's retry schedule for a failed delivery, in numbers and in plain words."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, translate


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
        return translate("RetrySchedule", "{seconds} s").format(seconds=seconds)
    if seconds < 3600:
        minutes, rest = divmod(seconds, 60)
        if minutes >= 10 or rest == 0:
            return translate("RetrySchedule", "{minutes} min").format(minutes=round(seconds / 60))
        return translate("RetrySchedule", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=rest)
    total_minutes = round(seconds / 60)
    hours, minutes = divmod(total_minutes, 60)
    if minutes:
        return translate("RetrySchedule", "{hours} h {minutes} min").format(hours=hours,
                                                                             minutes=minutes)
    return translate("RetrySchedule", "{hours} h").format(hours=hours)


def retry_sentence(delay: int, attempts: int) -> str:
    """E.g. "If your server fails, Wawp tries again 15 times, 2 s apart: it gives up after
    about 30 s."."""
    delay_text = format_duration(delay)
    total = format_duration(give_up_after(delay, attempts))
    if attempts == 1:  # "once, 2 s later" says something else than "%n times, 2 s apart"
        text = translate("RetrySchedule", "If your server fails, Wawp tries again once, {delay} "
                         "later: it gives up after about {total}.")
    else:
        text = translate("RetrySchedule", "If your server fails, Wawp tries again %n time(s), "
                         "{delay} apart: it gives up after about {total}.", None, attempts)
    return text.format(delay=delay_text, total=total)


DUPLICATE_WARNING = QT_TRANSLATE_NOOP(
    "RetrySchedule",
    "A slow or failing server can receive the same event more than once: "
    "ignore events whose id you have already handled.",
)
"""English source: show :func:`duplicate_warning`."""


def duplicate_warning() -> str:
    """:data:`DUPLICATE_WARNING` in the user's language."""
    return translate("RetrySchedule", DUPLICATE_WARNING)
