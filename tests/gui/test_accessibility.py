"""The window as assistive technology sees it: every interactive control on every page has
an accessible name (the counts of controls, named and described are printed), the JSON views
stay left-to-right, and the outcome of a save is announced."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.gui.helpers import fill_form
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN
from wawp_desktop.sandbox.state import ALL_DEMO_ACCOUNTS
from wawp_desktop.ui import a11y

URL = "https://crm.example.com/wawp"
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTabBar, QPlainTextEdit, QTextEdit)
"""What a keyboard or screen-reader user operates (scroll bars and sliders excluded)."""


@dataclass(frozen=True)
class Control:
    widget: QWidget
    name: str
    description: str
    owner: str  # the module of the nearest Wawp widget class (where the control is built)

    def __str__(self) -> str:
        widget = self.widget
        text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
        return (f"{type(widget).__name__} {widget.objectName() or '(no object name)'}"
                f" {text!r} in {self.owner}")


def label_buddy_text(widget: QWidget) -> str:
    """The text of a QLabel whose buddy is ``widget`` (Qt looks among its siblings)."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget and label.text():
            return label.text()
    return ""


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads: the accessible name, a button's text, a buddy label's
    text, or (for a tab bar) its tabs' texts. Not the surrounding group box's title, which Qt
    would fall back to but which names a group, not the control."""
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    if not name:
        name = label_buddy_text(widget)
    if not name and isinstance(widget, QTabBar) and widget.count():
        texts = [widget.tabText(i) for i in range(widget.count())]
        name = ", ".join(texts) if all(t.strip() for t in texts) else ""
    return re.sub("&(&?)", r"\1", name).strip()  # "&Save" reads "Save", "A && B" "A & B"


def accessible_description(widget: QWidget) -> str:
    """The description Qt hands to assistive technology (the tooltip when none is set)."""
    if widget.accessibleDescription().strip():  # a tab bar's interface describes its tab
        return widget.accessibleDescription().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is not None and interface.isValid():
        return interface.text(QAccessible.Text.Description).strip()
    return (widget.accessibleDescription() or widget.toolTip()).strip()


def owner(widget: QWidget) -> str:
    node: QWidget | None = widget
    while node is not None:
        module = type(node).__module__
        if module.startswith("wawp_desktop."):
            return module.removeprefix("wawp_desktop.")
        node = node.parentWidget()
    return "?"


def visible_controls(root: QWidget) -> list[Control]:
    """The interactive widgets shown now, without the parts of other controls (a combo's line
    edit, a table's header, a line edit's clear button)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if not widget.isVisible():
            continue
        parent, inner = widget.parentWidget(), False
        while parent is not None and parent is not root:
            if isinstance(parent, INTERACTIVE):
                inner = True
                break
            parent = parent.parentWidget()
        if not inner:
            found.append(Control(widget, accessible_name(widget),
                                 accessible_description(widget), owner(widget)))
    return found


def walk_every_page(qtbot, window) -> dict[int, Control]:  # noqa: ANN001
    """The controls of every page of the main tabs and of the answer area's views."""
    controls: dict[int, Control] = {}
    tabs: QTabWidget = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: tabs.currentWidget().isVisible(), timeout=3000)
        for view_index in range(window.answer.tabs.count()):
            window.answer.tabs.setCurrentIndex(view_index)
            for control in visible_controls(window):
                controls.setdefault(id(control.widget), control)
    return controls


def saved_window(qtbot, make_window, sandbox):  # noqa: ANN001, ANN201
    """A sandbox window after one save, its answer views open: everything a page can show."""
    window = make_window(sandbox.url, demo_accounts=list(ALL_DEMO_ACCOUNTS),
                         sandbox_server=sandbox)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"], name="CRM")
    with qtbot.waitSignal(window.saver.readBackDone, timeout=10_000):
        window.save()
    window.answer.details_button.setChecked(True)
    window.instance_page.table.selectRow(0)
    qtbot.waitUntil(lambda: window.history_page.model.rowCount() == 1, timeout=5000)
    window.history_page.select_row(0)
    return window


