"""Hand-off buttons: preview the request, copy it as cURL/PowerShell/httpx, import, export."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import handoff
from ..core.request import ApiRequest


class PreviewDialog(QDialog):
    """Non-modal, read-only view of the request Save sends (secrets masked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewRequestDialog")
        self.setWindowTitle("Preview request")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("previewRequestText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def show_request(self, method: str, endpoint: str, body: str) -> None:
        note = ("\nEditing a stored webhook: only the changed fields are sent."
                if method == "PATCH" else "")
        self.heading.setText(
            f"{method} {endpoint}\nThe access token and HMAC secret are masked.{note}")
        self.text.setPlainText(body)
        self.show()
        self.raise_()
        self.activateWindow()


class HandoffBar(QWidget):
    """``copied(kind, text)`` after each copy; import/export are handled by the window."""

    copied = Signal(str, str)
    importRequested = Signal()
    exportRequested = Signal()

    def __init__(
        self, api_base: str, request: Callable[[], ApiRequest], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.api_base = api_base
        self._request = request  # the call Save would make now
        self.preview_dialog: PreviewDialog | None = None
        self.preview_button = QPushButton("Previe&w request", self)
        self.preview_button.setObjectName("previewRequestButton")
        self.preview_button.setToolTip("Show the request that Save will send (secrets masked)")
        self.preview_button.clicked.connect(self.show_preview)
        self.copy_curl_button = QToolButton(self)
        self.copy_curl_button.setObjectName("copyCurlButton")
        self.copy_curl_button.setText("Copy as cURL")
        self.copy_curl_button.setToolTip("Copy the request as a curl command; the arrow has "
                                         "PowerShell and Python (httpx)")
        self.copy_curl_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.copy_curl_button.clicked.connect(lambda: self.copy("curl"))
        menu = QMenu(self.copy_curl_button)
        self.copy_actions: dict[str, QAction] = {}
        for kind, label in (("curl", "Copy as c&URL"), ("powershell", "Copy as &PowerShell"),
                            ("python", "Copy as P&ython (httpx)")):
            action = QAction(label, self)
            action.setObjectName(f"copy:{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.copy(k))
            menu.addAction(action)
            self.copy_actions[kind] = action
        self.copy_curl_button.setMenu(menu)
        self.include_secrets = QCheckBox("include secrets", self)
        self.include_secrets.setObjectName("includeSecretsCheck")
        self.include_secrets.setToolTip("Put the real token and HMAC secret in the next copy only")
        self.import_button = QPushButton("I&mport…", self)
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip("Read a webhook configuration file into the form")
        self.import_button.clicked.connect(self.importRequested)
        self.export_button = QPushButton("E&xport…", self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip("Save this configuration as a JSON file (no secrets)")
        self.export_button.clicked.connect(self.exportRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.preview_button, self.copy_curl_button, self.include_secrets,
                       self.import_button, self.export_button):
            layout.addWidget(widget)

    def show_preview(self) -> None:
        if self.preview_dialog is None:
            self.preview_dialog = PreviewDialog(self)
        request = self._request()
        self.preview_dialog.show_request(request.method, handoff.endpoint(self.api_base, request),
                                         handoff.preview_json(request))

    def copy(self, kind: str) -> str:
        """Copy the request as ``kind`` (curl, powershell, python); the tick then resets."""
        builder = {"curl": handoff.as_curl, "powershell": handoff.as_powershell,
                   "python": handoff.as_python}[kind]
        text = builder(self.api_base, self._request(), self.include_secrets.isChecked())
        QGuiApplication.clipboard().setText(text)
        self.include_secrets.setChecked(False)
        self.copied.emit(kind, text)
        return text
