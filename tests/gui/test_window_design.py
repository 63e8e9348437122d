"""The window as a non-programmer meets it: it fits the screen, works from the keyboard,
keeps messages in their scope, never moves buttons under the mouse, stays readable in light
and dark, and keeps sandbox saves apart from real ones."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

from tests.gui.conftest import make_settings
from tests.gui.helpers import accept_box, fill_form, find, status_text, type_into, wait_for_dialog
from wawp_desktop.core import history
from wawp_desktop.core.webhook import WebhookConfig
from wawp_desktop.sandbox import DEMO_FREE_ID, DEMO_FREE_TOKEN, DEMO_PAID_ID, DEMO_PAID_TOKEN
from wawp_desktop.sandbox.state import ALL_DEMO_ACCOUNTS, seed_showcase
from wawp_desktop.ui.theme import contrast, dark_palette, light_palette
from wawp_desktop.ui.widgets.status_label import StatusLabel

ROOT = Path(__file__).resolve().parents[2]
URL = "https://crm.example.com/wawp"
MNEMONIC = re.compile(r"&([^&])")


# -- fits the screen ------------------------------------------------------------------------------
@pytest.mark.parametrize("size", ["800x600", "1024x768", "1920x1080"])
def test_window_fits_the_screen_it_opens_on(size: str) -> None:
    """A fresh start on an offscreen screen of ``size`` (a subprocess: Qt fixes the screen at
    start), then a save: nothing sticks out, no sideways scrolling, Save and the answer show."""
    done = subprocess.run([sys.executable, "-m", "tests.gui.screen_probe", size], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = (int(v) for v in size.split("x"))
    assert found["frame_inside_screen"], found
    assert found["window"][0] <= width and found["window"][1] <= height
    assert found["save_visible"] and found["answer_visible"], found
    assert found["answer_text_fits"], found  # every line of the answer shows
    assert found["page_fits_width"] and found["clipped"] == [], found
    if width >= 1024:
        assert found["two_columns"], found
    if width >= 1920:
        assert not found["vertical_scroll_needed"], found  # the whole form at once


def test_saved_geometry_is_clamped_to_the_current_screen(qtbot, make_window, sandbox,
                                                         settings_path) -> None:
    window = make_window(sandbox.url)
    window.resize(5000, 4000)
    window.move(3000, 2000)
    window.close()  # saves the geometry
    again = make_window(sandbox.url, size=None)
    screen = again.screen().availableGeometry()
    assert screen.contains(again.frameGeometry())


# -- keyboard -------------------------------------------------------------------------------------
def _mnemonics(window: QWidget) -> list[tuple[str, object]]:
    """Every Alt letter in the window: labels, buttons, check boxes, tabs and menu titles."""
    found: list[tuple[str, object]] = []
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and (m := MNEMONIC.search(label.text())):
            found.append((m.group(1).lower(), label))
    for button in window.findChildren(QAbstractButton):
        if (m := MNEMONIC.search(button.text())) and not isinstance(button.parent(), QMenu):
            found.append((m.group(1).lower(), button))
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if m := MNEMONIC.search(tabs.tabText(i)):
                found.append((m.group(1).lower(), (tabs, i)))
    for action in window.menuBar().actions():
        if m := MNEMONIC.search(action.text()):
            found.append((m.group(1).lower(), action))
    return found


def test_mnemonics_are_unique_and_focus_their_fields(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url, demo_accounts=list(ALL_DEMO_ACCOUNTS))
    found = _mnemonics(window)
    counts = Counter(letter for letter, _ in found)
    assert [letter for letter, n in counts.items() if n > 1] == [], found
    labels = [(letter, w) for letter, w in found if isinstance(w, QLabel)]
    assert len(labels) >= 10
    for letter, label in labels:
        page = next((p for p in (window.webhook_page, window.instance_tab, window.history_tab)
                     if p.isAncestorOf(label)), None)
        if page is not None:
            window.tabs.setCurrentWidget(page)
        window.save_bar.submit_button.setFocus()
        qtbot.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is label.buddy(), label.text()


def test_enter_in_a_field_saves(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    for name in ("urlEdit", "instanceIdEdit"):
        with qtbot.waitSignal(window.saver.succeeded, timeout=5000):
            qtbot.keyClick(find(window, QLineEdit, name), Qt.Key.Key_Return)
    # Enter in the event search filters, it does not save
    before = len(sandbox.requests)
    qtbot.keyClick(find(window, QLineEdit, "eventSearchEdit"), Qt.Key.Key_Return)
    assert not window.saver.busy and len(sandbox.requests) == before


def test_first_focus_is_the_first_empty_required_field(qtbot, make_window, sandbox,
                                                       settings_path) -> None:
    window = make_window(sandbox.url)
    assert QApplication.focusWidget() is find(window, QLineEdit, "instanceIdEdit")
    window.close()
    make_settings(settings_path).save_form(
        WebhookConfig(instance_id=DEMO_PAID_ID, url=URL, events=["message"]))
    again = make_window(sandbox.url)
    assert QApplication.focusWidget() is find(again, QLineEdit, "tokenEdit")


def test_tab_order_follows_reading_order_with_no_invisible_stops(qtbot, make_window,
                                                                 sandbox) -> None:
    window = make_window(sandbox.url)
    start = find(window, QLineEdit, "instanceIdEdit")
    start.setFocus()
    seen: list[QWidget] = [start]
    for _ in range(120):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            break
        seen.append(widget)
    for widget in seen:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        assert widget.objectName() != "webhookPage", "the scroll area is not a Tab stop"
    names = [w.objectName() for w in seen]
    order = ["instanceIdEdit", "tokenEdit", "testConnectionButton", "urlEdit", "nameEdit",
             "activeCheck", "retryDelaySpin", "retryAttemptsSpin", "hmacEdit",
             "eventSearchEdit", "presetCombo", "event:message", "submitButton",
             "previewRequestButton"]
    positions = [names.index(name) for name in order]
    assert positions == sorted(positions), names
    assert names.index("submitButton") < 60


# -- messages with a scope ------------------------------------------------------------------------
@pytest.fixture
def showcase(sandbox):  # noqa: ANN001, ANN201
    with sandbox.state.lock:
        seed_showcase(sandbox.state)
    return sandbox


def test_an_answer_leaves_with_its_instance(qtbot, make_window, showcase) -> None:
    """The free plan's 403 does not stay above another instance's result."""
    window = make_window(showcase.url)
    fill_form(qtbot, window, instance_id=DEMO_FREE_ID, token=DEMO_FREE_TOKEN, url=URL,
              events=["message"])
    with qtbot.waitSignal(window.saver.failed, timeout=5000):
        window.save()
    assert "paid" in status_text(window)
    type_into(qtbot, window, "instanceIdEdit", DEMO_PAID_ID)
    assert status_text(window) == "" and not window.answer.isVisible()
    type_into(qtbot, window, "tokenEdit", DEMO_PAID_TOKEN)
    with qtbot.waitSignal(window.instance_page.loaded, timeout=5000):
        find(window, QPushButton, "testConnectionButton").click()
    assert "paid" not in status_text(window)


def test_webhook_list_and_session_leave_with_their_instance(qtbot, make_window,
                                                            showcase) -> None:
    window = make_window(showcase.url)
    type_into(qtbot, window, "instanceIdEdit", DEMO_PAID_ID)
    type_into(qtbot, window, "tokenEdit", DEMO_PAID_TOKEN)
    with qtbot.waitSignal(window.instance_page.loaded, timeout=5000):
        find(window, QPushButton, "testConnectionButton").click()
    table = find(window, QTableView, "webhookList")
    assert table.model().rowCount() == 2
    type_into(qtbot, window, "instanceIdEdit", "OTHERINST001")
    assert table.model().rowCount() == 0
    assert find(window, QLabel, "instanceStatus").text() == ""
    assert "Not tested yet" in find(window, QLabel, "instanceDetails").text()


def test_verified_does_not_outlive_a_delete(qtbot, make_window, showcase) -> None:
    window = make_window(showcase.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    with qtbot.waitSignal(window.saver.readBackDone, timeout=5000):
        window.save()
    read_back = find(window, QLabel, "readBackStatus")
    assert "Verified" in read_back.text()
    window.tabs.setCurrentWidget(window.instance_tab)
    table = find(window, QTableView, "webhookList")
    rows = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    table.selectRow(rows.index(URL))
    find(window, QPushButton, "deleteButton").click()
    box = wait_for_dialog(qtbot, window, type(window.findChild(QWidget, "deleteDialog")),
                          "deleteDialog")
    with qtbot.waitSignal(window.instance_page.deleted, timeout=5000):
        accept_box(box)
    assert "Deleted" in status_text(window)
    assert not read_back.isVisible() and "Verified" not in read_back.text()


def test_clipboard_note_expires(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    delivery = window.webhook_page.delivery
    delivery.clipboard_clear_ms = 50
    delivery.NOTE_EXPIRES_MS = 50
    find(window, QToolButton, "hmacGenerateButton").click()
    note = find(window, QLabel, "message:hmac")
    with qtbot.waitSignal(delivery.clipboardCleared, timeout=3000):
        find(window, QToolButton, "hmacCopyButton").click()
        assert "cleared in" in note.text()
    assert "was cleared" in note.text()
    qtbot.waitUntil(lambda: note.text() == "", timeout=3000)
    assert QGuiApplication.clipboard().text() == ""


def test_appearing_messages_do_not_move_buttons(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    names = ["submitButton", "testConnectionButton", "hmacGenerateButton",
             "previewRequestButton", "importButton"]

    def positions() -> dict[str, tuple[int, int]]:
        out = {}
        for name in names:
            button = window.findChild(QAbstractButton, name)
            point = button.mapTo(window, button.rect().topLeft())
            out[name] = (point.x(), point.y())
        return out

    before = positions()
    fill_form(qtbot, window, instance_id="SHORT", token="", url="http://x", events=[])
    type_into(qtbot, window, "hmacEdit", "short")
    window.save()  # every field gets a message
    assert "Nothing was sent" in status_text(window)
    assert positions() == before


# -- colours --------------------------------------------------------------------------------------
def _text_contrast(widget: QWidget) -> float:
    """WCAG contrast of a label's text on its background, measured on its rendering."""
    image: QImage = widget.grab().toImage()
    counts: Counter[int] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    others = [QColor.fromRgb(p) for p, n in counts.items() for _ in range(min(n, 50))
              if p != counts.most_common(1)[0][0]]
    ranked = sorted(others, key=lambda c: contrast(c, background), reverse=True)
    strongest = ranked[: max(1, len(ranked) // 20)]
    return min(contrast(c, background) for c in strongest)


@pytest.mark.parametrize("dark", [False, True])
def test_every_message_is_readable_in_light_and_dark(qtbot, make_window, showcase,
                                                     dark: bool) -> None:
    app = QApplication.instance()
    previous = app.palette()
    app.setPalette(dark_palette() if dark else light_palette())
    try:
        window = make_window(showcase.url, demo_accounts=list(ALL_DEMO_ACCOUNTS))
        window.keyring_banner.set_status(window.keyring_banner.tone, "No password store.")
        window.keyring_banner.show()
        fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
                  events=["message"])
        type_into(qtbot, window, "hmacEdit", "short")  # a warning
        tones: set[str] = set()

        def measure() -> None:
            labels = [w for w in window.findChildren(StatusLabel) if w.isVisible() and w.text()]
            tones.update(w.tone.value for w in labels)
            for label in labels:
                ratio = _text_contrast(label)
                assert ratio >= 4.5, f"{label.objectName()}: {ratio:.2f}:1 ({label.text()!r})"

        with qtbot.waitSignal(window.saver.readBackDone, timeout=5000):
            window.save()  # success and read-back
        measure()
        type_into(qtbot, window, "nameEdit", "x" * 120)
        window.save()  # an error under the name
        measure()
        assert {"error", "warning", "success", "info"} <= tones, tones
    finally:
        app.setPalette(previous)


# -- sandbox and real saves kept apart ------------------------------------------------------------
def _two_entries(path: Path) -> None:
    live = history.make_entry(WebhookConfig(instance_id="REALINSTANC1", url=URL,
                                            events=["message"]), True, "Saved", None)
    practice = history.make_entry(WebhookConfig(instance_id=DEMO_PAID_ID,
                                                url="https://practice.example.com/h",
                                                events=["message"]), True, "Saved", None,
                                  source=history.SANDBOX)
    history.append(path, live)
    history.append(path, practice)


def test_sandbox_saves_are_marked_and_never_loaded_as_real(qtbot, make_window, sandbox,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    _two_entries(path)
    window = make_window(sandbox.url, history_path=path)
    qtbot.waitUntil(lambda: window.history_page.loaded, timeout=5000)
    view = find(window, QTableView, "historyView")
    model = view.model()
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Sandbox", "Wawp"]
    load = find(window, QPushButton, "historyLoadButton")
    window.tabs.setCurrentWidget(window.history_tab)
    window.history_page.select_row(0)
    assert not load.isEnabled()
    assert "sandbox" in find(window, QLabel, "historySourceNote").text()
    window.history_page.select_row(1)
    assert load.isEnabled()


def test_a_sandbox_save_is_recorded_as_sandbox(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url, demo_accounts=list(ALL_DEMO_ACCOUNTS))
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    with qtbot.waitSignal(window.history_page.recorded, timeout=5000) as recorded:
        window.save()
    assert recorded.args[0].source == history.SANDBOX
    line = json.loads(window.services.history_path.read_text().splitlines()[-1])
    assert line["source"] == "sandbox"


def test_the_status_badge_appearing_moves_no_button(qtbot, make_window, showcase) -> None:
    window = make_window(showcase.url)
    type_into(qtbot, window, "instanceIdEdit", DEMO_PAID_ID)
    type_into(qtbot, window, "tokenEdit", DEMO_PAID_TOKEN)
    buttons = [window.findChild(QAbstractButton, n) for n in
               ("tokenShowButton", "forgetTokenButton", "testConnectionButton")]
    before = [b.mapTo(window, b.rect().topLeft()) for b in buttons]
    with qtbot.waitSignal(window.instance_page.loaded, timeout=5000):
        find(window, QPushButton, "testConnectionButton").click()
    assert find(window, QLabel, "instanceStatus").text()
    assert [b.mapTo(window, b.rect().topLeft()) for b in buttons] == before
