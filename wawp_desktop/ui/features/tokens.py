"""Access tokens and the system password store: fill in a saved token, keep a new one after a
successful save, forget one, and say plainly when there is no password store."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ...core.i18n import QT_TRANSLATE_NOOP, ltr, translate
from ...core.secrets import register_secret
from ...core.threads import run_in_daemon_thread
from ...core.token_store import StoreResult
from ..form.instance_bar import InstanceBar
from ..services import Services
from ..theme import Tone
from ..widgets.status_label import StatusLabel

log = logging.getLogger(__name__)
NO_STORE_TEXT = QT_TRANSLATE_NOOP(
    "TokenFeature",
    "No system password store (keyring) was found on this computer. Access tokens are kept "
    "only while the app is open and must be entered again next time."
)


class TokenFeature(QObject):
    """``loaded``/``saved``/``forgotten(instance ID, StoreResult)`` after each store call;
    ``checked(has_store)`` after the start-up probe of the password store."""

    loaded = Signal(str, object)
    saved = Signal(str, object)
    forgotten = Signal(str, object)
    checked = Signal(bool)

    def __init__(self, services: Services, bar: InstanceBar, banner: StatusLabel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bar = bar
        self.banner = banner
        self._autofilled_for: str | None = None
        self.banner_shown = False
        self.store_checked: bool | None = None  # None until the start-up probe answered
        self.backend = ""
        bar.instanceChosen.connect(self.load)
        bar.instanceChanged.connect(self._instance_changed)
        bar.forgetTokenRequested.connect(self.forget)
        bar.token_edit.textEdited.connect(self._typed)

    # -- start-up probe -------------------------------------------------------------------
    def probe(self) -> None:
        """Check for a real password store (off the GUI thread) and warm the HTTP client."""

        from ...core import token_store

        async def check() -> tuple[bool, str]:
            return await run_in_daemon_thread(
                lambda: (token_store.has_real_backend(), token_store.backend_name()))

        def failed(error: object) -> None:
            log.warning("Keyring probe failed: %s", error)
            self._show_store(False, "unavailable")

        self.services.op(self, check).success(lambda r: self._show_store(*r)).failure(
            failed).run()

    def _show_store(self, has_store: bool, backend: str) -> None:
        self.store_checked, self.backend = has_store, backend
        self.banner_shown = not has_store
        if has_store:
            self.banner.hide()
        else:
            self.banner.set_status(Tone.WARNING, translate("TokenFeature", NO_STORE_TEXT))
            self.banner.setToolTip(translate("TokenFeature", "keyring backend: {backend}"
                                             ).format(backend=ltr(backend)))
            self.banner.show()
        self.checked.emit(has_store)

    # -- load, save, forget ---------------------------------------------------------------
    def load(self, instance_id: str) -> None:
        self.services.op(self, lambda: self.services.tokens.load(instance_id)).success(
            lambda result: self._loaded(instance_id, result)).run()

    def save(self, instance_id: str, token: str) -> None:
        self.services.op(self, lambda: self.services.tokens.save(instance_id, token)).success(
            lambda result: self._saved(instance_id, result)).run()

    def forget(self, instance_id: str) -> None:
        self.services.op(self, lambda: self.services.tokens.forget(instance_id)).success(
            lambda result: self._forgotten(instance_id, result)).run()

    def _current(self, instance_id: str) -> bool:
        return instance_id == self.bar.instance_id_edit.text()

    def _loaded(self, instance_id: str, result: StoreResult) -> None:
        if self._current(instance_id):
            edit = self.bar.token_edit
            if result.token and (not edit.text() or self._autofilled_for is not None):
                register_secret(result.token)
                edit.setText(result.token)
                self._autofilled_for = instance_id
                self.bar.token_error.clear_message()
                self._show_result(result)
            elif not result.persistent and (result.token is not None or not edit.text()):
                self._show_result(result)  # not "enter it again" over a token just typed
            elif result.token is None and not edit.text():
                self.bar.set_token_status(translate(
                    "TokenFeature", "No saved token for this instance yet: it is kept in the "
                    "password store after the first successful save."))
        self.loaded.emit(instance_id, result)

    def _saved(self, instance_id: str, result: StoreResult) -> None:
        if self._current(instance_id):
            self._show_result(result)
        self.saved.emit(instance_id, result)

    def _forgotten(self, instance_id: str, result: StoreResult) -> None:
        if self._current(instance_id):
            self.bar.token_edit.clear()
            self._autofilled_for = None
            self._show_result(result)
        self.forgotten.emit(instance_id, result)

    def _show_result(self, result: StoreResult) -> None:
        """The store's line under the token; short when the no-password-store banner at the
        top explains it (no store means the start-up probe shows that banner, whichever
        answers first)."""
        text = result.status_text(note_shown=result.no_store or self.banner_shown)
        self.bar.set_token_status(text, warning=not result.persistent)

    def _instance_changed(self, text: str) -> None:
        if self._autofilled_for is not None and text != self._autofilled_for:
            self.bar.token_edit.clear()
            self._autofilled_for = None
        self.bar.token_status.clear_status()

    def _typed(self, _text: str) -> None:
        self._autofilled_for = None
