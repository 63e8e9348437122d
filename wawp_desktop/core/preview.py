"""Bounded views of answers that may be huge: what the window shows and the history keeps.

Wawp's answers are a few kilobytes, but a wrong API address or a broken server can send
megabytes. Laying out, scrubbing or storing all of it costs tens of milliseconds of
GUI-thread (or GIL) time per megabyte, so only a bounded view is shown and kept; the raw
answer stays available to Copy.
"""

from __future__ import annotations

from typing import Any

SHOWN_ITEMS = 200
"""Entries kept of each list or object; a marker tells how many more there were."""


def shrink(value: Any, items: int | None = SHOWN_ITEMS, chars: int | None = None) -> Any:
    """``value`` with lists and objects cut to their first ``items`` entries and texts to
    ``chars`` characters (None: no limit), each cut saying how much is missing."""
    if isinstance(value, list):
        shown = [shrink(v, items, chars) for v in (value if items is None else value[:items])]
        if items is not None and len(value) > items:
            shown.append(f"… {len(value) - items} more")
        return shown
    if isinstance(value, dict):
        if items is None or len(value) <= items:
            return {k: shrink(v, items, chars) for k, v in value.items()}
        cut: dict[Any, Any] = {}
        for k, v in value.items():
            if len(cut) == items:
                break
            cut[k] = shrink(v, items, chars)
        cut["…"] = f"{len(value) - items} more"
        return cut
    if chars is not None and isinstance(value, str) and len(value) > chars:
        return value[:chars] + f"… ({len(value) - chars:,} more characters)"
    return value


def size_text(size: int) -> str:
    """A size in bytes in words: "850 bytes", "12 kB", "1.2 MB"."""
    if size < 1000:
        return f"{size} byte{'s' if size != 1 else ''}"
    if size < 1_000_000:
        return f"{size / 1000:.0f} kB"
    return f"{size / 1_000_000:.1f} MB"
