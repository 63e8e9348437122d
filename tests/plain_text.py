"""Comparing English texts that hold ltr() islands (URLs, hosts, event names, paths)."""

from __future__ import annotations

from wawp_desktop.core.i18n import LRI, PDI


def plain(text: str) -> str:
    """``text`` without the isolation marks :func:`wawp_desktop.core.i18n.ltr` adds."""
    return text.replace(LRI, "").replace(PDI, "")
