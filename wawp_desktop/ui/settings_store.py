"""Non-secret form state and window geometry in QSettings (never the token or HMAC secret).

Nothing the user saved is dropped silently: a settings file that cannot be read is kept
beside it as ``<name>.broken-<YYYYmmdd-HHMMSS>`` before anything is written, and every such
event, like every failed write, is told in plain words through :attr:`SettingsStore.problems`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..core.files import FileReadError, FileWriteError, looks_utf16, read_bounded, set_aside
from ..core.files import reason_for as _reason_for
from ..core.i18n import ltr, translate
from ..core.profiles import Profile, profiles_from_data, profiles_to_data
from ..core.webhook import WebhookConfig, from_public, public_values

ORGANIZATION = "Wawp"
APPLICATION = "Wawp Desktop"
MAX_SETTINGS_BYTES = 16 * 1024 * 1024


def open_settings() -> QSettings:
    """The app's settings file (INI format, in the platform's config directory)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class SettingsStore:
    """Reads and writes one profile group (``live`` or ``sandbox``) of the settings.

    ``problems`` lists, in plain words and in order, what went wrong with the settings file
    (each distinct message once): it could not be read (and where the copy is), or a write
    failed (and why). The window shows the new ones after each action
    (:meth:`take_problems`). ``save_form``, ``save_profiles`` and ``sync`` also return their
    own error, every time ("" when the settings were written)."""

    def __init__(self, settings: QSettings, group: str) -> None:
        self.settings = settings
        self.group = group
        self.problems: list[str] = []
        self._shown = 0
        self._blocked = ""
        """Why nothing may be written (an unreadable file that could not be copied)."""
        self._aside: Path | None = None
        """Where the unreadable file was kept (once per start: later damage is in it too)."""
        self._check_file()

    # -- the file ------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return Path(self.settings.fileName())

    def take_problems(self) -> list[str]:
        """Problems added since the last call (for the window to show once)."""
        new = self.problems[self._shown:]
        self._shown = len(self.problems)
        return new

    def _problem(self, text: str) -> str:
        """Record ``text`` once (a repeated failure is returned by each ``save_*`` call)."""
        if text not in self.problems:
            self.problems.append(text)
        return text

    def _check_file(self) -> None:
        """Set aside a settings file that cannot be read, before anything writes to it."""
        path = self.path
        if not path.exists() and not path.is_symlink():
            return
        try:
            data = read_bounded(path, MAX_SETTINGS_BYTES)
        except FileReadError as exc:
            self._blocked = self._problem(translate(
                "SettingsFile", "The settings file “{path}” could not be read ({reason}). Saved "
                "instances and the last form were not restored, and settings will not be "
                "saved until it is fixed.").format(path=ltr(path), reason=exc.reason))
            return
        if not data.strip():
            self._move_aside(translate(
                "SettingsFile", "it is empty: its content was lost, perhaps in a crash or on a "
                "full disk"))
        elif looks_utf16(data):
            self._move_aside(translate("SettingsFile", "it is saved as UTF-16, not UTF-8"))
        elif b"\0" in data:
            self._move_aside(translate("SettingsFile", "it holds binary data"))
        elif self.settings.status() == QSettings.Status.FormatError:
            self._copy_aside(translate("SettingsFile", "it is damaged"),
                             translate("SettingsFile", "Some settings may be missing."))
        else:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                self._copy_aside(
                    translate("SettingsFile", "it holds characters that are not UTF-8"),
                    translate("SettingsFile", "Some names may show “�”."))

    def _move_aside(self, why: str) -> None:
        path = self.path
        try:
            aside = set_aside(path)
        except FileWriteError as exc:
            self._blocked = self._problem(translate(
                "SettingsFile", "The settings file “{path}” could not be read ({why}), and it "
                "could not be kept aside ({reason}). Settings will not be saved until it is "
                "fixed.").format(path=ltr(path), why=why, reason=exc.reason))
            return
        self._reopen()
        self._aside = aside
        self._problem(translate(
            "SettingsFile", "The settings file could not be read ({why}). Saved instances and "
            "the last form start empty; the old file was kept as “{aside}”.").format(
                why=why, aside=ltr(aside)))

    def _copy_aside(self, why: str, consequence: str) -> bool:
        """Copy the file beside itself (once); False (and writes blocked) when that fails."""
        path = self.path
        aside = self._aside
        if aside is None:
            try:
                aside = self._aside = set_aside(path, copy=True)
            except FileWriteError as exc:
                self._blocked = self._problem(translate(
                    "SettingsFile", "The settings file “{path}” could not be fully read "
                    "({why}), and no copy could be kept ({reason}). Settings will not be saved "
                    "until it is fixed.").format(path=ltr(path), why=why, reason=exc.reason))
                return False
        self._problem(translate(
            "SettingsFile", "The settings file could not be fully read ({why}). {consequence} "
            "A copy of it was kept as “{aside}”.").format(why=why, consequence=consequence,
                                                         aside=ltr(aside)))
        return True

    def _reopen(self) -> None:
        """A new QSettings on the same file: its status reflects only what happens next
        (a QSettings keeps the first error for ever), and it retries pending writes."""
        self.settings = QSettings(self.settings.fileName(), self.settings.format())

    def _write(self, key: str, value: Any) -> str:
        """Set ``key`` and write the file now; the plain-words error, or ""."""
        if self._blocked:
            return self._blocked
        self.settings.setValue(key, value)
        return self.sync()

    def sync(self) -> str:
        """Write pending changes; returns the plain-words error ("" when written)."""
        if self._blocked:
            return self._blocked
        self.settings.sync()
        if self.settings.status() == QSettings.Status.NoError:
            return ""
        self._reopen()  # the old object's error may be from an earlier write
        if self.settings.status() == QSettings.Status.NoError:
            return ""
        return self._problem(translate(
            "SettingsFile", "Settings could not be saved to “{path}”: {reason}.").format(
                path=ltr(self.path), reason=self._write_failure_reason()))

    def _write_failure_reason(self) -> str:
        """Why the folder refuses the settings file: try writing a file of the same size."""
        path = self.path
        if path.is_dir():
            return translate("SettingsFile", "this name belongs to a folder, not a file")
        try:
            size = path.stat().st_size if path.exists() else 0
        except OSError:
            size = 0
        probe = path.with_name(f".{path.name}.probe")
        try:
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                view = memoryview(b"\0" * (size + 16 * 1024))
                while view:  # a short write is how a size limit first shows
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            finally:
                os.close(fd)
                os.unlink(probe)
        except OSError as exc:
            return _reason_for(exc)
        if path.exists() and not os.access(path, os.W_OK):
            return translate("SettingsFile", "the file is read-only")
        return translate("SettingsFile", "the system refused to write it")

    # -- values --------------------------------------------------------------------------
    def _json_value(self, key: str, empty: Any, why: str, consequence: str) -> Any:
        """The JSON value at ``key`` (``empty`` when unset); a damaged one is kept aside and
        told with ``why`` and ``consequence`` (translated sentences)."""
        raw = self.settings.value(key, "")
        if raw in ("", None):
            return empty
        try:
            if not isinstance(raw, str):
                raise ValueError(type(raw).__name__)
            return json.loads(raw)
        except (ValueError, RecursionError):
            self._copy_aside(why, consequence)
            return empty

    def load_form(self) -> WebhookConfig:
        """The form's non-secret fields as last saved (defaults where unreadable)."""
        why = translate("SettingsFile", "the last form's values are damaged")
        data = self._json_value(f"{self.group}/form", {}, why, translate(
            "SettingsFile", "The last form's values start empty."))
        if not isinstance(data, dict):
            self._copy_aside(why, translate("SettingsFile", "The form starts empty."))
            return WebhookConfig()
        return from_public(data)

    def save_form(self, config: WebhookConfig) -> str:
        """Keep the form's non-secret fields (never the token or HMAC secret); returns the
        plain-words error ("" when written)."""
        return self._write(f"{self.group}/form", json.dumps(public_values(config)))

    def load_profiles(self) -> list[Profile]:
        why = translate("SettingsFile", "the saved instances are damaged")
        data = self._json_value(f"{self.group}/profiles", [], why, translate(
            "SettingsFile", "The saved instances start empty."))
        if not isinstance(data, list):
            self._copy_aside(why, translate("SettingsFile", "The list starts empty."))
            return []
        lost = sum(1 for item in data if not profiles_from_data([item]))
        if lost:
            self._copy_aside(
                translate("SettingsFile", "the saved instances are partly damaged"),
                translate("SettingsFile", "%n saved instance(s) could not be read and will not "
                          "be listed.", None, lost))
        return profiles_from_data(data)

    def save_profiles(self, profiles: list[Profile]) -> str:
        """Store the saved instances; returns the plain-words error ("" when written)."""
        return self._write(f"{self.group}/profiles", json.dumps(profiles_to_data(profiles)))

    def load_geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_geometry(self, geometry: QByteArray) -> None:
        if not self._blocked:
            self.settings.setValue("window/geometry", geometry)
