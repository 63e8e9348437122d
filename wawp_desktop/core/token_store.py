"""Access tokens in the OS keyring, with a visible session-only fallback.

The token is never written anywhere else. Keyring calls can block (D-Bus, Keychain
prompts) or hang for ever (a stuck Secret Service), so the async methods run them in a
daemon thread with a time limit (:data:`KEYRING_TIMEOUT`): past it, the caller gets a
result saying the store did not answer, and a stuck thread never keeps the app from exiting.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, ltr, translate
from .threads import run_in_daemon_thread

SERVICE = "wawp-desktop"
KEYRING_TIMEOUT = 5.0
"""Seconds the async methods wait for the password store before giving up on it."""
SESSION_ONLY = QT_TRANSLATE_NOOP(
    "TokenStore", "Kept for this session only (no password store; see the note at the top).")


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What happened to a token: kept in the OS store, or only for this session (and why)."""

    persistent: bool
    message: str
    token: str | None = None
    no_store: bool = False
    """No OS password store exists at all (the window says so once, in its banner)."""
    no_answer: bool = False
    """The password store did not answer in time (the call may still finish later)."""

    def status_text(self, note_shown: bool = False) -> str:
        """The line to show under the token field. ``message`` stands alone; with
        ``note_shown`` (the window shows its no-password-store note), a token kept for the
        session gets a shorter line that points at that note."""
        if note_shown and self.no_store and self.token is not None:
            return translate("TokenStore", SESSION_ONLY)
        return self.message


def _keyring():
    import keyring

    return keyring


def backend_name() -> str:
    """The keyring backend in use, e.g. ``SecretService Keyring`` or ``fail Keyring``."""
    backend = _keyring().get_keyring()
    chained = getattr(backend, "backends", None)
    if chained:  # the chainer backend: name the stores it chains
        return ", ".join(_describe(b) for b in chained)
    return _describe(backend)


def _describe(backend: object) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    return f"{name} ({type(backend).__module__}.{type(backend).__name__})"


def has_real_backend() -> bool:
    """False when keyring fell back to its fail backend (no OS store available)."""
    from keyring.backends import fail

    backend = _keyring().get_keyring()
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(not isinstance(b, fail.Keyring) for b in chained)
    return not isinstance(backend, fail.Keyring)


def _errors():  # noqa: ANN202 - keyring.errors, or None when keyring itself is broken
    try:
        from keyring import errors
    except Exception:  # noqa: BLE001 - a broken install: errors are then explained generically
        return None
    return errors


def _is_error(exc: Exception, name: str) -> bool:
    errors = _errors()
    return errors is not None and isinstance(exc, getattr(errors, name))


def _explain(exc: Exception, consequence: str) -> str:
    """Why the store failed, in words, followed by ``consequence``."""
    consequence = translate("TokenStore", consequence)
    if _is_error(exc, "NoKeyringError"):
        return translate("TokenStore", "No password store (keyring) was found on this computer, "
                         "so {consequence}").format(consequence=consequence)
    if _is_error(exc, "KeyringLocked"):
        return translate("TokenStore", "The password store is locked (the unlock prompt was "
                         "dismissed), so {consequence}").format(consequence=consequence)
    return translate("TokenStore", "The password store failed ({error}), so {consequence}").format(
        error=ltr(type(exc).__name__), consequence=consequence)


KEPT_FOR_SESSION = QT_TRANSLATE_NOOP(
    "TokenStore", "the token is kept only until you close the app.")
NOT_READ = QT_TRANSLATE_NOOP("TokenStore", "the saved token could not be read. Enter it again.")
MAY_REMAIN = QT_TRANSLATE_NOOP(
    "TokenStore", "the token was removed from this session only and may still be stored there.")


def _failed(exc: Exception, token: str | None, consequence: str) -> StoreResult:
    return StoreResult(False, _explain(exc, consequence), token,
                       no_store=_is_error(exc, "NoKeyringError"))


def _no_answer(consequence: str, timeout: float, token: str | None) -> StoreResult:
    return StoreResult(
        False,
        translate("TokenStore", "The system password store did not answer within {seconds} "
                  "seconds, so {consequence}").format(
            seconds=f"{timeout:g}", consequence=translate("TokenStore", consequence)),
        token,
        no_answer=True,
    )


