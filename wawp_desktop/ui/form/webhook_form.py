"""The Webhook page: where events go (URL, name, active), which events, how they are delivered.

Wide windows show two columns (the webhook and its delivery on the left, the events on the
right); narrow ones stack them, so nothing ever needs sideways scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.webhook import is_system_webhook
from ..theme import Tone
from ..widgets.field_message import FieldMessage
from ..widgets.layout import column, field_label
from ..widgets.status_label import StatusLabel
from .delivery import DeliverySection
from .events_picker import EventsPicker
from .form import Editor, Form

SYSTEM_NOTE = QT_TRANSLATE_NOOP(
    "WebhookForm",
    "This is the instance's system webhook: the events you choose here also become the "
    "event filter of your Wawp dashboard.",
)
TWO_COLUMNS_MIN_WIDTH = 860
"""Below this width the events go under the webhook's fields instead of beside them."""


class WebhookForm(QScrollArea):
    """The page's widgets; :meth:`register` hands their editors to the :class:`Form`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webhookPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        page = QWidget(self)
        page.setObjectName("webhookPageContent")

        basics = QGroupBox(translate("WebhookForm", "Webhook"), page)
        self.url_edit = QLineEdit(basics)
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setPlaceholderText("https://your-server.example/webhook")
        self.url_edit.setAccessibleName(translate("WebhookForm", "Webhook URL"))
        self.url_edit.setAccessibleDescription(translate(
            "WebhookForm", "The address of your server where Wawp delivers the events"))
        self.url_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a URL, never mirrored
        self.url_error = FieldMessage("url", basics, lines=2)  # its messages are the longest
        self.system_note = StatusLabel("systemWebhookNote", basics)
        self.system_note.set_status(Tone.INFO, translate("WebhookForm", SYSTEM_NOTE))
        self.system_note.hide()
        self.url_tools = QHBoxLayout()  # the URL check goes here
        self.url_tools.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(basics)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(translate("WebhookForm",
                                                    "Optional, e.g. CRM production"))
        self.name_edit.setAccessibleName(translate("WebhookForm", "Webhook name"))
        self.name_error = FieldMessage("name", basics)
        self.active_check = QCheckBox(translate("WebhookForm",
                                                "&Active: deliver events to this URL"), basics)
        self.active_check.setAccessibleName(translate("WebhookForm", "Active"))
        self.active_check.setAccessibleDescription(translate(
            "WebhookForm", "When checked, Wawp delivers events to this URL"))
        self.active_check.setObjectName("activeCheck")
        self.active_check.setChecked(True)
        self.active_message = FieldMessage("is_active", basics)
        self.import_button = QPushButton(translate("WebhookForm", "Imp&ort…"), basics)
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(translate(
            "WebhookForm", "Read a webhook configuration file into the form (Ctrl+O)"))
        self.import_button.setAccessibleName(translate("WebhookForm", "Import configuration"))
        self.import_button.setAccessibleDescription(self.import_button.toolTip())
        self.export_button = QPushButton(translate("WebhookForm", "E&xport…"), basics)
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(translate(
            "WebhookForm", "Save this configuration as a JSON file (no secrets)"))
        self.export_button.setAccessibleName(translate("WebhookForm", "Export configuration"))
        self.export_button.setAccessibleDescription(self.export_button.toolTip())
        url_box = column(basics, self.url_edit, self.url_error, self.system_note)
        url_box.layout().addLayout(self.url_tools)
        files = QHBoxLayout()
        files.addStretch(1)
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        form = QFormLayout(basics)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(field_label(translate("WebhookForm", "&URL"), self.url_edit, basics), url_box)
        form.addRow(field_label(translate("WebhookForm", "Na&me"), self.name_edit, basics),
                    column(basics, self.name_edit, self.name_error))
        form.addRow("", column(basics, self.active_check, self.active_message))
        form.addRow(files)

        self.delivery = DeliverySection(page)  # created in reading order: Tab follows it
        self.events = EventsPicker(page)
        left = QVBoxLayout()
        left.addWidget(basics)
        left.addWidget(self.delivery)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.events)
        right.addStretch(1)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        self._columns.addLayout(left, 1)
        self._columns.addLayout(right, 1)
        self.setWidget(page)
        self.url_edit.textChanged.connect(self._url_changed)
        self.name_edit.textChanged.connect(lambda _text: self.name_error.clear_message())

    @property
    def two_columns(self) -> bool:
        return self._columns.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        wide = event.size().width() >= TWO_COLUMNS_MIN_WIDTH
        if wide != self.two_columns:
            self._columns.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                       else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def _url_changed(self, text: str) -> None:
        self.url_error.clear_message()
        self.system_note.setVisible(is_system_webhook(text))

    def line_edits(self) -> list[QLineEdit]:
        """The page's text fields where Enter saves."""
        return [self.url_edit, self.name_edit, self.delivery.hmac_edit]

    def register(self, form: Form) -> None:
        """Give ``form`` this page's editors (one per field of the table)."""
        d, e = self.delivery, self.events
        form.add("url", Editor(self.url_edit.text, self.url_edit.setText, self.url_error,
                               self.url_edit))
        form.add("name", Editor(self.name_edit.text, self.name_edit.setText, self.name_error,
                                self.name_edit))
        form.add("events", Editor(e.selected_events, e.set_selected, e.error, e.first_check()))
        form.add("is_active", Editor(self.active_check.isChecked, self.active_check.setChecked,
                                     self.active_message, self.active_check))
        form.add("retry_delay", Editor(d.delay_spin.value, d.delay_spin.setValue, d.delay_error,
                                       d.delay_spin))
        form.add("retry_attempts", Editor(d.attempts_spin.value, d.attempts_spin.setValue,
                                          d.attempts_error, d.attempts_spin))
        form.add("hmac", Editor(d.hmac_edit.text, d.hmac_edit.setText, d.hmac_message,
                                d.hmac_edit))
