"""The window in Arabic: every text a user can see is Arabic (but for the names that stay as
they are), the layout is mirrored, and code-like values stay left-to-right islands."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from tests.gui.helpers import fill_form
from wawp_desktop.core.events import EVENT_NAMES
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN
from wawp_desktop.sandbox.state import ALL_DEMO_ACCOUNTS

_B, _E = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"  # Latin word edges (Arabic letters are \w too)


def _word(*words: str) -> str:
    return _B + "(?:" + "|".join(words) + ")" + _E


ALLOWED = [
    r"https?://\S+",  # URLs
    *(re.escape(name) for name in sorted(EVENT_NAMES, key=len, reverse=True)),
    r"X-Wawp-Signature", r"X-Webhook-Hmac(-Algorithm)?", r"X-Wawp-Desktop-Test",  # headers
    r"Content-Type", r"Retry-After",
    r"Wawp Desktop", r"Wawp", r"WhatsApp Business", r"WhatsApp",  # product names
    _word(r"[A-Z0-9]{12}"),  # instance IDs
    _word("English"),  # the language menu names each language in its own script
    _word("name", "instance_id", "access_token"),  # the CSV file's column names
    # technical names a translation keeps as they are
    _word(r"HMAC(-SHA(256|512))?", r"SHA-?(256|512)", r"HTTPS?", "JSON", "TLS", "DNS", "CSV",
          "cURL", "PowerShell", "Python", "httpx", r"SOCKS5?", "API", "PATCH", "POST", "GET",
          "DELETE", "WAHA", "IP", "URL", "UTF-8", "QR", "Let's Encrypt", "certifi"),
    _word("WORKING", "STARTING", "SCAN_QR_CODE", "STOPPED", "FAILED"),  # session states
    _word(r"Ctrl\+\w+", "Esc", "Enter", "Del", "Space", r"Alt\+\w", "F5"),  # keys
]
_ALLOWED = re.compile("|".join(ALLOWED))
_TAG = re.compile(r"<[^>]+>")
_LATIN = re.compile(r"[A-Za-z]")


def latin(text: str) -> str:
    """What is left of ``text`` in Latin letters once the allowed names are taken out."""
    rest = _ALLOWED.sub(" ", _TAG.sub(" ", text.replace("&", "")))
    return rest if _LATIN.search(rest) else ""


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user sees in ``root`` (visible widgets only)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name}[{i}]", widget.itemText(i)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{name}[{i}]", widget.tabText(i)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield f"{name}.header[{column}]", str(model.headerData(
                    column, Qt.Orientation.Horizontal) or "")
        if widget.toolTip():
            yield f"{name}.toolTip", widget.toolTip()
        if widget.accessibleName():
            yield f"{name}.accessibleName", widget.accessibleName()


def menu_texts(window) -> Iterator[tuple[str, str]]:  # noqa: ANN001
    def walk(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
        for action in menu.actions():
            if action.text():
                yield f"{path}/{action.text()}", action.text()
            if action.menu() is not None:
                yield from walk(action.menu(), f"{path}/{action.text()}")

    for action in window.menuBar().actions():
        yield "menu", action.text()
        if action.menu() is not None:
            yield from walk(action.menu(), action.text())


@pytest.fixture
def arabic(qapp) -> Iterator[str]:  # noqa: ANN001
    from wawp_desktop.ui import language

    used = language.apply(qapp, "ar")
    try:
        yield used
    finally:
        language.reset(qapp)


def test_the_latin_letter_check_itself() -> None:
    assert latin("Save webhook") and latin("احفظ Save")
    assert not latin("تم حفظ https://crm.example.com/wawp (message.ack)")
    assert not latin("رمز X-Wawp-Signature عبر HMAC-SHA256 للمثيل DEMOPAID0001")


def test_every_text_of_the_window_is_arabic(qtbot, make_window, sandbox, arabic) -> None:
    assert arabic == "ar"
    window = make_window(sandbox.url, demo_accounts=list(ALL_DEMO_ACCOUNTS),
                         sandbox_server=sandbox)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN,
              url="https://crm.example.com/wawp", events=["message", "message.ack"])
    with qtbot.waitSignal(window.saver.readBackDone, timeout=5000):
        window.save()
    found: list[str] = []
    for page in (window.webhook_page, window.instance_tab, window.history_tab,
                 window.instances_tab):
        window.tabs.setCurrentWidget(page)
        found += [f"{where}: {text!r}" for where, text in texts(window) if latin(text)]
    found += [f"{where}: {text!r}" for where, text in menu_texts(window) if latin(text)]
    window.handoff.show_preview()
    found += [f"preview {w}: {t!r}" for w, t in texts(window.handoff.preview_dialog)
              if latin(t)]
    window.handoff.preview_dialog.close()
    window.webhook_page.delivery.open_verify_dialog()
    dialog = window.webhook_page.delivery.verify_dialog
    found += [f"verify {w}: {t!r}" for w, t in texts(dialog) if latin(t)]
    dialog.close()
    unique = sorted(set(found))
    assert not unique, f"{len(unique)} text(s) with Latin letters:\n" + "\n".join(unique[:60])


def test_code_like_values_stay_left_to_right(qtbot, make_window, sandbox, arabic) -> None:
    window = make_window(sandbox.url)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for name in ("urlEdit", "instanceIdEdit", "tokenEdit", "hmacEdit", "responseJson"):
        widget = window.findChild(QWidget, name)
        assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight, name
    spin = window.webhook_page.delivery.attempts_spin
    assert spin.text() == "15"  # Latin digits, as in every sentence