def test_every_control_on_every_page_has_an_accessible_name(qtbot, make_window, sandbox,
                                                            capsys) -> None:  # noqa: ANN001
    window = saved_window(qtbot, make_window, sandbox)
    controls = list(walk_every_page(qtbot, window).values())
    unnamed = [c for c in controls if not c.name]
    described = [c for c in controls if c.description]
    own_description = [c for c in controls if c.widget.accessibleDescription()]
    own = [c for c in controls if c.owner.startswith("ui.features.")
           and not c.owner.startswith(("ui.features.url_check", "ui.features.instances_"))]
    with capsys.disabled():
        print(f"\naccessibility: {len(controls)} controls, {len(controls) - len(unnamed)} named, "
              f"{len(described)} described ({len(own_description)} by an accessible "
              f"description, the others by their tooltip); "
              f"by module: {dict(Counter(c.owner for c in controls))}")
        for control in unnamed:
            print(f"  no accessible name: {control}")
    assert len(controls) > 40  # the walk reached the pages (the form alone has dozens)
    assert {"ui.features.instance_page", "ui.features.history_page",
            "ui.features.answer"} <= {c.owner for c in own}
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(map(str, unnamed))


def test_the_feature_pages_name_and_describe_their_controls(qtbot, make_window,
                                                            sandbox) -> None:
    """The buttons, lists, views and the search of the answer, Instance and History pages
    each have a name and a description (what they do, beyond the label)."""
    window = saved_window(qtbot, make_window, sandbox)
    mine = [window.answer.details_button, window.answer.copy_button, window.answer.json_view,
            window.answer.raw_view, window.answer.tabs.tabBar(), window.instance_page.table,
            window.instance_page.edit_button, window.instance_page.reload_button,
            window.instance_page.delete_button, window.history_page.search_edit,
            window.history_page.view, window.history_page.details,
            window.history_page.load_button, window.history_page.export_button]
    assert [w.objectName() or type(w).__name__ for w in mine if not w.accessibleName()] == []
    assert [w.objectName() or type(w).__name__ for w in mine
            if not w.accessibleDescription()] == []
    window.answer.details_button.setChecked(False)
    assert window.answer.details_button.accessibleName() == "Show answer"


def test_json_views_stay_left_to_right_in_a_right_to_left_window(qtbot, make_window,
                                                                 sandbox) -> None:
    window = saved_window(qtbot, make_window, sandbox)
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for view in (window.answer.json_view, window.answer.raw_view,
                     window.history_page.details):
            assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight, view.objectName()
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QWidget, str]]:
    """What the app announces to screen readers (recorded instead of sent)."""
    said: list[tuple[QWidget, str]] = []
    monkeypatch.setattr(a11y, "announce", lambda widget, text: said.append((widget, text)))
    return said


def test_save_announces_the_outcome_and_the_read_back(qtbot, make_window, sandbox,
                                                      announced) -> None:  # noqa: ANN001
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message", "message.ack"])
    with qtbot.waitSignal(window.saver.readBackDone, timeout=10_000) as read_back:
        window.save()
    texts = [text for _widget, text in announced]
    outcome = window.answer.text
    assert outcome.startswith("Saved: Wawp stored the webhook for ")
    assert "(2 events, active)." in outcome
    assert texts[0] == outcome and announced[0][0] is window.answer.status
    assert window.answer.status.text().endswith(outcome)  # what is shown is what is said
    verified, sentence = read_back.args
    assert verified and texts[-1] == sentence


def test_a_failed_save_is_announced(qtbot, make_window, sandbox, announced) -> None:  # noqa: ANN001
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token="wrong-token-0000000000", url=URL,
              events=["message"])
    with qtbot.waitSignal(window.saver.failed, timeout=10_000):
        window.save()
    assert [text for _w, text in announced] == [window.answer.text]
    assert window.answer.text  # the error's summary
