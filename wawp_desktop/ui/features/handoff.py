"""Hand-off: Preview request and Copy as cURL / PowerShell / Python, always the request
:func:`~wawp_desktop.core.save.plan` returns for the form, i.e. what Save sends."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ...core import handoff
from ...core.i18n import translate
from ...core.request import ApiRequest
from ...core.save import plan
from .. import a11y
from ..dialogs.preview_dialog import PreviewDialog
from ..form.form import Form
from ..widgets.save_bar import SaveBar
from .editing import EditSession

BUILDERS = {"curl": handoff.as_curl, "powershell": handoff.as_powershell,
            "python": handoff.as_python}
NAMES = {"curl": "cURL", "powershell": "PowerShell", "python": "Python (httpx)"}
"""Product names: not translated."""


class HandoffFeature(QObject):
    """``copied(kind, text)`` after each copy. A copy made with "include secrets" is removed
    from the clipboard after :attr:`clipboard_clear_ms` if it is still there."""

    copied = Signal(str, str)
    clipboardCleared = Signal(bool)
    CLIPBOARD_CLEAR_MS = 30_000

    def __init__(self, api_base: str, form: Form, bar: SaveBar, editing: EditSession,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api_base = api_base
        self.form = form
        self.bar = bar
        self.editing = editing
        self.preview_dialog: PreviewDialog | None = None
        self.clipboard_clear_ms = self.CLIPBOARD_CLEAR_MS
        self._secret_copy: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._clear_clipboard)
        bar.preview_button.clicked.connect(self.show_preview)
        bar.copy_curl_button.clicked.connect(lambda: self.copy("curl"))
        for kind, action in bar.copy_actions.items():
            action.triggered.connect(lambda _=False, k=kind: self.copy(k))

    def request(self) -> ApiRequest:
        """The request Save would send now."""
        config = self.form.value()
        return plan(config, self.editing.existing_for(config))

    def show_preview(self) -> None:
        if self.preview_dialog is None:
            self.preview_dialog = PreviewDialog(self.bar.window())
        request = self.request()
        self.preview_dialog.show_request(request.method, handoff.endpoint(self.api_base, request),
                                         handoff.preview_json(request))

    def copy(self, kind: str) -> str:
        """Copy the request as ``kind`` (curl, powershell, python); the tick then resets."""
        with_secrets = self.bar.include_secrets.isChecked()
        text = BUILDERS[kind](self.api_base, self.request(), with_secrets)
        QGuiApplication.clipboard().setText(text)
        self.bar.include_secrets.setChecked(False)
        if with_secrets:
            self._secret_copy = text
            self._timer.start(self.clipboard_clear_ms)
        if with_secrets:
            message = translate(
                "HandoffFeature", "Copied the request as {name}. It holds your secrets: the "
                "clipboard is cleared in %n s.", None, round(self.clipboard_clear_ms / 1000))
        else:
            message = translate("HandoffFeature", "Copied the request as {name}.")
        message = message.format(name=NAMES[kind])
        status_bar = self.bar.window().statusBar()
        status_bar.showMessage(message, 8000)
        a11y.announce(status_bar, message)
        self.copied.emit(kind, text)
        return text

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        cleared = self._secret_copy is not None and clipboard.text() == self._secret_copy
        if cleared:
            clipboard.clear()
            self.bar.window().statusBar().showMessage(translate(
                "HandoffFeature", "The copied request with secrets was removed from the "
                "clipboard."), 5000)
        self._secret_copy = None
        self.clipboardCleared.emit(cleared)
