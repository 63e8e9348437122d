"""Blocking calls in daemon threads, so a stuck call never keeps the app from exiting.

``asyncio.to_thread`` runs calls in the loop's default executor, whose threads are joined
when the interpreter exits: one keyring call stuck on D-Bus, or one read of a FIFO, then
keeps the process alive after its last window closed. :func:`run_in_daemon_thread` starts a
fresh daemon thread per call instead; with ``timeout`` the caller stops waiting (the thread
may go on, and its result is dropped).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any


class ThreadCallTimeout(TimeoutError):
    """The call did not finish within its time limit (it may still be running)."""


async def run_in_daemon_thread[T](
    fn: Callable[..., T], /, *args: Any, timeout: float | None = None, **kwargs: Any
) -> T:
    """``fn(*args, **kwargs)`` in a new daemon thread; its result, or its exception.

    Raises :class:`ThreadCallTimeout` (a ``TimeoutError``) when ``timeout`` seconds pass
    first. Cancelling the awaiting task stops the wait, not the thread. Context variables are
    copied into the thread, as ``asyncio.to_thread`` does.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()
    call = functools.partial(contextvars.copy_context().run, fn, *args, **kwargs)

    def deliver(setter: Callable[[Any], None], value: Any) -> None:
        if not future.done():  # the waiter may have timed out or been cancelled
            setter(value)

    def work() -> None:
        try:
            result = call()
        except StopIteration as exc:  # a future refuses it (it would confuse generators)
            outcome: tuple[Callable[[Any], None], Any] = (
                future.set_exception, RuntimeError(f"worker raised {exc!r}"))
        except Exception as exc:  # noqa: BLE001 - handed to the awaiting task
            outcome = (future.set_exception, exc)
        except BaseException as exc:  # SystemExit/KeyboardInterrupt in a worker: report it
            outcome = (future.set_exception, RuntimeError(f"worker stopped: {exc!r}"))
        else:
            outcome = (future.set_result, result)
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody is waiting any more
            loop.call_soon_threadsafe(deliver, *outcome)

    name = getattr(fn, "__name__", type(fn).__name__)
    threading.Thread(target=work, name=f"wawp-worker-{name}", daemon=True).start()
    if timeout is None:
        return await future
    try:
        return await asyncio.wait_for(future, timeout)
    except TimeoutError:
        raise ThreadCallTimeout(f"{name} did not finish within {timeout:g} s") from None


_collector_lock = threading.Lock()
_collector_users = 0


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a worker builds many short-lived objects.

    A full collection runs in whichever thread triggers it and holds the GIL while it walks the
    whole heap, the window's objects included: reading a history of 10,000 entries froze the
    window for over 200 ms that way. Overlapping pauses nest; the collector comes back when the
    last one ends (if it was on before the first)."""
    global _collector_users, _collector_was_on
    with _collector_lock:
        if _collector_users == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _collector_users += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_users -= 1
            if _collector_users == 0 and _collector_was_on:
                gc.enable()


_collector_was_on = True
