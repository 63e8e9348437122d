"""The Response section: a one-line outcome and the normalized (or raw) answer."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

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
from ..core.preview import shrink, size_text

if TYPE_CHECKING:
    from ..core.outcome import ApiSuccess  # the outcome module loads after the first paint

_STYLES = {
    "idle": "color: palette(text);",
    "busy": "color: #1a5fb4;",
    "ok": "color: #26734d; font-weight: bold;",
    "error": "color: #b3261e; font-weight: bold;",
    "warning": "color: #8a5a00; font-weight: bold;",
}


DISPLAY_LIMIT = 16_000
"""Characters shown per text view: Qt lays out a longer text on the GUI thread (a 1 MB answer
froze the window for over 100 ms). Copy still copies the whole text."""
LINE_LIMIT = 2_000
"""Characters shown of one line: Qt lays out a whole line, even in a hidden tab (a one-line
answer of 16,000 characters took 6 ms of the GUI thread; 2,000 take under 1 ms)."""


def pretty(value: Any) -> str:
    """Indented JSON, keys in server order, non-ASCII kept readable (long lists shortened)."""
    try:
        return json.dumps(shrink(value), indent=2, ensure_ascii=False)
    except RecursionError:
        return json.dumps(value, ensure_ascii=False)


def clip(text: str) -> str:
    """At most DISPLAY_LIMIT characters of ``text``, cut at a line end, and LINE_LIMIT of each
    line, with a note saying how much is not shown."""
    head = text
    if len(text) > DISPLAY_LIMIT:
        cut = text.rfind("\n", 0, DISPLAY_LIMIT)
        head = text[: cut if cut > DISPLAY_LIMIT // 2 else DISPLAY_LIMIT]
    lines = head.split("\n")
    cut_chars = sum(len(line) - LINE_LIMIT for line in lines if len(line) > LINE_LIMIT)
    if head is text and not cut_chars:
        return text
    if cut_chars:
        head = "\n".join(line[:LINE_LIMIT] + " …" if len(line) > LINE_LIMIT else line
                         for line in lines)
    hidden = len(text) - (len("\n".join(lines)) - cut_chars)
    return head + f"\n… {hidden:,} more characters not shown (Copy copies everything)"


def size_notice(raw: str) -> str:
    """A sentence for an answer too large to show in full ("" for a normal one)."""
    if len(raw) <= DISPLAY_LIMIT:
        return ""
    size = len(raw) if raw.isascii() else len(raw.encode("utf-8", "replace"))  # isascii: O(1)
    return (f" The answer is too large to show in full ({size_text(size)}): the views show "
            "its beginning; Copy on the “Raw answer” tab copies all of it.")


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
        text += size_notice(raw)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self._full = {self.json_view: normalized, self.raw_view: raw}
        self.json_view.setPlainText(clip(normalized))
        self.raw_view.setPlainText(clip(raw))
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
            QGuiApplication.clipboard().setText(self._full.get(view, view.toPlainText()))
