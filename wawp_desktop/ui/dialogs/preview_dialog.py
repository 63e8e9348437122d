"""The non-modal Preview request dialog: exactly what Save sends, secrets masked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import ltr, translate


class PreviewDialog(QDialog):
    """Non-modal, read-only view of the request Save sends (secrets masked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewRequestDialog")
        self.setWindowTitle(translate("PreviewDialog", "Preview request"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("previewRequestText")
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # JSON, never mirrored
        self.text.setAccessibleName(translate("PreviewDialog", "Request body"))
        self.text.setAccessibleDescription(translate(
            "PreviewDialog", "The JSON that Save sends, with the secrets masked"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def show_request(self, method: str, endpoint: str, body: str) -> None:
        lines = [ltr(f"{method} {endpoint}"),
                 translate("PreviewDialog", "The access token and HMAC secret are masked.")]
        if method == "PATCH":
            lines.append(translate("PreviewDialog", "Editing a stored webhook: only the changed "
                                   "fields are sent."))
        self.heading.setText("\n".join(lines))
        self.text.setPlainText(body)
        self.show()
        self.raise_()
        self.activateWindow()
