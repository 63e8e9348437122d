"""Background operations with success and failure callbacks (Anki's ``CollectionOp`` idea).

``Op(ops, parent, make_coro).success(cb).failure(cb).run()`` runs the coroutine as a task on
the qasync loop. On the GUI thread afterwards exactly one of ``success(result)``,
``failure(WawpError)`` or ``cancelled()`` is called, then ``finished()``; callbacks are skipped
when ``parent`` (the widget the answer belongs to) is gone. An unexpected exception is logged
and reported as a plain-language :class:`WawpError`, never as a traceback.

:class:`OpRunner` keeps every running task (qasync keeps no strong references), counts them
(``idle`` fires when the last one ends) and cancels them all at shutdown.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from ..core.errors import ErrorKind, WawpError
from ..core.i18n import ltr, translate

log = logging.getLogger(__name__)


def as_wawp_error(exc: BaseException) -> WawpError:
    """``exc`` as the error the window shows (unexpected ones are logged with their trace)."""
    if isinstance(exc, WawpError):
        return exc
    log.error("Unexpected failure in a background operation", exc_info=exc)
    return WawpError(ErrorKind.NETWORK, translate(
        "Operations", "Something unexpected went wrong ({problem}). Nothing you typed was lost; "
        "try again, and see the log file if it happens again.").format(
            problem=ltr(type(exc).__name__)))


class OpRunner(QObject):
    """Owns the tasks of every :class:`Op`; ``idle`` fires when none is left running."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.closed = False

    @property
    def running(self) -> int:
        return len(self._tasks)

    def start(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not self._tasks and isValid(self):
            self.idle.emit()

    async def aclose(self) -> None:
        """Cancel every task and wait for them to end."""
        self.closed = True
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


class Op[T]:
    """One background operation; build it with the fluent methods, then :meth:`run`."""

    def __init__(self, runner: OpRunner, parent: QObject | None,
                 make: Callable[[], Awaitable[T]]) -> None:
        self._runner = runner
        self._parent = parent
        self._make = make
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[WawpError], object] | None = None
        self._cancelled: Callable[[], object] | None = None
        self._finished: Callable[[], object] | None = None
        self.task: asyncio.Task[Any] | None = None

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[WawpError], object]) -> Op[T]:
        self._failure = callback
        return self

    def cancelled(self, callback: Callable[[], object]) -> Op[T]:
        self._cancelled = callback
        return self

    def finished(self, callback: Callable[[], object]) -> Op[T]:
        """Called last, whatever the outcome (e.g. to re-enable a button)."""
        self._finished = callback
        return self

    def run(self) -> asyncio.Task[Any] | None:
        """Start the operation (nothing happens once the runner is closed)."""
        if self._runner.closed:
            return None
        self.task = self._runner.start(self._body())
        return self.task

    def cancel(self) -> bool:
        if self.task is None or self.task.done():
            return False
        self.task.cancel()
        return True

    def _alive(self) -> bool:
        return self._parent is None or isValid(self._parent)

    async def _body(self) -> None:
        try:
            try:
                result = await self._make()
            except asyncio.CancelledError:
                if self._alive() and self._cancelled is not None:
                    self._cancelled()
                raise
            except Exception as exc:  # noqa: BLE001 - every failure becomes a message
                error = as_wawp_error(exc)
                if self._alive() and self._failure is not None:
                    self._failure(error)
                return
            if self._alive() and self._success is not None:
                self._success(result)
        finally:
            if self._alive() and self._finished is not None:
                self._finished()
