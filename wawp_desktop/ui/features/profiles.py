"""Saved instances: keep the current instance under a name, switch to one, remove one (and
its saved token)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from ...core.i18n import ltr, translate
from ...core.profiles import Profile, upsert
from ...core.validation import check_instance_id
from ..form.instance_bar import InstanceBar
from ..msgbox import ask
from ..services import Services
from .instance_page import InstancePage
from .tokens import TokenFeature


class ProfilesFeature(QObject):
    """Connects the saved-instance picker of the instance bar to the settings; ``changed``
    after the list was stored (or failed to be: the settings say why)."""

    changed = Signal()

    def __init__(self, services: Services, bar: InstanceBar, tokens: TokenFeature,
                 instance: InstancePage, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.bar = bar
        self.tokens = tokens
        self.instance = instance
        self.window = window
        self.dialog: QInputDialog | None = None
        bar.profiles.profileChosen.connect(
            lambda profile: bar.instance_id_edit.setText(profile.instance_id))
        bar.profiles.saveRequested.connect(self.ask_name)
        bar.profiles.removeRequested.connect(self.confirm_remove)

    def ask_name(self) -> None:
        instance_id = self.bar.instance_id_edit.text()
        problem = check_instance_id(instance_id)
        if problem:
            self.bar.instance_id_error.show_error(problem)
            return
        known = next((p for p in self.bar.profiles.profiles if p.instance_id == instance_id),
                     None)
        session = self.instance.session
        default = known.name if known else (session.name if session else "")
        dialog = QInputDialog(self.window)
        dialog.setObjectName("profileNameDialog")
        dialog.setWindowTitle(translate("ProfilesFeature", "Save instance"))
        dialog.setLabelText(translate(
            "ProfilesFeature", "A name for instance {instance} (e.g. the customer):").format(
            instance=ltr(instance_id)))
        dialog.setTextValue(default)
        dialog.setAccessibleName(translate("ProfilesFeature", "Save instance"))
        dialog.setAccessibleDescription(translate(
            "ProfilesFeature", "The name shown for this instance in the list of saved "
            "instances."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda name: self.save(name, instance_id))
        self.dialog = dialog
        dialog.open()

    def save(self, name: str, instance_id: str) -> None:
        profiles = upsert(self.bar.profiles.profiles, Profile(name.strip()[:100], instance_id))
        self._store(profiles)

    def confirm_remove(self, profile: Profile) -> None:
        if profile.name:
            text = translate("ProfilesFeature", "Remove {name} ({instance}) from the list and "
                             "forget its saved token?").format(
                name=profile.name, instance=ltr(profile.instance_id))
        else:
            text = translate("ProfilesFeature", "Remove {instance} from the list and forget its "
                             "saved token?").format(instance=ltr(profile.instance_id))
        ask(self.window, translate("ProfilesFeature", "Remove saved instance?"), text,
            translate("ProfilesFeature", "Remove"), lambda: self.remove(profile),
            name="removeProfileDialog")

    def remove(self, profile: Profile) -> None:
        self._store([p for p in self.bar.profiles.profiles
                     if p.instance_id != profile.instance_id])
        self.tokens.forget(profile.instance_id)

    def _store(self, profiles: list[Profile]) -> None:
        self.services.settings.save_profiles(profiles)
        self.bar.profiles.set_profiles(profiles, self.bar.instance_id_edit.text())
        self.changed.emit()
