"""Keyboard-driven form filling and small lookups for GUI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget


def find(window: QWidget, cls: type, name: str):  # noqa: ANN201
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def type_into(qtbot, window: QWidget, name: str, text: str) -> None:  # noqa: ANN001
    """Focus the line edit by name, select all, and type ``text`` key by key."""
    edit = find(window, QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def toggle_event(qtbot, window: QWidget, event: str) -> None:  # noqa: ANN001
    """Toggle an event checkbox with the space bar, as a keyboard user would."""
    box = find(window, QCheckBox, f"event:{event}")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def fill_form(qtbot, window: QWidget, *, instance_id: str, token: str, url: str,  # noqa: ANN001
              events: list[str], name: str = "") -> None:
    type_into(qtbot, window, "instanceIdEdit", instance_id)
    type_into(qtbot, window, "tokenEdit", token)
    type_into(qtbot, window, "urlEdit", url)
    if name:
        type_into(qtbot, window, "nameEdit", name)
    for event in events:
        toggle_event(qtbot, window, event)


def status_text(window: QWidget) -> str:
    """The answer area's outcome line, without its ✔/⚠/✖ symbol and ltr() marks."""
    return plain(find(window, QLabel, "responseStatus").text())


def response_json(window: QWidget) -> str:
    return find(window, QPlainTextEdit, "responseJson").toPlainText()


def submit(window: QWidget) -> QPushButton:
    return find(window, QPushButton, "submitButton")


def wait_for_dialog(qtbot, window: QWidget, cls: type, name: str):  # noqa: ANN001, ANN201
    """The visible child dialog named ``name`` once it has opened (non-blocking dialogs)."""
    qtbot.waitUntil(
        lambda: (d := window.findChild(cls, name)) is not None and d.isVisible(), timeout=3000
    )
    return window.findChild(cls, name)


def accept_box(box) -> None:  # noqa: ANN001 - a QMessageBox from ``msgbox.ask``
    """Press the box's accepting button (e.g. "Delete", "Replace"), as a user would."""
    from PySide6.QtWidgets import QMessageBox

    button = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    button.click()


def plain(text: str) -> str:
    """A status text without its leading ✔/⚠/✖ symbol and the ltr() isolation marks."""
    from tests.plain_text import plain as without_marks

    text = without_marks(text)
    return text[2:] if text[:2] in ("✔ ", "⚠ ", "✖ ") else text
