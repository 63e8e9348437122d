"""The "Check URL" button, its verdict and its steps: a thin Qt face on core.urlcheck."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...core.urlcheck import CheckOptions, CheckReport, Level, check_url
from ...sandbox.receiver import ReceivedEvent, describe_event
from ..theme import Tone
from ..widgets.status_label import StatusLabel

log = logging.getLogger(__name__)

CHECK_TEXT = "Check URL"
CANCEL_TEXT = "Cancel check"
PRACTICE_TEXT = "Use practice receiver"
CHECK_TIP = (
    "Checks from this computer that the address is public, reachable and secure, and sends a "
    "test event to it. Nothing is saved."
)
PRACTICE_TIP = "Put the address of the practice receiver on this computer in the URL field."
RUNNING_TEXT = "Checking the address…"
CANCELLED_TEXT = "Check cancelled."
NO_LOOP_TEXT = "The check could not start. Try again."
CRASHED_TEXT = "The check stopped because of an unexpected problem. Try again."
RECEIVED_TITLE = "What the practice receiver got (newest first):"
TONES = {Level.OK: Tone.SUCCESS, Level.WARN: Tone.WARNING, Level.FAIL: Tone.ERROR}
"""The verdict's tone; its colour comes from the palette (see :mod:`..theme`)."""


class _TaskHolder:
    """Holds the running check outside the widget, so the widget's destruction can cancel it."""

    def __init__(self) -> None:
        self.task: asyncio.Task[CheckReport] | None = None

    def cancel(self, *_args: object) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()


class UrlCheckPanel(QWidget):
    """Button, verdict label and step list. ``practiceRequested(url)`` asks to fill the URL."""

    practiceRequested = Signal(str)
    checkFinished = Signal(object)
    """Emitted with the :class:`CheckReport` when a check ends (not when it is cancelled)."""

    def __init__(
        self,
        get_url: Callable[[], str],
        get_hmac: Callable[[], str],
        *,
        practice_receiver_url: str | None = None,
        received_events: Callable[[], Sequence[ReceivedEvent]] | None = None,
        options: CheckOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._get_url = get_url
        self._get_hmac = get_hmac
        self._practice_url = practice_receiver_url
        self._received_events = received_events
        self._options = options or CheckOptions(allow_loopback=practice_receiver_url is not None)
        self._holder = _TaskHolder()
        self.destroyed.connect(self._holder.cancel)

        self.check_button = QPushButton(CHECK_TEXT, self)
        self.check_button.setObjectName("checkUrlButton")
        self.check_button.setToolTip(CHECK_TIP)
        self.check_button.clicked.connect(self._on_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.check_button)
        self.practice_button: QPushButton | None = None
        if practice_receiver_url is not None:
            self.practice_button = QPushButton(PRACTICE_TEXT, self)
            self.practice_button.setObjectName("usePracticeReceiverButton")
            self.practice_button.setToolTip(PRACTICE_TIP)
            self.practice_button.clicked.connect(
                lambda: self.practiceRequested.emit(practice_receiver_url)
            )
            buttons.addWidget(self.practice_button)
        buttons.addStretch(1)

        self.result_label = StatusLabel("urlCheckResult", self, bold=True, selectable=True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)

        self.details = self._text_view("urlCheckDetails", 10)
        self.received_view = self._text_view("practiceReceivedEvents", 12)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.details)
        layout.addWidget(self.received_view)
        layout.addStretch(1)

    def _text_view(self, name: str, lines: int) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        view.setMaximumHeight(view.fontMetrics().lineSpacing() * lines + 12)
        view.hide()
        return view

    # ---- public ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._holder.task is not None and not self._holder.task.done()

    def start_check(self) -> None:
        """Start a check of the current URL (does nothing while one runs)."""
        if self.running:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._show_message(Level.FAIL, NO_LOOP_TEXT)
            return
        task = loop.create_task(check_url(self._get_url(), hmac_secret=self._get_hmac(),
                                          options=self._options))
        self._holder.task = task
        task.add_done_callback(self._on_done)
        self.check_button.setText(CANCEL_TEXT)
        self.details.hide()
        self._show_message(None, RUNNING_TEXT)

    def cancel_check(self) -> None:
        self._holder.cancel()

    def clear_result(self) -> None:
        """The verdict is about the URL that was checked: it leaves when the URL changes."""
        if not self.running:
            self.result_label.clear_status()
            self.details.hide()

    def show_report(self, report: CheckReport) -> None:
        verdict = report.verdict
        text = verdict.sentence
        if verdict.advice:
            text += f"\n{verdict.advice}"
        self._show_message(verdict.level, text)
        self.details.setPlainText(report.as_text(with_verdict=False))
        self.details.show()

    def show_received(self, events: Sequence[ReceivedEvent]) -> None:
        """Show what the practice receiver got (the lead may call this at any time)."""
        if not events:
            self.received_view.hide()
            return
        secret = self._get_hmac()
        parts = [RECEIVED_TITLE] + [describe_event(e, secret) for e in reversed(events)]
        self.received_view.setPlainText("\n\n".join(parts))
        self.received_view.show()

    # ---- internals ---------------------------------------------------------------------------

    def _on_button(self) -> None:
        if self.running:
            self.cancel_check()
        else:
            self.start_check()

    def _on_done(self, task: asyncio.Task[CheckReport]) -> None:
        if not isValid(self) or task is not self._holder.task:
            return
        self.check_button.setText(CHECK_TEXT)
        if task.cancelled():
            self._show_message(Level.WARN, CANCELLED_TEXT)
            return
        error = task.exception()
        if error is not None:
            log.error("URL check failed unexpectedly", exc_info=error)
            self._show_message(Level.FAIL, CRASHED_TEXT)
            return
        report = task.result()
        self.show_report(report)
        if self._received_events is not None:
            self.show_received(list(self._received_events())[-5:])
        self.checkFinished.emit(report)

    def _show_message(self, level: Level | None, text: str) -> None:
        self.result_label.set_status(TONES.get(level, Tone.MUTED), text)
