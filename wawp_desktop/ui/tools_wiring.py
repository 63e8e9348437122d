"""Wires the point-and-click tools (history, import/export, hand-off) into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..core import config_file
from ..core.form_state import FormState
from ..core.history import HistoryEntry
from ..core.outcome import ApiSuccess

if TYPE_CHECKING:
    from .main_window import MainWindow

FILE_FILTER = "Webhook configuration (*.json);;All files (*)"


class ToolsWiring(QObject):
    """Shows the save history (the controller records it) and owns the window's
    non-blocking file dialogs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._loaded = False
        self._early: list[HistoryEntry] = []
        self.file_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None

    def connect(self) -> None:
        w, c = self.window, self.window.controller
        c.saveSucceeded.connect(self._save_succeeded)
        c.historyLoaded.connect(self._history_loaded)
        c.historyRecorded.connect(self._history_recorded)
        c.fileWritten.connect(self._file_written)
        c.configFileRead.connect(self._config_file_read)
        w.after_first_paint(c.load_history)
        w.history.loadRequested.connect(self.load_entry)
        w.history.exportRequested.connect(self.export_entry)
        w.handoff.importRequested.connect(self.ask_import)
        w.handoff.exportRequested.connect(self.export_form)
        w.handoff.copied.connect(self._copied)

    def add_menu_actions(self, menu: QMenu, before: QAction) -> None:
        """Import/Export, History and Copy-request entries for the File menu, above ``before``."""
        for text, slot, shortcut in (
            ("&Import configuration…", self.ask_import, QKeySequence.StandardKey.Open),
            ("&Export configuration…", self.export_form, None),
            ("Show save &history", self.show_history, QKeySequence("Ctrl+H")),
        ):
            action = QAction(text, self.window)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            menu.insertAction(before, action)
        copy_menu = QMenu("&Copy request as", menu)
        menu.insertMenu(before, copy_menu)
        for action in self.window.handoff.copy_actions.values():
            copy_menu.addAction(action)

    # -- history ------------------------------------------------------------------------
    def _save_succeeded(self, _result: ApiSuccess) -> None:
        self.window.events.clear_undo()  # the saved selection is the new starting point

    def _history_loaded(self, entries: list[HistoryEntry]) -> None:
        self._loaded = True
        merged = entries + [e for e in self._early if e not in entries]
        self._early.clear()
        self.window.history.set_entries(merged)

    def _history_recorded(self, entry: HistoryEntry) -> None:
        if self._loaded:
            self.window.history.add_entry(entry)
        else:
            self._early.append(entry)

    def show_history(self) -> None:
        tabs = self.window.response.tabs
        tabs.setCurrentWidget(self.window.history)
        self.window.history.search_edit.setFocus()

    def load_entry(self, entry: HistoryEntry) -> None:
        self.apply_state(entry.form_state(), f"Loaded the save of {entry.time} into the form.")

    def apply_state(self, state: FormState, message: str) -> None:
        self.window.apply_form_state(state)
        self.window.statusBar().showMessage(message, 8000)

    # -- import / export ----------------------------------------------------------------
    def _dialog(self, title: str, save: bool, on_selected) -> QFileDialog:  # noqa: ANN001
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        dialog = QFileDialog(self.window, title, "", FILE_FILTER)
        dialog.setObjectName("saveFileDialog" if save else "openFileDialog")
        dialog.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile
        )
        dialog.setDefaultSuffix("json")
        if save:
            dialog.selectFile("wawp-webhook.json")
        dialog.fileSelected.connect(on_selected)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_form(self) -> None:
        state = FormState.from_config(self.window.config())
        self._export(state)

    def export_entry(self, entry: HistoryEntry) -> None:
        self._export(entry.form_state())

    def _export(self, state: FormState) -> None:
        text = config_file.dumps(state)
        self._dialog("Export webhook configuration", True,
                     lambda path: self.window.controller.write_text_file(path, text))

    def ask_import(self) -> None:
        self._dialog("Import webhook configuration", False,
                     self.window.controller.read_config_file)

    def _file_written(self, path: str, error: str) -> None:
        if error:
            self._tell("Export failed", f"Could not write {path}: {error}.", error=True)
        else:
            self.window.statusBar().showMessage(f"Exported to {path} (no secrets).", 8000)

    def _config_file_read(self, path: str, result: config_file.ImportResult | None,
                          error: str) -> None:
        if error or result is None:
            self._tell("Import failed", f"Could not read {path}: {error}.", error=True)
            return
        if result.state is None:
            self._tell("Import failed", "Nothing was changed. Problems in the file:\n\n• "
                       + "\n• ".join(result.errors), error=True)
            return
        self.apply_state(result.state, f"Imported {path}.")
        if result.warnings:
            self._tell("Imported with notes", "\n".join(result.warnings), error=False)

    def _tell(self, title: str, text: str, *, error: bool) -> None:
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        if self.message_box is not None:
            self.message_box.deleteLater()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("toolsMessageBox")
        self.message_box = box
        box.open()

    def _copied(self, kind: str, _text: str) -> None:
        names = {"curl": "cURL", "powershell": "PowerShell", "python": "Python (httpx)"}
        self.window.statusBar().showMessage(f"Copied the request as {names[kind]}.", 5000)
