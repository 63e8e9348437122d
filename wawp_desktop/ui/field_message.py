"""A small label under a form field that shows an error or a warning about it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"


class FieldMessage(QLabel):
    """Hidden while empty; red for errors, amber for warnings. Named ``message:<field>``."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"message:{field}")
        self.setWordWrap(True)
        self.is_error = False
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE, True)

    def show_warning(self, text: str) -> None:
        self._show(text, WARNING_STYLE, False)

    def _show(self, text: str, style: str, is_error: bool) -> None:
        self.is_error = is_error
        self.setStyleSheet(style)
        self.setText(("⚠ " if not is_error else "") + text)
        self.setAccessibleName(("Error: " if is_error else "Warning: ") + text)
        self.show()

    def clear_message(self) -> None:
        self.is_error = False
        self.clear()
        self.hide()
