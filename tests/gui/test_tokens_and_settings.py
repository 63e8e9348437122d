"""The token lives only in the keyring; the rest of the form comes back at the next start."""

from __future__ import annotations

from pathlib import Path

from keyring import errors
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QSpinBox, QToolButton

from tests.gui.conftest import close_window
from tests.gui.helpers import fill_form, find, submit, type_into
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN

URL = "https://crm.example.com/wawp"
SERVICE = "wawp-desktop"


def _save(qtbot, window) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.tokens.saved, timeout=5000):
        qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)


def test_token_saved_after_success_and_loaded_for_instance(
    qtbot, make_window, sandbox, memory_keyring
) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    _save(qtbot, window)
    assert memory_keyring.passwords == {(SERVICE, DEMO_PAID_ID): DEMO_PAID_TOKEN}
    assert "system password store" in find(window, QLabel, "tokenStatus").text()

    other = make_window(sandbox.url)
    type_into(qtbot, other, "instanceIdEdit", "")
    with qtbot.waitSignal(other.tokens.loaded, timeout=5000):
        type_into(qtbot, other, "instanceIdEdit", DEMO_PAID_ID)
    assert find(other, QLineEdit, "tokenEdit").text() == DEMO_PAID_TOKEN
    type_into(qtbot, other, "instanceIdEdit", "OTHERINST001")
    assert find(other, QLineEdit, "tokenEdit").text() == ""


def test_failed_save_does_not_store_token(qtbot, make_window, sandbox, memory_keyring) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token="wrong-token", url=URL,
              events=["message"])
    with qtbot.waitSignal(window.saver.failed, timeout=5000):
        window.save()
    assert memory_keyring.passwords == {}


def test_forget_token(qtbot, make_window, sandbox, memory_keyring) -> None:
    memory_keyring.passwords[(SERVICE, DEMO_PAID_ID)] = DEMO_PAID_TOKEN
    window = make_window(sandbox.url)
    with qtbot.waitSignal(window.tokens.loaded, timeout=5000):
        type_into(qtbot, window, "instanceIdEdit", DEMO_PAID_ID)
    with qtbot.waitSignal(window.tokens.forgotten, timeout=5000):
        qtbot.mouseClick(find(window, QToolButton, "forgetTokenButton"), Qt.MouseButton.LeftButton)
    assert memory_keyring.passwords == {}
    assert find(window, QLineEdit, "tokenEdit").text() == ""
    assert "removed" in find(window, QLabel, "tokenStatus").text()


def test_locked_keyring_keeps_token_for_session(
    qtbot, make_window, sandbox, memory_keyring
) -> None:
    memory_keyring.fail_with = errors.KeyringLocked
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    _save(qtbot, window)
    status = find(window, QLabel, "tokenStatus").text()
    assert "locked" in status and "until you close the app" in status
    assert window.services.tokens.load_sync(DEMO_PAID_ID).token == DEMO_PAID_TOKEN


def test_no_keyring_backend_is_said_plainly(qtbot, make_window, sandbox) -> None:
    import keyring

    keyring.set_keyring(fail.Keyring())
    window = make_window(sandbox.url)
    banner = find(window, QLabel, "keyringBanner")
    assert banner.isVisible()
    assert "No system password store" in banner.text()
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    _save(qtbot, window)
    status = find(window, QLabel, "tokenStatus").text()  # short: the banner says the rest
    assert "session only" in status and "No system password store" not in status


def test_form_restored_without_secrets(qtbot, qt_loop, make_window, sandbox, settings_path: Path,
                                       isolated_home: Path) -> None:
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message", "label.upsert"], name="CRM")
    find(window, QSpinBox, "retryDelaySpin").setValue(7)
    find(window, QCheckBox, "activeCheck").setChecked(False)
    hmac_secret = "hmac-secret-value-XYZ-123456"
    find(window, QLineEdit, "hmacEdit").setText(hmac_secret)
    _save(qtbot, window)
    close_window(qtbot, qt_loop, window)

    text = settings_path.read_text()
    assert DEMO_PAID_TOKEN not in text and hmac_secret not in text
    for path in isolated_home.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert DEMO_PAID_TOKEN.encode() not in content, path
            assert hmac_secret.encode() not in content, path

    again = make_window(sandbox.url)
    assert find(again, QLineEdit, "instanceIdEdit").text() == DEMO_PAID_ID
    assert find(again, QLineEdit, "urlEdit").text() == URL
    assert find(again, QLineEdit, "nameEdit").text() == "CRM"
    assert find(again, QSpinBox, "retryDelaySpin").value() == 7
    assert not find(again, QCheckBox, "activeCheck").isChecked()
    assert find(again, QCheckBox, "event:label.upsert").isChecked()
    assert find(again, QLineEdit, "hmacEdit").text() == ""


def test_read_back_does_not_wait_for_a_slow_password_store(
    qtbot, make_window, sandbox, memory_keyring
) -> None:
    """The token is kept while the read-back runs: a password store that takes its time (or
    hangs) delays neither the read-back nor its verdict."""
    import threading

    release = threading.Event()
    original = memory_keyring.set_password

    def slow_set(service: str, username: str, password: str) -> None:
        release.wait(10)
        original(service, username, password)

    memory_keyring.set_password = slow_set
    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    try:
        with qtbot.waitSignal(window.saver.readBackDone, timeout=5000) as read:
            window.save()
        assert read.args[0] is True  # verified while the store is still busy
        assert memory_keyring.passwords == {}
    finally:
        with qtbot.waitSignal(window.tokens.saved, timeout=5000):
            release.set()
    assert memory_keyring.passwords == {(SERVICE, DEMO_PAID_ID): DEMO_PAID_TOKEN}


def test_a_typed_token_is_not_called_unreadable(qtbot, make_window, sandbox) -> None:
    """Without a password store, entering the instance ID after the token says nothing about
    "enter it again": the token is right there."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    window = make_window(sandbox.url)
    type_into(qtbot, window, "tokenEdit", DEMO_PAID_TOKEN)
    with qtbot.waitSignal(window.tokens.loaded, timeout=5000):
        type_into(qtbot, window, "instanceIdEdit", DEMO_PAID_ID)
    assert "Enter it again" not in find(window, QLabel, "tokenStatus").text()
    assert find(window, QLineEdit, "tokenEdit").text() == DEMO_PAID_TOKEN
