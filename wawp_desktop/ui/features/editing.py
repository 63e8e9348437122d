"""Which stored webhook the form is editing (picked on the Instance page), if any.

Save, Preview and the copied commands ask it for the stored webhook a save of the form
edits: the save planner then sends only what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...core.webhook import StoredWebhook, WebhookConfig


class EditSession(QObject):
    """``changed(hook or None)`` whenever editing starts, follows a reload, or ends."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hook: StoredWebhook | None = None
        self.instance_id = ""

    def start(self, instance_id: str, hook: StoredWebhook) -> None:
        self.instance_id, self.hook = instance_id, hook
        self.changed.emit(hook)

    def stop(self) -> None:
        if self.hook is not None:
            self.hook = None
            self.changed.emit(None)

    def follow(self, instance_id: str, hooks: list[StoredWebhook]) -> None:
        """After a reload: keep editing the same URL with what is stored now (or stop)."""
        if self.hook is None or instance_id != self.instance_id:
            return
        fresh = next((h for h in hooks if h.url == self.hook.url), None)
        if fresh is None:
            self.stop()
        else:
            self.hook = fresh

    def existing_for(self, config: WebhookConfig) -> StoredWebhook | None:
        """The stored webhook a save of ``config`` edits (same instance and URL), or None."""
        hook = self.hook
        if hook is None or config.instance_id != self.instance_id or hook.url != config.url:
            return None
        return hook
