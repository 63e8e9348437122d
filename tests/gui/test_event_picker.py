"""Event search, presets with undo, deprecated marks and the heavy-traffic note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLabel

from tests.gui.helpers import find, plain, toggle_event, type_into
from wawp_desktop.core.events import EVENTS
from wawp_desktop.core.i18n import ltr
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN

MESSAGES_ONLY = ["message", "message.ack", "message.revoked", "message.edited",
                 "message.reaction"]


def shown(window) -> list[str]:  # noqa: ANN001
    return [e.name for e in EVENTS
            if not find(window, QCheckBox, f"event:{e.name}").isHidden()]


def choose_preset(qtbot, window, name: str) -> None:  # noqa: ANN001
    """Pick a preset with the keyboard: focus the list and press Down until it is applied."""
    combo = find(window, QComboBox, "presetCombo")
    index = combo.findText(name)
    assert index > 0
    combo.setFocus()
    # Down from the "Presets…" header activates the next entry; the list then resets
    # to the header, so step through a copy of the presets by setting the index before.
    combo.setCurrentIndex(index - 1)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == 0


def test_search_filters_by_name_and_description(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    type_into(qtbot, window, "eventSearchEdit", "read")
    assert "message.ack" in shown(window)  # "Delivery and read status…"
    assert "message" not in shown(window)
    type_into(qtbot, window, "eventSearchEdit", "call")
    assert shown(window) == ["call.received", "call.accepted", "call.rejected"]
    for category in ("Messages", "Groups", "Labels", "Advanced"):
        assert find(window, QCheckBox, f"group:{category}").parentWidget().isHidden()
    assert "3 shown" in find(window, QLabel, "eventCount").text()
    # the group box acts on what is visible only
    group = find(window, QCheckBox, "group:Session & Calls")
    group.setFocus()
    qtbot.keyClick(group, Qt.Key.Key_Space)
    assert window.webhook_page.events.selected_events() == ["call.received", "call.accepted",
                                               "call.rejected"]
    assert group.checkState() == Qt.CheckState.Checked
    type_into(qtbot, window, "eventSearchEdit", "zzz")
    assert shown(window) == [] and not find(window, QLabel, "eventNoMatch").isHidden()
    type_into(qtbot, window, "eventSearchEdit", "")
    assert len(shown(window)) == 28
    assert isinstance(find(window, QCheckBox, "group:Labels").parentWidget(), QGroupBox)


def test_presets_and_undo_until_save(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    toggle_event(qtbot, window, "poll.vote")
    choose_preset(qtbot, window, "Messages only")
    assert window.webhook_page.events.selected_events() == MESSAGES_ONLY
    choose_preset(qtbot, window, "Session health")
    assert window.webhook_page.events.selected_events() == ["session.status"]
    choose_preset(qtbot, window, "Clear")
    assert window.webhook_page.events.selected_events() == []
    for expected in (["session.status"], MESSAGES_ONLY, ["poll.vote"]):
        find(window, QComboBox, "presetCombo").setFocus()
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.webhook_page.events.selected_events() == expected
    choose_preset(qtbot, window, "CRM / inbox")
    crm = window.webhook_page.events.selected_events()
    assert "message" in crm and "session.status" in crm and len(crm) == 10
    type_into(qtbot, window, "instanceIdEdit", DEMO_PAID_ID)
    type_into(qtbot, window, "tokenEdit", DEMO_PAID_TOKEN)
    type_into(qtbot, window, "urlEdit", "https://crm.example.com/hook")
    with qtbot.waitSignal(window.saver.succeeded, timeout=5000):
        window.save_bar.submit_button.click()
    find(window, QComboBox, "presetCombo").setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.webhook_page.events.selected_events() == crm  # nothing to undo after a save
    assert not window.webhook_page.events.undo_button.isEnabled()


def test_everything_note_and_deprecated_marks(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    note = find(window, QLabel, "heavyTrafficNote")
    assert note.isHidden()
    choose_preset(qtbot, window, "Everything")
    assert len(window.webhook_page.events.selected_events()) == 28
    assert not note.isHidden() and "heavy traffic" in note.text()
    toggle_event(qtbot, window, "message")
    assert note.isHidden()
    for name, replacement in (("group.join", "group.v2.join"), ("group.leave", "group.v2.leave"),
                              ("state.change", "session.status")):
        box = find(window, QCheckBox, f"event:{name}")
        assert box.text() == f"{ltr(name)} (deprecated)"
        assert f"use {replacement} instead" in plain(box.toolTip())
