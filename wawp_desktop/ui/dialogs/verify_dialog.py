"""The "Verify a delivery" dialog: which signature scheme explains a received request."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from ...core.i18n import ltr, translate
from ...core.signatures import verify_delivery
from ..a11y import announce
from ..theme import Tone
from ..widgets.status_label import StatusLabel


class VerifyDeliveryDialog(QDialog):
    """Non-modal; ``secret`` is read from the form each time Check is pressed."""

    def __init__(self, secret_provider, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("verifyDeliveryDialog")
        self.setWindowTitle(translate("VerifyDialog", "Verify a delivery"))
        self._secret = secret_provider
        intro = QLabel(translate(
            "VerifyDialog", "Paste the body of a request your server received and the value of "
            "its signature header ({header} or {other}). The HMAC secret of the form is used.",
        ).format(header=ltr("X-Wawp-Signature"), other=ltr("X-Webhook-Hmac")), self)
        intro.setWordWrap(True)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("verifyBodyEdit")
        self.body_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setAccessibleName(translate("VerifyDialog", "Received body"))
        self.body_edit.setAccessibleDescription(translate(
            "VerifyDialog", "The body of the request exactly as your server received it"))
        self.body_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # JSON
        self.header_edit = QLineEdit(self)
        self.header_edit.setObjectName("verifyHeaderEdit")
        self.header_edit.setAccessibleName(translate("VerifyDialog", "Signature header value"))
        self.header_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a code
        self.result = StatusLabel("verifyResult", self, bold=True, selectable=True)
        self.check_button = QPushButton(translate("VerifyDialog", "&Check"), self)
        self.check_button.setAccessibleName(translate("VerifyDialog", "Check"))
        self.check_button.setAccessibleDescription(translate(
            "VerifyDialog", "Check the signature with the HMAC secret of the form"))
        self.check_button.setObjectName("verifyCheckButton")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("VerifyDialog", "Received &body"), self.body_edit)
        form.addRow(translate("VerifyDialog", "Signature &header value"), self.header_edit)
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
        announce(self.result, self.result.text())
