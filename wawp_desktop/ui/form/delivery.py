"""The Delivery section: retries with a live schedule, and the HMAC secret with its tools."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import ltr, translate
from ...core.retry_schedule import DUPLICATE_WARNING, retry_sentence
from ...core.webhook import BY_NAME, DEFAULT_RETRY_ATTEMPTS, DEFAULT_RETRY_DELAY
from ..theme import Tone
from ..widgets.field_message import FieldMessage
from ..widgets.layout import column, field_label
from ..widgets.retry_timeline import RetryTimeline
from ..widgets.secret_edit import SecretEdit
from ..widgets.status_label import StatusLabel

if TYPE_CHECKING:
    from ..dialogs.verify_dialog import VerifyDeliveryDialog


def generate_hmac_secret() -> str:
    """32 random bytes, URL-safe base64 (43 characters)."""
    import secrets

    return secrets.token_urlsafe(32)


class DeliverySection(QGroupBox):
    """Retries and HMAC. The spin boxes cannot hold values outside the accepted bounds.

    ``clipboardCleared(bool)`` fires when the copy timer ends: True when the clipboard still
    held the secret and was cleared.
    """

    clipboardCleared = Signal(bool)
    CLIPBOARD_CLEAR_MS = 30_000
    NOTE_EXPIRES_MS = 5_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("DeliverySection", "Delivery"), parent)
        self.delay_spin = QSpinBox(self)
        self.delay_spin.setObjectName("retryDelaySpin")
        self.delay_spin.setRange(*BY_NAME["retry_delay"].bounds)
        self.delay_spin.setValue(DEFAULT_RETRY_DELAY)
        self.delay_spin.setSuffix(translate("DeliverySection", " s"))
        self.delay_spin.setAccessibleName(translate("DeliverySection", "Retry delay in seconds"))
        self.delay_spin.setToolTip(translate(
            "DeliverySection", "Seconds Wawp waits before delivering a failed event again"))
        self.delay_spin.setAccessibleDescription(self.delay_spin.toolTip())
        self.delay_error = FieldMessage("retries.delay", self)
        self.attempts_spin = QSpinBox(self)
        self.attempts_spin.setObjectName("retryAttemptsSpin")
        self.attempts_spin.setRange(*BY_NAME["retry_attempts"].bounds)
        self.attempts_spin.setValue(DEFAULT_RETRY_ATTEMPTS)
        self.attempts_spin.setAccessibleName(translate("DeliverySection", "Delivery attempts"))
        self.attempts_spin.setToolTip(translate(
            "DeliverySection", "How many times Wawp tries to deliver one event"))
        self.attempts_spin.setAccessibleDescription(self.attempts_spin.toolTip())
        for spin in (self.delay_spin, self.attempts_spin):
            spin.setLocale(QLocale.c())  # Latin digits, as in the sentence under them
        self.attempts_error = FieldMessage("retries.attempts", self)

        self.hmac = SecretEdit("hmacEdit", "hmacShowButton", self)
        self.hmac.edit.setPlaceholderText(translate(
            "DeliverySection", "Optional secret for the {header} header").format(
                header=ltr("X-Wawp-Signature")))
        self.hmac.edit.setAccessibleName(translate("DeliverySection", "HMAC secret"))
        self.hmac.edit.setAccessibleDescription(translate(
            "DeliverySection", "Optional. Wawp signs every delivery with it, so your server "
            "can check that the request comes from Wawp"))
        self.generate_button = QToolButton(self)
        self.generate_button.setObjectName("hmacGenerateButton")
        self.generate_button.setText(translate("DeliverySection", "Generate"))
        self.generate_button.setToolTip(translate("DeliverySection",
                                                  "Fill in a new random 32-byte secret"))
        self.generate_button.setAccessibleName(translate("DeliverySection",
                                                         "Generate a secret"))
        self.generate_button.setAccessibleDescription(self.generate_button.toolTip())
        self.generate_button.clicked.connect(self._generate)
        self.hmac.add_button(self.generate_button)
        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("hmacCopyButton")
        self.copy_button.setText(translate("DeliverySection", "Copy"))
        self.copy_button.setToolTip(translate(
            "DeliverySection", "Copy the secret; the clipboard is cleared after 30 s"))
        self.copy_button.setAccessibleName(translate("DeliverySection", "Copy the secret"))
        self.copy_button.setAccessibleDescription(self.copy_button.toolTip())
        self.copy_button.clicked.connect(self.copy_secret)
        self.hmac.add_button(self.copy_button)
        self.hmac_message = FieldMessage("hmac", self)
        self.hmac.edit.textChanged.connect(self._hmac_changed)
        self.verify_button = QPushButton(translate("DeliverySection", "Verify a delivery…"), self)
        self.verify_button.setObjectName("verifyDeliveryButton")
        self.verify_button.setToolTip(translate(
            "DeliverySection", "Check a received request's signature against this secret"))
        self.verify_button.setAccessibleName(translate("DeliverySection", "Verify a delivery"))
        self.verify_button.setAccessibleDescription(self.verify_button.toolTip())
        self.verify_button.clicked.connect(self.open_verify_dialog)
        self.verify_dialog: VerifyDeliveryDialog | None = None
        self.clipboard_clear_ms = self.CLIPBOARD_CLEAR_MS
        self._copied: str | None = None
        self._clip_timer = QTimer(self)
        self._clip_timer.setSingleShot(True)
        self._clip_timer.timeout.connect(self._clear_clipboard)
        self.copy_button.setEnabled(False)

        self.retry_summary = QLabel(self)
        self.retry_summary.setObjectName("retrySummary")
        self.retry_summary.setWordWrap(True)
        self.timeline = RetryTimeline(self)
        self.duplicate_warning = StatusLabel("retryDuplicateWarning", self)
        self.duplicate_warning.set_status(Tone.WARNING,
                                          translate("RetrySchedule", DUPLICATE_WARNING))
        self.delay_spin.valueChanged.connect(self._update_schedule)
        self.attempts_spin.valueChanged.connect(self._update_schedule)
        self._update_schedule()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(field_label(translate("DeliverySection", "Retry &delay"), self.delay_spin,
                                self),
                    column(self, self.delay_spin, self.delay_error))
        form.addRow(field_label(translate("DeliverySection", "Attem&pts"), self.attempts_spin,
                                self),
                    column(self, self.attempts_spin, self.attempts_error))
        form.addRow(column(self, self.retry_summary, self.timeline, self.duplicate_warning))
        verify_row = QHBoxLayout()
        verify_row.setContentsMargins(0, 0, 0, 0)
        verify_row.addWidget(self.verify_button)
        verify_row.addStretch(1)
        hmac_box = column(self, self.hmac, self.hmac_message)
        hmac_box.layout().addLayout(verify_row)
        form.addRow(field_label(translate("DeliverySection", "Si&gning secret\n(HMAC)"),
                                self.hmac.edit, self), hmac_box)
        QVBoxLayout(self).addLayout(form)

    @property
    def hmac_edit(self):  # noqa: ANN201 - QLineEdit
        return self.hmac.edit

    def _generate(self) -> None:
        self.hmac.edit.setText(generate_hmac_secret())

    def _update_schedule(self) -> None:
        delay, attempts = self.delay_spin.value(), self.attempts_spin.value()
        self.retry_summary.setText(retry_sentence(delay, attempts))
        self.timeline.set_schedule(delay, attempts)

    def copy_secret(self) -> None:
        """Put the secret on the clipboard and clear it later if it is still there."""
        secret = self.hmac.edit.text()
        if not secret:
            return
        QGuiApplication.clipboard().setText(secret)
        self._copied = secret
        self._clip_timer.start(self.clipboard_clear_ms)
        self.hmac_message.show_note(translate(
            "DeliverySection", "Copied. The clipboard is cleared in %n s.", None,
            round(self.clipboard_clear_ms / 1000)))

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        cleared = self._copied is not None and clipboard.text() == self._copied
        if cleared:
            clipboard.clear()
        self._copied = None
        self._hmac_changed(self.hmac.edit.text())
        if cleared and not self.hmac_message.text():
            self.hmac_message.show_note(translate("DeliverySection", "The clipboard was cleared."),
                                        expires_ms=self.NOTE_EXPIRES_MS)
        self.clipboardCleared.emit(cleared)

    def open_verify_dialog(self) -> None:
        """Show the (non-modal) Verify a delivery dialog."""
        if self.verify_dialog is None:
            from ..dialogs.verify_dialog import VerifyDeliveryDialog

            self.verify_dialog = VerifyDeliveryDialog(self.hmac.edit.text, self)
        self.verify_dialog.show()
        self.verify_dialog.raise_()
        self.verify_dialog.activateWindow()

    def _hmac_changed(self, text: str) -> None:
        from ...core.validation import check_hmac

        self.copy_button.setEnabled(bool(text))
        problem = check_hmac(text)
        if problem is None:
            self.hmac_message.clear_message()
        elif problem.is_error:
            self.hmac_message.show_error(problem.message)
        else:
            self.hmac_message.show_warning(problem.message)
