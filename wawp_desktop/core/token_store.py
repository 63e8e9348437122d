"""Access tokens in the OS keyring, with a visible session-only fallback.

The token is never written anywhere else. Keyring calls can block (D-Bus, Keychain
prompts), so the async methods run them in a worker thread.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass

SERVICE = "wawp-desktop"


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What happened to a token: kept in the OS store, or only for this session (and why)."""

    persistent: bool
    message: str
    token: str | None = None
    no_store: bool = False
    """No OS password store exists at all (the window says so once, in its banner)."""


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


def _explain(exc: Exception) -> str:
    from keyring import errors

    if isinstance(exc, errors.NoKeyringError):
        return ("No password store (keyring) was found on this computer, so the token is kept "
                "only until you close the app.")
    if isinstance(exc, errors.KeyringLocked):
        return ("The password store is locked (the unlock prompt was dismissed), so the token is "
                "kept only until you close the app.")
    return (f"The password store failed ({type(exc).__name__}), so the token is kept only "
            "until you close the app.")


def _failed(exc: Exception, token: str | None) -> StoreResult:
    from keyring import errors

    return StoreResult(False, _explain(exc), token,
                       no_store=isinstance(exc, errors.NoKeyringError))


class TokenStore:
    """Load, save and forget tokens by instance ID (keyring service ``wawp-desktop``)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self._stored: dict[str, str] = {}  # what the OS store holds, as last read or written here
        self._lock = threading.Lock()

    def _handled_errors(self) -> tuple[type[Exception], ...]:
        from keyring import errors

        return (errors.KeyringError, RuntimeError, OSError, ValueError)

    def load_sync(self, instance_id: str) -> StoreResult:
        """The stored token (``token`` None when there is none)."""
        with self._lock:
            session_token = self._session.get(instance_id)
        if session_token is not None:
            return StoreResult(False, "Token kept for this session only.", session_token)
        try:
            token = _keyring().get_password(self.service, instance_id)
        except self._handled_errors() as exc:
            return _failed(exc, None)
        with self._lock:
            if token is None:
                self._stored.pop(instance_id, None)
            else:
                self._stored[instance_id] = token
        if token is None:
            return StoreResult(True, "No token stored for this instance.", None)
        return StoreResult(True, "Token loaded from the system password store.", token)

    def save_sync(self, instance_id: str, token: str) -> StoreResult:
        """Store ``token``; on failure keep it in memory for this session.

        A token this store already wrote or read for the instance is not written again: each
        write is a D-Bus round trip and, with the Secret Service, a Diffie-Hellman exchange
        (about 20 ms, some of it holding the GIL), and the app saves the token after every
        successful save of a webhook.
        """
        with self._lock:
            if self._stored.get(instance_id) == token:
                return StoreResult(True, "Token saved in the system password store.", token)
        try:
            _keyring().set_password(self.service, instance_id, token)
        except self._handled_errors() as exc:
            with self._lock:
                self._session[instance_id] = token
                self._stored.pop(instance_id, None)
            return _failed(exc, token)
        with self._lock:
            self._session.pop(instance_id, None)
            self._stored[instance_id] = token
        return StoreResult(True, "Token saved in the system password store.", token)

    def remember(self, instance_id: str, token: str) -> None:
        """Keep ``token`` for this session only, never in the OS store (sandbox tokens)."""
        with self._lock:
            self._session[instance_id] = token

    def forget_sync(self, instance_id: str) -> StoreResult:
        """Remove the token from the OS store and from this session."""
        with self._lock:
            self._session.pop(instance_id, None)
            self._stored.pop(instance_id, None)
        from keyring import errors

        try:
            _keyring().delete_password(self.service, instance_id)
        except errors.PasswordDeleteError:
            return StoreResult(True, "No token was stored for this instance.")
        except self._handled_errors():
            return StoreResult(
                False, "The token was removed from this session; no password store was reachable."
            )
        return StoreResult(True, "Token removed from the system password store.")

    async def load(self, instance_id: str) -> StoreResult:
        return await asyncio.to_thread(self.load_sync, instance_id)

    async def save(self, instance_id: str, token: str) -> StoreResult:
        return await asyncio.to_thread(self.save_sync, instance_id, token)

    async def forget(self, instance_id: str) -> StoreResult:
        return await asyncio.to_thread(self.forget_sync, instance_id)
