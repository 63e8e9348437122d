"""The answer area: what the last operation on this instance did, and Wawp's answer.

It takes room only when there is something to show. Each message belongs to an instance and
an operation (its scope): a new operation replaces it, and switching to another instance
removes it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import ltr, translate
from ..theme import Tone
from ..widgets.status_label import StatusLabel

if TYPE_CHECKING:
    from ...core.errors import WawpError
    from ...core.outcome import ApiSuccess  # the outcome module loads after the first paint

DISPLAY_LIMIT = 16_000
"""Characters shown per text view: Qt lays out a longer text on the GUI thread (a 1 MB answer
froze the window for over 100 ms). Copy still copies the whole text."""
LINE_LIMIT = 2_000
"""Characters shown of one line: Qt lays out a whole line, even in a hidden tab (a one-line
answer of 16,000 characters took 6 ms of the GUI thread; 2,000 take under 1 ms)."""


def pretty(value: Any) -> str:
    """Indented JSON, keys in server order, non-ASCII kept readable (long lists shortened)."""
    from ...core.preview import shrink

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
    note = translate("AnswerPanel", "… %n more character(s) not shown (Copy copies everything)",
                     None, hidden)
    return head + "\n" + note.replace(str(hidden), f"{hidden:,}", 1)


def size_notice(raw: str) -> str:
    """A sentence for an answer too large to show in full ("" for a normal one)."""
    if len(raw) <= DISPLAY_LIMIT:
        return ""
    from ...core.preview import size_text

    size = len(raw) if raw.isascii() else len(raw.encode("utf-8", "replace"))  # isascii: O(1)
    return " " + translate(
        "AnswerPanel", "The answer is too large to show in full ({size}): the views show its "
        "beginning; Copy on the “Raw answer” tab copies all of it.").format(size=size_text(size))


class AnswerPanel(QGroupBox):
    """The outcome line, the read-back line and (on request) the normalized and raw answer.

    ``contentChanged`` fires when what it shows changes (the window then gives it room)."""

    contentChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AnswerPanel", "Answer"), parent)
        self.setObjectName("answerPanel")
        self.scope: tuple[str, str] | None = None  # (instance ID, operation)
        self.text = ""
        """The outcome line as shown (without its symbol): what screen readers are told."""
        self.status = StatusLabel("responseStatus", self, bold=True, selectable=True)
        self.read_back = StatusLabel("readBackStatus", self)
        self.read_back.hide()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.json_view = QPlainTextEdit(self)
        self.json_view.setObjectName("responseJson")
        self.raw_view = QPlainTextEdit(self)
        self.raw_view.setObjectName("responseRaw")
        for view in (self.json_view, self.raw_view):
            view.setReadOnly(True)
            view.setFont(mono)
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            view.setMinimumHeight(60)
            view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # JSON, also in Arabic
        self.json_view.setAccessibleName(translate("AnswerPanel", "Normalized answer"))
        self.json_view.setAccessibleDescription(translate(
            "AnswerPanel", "What Wawp stored or said, as indented JSON (read-only)."))
        self.raw_view.setAccessibleName(translate("AnswerPanel", "Raw answer"))
        self.raw_view.setAccessibleDescription(translate(
            "AnswerPanel", "Wawp's answer exactly as it arrived (read-only)."))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("responseTabs")
        self.tabs.addTab(self.json_view, translate("AnswerPanel", "Normalized"))
        self.tabs.addTab(self.raw_view, translate("AnswerPanel", "Raw answer"))
        self.tabs.tabBar().setAccessibleName(translate("AnswerPanel", "Answer views"))
        self.tabs.tabBar().setAccessibleDescription(translate(
            "AnswerPanel", "Choose the normalized answer or the raw answer."))
        self.tabs.hide()
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("answerDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(translate("AnswerPanel", "Show or hide what Wawp answered"))
        self.details_button.setAccessibleDescription(self.details_button.toolTip())
        self._name_details_button(False)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(translate("AnswerPanel", "Copy"), self)
        self.copy_button.setObjectName("copyResponseButton")
        self.copy_button.setToolTip(translate("AnswerPanel", "Copy the text of the visible tab"))
        self.copy_button.setAccessibleName(translate("AnswerPanel", "Copy the answer"))
        self.copy_button.setAccessibleDescription(translate(
            "AnswerPanel", "Copies the whole text of the visible tab, also what is not shown."))
        self.copy_button.clicked.connect(self.copy_visible)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.details_button)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.read_back)
        layout.addWidget(self.tabs, 1)
        self._full: dict[QPlainTextEdit, str] = {}
        self.show_idle()

    @property
    def has_details(self) -> bool:
        return any(self._full.values())

    def _name_details_button(self, shown: bool) -> None:
        text = (translate("AnswerPanel", "Hide answer") if shown
                else translate("AnswerPanel", "Show answer"))
        self.details_button.setText(text)
        self.details_button.setAccessibleName(text)

    def _toggle_details(self, shown: bool) -> None:
        self.tabs.setVisible(shown and self.has_details)
        self._name_details_button(shown)
        self.contentChanged.emit()

    def show_read_back(self, verified: bool | None, text: str) -> None:
        """The read-back line: None while checking, then verified or the differences."""
        tone = Tone.MUTED if verified is None else Tone.SUCCESS if verified else Tone.WARNING
        self.read_back.set_status(tone, text)
        self.read_back.show()
        self.contentChanged.emit()

    def _set(self, scope: tuple[str, str] | None, tone: Tone, text: str, normalized: str = "",
             raw: str = "") -> None:
        self.scope = scope
        self.read_back.hide()
        self.read_back.clear_status()
        text += size_notice(raw)
        self.text = text
        self.status.set_status(tone, text)
        self._full = {self.json_view: normalized, self.raw_view: raw}
        self.json_view.setPlainText(clip(normalized))
        self.raw_view.setPlainText(clip(raw))
        self.copy_button.setVisible(self.has_details)
        self.details_button.setVisible(self.has_details)
        self.tabs.setVisible(self.details_button.isChecked() and self.has_details)
        self.setVisible(scope is not None)
        self.contentChanged.emit()

    def needed_height(self) -> int:
        """The height that shows every line at the panel's width (word wrap included)."""
        layout = self.layout()
        frame = self.height() - self.contentsRect().height()  # the title and the frame
        inner = self.contentsRect().width()
        return frame + (layout.totalHeightForWidth(inner) if layout.hasHeightForWidth()
                        else layout.totalSizeHint().height())

    def instance_changed(self, instance_id: str) -> None:
        """Messages about another instance leave with it."""
        if self.scope is not None and self.scope[0] != instance_id:
            self.show_idle()

    def show_idle(self) -> None:
        self._set(None, Tone.NORMAL, "")

    def show_message(self, instance_id: str, operation: str, tone: Tone, text: str) -> None:
        """A plain message about ``operation`` on ``instance_id`` (no answer to show)."""
        self._set((instance_id, operation), tone, text)

    def show_busy(self, instance_id: str, url: str) -> None:
        self._set((instance_id, "save"), Tone.MUTED, translate(
            "AnswerPanel", "Saving the webhook for {url}…").format(url=ltr(url)))

    def show_invalid(self, instance_id: str, count: int) -> None:
        self._set((instance_id, "save"), Tone.ERROR, translate(
            "AnswerPanel", "Nothing was sent: %n field(s) to correct (see the messages in the "
            "form).", None, count))

    def show_success(self, instance_id: str, result: ApiSuccess) -> None:
        item = result.item if isinstance(result.item, dict) else {}
        events = item.get("events")
        count = len(events) if isinstance(events, list) else 0
        active = item.get("is_active")
        if not item:
            text = result.message or translate("AnswerPanel", "Saved: Wawp accepted the change.")
        else:
            url = item.get("url")
            url = ltr(url) if url else translate("AnswerPanel", "your URL")
            if active is True:
                text = translate("AnswerPanel", "Saved: Wawp stored the webhook for {url} "
                                 "(%n event(s), active).", None, count)
            elif active is False:
                text = translate("AnswerPanel", "Saved: Wawp stored the webhook for {url} "
                                 "(%n event(s), inactive).", None, count)
            else:
                text = translate("AnswerPanel", "Saved: Wawp stored the webhook for {url} "
                                 "(%n event(s), stored).", None, count)
            text = text.format(url=url)
        self._set((instance_id, "save"), Tone.SUCCESS, text,
                  pretty(item or result.data), result.raw_body)
        self.tabs.setCurrentIndex(0)

    def show_error(self, instance_id: str, operation: str, error: WawpError) -> None:
        from ...core.errors import ErrorKind

        plan_limit = error.kind in (ErrorKind.SUBSCRIPTION_REQUIRED, ErrorKind.QUOTA_REACHED)
        normalized = pretty(error.data) if error.data is not None else ""
        self._set((instance_id, operation), Tone.WARNING if plan_limit else Tone.ERROR,
                  error.summary(), normalized, error.raw_body or "")
        self.tabs.setCurrentIndex(0 if normalized or not error.raw_body else 1)

    def show_cancelled(self, instance_id: str) -> None:
        self._set((instance_id, "save"), Tone.WARNING, translate(
            "AnswerPanel", "Cancelled. The request was stopped; if it had already reached Wawp "
            "the change may still have been saved."))

    def copy_visible(self) -> None:
        view = self.tabs.currentWidget()
        if isinstance(view, QPlainTextEdit):
            QGuiApplication.clipboard().setText(self._full.get(view, view.toPlainText()))
