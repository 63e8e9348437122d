"""Compare the check's English sentences without their left-to-right isolation marks."""

from wawp_desktop.core.i18n import LRI, PDI


def plain(text: str) -> str:
    """``text`` without the LRI/PDI marks :func:`wawp_desktop.core.i18n.ltr` puts around values."""
    return text.replace(LRI, "").replace(PDI, "")
