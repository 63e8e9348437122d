"""Non-secret form state and window geometry in QSettings (never the token or HMAC secret)."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from ..core.profiles import Profile, profiles_from_data, profiles_to_data
from ..core.webhook import WebhookConfig, from_public, public_values

ORGANIZATION = "Wawp"
APPLICATION = "Wawp Desktop"


def open_settings() -> QSettings:
    """The app's settings file (INI format, in the platform's config directory)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class SettingsStore:
    """Reads and writes one profile group (``live`` or ``sandbox``) of the settings."""

    def __init__(self, settings: QSettings, group: str) -> None:
        self.settings = settings
        self.group = group

    def load_form(self) -> WebhookConfig:
        """The form's non-secret fields as last saved (defaults where unreadable)."""
        raw = self.settings.value(f"{self.group}/form", "")
        try:
            data = json.loads(raw) if isinstance(raw, str) and raw else {}
        except (ValueError, RecursionError):
            data = {}
        return from_public(data)

    def save_form(self, config: WebhookConfig) -> None:
        """Keep the form's non-secret fields (the token and HMAC secret never get here)."""
        self.settings.setValue(f"{self.group}/form", json.dumps(public_values(config)))

    def load_profiles(self) -> list[Profile]:
        raw = self.settings.value(f"{self.group}/profiles", "")
        try:
            data = json.loads(raw) if isinstance(raw, str) and raw else []
        except ValueError:
            data = []
        return profiles_from_data(data)

    def save_profiles(self, profiles: list[Profile]) -> None:
        self.settings.setValue(f"{self.group}/profiles", json.dumps(profiles_to_data(profiles)))

    def load_geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_geometry(self, geometry: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self.settings.sync()
