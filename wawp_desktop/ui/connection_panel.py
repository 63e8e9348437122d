"""The Connection section: instance ID, access token, and which API the app talks to."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.config import check_instance_id
from .field_message import WARNING_STYLE, FieldMessage
from .instance_status import InstanceStatus
from .layout import column
from .profiles_bar import ProfilesBar
from .secret_edit import SecretEdit


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A sandbox instance the window offers (label, instance ID, token)."""

    label: str
    instance_id: str
    token: str


class ConnectionPanel(QGroupBox):
    """Emits ``instanceChosen`` when a well-formed instance ID is entered."""

    instanceChosen = Signal(str)
    forgetTokenRequested = Signal(str)

    def __init__(
        self,
        api_base: str,
        demo_accounts: list[DemoAccount] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Connection", parent)
        self.demo_accounts = demo_accounts or []
        self.instance_id_edit = QLineEdit(self)
        self.instance_id_edit.setObjectName("instanceIdEdit")
        self.instance_id_edit.setPlaceholderText("12 letters and digits, from your Wawp dashboard")
        self.instance_id_edit.setAccessibleName("Instance ID")
        self.instance_id_error = FieldMessage("instance_id", self)

        self.token = SecretEdit("tokenEdit", "tokenShowButton", self)
        self.token.edit.setPlaceholderText("Access token of this instance")
        self.token.edit.setAccessibleName("Access token")
        self.forget_button = QToolButton(self)
        self.forget_button.setObjectName("forgetTokenButton")
        self.forget_button.setText("Forget")
        self.forget_button.setToolTip("Remove this instance's token from the system password store")
        self.forget_button.clicked.connect(self._forget)
        self.token.add_button(self.forget_button)
        self.token_error = FieldMessage("access_token", self)
        self.token_status = QLabel(self)
        self.token_status.setObjectName("tokenStatus")
        self.token_status.setWordWrap(True)
        self.token_status.setStyleSheet("color: palette(mid);")

        sandbox = bool(self.demo_accounts)
        where = "Sandbox (built-in practice server)" if sandbox else "Wawp API"
        self.api_label = QLabel(f"<b>{where}</b><br>{html.escape(api_base)}", self)
        self.api_label.setObjectName("apiBaseLabel")
        self.api_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.api_label.setToolTip("Requests go to this address")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.profiles = ProfilesBar(self)
        self.status = InstanceStatus(self)
        form.addRow("Talks to", self.api_label)
        form.addRow("&Saved", self.profiles)
        if sandbox:
            self.demo_combo = QComboBox(self)
            self.demo_combo.setObjectName("demoAccountCombo")
            self.demo_combo.setAccessibleName("Demo instance")
            self.demo_combo.addItem("Choose a demo instance…", None)
            for account in self.demo_accounts:
                self.demo_combo.addItem(f"{account.label} ({account.instance_id})", account)
            self.demo_combo.activated.connect(self._use_demo)
            form.addRow("Demo", self.demo_combo)
        form.addRow("Instance &ID", column(self, self.instance_id_edit, self.instance_id_error))
        form.addRow("Access &token", column(self, self.token, self.token_error, self.token_status))
        form.addRow("", self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.instance_id_edit.textChanged.connect(self._instance_changed)

    @property
    def token_edit(self) -> QLineEdit:
        return self.token.edit

    def chosen_instance(self) -> str | None:
        """The instance ID in the field when it is well-formed, else None."""
        text = self.instance_id_edit.text()
        return text if check_instance_id(text) is None else None

    def _instance_changed(self, text: str) -> None:
        self.instance_id_error.clear_message()
        if self.demo_accounts:
            chosen = self.demo_combo.currentData()
            if isinstance(chosen, DemoAccount) and chosen.instance_id != text:
                self.demo_combo.setCurrentIndex(0)
        if check_instance_id(text) is None:
            self.instanceChosen.emit(text)

    def _use_demo(self, index: int) -> None:
        account = self.demo_combo.itemData(index)
        if isinstance(account, DemoAccount):
            self.instance_id_edit.setText(account.instance_id)
            self.token_edit.setText(account.token)
            self.token_error.clear_message()

    def _forget(self) -> None:
        instance_id = self.instance_id_edit.text().strip()
        if check_instance_id(instance_id) is not None:
            self.instance_id_error.show_error("Enter the instance whose token should be forgotten.")
            return
        self.forgetTokenRequested.emit(instance_id)

    def set_token_status(self, text: str, warning: bool = False) -> None:
        self.token_status.setStyleSheet(WARNING_STYLE if warning else "color: palette(mid);")
        self.token_status.setText(("⚠ " if warning else "") + text)
