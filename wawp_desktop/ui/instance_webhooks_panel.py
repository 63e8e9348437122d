"""The instance's existing webhooks: a table to pick one for editing, reload and delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ErrorKind, WawpError
from ..core.instance import StoredWebhook
from .field_message import ERROR_STYLE, WARNING_STYLE

_HEADERS = ("URL", "Name", "Active", "Events")
SYSTEM_TOOLTIP = (
    "The instance's system webhook feeds the Wawp inbox: it can be disabled, never deleted."
)


def _active_text(hook: StoredWebhook) -> str:
    return {True: "Yes", False: "No", None: "?"}[hook.is_active]


class InstanceWebhooksPanel(QWidget):
    """Emits ``editRequested`` when a row is selected, ``deleteRequested`` on Delete."""

    editRequested = Signal(object)  # StoredWebhook
    deleteRequested = Signal(object)  # StoredWebhook
    reloadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hooks: list[StoredWebhook] = []
        self.status = QLabel("Test the connection to see the webhooks this instance has.", self)
        self.status.setObjectName("webhookListStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(_HEADERS), self)
        self.table.setObjectName("webhookList")
        self.table.setAccessibleName("Webhooks of this instance")
        self.table.setHorizontalHeaderLabels(_HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload_button = QPushButton("&Reload", self)
        self.reload_button.setObjectName("reloadWebhooksButton")
        self.reload_button.clicked.connect(self.reloadRequested)
        self.delete_button = QPushButton("&Delete…", self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def set_webhooks(self, instance_id: str, hooks: list[StoredWebhook]) -> None:
        """Show ``hooks``; the system webhook first, marked."""
        selected = self.selected()
        self.hooks = sorted(hooks, key=lambda h: not h.is_system)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.hooks))
        for row, hook in enumerate(self.hooks):
            cells = (
                hook.url,
                hook.name + (" (system)" if hook.is_system else ""),
                _active_text(hook),
                str(len(hook.events)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(SYSTEM_TOOLTIP if hook.is_system else hook.url)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        self.table.blockSignals(False)
        if selected is not None:
            for row, hook in enumerate(self.hooks):
                if hook.url == selected.url:
                    self.table.blockSignals(True)
                    self.table.selectRow(row)
                    self.table.blockSignals(False)
        self._update_buttons()
        count = len(self.hooks)
        self.status.setStyleSheet("")
        self.status.setText(
            f"{count} webhook{'s' if count != 1 else ''} on {instance_id}. "
            "Select one to edit it in the form."
            if count
            else f"{instance_id} has no webhooks yet. Fill in the form and save to add one."
        )

    def show_error(self, error: WawpError) -> None:
        self.hooks = []
        self.table.setRowCount(0)
        self._update_buttons()
        if error.kind is ErrorKind.SUBSCRIPTION_REQUIRED:
            self.status.setStyleSheet(WARNING_STYLE)
            self.status.setText(
                "This instance is on Wawp's free plan, which has no webhooks to list. "
                "Upgrade it in the Wawp dashboard to use webhooks."
            )
            return
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(f"Could not load the webhooks: {error.message}")

    def selected(self) -> StoredWebhook | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.hooks):
            return None
        return self.hooks[rows[0].row()]

    def _selection_changed(self) -> None:
        self._update_buttons()
        hook = self.selected()
        if hook is not None:
            self.editRequested.emit(hook)

    def _update_buttons(self) -> None:
        hook = self.selected()
        self.delete_button.setEnabled(hook is not None and not hook.is_system)
        self.delete_button.setToolTip(
            SYSTEM_TOOLTIP if hook is not None and hook.is_system else "Delete the selected webhook"
        )

    def _delete_clicked(self) -> None:
        hook = self.selected()
        if hook is not None and not hook.is_system:
            self.deleteRequested.emit(hook)
