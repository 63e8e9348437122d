"""The start-up order of ``app.main``: the form paints first, the controller is attached after."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QSettings

from tests.gui.conftest import close_window
from wawp_desktop.app import _show_and_paint, _window
from wawp_desktop.core import history
from wawp_desktop.core.config import WebhookConfig
from wawp_desktop.core.form_state import FormState
from wawp_desktop.core.token_store import SERVICE
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN
from wawp_desktop.ui.controller import WebhookController
from wawp_desktop.ui.settings_store import SettingsStore


def test_attach_after_the_first_paint_still_warms_up_and_loads_history(
    qtbot, qt_loop: asyncio.AbstractEventLoop, settings_path, sandbox, tmp_path
) -> None:
    settings = SettingsStore(QSettings(str(settings_path), QSettings.Format.IniFormat), "live")
    window = _window(sandbox.url, None, settings)
    assert window.controller is None
    _show_and_paint(window)  # Qt's own loop, as main() runs it before asyncio starts
    assert window.painted_at is not None
    controller = WebhookController(sandbox.url)
    controller.history_path = tmp_path / "history.jsonl"
    config = WebhookConfig(instance_id="ABCDEF123456", url="https://crm.example.com/old",
                           events=["message"])
    history.append(controller.history_path, history.make_entry(config, True, "Saved", None))
    try:
        with (qtbot.waitSignal(controller.warmedUp, timeout=10_000),
              qtbot.waitSignal(controller.historyLoaded, timeout=10_000) as loaded):
            window.attach(controller)
        assert [e.url for e in loaded.args[0]] == ["https://crm.example.com/old"]
        assert window.history.model.rowCount() == 1
        assert window.handoff.isVisible() and window.submit_button.isEnabled()
    finally:
        close_window(qtbot, qt_loop, window)


def test_the_token_of_the_restored_instance_is_loaded(
    qtbot, qt_loop: asyncio.AbstractEventLoop, settings_path, sandbox, memory_keyring
) -> None:
    """The constructor restores the instance ID before attach() connects the token loading."""
    settings = SettingsStore(QSettings(str(settings_path), QSettings.Format.IniFormat), "live")
    settings.save_form(FormState(instance_id=DEMO_PAID_ID, url="https://crm.example.com/x"))
    memory_keyring.set_password(SERVICE, DEMO_PAID_ID, DEMO_PAID_TOKEN)
    window = _window(sandbox.url, None, settings)
    _show_and_paint(window)
    controller = WebhookController(sandbox.url)
    try:
        with qtbot.waitSignal(controller.tokenLoaded, timeout=10_000):
            window.attach(controller)
        assert window.connection.token_edit.text() == DEMO_PAID_TOKEN
    finally:
        close_window(qtbot, qt_loop, window)


def test_no_keyring_note_under_the_token_is_short_whatever_arrives_first(
    qtbot, qt_loop: asyncio.AbstractEventLoop, settings_path, sandbox
) -> None:
    """The restored instance's token load can answer before the keyring probe shows the banner."""
    import keyring
    from keyring.backends import fail
    from PySide6.QtWidgets import QLabel

    keyring.set_keyring(fail.Keyring())
    settings = SettingsStore(QSettings(str(settings_path), QSettings.Format.IniFormat), "live")
    settings.save_form(FormState(instance_id=DEMO_PAID_ID))
    window = _window(sandbox.url, None, settings)
    _show_and_paint(window)
    controller = WebhookController(sandbox.url)
    try:
        with (qtbot.waitSignal(controller.tokenLoaded, timeout=10_000),
              qtbot.waitSignal(controller.keyringChecked, timeout=10_000)):
            window.attach(controller)
        status = window.findChild(QLabel, "tokenStatus").text()
        assert "session only" in status and "No password store" not in status
        assert window.keyring_banner.isVisible()
    finally:
        close_window(qtbot, qt_loop, window)
