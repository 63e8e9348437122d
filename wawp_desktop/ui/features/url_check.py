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

from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.urlcheck import CheckOptions, CheckReport, Level, check_url
from ...sandbox.receiver import ReceivedEvent, describe_event
from ..a11y import announce
from ..theme import Tone
from ..widgets.status_label import StatusLabel

log = logging.getLogger(__name__)

CHECK_TEXT = QT_TRANSLATE_NOOP("UrlCheckPanel", "Check URL")
CANCEL_TEXT = QT_TRANSLATE_NOOP("UrlCheckPanel", "Cancel check")
PRACTICE_TEXT = QT_TRANSLATE_NOOP("UrlCheckPanel", "Use practice receiver")
CHECK_TIP = QT_TRANSLATE_NOOP(
    "UrlCheckPanel",
    "Checks from this computer that the address is public, reachable and secure, and sends a "
    "test event to it. Nothing is saved."
)
CANCEL_TIP = QT_TRANSLATE_NOOP(
    "UrlCheckPanel", "Stops the running check at once; nothing was saved."
)
PRACTICE_TIP = QT_TRANSLATE_NOOP(
    "UrlCheckPanel",
    "Put the address of the practice receiver on this computer in the URL field."
)
RUNNING_TEXT = QT_TRANSLATE_NOOP("UrlCheckPanel", "Checking the address…")
CANCELLED_TEXT = QT_TRANSLATE_NOOP("UrlCheckPanel", "Check cancelled.")
NO_LOOP_TEXT = QT_TRANSLATE_NOOP("UrlCheckPanel", "The check could not start. Try again.")
CRASHED_TEXT = QT_TRANSLATE_NOOP(
    "UrlCheckPanel", "The check stopped because of an unexpected problem. Try again."
)
RECEIVED_TITLE = QT_TRANSLATE_NOOP("UrlCheckPanel",
                                   "What the practice receiver got (newest first):")
"""English sources: every text above is shown through :func:`tr`."""


def tr(text: str) -> str:
    """A constant of this module in the user's language."""
    return translate("UrlCheckPanel", text)

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

        self.check_button = QPushButton(tr(CHECK_TEXT), self)
        self.check_button.setObjectName("checkUrlButton")
        self._show_check_button(running=False)
        self.check_button.clicked.connect(self._on_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.check_button)
        self.practice_button: QPushButton | None = None
        if practice_receiver_url is not None:
            self.practice_button = QPushButton(tr(PRACTICE_TEXT), self)
            self.practice_button.setObjectName("usePracticeReceiverButton")
            self.practice_button.setToolTip(tr(PRACTICE_TIP))
            self.practice_button.setAccessibleName(tr(PRACTICE_TEXT))
            self.practice_button.setAccessibleDescription(tr(PRACTICE_TIP))
            self.practice_button.clicked.connect(
                lambda: self.practiceRequested.emit(practice_receiver_url)
            )
            buttons.addWidget(self.practice_button)
        buttons.addStretch(1)

        self.result_label = StatusLabel("urlCheckResult", self, bold=True, selectable=True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setAccessibleDescription(
            translate("UrlCheckPanel", "The verdict of the latest URL check"))

        self.details = self._text_view("urlCheckDetails", 10)
        self.details.setAccessibleName(translate("UrlCheckPanel", "Steps of the URL check"))
        self.details.setAccessibleDescription(translate(
            "UrlCheckPanel", "Each step of the check (address, DNS, connection, HTTPS, test "
            "event) with what it found, the test request's headers and the server's answer."))
        self.received_view = self._text_view("practiceReceivedEvents", 12)
        self.received_view.setAccessibleName(
            translate("UrlCheckPanel", "Events the practice receiver got"))
        self.received_view.setAccessibleDescription(translate(
            "UrlCheckPanel", "The newest events first, each with its headers, whether its "
            "signature matches your HMAC secret, and its body."))

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
            self._show_message(Level.FAIL, tr(NO_LOOP_TEXT), announced=True)
            return
        task = loop.create_task(check_url(self._get_url(), hmac_secret=self._get_hmac(),
                                          options=self._options))
        self._holder.task = task
        task.add_done_callback(self._on_done)
        self._show_check_button(running=True)
        self.details.hide()
        self._show_message(None, tr(RUNNING_TEXT))

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
        self._show_message(verdict.level, text, announced=True)
        self.details.setPlainText(report.as_text(with_verdict=False))
        self.details.show()

    def show_received(self, events: Sequence[ReceivedEvent]) -> None:
        """Show what the practice receiver got (the lead may call this at any time)."""
        if not events:
            self.received_view.hide()
            return
        secret = self._get_hmac()
        parts = [tr(RECEIVED_TITLE)] + [describe_event(e, secret) for e in reversed(events)]
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
        self._show_check_button(running=False)
        if task.cancelled():
            self._show_message(Level.WARN, tr(CANCELLED_TEXT), announced=True)
            return
        error = task.exception()
        if error is not None:
            log.error("URL check failed unexpectedly", exc_info=error)
            self._show_message(Level.FAIL, tr(CRASHED_TEXT), announced=True)
            return
        report = task.result()
        self.show_report(report)
        if self._received_events is not None:
            self.show_received(list(self._received_events())[-5:])
        self.checkFinished.emit(report)

    def _show_check_button(self, *, running: bool) -> None:
        """The one button starts a check, or cancels the running one: its words say which."""
        text, tip = (CANCEL_TEXT, CANCEL_TIP) if running else (CHECK_TEXT, CHECK_TIP)
        self.check_button.setText(tr(text))
        self.check_button.setToolTip(tr(tip))
        self.check_button.setAccessibleName(tr(text))
        self.check_button.setAccessibleDescription(tr(tip))

    def _show_message(self, level: Level | None, text: str, *, announced: bool = False) -> None:
        self.result_label.set_status(TONES.get(level, Tone.MUTED), text)
        if announced:  # a verdict or an end: tell screen-reader users without moving focus
            announce(self.result_label, self.result_label.text())
