"""Instance management in the window: test connection, the webhook list, edit, delete,
read-back after save, system-webhook protection and saved instances (profiles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ..core.config import WebhookConfig, check_instance_id, check_token, is_system_webhook
from ..core.errors import WawpError
from ..core.instance import SessionInfo, StoredWebhook
from ..core.profiles import Profile, upsert
from .field_message import ERROR_STYLE
from .instance_webhooks_panel import InstanceWebhooksPanel

if TYPE_CHECKING:
    from .main_window import MainWindow

DISABLE_SYSTEM_TEXT = (
    "This is the instance's system webhook. The Wawp inbox (the dashboard's chats) depends "
    "on it: while it is disabled, the inbox receives no new messages.\n\nDisable it anyway?"
)


class InstanceWiring:
    """Connects the instance widgets of ``window`` to its controller."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel = InstanceWebhooksPanel(window)
        self.editing: StoredWebhook | None = None
        self.session: SessionInfo | None = None
        self._dialog: QMessageBox | QInputDialog | None = None

    def connect(self) -> None:
        w, c = self.window, self.window.controller
        conn = w.connection
        self.tab_index = w.response.tabs.addTab(self.panel, "Instance webhooks")
        conn.status.testRequested.connect(self.test_connection)
        c.connectionTested.connect(self._tested)
        c.connectionFailed.connect(self._test_failed)
        c.webhooksLoaded.connect(self._loaded)
        c.webhooksFailed.connect(self._load_failed)
        c.deleteSucceeded.connect(self._deleted)
        c.deleteFailed.connect(self._delete_failed)
        c.readBackDone.connect(w.response.show_read_back)
        self.panel.reloadRequested.connect(self.reload)
        self.panel.editRequested.connect(self.edit)
        self.panel.deleteRequested.connect(self.confirm_delete)
        conn.instance_id_edit.textChanged.connect(self._instance_changed)
        conn.profiles.profileChosen.connect(self._profile_chosen)
        conn.profiles.saveRequested.connect(self.ask_profile_name)
        conn.profiles.removeRequested.connect(self.confirm_remove_profile)
        conn.profiles.set_profiles(w.settings.load_profiles(), conn.instance_id_edit.text())

    # -- credentials ----------------------------------------------------------------------
    def _credentials(self) -> tuple[str, str] | None:
        """(instance ID, token), or None after showing what is wrong next to the fields."""
        conn = self.window.connection
        instance_id, token = conn.instance_id_edit.text(), conn.token_edit.text()
        bad_id, bad_token = check_instance_id(instance_id), check_token(token)
        if bad_id:
            conn.instance_id_error.show_error(bad_id)
        if bad_token:
            conn.token_error.show_error(bad_token)
        if bad_id or bad_token:
            (conn.instance_id_edit if bad_id else conn.token_edit).setFocus()
            return None
        return instance_id, token

    def test_connection(self) -> None:
        credentials = self._credentials()
        if credentials is None:
            return
        self.window.connection.status.show_testing()
        self.window.controller.test_connection(*credentials)

    def reload(self) -> None:
        credentials = self._credentials()
        if credentials is not None:
            self.panel.status.setText("Loading the instance's webhooks…")
            self.window.controller.load_webhooks(*credentials)

    def _current(self, instance_id: str) -> bool:
        return instance_id == self.window.connection.instance_id_edit.text()

    def _tested(self, info: SessionInfo) -> None:
        self.session = info
        self.window.connection.status.show_info(info)
        self.window.response.tabs.setCurrentIndex(self.tab_index)

    def _test_failed(self, error: WawpError) -> None:
        self.window.connection.status.show_error(error)
        self.panel.show_error(error)

    def _loaded(self, instance_id: str, hooks: list[StoredWebhook]) -> None:
        if not self._current(instance_id):
            return
        self.panel.set_webhooks(instance_id, hooks)
        if self.editing is not None:
            self.editing = next((h for h in hooks if h.url == self.editing.url), None)

    def _load_failed(self, instance_id: str, error: WawpError) -> None:
        if self._current(instance_id):
            self.panel.show_error(error)
            self.window.response.tabs.setCurrentIndex(self.tab_index)

    def _instance_changed(self, text: str) -> None:
        self.editing = None
        self.session = None
        self.window.connection.status.clear()
        self.window.connection.profiles.show_instance(text)

    # -- editing and saving ---------------------------------------------------------------
    def edit(self, hook: StoredWebhook) -> None:
        """Fill the form with ``hook``; Save then sends only what changes (PATCH)."""
        w = self.window
        w.webhook.url_edit.setText(hook.url)
        w.webhook.name_edit.setText(hook.name)
        if hook.is_active is not None:
            w.webhook.active_check.setChecked(hook.is_active)
        w.events.set_selected(hook.events)
        if hook.retry_delay is not None:
            w.delivery.delay_spin.setValue(hook.retry_delay)
        if hook.retry_attempts is not None:
            w.delivery.attempts_spin.setValue(hook.retry_attempts)
        w.delivery.hmac_edit.clear()
        self.editing = hook
        secret = " Leave the HMAC secret empty to keep the stored one." if hook.has_hmac else ""
        self.panel.status.setStyleSheet("")
        self.panel.status.setText(f"Editing {hook.url}: Save sends only what you change.{secret}")

    def submit(self, config: WebhookConfig) -> bool:
        """Send ``config`` (asking first before disabling the system webhook)."""
        if is_system_webhook(config.url) and not config.is_active:
            self._ask(
                "Disable the system webhook?",
                DISABLE_SYSTEM_TEXT,
                "Disable",
                lambda: self._start(config),
            )
            return False
        return self._start(config)

    def existing_for(self, config: WebhookConfig) -> StoredWebhook | None:
        """The stored webhook a save of ``config`` edits (same URL), if one is being edited."""
        return self.editing if self.editing and self.editing.url == config.url else None

    def _start(self, config: WebhookConfig) -> bool:
        started = self.window.controller.submit(config, self.existing_for(config))
        if started:
            self.window.response.show_busy(config.url)
        return started

    # -- delete -----------------------------------------------------------------------------
    def confirm_delete(self, hook: StoredWebhook) -> None:
        if hook.is_system:
            return
        credentials = self._credentials()
        if credentials is None:
            return
        self._ask(
            "Delete this webhook?",
            f"Delete the webhook for\n{hook.url}\n\nWawp stops sending events there at once. "
            "This cannot be undone.",
            "Delete",
            lambda: self.window.controller.delete_webhook(*credentials, hook.url),
        )

    def _deleted(self, url: str) -> None:
        if self.editing is not None and self.editing.url == url:
            self.editing = None
        self.window.response.status.setText(f"Deleted the webhook for {url}.")

    def _delete_failed(self, error: WawpError) -> None:
        self.panel.status.setStyleSheet(ERROR_STYLE)
        self.panel.status.setText(f"Not deleted. {error.summary()}")

    # -- profiles ---------------------------------------------------------------------------
    def _profile_chosen(self, profile: Profile) -> None:
        self.window.connection.instance_id_edit.setText(profile.instance_id)

    def ask_profile_name(self) -> None:
        conn = self.window.connection
        instance_id = conn.instance_id_edit.text()
        problem = check_instance_id(instance_id)
        if problem:
            conn.instance_id_error.show_error(problem)
            return
        known = next((p for p in conn.profiles.profiles if p.instance_id == instance_id), None)
        default = known.name if known else (self.session.name if self.session else "")
        dialog = QInputDialog(self.window)
        dialog.setObjectName("profileNameDialog")
        dialog.setWindowTitle("Save instance")
        dialog.setLabelText(f"A name for instance {instance_id} (e.g. the customer):")
        dialog.setTextValue(default)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda name: self._save_profile(name, instance_id))
        self._dialog = dialog
        dialog.open()

    def _save_profile(self, name: str, instance_id: str) -> None:
        w = self.window
        profiles = upsert(w.connection.profiles.profiles, Profile(name.strip()[:100], instance_id))
        w.settings.save_profiles(profiles)
        w.connection.profiles.set_profiles(profiles, w.connection.instance_id_edit.text())

    def confirm_remove_profile(self, profile: Profile) -> None:
        self._ask(
            "Remove saved instance?",
            f"Remove {profile.label} from the list and forget its saved token?",
            "Remove",
            lambda: self._remove_profile(profile),
        )

    def _remove_profile(self, profile: Profile) -> None:
        w = self.window
        profiles = [
            p for p in w.connection.profiles.profiles if p.instance_id != profile.instance_id
        ]
        w.settings.save_profiles(profiles)
        w.connection.profiles.set_profiles(profiles, w.connection.instance_id_edit.text())
        w.controller.forget_token(profile.instance_id)

    # -- non-blocking confirmation ------------------------------------------------------------
    def _ask(self, title: str, text: str, accept_label: str, on_accept) -> None:  # noqa: ANN001
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        box.setObjectName("confirmDialog")
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: box.clickedButton() is accept and on_accept())
        self._dialog = box
        box.open()
