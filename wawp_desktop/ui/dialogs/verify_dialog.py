"""The "Verify a delivery" dialog: which signature scheme explains a received request."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.signatures import verify_delivery
from ..theme import Tone
from ..widgets.status_label import StatusLabel


class VerifyDeliveryDialog(QDialog):
    """Non-modal; ``secret`` is read from the form each time Check is pressed."""

    def __init__(self, secret_provider, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("verifyDeliveryDialog")
        self.setWindowTitle("Verify a delivery")
        self._secret = secret_provider
        intro = QLabel(
            "Paste the body of a request your server received and the value of its signature "
            "header (X-Wawp-Signature or X-Webhook-Hmac). The HMAC secret of the form is used.",
            self,
        )
        intro.setWordWrap(True)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("verifyBodyEdit")
        self.body_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setAccessibleName("Received body")
        self.header_edit = QLineEdit(self)
        self.header_edit.setObjectName("verifyHeaderEdit")
        self.header_edit.setAccessibleName("Signature header value")
        self.result = StatusLabel("verifyResult", self, bold=True, selectable=True)
        self.check_button = QPushButton("&Check", self)
        self.check_button.setObjectName("verifyCheckButton")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Received &body", self.body_edit)
        form.addRow("Signature &header value", self.header_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def check(self) -> None:
        verdict = verify_delivery(self._secret(), self.body_edit.toPlainText(),
                                  self.header_edit.text())
        self.result.set_status(Tone.SUCCESS if verdict.scheme else Tone.ERROR, verdict.message)
