"""Non-blocking message boxes (qutebrowser's ``msgbox`` idea): ``ask`` and ``tell``.

Both open the box with ``open()`` and return at once; the answer arrives through a callback.
One box per ``name`` and parent: asking again while it is open raises the open box instead
of stacking a second one (pressing Save twice never opens two confirmations).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _open_box(parent: QWidget, name: str) -> QMessageBox | None:
    box = parent.findChild(QMessageBox, name)
    return box if box is not None and box.isVisible() else None


def ask(parent: QWidget, title: str, text: str, accept_label: str,
        on_accept: Callable[[], object], *, name: str = "confirmDialog",
        on_reject: Callable[[], object] | None = None) -> QMessageBox:
    """A question with ``accept_label`` and Cancel (the default); ``on_accept`` on accept."""
    if (box := _open_box(parent, name)) is not None:
        box.raise_()
        box.activateWindow()
        return box
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName(name)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(_result: int) -> None:
        if box.clickedButton() is accept:
            on_accept()
        elif on_reject is not None:
            on_reject()

    box.finished.connect(done)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str, *, error: bool = False,
         name: str = "messageBox") -> QMessageBox:
    """An information (or warning) with OK; replaces an open box of the same ``name``."""
    if (old := _open_box(parent, name)) is not None:
        old.close()
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
