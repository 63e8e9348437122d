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
from ...core.i18n import QT_TRANSLATE_NOOP, ltr, translate
from ...core.instance import SessionInfo
from ...core.validation import check_instance_id, check_token
from ...core.webhook import StoredWebhook
from .. import a11y
from ..form.form import Form
from ..form.instance_bar import InstanceBar
from ..msgbox import ask
from ..services import Services
from ..theme import Tone
from ..widgets.status_label import StatusLabel
from ..widgets.table_model import HeaderedTableModel, Index
from .answer import AnswerPanel
from .editing import EditSession

SYSTEM_TOOLTIP = QT_TRANSLATE_NOOP(
    "InstancePage",
    "The instance's system webhook feeds the Wawp inbox: it can be disabled, never deleted."
)
IDLE_TEXT = QT_TRANSLATE_NOOP("InstancePage",
                              "Test the connection to see the webhooks this instance has.")
NOT_TESTED_TEXT = QT_TRANSLATE_NOOP("InstancePage",
                                    "Not tested yet: press Test connection (Alt+C).")


class WebhookListModel(HeaderedTableModel):
    """The instance's webhooks, the system webhook first. A refill is one model reset, so
    hundreds of rows cost one layout, not one per cell."""

    CONTEXT = "InstancePage"
    HEADERS = (QT_TRANSLATE_NOOP("InstancePage", "URL"), QT_TRANSLATE_NOOP("InstancePage", "Name"),
               QT_TRANSLATE_NOOP("InstancePage", "Active"),
               QT_TRANSLATE_NOOP("InstancePage", "Events"))

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
                if hook.is_system:
                    return translate("InstancePage", "{name} (system)").format(name=hook.name)
                return hook.name
            if column == 2:
                return {True: translate("InstancePage", "Yes"),
                        False: translate("InstancePage", "No"), None: "?"}[hook.is_active]
            return str(len(hook.events))
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("InstancePage", SYSTEM_TOOLTIP) if hook.is_system else hook.url
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
        self.details.set_status(Tone.MUTED, translate("InstancePage", NOT_TESTED_TEXT))
        self.status = StatusLabel("webhookListStatus", self)
        self.status.set_status(Tone.MUTED, translate("InstancePage", IDLE_TEXT))
        self.model = WebhookListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("webhookList")
        self.table.setAccessibleName(translate("InstancePage", "Webhooks of this instance"))
        self.table.setAccessibleDescription(translate(
            "InstancePage", "One row per webhook: URL, name, active, number of events. Enter "
            "edits the selected webhook in the form, Delete deletes it."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 160), (2, 60), (3, 60)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.edit_button = QPushButton(translate("InstancePage", "Edit in form"), self)
        self.edit_button.setObjectName("editWebhookButton")
        self.edit_button.setToolTip(translate(
            "InstancePage", "Fill the form with the selected webhook (Enter in the list); Save "
            "then sends only what you change"))
        self.edit_button.setAccessibleName(
            translate("InstancePage", "Edit the selected webhook in the form"))
        self.edit_button.setAccessibleDescription(self.edit_button.toolTip())
        self.edit_button.clicked.connect(self.edit_selected)
        self.reload_button = QPushButton(translate("InstancePage", "Reload"), self)
        self.reload_button.setObjectName("reloadWebhooksButton")
        self.reload_button.setToolTip(translate("InstancePage",
                                                "Load the instance's webhooks again (F5)"))
        self.reload_button.setAccessibleName(translate("InstancePage", "Reload the webhooks"))
        self.reload_button.setAccessibleDescription(self.reload_button.toolTip())
        self.reload_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.delete_button = QPushButton(translate("InstancePage", "Delete…"), self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setAccessibleName(translate("InstancePage",
                                                       "Delete the selected webhook"))
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
        who = [part for part in (info.name, ltr(f"+{info.number}") if info.number else "",
                                 info.push_name) if part]
        if who:
            text = translate("InstancePage", "{status}: {meaning} ({who})").format(
                status=ltr(info.status), meaning=info.meaning, who=" · ".join(who))
        else:
            text = translate("InstancePage", "{status}: {meaning}").format(
                status=ltr(info.status), meaning=info.meaning)
        self.details.set_status(Tone.NORMAL, text)
        a11y.announce(self.details, translate(
            "InstancePage", "Connection tested: {status}").format(status=text))
        self.tested.emit(info)
        self._load(instance_id, token)

    def _test_failed(self, instance_id: str, error: WawpError) -> None:
        if self._current(instance_id):
            self.bar.show_session_error(error)
            text = translate("InstancePage", "The connection test failed: {reason}").format(
                reason=error.summary())
            self.details.set_status(Tone.ERROR, text)
            a11y.announce(self.details, text)
            self.answer.show_error(instance_id, "test", error)
            self.show_error(instance_id, error)

    def reload(self) -> None:
        credentials = self._credentials()
        if credentials is not None:
            self._load(*credentials)

    def _load(self, instance_id: str, token: str) -> None:
        self.status.set_status(Tone.MUTED, translate("InstancePage",
                                                     "Loading the instance's webhooks…"))
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
        if count:
            text = translate("InstancePage", "%n webhook(s) on {instance}. Select one and press "
                             "Edit in form to change it.", None, count)
        else:
            text = translate("InstancePage", "{instance} has no webhooks yet. Fill in the form "
                             "and save to add one.")
        self.status.set_status(Tone.NORMAL, text.format(instance=ltr(instance_id)))
        self._update_buttons()
        self.loaded.emit(instance_id, hooks)

    def show_error(self, instance_id: str, error: WawpError) -> None:
        self.model.set_hooks([])
        self._update_buttons()
        if error.kind is ErrorKind.SUBSCRIPTION_REQUIRED:
            self.status.set_status(Tone.WARNING, translate(
                "InstancePage", "This instance is on Wawp's free plan, which has no webhooks to "
                "list. Upgrade it in the Wawp dashboard to use webhooks."))
        else:
            self.status.set_status(Tone.ERROR, translate(
                "InstancePage", "Could not load the webhooks: {reason}").format(
                reason=error.message))
        self.loadFailed.emit(instance_id, error)

    def _instance_changed(self, _text: str) -> None:
        """The list, the session and the editing state belong to the previous instance."""
        self.session = None
        self.details.set_status(Tone.MUTED, translate("InstancePage", NOT_TESTED_TEXT))
        self.editing.stop()
        self.model.set_hooks([])
        self.status.set_status(Tone.MUTED, translate("InstancePage", IDLE_TEXT))
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
            translate("InstancePage", SYSTEM_TOOLTIP) if hook is not None and hook.is_system
            else translate("InstancePage", "Delete the selected webhook (Del)"))
        self.delete_button.setAccessibleDescription(
            self.delete_button.toolTip() if hook is None or hook.is_system
            else translate("InstancePage", "Asks first; Wawp then stops sending events to "
                           "{url} at once.").format(url=ltr(hook.url)))

    def edit_selected(self) -> None:
        """Fill the form with the selected webhook, asking first if that replaces a different
        webhook the user has typed."""
        hook = self.selected()
        if hook is None:
            return
        current = self.form.value()
        if current.url and current.url != hook.url:
            ask(self.window(), translate("InstancePage", "Replace the form?"),
                translate("InstancePage", "The form holds the webhook for\n{current}\n\n"
                          "Replace it with\n{new}?\n\nWhat you typed for the other webhook is "
                          "lost.").format(current=ltr(current.url), new=ltr(hook.url)),
                translate("InstancePage", "Replace"), lambda: self.edit(hook),
                name="replaceFormDialog")
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
        if hook.has_hmac:
            text = translate("InstancePage", "Editing {url}: Save sends only what you change. "
                             "Leave the signing secret empty to keep the stored one.")
        else:
            text = translate("InstancePage", "Editing {url}: Save sends only what you change.")
        self.edit_note.set_status(Tone.INFO, text.format(url=ltr(hook.url)))

    def confirm_delete(self) -> None:
        hook = self.selected()
        if hook is None or hook.is_system:
            return
        credentials = self._credentials()
        if credentials is None:
            return
        ask(self.window(), translate("InstancePage", "Delete this webhook?"),
            translate("InstancePage", "Delete the webhook for\n{url}\n\nWawp stops sending "
                      "events there at once. This cannot be undone.").format(url=ltr(hook.url)),
            translate("InstancePage", "Delete"), lambda: self._delete(*credentials, hook.url),
            name="deleteDialog")

    def _delete(self, instance_id: str, token: str, url: str) -> None:
        self.services.op(self, lambda: self.services.client.delete_webhook(
            instance_id, token, url)).success(
            lambda _r: self._deleted(instance_id, token, url)).failure(
            lambda error: self._delete_failed(instance_id, error)).run()

    def _delete_failed(self, instance_id: str, error: WawpError) -> None:
        self.answer.show_error(instance_id, "delete", error)
        a11y.announce(self.answer.status, self.answer.text)

    def _deleted(self, instance_id: str, token: str, url: str) -> None:
        if self.editing.hook is not None and self.editing.hook.url == url:
            self.editing.stop()
        self.answer.show_message(instance_id, "delete", Tone.SUCCESS, translate(
            "InstancePage", "Deleted the webhook for {url}.").format(url=ltr(url)))
        a11y.announce(self.answer.status, self.answer.text)
        self.deleted.emit(url)
        self._load(instance_id, token)
