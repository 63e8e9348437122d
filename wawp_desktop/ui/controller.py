"""The controller: owns the Wawp client, the token store and every background task."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.client import WawpClient
from ..core.config import WebhookConfig
from ..core.errors import ErrorKind, WawpError
from ..core.token_store import StoreResult, TokenStore

log = logging.getLogger(__name__)


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
    warmedUp = Signal()

    def __init__(
        self,
        api_base: str,
        token_store: TokenStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.api_base = api_base
        self.client = WawpClient(api_base)
        self.token_store = token_store or TokenStore()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._save_task: asyncio.Task[None] | None = None
        self._in_flight = False
        self._closed = False

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
    def submit(self, config: WebhookConfig) -> bool:
        """Start saving ``config``; False (nothing sent) while another save runs."""
        if self.busy or self._closed:
            return False
        self._in_flight = True
        self._save_task = self._spawn(self._save(config))
        self.busyChanged.emit(True)
        return True

    def cancel(self) -> bool:
        """Cancel the save in flight; False when there is none."""
        if not self.busy:
            return False
        assert self._save_task is not None
        self._save_task.cancel()
        return True

    async def _save(self, config: WebhookConfig) -> None:
        try:
            result = await self.client.set_webhook(config)
        except asyncio.CancelledError:
            self._finish_save()
            self.saveCancelled.emit()
            raise
        except WawpError as error:
            self._finish_save()
            self.saveFailed.emit(error)
            return
        except Exception as exc:  # noqa: BLE001 - never let a surprise reach the user raw
            log.exception("Unexpected failure while saving")
            self._finish_save()
            self.saveFailed.emit(
                WawpError(
                    ErrorKind.NETWORK, f"Something unexpected went wrong ({type(exc).__name__})."
                )
            )
            return
        self._finish_save()
        self.saveSucceeded.emit(result)
        stored = await self.token_store.save(config.instance_id, config.access_token)
        self.tokenSaved.emit(config.instance_id, stored)

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
