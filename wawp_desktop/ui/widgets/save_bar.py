"""The bar under the pages that is always visible: Save, Cancel, a busy indicator, and the
hand-off buttons (Preview request, Copy as cURL and its "include secrets" tick)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

COPY_KINDS = (("curl", "Copy as c&URL"), ("powershell", "Copy as &PowerShell"),
              ("python", "Copy as P&ython (httpx)"))


class SaveBar(QWidget):
    """Widgets only; the save and hand-off features connect to them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBar")
        self.submit_button = QPushButton("&Save webhook", self)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)
        self.submit_button.setToolTip("Send this configuration to Wawp (Ctrl+S or Enter)")
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip("Stop the request in flight (Esc)")
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.setEnabled(False)
        self.busy_indicator = QProgressBar(self)
        self.busy_indicator.setObjectName("busyIndicator")
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setMaximumWidth(120)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setAccessibleName("Saving")
        policy = self.busy_indicator.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # appearing, it moves no button
        self.busy_indicator.setSizePolicy(policy)
        self.busy_indicator.hide()

        self.preview_button = QPushButton("Preview re&quest", self)
        self.preview_button.setObjectName("previewRequestButton")
        self.preview_button.setToolTip("Show the request that Save will send (secrets masked)")
        self.copy_curl_button = QToolButton(self)
        self.copy_curl_button.setObjectName("copyCurlButton")
        self.copy_curl_button.setText("Copy as cURL")
        self.copy_curl_button.setToolTip("Copy the request as a curl command; the arrow has "
                                         "PowerShell and Python (httpx)")
        self.copy_curl_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.copy_curl_button)
        self.copy_actions: dict[str, QAction] = {}
        for kind, label in COPY_KINDS:
            action = QAction(label, self)
            action.setObjectName(f"copy:{kind}")
            menu.addAction(action)
            self.copy_actions[kind] = action
        self.copy_curl_button.setMenu(menu)
        self.include_secrets = QCheckBox("include secrets", self)
        self.include_secrets.setObjectName("includeSecretsCheck")
        self.include_secrets.setToolTip("Put the real token and HMAC secret in the next copy "
                                        "only (the clipboard is cleared after 30 s)")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.submit_button, self.cancel_button, self.busy_indicator):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.preview_button, self.copy_curl_button, self.include_secrets):
            row.addWidget(widget)

    def set_busy(self, busy: bool) -> None:
        refocus = not busy and self.cancel_button.hasFocus()
        self.submit_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.busy_indicator.setVisible(busy)
        if refocus:
            self.submit_button.setFocus()
