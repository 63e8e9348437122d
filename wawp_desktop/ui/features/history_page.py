"""The History page: every save (live or sandbox), searchable, with details, Load into form
and Export entry. Recording runs off the GUI thread, and a failed write is said, not hidden."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import history
from ...core.history import HistoryEntry
from ...core.webhook import WebhookConfig
from ..services import Services
from ..theme import Tone
from ..widgets.status_label import StatusLabel

_Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """History entries, newest first."""

    HEADERS = ("Time", "Where", "Instance", "URL", "Events", "Outcome")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryEntry] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return entry.time.replace("T", " ")[:19]
            if column == 1:
                return "Sandbox" if entry.is_sandbox else "Wawp"
            if column == 2:
                bulk = entry.extra.get("bulk")
                if isinstance(bulk, list):  # one entry for a run over many instances
                    return f"{len(bulk)} instance{'' if len(bulk) == 1 else 's'}"
                return entry.instance_id
            if column == 3:
                return entry.url
            if column == 4:
                return str(len(entry.events)) if role == Qt.ItemDataRole.DisplayRole else (
                    ", ".join(entry.events))
            return ("Saved" if entry.ok else "Failed") if (
                role == Qt.ItemDataRole.DisplayRole) else entry.summary
        return None

    def set_entries(self, oldest_first: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(oldest_first))
        self.endResetModel()

    def prepend(self, entry: HistoryEntry) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, entry)
        self.endInsertRows()

    def entry(self, row: int) -> HistoryEntry:
        return self._rows[row]


class HistoryFilter(QSortFilterProxyModel):
    """Case-insensitive text search over every column plus the event names and outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        entry: HistoryEntry = self.sourceModel().entry(row)
        hay = " ".join((entry.time, entry.source, entry.instance_id, entry.url, entry.name,
                        entry.summary, " ".join(entry.events), "saved" if entry.ok else "failed"))
        if isinstance(bulk := entry.extra.get("bulk"), list):  # a run over many instances
            hay += " " + " ".join(str(row.get("instance_id", "")) for row in bulk
                                  if isinstance(row, dict))
        return self._needle in hay.casefold()


class HistoryPage(QWidget):
    """``loadRequested(config)`` and ``exportRequested(config)`` carry the chosen save's form;
    ``recorded(entry)`` after each entry is written (or failed to be)."""

    loadRequested = Signal(object)
    exportRequested = Signal(object)
    recorded = Signal(object)
    loadedAll = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.services = services
        self.loaded = False
        self._early: list[HistoryEntry] = []
        self.problem = StatusLabel("historyProblem", self)
        self.problem.hide()
        self.where_note = StatusLabel("historySourceNote", self)
        self.model = HistoryModel(self)
        self.proxy = HistoryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("historySearchEdit")
        self.search_edit.setPlaceholderText("Search history (instance, URL, event, outcome)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search history")
        self.search_edit.textChanged.connect(self.proxy.set_text)
        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 64), (2, 105), (4, 50), (5, 64)):
            self.view.setColumnWidth(column, width)
        self.view.setAccessibleName("Save history")
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda _index: self.load_button.click())
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("historyDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName("Details of the selected save")
        self.details.setPlaceholderText("Select a save to see its details.")
        self.load_button = QPushButton("Load into form", self)
        self.load_button.setObjectName("historyLoadButton")
        self.load_button.setToolTip("Fill the form with this save (Enter in the list)")
        self.load_button.clicked.connect(self._load)
        self.export_button = QPushButton("Export entry…", self)
        self.export_button.setObjectName("historyExportButton")
        self.export_button.clicked.connect(self._export)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel("Fi&lter", self)
        search_label.setBuddy(self.search_edit)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.view, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        right_layout.addWidget(self.where_note)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # -- reading and writing the file (worker threads) -----------------------------------
    def load_all(self) -> None:
        """Read the history file off the GUI thread, then show it."""
        import asyncio

        path = self.services.history_path

        def failed(error: object) -> None:
            self._show_problem(f"The history could not be read: {error}")
            self.set_entries([])

        self.services.op(self, lambda: asyncio.to_thread(history.load, path)).success(
            self.set_entries).failure(failed).run()

    def record(self, config: WebhookConfig, ok: bool, summary: str, answer: object,
               extra: dict[str, Any] | None = None) -> None:
        """Build the entry (scrubbing a large answer takes a while) and append it, both in a
        worker thread; the entry shows at once, and a failed write is said. ``extra``: e.g.
        ``{"bulk": [one row per instance]}`` for a run over many instances."""
        import asyncio

        path, source = self.services.history_path, self.services.source

        async def write() -> tuple[HistoryEntry, str]:
            entry = await asyncio.to_thread(history.make_entry, config, ok, summary, answer,
                                            source, None, extra)
            try:
                await asyncio.to_thread(history.append, path, entry)
            except OSError as exc:
                return entry, exc.strerror or str(exc)
            return entry, ""

        self.services.op(self, write).success(lambda result: self._recorded(*result)).run()

    def _recorded(self, entry: HistoryEntry, error: str) -> None:
        if error:
            self._show_problem(f"This save was not written to the history file "
                               f"({self.services.history_path}): {error}.")
        if self.loaded:
            self.add_entry(entry)
        else:
            self._early.append(entry)
        self.recorded.emit(entry)

    def _show_problem(self, text: str) -> None:
        self.problem.set_status(Tone.ERROR, text)
        self.problem.show()

    def set_entries(self, oldest_first: list[HistoryEntry]) -> None:
        merged = oldest_first + [e for e in self._early if e not in oldest_first]
        self._early.clear()
        self.loaded = True
        self.model.set_entries(merged)
        self._update_buttons()
        self.loadedAll.emit()

    def add_entry(self, entry: HistoryEntry) -> None:
        self.model.prepend(entry)

    def selected_entry(self) -> HistoryEntry | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row())

    def select_row(self, row: int) -> None:
        """Select the ``row``-th visible entry (0 = newest)."""
        self.view.selectRow(row)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        entry = self.selected_entry()
        self.details.setPlainText(
            json.dumps(entry.to_dict(), indent=2, ensure_ascii=False) if entry else "")
        self._update_buttons()

    def loadable(self, entry: HistoryEntry) -> bool:
        """A sandbox save is never offered as a real one."""
        return not (entry.is_sandbox and not self.services.sandbox)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.load_button.setEnabled(entry is not None and self.loadable(entry))
        self.export_button.setEnabled(entry is not None)
        if entry is not None and not self.loadable(entry):
            self.where_note.set_status(Tone.INFO, "This save was made in the sandbox (the "
                                       "practice server), not on Wawp: it cannot be loaded "
                                       "into the real form.")
        elif entry is not None and entry.is_sandbox:
            self.where_note.set_status(Tone.MUTED, "A practice save made in the sandbox.")
        else:
            self.where_note.clear_status()

    def _load(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self.loadable(entry):
            self.loadRequested.emit(entry)

    def _export(self) -> None:
        if (entry := self.selected_entry()) is not None:
            self.exportRequested.emit(entry)
