"""Every secret field of the form (the table's ``secret`` rows: the token, the HMAC secret) is
masked in logs and crash reports as soon as it is typed, pasted, generated or loaded, not only
after the first save."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from ...core.secrets import register_secret
from ...core.webhook import SECRET_FIELDS
from ..form.form import Form

SETTLE_MS = 300
"""Typing pauses this long before the value is registered (not every prefix of it)."""


class SecretWatch(QObject):
    """Registers the secret fields' values with :func:`register_secret` once they settle."""

    def __init__(self, form: Form, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.register_all)
        for spec in SECRET_FIELDS:
            widget = form.editors[spec.name].focus
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _text: self._timer.start())
                widget.editingFinished.connect(self.register_all)
        self.register_all()

    def register_all(self) -> None:
        for spec in SECRET_FIELDS:
            register_secret(self.form.editors[spec.name].get())
