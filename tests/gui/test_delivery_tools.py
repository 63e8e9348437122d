"""Retry preview, HMAC copy with clipboard clearing, and the Verify a delivery dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from tests.gui.helpers import find, plain, type_into

KEY = "my-secret-key-0123"
BODY = '{"event":"message","session":"default","engine":"WEBJS"}'
WAHA_KEY = "my-secret-key"
WAHA = (
    "208f8a55dde9e05519e898b10b89bf0d0b3b0fdf11fdbf09b6b90476301b98d8"
    "097c462b2b17a6ce93b6b47a136cf2e78a33a63f6752c2c1631777076153fa89"
)


def set_spin(qtbot, window, name: str, value: int) -> None:  # noqa: ANN001
    spin = find(window, QSpinBox, name)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_retry_summary_follows_the_spinners(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    summary = find(window, QLabel, "retrySummary")
    assert summary.text() == (
        "If your server fails, Wawp tries again 15 times, 2 s apart: it gives up after about 30 s."
    )
    set_spin(qtbot, window, "retryDelaySpin", 600)
    set_spin(qtbot, window, "retryAttemptsSpin", 50)
    assert "50 times, 10 min apart" in summary.text()
    assert "about 8 h 20 min" in summary.text()
    assert len(window.webhook_page.delivery.timeline.tick_positions(100)) == 51
    assert "deduplicate" not in summary.text()
    warning = find(window, QLabel, "retryDuplicateWarning").text()
    assert "more than once" in warning and "id" in warning


def test_copy_secret_clears_clipboard_later(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    delivery = window.webhook_page.delivery
    delivery.clipboard_clear_ms = 50
    clipboard = QGuiApplication.clipboard()
    copy = find(window, QToolButton, "hmacCopyButton")
    assert not copy.isEnabled()
    qtbot.mouseClick(find(window, QToolButton, "hmacGenerateButton"),
                     Qt.MouseButton.LeftButton)
    secret = delivery.hmac_edit.text()
    assert len(secret) == 43
    with qtbot.waitSignal(delivery.clipboardCleared, timeout=3000) as blocker:
        copy.setFocus()
        qtbot.keyClick(copy, Qt.Key.Key_Space)
        assert clipboard.text() == secret
    assert blocker.args == [True]
    assert clipboard.text() == ""
    # something else copied in the meantime is left alone
    with qtbot.waitSignal(delivery.clipboardCleared, timeout=3000) as blocker:
        copy.click()
        clipboard.setText("user's own text")
    assert blocker.args == [False]
    assert clipboard.text() == "user's own text"


def test_verify_delivery_dialog(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    type_into(qtbot, window, "hmacEdit", WAHA_KEY)
    button = find(window, QPushButton, "verifyDeliveryButton")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = find(window, QDialog, "verifyDeliveryDialog")
    assert dialog.isVisible() and not dialog.isModal()
    body = find(dialog, QPlainTextEdit, "verifyBodyEdit")
    body.setPlainText(BODY)
    type_into(qtbot, dialog, "verifyHeaderEdit", WAHA)
    qtbot.keyClick(find(dialog, QLineEdit, "verifyHeaderEdit"), Qt.Key.Key_Return)
    result = find(dialog, QLabel, "verifyResult")
    assert "HMAC-SHA512" in result.text() and plain(result.text()).startswith("Match")
    type_into(qtbot, window, "hmacEdit", KEY)  # the dialog reads the form's current secret
    find(dialog, QPushButton, "verifyCheckButton").click()
    assert plain(result.text()).startswith("No scheme matches")
    type_into(qtbot, dialog, "verifyHeaderEdit", KEY)
    find(dialog, QPushButton, "verifyCheckButton").click()
    assert "the secret itself" in result.text()
    dialog.close()
