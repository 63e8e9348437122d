"""The Instance page: Test connection, the instance's webhooks (room for many rows), Edit in
form, Reload and Delete, with the system webhook protected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ErrorKind, WawpError
from ...core.instance import SessionInfo
from ...core.validation import check_instance_id, check_token
from ...core.webhook import StoredWebhook
from ..form.form import Form
from ..form.instance_bar import InstanceBar
from ..msgbox import ask
from ..services import Services
from ..theme import Tone
from ..widgets.status_label import StatusLabel
from ..widgets.table_model import HeaderedTableModel, Index
from .answer import AnswerPanel
from .editing import EditSession

SYSTEM_TOOLTIP = (
    "The instance's system webhook feeds the Wawp inbox: it can be disabled, never deleted."
)
IDLE_TEXT = "Test the connection to see the webhooks this instance has."


class WebhookListModel(HeaderedTableModel):
    """The instance's webhooks, the system webhook first. A refill is one model reset, so
    hundreds of rows cost one layout, not one per cell."""

    HEADERS = ("URL", "Name", "Active", "Events")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hooks: list[StoredWebhook] = []

    def row_count(self) -> int:
        return len(self.hooks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hook = self.hooks[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return hook.url
            if column == 1:
                return hook.name + (" (system)" if hook.is_system else "")
            if column == 2:
                return {True: "Yes", False: "No", None: "?"}[hook.is_active]
            return str(len(hook.events))
        if role == Qt.ItemDataRole.ToolTipRole:
            return SYSTEM_TOOLTIP if hook.is_system else hook.url
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def set_hooks(self, hooks: list[StoredWebhook]) -> None:
        self.beginResetModel()
        self.hooks = sorted(hooks, key=lambda h: not h.is_system)
        self.endResetModel()


class InstancePage(QWidget):
    """``loaded(instance ID, hooks)`` after a list arrives; ``tested(SessionInfo)``."""

    loaded = Signal(str, object)
    loadFailed = Signal(str, object)
    tested = Signal(object)
    deleted = Signal(str)

    def __init__(self, services: Services, form: Form, bar: InstanceBar, answer: AnswerPanel,
                 editing: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instancePage")
        self.services = services
        self.form = form
        self.bar = bar
        self.answer = answer
        self.editing = editing
        self.session: SessionInfo | None = None
        self.details = StatusLabel("instanceDetails", self, selectable=True)
        self.details.set_status(Tone.MUTED, "Not tested yet: press Test connection (Alt+C).")
        self.status = StatusLabel("webhookListStatus", self)
        self.status.set_status(Tone.MUTED, IDLE_TEXT)
        self.model = WebhookListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("webhookList")
        self.table.setAccessibleName("Webhooks of this instance")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 160), (2, 60), (3, 60)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.edit_button = QPushButton("Edit in form", self)
        self.edit_button.setObjectName("editWebhookButton")
        self.edit_button.setToolTip("Fill the form with the selected webhook (Enter in the "
                                    "list); Save then sends only what you change")
        self.edit_button.clicked.connect(self.edit_selected)
        self.reload_button = QPushButton("Reload", self)
        self.reload_button.setObjectName("reloadWebhooksButton")
        self.reload_button.setToolTip("Load the instance's webhooks again (F5)")
        self.reload_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.delete_button = QPushButton("Delete…", self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.confirm_delete)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  self.confirm_delete)
        self.edit_note = StatusLabel("editingNote", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.edit_note)
        layout.addWidget(self.table, 1)
        bar.testRequested.connect(self.test_connection)
        bar.instanceChanged.connect(self._instance_changed)
        editing.changed.connect(self._editing_changed)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------
    def _credentials(self) -> tuple[str, str] | None:
        """(instance ID, token), or None after showing what is wrong next to the fields."""
        instance_id, token = self.bar.instance_id_edit.text(), self.bar.token_edit.text()
        bad_id, bad_token = check_instance_id(instance_id), check_token(token)
        if bad_id:
            self.bar.instance_id_error.show_error(bad_id)
        if bad_token:
            self.bar.token_error.show_error(bad_token)
        if bad_id or bad_token:
            (self.bar.instance_id_edit if bad_id else self.bar.token_edit).setFocus()
            return None
        return instance_id, token

    def test_connection(self) -> None:
        credentials = self._credentials()
        if credentials is None:
            return
        instance_id, token = credentials
        self.bar.show_testing()
        self.services.op(self, lambda: self.services.client.session_info(*credentials)).success(
            lambda info: self._tested(instance_id, token, info)).failure(
            lambda error: self._test_failed(instance_id, error)).run()

    def _tested(self, instance_id: str, token: str, info: SessionInfo) -> None:
        if not self._current(instance_id):
            return
        self.session = info
        self.bar.show_session(info)
        who = [part for part in (info.name, f"+{info.number}" if info.number else "",
                                 info.push_name) if part]
        self.details.set_status(Tone.NORMAL, f"{info.status}: {info.meaning}"
                                + (f" ({' · '.join(who)})" if who else ""))
        self.tested.emit(info)
        self._load(instance_id, token)

    def _test_failed(self, instance_id: str, error: WawpError) -> None:
        if self._current(instance_id):
            self.bar.show_session_error(error)
            self.details.set_status(Tone.ERROR, f"The connection test failed: {error.summary()}")
            self.answer.show_error(instance_id, "test", error)
            self.show_error(instance_id, error)

    def reload(self) -> None:
        credentials = self._credentials()
        if credentials is not None:
            self._load(*credentials)

    def _load(self, instance_id: str, token: str) -> None:
        self.status.set_status(Tone.MUTED, "Loading the instance's webhooks…")
        self.services.op(self, lambda: self.services.client.list_webhooks(instance_id, token)
                         ).success(lambda hooks: self.show_hooks(instance_id, hooks)).failure(
            lambda error: self.show_error(instance_id, error)).run()

    def _current(self, instance_id: str) -> bool:
        return instance_id == self.bar.instance_id_edit.text()

    def show_hooks(self, instance_id: str, hooks: list[StoredWebhook]) -> None:
        """Show ``hooks`` of ``instance_id`` (ignored when another instance is shown now)."""
        if not self._current(instance_id):
            return
        selected = self.selected()
        self.model.set_hooks(hooks)
        self.editing.follow(instance_id, hooks)
        if selected is not None:
            for row, hook in enumerate(self.model.hooks):
                if hook.url == selected.url:
                    self.table.selectRow(row)
        count = len(hooks)
        self.status.set_status(Tone.NORMAL, (
            f"{count} webhook{'s' if count != 1 else ''} on {instance_id}. Select one and "
            "press Edit in form to change it." if count
            else f"{instance_id} has no webhooks yet. Fill in the form and save to add one."))
        self._update_buttons()
        self.loaded.emit(instance_id, hooks)

    def show_error(self, instance_id: str, error: WawpError) -> None:
        self.model.set_hooks([])
        self._update_buttons()
        if error.kind is ErrorKind.SUBSCRIPTION_REQUIRED:
            self.status.set_status(Tone.WARNING, (
                "This instance is on Wawp's free plan, which has no webhooks to list. "
                "Upgrade it in the Wawp dashboard to use webhooks."))
        else:
            self.status.set_status(Tone.ERROR, f"Could not load the webhooks: {error.message}")
        self.loadFailed.emit(instance_id, error)

    def _instance_changed(self, _text: str) -> None:
        """The list, the session and the editing state belong to the previous instance."""
        self.session = None
        self.details.set_status(Tone.MUTED, "Not tested yet: press Test connection (Alt+C).")
        self.editing.stop()
        self.model.set_hooks([])
        self.status.set_status(Tone.MUTED, IDLE_TEXT)
        self._update_buttons()

    # -- selection, editing, delete -------------------------------------------------------
    def selected(self) -> StoredWebhook | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.hooks):
            return None
        return self.model.hooks[rows[0].row()]

    def _update_buttons(self) -> None:
        hook = self.selected()
        self.edit_button.setEnabled(hook is not None)
        self.delete_button.setEnabled(hook is not None and not hook.is_system)
        self.delete_button.setToolTip(
            SYSTEM_TOOLTIP if hook is not None and hook.is_system else "Delete the selected "
            "webhook (Del)")

    def edit_selected(self) -> None:
        """Fill the form with the selected webhook, asking first if that replaces a different
        webhook the user has typed."""
        hook = self.selected()
        if hook is None:
            return
        current = self.form.value()
        if current.url and current.url != hook.url:
            ask(self.window(), "Replace the form?",
                f"The form holds the webhook for\n{current.url}\n\nReplace it with\n{hook.url}?"
                "\n\nWhat you typed for the other webhook is lost.", "Replace",
                lambda: self.edit(hook), name="replaceFormDialog")
            return
        self.edit(hook)

    def edit(self, hook: StoredWebhook) -> None:
        """Fill the form with ``hook``; Save then sends only what changes (PATCH)."""
        config = hook.as_config(self.form.value())
        names = [name for name in hook.values if name != "hmac"]
        self.form.set_value(config, ["url", "hmac", *names])
        self.editing.start(self.bar.instance_id_edit.text(), hook)

    def _editing_changed(self, hook: StoredWebhook | None) -> None:
        if hook is None:
            self.edit_note.clear_status()
            return
        secret = " Leave the signing secret empty to keep the stored one." if hook.has_hmac else ""
        self.edit_note.set_status(
            Tone.INFO, f"Editing {hook.url}: Save sends only what you change.{secret}")

    def confirm_delete(self) -> None:
        hook = self.selected()
        if hook is None or hook.is_system:
            return
        credentials = self._credentials()
        if credentials is None:
            return
        ask(self.window(), "Delete this webhook?",
            f"Delete the webhook for\n{hook.url}\n\nWawp stops sending events there at once. "
            "This cannot be undone.", "Delete", lambda: self._delete(*credentials, hook.url),
            name="deleteDialog")

    def _delete(self, instance_id: str, token: str, url: str) -> None:
        self.services.op(self, lambda: self.services.client.delete_webhook(
            instance_id, token, url)).success(
            lambda _r: self._deleted(instance_id, token, url)).failure(
            lambda error: self.answer.show_error(instance_id, "delete", error)).run()

    def _deleted(self, instance_id: str, token: str, url: str) -> None:
        if self.editing.hook is not None and self.editing.hook.url == url:
            self.editing.stop()
        self.answer.show_message(instance_id, "delete", Tone.SUCCESS,
                                 f"Deleted the webhook for {url}.")
        self.deleted.emit(url)
        self._load(instance_id, token)
