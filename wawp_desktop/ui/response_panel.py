"""The Response section: a one-line outcome and the normalized (or raw) answer."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ErrorKind, WawpError
from ..core.outcome import ApiSuccess

_STYLES = {
    "idle": "color: palette(text);",
    "busy": "color: #1a5fb4;",
    "ok": "color: #26734d; font-weight: bold;",
    "error": "color: #b3261e; font-weight: bold;",
    "warning": "color: #8a5a00; font-weight: bold;",
}


def pretty(value: Any) -> str:
    """Indented JSON, keys in server order, non-ASCII kept readable."""
    return json.dumps(value, indent=2, ensure_ascii=False)


class ResponsePanel(QGroupBox):
    """Shows what happened to the last save; the text areas are read-only and copyable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Response", parent)
        self.status = QLabel(self)
        self.status.setObjectName("responseStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.json_view = QPlainTextEdit(self)
        self.json_view.setObjectName("responseJson")
        self.raw_view = QPlainTextEdit(self)
        self.raw_view.setObjectName("responseRaw")
        for view in (self.json_view, self.raw_view):
            view.setReadOnly(True)
            view.setFont(mono)
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            view.setMinimumHeight(48)
        self.json_view.setAccessibleName("Normalized answer")
        self.raw_view.setAccessibleName("Raw answer")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("responseTabs")
        self.tabs.addTab(self.json_view, "Normalized")
        self.tabs.addTab(self.raw_view, "Raw answer")
        self.copy_button = QPushButton("Copy", self)
        self.copy_button.setObjectName("copyResponseButton")
        self.copy_button.setToolTip("Copy the text of the visible tab")
        self.copy_button.clicked.connect(self.copy_visible)

        self.read_back = QLabel(self)
        self.read_back.setObjectName("readBackStatus")
        self.read_back.setWordWrap(True)
        self.read_back.hide()

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_back)
        layout.addWidget(self.tabs, 1)
        self.show_idle()

    def show_read_back(self, verified: bool | None, text: str) -> None:
        """The read-back line: None while checking, then verified or the differences."""
        style = "busy" if verified is None else "ok" if verified else "warning"
        self.read_back.setStyleSheet(_STYLES[style])
        self.read_back.setText(text)
        self.read_back.setAccessibleName(text)
        self.read_back.show()

    def _set(self, style: str, text: str, normalized: str = "", raw: str = "") -> None:
        self.read_back.hide()
        self.read_back.clear()
        self.status.setStyleSheet(_STYLES[style])
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.json_view.setPlainText(normalized)
        self.raw_view.setPlainText(raw)
        self.copy_button.setEnabled(bool(normalized or raw))

    def show_idle(self) -> None:
        self._set("idle", "Nothing sent yet. Fill in the form and press Save webhook.")

    def show_busy(self, url: str) -> None:
        self._set("busy", f"Saving the webhook for {url}…")

    def show_invalid(self, count: int) -> None:
        noun = "field needs" if count == 1 else "fields need"
        self._set("error", f"Nothing was sent: {count} {noun} attention (see the messages in red).")

    def show_success(self, result: ApiSuccess) -> None:
        item = result.item if isinstance(result.item, dict) else {}
        events = item.get("events")
        count = len(events) if isinstance(events, list) else 0
        active = item.get("is_active")
        state = "active" if active is True else "inactive" if active is False else "stored"
        self._set(
            "ok",
            f"Saved: Wawp stored the webhook for {item.get('url', 'your URL')} "
            f"({count} event{'s' if count != 1 else ''}, {state}).",
            pretty(item),
            result.raw_body,
        )
        self.tabs.setCurrentIndex(0)

    def show_error(self, error: WawpError) -> None:
        plan_limit = error.kind in (ErrorKind.SUBSCRIPTION_REQUIRED, ErrorKind.QUOTA_REACHED)
        style = "warning" if plan_limit else "error"
        normalized = pretty(error.data) if error.data is not None else ""
        self._set(style, error.summary(), normalized, error.raw_body or "")
        self.tabs.setCurrentIndex(0 if normalized or not error.raw_body else 1)

    def show_cancelled(self) -> None:
        self._set(
            "warning",
            "Cancelled. The request was stopped; if it had already reached Wawp the change may "
            "still have been saved.",
        )

    def copy_visible(self) -> None:
        view = self.tabs.currentWidget()
        if isinstance(view, QPlainTextEdit):
            QGuiApplication.clipboard().setText(view.toPlainText())
