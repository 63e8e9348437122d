"""Saved instances: pick one to switch, save the current one, remove one (and its token)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.profiles import Profile

PLACEHOLDER = QT_TRANSLATE_NOOP("ProfilesBar", "Saved instances…")


class ProfilesBar(QWidget):
    """``profileChosen``, ``saveRequested`` and ``removeRequested`` carry the user's intent."""

    profileChosen = Signal(object)  # Profile
    saveRequested = Signal()
    removeRequested = Signal(object)  # Profile
    profilesChanged = Signal()
    """After :meth:`set_profiles` (the Instances page shows the same list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profiles: list[Profile] = []
        self.combo = QComboBox(self)
        self.combo.setObjectName("profileList")
        self.combo.setAccessibleName(translate("ProfilesBar", "Saved instances"))
        self.combo.setToolTip(translate(
            "ProfilesBar", "Switch to a saved instance (its token comes from the password store)"
        ))
        self.combo.setAccessibleDescription(self.combo.toolTip())
        self.combo.activated.connect(self._activated)
        self.save_button = QToolButton(self)
        self.save_button.setObjectName("profileSaveButton")
        self.save_button.setText(translate("ProfilesBar", "Save…"))
        self.save_button.setToolTip(translate("ProfilesBar",
                                              "Keep the current instance in this list"))
        self.save_button.setAccessibleName(translate("ProfilesBar", "Save this instance"))
        self.save_button.setAccessibleDescription(self.save_button.toolTip())
        self.save_button.clicked.connect(self.saveRequested)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("profileRemoveButton")
        self.remove_button.setText(translate("ProfilesBar", "Remove…"))
        self.remove_button.setToolTip(translate("ProfilesBar",
                                                "Remove the chosen instance and its saved token"))
        self.remove_button.setAccessibleName(translate("ProfilesBar", "Remove the saved instance"))
        self.remove_button.setAccessibleDescription(self.remove_button.toolTip())
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        self.set_profiles([])

    def set_profiles(self, profiles: list[Profile], current: str | None = None) -> None:
        self.profiles = list(profiles)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(translate("ProfilesBar", PLACEHOLDER) if profiles
                           else translate("ProfilesBar", "No saved instances yet"), None)
        for profile in profiles:
            self.combo.addItem(profile.label, profile)
        self.combo.setCurrentIndex(self.index_of(current))
        self.combo.blockSignals(False)
        self.remove_button.setEnabled(self.current() is not None)
        self.profilesChanged.emit()

    def index_of(self, instance_id: str | None) -> int:
        for index, profile in enumerate(self.profiles, start=1):
            if profile.instance_id == instance_id:
                return index
        return 0

    def show_instance(self, instance_id: str) -> None:
        """Point the combo at ``instance_id`` if it is saved, else at the placeholder."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.index_of(instance_id))
        self.combo.blockSignals(False)
        self.remove_button.setEnabled(self.current() is not None)

    def current(self) -> Profile | None:
        data = self.combo.currentData()
        return data if isinstance(data, Profile) else None

    def _activated(self, _index: int) -> None:
        profile = self.current()
        self.remove_button.setEnabled(profile is not None)
        if profile is not None:
            self.profileChosen.emit(profile)

    def _remove(self) -> None:
        profile = self.current()
        if profile is not None:
            self.removeRequested.emit(profile)
