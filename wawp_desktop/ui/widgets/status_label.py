"""A label whose tone (error, warning, success…) follows the palette, light or dark."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ..theme import PREFIXES, Tone, banner_style, base_palette, tone_style


class StatusLabel(QLabel):
    """``set_status(tone, text)`` shows a message; ``clear_status()`` empties it.

    The colour is re-computed whenever the palette changes. With ``expires_ms`` a message
    disappears by itself (transient notes). ``banner=True`` draws it as a banner.
    """

    def __init__(self, name: str, parent: QWidget | None = None, *, bold: bool = False,
                 banner: bool = False, selectable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tone = Tone.NORMAL
        if bold:  # a font, not a style sheet: the label's height-for-width then sees it
            font = self.font()
            font.setBold(True)
            self.setFont(font)
        self._banner = banner
        self._expiry: QTimer | None = None
        self._applying = False

    def set_status(self, tone: Tone, text: str, *, expires_ms: int = 0) -> None:
        self.tone = tone
        shown = PREFIXES.get(tone, "") + text if text else ""
        self.setText(shown)
        self.setAccessibleName(shown)
        self._apply()
        if expires_ms:
            if self._expiry is None:
                self._expiry = QTimer(self)
                self._expiry.setSingleShot(True)
                self._expiry.timeout.connect(self.clear_status)
            self._expiry.start(expires_ms)
        elif self._expiry is not None:
            self._expiry.stop()

    def clear_status(self) -> None:
        self.tone = Tone.NORMAL
        self.clear()
        self.setAccessibleName("")
        self._apply()

    def _apply(self) -> None:
        self._applying = True
        try:
            palette = base_palette(self)
            if self._banner:
                self.setStyleSheet(banner_style(
                    self.tone, palette,
                    right_to_left=self.layoutDirection() == Qt.LayoutDirection.RightToLeft))
            else:
                self.setStyleSheet(tone_style(self.tone, palette))
        finally:
            self._applying = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if (event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange)
                and not self._applying):
            self._apply()
