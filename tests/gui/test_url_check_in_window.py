"""Check URL in the real window: next to the URL field, on the practice receiver in the
sandbox, and its verdict leaves when the URL changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from tests.gui.helpers import find, plain, type_into
from wawp_desktop.sandbox.receiver import PracticeReceiver
from wawp_desktop.sandbox.state import ALL_DEMO_ACCOUNTS

SECRET = "practice-Secret-0123456789"


@pytest.fixture
def receiver():  # noqa: ANN201
    with PracticeReceiver() as running:
        yield running


def test_practice_receiver_gets_a_signed_test_event(qtbot, make_window, sandbox,
                                                    receiver) -> None:
    window = make_window(sandbox.url, demo_accounts=list(ALL_DEMO_ACCOUNTS),
                         sandbox_server=sandbox, practice_receiver=receiver)
    find(window, QPushButton, "usePracticeReceiverButton").click()
    assert window.webhook_page.url_edit.text() == receiver.url
    type_into(qtbot, window, "hmacEdit", SECRET)
    with qtbot.waitSignal(window.url_check.checkFinished, timeout=10_000):
        find(window, QPushButton, "checkUrlButton").click()
    verdict = plain(find(window, QLabel, "urlCheckResult").text())
    assert verdict.startswith("The practice receiver accepted the test event"), verdict
    assert find(window, QPlainTextEdit, "urlCheckDetails").toPlainText()  # the steps
    received = find(window, QPlainTextEdit, "practiceReceivedEvents").toPlainText()
    assert "X-Wawp-Signature" in received
    assert SECRET not in received
    assert len(receiver.events()) == 1
    type_into(qtbot, window, "urlEdit", "https://crm.example.com/other")
    assert find(window, QLabel, "urlCheckResult").text() == ""  # about the old URL


def test_a_local_address_is_refused_without_traffic(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    type_into(qtbot, window, "urlEdit", "https://localhost/hook")
    with qtbot.waitSignal(window.url_check.checkFinished, timeout=10_000):
        find(window, QPushButton, "checkUrlButton").click()
    verdict = find(window, QLabel, "urlCheckResult").text()
    assert verdict.startswith("✖") and "this computer" in verdict
