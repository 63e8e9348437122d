"""The Webhook section: where events go (URL), its name, and whether it is active."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.config import is_system_webhook
from .field_message import FieldMessage
from .layout import column

SYSTEM_NOTE = (
    "This is the instance's system webhook: the events you choose here also become the "
    "event filter of your Wawp dashboard."
)


class WebhookPanel(QGroupBox):
    """URL, name and active flag, with a note when the URL is the system webhook."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Webhook", parent)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setPlaceholderText("https://your-server.example/webhook")
        self.url_edit.setAccessibleName("Webhook URL")
        self.url_error = FieldMessage("url", self)
        self.system_note = QLabel(SYSTEM_NOTE, self)
        self.system_note.setObjectName("systemWebhookNote")
        self.system_note.setWordWrap(True)
        self.system_note.setStyleSheet("color: #1a5fb4;")
        self.system_note.hide()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText("Optional, e.g. CRM production")
        self.name_edit.setAccessibleName("Webhook name")
        self.name_error = FieldMessage("name", self)
        self.active_check = QCheckBox("Active — deliver events to this URL", self)
        self.active_check.setObjectName("activeCheck")
        self.active_check.setChecked(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("&URL", column(self, self.url_edit, self.url_error, self.system_note))
        form.addRow("&Name", column(self, self.name_edit, self.name_error))
        form.addRow("", self.active_check)
        QVBoxLayout(self).addLayout(form)
        self.url_edit.textChanged.connect(self._url_changed)
        self.name_edit.textChanged.connect(lambda _text: self.name_error.clear_message())

    def _url_changed(self, text: str) -> None:
        self.url_error.clear_message()
        self.system_note.setVisible(is_system_webhook(text))