class TokenStore:
    """Load, save and forget tokens by instance ID (keyring service ``wawp-desktop``)."""

    def __init__(self, service: str = SERVICE, timeout: float = KEYRING_TIMEOUT) -> None:
        self.service = service
        self.timeout = timeout
        self._session: dict[str, str] = {}
        self._stored: dict[str, str] = {}  # what the OS store holds, as last read or written here
        self._lock = threading.Lock()

    def load_sync(self, instance_id: str) -> StoreResult:
        """The stored token (``token`` None when there is none)."""
        with self._lock:
            session_token = self._session.get(instance_id)
        if session_token is not None:
            return StoreResult(False, translate(
                "TokenStore", "Token kept for this session only."), session_token)
        try:
            token = _keyring().get_password(self.service, instance_id)
        except Exception as exc:  # noqa: BLE001 - any backend error: tell the user
            return _failed(exc, None, NOT_READ)
        if token is not None and not isinstance(token, str):  # a broken backend
            return _failed(TypeError("no text"), None, NOT_READ)
        with self._lock:
            if token is None:
                self._stored.pop(instance_id, None)
            else:
                self._stored[instance_id] = token
        if token is None:
            return StoreResult(True, translate(
                "TokenStore", "No token stored for this instance."), None)
        return StoreResult(True, translate(
            "TokenStore", "Token loaded from the system password store."), token)

    def save_sync(self, instance_id: str, token: str) -> StoreResult:
        """Store ``token``; on failure keep it in memory for this session.

        A token this store already wrote or read for the instance is not written again: each
        write is a D-Bus round trip and, with the Secret Service, a Diffie-Hellman exchange
        (about 20 ms, some of it holding the GIL), and the app saves the token after every
        successful save of a webhook.
        """
        with self._lock:
            if self._stored.get(instance_id) == token:
                return StoreResult(True, translate(
                    "TokenStore", "Token saved in the system password store."), token)
        try:
            _keyring().set_password(self.service, instance_id, token)
        except Exception as exc:  # noqa: BLE001 - any backend error: keep it for the session
            self._keep_for_session(instance_id, token)
            return _failed(exc, token, KEPT_FOR_SESSION)
        with self._lock:
            self._session.pop(instance_id, None)
            self._stored[instance_id] = token
        return StoreResult(True, translate(
            "TokenStore", "Token saved in the system password store."), token)

    def remember(self, instance_id: str, token: str) -> None:
        """Keep ``token`` for this session only, never in the OS store (sandbox tokens)."""
        with self._lock:
            self._session[instance_id] = token

    def forget_sync(self, instance_id: str) -> StoreResult:
        """Remove the token from the OS store and from this session."""
        with self._lock:
            self._session.pop(instance_id, None)
            self._stored.pop(instance_id, None)
        try:
            _keyring().delete_password(self.service, instance_id)
        except Exception as exc:  # noqa: BLE001 - any backend error: tell the user
            if _is_error(exc, "PasswordDeleteError"):
                return StoreResult(True, translate(
                    "TokenStore", "No token was stored for this instance."))
            if _is_error(exc, "NoKeyringError"):
                return StoreResult(
                    False,
                    translate("TokenStore", "The token was removed from this session; no "
                              "password store was reachable."),
                    no_store=True,
                )
            return _failed(exc, None, MAY_REMAIN)
        return StoreResult(True, translate(
            "TokenStore", "Token removed from the system password store."))

    async def load(self, instance_id: str) -> StoreResult:
        """:meth:`load_sync` in a daemon thread, waiting at most :attr:`timeout` seconds."""
        try:
            return await run_in_daemon_thread(self.load_sync, instance_id, timeout=self.timeout)
        except TimeoutError:
            return _no_answer(NOT_READ, self.timeout, None)
        except Exception as exc:  # noqa: BLE001 - never leave the caller without an answer
            return _failed(exc, None, NOT_READ)

    async def save(self, instance_id: str, token: str) -> StoreResult:
        """:meth:`save_sync` in a daemon thread, waiting at most :attr:`timeout` seconds.
        Without an answer in time, the token is kept for this session."""
        try:
            return await run_in_daemon_thread(
                self.save_sync, instance_id, token, timeout=self.timeout
            )
        except TimeoutError:
            self._keep_for_session(instance_id, token)
            return _no_answer(KEPT_FOR_SESSION, self.timeout, token)
        except Exception as exc:  # noqa: BLE001
            self._keep_for_session(instance_id, token)
            return _failed(exc, token, KEPT_FOR_SESSION)

    async def forget(self, instance_id: str) -> StoreResult:
        """:meth:`forget_sync` in a daemon thread, waiting at most :attr:`timeout` seconds.
        The session copy is dropped at once, whatever the store does."""
        with self._lock:
            self._session.pop(instance_id, None)
            self._stored.pop(instance_id, None)
        try:
            return await run_in_daemon_thread(self.forget_sync, instance_id,
                                              timeout=self.timeout)
        except TimeoutError:
            return _no_answer(MAY_REMAIN, self.timeout, None)
        except Exception as exc:  # noqa: BLE001
            return _failed(exc, None, MAY_REMAIN)

    def _keep_for_session(self, instance_id: str, token: str) -> None:
        with self._lock:
            self._session[instance_id] = token
            self._stored.pop(instance_id, None)
