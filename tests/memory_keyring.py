"""An in-memory keyring backend for tests, with switchable failure modes."""

from __future__ import annotations

from keyring import errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Keeps passwords in a dict. ``fail_with`` makes every call raise that error."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.fail_with: type[Exception] | None = None

    def _check(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with("simulated keyring failure")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.passwords:
            raise errors.PasswordDeleteError("not found")
        del self.passwords[(service, username)]
