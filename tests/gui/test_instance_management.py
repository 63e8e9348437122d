"""Instance management in the real window: test connection, list, edit, delete, read-back,
system-webhook protection and saved instances."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
)

from tests.gui.helpers import fill_form, find, plain, status_text, type_into, wait_for_dialog
from wawp_desktop.core.i18n import ltr
from wawp_desktop.sandbox import DEMO_FREE_ID, DEMO_FREE_TOKEN, DEMO_PAID_ID, DEMO_PAID_TOKEN
from wawp_desktop.sandbox.state import seed_showcase

CRM_URL = "https://crm.example.com/wawp/events"


@pytest.fixture
def showcase(sandbox):  # noqa: ANN001, ANN201
    with sandbox.state.lock:
        seed_showcase(sandbox.state)
    return sandbox


def _connect(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN) -> None:  # noqa: ANN001
    type_into(qtbot, window, "instanceIdEdit", instance_id)
    type_into(qtbot, window, "tokenEdit", token)
    with qtbot.waitSignal(window.instance_page.loaded, timeout=5000):
        qtbot.mouseClick(
            find(window, QPushButton, "testConnectionButton"), Qt.MouseButton.LeftButton
        )


def _rows(window) -> list[str]:  # noqa: ANN001
    model = find(window, QTableView, "webhookList").model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _select(qtbot, window, url: str, edit: bool = True) -> None:  # noqa: ANN001
    """Select ``url`` in the list and (``edit``) press Enter to edit it in the form."""
    table = find(window, QTableView, "webhookList")
    window.tabs.setCurrentWidget(window.instance_tab)
    row = _rows(window).index(url)
    table.setFocus()
    table.selectRow(row)
    table.setCurrentIndex(table.model().index(row, 0))
    if edit:
        qtbot.keyClick(table, Qt.Key.Key_Return)


def _answer_dialog(qtbot, window, accept: bool, name: str = "deleteDialog") -> None:  # noqa: ANN001
    box = wait_for_dialog(qtbot, window, QMessageBox, name)
    button = (
        next(b for b in box.buttons() if b.text() in ("Delete", "Disable", "Remove"))
        if accept
        else box.button(QMessageBox.StandardButton.Cancel)
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_connection_shows_status_and_lists_webhooks(qtbot, make_window, showcase) -> None:
    window = make_window(showcase.url)
    _connect(qtbot, window)
    assert plain(find(window, QLabel, "instanceStatus").text()) == "WORKING"
    details = find(window, QLabel, "instanceDetails").text()
    assert "Connected to WhatsApp" in details
    rows = _rows(window)
    assert rows[0].startswith("https://app.wawp.net/api/webhook/")  # system first
    assert CRM_URL in rows
    model = find(window, QTableView, "webhookList").model()
    assert model.index(0, 1).data().endswith("(system)")
    assert window.tabs.currentWidget() is window.instance_tab


def test_connection_with_wrong_token_explains(qtbot, make_window, showcase) -> None:
    window = make_window(showcase.url)
    type_into(qtbot, window, "instanceIdEdit", DEMO_PAID_ID)
    type_into(qtbot, window, "tokenEdit", "wrong-token")
    with qtbot.waitSignal(window.instance_page.loadFailed, timeout=5000):
        find(window, QPushButton, "testConnectionButton").click()
    assert "access token is wrong" in find(window, QLabel, "instanceDetails").text()
    assert "access token is wrong" in status_text(window)  # the answer area says it too
    assert plain(find(window, QLabel, "instanceStatus").text()) == "Not connected"


def test_free_plan_list_is_explained(qtbot, make_window, showcase) -> None:
    window = make_window(showcase.url)
    type_into(qtbot, window, "instanceIdEdit", DEMO_FREE_ID)
    type_into(qtbot, window, "tokenEdit", DEMO_FREE_TOKEN)
    with qtbot.waitSignal(window.instance_page.loadFailed, timeout=5000):
        find(window, QPushButton, "testConnectionButton").click()
    assert plain(find(window, QLabel, "instanceStatus").text()) == "WORKING"
    assert "free plan" in find(window, QLabel, "webhookListStatus").text()


def test_edit_from_list_sends_only_changes_and_verifies(qtbot, make_window, showcase) -> None:
    window = make_window(showcase.url)
    _connect(qtbot, window)
    _select(qtbot, window, CRM_URL)
    assert find(window, QLineEdit, "urlEdit").text() == CRM_URL
    assert window.webhook_page.events.selected_events() == [
        "message",
        "message.ack",
        "message.revoked",
        "label.upsert",
    ]
    assert window.webhook_page.delivery.delay_spin.value() == 5
    window.webhook_page.events.event_checks["poll.vote"].setChecked(True)
    window.handoff.show_preview()  # the preview and the copies show the PATCH Save sends
    preview = window.handoff.preview_dialog
    assert preview.heading.text().startswith(ltr(f"PATCH {showcase.url}/v2/webhook/update"))
    shown = json.loads(preview.text.toPlainText())
    curl = window.handoff.copy("curl")
    assert "-X PATCH" in curl and DEMO_PAID_TOKEN not in curl
    preview.close()
    with qtbot.waitSignal(window.saver.readBackDone, timeout=5000):
        window.save()
    patch = [r for r in showcase.requests if r.path == "/v2/webhook/update"]
    assert len(patch) == 1
    assert set(patch[0].json) == {"instance_id", "access_token", "url", "events"}
    assert patch[0].json == shown | {"access_token": DEMO_PAID_TOKEN}
    assert plain(find(window, QLabel, "readBackStatus").text()) == "Verified: stored as requested."
    stored = json.loads(window.answer.json_view.toPlainText())
    assert "poll.vote" in stored["events"]


def test_read_back_reports_drift_both_ways(qtbot, make_window, showcase) -> None:
    window = make_window(showcase.url)
    showcase.state.get(DEMO_PAID_ID).drift = {
        "drop_events": ["poll.vote.failed"],
        "add_events": ["chat.archive"],
    }
    fill_form(
        qtbot,
        window,
        instance_id=DEMO_PAID_ID,
        token=DEMO_PAID_TOKEN,
        url="https://new.example.com/hook",
        events=["message", "message.ack", "poll.vote", "poll.vote.failed", "call.received"],
    )
    with qtbot.waitSignal(window.saver.readBackDone, timeout=5000):
        window.save()
    text = plain(find(window, QLabel, "readBackStatus").text())
    assert "asked for 5 events, 5 stored" in text
    assert "poll.vote.failed missing" in text and "chat.archive not asked for" in text


def test_delete_asks_and_removes(qtbot, make_window, showcase) -> None:
    window = make_window(showcase.url)
    _connect(qtbot, window)
    _select(qtbot, window, CRM_URL, edit=False)
    delete = find(window, QPushButton, "deleteButton")
    assert delete.isEnabled()
    delete.click()
    _answer_dialog(qtbot, window, accept=False)
    assert not [r for r in showcase.requests if r.method == "DELETE"]
    delete.click()
    with qtbot.waitSignal(window.instance_page.loaded, timeout=5000):
        _answer_dialog(qtbot, window, accept=True)
    assert CRM_URL not in _rows(window)
    assert CRM_URL not in [h["url"] for h in showcase.state.webhooks(DEMO_PAID_ID)]


def test_system_webhook_protected(qtbot, make_window, showcase) -> None:
    window = make_window(showcase.url)
    _connect(qtbot, window)
    system_url = _rows(window)[0]
    _select(qtbot, window, system_url)
    assert not find(window, QPushButton, "deleteButton").isEnabled()
    assert find(window, QLabel, "systemWebhookNote").isVisible()
    window.webhook_page.active_check.setChecked(False)
    window.save()
    window.save()  # pressed twice: still one question
    assert len([b for b in window.findChildren(QMessageBox) if b.isVisible()]) == 1
    _answer_dialog(qtbot, window, accept=False, name="disableSystemDialog")
    assert not [r for r in showcase.requests if r.path.startswith("/v2/webhook/")]
    with qtbot.waitSignal(window.saver.readBackDone, timeout=5000):
        window.save()
        _answer_dialog(qtbot, window, accept=True, name="disableSystemDialog")
    system = next(h for h in showcase.state.webhooks(DEMO_PAID_ID) if h["url"] == system_url)
    assert system["is_active"] is False


def test_profiles_saved_switched_and_removed(
    qtbot, make_window, showcase, memory_keyring, settings_path
) -> None:
    memory_keyring.passwords[("wawp-desktop", DEMO_PAID_ID)] = DEMO_PAID_TOKEN
    window = make_window(showcase.url)
    type_into(qtbot, window, "instanceIdEdit", DEMO_PAID_ID)
    find(window, type(window.instance_bar.profiles.save_button), "profileSaveButton").click()
    dialog = wait_for_dialog(qtbot, window, QInputDialog, "profileNameDialog")
    dialog.setTextValue("Acme Support")
    dialog.accept()
    combo = find(window, QComboBox, "profileList")
    assert plain(combo.itemText(1)) == f"Acme Support ({DEMO_PAID_ID})"
    window.settings.sync()
    assert DEMO_PAID_TOKEN not in settings_path.read_text()
    assert "Acme Support" in settings_path.read_text()

    other = make_window(showcase.url)
    type_into(qtbot, other, "instanceIdEdit", "")
    other_combo = find(other, QComboBox, "profileList")
    assert other_combo.count() == 2
    with qtbot.waitSignal(other.tokens.loaded, timeout=5000):
        other_combo.setCurrentIndex(1)
        other_combo.activated.emit(1)
    assert find(other, QLineEdit, "instanceIdEdit").text() == DEMO_PAID_ID
    assert find(other, QLineEdit, "tokenEdit").text() == DEMO_PAID_TOKEN
    with qtbot.waitSignal(other.tokens.forgotten, timeout=5000):
        other.instance_bar.profiles.remove_button.click()
        _answer_dialog(qtbot, other, accept=True, name="removeProfileDialog")
    assert other_combo.count() == 1
    assert memory_keyring.passwords == {}


@pytest.mark.parametrize(
    ("instance_id", "token", "status", "meaning"),
    [
        ("DEMOFAILED01", "sandbox-failed-token-0001", "FAILED", "session failed"),
        ("DEMOSCANQR01", "sandbox-qr-token-0001", "SCAN_QR_CODE", "scan the QR code"),
    ],
)
def test_status_badge_for_sessions_not_working(
    qtbot, make_window, sandbox, instance_id: str, token: str, status: str, meaning: str
) -> None:
    window = make_window(sandbox.url)
    _connect(qtbot, window, instance_id, token)
    assert plain(find(window, QLabel, "instanceStatus").text()) == status
    assert meaning in find(window, QLabel, "instanceDetails").text()
