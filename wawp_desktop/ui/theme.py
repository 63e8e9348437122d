"""Colours from the palette: status tones that stay readable in light and dark schemes.

No widget holds a literal colour. A tone (error, warning, success, info, muted) is picked for
the palette's window colour: a dark shade on a light background, a light one on a dark
background, each at least 4.5:1 against it (WCAG AA). Widgets that show a tone re-apply it
when the palette changes (:class:`.widgets.status_label.StatusLabel`).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget


class Tone(Enum):
    """What a message means, independent of its colour."""

    NORMAL = "normal"
    MUTED = "muted"
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


# (on a light background, on a dark background)
_TONES: dict[Tone, tuple[str, str]] = {
    Tone.INFO: ("#174ea6", "#8ab4f8"),
    Tone.SUCCESS: ("#1e6b43", "#81c995"),
    Tone.WARNING: ("#7a4f00", "#fdd663"),
    Tone.ERROR: ("#a50e0e", "#f28b82"),
}
PREFIXES: dict[Tone, str] = {Tone.WARNING: "⚠ ", Tone.ERROR: "✖ ", Tone.SUCCESS: "✔ "}
"""A symbol before the text, so the meaning never rests on colour alone."""


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window background is dark."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def tone_colour(tone: Tone, palette: QPalette) -> QColor:
    """The text colour of ``tone`` on ``palette``'s window background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    if tone is Tone.NORMAL:
        return text
    background = palette.color(QPalette.ColorRole.Window)
    if tone is Tone.MUTED:
        mixed = QColor.fromRgbF(
            (text.redF() * 3 + background.redF()) / 4,
            (text.greenF() * 3 + background.greenF()) / 4,
            (text.blueF() * 3 + background.blueF()) / 4,
        )
        return mixed if contrast(mixed, background) >= 4.5 else text
    colour = QColor(_TONES[tone][1 if is_dark(palette) else 0])
    return colour if contrast(colour, background) >= 4.5 else text


def tone_style(tone: Tone, palette: QPalette, *, bold: bool = False) -> str:
    """A style sheet fragment setting ``tone``'s colour (empty for the normal tone)."""
    if tone is Tone.NORMAL and not bold:
        return ""
    parts = [] if tone is Tone.NORMAL else [f"color: {tone_colour(tone, palette).name()};"]
    if bold:
        parts.append("font-weight: bold;")
    return " ".join(parts)


def banner_style(tone: Tone, palette: QPalette, *, right_to_left: bool = False) -> str:
    """A banner: the palette's alternate base behind window text, a toned edge at the start
    of the line (the left; the right in a right-to-left layout: style sheets never mirror)."""
    base = palette.color(QPalette.ColorRole.AlternateBase)
    text = palette.color(QPalette.ColorRole.Text)
    if contrast(base, text) < 4.5:
        base = palette.color(QPalette.ColorRole.Base)
    edge = tone_colour(tone, palette).name()
    side = "right" if right_to_left else "left"
    return (f"background: {base.name()}; color: {text.name()}; border-{side}: 4px solid {edge};"
            " padding: 4px 8px;")


def base_palette(widget: QWidget) -> QPalette:
    """The palette a widget's tone is computed from: its parent's (a style sheet changes the
    widget's own palette), or the application's."""
    parent = widget.parentWidget()
    return parent.palette() if parent is not None else QGuiApplication.palette()


def dark_palette() -> QPalette:
    """A dark palette for styles that keep a light one when the system scheme is dark."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#202124"), (roles.WindowText, "#e8eaed"),
                         (roles.Base, "#2b2c2f"), (roles.AlternateBase, "#303134"),
                         (roles.Text, "#e8eaed"), (roles.Button, "#3c4043"),
                         (roles.ButtonText, "#e8eaed"), (roles.Highlight, "#8ab4f8"),
                         (roles.HighlightedText, "#202124"), (roles.ToolTipBase, "#303134"),
                         (roles.ToolTipText, "#e8eaed"), (roles.PlaceholderText, "#9aa0a6"),
                         (roles.Link, "#8ab4f8"), (roles.Mid, "#5f6368"),
                         (roles.Light, "#5f6368"), (roles.Midlight, "#4a4d51"),
                         (roles.Dark, "#17181a"), (roles.Shadow, "#000000")):
        palette.setColor(role, QColor(colour))
    for role in (roles.ButtonText, roles.WindowText, roles.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa0a6"))
    return palette


def light_palette() -> QPalette:
    """The style's own light palette."""
    from PySide6.QtWidgets import QApplication

    return QApplication.style().standardPalette()


def follow_color_scheme(app) -> None:  # noqa: ANN001 - QApplication
    """Follow the system's light or dark scheme (Qt 6.5+), also when it changes while the app
    runs: styles that already switch their palette are left alone."""
    from PySide6.QtCore import Qt

    hints = app.styleHints()

    def apply(scheme: Qt.ColorScheme) -> None:
        wants_dark = scheme == Qt.ColorScheme.Dark
        if wants_dark != is_dark(app.palette()):
            app.setPalette(dark_palette() if wants_dark else light_palette())

    if hints.colorScheme() != Qt.ColorScheme.Unknown:
        apply(hints.colorScheme())
    hints.colorSchemeChanged.connect(apply)
