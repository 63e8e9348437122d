"""The window's services: one Wawp client, the token store, the settings, the history file and
the operation runner. Features receive this object, never the main window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject

from ..core import history
from ..core.client import Timeouts, WawpClient
from ..core.token_store import TokenStore
from .ops import Op, OpRunner
from .settings_store import SettingsStore

log = logging.getLogger(__name__)


class Services:
    """Created inside the running qasync loop (``MainWindow.attach``); closed with
    :meth:`aclose` before the loop ends."""

    def __init__(
        self,
        api_base: str,
        settings: SettingsStore,
        *,
        sandbox: bool = False,
        timeouts: Timeouts | None = None,
        token_store: TokenStore | None = None,
        history_path: Path | None = None,
        sandbox_server: object | None = None,
        practice_receiver: object | None = None,
    ) -> None:
        self.api_base = api_base
        self.client = WawpClient(api_base, timeouts=timeouts)  # raises for a bad api_base
        self.tokens = token_store or TokenStore()
        self.settings = settings
        self.history_path = history_path or history.default_path()
        self.source = history.SANDBOX if sandbox else history.LIVE
        self.runner = OpRunner()
        self.sandbox_server = sandbox_server  # the in-process sandbox (practice problems)
        self.practice_receiver = practice_receiver  # sandbox: a receiver for Check URL

    @property
    def sandbox(self) -> bool:
        return self.source == history.SANDBOX

    def op(self, parent: QObject | None, make) -> Op:  # noqa: ANN001 - a coroutine factory
        """A new background operation whose callbacks belong to ``parent``."""
        return Op(self.runner, parent, make)

    async def aclose(self) -> None:
        """Cancel every operation, then close the HTTP client."""
        await self.runner.aclose()
        try:
            await self.client.aclose()
        except Exception:  # noqa: BLE001 - shutting down must not fail
            log.exception("Closing the HTTP client failed")
