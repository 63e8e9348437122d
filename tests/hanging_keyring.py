"""A keyring backend whose calls never return (a password store stuck on D-Bus), for the
shutdown test: ``PYTHON_KEYRING_BACKEND=tests.hanging_keyring.HangingKeyring``."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend

_NEVER = threading.Event()


class HangingKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        _NEVER.wait()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        _NEVER.wait()

    def delete_password(self, service: str, username: str) -> None:
        _NEVER.wait()
