"""Non-blocking file dialogs that start where the user last was (or in Documents)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_DIR_KEY = "files/last_dir"
"""The settings key of the folder the last file dialog was left in."""


def start_dir(settings: QSettings) -> str:
    """The folder of the last file chosen, else the user's documents (or home) folder."""
    last = settings.value(LAST_DIR_KEY, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def open_file_dialog(parent: QWidget, settings: QSettings, title: str, name_filter: str, *,
                     name: str, suffix: str, save_as: str | None,
                     on_selected: Callable[[str], object]) -> QFileDialog:
    """Open (``open()``, never ``exec()``) a dialog to choose a file to read, or with
    ``save_as`` (the suggested name) one to write; ``on_selected(path)`` once chosen."""
    save = save_as is not None
    dialog = QFileDialog(parent, title, start_dir(settings), name_filter)
    dialog.setObjectName(name)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(
        QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setDefaultSuffix(suffix)
    if save_as:
        dialog.selectFile(save_as)

    def selected(path: str) -> None:
        settings.setValue(LAST_DIR_KEY, str(Path(path).parent))
        on_selected(path)

    dialog.fileSelected.connect(selected)
    dialog.open()
    return dialog
