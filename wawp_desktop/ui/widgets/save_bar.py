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

from ...core.i18n import QT_TRANSLATE_NOOP, translate

COPY_KINDS = (("curl", QT_TRANSLATE_NOOP("SaveBar", "Copy as c&URL")),
              ("powershell", QT_TRANSLATE_NOOP("SaveBar", "Copy as &PowerShell")),
              ("python", QT_TRANSLATE_NOOP("SaveBar", "Copy as P&ython (httpx)")))


class SaveBar(QWidget):
    """Widgets only; the save and hand-off features connect to them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBar")
        self.submit_button = QPushButton(translate("SaveBar", "&Save webhook"), self)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)
        self.submit_button.setToolTip(translate(
            "SaveBar", "Send this configuration to Wawp (Ctrl+S or Enter)"))
        self.submit_button.setAccessibleName(translate("SaveBar", "Save webhook"))
        self.submit_button.setAccessibleDescription(self.submit_button.toolTip())
        self.cancel_button = QPushButton(translate("SaveBar", "Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(translate("SaveBar", "Stop the request in flight (Esc)"))
        self.cancel_button.setAccessibleName(translate("SaveBar", "Cancel the request"))
        self.cancel_button.setAccessibleDescription(self.cancel_button.toolTip())
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.setEnabled(False)
        self.busy_indicator = QProgressBar(self)
        self.busy_indicator.setObjectName("busyIndicator")
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setMaximumWidth(120)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setAccessibleName(translate("SaveBar", "Saving"))
        policy = self.busy_indicator.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # appearing, it moves no button
        self.busy_indicator.setSizePolicy(policy)
        self.busy_indicator.hide()

        self.preview_button = QPushButton(translate("SaveBar", "Preview re&quest"), self)
        self.preview_button.setObjectName("previewRequestButton")
        self.preview_button.setToolTip(translate(
            "SaveBar", "Show the request that Save will send (secrets masked)"))
        self.preview_button.setAccessibleName(translate("SaveBar", "Preview request"))
        self.preview_button.setAccessibleDescription(self.preview_button.toolTip())
        self.copy_curl_button = QToolButton(self)
        self.copy_curl_button.setObjectName("copyCurlButton")
        self.copy_curl_button.setText(translate("SaveBar", "Copy as cURL"))
        self.copy_curl_button.setToolTip(translate(
            "SaveBar", "Copy the request as a curl command; the arrow has PowerShell and "
            "Python (httpx)"))
        self.copy_curl_button.setAccessibleName(translate("SaveBar", "Copy as cURL"))
        self.copy_curl_button.setAccessibleDescription(self.copy_curl_button.toolTip())
        self.copy_curl_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.copy_curl_button)
        self.copy_actions: dict[str, QAction] = {}
        for kind, label in COPY_KINDS:
            action = QAction(translate("SaveBar", label), self)
            action.setObjectName(f"copy:{kind}")
            menu.addAction(action)
            self.copy_actions[kind] = action
        self.copy_curl_button.setMenu(menu)
        self.include_secrets = QCheckBox(translate("SaveBar", "include secrets"), self)
        self.include_secrets.setObjectName("includeSecretsCheck")
        self.include_secrets.setToolTip(translate(
            "SaveBar", "Put the real token and HMAC secret in the next copy only (the "
            "clipboard is cleared after 30 s)"))
        self.include_secrets.setAccessibleName(translate("SaveBar",
                                                         "Include secrets in the next copy"))
        self.include_secrets.setAccessibleDescription(self.include_secrets.toolTip())
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
