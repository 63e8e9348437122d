"""Save: check the form, send the one planned request, show the outcome, keep the token,
record the history, and read back what Wawp stored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ...core.errors import ErrorKind, WawpError
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.outcome import ApiSuccess
from ...core.save import find_webhook, plan, read_back_summary, send
from ...core.secrets import register_secret
from ...core.validation import errors_only, validate
from ...core.webhook import StoredWebhook, WebhookConfig, is_system_webhook
from .. import a11y
from ..form.form import Form
from ..msgbox import ask
from ..ops import Op
from ..services import Services
from ..widgets.save_bar import SaveBar
from .answer import AnswerPanel
from .editing import EditSession
from .tokens import TokenFeature

CANCELLED_SUMMARY = QT_TRANSLATE_NOOP(
    "SaveFeature", "Cancelled before Wawp answered; the change may still have been saved")
DISABLE_SYSTEM_TEXT = QT_TRANSLATE_NOOP(
    "SaveFeature",
    "This is the instance's system webhook. The Wawp inbox (the dashboard's chats) depends "
    "on it: while it is disabled, the inbox receives no new messages.\n\nDisable it anyway?"
)

Recorder = Callable[[WebhookConfig, bool, str, object], None]


class SaveFeature(QObject):
    """``succeeded(ApiSuccess)``, ``failed(WawpError)`` or ``cancelled()``, then
    ``finished(outcome)`` ("saved", "failed", "cancelled"); ``readBackDone(verified,
    sentence)``; ``webhooksRead(instance ID, hooks)`` when the read-back fetched the list."""

    started = Signal(object)  # WebhookConfig
    succeeded = Signal(object)  # ApiSuccess
    failed = Signal(object)  # WawpError
    cancelled = Signal()
    finished = Signal(str)
    readBackDone = Signal(bool, str)
    webhooksRead = Signal(str, object)

    def __init__(self, services: Services, form: Form, bar: SaveBar, answer: AnswerPanel,
                 editing: EditSession, tokens: TokenFeature, record: Recorder,
                 window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.form = form
        self.bar = bar
        self.answer = answer
        self.editing = editing
        self.tokens = tokens
        self.record = record
        self.window = window
        self._op: Op | None = None
        bar.submit_button.clicked.connect(self.save)
        bar.cancel_button.clicked.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._op is not None

    def save(self) -> None:
        """Validate; show what is wrong next to the fields, or send the planned request."""
        if self.busy:
            return
        config = self.form.value()
        problems = validate(config)
        first_bad = self.form.show_problems(problems)
        errors = errors_only(problems)
        if errors:
            self.answer.show_invalid(config.instance_id, len(errors))
            if first_bad is not None:
                first_bad.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.services.settings.save_form(config.without_secrets())
        if is_system_webhook(config.url) and not config.is_active:
            ask(self.window, translate("SaveFeature", "Disable the system webhook?"),
                translate("SaveFeature", DISABLE_SYSTEM_TEXT),
                translate("SaveFeature", "Disable"), lambda: self._start(config),
                name="disableSystemDialog")
            return
        self._start(config)

    def _start(self, config: WebhookConfig) -> None:
        if self.busy:
            return
        for secret in config.secrets():
            register_secret(secret)
        request = plan(config, self.editing.existing_for(config))
        self.bar.set_busy(True)
        self.answer.show_busy(config.instance_id, config.url)
        self.started.emit(config)
        self._op = self.services.op(self, lambda: send(self.services.client, request))
        self._op.success(lambda result: self._saved(config, result)).failure(
            lambda error: self._failed(config, error)).cancelled(
            lambda: self._cancelled(config)).finished(self._done).run()

    def cancel(self) -> bool:
        """Cancel the save in flight; False when there is none."""
        return self._op is not None and self._op.cancel()

    def _done(self) -> None:
        self._op = None
        self.bar.set_busy(False)

    def _saved(self, config: WebhookConfig, result: ApiSuccess) -> None:
        self._done()
        self.answer.show_success(config.instance_id, result)
        self._announce(self.answer.text)
        self.record(config, True, result.message or translate("SaveFeature", "Saved"),
                    result.item if result.item is not None else result.data)
        self.tokens.save(config.instance_id, config.access_token)
        self.succeeded.emit(result)
        self.finished.emit("saved")
        self.answer.show_read_back(
            None, translate("SaveFeature", "Reading back what Wawp stored…"))
        self.services.op(self, lambda: self.services.client.list_webhooks(
            config.instance_id, config.access_token)).success(
            lambda hooks: self._read_back(config, hooks)).failure(
            lambda error: self._read_back_failed(error)).run()

    def _failed(self, config: WebhookConfig, error: WawpError) -> None:
        self._done()
        self.answer.show_error(config.instance_id, "save", error)
        self._announce(self.answer.text)
        if error.kind is ErrorKind.UNAUTHORIZED:
            self.form.message("access_token").show_error(
                translate("SaveFeature", "Wawp did not accept this token."))
        elif error.kind is ErrorKind.NOT_FOUND:
            self.form.message("instance_id").show_error(
                translate("SaveFeature", "Wawp does not know this instance ID."))
        self.record(config, False, error.summary(), error.data)
        self.failed.emit(error)
        self.finished.emit("failed")

    def _cancelled(self, config: WebhookConfig) -> None:
        self._done()
        self.answer.show_cancelled(config.instance_id)
        self._announce(self.answer.text)
        self.record(config, False, translate("SaveFeature", CANCELLED_SUMMARY), None)
        self.cancelled.emit()
        self.finished.emit("cancelled")

    def _read_back(self, config: WebhookConfig, hooks: list[StoredWebhook]) -> None:
        self.webhooksRead.emit(config.instance_id, hooks)
        if self.answer.scope != (config.instance_id, "save"):
            return  # another operation or instance has the answer area now
        verified, sentence = read_back_summary(config, find_webhook(hooks, config.url))
        self.answer.show_read_back(verified, sentence)
        self._announce(sentence)
        self.readBackDone.emit(verified, sentence)

    def _read_back_failed(self, error: WawpError) -> None:
        sentence = translate("SaveFeature", "Could not read back what was stored: {reason}"
                             ).format(reason=error.message)
        if self.answer.scope is not None and self.answer.scope[1] == "save":
            self.answer.show_read_back(False, sentence)
            self._announce(sentence)
        self.readBackDone.emit(False, sentence)

    def _announce(self, text: str) -> None:
        """Tell screen readers the outcome (read from the answer's status line)."""
        a11y.announce(self.answer.status, text)

