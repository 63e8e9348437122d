"""A small label under a form field that shows an error or a warning about it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...core.i18n import translate
from ..theme import Tone
from .status_label import StatusLabel


class FieldMessage(StatusLabel):
    """Named ``message:<field>``. It keeps its ``lines`` when empty, so a message that
    appears never moves the fields and buttons below it. ``visibilityChanged(shown)``."""

    visibilityChanged = Signal(bool)

    def __init__(self, field: str, parent: QWidget | None = None, *, lines: int = 1) -> None:
        super().__init__(f"message:{field}", parent)
        self.field = field
        self.is_error = False
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines)
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        self.is_error = True
        self.set_status(Tone.ERROR, text)
        self.setAccessibleName(translate("FieldMessage", "Error: {message}").format(message=text))
        self.setVisible(True)

    def show_warning(self, text: str, *, expires_ms: int = 0) -> None:
        self.is_error = False
        self.set_status(Tone.WARNING, text, expires_ms=expires_ms)
        self.setAccessibleName(translate("FieldMessage", "Warning: {message}").format(
            message=text))
        self.setVisible(True)

    def show_note(self, text: str, *, expires_ms: int = 0) -> None:
        """A neutral, usually transient, note (e.g. "Copied")."""
        self.is_error = False
        self.set_status(Tone.MUTED, text, expires_ms=expires_ms)
        self.setVisible(True)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        changed = visible != self.isVisibleTo(self.parentWidget()) if self.parentWidget() \
            else True
        super().setVisible(visible)
        if changed:
            self.visibilityChanged.emit(visible)

    def clear_message(self) -> None:
        self.is_error = False
        self.clear_status()
        self.setVisible(False)

    def clear_status(self) -> None:  # an expired note also hides the label
        super().clear_status()
        self.setVisible(False)
