"""Every control of the window's shell (instance bar, Webhook page, Save bar, the Verify and
Preview dialogs) has an accessible name; focus is never hidden by a style sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)


def controls(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[QWidget]:
    """Focusable controls under ``root`` (not under ``skip``, another feature's widgets)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.objectName().startswith("qt_") or any(s.isAncestorOf(widget) for s in skip):
            continue
        found.append(widget)
    return found


def name_read(widget: QWidget) -> str:
    """What a screen reader reads as the name: a button's own text counts (Qt's standard
    buttons are named by it); fields, lists and spin boxes need an explicit name."""
    if isinstance(widget, QAbstractButton):
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
    return widget.accessibleName()


def unnamed(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}:{w.objectName()}" for w in widgets if not name_read(w)]


def test_shell_controls_are_named(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    shell = [window.instance_bar, window.webhook_page, window.save_bar]
    found = [w for root in shell for w in controls(root, (window.url_check,))]
    assert len(found) > 50
    assert unnamed(found) == []
    assert window.tabs.accessibleName()
    window.webhook_page.delivery.open_verify_dialog()
    window.handoff.show_preview()
    for dialog in (window.webhook_page.delivery.verify_dialog, window.handoff.preview_dialog):
        assert controls(dialog) and unnamed(controls(dialog)) == []
    explicit = [w for w in found if not isinstance(w, QAbstractButton)]
    assert [w.objectName() for w in explicit if not w.accessibleName()] == []


def test_no_style_sheet_hides_the_focus(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    sheets = [w.styleSheet() for w in window.findChildren(QWidget)] + [window.styleSheet()]
    assert not [s for s in sheets if "outline" in s or ":focus" in s]
