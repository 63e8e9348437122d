"""The Delivery section: retry delay and attempts, and the HMAC signing secret."""

from __future__ import annotations

import secrets

from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QToolButton, QVBoxLayout, QWidget

from ..core.config import (
    DEFAULT_RETRY_ATTEMPTS,
    DEFAULT_RETRY_DELAY,
    RETRY_ATTEMPTS_RANGE,
    RETRY_DELAY_RANGE,
    check_hmac,
)
from .field_message import FieldMessage
from .layout import column
from .secret_edit import SecretEdit


def generate_hmac_secret() -> str:
    """32 random bytes, URL-safe base64 (43 characters)."""
    return secrets.token_urlsafe(32)


class DeliveryPanel(QGroupBox):
    """Retries and HMAC. The spin boxes cannot hold values outside the accepted bounds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Delivery", parent)
        self.delay_spin = QSpinBox(self)
        self.delay_spin.setObjectName("retryDelaySpin")
        self.delay_spin.setRange(*RETRY_DELAY_RANGE)
        self.delay_spin.setValue(DEFAULT_RETRY_DELAY)
        self.delay_spin.setSuffix(" s")
        self.delay_spin.setAccessibleName("Retry delay in seconds")
        self.delay_spin.setToolTip("Seconds Wawp waits before delivering a failed event again")
        self.delay_error = FieldMessage("retries.delay", self)
        self.attempts_spin = QSpinBox(self)
        self.attempts_spin.setObjectName("retryAttemptsSpin")
        self.attempts_spin.setRange(*RETRY_ATTEMPTS_RANGE)
        self.attempts_spin.setValue(DEFAULT_RETRY_ATTEMPTS)
        self.attempts_spin.setAccessibleName("Delivery attempts")
        self.attempts_spin.setToolTip("How many times Wawp tries to deliver one event")
        self.attempts_error = FieldMessage("retries.attempts", self)

        self.hmac = SecretEdit("hmacEdit", "hmacShowButton", self)
        self.hmac.edit.setPlaceholderText("Optional secret for the X-Wawp-Signature header")
        self.hmac.edit.setAccessibleName("HMAC secret")
        self.generate_button = QToolButton(self)
        self.generate_button.setObjectName("hmacGenerateButton")
        self.generate_button.setText("Generate")
        self.generate_button.setToolTip("Fill in a new random 32-byte secret")
        self.generate_button.clicked.connect(self._generate)
        self.hmac.add_button(self.generate_button)
        self.hmac_message = FieldMessage("hmac", self)
        self.hmac.edit.textChanged.connect(self._hmac_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("Retry &delay", column(self, self.delay_spin, self.delay_error))
        form.addRow("Attem&pts", column(self, self.attempts_spin, self.attempts_error))
        form.addRow("&HMAC secret", column(self, self.hmac, self.hmac_message))
        QVBoxLayout(self).addLayout(form)

    @property
    def hmac_edit(self):  # noqa: ANN201 - QLineEdit
        return self.hmac.edit

    def _generate(self) -> None:
        self.hmac.edit.setText(generate_hmac_secret())

    def _hmac_changed(self, text: str) -> None:
        problem = check_hmac(text)
        if problem is None:
            self.hmac_message.clear_message()
        elif problem.is_error:
            self.hmac_message.show_error(problem.message)
        else:
            self.hmac_message.show_warning(problem.message)
