"""Access tokens in the OS keyring, with the session-only fallback."""

from __future__ import annotations

import threading

import pytest
from keyring import errors

from tests.conftest import run
from tests.memory_keyring import MemoryKeyring
from tests.plain_text import plain
from wawp_desktop.core.i18n import ltr
from wawp_desktop.core.token_store import (
    SERVICE,
    StoreResult,
    TokenStore,
    backend_name,
    has_real_backend,
)

IID = "ABC123def456"
OTHER = "ZZZ999zzz999"
TOKEN = "tok_0123456789"


def test_save_then_load(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    saved = store.save_sync(IID, TOKEN)
    assert saved == StoreResult(True, "Token saved in the system password store.", TOKEN)
    assert memory_keyring.passwords == {(SERVICE, IID): TOKEN}
    assert SERVICE == "wawp-desktop"
    loaded = store.load_sync(IID)
    assert loaded == StoreResult(True, "Token loaded from the system password store.", TOKEN)


def test_tokens_are_kept_per_instance(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    store.save_sync(IID, "one")
    store.save_sync(OTHER, "two")
    assert store.load_sync(IID).token == "one"
    assert store.load_sync(OTHER).token == "two"
    store.save_sync(IID, "three")
    assert store.load_sync(IID).token == "three"


def test_a_new_store_reads_what_another_saved() -> None:
    TokenStore().save_sync(IID, TOKEN)
    assert TokenStore().load_sync(IID).token == TOKEN


def test_custom_service(memory_keyring: MemoryKeyring) -> None:
    TokenStore("other-service").save_sync(IID, TOKEN)
    assert ("other-service", IID) in memory_keyring.passwords
    assert TokenStore().load_sync(IID).token is None


def test_load_of_a_missing_token() -> None:
    result = TokenStore().load_sync(IID)
    assert result == StoreResult(True, "No token stored for this instance.", None)


def test_forget(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    store.save_sync(IID, TOKEN)
    result = store.forget_sync(IID)
    assert result.persistent and result.message == "Token removed from the system password store."
    assert memory_keyring.passwords == {}
    assert store.load_sync(IID).token is None


def test_forget_of_a_missing_token() -> None:
    result = TokenStore().forget_sync(IID)
    assert result.persistent is True
    assert result.message == "No token was stored for this instance."
    assert result.token is None


@pytest.mark.parametrize(
    ("error", "fragment"),
    [
        (errors.NoKeyringError, "No password store (keyring) was found"),
        (errors.KeyringLocked, "The password store is locked"),
        (errors.PasswordSetError, "The password store failed (PasswordSetError)"),
        (errors.InitError, "The password store failed (InitError)"),
        (RuntimeError, "The password store failed (RuntimeError)"),
        (OSError, "The password store failed (OSError)"),
    ],
)
def test_save_failure_falls_back_to_the_session(
    memory_keyring: MemoryKeyring, error: type[Exception], fragment: str
) -> None:
    store = TokenStore()
    memory_keyring.fail_with = error
    result = store.save_sync(IID, TOKEN)
    assert result.persistent is False
    assert result.token == TOKEN
    assert fragment in plain(result.message)
    assert result.message.endswith("kept only until you close the app.")
    assert "simulated" not in result.message  # the plain message, not the raw exception
    assert memory_keyring.passwords == {}
    loaded = store.load_sync(IID)  # still failing keyring: the session copy answers
    assert loaded == StoreResult(False, "Token kept for this session only.", TOKEN)
    assert store.load_sync(OTHER).token is None


def test_session_token_is_not_shared_between_stores(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.fail_with = errors.KeyringLocked
    TokenStore().save_sync(IID, TOKEN)
    memory_keyring.fail_with = None
    assert TokenStore().load_sync(IID).token is None


def test_successful_save_replaces_the_session_copy(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    memory_keyring.fail_with = errors.KeyringLocked
    store.save_sync(IID, "old")
    memory_keyring.fail_with = None
    assert store.save_sync(IID, "new").persistent is True
    memory_keyring.passwords[(SERVICE, IID)] = "changed-elsewhere"
    loaded = store.load_sync(IID)
    assert loaded.persistent is True and loaded.token == "changed-elsewhere"


@pytest.mark.parametrize(
    ("error", "fragment"),
    [(errors.NoKeyringError, "No password store"), (errors.KeyringLocked, "locked")],
)
def test_load_failure_is_reported_without_a_token(
    memory_keyring: MemoryKeyring, error: type[Exception], fragment: str
) -> None:
    store = TokenStore()
    store.save_sync(IID, TOKEN)
    memory_keyring.fail_with = error
    result = store.load_sync(IID)
    assert result.persistent is False and result.token is None
    assert fragment in result.message


def test_forget_clears_the_session_copy_even_when_the_store_fails(
    memory_keyring: MemoryKeyring,
) -> None:
    store = TokenStore()
    memory_keyring.fail_with = errors.NoKeyringError
    store.save_sync(IID, TOKEN)
    result = store.forget_sync(IID)
    assert result.persistent is False
    assert "removed from this session" in result.message
    assert store.load_sync(IID).token is None


def test_forget_with_session_copy_and_working_store(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    memory_keyring.fail_with = errors.PasswordSetError
    store.save_sync(IID, TOKEN)
    memory_keyring.fail_with = None
    assert store.forget_sync(IID).message == "No token was stored for this instance."
    assert store.load_sync(IID) == StoreResult(True, "No token stored for this instance.", None)


def test_async_wrappers(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()

    async def flow() -> list[StoreResult]:
        return [
            await store.save(IID, TOKEN),
            await store.load(IID),
            await store.forget(IID),
            await store.load(IID),
            await store.forget(IID),
        ]

    saved, loaded, forgotten, after, again = run(flow())
    assert saved.persistent and saved.token == TOKEN
    assert loaded.token == TOKEN
    assert forgotten.message == "Token removed from the system password store."
    assert after.token is None
    assert again.message == "No token was stored for this instance."
    assert memory_keyring.passwords == {}


def test_async_save_fallback(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    memory_keyring.fail_with = errors.KeyringLocked

    async def flow() -> tuple[StoreResult, StoreResult]:
        return await store.save(IID, TOKEN), await store.load(IID)

    saved, loaded = run(flow())
    assert not saved.persistent and "locked" in saved.message
    assert loaded.token == TOKEN and not loaded.persistent


def test_backend_helpers_with_the_memory_keyring() -> None:
    assert has_real_backend() is True
    assert "MemoryKeyring" in backend_name()
    assert "tests.memory_keyring" in backend_name()


def test_backend_helpers_with_the_fail_keyring() -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the memory_keyring fixture restores the previous one
    assert has_real_backend() is False
    assert "fail" in backend_name().lower()
    store = TokenStore()
    result = store.save_sync(IID, TOKEN)
    assert result.persistent is False and "No password store" in result.message
    assert store.load_sync(IID).token == TOKEN


def test_chained_backend_with_only_fail_keyrings() -> None:
    import keyring
    from keyring.backends import chainer, fail

    class Chain(chainer.ChainerBackend):
        backends = [fail.Keyring()]

    keyring.set_keyring(Chain())
    assert has_real_backend() is False

    class RealChain(chainer.ChainerBackend):
        backends = [fail.Keyring(), MemoryKeyring()]

    keyring.set_keyring(RealChain())
    assert has_real_backend() is True


def test_an_unchanged_token_is_not_written_again(memory_keyring: MemoryKeyring) -> None:
    writes: list[str] = []
    real_set = memory_keyring.set_password

    def counting_set(service: str, username: str, password: str) -> None:
        writes.append(password)
        real_set(service, username, password)

    memory_keyring.set_password = counting_set
    store = TokenStore()
    for _ in range(3):
        assert store.save_sync(IID, TOKEN).persistent
    assert writes == [TOKEN]
    store.save_sync(IID, "changed")
    assert writes == [TOKEN, "changed"]
    store.forget_sync(IID)
    store.save_sync(IID, "changed")  # forgotten, so written again
    assert writes == [TOKEN, "changed", "changed"]
    memory_keyring.passwords[(SERVICE, IID)] = "set elsewhere"
    assert store.load_sync(IID).token == "set elsewhere"  # reads always ask the OS store
    store.save_sync(IID, "changed")
    assert writes[-1] == "changed" and len(writes) == 4
    assert memory_keyring.passwords[(SERVICE, IID)] == "changed"


def test_a_missing_store_is_flagged_apart_from_other_failures(
    memory_keyring: MemoryKeyring,
) -> None:
    store = TokenStore()
    memory_keyring.fail_with = errors.NoKeyringError
    assert store.save_sync(IID, TOKEN).no_store
    memory_keyring.fail_with = errors.KeyringLocked
    locked = store.save_sync(OTHER, TOKEN)
    assert not locked.persistent and not locked.no_store


class _Weird(Exception):
    """An error type no keyring documents (a third-party backend's own)."""


@pytest.mark.parametrize("error", [_Weird, LookupError, ZeroDivisionError, StopIteration])
def test_an_unexpected_error_type_gets_a_message_everywhere(
    memory_keyring: MemoryKeyring, error: type[Exception]
) -> None:
    store = TokenStore()
    store.save_sync(OTHER, TOKEN)
    memory_keyring.fail_with = error
    name = error.__name__

    async def flow() -> tuple[StoreResult, StoreResult, StoreResult]:
        return await store.load(IID), await store.save(IID, TOKEN), await store.forget(OTHER)

    loaded, saved, forgotten = run(flow())
    assert loaded == StoreResult(
        False, f"The password store failed ({ltr(name)}), so the saved token could not be read. "
        "Enter it again.", None)
    assert saved == StoreResult(
        False, f"The password store failed ({ltr(name)}), so the token is kept only until you "
        "close the app.", TOKEN)
    assert forgotten == StoreResult(
        False, f"The password store failed ({ltr(name)}), so the token was removed from this "
        "session only and may still be stored there.", None)
    assert store.load_sync(IID).token == TOKEN  # the session copy


def test_a_backend_returning_no_text_is_reported(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.passwords[(SERVICE, IID)] = b"bytes"  # type: ignore[assignment]
    result = TokenStore().load_sync(IID)
    assert result.token is None and not result.persistent
    assert plain(result.message).startswith("The password store failed (TypeError)")


class _HungKeyring(MemoryKeyring):
    """Every call waits until ``release`` is set (a Secret Service that never answers)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.calls = 0

    def _check(self) -> None:
        self.calls += 1
        self.release.wait()
        super()._check()


def _workers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("wawp-worker-")]


def test_a_hung_keyring_gives_an_answer_within_the_time_limit() -> None:
    import keyring

    hung = _HungKeyring()
    keyring.set_keyring(hung)  # the memory_keyring fixture restores the previous one
    store = TokenStore(timeout=0.2)

    async def flow() -> tuple[StoreResult, ...]:
        return (await store.load(IID), await store.save(IID, TOKEN),
                await store.load(IID), await store.forget(IID))

    try:
        loaded, saved, again, forgotten = run(flow())
    finally:
        hung.release.set()
        for thread in _workers():
            thread.join(5)
    assert loaded == StoreResult(
        False, "The system password store did not answer within 0.2 seconds, so the saved "
        "token could not be read. Enter it again.", None, no_answer=True)
    assert saved == StoreResult(
        False, "The system password store did not answer within 0.2 seconds, so the token is "
        "kept only until you close the app.", TOKEN, no_answer=True)
    assert again == StoreResult(False, "Token kept for this session only.", TOKEN)
    assert forgotten.no_answer and "may still be stored there" in forgotten.message
    assert hung.calls == 3  # load, save, forget: the second load answered from the session
    assert not _workers()


def test_status_text_stands_alone_unless_a_note_is_shown(memory_keyring) -> None:
    from keyring import errors

    memory_keyring.fail_with = errors.NoKeyringError
    result = TokenStore().save_sync(IID, TOKEN)
    assert result.no_store
    assert result.status_text() == result.message
    assert "note" not in result.status_text()
    assert result.status_text(note_shown=True) == (
        "Kept for this session only (no password store; see the note at the top).")
    not_read = TokenStore().load_sync(OTHER)  # no token: the full message
    assert not_read.no_store and not_read.status_text(note_shown=True) == not_read.message
    memory_keyring.fail_with = None
    ok = TokenStore().load_sync(OTHER)
    assert ok.status_text(note_shown=True) == ok.message
