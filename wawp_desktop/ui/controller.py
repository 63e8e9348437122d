"""The controller: owns the Wawp client, the token store and every background task."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core import config_file, history
from ..core.client import Timeouts, WawpClient
from ..core.config import WebhookConfig
from ..core.config_file import MAX_FILE_BYTES
from ..core.errors import ErrorKind, WawpError
from ..core.history import HistoryEntry
from ..core.instance import StoredWebhook
from ..core.outcome import ApiSuccess
from ..core.readback import edit_changes, find_webhook
from ..core.readback import summary as readback_summary
from ..core.token_store import StoreResult, TokenStore
from ..logs import register_secret

log = logging.getLogger(__name__)
CANCELLED_SUMMARY = "Cancelled before Wawp answered; the change may still have been saved"


class WebhookController(QObject):
    """Runs saves and keyring calls as asyncio tasks and reports back through signals."""

    busyChanged = Signal(bool)
    saveSucceeded = Signal(object)  # ApiSuccess
    saveFailed = Signal(object)  # WawpError
    saveCancelled = Signal()
    saveFinished = Signal()
    tokenLoaded = Signal(str, object)  # instance ID, StoreResult
    tokenSaved = Signal(str, object)  # instance ID, StoreResult
    tokenForgotten = Signal(str, object)  # instance ID, StoreResult
    keyringChecked = Signal(bool, str)  # has a real store, backend description
    connectionTested = Signal(object)  # SessionInfo
    connectionFailed = Signal(object)  # WawpError
    webhooksLoaded = Signal(str, object)  # instance ID, list[StoredWebhook]
    webhooksFailed = Signal(str, object)  # instance ID, WawpError
    readBackDone = Signal(bool, str)  # verified, sentence
    deleteSucceeded = Signal(str)  # URL
    deleteFailed = Signal(object)  # WawpError
    warmedUp = Signal()
    historyLoaded = Signal(object)  # list[HistoryEntry], oldest first
    historyRecorded = Signal(object)  # HistoryEntry
    fileWritten = Signal(str, str)  # path, error ("" when written)
    configFileRead = Signal(str, object, str)  # path, ImportResult or None, error ("" if read)

    def __init__(
        self,
        api_base: str,
        token_store: TokenStore | None = None,
        parent: QObject | None = None,
        *,
        timeouts: Timeouts | None = None,
    ) -> None:
        super().__init__(parent)
        self.api_base = api_base
        self.client = WawpClient(api_base, timeouts=timeouts)
        self.token_store = token_store or TokenStore()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._save_task: asyncio.Task[None] | None = None
        self._in_flight = False
        self._closed = False
        self.history_path: Path = history.default_path()

    # -- task bookkeeping ---------------------------------------------------------------
    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("Background task failed", exc_info=task.exception())

    @property
    def busy(self) -> bool:
        return self._in_flight

    # -- start-up work after the first paint -------------------------------------------
    def start_background_checks(self) -> None:
        """Build the HTTP client and probe the keyring, off the first paint."""
        self._spawn(self._warm_up())

    async def _warm_up(self) -> None:
        from ..core import token_store

        try:
            real, name = await asyncio.to_thread(
                lambda: (token_store.has_real_backend(), token_store.backend_name())
            )
        except Exception:  # noqa: BLE001 - a broken keyring setup must not stop the app
            log.exception("Keyring probe failed")
            real, name = False, "unavailable"
        self.keyringChecked.emit(real, name)
        await self.client.warm_up()
        self.warmedUp.emit()

    # -- saving -------------------------------------------------------------------------
    def submit(self, config: WebhookConfig, existing: StoredWebhook | None = None) -> bool:
        """Start saving ``config``; False (nothing sent) while another save runs.

        With ``existing`` (the stored webhook of the same URL), only the changed fields are
        sent through ``PATCH /v2/webhook/update``; otherwise ``POST /v2/webhook/set``.
        """
        if self.busy or self._closed:
            return False
        register_secret(config.access_token)  # masked in every log record from now on
        register_secret(config.hmac)
        self._in_flight = True
        self._save_task = self._spawn(self._save(config, existing))
        self.busyChanged.emit(True)
        return True

    def cancel(self) -> bool:
        """Cancel the save in flight; False when there is none."""
        if not self.busy:
            return False
        assert self._save_task is not None
        self._save_task.cancel()
        return True

    async def _send(self, config: WebhookConfig, existing: StoredWebhook | None) -> ApiSuccess:
        changes = edit_changes(existing, config)  # the same choice as readback.save_request
        if changes:
            result = await self.client.update_webhook(config, changes)
            if isinstance(result.item, dict):
                return result
        return await self.client.set_webhook(config)

    async def _save(self, config: WebhookConfig, existing: StoredWebhook | None = None) -> None:
        try:
            result = await self._send(config, existing)
        except asyncio.CancelledError:
            self._finish_save()
            self.saveCancelled.emit()
            self._record(config, False, CANCELLED_SUMMARY, None)
            raise
        except Exception as exc:  # noqa: BLE001 - never let a surprise reach the user raw
            if isinstance(exc, WawpError):
                error = exc
            else:
                log.exception("Unexpected failure while saving")
                error = WawpError(
                    ErrorKind.NETWORK, f"Something unexpected went wrong ({type(exc).__name__})."
                )
            self._finish_save()
            self.saveFailed.emit(error)
            self._record(config, False, error.summary(), error.data)
            return
        self._finish_save()
        self.saveSucceeded.emit(result)
        item = result.item if result.item is not None else result.data
        self._record(config, True, result.message or "Saved", item)
        stored = await self.token_store.save(config.instance_id, config.access_token)
        self.tokenSaved.emit(config.instance_id, stored)
        await self._read_back(config)

    async def _read_back(self, config: WebhookConfig) -> None:
        """Fetch the webhooks again and compare what is stored with what was asked."""
        try:
            hooks = await self.client.list_webhooks(config.instance_id, config.access_token)
        except WawpError as error:
            self.readBackDone.emit(False, f"Could not read back what was stored: {error.message}")
            return
        self.webhooksLoaded.emit(config.instance_id, hooks)
        verified, sentence = readback_summary(config, find_webhook(hooks, config.url))
        self.readBackDone.emit(verified, sentence)

    # -- instance management ------------------------------------------------------------
    def test_connection(self, instance_id: str, access_token: str) -> None:
        """``/v2/session/info``; on success the webhook list is loaded too."""
        self._spawn(self._test_connection(instance_id, access_token))

    async def _test_connection(self, instance_id: str, access_token: str) -> None:
        try:
            info = await self.client.session_info(instance_id, access_token)
        except WawpError as error:
            self.connectionFailed.emit(error)
            return
        self.connectionTested.emit(info)
        await self._load_webhooks(instance_id, access_token)

    def load_webhooks(self, instance_id: str, access_token: str) -> None:
        self._spawn(self._load_webhooks(instance_id, access_token))

    async def _load_webhooks(self, instance_id: str, access_token: str) -> None:
        try:
            hooks = await self.client.list_webhooks(instance_id, access_token)
        except WawpError as error:
            self.webhooksFailed.emit(instance_id, error)
            return
        self.webhooksLoaded.emit(instance_id, hooks)

    def delete_webhook(self, instance_id: str, access_token: str, url: str) -> None:
        self._spawn(self._delete_webhook(instance_id, access_token, url))

    async def _delete_webhook(self, instance_id: str, access_token: str, url: str) -> None:
        try:
            await self.client.delete_webhook(instance_id, access_token, url)
        except WawpError as error:
            self.deleteFailed.emit(error)
            return
        self.deleteSucceeded.emit(url)
        await self._load_webhooks(instance_id, access_token)

    def _finish_save(self) -> None:
        self._in_flight = False
        self.busyChanged.emit(False)
        self.saveFinished.emit()

    # -- tokens -------------------------------------------------------------------------
    def load_token(self, instance_id: str) -> None:
        self._spawn(self._load_token(instance_id))

    async def _load_token(self, instance_id: str) -> None:
        result = await self.token_store.load(instance_id)
        self.tokenLoaded.emit(instance_id, result)

    def forget_token(self, instance_id: str) -> None:
        self._spawn(self._forget_token(instance_id))

    async def _forget_token(self, instance_id: str) -> None:
        result: StoreResult = await self.token_store.forget(instance_id)
        self.tokenForgotten.emit(instance_id, result)

    # -- history and files (blocking I/O in worker threads) ------------------------------
    def load_history(self) -> None:
        """Read the save history; emits ``historyLoaded(list[HistoryEntry])``."""
        self._spawn(self._load_history())

    async def _load_history(self) -> None:
        try:
            entries = await asyncio.to_thread(history.load, self.history_path)
        except OSError:
            log.exception("Could not read the history")
            entries = []
        self.historyLoaded.emit(entries)

    def _record(self, config: WebhookConfig, ok: bool, summary: str, answer: object) -> None:
        self.record_history(partial(history.make_entry, config, ok, summary, answer))

    def record_history(self, build: Callable[[], HistoryEntry]) -> None:
        """Build an entry with ``build`` and append it, both in a worker thread (scrubbing a
        large answer takes tens of milliseconds); emits ``historyRecorded(entry)``."""
        self._spawn(self._record_history(build))

    async def _record_history(self, build: Callable[[], HistoryEntry]) -> None:
        entry = await asyncio.to_thread(build)
        try:
            await asyncio.to_thread(history.append, self.history_path, entry)
        except OSError:
            log.exception("Could not write the history")
        self.historyRecorded.emit(entry)

    def write_text_file(self, path: str, text: str) -> None:
        """Write ``text``; emits ``fileWritten(path, error or "")``."""
        self._spawn(self._write_text_file(path, text))

    async def _write_text_file(self, path: str, text: str) -> None:
        try:
            await asyncio.to_thread(Path(path).write_text, text, encoding="utf-8")
        except OSError as exc:
            self.fileWritten.emit(path, exc.strerror or str(exc))
            return
        self.fileWritten.emit(path, "")

    def read_config_file(self, path: str) -> None:
        """Read and parse a configuration file in a worker thread (up to a megabyte of JSON);
        emits ``configFileRead(path, ImportResult or None, error or "")``."""
        self._spawn(self._read_config_file(path))

    async def _read_config_file(self, path: str) -> None:
        def read() -> config_file.ImportResult:
            file = Path(path)
            if file.stat().st_size > MAX_FILE_BYTES:
                raise OSError(f"the file is larger than {MAX_FILE_BYTES // 1000} kB")
            return config_file.loads(file.read_text(encoding="utf-8", errors="replace"))

        try:
            result = await asyncio.to_thread(read)
        except OSError as exc:
            self.configFileRead.emit(path, None, exc.strerror or str(exc))
            return
        self.configFileRead.emit(path, result, "")

    # -- shutdown -----------------------------------------------------------------------
    async def aclose(self) -> None:
        """Cancel every task and close the HTTP client."""
        self._closed = True
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        await self.client.aclose()
