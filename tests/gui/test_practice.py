"""Sandbox practice problems: pick one, the next request plays it, the app explains it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from tests.gui.helpers import fill_form, find, status_text
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN
from wawp_desktop.sandbox.practice import PROBLEMS
from wawp_desktop.sandbox.state import ALL_DEMO_ACCOUNTS

URL = "https://crm.example.com/wawp"


@pytest.mark.parametrize(("key", "words"), [
    ("server-error", "500"),
    ("maintenance", "HTTP 503"),
    ("rate-limited", "many requests"),
    ("wrong-shape", "expected form"),
])
def test_a_practice_problem_plays_once_and_is_explained(qtbot, make_window, sandbox, key: str,
                                                        words: str) -> None:
    window = make_window(sandbox.url, demo_accounts=list(ALL_DEMO_ACCOUNTS),
                         sandbox_server=sandbox)
    combo = find(window, QComboBox, "practiceProblemCombo")
    assert combo.count() == len(PROBLEMS) + 1
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    index = combo.findData(key)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    with qtbot.waitSignal(window.saver.failed, timeout=10_000):
        window.save()
    assert words.lower() in status_text(window).lower(), status_text(window)
    qtbot.waitUntil(lambda: combo.currentIndex() == 0, timeout=5000)  # played once
    with qtbot.waitSignal(window.saver.succeeded, timeout=5000):
        window.save()
