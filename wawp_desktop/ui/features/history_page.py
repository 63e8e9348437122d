"""The History page: every save (live or sandbox), searchable, with details, Load into form
and Export entry.

The file is read once, line by line, into a :class:`~...core.history_index.HistoryIndex`
(compact rows and search keys; answers stay on disk), so ten thousand entries cost a few MiB
and a keystroke of search a few milliseconds. Recording and reading run off the GUI thread,
and a failed write is said, not hidden.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
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
from ...core.files import FileWriteError
from ...core.history import Appended, HistoryEntry
from ...core.history_index import HistoryIndex
from ...core.i18n import QT_TRANSLATE_NOOP, ltr, translate
from ...core.threads import run_in_daemon_thread
from ...core.webhook import WebhookConfig
from .. import a11y
from ..services import Services
from ..theme import Tone
from ..widgets.status_label import StatusLabel
from ..widgets.table_model import HeaderedTableModel, Index


class HistoryModel(HeaderedTableModel):
    """The entries a search found, newest first (a view over the index: one reset per
    keystroke, rows built only when shown)."""

    CONTEXT = "HistoryPage"
    HEADERS = (QT_TRANSLATE_NOOP("HistoryPage", "Time"), QT_TRANSLATE_NOOP("HistoryPage", "Where"),
               QT_TRANSLATE_NOOP("HistoryPage", "Instance"),
               QT_TRANSLATE_NOOP("HistoryPage", "URL"), QT_TRANSLATE_NOOP("HistoryPage", "Events"),
               QT_TRANSLATE_NOOP("HistoryPage", "Outcome"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index_: HistoryIndex | None = None
        self.shown: list[int] = []

    def row_count(self) -> int:
        return len(self.shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                                 Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entry(index.row())
        display = role == Qt.ItemDataRole.DisplayRole
        column = index.column()
        if column == 0:
            return entry.time.replace("T", " ")[:19]
        if column == 1:
            return translate("HistoryPage", "Sandbox") if entry.is_sandbox else "Wawp"
        if column == 2:
            bulk = entry.extra.get("bulk")
            if isinstance(bulk, list):  # one entry for a run over many instances
                return translate("HistoryPage", "%n instance(s)", None, len(bulk))
            return entry.instance_id
        if column == 3:
            return entry.url
        if column == 4:
            return str(len(entry.events)) if display else ", ".join(entry.events)
        if not display:
            return entry.summary
        return translate("HistoryPage", "Saved") if entry.ok else translate("HistoryPage",
                                                                             "Failed")

    def entry(self, row: int) -> HistoryEntry:
        """The ``row``-th shown entry, without its answer."""
        assert self.index_ is not None
        return self.index_.row(self.shown[row])

    def show(self, index: HistoryIndex, query: str) -> None:
        self.beginResetModel()
        self.index_ = index
        self.shown = index.search(query)
        self.endResetModel()


class HistoryPage(QWidget):
    """``loadRequested(entry)`` and ``exportRequested(entry)`` carry the chosen save (without
    its answer); ``recorded(entry)`` after each save was written (or failed to be);
    ``loadedAll`` once the file was read."""

    loadRequested = Signal(object)
    exportRequested = Signal(object)
    recorded = Signal(object)
    loadedAll = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.services = services
        self.loaded = False
        self.index = HistoryIndex(services.history_path)
        self._early: list[tuple[HistoryEntry, Appended]] = []
        self.problem = StatusLabel("historyProblem", self)
        self.problem.hide()
        self.where_note = StatusLabel("historySourceNote", self)
        self.model = HistoryModel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("historySearchEdit")
        self.search_edit.setPlaceholderText(translate("HistoryPage",
                                                      "Instance, URL, event, outcome…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("HistoryPage", "Search history"))
        self.search_edit.setAccessibleDescription(translate(
            "HistoryPage", "Shows only the saves whose instance, URL, events or outcome contain "
            "what you type."))
        self.search_edit.textChanged.connect(self._search)
        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        # Every row the same height: a reset of 10,000 rows is then no per-row work.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 64), (2, 105), (4, 50), (5, 64)):
            self.view.setColumnWidth(column, width)
        self.view.setAccessibleName(translate("HistoryPage", "Save history"))
        self.view.setAccessibleDescription(translate(
            "HistoryPage", "Every save, newest first: time, where, instance, URL, number of "
            "events and outcome. Enter loads the selected save into the form."))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda _index: self.load_button.click())
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("historyDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # JSON, also in Arabic
        self.details.setAccessibleName(translate("HistoryPage", "Details of the selected save"))
        self.details.setAccessibleDescription(translate(
            "HistoryPage", "The whole save as JSON, Wawp's answer included (read-only)."))
        self.details.setPlaceholderText(translate("HistoryPage",
                                                  "Select a save to see its details."))
        self.load_button = QPushButton(translate("HistoryPage", "Load into form"), self)
        self.load_button.setObjectName("historyLoadButton")
        self.load_button.setToolTip(translate("HistoryPage",
                                              "Fill the form with this save (Enter in the list)"))
        self.load_button.setAccessibleName(translate("HistoryPage",
                                                     "Load the selected save into the form"))
        self.load_button.setAccessibleDescription(self.load_button.toolTip())
        self.load_button.clicked.connect(self._load)
        self.export_button = QPushButton(translate("HistoryPage", "Export entry…"), self)
        self.export_button.setObjectName("historyExportButton")
        self.export_button.setToolTip(translate(
            "HistoryPage", "Write this save's configuration to a file (never the token or the "
            "signing secret)"))
        self.export_button.setAccessibleName(translate("HistoryPage", "Export the selected save"))
        self.export_button.setAccessibleDescription(self.export_button.toolTip())
        self.export_button.clicked.connect(self._export)

        search_label = QLabel(translate("HistoryPage", "Fi&lter"), self)
        search_label.setBuddy(self.search_edit)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.view, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.where_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
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

    # -- the file (worker threads) --------------------------------------------------------
    def load_all(self) -> None:
        """Read the history file off the GUI thread, then show it."""
        path = self.services.history_path
        self.services.op(self, lambda: run_in_daemon_thread(HistoryIndex.load, path)).success(
            self._loaded).run()

    def _loaded(self, index: HistoryIndex) -> None:
        for entry, appended in self._early:  # saved while the file was being read
            index.add(entry, appended)
        self._early.clear()
        self.index = index
        self.loaded = True
        for problem in index.problems:
            self._show_problem(problem, Tone.WARNING)
        self._refresh()
        self.loadedAll.emit()

    def record(self, config: WebhookConfig, ok: bool, summary: str, answer: object,
               extra: dict[str, Any] | None = None) -> None:
        """Build the entry (scrubbing a large answer takes a while) and append it, both in a
        worker thread; the entry shows at once, and a failed write is said."""
        path, source = self.services.history_path, self.services.source

        async def write() -> tuple[HistoryEntry, Appended | None, str]:
            entry = await run_in_daemon_thread(history.make_entry, config, ok, summary, answer,
                                               source, None, extra)
            try:
                appended = await run_in_daemon_thread(history.append, path, entry)
            except FileWriteError as exc:
                return entry, None, exc.reason
            except OSError as exc:
                return entry, None, exc.strerror or str(exc)
            return entry, appended, ""

        self.services.op(self, write).success(lambda r: self._recorded(*r)).run()

    def _recorded(self, entry: HistoryEntry, appended: Appended | None, error: str) -> None:
        if error:
            text = translate("HistoryPage", "This save was not written to the history file "
                             "({path}): {reason}.").format(
                path=ltr(self.services.history_path), reason=error)
            self._show_problem(text, Tone.ERROR)
            self.window().statusBar().showMessage(translate(
                "HistoryPage", "The history could not be written: {reason}.").format(
                reason=error), 10_000)
            a11y.announce(self.problem, text)
        elif appended is not None:
            if appended.notice:
                self._show_problem(appended.notice, Tone.WARNING)
            if self.loaded:
                self.index.add(entry, appended)
                self._refresh()
            else:
                self._early.append((entry, appended))
        self.recorded.emit(entry)

    def _show_problem(self, text: str, tone: Tone) -> None:
        self.problem.set_status(tone, text)
        self.problem.show()

    # -- the list -------------------------------------------------------------------------
    def _refresh(self) -> None:
        selected = self.selected_entry()
        self.model.show(self.index, self.search_edit.text())
        if selected is not None:
            for row in range(self.model.rowCount()):
                entry = self.model.entry(row)
                if (entry.time, entry.url) == (selected.time, selected.url):
                    self.view.selectRow(row)
                    break
        self._update_buttons()

    def _search(self, _text: str) -> None:
        self._refresh()

    def selected_entry(self) -> HistoryEntry | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.entry(rows[0].row())

    def select_row(self, row: int) -> None:
        """Select the ``row``-th visible entry (0 = newest)."""
        self.view.selectRow(row)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._update_buttons()
        if not rows:
            self.details.clear()
            return
        position = self.model.shown[rows[0].row()]
        self.details.setPlainText(json.dumps(self.model.entry(rows[0].row()).to_dict(),
                                             indent=2, ensure_ascii=False))
        self.services.op(self, lambda: run_in_daemon_thread(self.index.entry_at, position)
                         ).success(lambda full: self._show_details(position, full)).run()

    def _show_details(self, position: int, entry: HistoryEntry) -> None:
        """The whole entry, its answer included, once read from the file."""
        rows = self.view.selectionModel().selectedRows()
        if rows and self.model.shown[rows[0].row()] == position:
            self.details.setPlainText(json.dumps(entry.to_dict(), indent=2,
                                                 ensure_ascii=False))

    def loadable(self, entry: HistoryEntry) -> bool:
        """A sandbox save is never offered as a real one."""
        return not (entry.is_sandbox and not self.services.sandbox)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.load_button.setEnabled(entry is not None and self.loadable(entry))
        self.export_button.setEnabled(entry is not None)
        if entry is not None and not self.loadable(entry):
            self.where_note.set_status(Tone.INFO, translate(
                "HistoryPage", "This save was made in the sandbox (the practice server), not on "
                "Wawp: it cannot be loaded into the real form."))
        elif entry is not None and entry.is_sandbox:
            self.where_note.set_status(Tone.MUTED, translate(
                "HistoryPage", "A practice save made in the sandbox."))
        else:
            self.where_note.clear_status()

    def _load(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self.loadable(entry):
            self.loadRequested.emit(entry)

    def _export(self) -> None:
        if (entry := self.selected_entry()) is not None:
            self.exportRequested.emit(entry)
