"""A masked line edit with a Show/Hide toggle, for the token and the HMAC secret."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from ...core.i18n import translate


class SecretEdit(QWidget):
    """``edit`` is masked until the ``Show`` button is toggled on."""

    def __init__(self, edit_name: str, show_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(edit_name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setClearButtonEnabled(False)
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a code, never mirrored
        self.show_button = QToolButton(self)
        self.show_button.setObjectName(show_name)
        self.show_button.setCheckable(True)
        self.show_button.setText(translate("SecretEdit", "Show"))
        self.show_button.setToolTip(translate("SecretEdit", "Show or hide the value"))
        self.show_button.setAccessibleName(translate("SecretEdit", "Show value"))
        self.show_button.setAccessibleDescription(self.show_button.toolTip())
        self.show_button.toggled.connect(self._set_visible)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(self.edit)

    def _set_visible(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.show_button.setText(translate("SecretEdit", "Hide") if visible
                                 else translate("SecretEdit", "Show"))

    def add_button(self, button: QToolButton) -> None:
        """Place another tool button after Show (e.g. Generate, Forget)."""
        self.layout().addWidget(button)
